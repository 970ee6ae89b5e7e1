//! Matching on `&opt` and `ref` patterns do not move
//!
//! With match ergonomics the bindings are references; `opt` is still owned afterwards and moved at the end.

fn consume(o: Option<String>) -> usize {
    match o {
        Some(s) => s.len(),
        None => 0,
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let opt = Some(String::from("abc"));
    match &opt {
        Some(s) => println!("has {s}"),
        None => println!("none"),
    }
    if let Some(ref s) = opt {
        println!("ref {s}");
    }
    if let Some(s) = opt.as_ref() {
        println!("as_ref {s}");
    }
    let len = opt.as_deref().unwrap_or("").len();
    println!("{len} {}", consume(opt));
}
