//! `?` in an `async fn` that returns a number
//!
//! `parse()` gives a `Result`, and `?` would return its error from `total`, which returns a plain
//! `u32`: rustc's E0277, "the `?` operator can only be used in an async function that returns
//! `Result` or `Option`", at the `?`. Return `Result<u32, ParseIntError>` (and `Ok(t)`).

async fn total(items: Vec<&str>) -> u32 {
    let mut t = 0;
    for item in items {
        t += item.parse::<u32>()?;
        tokio::task::yield_now().await;
    }
    t
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{}", total(vec!["1", "2"]).await);
}
