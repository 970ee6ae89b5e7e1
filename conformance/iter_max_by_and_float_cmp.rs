//! `max_by`/`min_by` with a comparator, and comparing floats
//!
//! `max_by` keeps the last of equal greatest items and `min_by` the first of equal least (std's
//! `reduce` with `cmp::max_by`/`min_by`); the comparator sees the best so far first.
//! `partial_cmp` on floats is `None` when a NaN is involved; `total_cmp` orders every float (-0
//! before +0, NaN last), so `sort_by(total_cmp)` never panics.

#[derive(Debug, Clone, Copy)]
struct Reading {
    sensor: &'static str,
    value: f64,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let readings = vec![
        Reading { sensor: "a", value: 2.5 },
        Reading { sensor: "b", value: 7.0 },
        Reading { sensor: "c", value: 7.0 },
        Reading { sensor: "d", value: 1.0 },
        Reading { sensor: "e", value: 1.0 },
    ];
    let hi = readings.iter().max_by(|x, y| x.value.partial_cmp(&y.value).unwrap()).unwrap();
    let lo = readings.iter().min_by(|x, y| x.value.partial_cmp(&y.value).unwrap()).unwrap();
    println!("max {} {}, min {} {}", hi.sensor, hi.value, lo.sensor, lo.value);

    let mut calls = Vec::new();
    let longest = ["aa", "b", "cc", "ddd"].iter().max_by(|a, b| {
        calls.push(format!("{a}?{b}"));
        a.len().cmp(&b.len())
    });
    println!("{longest:?} after {calls:?}");
    let empty: Vec<i32> = Vec::new();
    let none = empty.iter().min_by(|a, b| a.cmp(b));
    println!("{none:?}");

    println!("{:?} {:?} {:?}", 1.5f64.partial_cmp(&2.0), f64::NAN.partial_cmp(&1.0), 3.0f64.partial_cmp(&3.0));
    let mut xs = vec![3.5, -0.0, f64::NAN, 0.0, -2.0, f64::INFINITY];
    xs.sort_by(|a, b| a.total_cmp(b));
    println!("{xs:?}");
    let task = tokio::spawn(async move {
        let best = readings.into_iter().max_by(|a, b| a.value.total_cmp(&b.value)).map(|r| r.sensor);
        best.unwrap_or("none")
    });
    println!("task picked {}", task.await.unwrap());
}
