//! Panics: the stderr text of each kind of panic in a spawned task
//!
//! Each task panics in a different way: `panic!`, `unwrap` on `None` and on `Err`, `expect`, `assert!`,
//! `assert_eq!`, an index out of bounds, an arithmetic overflow and a division by zero (the programs
//! are built with overflow checks, as in a debug build). Main awaits each one before spawning the next
//! and prints `is_err`; stderr holds the messages in the same order.

fn nothing() -> Option<u64> {
    None
}

fn fail() -> Result<u64, String> {
    Err(String::from("bad input"))
}

fn add(a: u32, b: u32) -> u32 {
    a + b
}

fn div(a: u64, b: u64) -> u64 {
    a / b
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async move {
        panic!("plain message");
    });
    println!("panic!: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        panic!("formatted {} {:?}", 1, "two");
    });
    println!("panic! with args: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        nothing().unwrap();
    });
    println!("unwrap on None: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        fail().unwrap();
    });
    println!("unwrap on Err: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        nothing().expect("the value must be there");
    });
    println!("expect: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        let x = 2;
        assert!(x == 3);
    });
    println!("assert!: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        let x = 2;
        assert!(x == 3, "x was {}", x);
    });
    println!("assert! with message: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        let x = 2;
        assert_eq!(x, 3);
    });
    println!("assert_eq!: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        let x = String::from("a");
        assert_eq!(x, "b", "strings differ");
    });
    println!("assert_eq! with message: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        let v = vec![1, 2, 3];
        let i = v.len() + 2;
        println!("{}", v[i]);
    });
    println!("index out of bounds: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        println!("{}", add(4294967295, 1));
    });
    println!("overflow: is_err = {}", h.await.is_err());

    let h = tokio::spawn(async move {
        println!("{}", div(1, 0));
    });
    println!("division by zero: is_err = {}", h.await.is_err());
}
