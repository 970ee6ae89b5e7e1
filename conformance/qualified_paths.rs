//! Qualified paths: `<T as Trait>::item` and `<T>::item`
//!
//! A qualified path names an item of a type through a trait (`<Sq as Shape>::SIDES`,
//! `<Sq as Shape>::label()`, `<Sq as Shape>::area(&s)`) or of the type itself (`<Vec<u32>>::new()`,
//! `<u8>::MAX`), for std traits too (`<u64 as Default>::default()`,
//! `<String as From<&str>>::from(..)`). It is a function value (`.map(<Sq as Shape>::area)`), it
//! works on `Self` in impls and in a trait's provided method (`<Self as Shape>::area(self)`), and on
//! a generic `T: Shape` through a value of type `T` (a function without `self` too).
//! `Iterator::Item` written as `<I as Iterator>::Item` in a signature is the iterator's item, and
//! `<Users as Store>::Key` is the type the impl says (`u32`).

use std::time::Duration;

trait Shape {
    const SIDES: u32;

    fn label() -> String;

    fn area(&self) -> u32;

    fn report(&self) -> String {
        format!("{}: area {} over {} sides", <Self as Shape>::label(), <Self as Shape>::area(self), <Self as Shape>::SIDES)
    }
}

#[derive(Debug, Default)]
struct Sq {
    side: u32,
}

impl Shape for Sq {
    const SIDES: u32 = 4;

    fn label() -> String {
        "square".to_string()
    }

    fn area(&self) -> u32 {
        self.side * self.side
    }
}

impl Sq {
    fn doubled(&self) -> u32 {
        <Self as Shape>::area(self) * 2
    }
}

fn measure<T: Shape>(shape: &T) -> String {
    format!("{} {}", <T as Shape>::label(), <T as Shape>::area(shape) + <T as Shape>::SIDES)
}

trait Store {
    type Key;

    fn first_key(&self) -> Self::Key;
}

struct Users;

impl Store for Users {
    type Key = u32;

    fn first_key(&self) -> <Self as Store>::Key {
        41
    }
}

fn first_item<I: Iterator>(mut it: I) -> Option<<I as Iterator>::Item> {
    it.next()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = Sq { side: 3 };
    println!("{} has {} sides", <Sq as Shape>::label(), <Sq as Shape>::SIDES);
    println!("area {}", <Sq as Shape>::area(&s));
    println!("{}", s.report());
    println!("doubled {}", s.doubled());

    let shapes = vec![Sq { side: 1 }, Sq { side: 2 }];
    let areas: Vec<u32> = shapes.iter().map(<Sq as Shape>::area).collect();
    println!("areas {:?}, measured {}", areas, measure(&shapes[1]));

    let handle = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(5)).await;
        <Sq as Shape>::area(&Sq { side: 4 })
    });
    println!("from a task: {}", handle.await.unwrap());

    let zero = <u64 as Default>::default();
    let greeting = <String as From<&str>>::from("hello");
    let mut log = <Vec<u32>>::new();
    log.push(<u8>::MAX as u32);
    let blank = <Sq as Default>::default();
    let empty = <Vec<u8> as Default>::default();
    println!("{zero} {greeting} {:?} {:?} {:?} {}", log, blank, empty, <bool>::default());
    println!("{:?}", first_item(vec![7, 8].into_iter()));

    let key: <Users as Store>::Key = Users.first_key() + 1;
    println!("key {key}");
}
