//! `JoinError::into_panic` and `std::panic::resume_unwind`
//!
//! A task's panic message is printed where it panicked. Handing its
//! payload to `resume_unwind` panics again, in the task that awaited it,
//! without printing anything more: here once in a task (whose own
//! `JoinError` then says it panicked), then in `main`, which ends the
//! process with code 101 before the other result is looked at.
use tokio::task::JoinSet;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut set = JoinSet::new();
    set.spawn(async { panic!("boom {}", 1) });
    set.spawn(async { 5 });
    let h = tokio::spawn(async {
        let e = tokio::spawn(async { panic!("inner") }).await.unwrap_err();
        println!("rethrowing: is_panic {}", e.is_panic());
        std::panic::resume_unwind(e.into_panic());
    });
    let r = h.await;
    println!("outer: {:?}", r.as_ref().map_err(|e| e.is_panic()));
    while let Some(res) = set.join_next().await {
        match res {
            Ok(v) => println!("ok {v}"),
            Err(err) if err.is_panic() => {
                println!("resuming");
                std::panic::resume_unwind(err.into_panic())
            }
            Err(err) => panic!("{err}"),
        }
    }
}
