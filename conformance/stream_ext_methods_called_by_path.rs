//! tokio-stream: `StreamExt`'s methods called by their path
//!
//! With both `futures::StreamExt` and `tokio_stream::StreamExt` around, a program names the one
//! it means: `tokio_stream::StreamExt::merge(a, b)` is `a.merge(b)`, and so for `map`, `take`,
//! `chain`, `filter` and `collect`. `merge` alternates which side it polls first.

use tokio_stream::StreamExt;
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = tokio_stream::iter(vec![1, 3, 5]);
    let b = tokio_stream::iter(vec![2, 4, 6]);
    let merged = StreamExt::merge(a, b);
    let doubled = StreamExt::map(merged, |x| x * 2);
    let mut firsts = StreamExt::take(doubled, 4);
    while let Some(x) = firsts.next().await {
        println!("{x}");
    }
    let c = StreamExt::chain(tokio_stream::iter(vec![7]), tokio_stream::iter(vec![8, 9]));
    let v: Vec<i32> = StreamExt::collect(StreamExt::filter(c, |x| *x != 8)).await;
    println!("{v:?}");
}
