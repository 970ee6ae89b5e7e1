//! Destructuring assignment: `(a, b) = (b, a + b)`
//!
//! The right side is evaluated first, then each place on the left is assigned its part: a swap,
//! Fibonacci steps, nested tuples, `_` for a part that is dropped, and fields and vector
//! elements as places. The old values drop as they are replaced.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Point {
    x: i32,
    y: i32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..10 {
        (a, b) = (b, a + b);
    }
    println!("fib {a} {b}");

    let (mut x, mut y) = (1, 2);
    (x, y) = (y, x);
    println!("swapped {x} {y}");

    let (mut p, q, mut r);
    ((p, q), r) = ((1, "two"), 3.5);
    println!("{p} {q} {r}");
    (p, _, r) = (10, "ignored", 0.25);
    println!("{p} {q} {r}");

    let mut pt = Point { x: 0, y: 0 };
    let mut v = vec![0, 0, 0];
    (pt.x, pt.y, v[1]) = (3, 4, 5);
    println!("{} {} {:?}", pt.x, pt.y, v);

    let (mut first, mut second) = (Noisy("old first"), Noisy("old second"));
    println!("assigning over {} {}", first.0, second.0);
    (first, second) = (Noisy("new first"), Noisy("new second"));
    println!("assigned {} {}", first.0, second.0);
}
