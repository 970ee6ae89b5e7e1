//! Enum methods matching on `self`, `Self::Variant`, and explicit discriminants
//!
//! `match self` with `Self::` paths, a constructor returning `Self`, and `Level::High as i32` casting a fieldless enum.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low = 1,
    High = 10,
}

impl Level {
    fn flip(self) -> Self {
        match self {
            Self::Low => Self::High,
            Self::High => Level::Low,
        }
    }

    fn from_n(n: i32) -> Self {
        if n > 5 { Self::High } else { Self::Low }
    }

    fn weight(&self) -> i32 {
        *self as i32 * 2
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let l = Level::from_n(7);
    println!("{:?} {:?} {} {}", l, l.flip(), l.weight(), Level::High as i32 + Level::Low as i32);
}
