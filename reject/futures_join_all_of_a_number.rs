//! `join_all` of something that is not an iterator: E0277
//!
//! `futures::future::join_all` takes an iterator of futures, such as a
//! `Vec` of them. Given a number, rustc reports E0277, "`{integer}` is
//! not an iterator".

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = futures::future::join_all(5).await;
    println!("{v:?}");
}
