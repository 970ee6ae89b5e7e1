//! `f32` values shown and computed as `f32`s
//!
//! An `f32` prints its own shortest digits wherever it is: inside `Some`, a tuple, a `Vec`, a
//! derived struct or enum, a map, through a reference, with `{x}` captured from the scope and
//! with `to_string()`. `+=` on an `f32` and `sum::<f32>()` / `product::<f32>()` round every step
//! to `f32` (16777216 + 1 stays 16777216); an empty float sum is `-0.0`.

use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy)]
struct Point {
    x: f32,
    y: f32,
}

#[derive(Debug)]
enum Job {
    Compress(u32, f32),
    Stop,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let x = 1.0f32 / 3.0;
    println!("{:?} {:?} {:?}", x, Some(x), (x,));
    let p = Point { x, y: 0.1 };
    println!("{:?} {:?} {:?}", p, vec![0.2f32, x], [p.y, p.x]);
    let job = Job::Compress(1, x);
    if let Job::Compress(n, level) = &job {
        println!("{:?} {:?} {n} {level}", job, Job::Stop);
    }
    println!("{:#?}", [Point { x: 0.7, y: 2.0 / 3.0 }]);
    let m: BTreeMap<&str, f32> = [("a", 0.1f32 + 0.2), ("b", x)].into_iter().collect();
    println!("{m:?} {x} {x:?}");
    let r = &x;
    println!("{} {:?} {} {}", r, r, x.to_string(), r.to_string());

    let mut u = 16777216.0f32;
    u += 1.0;
    println!("{}", u == 16777216.0);
    let v = [16777216.0f32, 1.0, 1.0];
    println!("{}", v.iter().sum::<f32>() == 16777216.0);
    let mut s = 0.0f32;
    for _ in 0..10 {
        s += 0.1;
    }
    let t: f32 = (0..10).map(|_| 0.1f32).sum();
    let q: f32 = [1.1f32, 1.1, 1.1].iter().product();
    println!("{s} {t} {q}");
    let e: f64 = Vec::<f64>::new().iter().sum();
    let one: f64 = Vec::<f64>::new().iter().product();
    println!("{e} {e:?} {one:?} {:?}", (1.0f64 / 3.0, 2u8));
}
