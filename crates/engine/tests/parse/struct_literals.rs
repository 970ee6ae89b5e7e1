fn main() {
    let p = Point { x: 1, y: 2 };
    let q = Point { x, y };
    let r = Point { x: 5, ..p };
    let s = Point { ..Default::default() };
    let m = Msg::Get { key: key.clone(), reply };
    let t = Tuple { 0: 1, 1: 2 };
    let n = a::b::C { d: 1, };
    let g = Wrapper::<i32> { inner: 1, other: 2 };
    let e = Empty {};
    if x == y { println!("eq"); }
    if p == (Point { x: 1, y: 2 }) {}
    while n < limit { n += 1; }
    match state { State::A => {} _ => {} }
    match (Point { x: 1, y: 2 }) { Point { x, .. } => {} }
    for i in items { drop(i); }
    for p in vec![Point { x: 1, y: 2 }] {}
    if let Some(Point { x, y }) = opt { }
    if f(Point { x: 1, y: 2 }) {}
    let closure_in_cond = if v.iter().any(|p| *p == Point { x: 0, y: 0 }) { 1 } else { 2 };
}
