//! Reading a variable that may not have a value yet
//!
//! `timeout_ms` is declared without a value and assigned only when the retry count is high, so
//! on the other path it has none when the task reads it: rustc's E0381, "used binding
//! `timeout_ms` is possibly-uninitialized". Assign it on every path (an `else`), or give it a
//! value where it is declared.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let retries = 2;
    let timeout_ms: u64;
    if retries > 3 {
        timeout_ms = 500;
    }
    tokio::spawn(async move {
        println!("waiting {timeout_ms} ms");
    })
    .await
    .unwrap();
}
