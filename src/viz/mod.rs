//! The visualization panels: task lanes, channels, mutexes and the deadlock
//! banner, all drawn from the run's [`Timeline`](taskscope_engine::view::Timeline)
//! at the playhead.
//!
//! The component ([`Visualization`]) exists only on `wasm32`; the geometry
//! and text it draws from live in plain Rust modules that are tested natively.

#[cfg(target_arch = "wasm32")]
mod component;

#[cfg(target_arch = "wasm32")]
pub use component::{Visualization, VizProps};
