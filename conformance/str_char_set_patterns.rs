//! String patterns of several chars or a closure, and a set extended by a range
//!
//! `contains`, `starts_with`, `split_once`, `rsplit_once`, `strip_prefix`, `strip_suffix`,
//! `replace`, `replacen`, `splitn`, `rsplitn`, `rsplit` and `matches` take an array or slice
//! of `char`s (any of them matches) or a closure on a `char`. `strip_prefix` with a closure
//! calls it on the first char only. A `BTreeSet` extends from a range as from any iterator.
use std::collections::{BTreeSet, VecDeque};

fn main() {
    let s = "(a-b_c)";
    let set = ['(', ')'];
    println!("{} {} {}", s.contains(['x', 'c']), s.contains(&['x', 'y']), s.contains(char::is_numeric));
    println!("{} {}", s.starts_with(set), s.ends_with(&[')'][..]));
    println!("{} {}", s.starts_with(char::is_alphabetic), s.ends_with(|c: char| c == ')'));
    println!("{:?} {:?}", s.strip_prefix(['(', 'x']), s.strip_suffix(&set));
    let first = s.strip_prefix(|c: char| {
        println!("tried {c}");
        c == 'x'
    });
    println!("{:?} {:?}", first, s.strip_suffix(char::is_alphabetic));
    println!("{:?} {:?}", "".strip_prefix(['a']), "é)".strip_suffix([')']));
    println!("{:?} {:?}", s.split_once(['-', '_']), s.rsplit_once(['-', '_']));
    println!("{:?}", "key=value=x".split_once(|c| c == '='));
    println!("{:?} {:?}", s.rfind(['-', '_']), s.find(char::is_alphabetic));
    println!("{} {}", s.replace(['-', '_'], " "), "a.b.c".replace(['.', 'b'], "--"));
    println!("{}", s.trim_start_matches(['(', 'a']));
    println!("{:?}", s.splitn(2, ['-', '_']).collect::<Vec<_>>());
    println!("{:?}", s.rsplit(|c: char| !c.is_alphabetic()).collect::<Vec<_>>());
    println!("{:?} {:?}", s.matches(['a', 'c']).count(), s.trim_matches(&set[..]));
    println!("{:?} {:?}", "a b c d".rsplitn(2, ' ').collect::<Vec<_>>(), "k=v=w".rsplitn(5, "=").collect::<Vec<_>>());
    println!("{:?}", "x-y_z".rsplitn(2, ['-', '_']).collect::<Vec<_>>());
    println!("{} {} {}", "a-b-c".replacen('-', "+", 1), "aaaa".replacen("a", "bb", 3), "1,2;3".replacen([',', ';'], " ", 5));
    let mut ints: BTreeSet<i32> = BTreeSet::new();
    ints.extend(1..4);
    ints.extend(2..=5);
    let mut v = vec![10, 20, 30];
    let mut d: VecDeque<i32> = VecDeque::new();
    d.extend(v.drain(..2));
    println!("{ints:?} {d:?} {v:?}");
}
