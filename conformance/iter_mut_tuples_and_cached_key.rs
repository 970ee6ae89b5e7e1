//! `iter_mut()` over tuples, destructured, and `sort_by_cached_key`
//!
//! `for (name, qty) in v.iter_mut()` binds each field of the tuple element as a `&mut` (match
//! ergonomics), so writes through them change the vector; `_` skips a field, and `enumerate()`
//! nests the pattern. `sort_by_cached_key` calls its key closure exactly once per element, in
//! order, then sorts stably by the keys.
struct Inv {
    items: Vec<(String, u32)>,
    log: Vec<String>,
}
impl Inv {
    fn bump(&mut self) {
        for (name, qty) in self.items.iter_mut() {
            *qty += 1;
            name.push('!');
            self.log.push(format!("bumped {name} to {qty}"));
        }
    }
}
fn main() {
    let mut inv = Inv { items: vec![("a".into(), 1), ("b".into(), 2)], log: vec![] };
    inv.bump();
    println!("{:?} {:?}", inv.items, inv.log);
    let mut pts = vec![(1, 2, 3), (4, 5, 6)];
    for (x, _, z) in pts.iter_mut() {
        *x *= 10;
        *z += *x;
    }
    for (i, (a, b, _)) in pts.iter_mut().enumerate() {
        *a += i as i32;
        *b = -*b;
    }
    let mut arr = [(1u8, 'a'), (2, 'b')];
    for (n, c) in &mut arr {
        *n += 1;
        *c = c.to_ascii_uppercase();
    }
    println!("{pts:?} {arr:?}");
    let mut words = vec!["delta", "Alpha", "charlie", "bravo", "alpha", "Echo"];
    let mut calls = 0;
    words.sort_by_cached_key(|w| {
        calls += 1;
        println!("key of {w}");
        w.to_lowercase()
    });
    println!("{words:?} after {calls} key calls");
    let mut big: Vec<u32> = (0..30).map(|i| (i * 7919) % 31).collect();
    big.sort_by_cached_key(|x| std::cmp::Reverse(*x % 5));
    println!("{big:?}");
}
