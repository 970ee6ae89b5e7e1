//! A slice of trait objects built where it is passed, and `map_or_else`
//!
//! `total_area(&[&square, &circle])` coerces each element to `&dyn Shape`, as the parameter
//! `&[&dyn Shape]` asks. `Option::map_or_else` calls its default closure for `None`, and
//! `Result::map_or_else` its default with the error; each runs only its own closure. A
//! `Result`'s `iter()` gives its `Ok` value, if it is one.
trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

fn total_area(shapes: &[&dyn Shape]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    let (square, circle) = (Square(2.0), Circle(1.0));
    println!("{}", total_area(&[&square, &circle]));
    let names = ["ann", "bo"];
    for i in [0, 5] {
        let shown = names.get(i).map_or_else(
            || {
                println!("(default for {i})");
                format!("#{i} missing")
            },
            |n| n.to_uppercase(),
        );
        println!("{shown}");
    }
    for text in ["42", "x"] {
        let n: Result<i32, _> = text.parse::<i32>();
        println!("{:?}", n.iter().map(|v| v + 1).collect::<Vec<_>>());
        println!("{}", n.map_or_else(|e| format!("error: {e}"), |v| format!("value {}", v * 2)));
    }
}
