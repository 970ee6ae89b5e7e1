//! Associated constants of a user type
//!
//! `const` items in an `impl` block are the type's: `Pool::MAX_CONNECTIONS` from outside,
//! `Self::MAX_CONNECTIONS` inside its methods, one defined from another. Here they size a
//! `Semaphore`, as a connection pool's limit often is.

use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

struct Pool {
    permits: Arc<Semaphore>,
}

impl Pool {
    const MAX_CONNECTIONS: usize = 2;
    const HOLD_MS: u64 = 10 * Self::MAX_CONNECTIONS as u64;

    fn new() -> Self {
        Pool { permits: Arc::new(Semaphore::new(Self::MAX_CONNECTIONS)) }
    }

    fn free(&self) -> usize {
        self.permits.available_permits()
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = tokio::time::Instant::now();
    let pool = Pool::new();
    println!("limit {}, hold {} ms, free {}", Pool::MAX_CONNECTIONS, Pool::HOLD_MS, pool.free());
    let mut tasks = Vec::new();
    for id in 0..3 {
        let permits = pool.permits.clone();
        tasks.push(tokio::spawn(async move {
            let _permit = permits.acquire().await.unwrap();
            println!("conn {id} opened at {:?}", start.elapsed());
            tokio::time::sleep(Duration::from_millis(Pool::HOLD_MS)).await;
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    println!("free {}", pool.free());
}
