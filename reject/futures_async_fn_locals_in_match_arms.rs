//! Two `async fn`s' futures, bound to variables, as a `match`'s arms: E0308
//!
//! Each `async fn` returns its own opaque future type, and a variable
//! holding one keeps that type, so the two arms of the `match` disagree.

async fn fast() -> u32 {
    1
}

async fn slow() -> u32 {
    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let quick = fast();
    let careful = slow();
    let pick = 2;
    let chosen = match pick {
        1 => quick,
        _ => careful,
    };
    println!("{}", chosen.await);
}
