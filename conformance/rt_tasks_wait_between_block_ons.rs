//! Tasks run only while the thread is inside `block_on`
//!
//! A task spawned during one `block_on` is stopped when it returns, and goes on when the next `block_on` drives the runtime again; its timers kept their deadlines.

use tokio::runtime::Builder;
use tokio::time::{Duration, Instant, sleep};

fn main() {
    let rt = Builder::new_current_thread().enable_time().start_paused(true).build().unwrap();
    let start = rt.block_on(async { Instant::now() });
    rt.block_on(async move {
        tokio::spawn(async move {
            for i in 0..4 {
                sleep(Duration::from_millis(10)).await;
                println!("tick {i} at {:?}", start.elapsed());
            }
        });
        sleep(Duration::from_millis(25)).await;
        println!("first block_on ends at {:?}", start.elapsed());
    });
    println!("between the two");
    rt.block_on(async move {
        sleep(Duration::from_millis(30)).await;
        println!("second block_on ends at {:?}", start.elapsed());
    });
}
