//! Implementing a trait whose supertrait the type lacks
//!
//! `trait OutlinePrint: fmt::Display` says every `OutlinePrint` type is also
//! `Display`, so its default method may call `to_string()`. `Point` has no
//! `Display` impl, so rustc rejects `impl OutlinePrint for Point` (E0277).

use std::fmt;

trait OutlinePrint: fmt::Display {
    fn outline_print(&self) {
        let output = self.to_string();
        println!("* {output} *");
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl OutlinePrint for Point {}

fn main() {
    let p = Point { x: 1, y: 3 };
    println!("{}", p.x + p.y);
    p.outline_print();
}
