fn main() {
    match msg {
        Msg::Quit => break,
        Msg::Add(n) => total += n,
        Msg::Get { key, reply } => {
            let _ = reply.send(map.get(&key).cloned());
        }
        Msg::Move { x, .. } if x > 0 => println!("right"),
        Msg::Move { .. } => {}
    }
    match n {
        0 => "zero",
        1 | 2 => "small",
        | 3 | 4 => "medium",
        5..=9 => "large",
        i32::MIN..=-1 => "negative",
        _ => "huge",
    };
    let s = match r {
        Ok(v) if v > 10 && v < 20 => v,
        Ok(v) => v * 2,
        Err(e) => return Err(e.into()),
    };
    match x { _ => {} }
    match x {}
    match (a, b) {
        (Some(x), None) | (None, Some(x)) => x,
        (Some(_), Some(_)) => 0,
        (None, None) => { -1 }
    }
    match res {
        Err(RecvError::Lagged(n)) => println!("lagged {}", n),
        Err(RecvError::Closed) => break,
        Ok(v) => if v { 1 } else { 2 }
        _ => loop {}
    }
    match c { 'a'..='z' | 'A'..='Z' => true, _ => false }
    match v.as_slice() { [] => 0, [x] => *x, [x, rest @ ..] => x + rest.len(), }
    match (x, y) { (0, 0) => {} (0, _) => {} _ => {} }
}
