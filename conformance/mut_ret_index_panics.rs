//! A function returning `&mut v[0]` panics inside itself on an empty vector
//!
//! `first` indexes its `&mut` argument and returns a `&mut` to the element; on an empty vector
//! the index panics in `first`, at `v[0]`, before the caller can write through the reference.
//! The task that called it panics there and its `JoinHandle` reports the panic; what was
//! written before through other returned references stays.

fn first(v: &mut Vec<u32>) -> &mut u32 {
    &mut v[0]
}

struct Slots {
    free: Vec<u32>,
}

impl Slots {
    fn free(&mut self) -> &mut Vec<u32> {
        &mut self.free
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut ok = vec![5, 6];
    *first(&mut ok) += 1;
    println!("ok {:?}", ok);
    let mut s = Slots { free: vec![1] };
    s.free().push(2);
    println!("free {:?}", s.free);
    let h = tokio::spawn(async move {
        let mut empty: Vec<u32> = Vec::new();
        *first(&mut empty) = 1;
        println!("not reached");
    });
    let res = h.await;
    println!("task panicked: {}", res.unwrap_err().is_panic());
}
