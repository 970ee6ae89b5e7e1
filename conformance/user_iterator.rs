//! A user type with `impl Iterator`
//!
//! `impl Iterator for T { type Item = ..; fn next(&mut self) -> Option<..> }` makes a value of
//! `T` an iterator: a `for` loop takes it and calls `next` until `None`, `while let Some(x) =
//! it.next()` drives it by hand and leaves it usable, and a struct or an enum can be one. A
//! generic function over `I: Iterator` takes it as it takes a std iterator. Here the items pace
//! a task's work with `sleep`.

use std::time::Duration;

struct Countdown {
    left: u32,
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        Some(self.left + 1)
    }
}

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;

    fn next(&mut self) -> Option<Self::Item> {
        let out = self.a;
        self.a = self.b;
        self.b += out;
        Some(out)
    }
}

enum Light {
    Red,
    Green,
    Yellow,
    Off,
}

impl Iterator for Light {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        let (name, next) = match self {
            Light::Red => ("red", Light::Green),
            Light::Green => ("green", Light::Yellow),
            Light::Yellow => ("yellow", Light::Off),
            Light::Off => return None,
        };
        *self = next;
        Some(name)
    }
}

struct Words {
    text: Vec<String>,
    at: usize,
}

impl Iterator for Words {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        let w = self.text.get(self.at)?.clone();
        self.at += 1;
        Some(w)
    }
}

fn first_two<I: Iterator<Item = u32>>(mut it: I) -> (Option<u32>, Option<u32>) {
    let a = it.next();
    (a, it.next())
}

fn doubled_sum(it: impl Iterator<Item = u32>) -> u32 {
    it.map(|x| x * 2).sum()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let ticker = tokio::spawn(async {
        for n in (Countdown { left: 3 }) {
            tokio::time::sleep(Duration::from_millis(100)).await;
            println!("countdown {n}");
        }
        "liftoff"
    });
    let mut fib = Fib { a: 0, b: 1 };
    while let Some(x) = fib.next() {
        if x > 20 {
            break;
        }
        print!("{x} ");
    }
    println!();
    println!("fib goes on with {:?} {:?}", fib.next(), fib.next());
    for light in Light::Red {
        println!("light {light}");
    }
    let mut words = Words { text: vec!["one".to_string(), "two".to_string()], at: 0 };
    println!("{:?}", words.next());
    for w in words {
        println!("then {w}");
    }
    println!("{:?} {:?}", first_two(Countdown { left: 5 }), first_two(vec![7, 8, 9].into_iter()));
    println!("{} {}", doubled_sum(Countdown { left: 4 }), doubled_sum(1..4));
    println!("{}", ticker.await.unwrap());
}
