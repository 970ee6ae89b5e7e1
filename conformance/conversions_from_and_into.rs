//! `From` and `Into` between std types, and the user's impls for std types
//!
//! `into()` between primitives casts as `From` does (`u8` into `char`, `char` and `bool` into
//! integers, integers into floats, which then print as floats), text into `Vec<u8>` gives
//! its bytes, and the user's `impl From<Celsius> for f64` and `impl From<Id> for String` run
//! for `f64::from`, `String::from` and `into()`. `try_from` converts a `char` (its code point)
//! and a `bool` (0 or 1) into an unsigned integer.
struct Celsius(f64);

impl From<Celsius> for f64 {
    fn from(c: Celsius) -> f64 {
        c.0 * 1.8 + 32.0
    }
}

struct Id(u32);

impl From<Id> for String {
    fn from(i: Id) -> String {
        format!("id-{}", i.0)
    }
}

fn main() {
    let f: f64 = 3u8.into();
    let g: f64 = 2.5f32.into();
    let h: f32 = 7i16.into();
    let x: i64 = 5.into();
    let c: char = b'z'.into();
    let u: u64 = 'é'.into();
    let b: i32 = false.into();
    let bytes: Vec<u8> = String::from("hi").into();
    let bs: Vec<u8> = "yo".into();
    println!("{f:?} {g:?} {h:?} {x:?} {c:?} {u} {b} {bytes:?} {bs:?}");
    let v: Vec<f64> = vec![1u8, 2].into_iter().map(|n| n.into()).collect();
    let w: Vec<u32> = "ab".chars().map(|c| c.into()).collect();
    println!("{v:?} {w:?}");
    let s: String = 'c'.into();
    let t: String = "x".into();
    let r: String = (&s).into();
    println!("{s}{t}{r}");
    let boiling = f64::from(Celsius(100.0));
    let room: f64 = Celsius(21.5).into();
    let a: String = Id(7).into();
    let z = String::from(Id(8));
    println!("{boiling:?} {room} {a} {z}");
    let n = u8::try_from(300i32);
    let code = u32::try_from('a');
    let small = u8::try_from('z');
    let one = u64::try_from(true);
    println!("{n:?} {code:?} {small:?} {one:?} {:?}", usize::try_from('b'));
}
