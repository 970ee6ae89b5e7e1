//! Functions, constructors and methods used as values
//!
//! A path that names a function, a tuple struct or variant constructor, or a
//! method is a value: `.map(double)`, `.map(Some)`, `.map(Point::norm1)`,
//! `.map(String::from)`, `.map(ToString::to_string)`. Each call runs the
//! function it names; an `async fn` used as a value makes its future, which
//! runs when awaited; a function item is `Copy`.
use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
struct Meters(f64);

#[derive(Debug)]
enum Event {
    Tick(u32),
    Pair(u32, char),
}

struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }
    fn norm1(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }
    fn into_pair(self) -> (i32, i32) {
        (self.x, self.y)
    }
}

fn double(x: i32) -> i32 {
    x * 2
}

fn is_even(x: &i32) -> bool {
    x % 2 == 0
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_ptr(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

async fn fetch(id: u64) -> String {
    tokio::time::sleep(Duration::from_millis(10 * id)).await;
    format!("item {id}")
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = tokio::time::Instant::now();
    let v = vec![1, 2, 3, 4];
    let doubled: Vec<i32> = v.iter().copied().map(double).collect();
    let evens: Vec<i32> = v.iter().copied().filter(is_even).collect();
    println!("{doubled:?} {evens:?}");
    println!("{} {}", apply(double, 21), apply_ptr(double, 5));
    let f = double;
    let g = f;
    println!("{}", f(1) + g(2));

    let ms: Vec<Meters> = vec![1.5, 2.0].into_iter().map(Meters).collect();
    let ticks: Vec<Event> = (1..=2).map(Event::Tick).collect();
    let pairs: Vec<Event> = vec![1, 2].into_iter().zip("ab".chars()).map(|(n, c)| (n, c)).map(|(n, c)| Event::Pair(n, c)).collect();
    println!("{ms:?} {ticks:?} {pairs:?}");
    let total: u32 = ticks
        .iter()
        .chain(&pairs)
        .map(|e| match e {
            Event::Tick(n) => *n,
            Event::Pair(n, c) => *n + *c as u32,
        })
        .sum();
    println!("{total} {}", ms[0].0 + ms[1].0);
    let some: Vec<Option<i32>> = v.iter().copied().map(Some).collect();
    let oks: Vec<Result<i32, String>> = vec![7].into_iter().map(Ok).collect();
    let errs: Vec<Result<i32, String>> = vec![String::from("bad")].into_iter().map(Err).collect();
    println!("{some:?} {oks:?} {errs:?}");

    let pts: Vec<Point> = vec![(1, -2), (3, 4)].into_iter().map(|(x, y)| Point::new(x, y)).collect();
    let norms: Vec<i32> = pts.iter().map(Point::norm1).collect();
    let coords: Vec<(i32, i32)> = pts.into_iter().map(Point::into_pair).collect();
    println!("{norms:?} {coords:?}");

    let strings: Vec<String> = vec!["ab", "cde"].into_iter().map(String::from).collect();
    let lens: Vec<usize> = strings.iter().map(String::len).collect();
    let upper: Vec<String> = ["x", "y"].iter().copied().map(str::to_uppercase).collect();
    let texts: Vec<String> = [1, 2].iter().map(ToString::to_string).collect();
    let copies: Vec<String> = strings.iter().map(Clone::clone).collect();
    let abs: Vec<i32> = vec![-1, 2, -3].into_iter().map(i32::abs).collect();
    println!("{lens:?} {upper:?} {texts:?} {copies:?} {abs:?}");
    let present: Vec<&Option<i32>> = [Some(1), None, Some(3)].iter().filter(|o| o.is_some()).collect();
    let boxed: Vec<Box<i32>> = vec![1, 2].into_iter().map(Box::new).collect();
    println!("{present:?} {boxed:?} {:?} {:?}", Some(4).map(double), "7".parse::<i32>().map(double));

    let futures: Vec<_> = (1..=3).map(fetch).collect();
    println!("made {} futures at {:?}", futures.len(), start.elapsed());
    for fut in futures {
        println!("{} at {:?}", fut.await, start.elapsed());
    }
}
