//! `Option::as_mut`
//!
//! `opt.as_mut()` gives `Option<&mut T>`: `if let Some(v) = opt.as_mut()`, a `match` on it, or
//! `.unwrap()` reach the value inside the `Option` (a variable's or a field's), so writes through
//! `v` change it; on `None` there is nothing to change.
#[derive(Debug)]
struct Conn {
    retries: u32,
    log: Option<Vec<String>>,
}
fn main() {
    let mut opt: Option<Vec<i32>> = Some(vec![1]);
    if let Some(v) = &mut opt {
        v.push(5);
    }
    match &mut opt {
        Some(v) => v.push(6),
        None => {}
    }
    if let Some(v) = opt.as_mut() {
        v.push(7);
    }
    opt.as_mut().unwrap().push(8);
    let mut none: Option<String> = None;
    if let Some(s) = none.as_mut() {
        s.push('x');
    } else {
        println!("nothing to change");
    }
    match none.as_mut() {
        Some(s) => s.push('y'),
        None => println!("still nothing"),
    }
    let mut c = Conn { retries: 0, log: Some(vec![]) };
    if let Some(log) = c.log.as_mut() {
        log.push(format!("try {}", c.retries));
    }
    c.retries += 1;
    if let Some(log) = c.log.as_mut() {
        log.push(format!("try {}", c.retries));
    }
    let mut n = Some(3);
    if let Some(x) = n.as_mut() {
        *x += 10;
    }
    println!("{opt:?} {none:?} {c:?} {n:?}");
}
