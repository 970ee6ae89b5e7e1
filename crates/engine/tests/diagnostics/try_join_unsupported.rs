async fn one() -> Result<u32, String> {
    Ok(1)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let r = tokio::try_join!(one(), one());
    println!("{r:?}");
}
