//! Deref coercions at function arguments
//!
//! `&String`, `&Box<String>`, `&Arc<String>` and `&&str` all coerce to `&str`; `&Vec<u8>` to `&[u8]`.

use std::sync::Arc;

fn count(s: &str) -> usize {
    s.chars().count()
}

fn bytes(b: &[u8]) -> usize {
    b.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let owned = String::from("héllo");
    let boxed = Box::new(String::from("box"));
    let shared = Arc::new(String::from("arc"));
    let lit = "lit";
    let v: Vec<u8> = vec![1, 2, 3];
    println!("{} {} {} {} {}", count(&owned), count(&boxed), count(&shared), count(&lit), bytes(&v));
}
