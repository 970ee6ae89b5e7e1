//! A panic's payload is a `&'static str` or a `String`, as rustc builds the message
//!
//! `downcast_ref::<&str>()` and `downcast_ref::<String>()` on a thread's `join()` error and on a
//! task's `JoinError::into_panic()`. rustc inlines a string or integer literal shown with a plain
//! `{}` into the format string, so `panic!("lit args {} {}", 7, "x")` is a `&'static str`; a
//! variable, `{:?}`, a width, a char or `-1` leave an argument, and the message is a `String`.
//! std's own: `Option::unwrap` and overflow are static, `expect`, `Result::unwrap`, an index out
//! of bounds (`let _ = v[i]` still checks it) and `assert_eq!` format a `String`.

use std::any::Any;
use std::thread;

fn describe(p: &(dyn Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("&str: {s}")
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("String: {s}")
    } else {
        "unknown".to_string()
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let n = 3;
    let cases: Vec<Box<dyn Fn() + Send + Sync>> = vec![
        Box::new(|| panic!("plain")),
        Box::new(|| panic!("lit args {} {}", 7, "x")),
        Box::new(move || panic!("runtime {}", n)),
        Box::new(move || panic!("inline {n}")),
        Box::new(|| panic!("debug {:?}", "q")),
        Box::new(|| panic!("char {}", 'c')),
        Box::new(|| panic!("width {:>4}", 1)),
        Box::new(|| panic!("neg {}", -1)),
        Box::new(|| panic!()),
        Box::new(|| {
            let v: Option<u8> = None;
            v.unwrap();
        }),
        Box::new(|| {
            let v: Option<u8> = None;
            v.expect("need it");
        }),
        Box::new(|| {
            let r: Result<u8, String> = Err("bad".into());
            r.unwrap();
        }),
        Box::new(|| {
            let v = vec![1];
            let i = v.len() + 2;
            let _ = v[i];
        }),
        Box::new(|| unreachable!()),
        Box::new(|| todo!("later {}", 5)),
        Box::new(|| assert!(1 + 1 == 3)),
        Box::new(|| assert!(false, "custom {}", "msg")),
        Box::new(|| assert_eq!(1, 2)),
        Box::new(|| {
            let x: u8 = 255;
            let v = vec![1u8];
            let y = x + v[0];
            println!("{y}");
        }),
    ];
    for (i, c) in cases.into_iter().enumerate() {
        let c = std::sync::Arc::new(c);
        let c2 = c.clone();
        let r = thread::spawn(move || c2()).join();
        let t = tokio::spawn(async move { c() }).await;
        let from_task = match t {
            Err(e) if e.is_panic() => describe(&*e.into_panic()),
            _ => "no panic".into(),
        };
        println!("{i}: {} | {}", describe(&*r.unwrap_err()), from_task);
    }
}
