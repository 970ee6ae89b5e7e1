//! Collections built with `from`, `from_iter` and `extend`
//!
//! `HashMap::from` an array of pairs (a repeated key keeps its last value), `HashSet::from` and
//! `BTreeSet::from_iter` (duplicates dropped), `VecDeque::from`; `extend` of a `Vec` from any
//! iterator (an array, `iter()` of one, a `map`), of a `String` from chars or strings, of a map
//! from pairs and of a set from items.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let scores = HashMap::from([("ann", 3), ("bob", 5), ("ann", 7)]);
    let mut names: Vec<_> = scores.iter().map(|(k, v)| format!("{k}={v}")).collect();
    names.sort();
    println!("{} {names:?}", scores.len());
    let seen = HashSet::from([4, 1, 4]);
    let ordered = BTreeSet::from_iter(vec![3, 1, 3, 2]);
    let queue = VecDeque::from(vec![1, 2]);
    println!("{} {ordered:?} {queue:?}", seen.len());

    let mut v = vec![0];
    v.extend([1, 2]);
    v.extend([3, 4].iter());
    v.extend((5..7).map(|x| x * 10));
    v.extend(vec![9]);
    println!("{v:?}");
    let mut s = String::from(">");
    s.extend(['a', 'b']);
    s.extend(vec!["cd", "e"]);
    s.extend("xy".chars().rev());
    println!("{s}");
    let mut m: BTreeMap<&str, i32> = BTreeMap::new();
    m.insert("z", 0);
    m.extend(vec![("b", 1), ("a", 2), ("z", 26)]);
    println!("{m:?}");
    let mut set: BTreeSet<char> = BTreeSet::new();
    set.extend("banana".chars());
    let mut hs: HashSet<u8> = HashSet::new();
    hs.extend([1, 2, 2, 3]);
    println!("{set:?} {}", hs.len());
}
