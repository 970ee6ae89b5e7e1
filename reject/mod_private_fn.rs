//! Calling a private function of a module
//!
//! Items of a `mod` block are private to it (and its children) unless marked `pub`: `main` may call
//! `geometry::double`, but not the helper it uses. rustc reports E0603, "function `helper` is private".

mod geometry {
    pub fn double(x: i32) -> i32 {
        helper(x) * 2
    }

    fn helper(x: i32) -> i32 {
        x + 1
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{}", geometry::double(4));
    println!("{}", geometry::helper(4));
}
