//! `map` over an `Option<&mut T>`: the closure changes the element in place
//!
//! `m.get_mut(k)`, `v.get_mut(i)`, `first_mut()`, `opt.as_mut()` and `iter_mut().find(..)`
//! give an `Option<&mut T>`; `.map(|x| ..)` runs the closure on the element itself (a push, a
//! `&mut self` method, an assignment through it) and wraps what it returns in `Some`, or gives
//! `None` without calling it.

use std::collections::HashMap;

struct Acc {
    total: i32,
}

impl Acc {
    fn add(&mut self, n: i32) -> i32 {
        self.total += n;
        self.total
    }
}

trait Plugin {
    fn run(&mut self, input: &str) -> String;
}

struct Upper {
    calls: usize,
}

impl Plugin for Upper {
    fn run(&mut self, input: &str) -> String {
        self.calls += 1;
        format!("{} (call {})", input.to_uppercase(), self.calls)
    }
}

struct Registry {
    plugins: HashMap<String, Box<dyn Plugin>>,
}

impl Registry {
    fn run(&mut self, name: &str, input: &str) -> Option<String> {
        self.plugins.get_mut(name).map(|p| p.run(input))
    }
}

fn main() {
    let mut m: HashMap<&str, Vec<i32>> = HashMap::new();
    m.insert("a", vec![1]);
    m.get_mut("a").map(|v| v.push(2));
    let r = m.get_mut("b").map(|v| v.len());
    println!("{:?} {r:?}", m["a"]);

    let mut accs = vec![Acc { total: 0 }, Acc { total: 10 }];
    let got = accs.get_mut(1).map(|a| a.add(5));
    let none = accs.get_mut(7).map(|a| a.add(5));
    println!("{got:?} {none:?} {}", accs[1].total);
    let x = accs.first_mut().map(|a| {
        a.total = 99;
        a.total * 2
    });
    println!("{x:?} {} {}", accs[0].total, accs[1].total);

    let mut o = Some(Acc { total: 1 });
    let y = o.as_mut().map(|a| a.add(1));
    println!("{y:?} {}", o.map_or(0, |a| a.total));

    let mut v = vec![1, 5, 2, 8];
    let old = v.iter_mut().find(|x| **x > 4).map(|x| std::mem::replace(x, 0));
    println!("{old:?} {v:?}");

    let mut reg = Registry { plugins: HashMap::new() };
    reg.plugins.insert("upper".to_string(), Box::new(Upper { calls: 0 }));
    println!("{:?}", reg.run("upper", "abc"));
    println!("{:?}", reg.run("upper", "def"));
    println!("{:?}", reg.run("lower", "x"));
}
