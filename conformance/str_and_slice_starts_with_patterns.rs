//! `starts_with` / `ends_with` with char patterns, and integer methods through references
//!
//! A string's `starts_with`/`ends_with` take a `char`, a set of chars, a closure or a function
//! like `char::is_uppercase` as well as a `&str`; an empty string starts with no char. A
//! slice's compare its first (last) elements. `x.saturating_add(10)` on a `&u8` (an iterator's
//! item) and `checked_add`/`wrapping_add` through `&i32`/`&mut i64` keep the integer's width.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{} {}", "abc".starts_with('z'), "abc".starts_with('a'));
    println!("{} {}", "abc".ends_with(|c: char| c == 'x'), "abc".ends_with(|c: char| c == 'c'));
    println!("{} {}", "".starts_with('a'), "Hello".starts_with(char::is_uppercase));
    println!("{} {}", "#x".starts_with(['#', '/']), "x/".ends_with(&['#', '/'][..]));
    println!("{} {}", "abc".starts_with("ab"), "abc".ends_with(""));
    let v = vec![1, 2, 3];
    println!("{} {} {}", v.starts_with(&[1, 2]), v.ends_with(&[3]), v.ends_with(&[1, 2, 3, 4]));
    let lines = ["# comment", "set a 1", "", "#x", "get a"];
    let cmds: Vec<&str> = lines.iter().filter(|l| !l.is_empty() && !l.starts_with('#')).copied().collect();
    println!("{cmds:?}");

    let bytes = vec![250u8, 3];
    let s: Vec<u8> = bytes.iter().map(|x| x.saturating_add(10)).collect();
    let w: Vec<u8> = bytes.iter().map(|b| b.wrapping_mul(2)).collect();
    println!("{s:?} {w:?}");
    let y = i32::MAX;
    let ry = &y;
    println!("{:?} {}", ry.checked_add(1), (&-1i32).count_ones());
    let mut x: i64 = 9223372036854775800;
    let r = &mut x;
    println!("{:?} {:?}", r.checked_add(100), r.wrapping_add(100));
    let n = -5i32;
    println!("{:x} {:x}", &n, n);
}
