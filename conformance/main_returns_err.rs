//! `main` returning `Err`: `Error: {e:?}` on stderr, exit code 1
//!
//! A `main` declared `-> Result<(), E>` that returns `Err(e)`: the runtime is dropped first (the
//! pending task's local is dropped), then the process prints `Error: ` and `e`'s `Debug` to
//! stderr, then drops `e`, and exits with status 1.

#[derive(Debug)]
struct ShutdownError {
    code: u8,
}

impl Drop for ShutdownError {
    fn drop(&mut self) {
        println!("dropping error {}", self.code);
    }
}

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("dropping guard {}", self.0);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() -> Result<(), ShutdownError> {
    tokio::spawn(async {
        let _g = Guard("in task");
        std::future::pending::<()>().await;
    });
    tokio::task::yield_now().await;
    let _g = Guard("in main");
    println!("main gives up");
    Err(ShutdownError { code: 3 })
}
