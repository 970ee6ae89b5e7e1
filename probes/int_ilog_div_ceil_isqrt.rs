//! Integers: `div_ceil`, `ilog`, `ilog2`, `ilog10` and `isqrt`
//!
//! Page counts round up with `div_ceil`; digit counts come from `ilog10`; the integer
//! logarithm of zero panics at the call.

fn main() {
    println!("{} {} {}", 7u32.div_ceil(2), 8u64.div_ceil(4), 0usize.div_ceil(3));
    println!("{} {} {}", 1000u32.ilog10(), 999u32.ilog10(), 1u8.ilog10());
    println!("{} {} {}", 1024u64.ilog2(), 1023u64.ilog2(), u64::MAX.ilog2());
    println!("{} {} {}", 81u32.ilog(3), 80u32.ilog(3), i64::MAX.ilog(7));
    println!("{:?} {:?}", 0u32.checked_ilog2(), 100i32.checked_ilog10());
    println!("{} {} {} {}", 99u64.isqrt(), 100u64.isqrt(), 0u8.isqrt(), i64::MAX.isqrt());
    let digits = |n: u64| if n == 0 { 1 } else { n.ilog10() + 1 };
    println!("{} {} {}", digits(0), digits(9), digits(12345));
    let pages = 103usize.div_ceil(10);
    println!("{pages} pages");
    let n: u32 = 0;
    println!("{}", n.ilog2());
}
