//! `trim_start_matches`, `trim_end_matches`, `trim_matches` and `VecDeque::remove`
//!
//! The `trim_*_matches` methods strip a `char`, a `&str` (repeatedly), a set of chars or the
//! chars a closure or `char::is_numeric` accepts. `VecDeque::remove(i)` is `Some` of the element
//! removed, or `None` past the end (where `Vec::remove` would panic): an LRU cache moves a key
//! to the back with it.

use std::collections::VecDeque;

struct Lru {
    order: VecDeque<&'static str>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut q: VecDeque<u32> = (1..=5).collect();
    println!("{:?} {:?} {:?}", q.remove(1), q.remove(10), q);
    let mut l = Lru { order: VecDeque::from(vec!["a", "b", "c"]) };
    if let Some(pos) = l.order.iter().position(|k| *k == "b") {
        let k = l.order.remove(pos).unwrap();
        l.order.push_back(k);
    }
    println!("{:?}", l.order);
    let s = "::a:b::";
    println!("[{}] [{}] [{}]", s.trim_start_matches(':'), s.trim_end_matches("::"), s.trim_matches(':'));
    println!("[{}]", "xxhixx".trim_matches(|c| c == 'x'));
    println!("[{}]", "12ms".trim_end_matches("ms"));
    println!("[{}]", "  -- hi --  ".trim_matches(&[' ', '-'][..]));
    println!("[{}]", "aaa".trim_start_matches('a'));
    println!("[{}]", "123abc456".trim_end_matches(char::is_numeric));
    println!("[{}]", "ab".trim_start_matches(""));
    let latency: Option<u32> = "took=12ms".strip_prefix("took=").and_then(|v| v.trim_end_matches("ms").parse().ok());
    println!("{latency:?}");
}
