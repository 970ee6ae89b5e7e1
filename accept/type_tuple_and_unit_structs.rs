//! Tuple structs, unit structs and `.0` field access
//!
//! `Meters(u32)` is constructed like a function call and read with `.0`; a unit struct has no fields.

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Meters(u32);

#[derive(Debug)]
struct Marker;

struct Pair(String, i32);

fn longer(a: Meters, b: Meters) -> Meters {
    if a.0 >= b.0 { a } else { b }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = Meters(3);
    let b = Meters(5);
    let mut p = Pair(String::from("p"), 1);
    p.1 += 1;
    p.0.push('!');
    println!("{:?} {} {:?} {} {} {}", longer(a, b), a < b, Marker, p.0, p.1, a.0);
}
