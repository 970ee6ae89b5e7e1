//! Taskscope's web front end: a Yew single-page app built with Trunk.
//!
//! The Yew components (`app`) exist only on `wasm32`; natively this binary
//! compiles without any web dependency, so `cargo test --workspace` stays
//! fast and still tests the view logic in `playground`.

// Natively only the tests use these; the wasm build uses them from `app`.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod examples;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod highlight;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod link;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod model;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod playground;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod sample;

#[cfg(target_arch = "wasm32")]
mod app;

#[cfg(target_arch = "wasm32")]
fn main() {
    app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("taskscope-app runs in a browser: start it with `scripts/serve`.");
    eprintln!("To run a program from the command line, use `cargo run --release --bin taskscope -- run FILE`.");
    std::process::exit(2);
}
