//! Parsing: `ParseIntError`'s Display and Debug
//!
//! A failed integer parse is a `ParseIntError`: `{}` prints the reason in words
//! ("invalid digit found in string"), `{:?}` prints `ParseIntError { kind: InvalidDigit }`,
//! and `unwrap_or` falls back to a default.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let inputs = ["42", "4x2", "", "-"];
    for s in inputs {
        match s.parse::<i32>() {
            Ok(n) => println!("{:?} -> Ok({})", s, n),
            Err(e) => println!("{:?} -> Err: {} / {:?}", s, e, e),
        }
    }
    let r = "oops".parse::<i32>();
    println!("{:?}", r);
    println!("is_err: {}", r.is_err());
    println!("unwrap_or: {}", "zz".parse::<i32>().unwrap_or(-1));
}
