//! Iterator sources: `once`, `empty`, `repeat`, `repeat_n`, `repeat_with`, `from_fn`, `successors`
//!
//! `std::iter`'s free functions make iterators from values and closures; the closures
//! run lazily, one call per item asked for (`from_fn`'s counter ends at 4: the call
//! that returned `None`), and `successors` stops at the first `None`.

use std::iter;

fn main() {
    let v: Vec<u32> = std::iter::repeat(3).take(2).collect();
    println!("{v:?}");
    let mut n = 0;
    let w: Vec<u32> = std::iter::from_fn(|| {
        n += 1;
        if n < 4 { Some(n) } else { None }
    })
    .collect();
    println!("{w:?} n={n}");
    let e: Vec<u32> = iter::empty().collect();
    println!("{e:?}");
    let mut c = 1;
    let r: Vec<u64> = iter::repeat_with(|| {
        c *= 2;
        c
    })
    .take(5)
    .collect();
    println!("{r:?}");
    let p: Vec<u64> = iter::successors(Some(1u64), |x| if *x < 100 { Some(x * 3) } else { None }).collect();
    println!("{p:?}");
    let powers: Vec<u32> = iter::successors(Some(1u32), |x| x.checked_mul(10)).collect();
    println!("{} powers, last {:?}", powers.len(), powers.last());
    let o: Vec<i32> = iter::once(5).chain([6, 7]).collect();
    println!("{o:?}");
    let line: String = iter::repeat("=-").take(4).collect();
    println!("{line}");
    let names: Vec<String> = iter::repeat_n(String::from("x"), 3).collect();
    println!("{names:?}");
    for (i, s) in iter::repeat("tick").enumerate().take(2) {
        println!("{i} {s}");
    }
}
