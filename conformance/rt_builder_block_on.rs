//! A runtime built by hand runs the future given to `block_on`
//!
//! `#[tokio::main]` is this, written out: a current_thread runtime from `Builder`, and `block_on` with the program's future. Its value comes back to the plain `fn main`.

use tokio::runtime::Builder;
use tokio::time::{Duration, Instant, sleep};

fn main() {
    println!("before the runtime");
    let rt = Builder::new_current_thread().enable_all().start_paused(true).build().unwrap();
    let total = rt.block_on(async {
        let start = Instant::now();
        let worker = tokio::spawn(async {
            sleep(Duration::from_millis(30)).await;
            println!("worker done");
            7
        });
        sleep(Duration::from_millis(10)).await;
        println!("main slept {:?}", start.elapsed());
        let n = worker.await.unwrap();
        println!("joined after {:?}", start.elapsed());
        n * 6
    });
    println!("block_on returned {total}");
}
