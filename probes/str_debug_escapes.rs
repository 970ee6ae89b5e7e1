//! Strings: `{:?}` escapes quotes, backslashes and control characters
//!
//! Debug of a `&str` and of a `char` quotes them and escapes `"`, `'`, `\`, tab,
//! newline, NUL and other control characters; printable non-ASCII stays as is.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?}", "tab\there");
    println!("{:?}", "quote\" and 'single'");
    println!("{:?}", "back\\slash\nnew line");
    println!("{:?}", "nul\0 bell\u{7} del\u{7f}");
    println!("{:?}", "héllo wörld ✓");
    println!("{:?} {:?} {:?} {:?}", 'a', '\'', '"', '\n');
    println!("{:?}", vec!["a\"b", "c"]);
    println!("{:?}", Some("x\ty"));
}
