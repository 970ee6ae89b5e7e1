//! Collections: iterator adapters that take no closure
//!
//! `enumerate`, `rev`, `skip`, `take`, `step_by`, `chain`, `zip`, `nth`, `last`,
//! `count`, `sum`, `min` and `max` over Vecs and ranges, collected or looped over.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![10, 20, 30, 40, 50];
    for (i, x) in v.iter().enumerate() {
        print!("{}:{} ", i, x);
    }
    println!();
    let r: Vec<i32> = v.iter().rev().copied().collect();
    println!("{:?}", r);
    let s: Vec<i32> = v.iter().skip(1).take(3).copied().collect();
    println!("{:?}", s);
    let st: Vec<i32> = (0..10).step_by(3).collect();
    println!("{:?}", st);
    let down: Vec<i32> = (1..=5).rev().collect();
    println!("{:?}", down);
    let ch: Vec<i32> = (1..3).chain(7..9).collect();
    println!("{:?}", ch);
    let letters = vec!['a', 'b', 'c'];
    let z: Vec<(i32, &char)> = (1..4).zip(letters.iter()).collect();
    println!("{:?}", z);
    println!("{:?} {:?} {:?}", v.iter().nth(2), v.iter().nth(9), v.iter().last());
    println!("{} {}", v.iter().count(), v.iter().sum::<i32>());
    println!("{:?} {:?}", v.iter().min(), v.iter().max());
    let empty: Vec<i32> = Vec::new();
    println!("{:?} {}", empty.iter().max(), empty.iter().sum::<i32>());
    let mut it = v.iter();
    println!("{:?} {:?}", it.next(), it.next());
    let rest: Vec<&i32> = it.collect();
    println!("{:?}", rest);
}
