//! Peekable's peek, next_if and next_if_eq
//!
//! `peek` looks at the next item without taking it; `next_if` takes it only
//! if a test passes and `next_if_eq` only if it equals a value, and either
//! leaves it peeked otherwise: enough for a small tokenizer.

fn main() {
    let v = vec![1, 2, 2, 3, 3, 3];
    let mut it = v.iter().peekable();
    while let Some(x) = it.next() {
        let mut n = 1;
        while it.next_if_eq(&x).is_some() {
            n += 1;
        }
        println!("{x} x{n}");
    }
    let src = "12+345*6";
    let mut chars = src.chars().peekable();
    let mut tokens = Vec::new();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut num = 0;
            while let Some(d) = chars.next_if(|ch| ch.is_ascii_digit()) {
                num = num * 10 + d.to_digit(10).unwrap();
            }
            tokens.push(format!("num({num})"));
        } else {
            chars.next();
            tokens.push(format!("op({c})"));
        }
    }
    println!("{}", tokens.join(" "));
    let mut p = [1, 2, 3].into_iter().peekable();
    while let Some(x) = p.next_if(|&x| x < 3) {
        println!("took {x}");
    }
    println!("{:?}", p.peek());
    println!("{:?} {:?}", p.next_if_eq(&4), p.next_if_eq(&3));
}
