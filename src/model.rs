//! The app's state, as plain Rust (no web dependency, tested natively).
//!
//! * [`RunData`]: one run of one source text, with the [`Timeline`] the
//!   panels draw from. It is immutable once built and shared as `Rc`.
//! * [`task_colour`]: the one palette for tasks, so the editor's line
//!   markers and the visualization's lanes agree.

use taskscope_engine::view::Timeline;
use taskscope_engine::{Config, Run};

/// One run of one source text, and the view model folded from its trace.
pub struct RunData {
    /// The source text that was run.
    pub source: String,
    /// Diagnostics, outcome and trace.
    pub run: Run,
    /// The view model over `run.trace`.
    pub timeline: Timeline,
}

impl RunData {
    /// Runs `source` with `config` and folds the trace.
    pub fn new(source: &str, config: &Config) -> RunData {
        let run = taskscope_engine::run(source, config);
        let timeline = Timeline::new(&run.trace);
        RunData { source: source.to_string(), run, timeline }
    }
}

/// Task colours: readable on the light and the dark theme alike, distinct
/// for neighbouring ids. Task 0 (main) is blue.
const PALETTE: [&str; 10] = [
    "#3b82f6", // blue
    "#e8590c", // orange
    "#16a34a", // green
    "#c026d3", // magenta
    "#0891b2", // cyan
    "#ca8a04", // amber
    "#dc2626", // red
    "#7c3aed", // violet
    "#db2777", // pink
    "#65a30d", // lime
];

/// The colour of task `task` (a CSS colour), the same in every panel.
pub fn task_colour(task: u32) -> &'static str {
    PALETTE[task as usize % PALETTE.len()]
}
