//! `Option::as_mut` and `Result::as_mut` of a field, in `if let`, `while let` and `match`
//!
//! A struct's optional fields changed in place through the `&mut` that `as_mut` gives: in a
//! `&mut self` method, through a `&mut S` parameter, and on a tuple struct's field; a
//! `Result` field's `Ok` value or its `Err` message changed likewise.

#[derive(Debug)]
struct S {
    cur: Option<Vec<u32>>,
    n: Option<u32>,
    r: Result<u32, String>,
}
impl S {
    fn bump(&mut self) {
        if let Some(n) = self.n.as_mut() {
            *n += 1;
        }
        match self.r.as_mut() {
            Ok(v) => *v *= 10,
            Err(e) => e.push('!'),
        }
    }
}
fn touch(s: &mut S) {
    while let Some(v) = s.cur.as_mut() {
        v.push(9);
        if v.len() >= 3 {
            break;
        }
    }
}
struct Pair(Option<String>, u8);
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut s = S { cur: Some(vec![1]), n: Some(3), r: Ok(2) };
    s.bump();
    touch(&mut s);
    println!("{s:?}");
    let mut e = S { cur: None, n: None, r: Err("bad".into()) };
    e.bump();
    touch(&mut e);
    println!("{e:?}");
    let mut p = Pair(Some("x".into()), 1);
    if let Some(t) = p.0.as_mut() {
        t.push_str("yz");
    }
    match p.0.as_mut() {
        Some(t) => t.push('!'),
        None => {}
    }
    println!("{:?} {}", p.0, p.1);
}
