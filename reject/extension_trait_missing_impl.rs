//! An extension trait's method on a type it is not implemented for
//!
//! `Kib` is implemented for `u64` only, so an `i32` has no method `kib`: rustc reports E0599 at
//! the call.

trait Kib {
    fn kib(&self) -> String;
}

impl Kib for u64 {
    fn kib(&self) -> String {
        format!("{} KiB", self / 1024)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let size: u64 = 4096;
    let delta: i32 = -1024;
    println!("{} {}", size.kib(), delta.kib());
}
