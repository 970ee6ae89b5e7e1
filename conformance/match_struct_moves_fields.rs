//! A `match` or `if let` on a struct or tuple moves out only the fields its pattern binds
//!
//! `match p { P { a, .. } => .. }` takes `p.a` and leaves `p.b` usable afterwards; the moved field
//! drops with its new owner at the end of the arm, the rest with `p` at the end of `main`. The same
//! holds for `if let` and for an arm that tests a field (`n: 2`), and for a tuple's positions (`(x, ..)`, `(_, y)`).

struct D(&'static str);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct P {
    a: D,
    b: D,
    n: i32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let p = P { a: D("a1"), b: D("b1"), n: 1 };
    match p {
        P { n: 0, .. } => println!("zero"),
        P { a, .. } => println!("got {}", a.0),
    }
    println!("after match {} {}", p.b.0, p.n);
    let q = P { a: D("a2"), b: D("b2"), n: 2 };
    if let P { b, n: 2, .. } = q {
        println!("got {}", b.0);
    }
    println!("after if let {}", q.a.0);
    let t = (D("t0"), D("t1"), 5);
    match t {
        (x, ..) => println!("t {}", x.0),
    }
    println!("t.1 {}", t.1.0);
    let u = (D("u0"), D("u1"), true);
    if let (_, y, true) = u {
        println!("u {}", y.0);
    } else {
        println!("never");
    }
    tokio::spawn(async move { println!("u.0 in a task: {}", u.0.0) }).await.unwrap();
    println!("end");
}
