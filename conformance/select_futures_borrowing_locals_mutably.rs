//! `select!` and `join!` over futures of `async fn`s that take `&mut self` or `&mut` arguments
//!
//! The tutorial's shutdown loop: `tokio::select!` between `conn.read_frame()` (an `async fn` on
//! `&mut self`) and a shutdown channel, in a loop. Each branch's future borrows the connection
//! mutably while it lives; when the other branch wins, the future is dropped where it stands,
//! and what it had already written stays written (`"a start"` without its end; `bump`'s first
//! `+= 1` without its `+= 10`). A future kept in a variable and awaited later, `join!` of one,
//! and the same loop inside a `&mut self` method work the same way.

use tokio::sync::mpsc;
use tokio::time::{Duration, sleep};

struct Conn {
    n: u32,
    log: Vec<String>,
}

impl Conn {
    async fn read_frame(&mut self) -> Option<u32> {
        sleep(Duration::from_millis(10)).await;
        self.n += 1;
        if self.n > 5 { None } else { Some(self.n) }
    }

    async fn step(&mut self, tag: &str) -> u32 {
        self.log.push(format!("{tag} start"));
        sleep(Duration::from_millis(10)).await;
        self.n += 1;
        self.log.push(format!("{tag} end"));
        self.n
    }

    async fn run(&mut self) {
        loop {
            tokio::select! {
                v = self.step("run") => if v >= 3 { break },
                _ = sleep(Duration::from_millis(15)) => println!("tick at n={}", self.n),
            }
        }
    }
}

async fn bump(a: &mut u32, b: &mut Vec<u32>) -> usize {
    *a += 1;
    b.push(*a);
    sleep(Duration::from_millis(3)).await;
    *a += 10;
    b.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut shutdown) = mpsc::channel::<()>(1);
    tokio::spawn(async move {
        sleep(Duration::from_millis(35)).await;
        let _ = tx.send(()).await;
    });
    let mut conn = Conn { n: 0, log: vec![] };
    loop {
        tokio::select! {
            frame = conn.read_frame() => match frame {
                Some(v) => println!("frame {v}"),
                None => break,
            },
            _ = shutdown.recv() => {
                println!("shutdown after {} frames", conn.n);
                break;
            }
        }
    }

    let mut c = Conn { n: 0, log: vec![] };
    tokio::select! {
        _ = c.step("a") => println!("a done"),
        _ = sleep(Duration::from_millis(5)) => println!("a timed out"),
    }
    println!("{:?} n={}", c.log, c.n);
    let pending = c.step("b");
    let v = pending.await;
    println!("{v} {:?}", c.log);

    let (mut x, mut ys) = (0u32, vec![]);
    let (len, ()) = tokio::join!(bump(&mut x, &mut ys), sleep(Duration::from_millis(1)));
    println!("{len} {x} {ys:?}");
    tokio::select! {
        _ = bump(&mut x, &mut ys) => println!("bump done"),
        _ = sleep(Duration::from_millis(1)) => println!("bump cancelled"),
    }
    println!("{x} {ys:?}");

    let mut d = Conn { n: 1, log: vec![] };
    d.run().await;
    println!("{} entries, n={}", d.log.len(), d.n);
}
