//! Moving out of a `Box` with `*`
//!
//! A `Box` is the one smart pointer you may move out of by dereferencing it; a field of a boxed struct can be moved out too.

struct Task {
    name: String,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let b = Box::new(String::from("boxed"));
    let s = *b;
    println!("{s}");
    let t = Box::new(Task { name: String::from("t1") });
    let name = t.name;
    println!("{name}");
}
