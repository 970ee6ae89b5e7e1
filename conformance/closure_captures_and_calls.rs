//! Closures capture by reference, by mutable reference or by value
//!
//! A closure borrows what it reads, borrows mutably what it changes, and takes what it moves or everything when it is `move`. A `FnMut` counter changes the variable it borrows; a `move` closure keeps its own copy of a `String` across calls; a `FnOnce` that moves its capture out is consumed by its call. Closures are passed to functions as `impl Fn`, generic `F: FnMut`, and `Box<dyn Fn>`, and returned from them.

use tokio::time::{Duration, sleep};

fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn twice<F: FnMut()>(mut f: F) {
    f();
    f();
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn boxed(scale: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x * scale)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let base = 10;
    let plus_base = |x: i32| x + base;
    println!("plus_base: {} {}", plus_base(1), plus_base(2));

    let mut count = 0;
    let mut bump = || count += 1;
    bump();
    bump();
    twice(&mut bump);
    println!("count after four bumps: {count}");

    let name = String::from("ferris");
    let greet = move || format!("hello, {name}");
    println!("{} / {}", greet(), greet());

    let label = String::from("moved out");
    let take = move || label;
    let back = take();
    println!("{back}");

    println!("apply: {}", apply(|x| x * x, 7));
    let add5 = make_adder(5);
    let triple = boxed(3);
    println!("adder: {} boxed: {}", add5(1), triple(4));

    let mut log: Vec<String> = Vec::new();
    let mut record = |what: &str| log.push(format!("{what} at {:?}", tokio::time::Instant::now().elapsed()));
    record("start");
    record("again");
    sleep(Duration::from_millis(5)).await;
    println!("{:?}", log);

    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * 10), boxed(2)];
    let mut x = 1;
    for op in ops.iter() {
        x = op(x);
    }
    println!("pipeline: {x}");
}
