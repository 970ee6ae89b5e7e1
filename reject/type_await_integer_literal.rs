//! `.await` on an integer literal
//!
//! A literal's type is not settled yet (`{integer}`), but no integer type is a future. rustc
//! reports E0277, "`{integer}` is not a future".

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let n = 5.await;
    println!("{n}");
}
