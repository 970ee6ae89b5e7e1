async fn main() {
    let add = |a, b| a + b;
    let typed = |x: i32| -> i32 { x * 2 };
    let unit = || {};
    let spaced = | | 1;
    let mv = move || println!("{}", v);
    let pat = |(a, b): (i32, i32), &c, _| a + b + c;
    let nested = |x| |y| x + y;
    let blk = async { 1 };
    let blk_move = async move { tx.send(1).await.unwrap(); };
    let aclo = async |x| x + 1;
    let aclo_move = async move |x: u32| { x };
    let aclo_unit = async move || {};
    let h = tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        42
    });
    let r = h.await.unwrap();
    let f = v.iter().map(|x| x * 2).filter(|&x| x > 2).sum::<i32>();
    let g = opt.map_or(0, |v| v + 1);
    let k = items.sort_by(|a, b| b.cmp(a));
    let ret = |x| return x;
    let c = |x| if x { 1 } else { 2 };
    let fut = async { let x = other().await?; Ok::<_, String>(x) };
    let b: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + offset);
    let assign = |x| total += x;
    let or = |a| a || b;
}
