//! References: `&mut` arguments let a function change the caller's values
//!
//! `bump(&mut n)` increments an integer, `add_all(&mut v, ..)` pushes into a Vec, and
//! `swap_ends(&mut v)` swaps two elements in place; the caller sees every change.

fn bump(n: &mut u32) {
    *n += 1;
}

fn add_all(v: &mut Vec<i32>, extra: &[i32]) {
    for x in extra {
        v.push(*x);
    }
}

fn swap_ends(v: &mut Vec<i32>) {
    let last = v.len() - 1;
    v.swap(0, last);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut n = 0;
    bump(&mut n);
    bump(&mut n);
    println!("n = {}", n);
    let mut v = vec![1];
    add_all(&mut v, &[2, 3, 4]);
    println!("v = {:?}", v);
    swap_ends(&mut v);
    println!("v = {:?}", v);
}
