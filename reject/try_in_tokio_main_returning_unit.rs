//! `?` in a `#[tokio::main]` that returns `()`
//!
//! `?` passes an error up to the caller, so the function around it must return a `Result`:
//! `#[tokio::main]` turns `main`'s body into an async block, and rustc reports E0277, "the `?`
//! operator can only be used in an async block that returns `Result` or `Option`", at the `?`.
//! Declare `async fn main() -> Result<(), Box<dyn std::error::Error>>` and end with `Ok(())`.

async fn fetch_port() -> Result<u16, String> {
    Ok(8080)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let port = fetch_port().await?;
    println!("listening on {port}");
}
