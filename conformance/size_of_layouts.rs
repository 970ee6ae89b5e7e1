//! `size_of` and `align_of`
//!
//! `size_of::<T>()` (in the prelude since Rust 1.80) is a constant of T's layout on a 64-bit
//! target: pointers are 8 bytes and `&str` 16, `String` and `Vec` 24, `Option` of a pointer
//! uses its niche and stays 8, and a struct's fields are reordered by alignment, so only the end is
//! padded (`Packet` is 16 bytes, not 24). A fieldless enum of 4 variants is one byte.
use std::mem::{align_of, size_of};
use std::rc::Rc;
use std::sync::Arc;
#[allow(dead_code)]
struct Packet {
    id: u8,
    len: u32,
    flag: bool,
    payload: u64,
}
#[allow(dead_code)]
struct Pair(u16, u8);
#[allow(dead_code)]
struct Empty;
#[allow(dead_code)]
enum Dir {
    N,
    E,
    S,
    W,
}
#[allow(dead_code)]
struct Named {
    name: String,
    tags: Vec<&'static str>,
    parent: Option<Box<Named>>,
}
fn main() {
    println!("{} {} {} {} {}", size_of::<u8>(), size_of::<i128>(), align_of::<i128>(), size_of::<usize>(), size_of::<char>());
    println!("{} {} {} {}", size_of::<&str>(), size_of::<&u8>(), size_of::<String>(), size_of::<Vec<u64>>());
    println!("{} {} {} {}", size_of::<Box<u32>>(), size_of::<Rc<String>>(), size_of::<Arc<i32>>(), size_of::<Option<Box<u8>>>());
    println!("{} {} {} {}", size_of::<Option<u32>>(), size_of::<Option<u8>>(), size_of::<Option<bool>>(), size_of::<Option<f64>>());
    println!("{} {} {} {}", size_of::<(u8, u32)>(), size_of::<[u16; 5]>(), size_of::<[(u8, u16); 3]>(), align_of::<(u8, u64)>());
    println!("{} {} {} {} {}", size_of::<Packet>(), size_of::<Pair>(), size_of::<Empty>(), size_of::<Dir>(), size_of::<Named>());
    println!("{} {} {}", std::mem::size_of::<()>(), core::mem::size_of::<bool>(), size_of::<&[i32]>());
}
