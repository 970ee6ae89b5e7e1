async fn main() {
    println!();
    println!("hello");
    println!("{} + {} = {}", a, b, a + b);
    println!("{x:?} {y:>5}",);
    print!("no newline");
    eprintln!("error: {}", e);
    eprint!("e");
    let s = format!("{}-{}", a, b);
    panic!("boom {}", 1);
    assert!(x > 0, "x must be positive: {}", x);
    assert_eq!(a, b);
    assert_ne!(a, b, "differ");
    debug_assert!(ok);
    debug_assert_eq!(1, 1);
    unreachable!();
    todo!();
    unimplemented!("later");
    write!(f, "{}", self.0)?;
    writeln!(out, "line")?;
    let d = dbg!(x * 2);
    let v = vec![1, 2, 3];
    let e: Vec<i32> = vec![];
    let z = vec![0; n];
    let t = vec![String::new(); 3];
    let (a, b) = tokio::join!(task_a(), task_b());
    let (c, d) = join!(one, two,);
    let r = tokio::try_join!(x, y)?;
    let m = matches!(msg, Msg::Quit);
    let g = matches!(n, 1..=5 if n != 3);
    let o = matches!(c, 'a' | 'b',);
    tokio::select! {
        Some(v) = rx.recv() => { println!("{}", v); }
        _ = sleep(Duration::from_millis(50)) => break,
        else => {}
    }
    let picked = tokio::select! { biased; x = a => x, y = b => y };
    let p = std::println!("path");
    let custom = my_macro!(a, b + 1);
    let weird = stringify!(a b c);
    let br = my_macro![1, 2];
    let brace = my_macro! { 1 };
    tokio::pin!(fut);
    let line = line!();
    let nested = vec![vec![1, 2], vec![]];
    let keyword_args = custom!(if a { b } else { c });
}
