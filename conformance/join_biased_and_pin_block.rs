//! `join!(biased; ...)` polls in order; `pin! { let ... }` declares and pins
//!
//! A plain `join!` starts each poll one branch further along, so the
//! branches take turns at going first. With `biased;` every poll starts at
//! the first branch, and `try_join!` takes `biased;` too. The block form
//! of `tokio::pin!` declares the futures it pins, for a `select!` to poll
//! by `&mut`.
use tokio::task::yield_now;

async fn step(name: &str, rounds: u32) -> u32 {
    for i in 0..rounds {
        println!("{name} round {i}");
        yield_now().await;
    }
    rounds
}

async fn fallible(name: &str, ok: bool) -> Result<&str, String> {
    println!("{name} polled");
    yield_now().await;
    if ok { Ok(name) } else { Err(format!("{name} failed")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("-- join!");
    let r = tokio::join!(step("a", 3), step("b", 3), step("c", 3));
    println!("{r:?}");
    println!("-- join!(biased;)");
    let r = tokio::join!(biased; step("a", 3), step("b", 3), step("c", 3));
    println!("{r:?}");
    println!("-- try_join!(biased;)");
    let r = tokio::try_join!(biased; fallible("x", true), fallible("y", false), fallible("z", true));
    println!("{r:?}");
    println!("-- pin! block");
    tokio::pin! {
        let slow = step("slow", 4);
        let fast = step("fast", 2);
    }
    tokio::select! {
        biased;
        n = &mut slow => println!("slow done first: {n}"),
        n = &mut fast => println!("fast done first: {n}"),
    }
    println!("slow goes on: {}", slow.await);
}
