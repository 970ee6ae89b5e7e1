//! Closures returned from functions
//!
//! A returned closure must own what it captures (`move`), or capture
//! nothing: `impl Fn` and `Box<dyn Fn>` return types, called at once.

fn adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}
fn prefixer<'a>(p: &'a str) -> impl Fn(&str) -> String + 'a {
    move |s| format!("{p}{s}")
}
fn boxed() -> Box<dyn Fn(i32) -> i32> {
    let k = 10;
    Box::new(move |x| x * k)
}
fn plain() -> impl Fn(i32) -> i32 {
    |x| x + 1
}
fn main() {
    println!("{} {} {} {}", adder(1)(2), prefixer(">")("a"), boxed()(3), plain()(4));
}
