//! Items declared inside a function body
//!
//! A `struct`, an `async fn`, a plain `fn` and a `const` declared inside `main` are items like the
//! file's: they cannot use `main`'s locals, and `main` uses them as it would top-level ones (the
//! way Tokio's documentation examples are written).

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    #[derive(Debug)]
    struct State {
        n: u32,
    }
    async fn bump(s: Arc<Mutex<State>>) -> u32 {
        let mut g = s.lock().await;
        g.n += helper();
        g.n
    }
    fn helper() -> u32 {
        2
    }
    const START: u32 = 40;
    let s = Arc::new(Mutex::new(State { n: START }));
    println!("{}", bump(s.clone()).await);
    println!("{:?}", s.lock().await);
}
