//! An impl method whose return type differs from the trait's
//!
//! `Metric::value` is declared to return `f64`, so an impl must return `f64` too: returning `u64`
//! is rustc's E0053, "method `value` has an incompatible type for trait", at the return type.

trait Metric {
    fn name(&self) -> String;
    fn value(&self) -> f64;
}

struct Latency {
    ms: u64,
}

impl Metric for Latency {
    fn name(&self) -> String {
        "latency".to_string()
    }
    fn value(&self) -> u64 {
        self.ms
    }
}

fn main() {
    let l = Latency { ms: 12 };
    println!("{} = {}", l.name(), l.value());
}
