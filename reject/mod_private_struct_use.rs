//! Importing a private struct from a module
//!
//! `use` follows the same privacy as a path: the struct `Secret` is not `pub`, so `use vault::Secret`
//! outside `vault` is refused. rustc reports E0603, "struct `Secret` is private".

mod vault {
    #[derive(Debug)]
    struct Secret(u32);

    pub fn peek() -> u32 {
        Secret(7).0
    }
}

use vault::Secret;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{}", vault::peek());
    println!("{:?}", Secret(1));
}
