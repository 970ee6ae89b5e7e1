//! Mutex: a guard moved into a `match` arm's binding drops at the end of the arm
//!
//! `let r = m.try_lock(); match r { Ok(g) => .. }` moves the guard out of `r` into `g`,
//! which is dropped when the arm ends, so the next `lock().await` gets the mutex at once.
//! The same holds for a scrutinee that is a temporary, and for a std Mutex.

use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Mutex::new(0);
    match m.try_lock() {
        Ok(mut g) => {
            *g += 1;
            println!("temporary scrutinee, arm holds the guard: {}", *g);
        }
        Err(_) => println!("busy"),
    }
    let g = m.lock().await;
    println!("locked again: {}", *g);
    drop(g);

    let r = m.try_lock();
    match r {
        Ok(mut g) => {
            *g += 10;
            println!("place scrutinee, arm holds the guard: {}", *g);
        }
        Err(_) => println!("busy"),
    }
    let g = m.lock().await;
    println!("locked again: {}", *g);
    drop(g);

    let sm = std::sync::Mutex::new(10);
    let r = sm.lock();
    match r {
        Ok(mut g) => {
            *g += 5;
            println!("std arm: {}", *g);
        }
        Err(_) => println!("poisoned"),
    }
    println!("std try_lock after the match: {}", sm.try_lock().is_ok());
}
