//! What a hand-written `fmt` writes, nested in `{:#?}` output
//!
//! A hand-written `Debug` inside a derived struct, tuple or `Option` printed with `{:#?}`
//! is indented with its container: std's `PadAdapter` indents every line the inner impl
//! writes, blank lines included, whether it used a builder or `write_str` with newlines.
//! The impl sees the container's flags (`f.alternate()` is true under `{:#?}`). A helper
//! function taking `&mut fmt::Formatter` writes to the same formatter, `to_string()` runs
//! `Display` with no width, and `fmt::Error` prints std's message.

use std::fmt;
use tokio::sync::oneshot;

struct Banner(&'static str);

impl fmt::Debug for Banner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("+--\n")?;
        f.write_str("| ")?;
        f.write_str(self.0)?;
        f.write_str("\n\n+--")
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Debug for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() { write!(f, "Point(\n  x = {},\n  y = {}\n)", self.x, self.y) } else { coords(f, self.x, self.y) }
    }
}

fn coords(f: &mut fmt::Formatter<'_>, x: i32, y: i32) -> fmt::Result {
    write!(f, "({x}, ")?;
    write!(f, "{y})")
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!("{};{}", self.x, self.y))
    }
}

#[derive(Debug)]
#[allow(dead_code)] // read only by `Debug`
struct Shape {
    name: &'static str,
    banner: Banner,
    corners: (Point, Point),
    center: Option<Point>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = oneshot::channel();
    tokio::spawn(async move {
        let shape = Shape { name: "box", banner: Banner("hello"), corners: (Point { x: 0, y: 0 }, Point { x: 4, y: 3 }), center: Some(Point { x: 2, y: -1 }) };
        tx.send(shape).ok();
    });
    let shape = rx.await.unwrap();
    println!("{shape:?}");
    println!("{shape:#?}");
    let c = shape.center.as_ref().unwrap();
    println!("[{c}] [{c:>8}] [{c:^9}] [{}] [{:.2}]", c.to_string(), c);
    println!("{} | {:?} | [{:>50}]", fmt::Error, fmt::Error, fmt::Error);
}
