//! `poll_proceed`'s `RestoreOnPending`: the unit comes back on drop unless `made_progress`
//!
//! Its `Debug` shows the budget it would restore: 128 twice (the first unit was given back), `None`
//! once progress is made, then 127. With the budget spent, `poll_proceed` is `Pending` and the
//! task is woken after this poll (the other task runs first); under `unconstrained` it restores
//! nothing.

use std::future::poll_fn;
use std::task::Poll;
use tokio::task::coop;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    // Budget taken and given back, or kept.
    poll_fn(|cx| {
        let a = coop::poll_proceed(cx);
        if let Poll::Ready(r) = &a {
            println!("{:?}", r);
        }
        drop(a);
        let b = coop::poll_proceed(cx);
        if let Poll::Ready(r) = &b {
            println!("{:?}", r);
            r.made_progress();
            println!("{:?}", r);
        }
        drop(b);
        let c = coop::poll_proceed(cx);
        if let Poll::Ready(r) = &c {
            println!("{:#?}", r);
        }
        Poll::Ready(())
    })
    .await;
    // Spend the budget, then poll_proceed is Pending once.
    let mut polls = 0;
    let t = tokio::spawn(async { println!("other task ran") });
    poll_fn(|cx| {
        polls += 1;
        loop {
            match coop::poll_proceed(cx) {
                Poll::Ready(r) => r.made_progress(),
                Poll::Pending => {
                    println!("pending at poll {polls}, budget left {}", coop::has_budget_remaining());
                    return if polls == 1 { Poll::Pending } else { Poll::Ready(()) };
                }
            }
        }
    })
    .await;
    println!("polls {polls}");
    t.await.unwrap();
    let r = coop::unconstrained(poll_fn(|cx| {
        match coop::poll_proceed(cx) {
            Poll::Ready(r) => println!("unconstrained {r:?}"),
            Poll::Pending => println!("pending"),
        }
        Poll::Ready(5)
    }))
    .await;
    println!("{r}");
}
