fn main() {
    if let Some(x) = opt { use_it(x); }
    if let Some(x) = a && x > 3 {}
    if let Some(x) = a && let Ok(y) = b && x == y {}
    if cond && let Some(v) = map.get(&k) {}
    while let Some(msg) = rx.recv().await { handle(msg); }
    while let Ok(n) = read() && n > 0 {}
    if let Ok(x) | Err(x) = r {}
    if let | A | B = v {}
    if let Some(Point { x, y: 0 }) = p {}
    if let [first, .., last] = slice {}
    if let 1..=5 = n {}
    if let x = a == b {}
    let Some(v) = opt else { panic!("none") };
    let Ok(n) = s.parse::<i32>() else { return; };
    let (a, b) = pair else { unreachable!() };
    if let Some(x) = opt { 1 } else if let Some(y) = other { 2 } else { 3 };
}
