//! `..` in tuple patterns
//!
//! A `..` in a tuple pattern skips the elements between the patterns before
//! it and those after it, which take the last elements: in `let`, `for`,
//! `match` and nested patterns, through references too.

fn main() {
    let t = (String::from("a"), 2, 3.5, String::from("z"));
    let (first, .., last) = t;
    println!("{first} {last}");
    let pairs = vec![(1, 'a', true), (2, 'b', false)];
    for (n, ..) in &pairs {
        println!("n={n}");
    }
    for &(.., flag) in pairs.iter() {
        println!("flag={flag}");
    }
    let r = &(1, 2, 3);
    let (x, ..) = r;
    match r {
        (1, .., c) => println!("c={c} x={x}"),
        _ => {}
    }
    let nested = ((1, 2, 3), 4);
    let ((a, ..), b) = nested;
    println!("{a} {b}");
}
