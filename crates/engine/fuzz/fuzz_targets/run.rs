//! Runs any input that compiles on the simulated runtime under small
//! budgets, then folds its trace into the views the playground draws
//! (`exercise::run`). Every runaway program must end at a budget.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../exercise.rs"]
mod exercise;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    exercise::run(src);
});
