//! A format width that is not a `usize`
//!
//! `{:>w$}` reads its width from `w`, which must be a `usize`: with `let w: i32 = 4;` rustc
//! reports E0308, "mismatched types", expected `&usize`, found `&i32`, at `w$`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let w: i32 = 4;
    for n in [5, 50, 500] {
        println!("[{:>w$}]", n);
    }
}
