//! A pool's guard with a hand-written `Deref`
//!
//! `Pool::get` waits for a permit and hands out a `PooledConn`, which derefs to the `Conn`
//! inside it: `conn.id`, `conn.describe()` and `&conn` passed where a `&Conn` is expected all
//! reach the connection, and `*conn` is the connection itself. Dropping the guard gives the
//! connection back to the pool, so the next waiter gets it.

use std::collections::VecDeque;
use std::ops::Deref;
use std::sync::{Arc, Mutex};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{Duration, Instant, sleep};

#[derive(Debug)]
struct Conn {
    id: usize,
    host: String,
}

impl Conn {
    fn describe(&self) -> String {
        format!("conn{}@{}", self.id, self.host)
    }
}

struct Pool {
    idle: Mutex<VecDeque<Conn>>,
    permits: Arc<Semaphore>,
}

struct PooledConn {
    conn: Option<Conn>,
    pool: Arc<Pool>,
    _permit: OwnedSemaphorePermit,
}

impl Deref for PooledConn {
    type Target = Conn;

    fn deref(&self) -> &Conn {
        self.conn.as_ref().expect("taken only in drop")
    }
}

impl Drop for PooledConn {
    fn drop(&mut self) {
        if let Some(c) = self.conn.take() {
            println!("    {} back to the pool", c.describe());
            self.pool.idle.lock().unwrap().push_back(c);
        }
    }
}

async fn get(pool: &Arc<Pool>) -> PooledConn {
    let permit = pool.permits.clone().acquire_owned().await.unwrap();
    let conn = pool.idle.lock().unwrap().pop_front().expect("a permit means an idle conn");
    PooledConn { conn: Some(conn), pool: pool.clone(), _permit: permit }
}

fn log_line(c: &Conn, what: &str) -> String {
    format!("{} ({} chars of host) {what}", c.describe(), c.host.len())
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let idle = (0..2).map(|id| Conn { id, host: format!("db{id}.local") }).collect();
    let pool = Arc::new(Pool { idle: Mutex::new(idle), permits: Arc::new(Semaphore::new(2)) });
    let mut tasks = Vec::new();
    for w in 0..4u64 {
        let pool = pool.clone();
        tasks.push(tokio::spawn(async move {
            let conn = get(&pool).await;
            println!("[{:>2}ms] worker{w} got conn{} ({})", start.elapsed().as_millis(), conn.id, conn.describe());
            sleep(Duration::from_millis(10 * (w + 1))).await;
            println!("[{:>2}ms] worker{w}: {}", start.elapsed().as_millis(), log_line(&conn, "done"));
            let plain: &Conn = &conn;
            format!("{plain:?} / {:?}", *conn)
        }));
    }
    for t in tasks {
        println!("{}", t.await.unwrap());
    }
    println!("idle: {:?}", pool.idle.lock().unwrap().iter().map(|c| c.id).collect::<Vec<_>>());
}
