//! Parsing: `str::parse` of integers checks the target type's range
//!
//! `"300".parse::<u8>()` is an error (`PosOverflow`), `"-1"` is not a `u32`, `"-129"`
//! is below `i8::MIN`, a leading `+` is accepted and a space is not.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?}", "255".parse::<u8>());
    println!("{:?}", "300".parse::<u8>());
    println!("{:?}", "-1".parse::<u32>());
    println!("{:?}", "-128".parse::<i8>());
    println!("{:?}", "-129".parse::<i8>());
    println!("{:?}", "+5".parse::<i32>());
    println!("{:?}", " 5".parse::<i32>());
    println!("{:?}", "".parse::<i64>());
    println!("{:?}", "18446744073709551615".parse::<u64>());
    println!("{:?}", "9223372036854775808".parse::<i64>());
}
