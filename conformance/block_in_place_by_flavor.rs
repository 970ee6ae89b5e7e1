//! `block_in_place` runs its closure where it is called, on the multi-thread runtime only
//!
//! `#[tokio::main]` with no flavor is Tokio's multi-thread runtime (Taskscope simulates it on
//! one thread, and says so): `block_in_place(f)` runs `f` on the calling worker, in `main` or
//! in a spawned task, and hands back its value. On a current_thread runtime the same call
//! panics (`block_in_place_current_thread_panics.rs`).

#[tokio::main]
async fn main() {
    println!("before");
    let r = tokio::task::block_in_place(|| {
        let mut s = 0;
        for i in 0..10 {
            s += i;
        }
        s
    });
    println!("{r}");
    let h = tokio::spawn(async { tokio::task::block_in_place(|| "inner") });
    println!("{}", h.await.unwrap());
}
