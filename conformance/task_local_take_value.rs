//! task_local!: `take_value` on a pinned scope future, and when the scope's value is dropped
//!
//! A `scope` future awaited through `Pin` (`Box::pin`, `pin!`) keeps its value after it
//! completes: `take_value()` hands it back (`Some`), and `None` once taken. Taken before the first
//! poll, the value is gone from the scope: `try_get` inside it gives an `AccessError`. A value
//! not taken lives as long as the pinned future, so its `Drop` runs when the future is dropped,
//! after the code that follows the `.await`; a scope future awaited by value drops its value as
//! the `.await` ends.

use std::pin::pin;

tokio::task_local! {
    static KEY: u32;
    static LOUD: Loud;
}

struct Loud(u32);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop Loud({})", self.0);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut first = Box::pin(KEY.scope(42, async {
        println!("in scope: {}", KEY.get());
        tokio::task::yield_now().await;
        println!("after a yield: {}", KEY.get());
    }));
    first.as_mut().await;
    println!("taken: {:?}", first.as_mut().take_value());
    println!("taken again: {:?}", first.as_mut().take_value());

    let mut early = Box::pin(KEY.scope(7, async {
        println!("early scope sees: {:?}", KEY.try_get().map_err(|e| e.to_string()));
    }));
    println!("taken before the poll: {:?}", early.as_mut().take_value());
    early.as_mut().await;

    {
        let mut pinned = pin!(LOUD.scope(Loud(1), async {
            println!("loud scope: {}", LOUD.with(|l| l.0));
        }));
        pinned.as_mut().await;
        println!("after the pinned scope's await");
    }
    println!("after its block");

    LOUD.scope(Loud(2), async {
        println!("loud scope: {}", LOUD.with(|l| l.0));
    })
    .await;
    println!("after the by-value scope's await");
}
