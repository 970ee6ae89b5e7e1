//! `concat` flattens one level: strings into a `String`, vectors into a `Vec`
//!
//! `["x", "y"].concat()` and a `Vec<String>`'s `concat()` join the texts with nothing between;
//! `vec![vec![1, 2], vec![], vec![3]].concat()` is `[1, 2, 3]`. Each task builds its part; main
//! concatenates them in spawn order.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut handles = Vec::new();
    for id in 0..3u32 {
        handles.push(tokio::spawn(async move { (format!("<{id}>"), (0..id).collect::<Vec<u32>>()) }));
    }
    let mut texts = Vec::new();
    let mut lists = Vec::new();
    for h in handles {
        let (t, l) = h.await.unwrap();
        texts.push(t);
        lists.push(l);
    }
    println!("{}", texts.concat());
    println!("{:?}", lists.concat());
    println!("{}", ["tok", "io"].concat().to_uppercase());
}
