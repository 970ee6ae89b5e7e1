//! A reference returned from a function, used, then the vector mutated
//!
//! `largest` returns a reference tied to `v` by lifetime elision; its last use comes before `v.push`.

fn largest(v: &[i32]) -> &i32 {
    let mut best = &v[0];
    for x in v {
        if x > best {
            best = x;
        }
    }
    best
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![3, 9, 4];
    let big = largest(&v);
    println!("largest {big}");
    v.push(*largest(&v) + 1);
    println!("{v:?}");
}
