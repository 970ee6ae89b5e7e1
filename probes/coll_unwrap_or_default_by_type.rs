//! Collections: `unwrap_or_default` gives the default of the option's type
//!
//! `None::<i32>` gives 0, `None::<String>` an empty String, `None::<Vec<u8>>` an empty
//! Vec, `None::<bool>` false and `Err::<f64, _>` 0.0: the value depends on the type.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a: Option<i32> = None;
    let s: Option<String> = None;
    let v: Option<Vec<u8>> = None;
    let b: Option<bool> = None;
    let r: Result<f64, String> = Err(String::from("no"));
    println!("{:?}", a.unwrap_or_default());
    println!("{:?}", s.unwrap_or_default());
    println!("{:?}", v.unwrap_or_default());
    println!("{:?}", b.unwrap_or_default());
    println!("{:?}", r.unwrap_or_default());
}
