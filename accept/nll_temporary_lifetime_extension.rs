//! `let r = &temporary;` extends the temporary's life
//!
//! A `&` of a temporary directly in a `let` lives as long as the binding, so `r`, `s` and `v` are not dangling.

fn make() -> String {
    String::from("made")
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let r = &make();
    let s: &str = &format!("{}-{}", 1, 2);
    let v = &mut Vec::new();
    v.push(3);
    let n = &mut 5;
    *n += 1;
    println!("{r} {s} {v:?} {n}");
}
