//! Moves out of a scrutinee happen only where the pattern matched
//!
//! `if let Some(s) = opt` and a `match` arm `Some(mut v) =>` move the `String` or `Vec` out of
//! `opt`, but only in that arm or body: when the pattern does not match nothing moves, so `opt`
//! is still whole after an `if let` that failed, after a `while let` that never
//! matched, and after a
//! `match` whose moving arm put a value back. A pattern may shadow its scrutinee
//! (`if let Some(w) = w`). `s.into()` as an `Option<String>` is `Some(s)`.
#[derive(Debug)]
struct Node {
    val: i32,
    next: Option<Box<Node>>,
}
enum Msg {
    Text(String),
    Quit,
}
fn pick(o: Option<String>) -> String {
    if let Some(s) = o {
        return s;
    }
    String::from("none")
}
fn main() {
    let head = Some(Box::new(Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) }));
    let mut cur = head;
    while let Some(node) = cur {
        println!("{}", node.val);
        cur = node.next;
    }
    let mut slot: Option<String> = Some("x".into());
    for i in 0..3 {
        if let Some(s) = slot {
            println!("{i} {s}");
        }
        slot = if i % 2 == 0 { None } else { Some(format!("v{i}")) };
    }
    let msgs = vec![Msg::Text("hi".into()), Msg::Quit];
    for m in msgs {
        if let Msg::Text(t) = m {
            println!("text {t}");
        } else {
            println!("quit");
        }
    }
    let a: Option<String> = None;
    let b: Option<String> = Some("b".into());
    if let Some(s) = a {
        println!("{s}");
    } else if let Some(t) = b {
        println!("{t}");
    }
    let Some(x) = pick(None).into() else { return };
    let r: Result<String, String> = Ok("ok".into());
    let Ok(v) = r else { panic!() };
    let pair = (Some(String::from("p")), 3);
    if let (Some(p), n) = pair {
        println!("{p} {n}");
    }
    println!("{x:?} {v}");
    let mut q: Option<Vec<i32>> = Some(vec![1]);
    if let Some(mut v) = q {
        v.push(2);
        q = Some(v);
    }
    println!("{q:?}");
    let mut slot2: Option<Vec<i32>> = Some(vec![1]);
    match slot2 {
        Some(mut v) => {
            v.push(2);
            slot2 = Some(v);
        }
        None => {}
    }
    let w: Option<String> = Some("w".into());
    if let Some(w) = w {
        println!("shadowed {w}");
    }
    let none: Option<String> = None;
    while let Some(s) = none {
        println!("{s}");
        break;
    }
    println!("{slot2:?}");
}
