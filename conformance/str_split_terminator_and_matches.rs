//! `split_terminator` and `str::matches`
//!
//! `split_terminator` splits as `split` does, without a last empty piece (lines that each end in
//! `\n`); `matches` yields the pieces a `&str`, a `char` or a `char::is_numeric` pattern matches,
//! so `text.matches("an").count()` counts occurrences.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?}", "A.B.".split_terminator('.').collect::<Vec<_>>());
    println!("{:?}", "A.B..".split_terminator('.').collect::<Vec<_>>());
    println!("{:?}", "".split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", "set a 1\nget a\n".split_terminator("\n").collect::<Vec<_>>());
    println!("{:?}", "x1y22z".split_terminator(char::is_numeric).collect::<Vec<_>>());
    println!("{}", "banana".matches("an").count());
    println!("{:?}", "a1b2c3".matches(char::is_numeric).collect::<Vec<_>>());
    println!("{:?}", "hello world".matches('o').count());
}
