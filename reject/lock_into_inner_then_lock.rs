//! `into_inner` consumes the mutex
//!
//! `Mutex::into_inner(self)` takes the mutex by value and returns what it guarded: the mutex is
//! gone, so locking it afterwards is E0382.

use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let m = Mutex::new(vec![1, 2]);
    let v = m.into_inner();
    m.lock().await.push(3);
    println!("{:?}", v);
}
