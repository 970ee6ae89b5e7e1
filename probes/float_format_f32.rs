//! Floats: `{}`, `{:?}` and `{:.2}` of `f32` print the `f32`'s own shortest digits
//!
//! An `f32` prints the shortest decimal that reads back as the same `f32`: `0.1f32` is
//! `0.1`, not the digits of its exact `f64` value `0.10000000149011612`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let xs = [0.1f32, 1.0, 3.3, 1e10, 16777216.0, 0.000001];
    for x in xs {
        println!("{} | {:?} | {:.2}", x, x, x);
    }
    let third = 1.0f32 / 3.0;
    println!("{} {:?} {:.10}", third, third, third);
}
