//! `resize`, `fill`, `extend_from_slice` and `vec![x; n]` make clones that drop on their own
//!
//! Each clone a `Vec` method makes is a value of its own: when a `resize` later shrinks the
//! vector, every removed clone runs its `Drop`. `vec![x; n]` clones `n - 1` times and moves `x`
//! itself into the last slot (with `n == 0`, `x` is dropped at once); a hand-written `Clone`
//! runs for every clone `resize`, `fill` and `extend_from_slice` make.

#[derive(Debug, Clone)]
struct D(u32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Debug)]
struct T(u32);

impl Clone for T {
    fn clone(&self) -> Self {
        println!("clone {}", self.0);
        T(self.0 * 10)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = vec![D(1); 3];
    println!("made {}", v.len());
    let e: Vec<D> = vec![D(2); 0];
    println!("empty {}", e.len());
    let mut w = vec![D(5)];
    w.resize(3, D(6));
    println!("resized");
    w.truncate(1);
    println!("truncated");
    let base = vec![T(1), T(2)];
    let mut t: Vec<T> = Vec::new();
    t.extend_from_slice(&base);
    t.resize(4, T(3));
    println!("{t:?}");
    t.fill(T(4));
    println!("{t:?}");
    let owned: Vec<T> = base[..1].to_owned();
    println!("{owned:?} end");
}
