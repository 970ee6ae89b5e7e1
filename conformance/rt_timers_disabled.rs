//! A runtime built without `enable_time` has no timer
//!
//! `sleep` panics when it is created inside such a runtime, with a message that names the missing builder call.

use tokio::runtime::Builder;
use tokio::time::{Duration, sleep};

fn main() {
    let rt = Builder::new_current_thread().build().unwrap();
    rt.block_on(async {
        println!("no timer here");
        sleep(Duration::from_millis(1)).await;
        println!("not reached");
    });
}
