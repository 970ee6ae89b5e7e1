#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = vec![3, 1, 2];
    let w = v.frobnicate();
}
