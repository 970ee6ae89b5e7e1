//! A tuple field past the end
//!
//! `join!` of two futures gives a pair, whose fields are `.0` and `.1`: `.2` is rustc's E0609,
//! "no field `2` on type `(u32, u32)`".

async fn size(n: u32) -> u32 {
    n * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let both = tokio::join!(size(1), size(2));
    println!("{}", both.2);
}
