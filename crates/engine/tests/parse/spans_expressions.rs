fn f(p: &mut Point) {
    let a = -x.y.0.1 as i64 + 2 * (3);
    p.x += v[i..=j].len();
    let s = Point { x: 1, y };
    match m { Some(k) if k > 1 => 'a', _ => 'b' }
    let c = move |q: u8| q + 1;
    let z = tokio::join!(a(), b()).0;
    'l: loop { break 'l [1; 2]; }
    if let Some(x) = o && x > 0 { } else { }
    let t = std::println!{"x"};
    let m = matches!(x, 1 | 2);
}
