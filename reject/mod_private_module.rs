//! Reaching into a private nested module
//!
//! `pub fn origin` is public, but the module `inner` that holds it is not: from outside `geometry`
//! the path `geometry::inner::origin` goes through a private module. rustc reports E0603, "module
//! `inner` is private".

mod geometry {
    mod inner {
        pub fn origin() -> (i32, i32) {
            (0, 0)
        }
    }

    pub fn start() -> (i32, i32) {
        inner::origin()
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?}", geometry::start());
    println!("{:?}", geometry::inner::origin());
}
