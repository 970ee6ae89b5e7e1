async fn main() {
    if a { 1 } else if b { 2 } else { 3 };
    if !done { return; }
    if x > 0 && y < 10 || z {}
    while i < 10 { i += 1; continue; }
    loop { if stop { break; } }
    let v = loop { break 42; };
    'outer: for i in 0..10 {
        'inner: loop {
            if i == 5 { break 'outer; }
            if i == 3 { continue 'outer; }
            break 'inner;
        }
    }
    let w = 'blk: { if c { break 'blk 1; } 2 };
    'w: while let Some(x) = stack.pop() { continue 'w; }
    for (i, item) in items.iter().enumerate() { println!("{} {}", i, item); }
    for _ in 0..3 {}
    for &x in &v {}
    return;
    return 5;
    return Ok(());
    break;
    let r = || return 1;
    let a = async { return 2; };
    let b = unsafe { 3 };
    match x { _ => return }
    loop { break }
    let e = if c { 1 } else { return; };
}
fn early(x: Option<i32>) -> i32 {
    let Some(y) = x else { return 0 };
    y
}
