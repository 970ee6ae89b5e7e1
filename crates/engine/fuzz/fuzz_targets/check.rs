//! Parses, checks (names, types, moves and borrows) and compiles any input,
//! and renders every diagnostic with its explanation. Nothing may panic,
//! overflow the stack or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use taskscope_engine::explain;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    for d in taskscope_engine::check(src) {
        assert!(d.span.start <= d.span.end && d.span.end as usize <= src.len(), "span {:?} outside the source", d.span);
        let _ = d.render(src, "main.rs");
        let _ = explain::explain(d.code, &d.message);
    }
});
