//! Returning `as_str()` of a local `String`
//!
//! `fn label(n: u32) -> &'static str { let s = format!("job-{n}"); s.as_str() }` returns a
//! reference into `s`, which is dropped when the function returns: E0515, "cannot return value
//! referencing local variable `s`". Return the `String` itself.

fn label(n: u32) -> &'static str {
    let s = format!("job-{n}");
    s.as_str()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(async { label(7) });
    println!("{}", handle.await.unwrap());
}
