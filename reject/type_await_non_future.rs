//! `.await` on a value that is not a future
//!
//! `double` is a plain function, so `double(21)` is already an `i32`, and there is nothing to
//! await. rustc reports E0277, "`i32` is not a future".

fn double(n: i32) -> i32 {
    n * 2
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let n = double(21).await;
    println!("{n}");
}
