//! Methods called through `Arc` by auto-deref
//!
//! `Arc<Vec<i32>>` and `Arc<String>` forward `len`, `iter`, `contains` and `to_uppercase` to the inner value.

use std::sync::Arc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = Arc::new(vec![1, 2, 3]);
    let s = Arc::new(String::from("hello"));
    let mut sum = 0;
    for x in v.iter() {
        sum += x;
    }
    let first: Option<&i32> = v.first();
    println!("{} {} {} {} {:?}", v.len(), v.contains(&2), s.to_uppercase(), sum, first);
    let s2 = Arc::clone(&s);
    let h = tokio::spawn(async move { s2.len() + s2.find('l').unwrap_or(0) });
    println!("{}", h.await.unwrap());
}
