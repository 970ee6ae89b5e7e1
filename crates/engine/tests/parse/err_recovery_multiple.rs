fn first() {
    let a = 1 +;
    let b = 2;
    call(,);
    let c = ;
}
struct S { x: i32 y: i32 }
fn second() -> i32 {
    match v {
        1 => 2
        3 => 4,
        5 = 6,
        _ => 0,
    }
}
impl { }
fn third() { if { } }
