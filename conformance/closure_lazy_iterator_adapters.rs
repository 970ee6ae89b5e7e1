//! Iterator adapters are lazy: a closure runs when an item is asked for
//!
//! `map`, `filter`, `take_while` and `inspect` run their closures one item at a time, as the consumer asks: a `for` loop's body runs between them, `take(2)` stops after two calls, `any` and `find` stop at the first hit and leave the rest of the iterator for later, and `zip` asks its first iterator before its second. `rev()` runs `map`'s closure from the back.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    for x in v.iter().map(|x| {
        println!("  map {x}");
        x * 10
    }) {
        println!("loop {x}");
        if x >= 20 {
            break;
        }
    }
    let firsts: Vec<i32> = v.iter().inspect(|x| println!("  saw {x}")).filter(|x| **x % 2 == 1).take(2).cloned().collect();
    println!("odd firsts {:?}", firsts);

    let mut it = v.iter();
    let found = it.any(|&x| {
        println!("  any? {x}");
        x == 3
    });
    println!("any {found}, next {:?}", it.next());
    let pos = v.iter().position(|&x| x > 4);
    println!("position {:?}", pos);

    let pairs: Vec<(i32, char)> = v
        .iter()
        .map(|x| {
            println!("  left {x}");
            *x
        })
        .zip("ab".chars().map(|c| {
            println!("  right {c}");
            c
        }))
        .collect();
    println!("{:?}", pairs);

    let small: Vec<i32> = (1..).map(|x| x * x).take_while(|&x| x < 30).collect();
    println!("squares below 30 {:?}", small);
    let back: Vec<i32> = v
        .iter()
        .map(|x| {
            println!("  back {x}");
            x + 100
        })
        .rev()
        .take(2)
        .collect();
    println!("{:?}", back);
    let total = v.iter().fold(String::new(), |acc, x| format!("{acc}{x}"));
    let (evens, odds): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x % 2 == 0);
    println!("{total} {:?} {:?}", evens, odds);
    let words = ["tokio", "rust", "async", "io"];
    println!("{:?} {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()));
    let parsed: Vec<u8> = ["7", "x", "300", "9"].iter().filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", parsed);
    let mut scores = vec![("ann", 3), ("bob", 1), ("cid", 3), ("dee", 2)];
    scores.sort_by_key(|&(_, s)| s);
    println!("{:?}", scores);
    scores.sort_by(|a, b| b.1.cmp(&a.1));
    println!("{:?}", scores);
    scores.retain(|&(n, _)| n != "bob");
    println!("{:?}", scores);
}
