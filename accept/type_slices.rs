//! Slices: `&v[1..]`, `&s[..3]` and `&Vec` passed as `&[T]`
//!
//! A `&Vec<i32>` coerces to `&[i32]`, a `&String` to `&str`, and range indexing yields slices.

fn sum(xs: &[i32]) -> i32 {
    let mut t = 0;
    for x in xs {
        t += *x;
    }
    t
}

fn initials(s: &str) -> &str {
    &s[..1]
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let v = vec![1, 2, 3, 4];
    let arr = [5, 6];
    let name = String::from("taskscope");
    let tail = &v[1..];
    let mid = &v[1..3];
    println!("{} {} {} {}", sum(&v), sum(tail), sum(mid), sum(&arr));
    println!("{} {} {}", initials(&name), &name[4..], name[..4].len());
    println!("{:?} {:?}", tail.first(), v[..2].to_vec());
}
