//! The Book's `longest`, with its result used after the shorter string's block
//!
//! `fn longest<'a>(x: &'a str, y: &'a str) -> &'a str` returns a reference that may borrow
//! either argument, so `result` borrows `string2` too; `string2` dies at the end of its block
//! while `result` is printed after it. rustc's E0597, "`string2` does not live long enough".

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let string1 = String::from("long string is long");
    let result;
    {
        let string2 = String::from("xyz");
        result = longest(string1.as_str(), string2.as_str());
    }
    println!("The longest string is {result}");
}
