//! Collections: derived Debug of nested structs, enums, tuples and Vecs
//!
//! `{:?}` and `{:#?}` of a struct holding an enum, an `Option`, a tuple and a Vec, and
//! of a unit struct and a tuple struct, as `#[derive(Debug)]` writes them.

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Small,
    Sized(u32),
    Named { w: u32, h: u32 },
}

#[derive(Debug)]
struct Unit;

#[allow(dead_code)]
#[derive(Debug)]
struct Pair(i32, &'static str);

#[allow(dead_code)]
#[derive(Debug)]
struct Item {
    name: String,
    kind: Kind,
    tags: Vec<&'static str>,
    parent: Option<Box<Pair>>,
    pos: (i32, f64),
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let item = Item { name: String::from("box"), kind: Kind::Named { w: 2, h: 3 }, tags: vec!["a", "b"], parent: Some(Box::new(Pair(1, "p"))), pos: (-1, 0.5) };
    println!("{:?}", item);
    println!("{:#?}", item);
    println!("{:?} {:?} {:?}", Kind::Small, Kind::Sized(4), Unit);
    println!("{}", Kind::Sized(1) == Kind::Sized(1));
    let empty: Vec<Kind> = Vec::new();
    println!("{:?} {:#?}", empty, empty);
}
