//! Parsing: `str::parse::<f64>()` accepts integers, exponents and `inf`
//!
//! An integer string is a valid `f64` (`"3"` is `3.0`), so are `"2.5"`, `"1e3"`, `".5"`
//! and `"inf"`; `"abc"` fails with `ParseFloatError`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?}", "3".parse::<f64>());
    println!("{:?}", "2.5".parse::<f64>());
    println!("{:?}", "1e3".parse::<f64>());
    println!("{:?}", ".5".parse::<f64>());
    println!("{:?}", "-0".parse::<f64>());
    println!("{:?}", "inf".parse::<f64>());
    println!("{:?}", "abc".parse::<f64>());
    match "x".parse::<f64>() {
        Ok(v) => println!("parsed {}", v),
        Err(e) => println!("error: {}", e),
    }
}
