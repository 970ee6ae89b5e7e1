//! Taskscope's web front end: a Yew single-page app built with Trunk.
//!
//! The Yew components (`app`, `editor`, `playback`, `console`, `viz`'s
//! component) exist only on `wasm32`; natively this binary compiles without
//! any web dependency, so `cargo test --workspace` stays fast and still
//! tests the logic they draw from: `model` (runs, playback, what each panel
//! shows), `edit` (what the editor's keys do), `highlight`, `examples`,
//! `viz`'s geometry.

// Natively only the tests use these; the wasm build uses them from `app`.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod deflate;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod edit;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod embed;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod examples;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod highlight;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod link;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod markup;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod model;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod num;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod problems;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod share;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod viz;
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod wire;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod console;
#[cfg(target_arch = "wasm32")]
mod editor;
#[cfg(target_arch = "wasm32")]
mod hooks;
#[cfg(target_arch = "wasm32")]
mod playback;
#[cfg(target_arch = "wasm32")]
mod worker;

#[cfg(target_arch = "wasm32")]
fn main() {
    // The same module runs in the page and in the run worker (`worker.rs`),
    // which has no `window`: there, `worker::taskscope_run` does the work.
    if web_sys::window().is_some() {
        app::start();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("taskscope-app runs in a browser: start it with `scripts/serve`.");
    eprintln!("To run a program from the command line, use `cargo run --release --bin taskscope -- run FILE`.");
    std::process::exit(2);
}
// talc instead of std's dlmalloc: 2.3 KB smaller gzipped. The page is
// single-threaded, which is what `TalckWasm`'s lock assumes.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
