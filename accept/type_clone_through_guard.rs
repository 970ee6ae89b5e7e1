//! `.clone()` through a lock guard clones the data, not the guard
//!
//! Neither mutex guard implements `Clone`, so method lookup auto-derefs and `g.clone()` is the inner `Vec`'s or `String`'s clone.

use std::sync::Arc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let tm = Arc::new(tokio::sync::Mutex::new(vec![1, 2]));
    let sm = std::sync::Mutex::new(String::from("s"));
    let copy: Vec<i32> = tm.lock().await.clone();
    let text: String = sm.lock().unwrap().clone();
    let g = tm.lock().await;
    let again: Vec<i32> = g.clone();
    drop(g);
    tm.lock().await.push(3);
    println!("{copy:?} {text} {again:?} {:?}", tm.lock().await);
}
