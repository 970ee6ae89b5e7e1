#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut slot = Some(vec![1]);
    if let Some(v) = &mut slot {
        v.push(2);
        let count = || v.len();
        println!("{}", count());
    }
    println!("{slot:?}");
}
