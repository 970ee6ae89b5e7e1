//! A shared reference is Copy
//!
//! `r` is given to a function, bound to two more names and still used: copying a `&String` never moves the `String`.

fn len_of(s: &String) -> usize {
    s.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = String::from("hello");
    let r = &s;
    let a = r;
    let b = r;
    println!("{} {} {} {}", len_of(r), len_of(a), b, r);
    let words = vec![String::from("x"), String::from("y")];
    let view = &words;
    for w in view {
        println!("{w}");
    }
    println!("{}", view.len());
}
