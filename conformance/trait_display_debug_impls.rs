//! Hand-written `Display` and `Debug` impls
//!
//! `impl fmt::Display` writes with `write!`: `{}`, `to_string()` and `format!` use it, and a width in the format string is ignored by an impl that does not pad. A hand-written `Debug` is used by `{:?}`, also inside a `Vec` or a derived `Debug` of another type, and for values received from a channel.

use std::fmt;
use tokio::sync::mpsc;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

struct Id(u32);

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

#[derive(Debug)]
struct Reading {
    id: Id,
    celsius: f64,
}

enum Level {
    Low,
    High(u8),
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Level::Low => write!(f, "low"),
            Level::High(n) => {
                write!(f, "high")?;
                write!(f, "({n})")
            }
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let t = Celsius(21.456);
    println!("[{}] [{:>10}] {}", t, t, t.to_string().len());
    let text = format!("now {t}");
    println!("{text}");
    let ids = vec![Id(1), Id(22)];
    println!("{:?}", ids);
    let r = Reading { id: Id(7), celsius: 3.5 };
    println!("{:?}", r);
    println!("{:#?}", r);
    println!("{} {}", Level::Low, Level::High(3));

    let (tx, mut rx) = mpsc::channel::<Reading>(4);
    tokio::spawn(async move {
        for i in 0..2 {
            tx.send(Reading { id: Id(i), celsius: i as f64 * 1.5 }).await.unwrap();
        }
    });
    while let Some(r) = rx.recv().await {
        println!("got {:?} = {}", r.id, Celsius(r.celsius));
    }
}
