//! assert_eq! between the types std's PartialEq impls relate
//!
//! `assert_eq!` takes any two types with a `PartialEq` impl between them: a
//! `Vec` and an array or slice reference, a `String` and a `&str`, two
//! references. A failing one panics with both values' `Debug` forms.

fn main() {
    let x = 5;
    let y = &x;
    let v = vec![1, 2];
    assert_eq!(&5, y);
    assert_eq!(*y, 5);
    assert_eq!(y, &5);
    assert_eq!(v.iter().next(), Some(&1));
    assert_eq!(v, [1, 2]);
    assert_eq!(v, &[1, 2]);
    assert_ne!(v, [2, 1]);
    let s = String::from("a");
    assert_eq!(s, "a");
    assert_eq!(&s, "a");
    println!("all equal");
    assert_eq!(v, [1, 2, 3], "lengths differ");
}
