//! Parses, checks (names, types, moves and borrows) and compiles any input,
//! and renders every diagnostic with its explanation (`exercise::check`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../exercise.rs"]
mod exercise;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    exercise::check(src);
});
