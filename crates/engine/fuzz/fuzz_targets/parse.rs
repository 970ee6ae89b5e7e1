//! Lexes and parses any input; prints the tree and renders every
//! diagnostic. Nothing may panic, overflow the stack or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use taskscope_engine::{ast_print, lexer, parser};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let _ = lexer::tokenize(src);
    let (file, diags) = parser::parse(src);
    for d in &diags {
        assert!(d.span.start <= d.span.end && d.span.end as usize <= src.len(), "span {:?} outside the source", d.span);
        let _ = d.render(src, "main.rs");
    }
    let _ = ast_print::print_file(&file);
    let _ = ast_print::print_spans(&file, src);
});
