//! Formatting of values, byte for byte as Rust's `Display` and `Debug` (work in progress).
