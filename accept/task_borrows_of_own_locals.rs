//! A spawned task borrowing its own locals across `.await`
//!
//! References to variables declared inside the task are fine: the task owns them, so the future stays `'static`.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let first = tokio::spawn(async { 1 });
    let h = tokio::spawn(async move {
        let v = vec![1, 2, 3];
        let s = String::from("abc");
        let r = &v;
        let t: &str = &s[1..];
        sleep(Duration::from_millis(1)).await;
        let mut a = 1;
        let mut b = 2;
        tokio::join!(async { a += 1 }, async { b += 1 });
        let inner = async {
            let rc = std::rc::Rc::new(5);
            *rc
        }
        .await;
        sleep(Duration::from_millis(1)).await;
        r.len() + t.len() + a + b + inner + first.await.unwrap()
    });
    println!("{}", h.await.unwrap());
}
