//! The visualization panels: task lanes, channels, mutexes and the deadlock
//! banner, all drawn from the run's [`Timeline`](taskscope_engine::view::Timeline)
//! at the playhead.
//!
//! The components ([`Visualization`]) exist only on `wasm32`; what they
//! draw is computed by plain Rust modules that are tested natively:
//!
//! * `names`: labels from the program's own source (variable names, what an
//!   `.await` waits for, times);
//! * `geom`: the lanes panel's geometry (rows, scale, windowed layers of
//!   shapes) and per-run histories (channel fill, lock holders);
//! * `cards`: the channel and mutex cards at the playhead;
//! * `deadlock`: the deadlock banner's plain-language story and cycle.

pub mod cards;
pub mod deadlock;
pub mod geom;
pub mod names;

#[cfg(target_arch = "wasm32")]
mod component;

#[cfg(target_arch = "wasm32")]
#[allow(unused_imports)] // VizProps is part of the API even where unnamed.
pub use component::{Visualization, VizProps};

#[cfg(target_arch = "wasm32")]
mod banner_view;
#[cfg(target_arch = "wasm32")]
mod cards_view;
#[cfg(target_arch = "wasm32")]
mod lanes_view;
