//! Iterator adapters over a user iterator, and when its `next` runs
//!
//! The provided methods of `Iterator` (`map`, `filter`, `take`, `zip`, `chain`, `sum`,
//! `collect`...) call the user's `next` lazily, one item at a time and only as far as the
//! consumer asks: `take(2)` stops without a third call, `zip` asks its left side first and stops
//! at the first `None`, `filter` calls `next` until an item passes. `next` prints each call, so
//! the order is pinned.

struct Noisy {
    name: &'static str,
    n: u32,
    max: u32,
}

impl Noisy {
    fn new(name: &'static str, max: u32) -> Noisy {
        Noisy { name, n: 0, max }
    }
}

impl Iterator for Noisy {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.n == self.max {
            println!("  {}.next() -> None", self.name);
            return None;
        }
        self.n += 1;
        println!("  {}.next() -> {}", self.name, self.n);
        Some(self.n)
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("map + filter + sum");
    let s: u32 = Noisy::new("a", 4).map(|x| x * 10).filter(|x| *x != 20).sum();
    println!("= {s}");

    println!("take(2) + collect");
    let v: Vec<u32> = Noisy::new("b", 5).take(2).collect();
    println!("= {v:?}");

    println!("lazy map, nothing consumed yet");
    let lazy = Noisy::new("c", 3).map(|x| {
        println!("  map({x})");
        x + 1
    });
    println!("  built");
    for y in lazy {
        println!("  got {y}");
    }

    println!("zip");
    let pairs: Vec<(u32, u32)> = Noisy::new("left", 2).zip(Noisy::new("right", 3)).collect();
    println!("= {pairs:?}");

    println!("chain + enumerate + skip");
    for (i, x) in Noisy::new("first", 1).chain(Noisy::new("second", 2)).enumerate().skip(1) {
        println!("  #{i} = {x}");
    }

    println!("count, last, max, fold");
    println!("= {}", Noisy::new("d", 2).count());
    println!("= {:?}", Noisy::new("e", 2).last());
    println!("= {:?}", Noisy::new("f", 3).max());
    println!("= {}", Noisy::new("g", 3).fold(String::new(), |acc, x| format!("{acc}{x}")));

    println!("take_while + step_by");
    let tw: Vec<u32> = Noisy::new("h", 5).take_while(|x| *x < 3).collect();
    println!("= {tw:?}");
    let sb: Vec<u32> = Noisy::new("i", 5).step_by(2).collect();
    println!("= {sb:?}");
}
