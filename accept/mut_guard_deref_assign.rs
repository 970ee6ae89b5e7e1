//! A `let mut` guard written through with `*g += 1`
//!
//! `*g += 1` needs `DerefMut`, which needs the guard binding to be `mut`; reading needs nothing.

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(0u32));
    {
        let mut g = m.lock().await;
        *g += 1;
        *g *= 10;
    }
    let g = m.lock().await;
    let read = *g + 1;
    drop(g);
    let std_m = std::sync::Mutex::new(String::new());
    let mut sg = std_m.lock().unwrap();
    sg.push_str("ok");
    *sg += "!";
    println!("{read} {}", *sg);
}
