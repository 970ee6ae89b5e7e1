//! `?` on an async call that was never awaited
//!
//! Calling an `async fn` gives a future, not its `Result`: `fetch(1)?`
//! applies `?` to the future, which is rustc's E0277. Write
//! `fetch(1).await?`.

async fn fetch(id: u32) -> Result<u32, String> {
    if id == 0 { Err("zero".into()) } else { Ok(id) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), String> {
    let ok = fetch(2).await?;
    let v = fetch(1)?;
    println!("{ok} {v}");
    Ok(())
}
