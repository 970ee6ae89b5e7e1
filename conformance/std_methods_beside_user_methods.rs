//! std's methods on numbers beside user methods of the same name
//!
//! A program with its own `to_string`, `max`, `cmp` and `partial_cmp` still calls std's on an
//! unsuffixed integer, on the items of a `collect`ed `Vec<_>` and on a sort closure's floats.
//! An `if`/`else` whose branches box two types coerces both to the `Box<dyn Animal>` it must
//! return. The temporary in a `while let` condition (a lock guard) is dropped when the loop ends,
//! and an integer `sum` that overflows panics inside std, as a debug build does.

use std::cmp::Ordering;
use std::sync::Mutex;

struct Report;

impl Report {
    fn to_string(&self) -> String {
        "REPORT".to_string()
    }
}

struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn max(&self) -> i32 {
        *self.items.iter().max().unwrap_or(&0)
    }
}

#[derive(PartialEq, Eq, PartialOrd)]
struct Task {
    cost: u32,
}

impl Ord for Task {
    fn cmp(&self, o: &Self) -> Ordering {
        self.cost.cmp(&o.cost)
    }
}

#[derive(PartialEq)]
struct Weight {
    w: f64,
}

impl PartialOrd for Weight {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        self.w.partial_cmp(&o.w)
    }
}

trait Animal {
    fn speak(&self) -> String;
}

struct Dog;
struct Cat;

impl Animal for Dog {
    fn speak(&self) -> String {
        "woof".into()
    }
}

impl Animal for Cat {
    fn speak(&self) -> String {
        "meow".into()
    }
}

fn pick(flag: bool) -> Box<dyn Animal> {
    if flag { Box::new(Dog) } else { Box::new(Cat) }
}

struct Noisy;

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop the temporary");
    }
}

impl Noisy {
    fn get(&self) -> Option<u8> {
        None
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let n = 42;
    println!("{} {}", Report.to_string(), n.to_string());
    let s = Stack { items: vec![1, 4] };
    let m = 5;
    println!("{} {}", s.max(), m.max(9));
    let v: Vec<_> = vec![1u32, 2].into_iter().collect();
    println!("{:?} {:?}", v[0].cmp(&v[1]), Task { cost: 3 }.cmp(&Task { cost: 1 }));
    let mut fs = vec![2.5, 0.5, 1.5];
    fs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?} {}", fs, Weight { w: 1.0 } < Weight { w: 2.0 });
    println!("{} {}", pick(true).speak(), pick(false).speak());

    while let Some(_) = Noisy.get() {}
    println!("after the loop");
    let queue = Mutex::new(vec![1, 2, 3]);
    while let Some(x) = queue.lock().unwrap().pop() {
        println!("popped {x}");
    }
    println!("left {}", queue.lock().unwrap().len());

    let small: Vec<u8> = vec![100, 100];
    let fits: u8 = small.iter().sum();
    println!("sum {fits}");
    let big: Vec<u8> = vec![200, 100];
    let total: u8 = big.iter().sum();
    println!("never {total}");
}
