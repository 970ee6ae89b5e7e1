//! Integers: negating `i32::MIN` overflows and panics in a debug build
//!
//! `-x` for `x = -2147483647` is `i32::MAX`; for `x = i32::MIN` there is no positive
//! counterpart and the program panics with "attempt to negate with overflow".

fn neg(x: i32) -> i32 {
    -x
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("-(-2147483647) = {}", neg(-2147483647));
    println!("-(-2147483648) = {}", neg(-2147483648));
}
