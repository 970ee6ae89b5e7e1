//! A closure that owns and changes a capture keeps it from call to call
//!
//! `move || { n += 1; n }` owns its copy of `n`: each call sees what the last one wrote, while
//! the outer `n` (a `Copy` value, copied in) stays as it was. The same holds for a closure
//! returned as `impl FnMut`, one that owns a `Vec` it pushes to, and one handed to a function
//! that calls it several times.
fn make_counter(start: u32) -> impl FnMut() -> u32 {
    let mut c = start;
    move || {
        c += 1;
        c
    }
}

fn call_three_times(mut f: impl FnMut() -> u32) -> Vec<u32> {
    vec![f(), f(), f()]
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut n = 10;
    let mut inc = move || {
        n += 1;
        n
    };
    println!("{} {} {}", inc(), inc(), n);
    let mut next = make_counter(0);
    let a = next();
    let b = next();
    println!("{a} {b} {:?}", call_three_times(make_counter(100)));
    let mut log = Vec::new();
    let mut push = move |x: &str| {
        log.push(x.to_string());
        log.join(",")
    };
    println!("{} {}", push("a"), push("b"));
    let mut total = 0;
    let mut add = |x: i32| total += x;
    add(3);
    add(4);
    println!("{total}");
}
