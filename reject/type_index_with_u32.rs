//! Indexing a Vec with a u32
//!
//! Indexes are `usize`; the worker id is a `u32`. rustc reports E0277, "the type `[&str]` cannot
//! be indexed by `u32`". Write `names[id as usize]`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let names = vec!["alpha", "beta", "gamma"];
    for id in 0..3u32 {
        let name = names[id];
        tokio::spawn(async move {
            println!("worker {id} is {name}");
        })
        .await
        .unwrap();
    }
}
