//! `impl u64 { .. }`: methods added to a primitive type
//!
//! Only the crate that defines a type may give it inherent methods, and primitives belong to the
//! language. rustc reports E0390 and suggests an extension trait (`trait Kib { fn kib(&self) ..
//! }` with `impl Kib for u64`).

impl u64 {
    fn kib(&self) -> u64 {
        self / 1024
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let size: u64 = 4096;
    println!("{}", size.kib());
}
