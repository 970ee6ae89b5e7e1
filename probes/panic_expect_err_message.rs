//! Panics: `expect` on an `Err` prints the message and the error's Debug
//!
//! `Err("disk full")` with `expect("saving failed")` panics with
//! "saving failed: \"disk full\"": the message, a colon, and the error's Debug.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let ok: Result<i32, String> = Ok(1);
    println!("{}", ok.expect("first"));
    let bad: Result<i32, String> = Err(String::from("disk full"));
    println!("{}", bad.expect("saving failed"));
}
