//! `sort_unstable_by` and `sort_unstable_by_key`
//!
//! std's unstable sort is an insertion sort up to 20 elements, so there it keeps elements that
//! compare equal in their order, as the stable sort does (`tasks` sorted by priority keeps "b"
//! before "d"). Past 20 elements the order of elements that compare equal but differ is std's
//! own; elements that compare equal and are equal (numbers by themselves) sort the same either
//! way.

#[derive(Debug, Clone, PartialEq)]
struct Task {
    name: &'static str,
    priority: u8,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut tasks = vec![Task { name: "a", priority: 2 }, Task { name: "b", priority: 1 }, Task { name: "c", priority: 3 }, Task { name: "d", priority: 1 }];
    tasks.sort_unstable_by_key(|t| t.priority);
    println!("{:?}", tasks.iter().map(|t| t.name).collect::<Vec<_>>());
    tasks.sort_unstable_by(|x, y| y.priority.cmp(&x.priority).then(x.name.cmp(y.name)));
    println!("{:?}", tasks.iter().map(|t| t.name).collect::<Vec<_>>());

    let mut big: Vec<u32> = (0..40).map(|i| (i * 17) % 23).collect();
    big.sort_unstable_by(|a, b| b.cmp(a));
    println!("{big:?}");
    big.sort_unstable_by_key(|x| *x);
    println!("{big:?}");
    let mut words = vec!["pear", "fig", "apple", "kiwi", "banana"];
    words.sort_unstable_by_key(|w| w.len());
    println!("{words:?}");
}
