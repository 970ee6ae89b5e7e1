//! Using a value after a move closure took it
//!
//! A `move` closure takes `name` where it is written; printing `name` afterwards uses a moved
//! value. rustc reports E0382.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let name = String::from("tokio");
    let greet = move || println!("hello {name}");
    greet();
    println!("{name}");
}
