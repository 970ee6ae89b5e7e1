//! `return` and `?` inside a spawned `async` block
//!
//! `return` leaves the async block, not `main`, and `?` works when the block's output is a `Result`.

use std::num::ParseIntError;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let flag = true;
    let h = tokio::spawn(async move {
        if flag {
            return 1;
        }
        2
    });
    let p = tokio::spawn(async {
        let n: u32 = "41".parse()?;
        Ok::<u32, ParseIntError>(n + 1)
    });
    println!("{} {:?}", h.await.unwrap(), p.await.unwrap());
}
