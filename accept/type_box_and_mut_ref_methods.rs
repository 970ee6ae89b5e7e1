//! Methods through `Box` and `&mut`
//!
//! `Box<Vec<_>>` and `&mut String` forward method calls; `*b` reads through the box.

fn shout(s: &mut String) {
    s.push('!');
    let upper = s.to_uppercase();
    s.clear();
    s.push_str(&upper);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut b = Box::new(vec![3, 1, 2]);
    b.push(0);
    b.sort();
    let n = Box::new(41);
    let m = *n + 1;
    let mut s = String::from("hey");
    shout(&mut s);
    let r = &mut s;
    r.push('?');
    println!("{b:?} {} {m} {s}", b.len());
}
