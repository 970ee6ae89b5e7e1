//! Panics: a slice range whose start is after its end
//!
//! `&v[2..1]` panics with "slice index starts at 2 but ends at 1".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![1, 2, 3];
    let start = v.len() - 1;
    println!("{:?}", &v[1..start]);
    println!("{:?}", &v[start..1]);
}
