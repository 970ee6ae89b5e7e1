fn main() {
    let _ = f();
    let x = 1;
    let mut y = 2;
    let ref z = 3;
    let ref mut w = 4;
    let (a, b) = (1, 2);
    let (first, ..) = tuple;
    let (.., last) = tuple;
    let (single,) = one;
    let [p, q, r] = arr;
    let [head, tail @ ..] = arr;
    let Point { x, y: 0, .. } = pt;
    let Point { x: px, y: ref mut py } = pt;
    let Point { ref x, mut y } = pt;
    let Some(v) = opt else { return };
    let Err(RecvError::Lagged(n)) = res else { return };
    let &v = r;
    let &mut m = r;
    let &(a, b) = r;
    let Wrapper(inner) = w;
    let std::ops::Range { start, end } = range;
    let Msg::Get { key, reply } = msg else { return };
    let n @ 1..=9 = d else { return };
    let e @ (A | B) = d else { return };
    let (mut a, ref b) = pair;
    let Tuple { 0: zero, 1: one } = t;
    match v {
        -1 => {}
        -2.5 => {}
        'c' => {}
        "str" => {}
        b'x' => {}
        true | false => {}
        None => {}
        Msg::Stop => {}
        CONST => {}
        1..=5 => {}
        ..=0 => {}
        10.. => {}
        'a'..'z' => {}
        Some(Some(x)) => {}
        Some(0 | 1) => {}
        [a, b, ..] => {}
        [] => {}
        (x, Some(y)) if x == y => {}
        ref r @ Some(_) => {}
        Vec::<u8> { .. } => {}
        _ => {}
    }
}
