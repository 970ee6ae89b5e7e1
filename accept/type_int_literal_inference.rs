//! Integer literals whose type comes from a later use
//!
//! `x` becomes `u8` because it is passed to a `u8` parameter later, `i` becomes `usize` by indexing, and `big` becomes `u64` by an annotated sum.

fn takes_u8(n: u8) -> u8 {
    n.wrapping_add(10)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let x = 250;
    let y = takes_u8(x);
    let v = vec![10, 20, 30];
    let i = 2;
    let last = v[i];
    let big = 4_000_000_000;
    let total: u64 = big + 1;
    let mut count = 0;
    count += 1;
    let limit: usize = 5;
    let ok = count < limit;
    println!("{x} {y} {last} {i} {total} {count} {ok}");
}
