//! A deferred `let` assigned inside a loop that breaks right after
//!
//! The assignment can run only once because `break` follows it on the same path, so a non-`mut` binding is fine.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let found;
    let mut i = 0;
    loop {
        i += 1;
        if i * i > 20 {
            found = i;
            break;
        }
    }
    println!("{found}");
}
