//! Floats: `{}`, `{:?}`, `{:.2}`, `{:e}` and padding of `f64`
//!
//! `{}` prints the shortest digits without an exponent (`1` for 1.0), `{:?}` keeps a
//! `.0` and switches to exponents for very large and small values, precision rounds
//! half to even on the binary value, and infinities and NaN have their own words.

fn zero() -> f64 {
    0.0
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let xs = [1.0, 0.1, 1.5, -2.25, 100.0, 1e21, 1e-7, 123456789.125];
    for x in xs {
        println!("{} | {:?} | {:.2} | {:e}", x, x, x, x);
    }
    println!("{:.1} {:.1} {:.1}", 0.25, 0.35, 2.5);
    println!("{:.0} {:.0} {:.0}", 0.5, 1.5, 2.5);
    println!("[{:8.3}] [{:<8.3}] [{:+.1}] [{:08.2}]", 3.14159, 3.14159, 2.0, -1.5);
    println!("{} {} {}", 1.0 / zero(), -1.0 / zero(), zero() / zero());
    println!("{:?} {}", -0.0, -0.0);
}
