//! Associated constants and associated functions on a struct
//!
//! `Limits::MAX` and `Self::MAX` name a constant in an `impl`; `u8::MAX` and `i32::abs` are std's.

struct Limits {
    used: u32,
}

impl Limits {
    const MAX: u32 = 10;

    fn remaining(&self) -> u32 {
        Self::MAX - self.used
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let l = Limits { used: 4 };
    println!("{} {} {} {}", Limits::MAX, l.remaining(), u8::MAX, i32::abs(-3));
}
