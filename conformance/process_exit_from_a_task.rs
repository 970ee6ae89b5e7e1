//! `std::process::exit` ends the process at once, with its code, running no destructor
//!
//! Called from inside a task, `std::process::exit(3)` ends the whole process
//! there: no other task runs again, the `.await` in `main` never returns, and
//! no destructor runs, neither the task's locals nor `main`'s. What was
//! printed before stays printed, and the exit code is the one given.

use std::time::Duration;
use tokio::time::sleep;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropped {}", self.0);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let _kept = Noisy("main's local");
    let _ticker = tokio::spawn(async {
        let _also = Noisy("the ticker's local");
        for i in 1.. {
            sleep(Duration::from_millis(10)).await;
            println!("tick {i}");
        }
    });
    let quitter = tokio::spawn(async {
        let _local = Noisy("the quitter's local");
        sleep(Duration::from_millis(25)).await;
        println!("exiting with code 3");
        std::process::exit(3);
    });
    {
        let _scoped = Noisy("a scoped value");
    }
    quitter.await.unwrap();
}
