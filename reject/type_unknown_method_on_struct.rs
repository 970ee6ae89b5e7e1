//! Calling a method a struct does not have
//!
//! `RateLimiter` has `allow` but the loop calls `try_acquire`, a name from another library. rustc
//! reports E0599, "no method named `try_acquire` found for struct `RateLimiter` in the current
//! scope".

use tokio::time::{sleep, Duration};

struct RateLimiter {
    tokens: u32,
}

impl RateLimiter {
    fn allow(&mut self) -> bool {
        if self.tokens == 0 {
            return false;
        }
        self.tokens -= 1;
        true
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut limiter = RateLimiter { tokens: 2 };
    for i in 0..4 {
        if limiter.try_acquire() {
            println!("request {i} allowed");
        }
        sleep(Duration::from_millis(10)).await;
    }
    println!("{}", limiter.allow());
}
