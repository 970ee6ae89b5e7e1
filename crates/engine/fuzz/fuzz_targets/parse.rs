//! Lexes and parses any input; prints the tree and renders every
//! diagnostic (`exercise::parse`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../exercise.rs"]
mod exercise;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    exercise::parse(src);
});
