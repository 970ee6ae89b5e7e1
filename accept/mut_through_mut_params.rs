//! Mutation through `&mut` parameters
//!
//! The parameters are not `mut` bindings; writing through them (`*n += 1`, `v.push`, `p.age += 1`) only needs the `&mut` type.

struct Person {
    name: String,
    age: u32,
}

fn bump(n: &mut u32) {
    *n += 1;
}

fn fill(v: &mut Vec<i32>, k: i32) {
    for i in 0..k {
        v.push(i);
    }
}

fn birthday(p: &mut Person) {
    p.age += 1;
    p.name.push('!');
    bump(&mut p.age);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut n = 0;
    bump(&mut n);
    let mut v = Vec::new();
    fill(&mut v, 3);
    let mut p = Person { name: String::from("ann"), age: 30 };
    birthday(&mut p);
    println!("{n} {v:?} {} {}", p.name, p.age);
}
