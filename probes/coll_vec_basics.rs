//! Collections: everyday `Vec` operations
//!
//! push, pop, insert, remove, contains, sort, dedup, reverse, truncate, extend, swap,
//! slicing, `iter().sum()`, `join` of strings and `{:?}` / `{:#?}` output.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    v.push(5);
    println!("{:?} len {}", v, v.len());
    println!("pop {:?}", v.pop());
    v.insert(0, 7);
    println!("remove(2) = {}", v.remove(2));
    println!("contains 9: {}, contains 8: {}", v.contains(&9), v.contains(&8));
    v.sort();
    println!("sorted {:?}", v);
    v.dedup();
    println!("dedup {:?}", v);
    v.reverse();
    println!("reversed {:?}", v);
    v.truncate(3);
    println!("truncated {:?}", v);
    v.extend(vec![0, 0]);
    v.swap(0, 4);
    println!("{:?} first {:?} last {:?}", v, v.first(), v.last());
    println!("slice {:?}", &v[1..3]);
    let total: i32 = v.iter().sum();
    println!("sum {}", total);
    let words = vec!["a", "b", "c"];
    println!("{}", words.join("-"));
    println!("{:#?}", vec![(1, 'x')]);
    let empty: Vec<i32> = Vec::new();
    println!("{:?} {} {:?}", empty, empty.is_empty(), empty.first());
}
