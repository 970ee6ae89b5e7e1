//! A borrow held across `.await` in main, then the owner mutated
//!
//! `names` is borrowed across a sleep (main's future is not spawned, so nothing needs `'static`), and pushed to after the borrow's last use.

use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut names = vec![String::from("a")];
    let first = &names[0];
    sleep(Duration::from_millis(5)).await;
    println!("still {first}");
    names.push(String::from("b"));
    let view = &names;
    sleep(Duration::from_millis(5)).await;
    println!("{view:?}");
}
