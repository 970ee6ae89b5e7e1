//! Mutating elements with `iter_mut()` and `&mut v`
//!
//! The loop variable is a `&mut i32`; `*x += 1` writes through it without the binding being `mut`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x *= 2;
    }
    for x in &mut v {
        *x += 1;
    }
    let mut names = vec![String::from("a"), String::from("b")];
    for n in names.iter_mut() {
        n.push('!');
    }
    println!("{v:?} {names:?}");
}
