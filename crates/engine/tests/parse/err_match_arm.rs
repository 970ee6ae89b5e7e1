fn main() {
    match x {
        1 2 => {}
        Some(y) -> y,
        _ => 0
        other => 1,
    }
    ok();
}
