//! A closure called with too many arguments
//!
//! `backoff` takes one argument, so calling it with two is rustc's E0057, "this function takes 1
//! argument but 2 arguments were supplied" (a closure's arity error; a function's is E0061).

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let backoff = |attempt: u32| std::time::Duration::from_millis(10 * 2u64.pow(attempt));
    for attempt in 0..3 {
        tokio::time::sleep(backoff(attempt, 2)).await;
    }
}
