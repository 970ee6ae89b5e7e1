//! An `impl Iterator` without `next`
//!
//! `Iterator` requires the `Item` type and the `next` method; this impl gives only `Item`, so
//! rustc reports E0046, "not all trait items implemented, missing: `next`".

struct Countdown {
    left: u32,
}

impl Iterator for Countdown {
    type Item = u32;
}

fn main() {
    for n in (Countdown { left: 3 }) {
        println!("{n}");
    }
}
