// A method of an extension trait Taskscope does not model (tokio-util's
// `FutureExt`) on a future: "not supported yet", never rustc's E0599 for
// a method that may exist.
use tokio_util::time::FutureExt;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let token = tokio_util::sync::CancellationToken::new();
    let r = async { 1 }.with_cancellation_token_owned(token).await;
    println!("{r:?}");
}
