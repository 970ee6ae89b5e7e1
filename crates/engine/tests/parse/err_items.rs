use std::sync::Arc
fn ok() {}
let x = 5;
struct S;
fn no_body();
mod file_module;
macro_rules! m { () => {} }
const C = 5;
42
enum E { A B }
