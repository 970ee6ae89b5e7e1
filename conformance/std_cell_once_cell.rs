//! `std::cell::OnceCell` in one task: `get_or_init` runs its closure only
//! for an empty cell, `set` on a full one gives the value back, and it
//! prints as `OnceCell(..)`.
use std::cell::OnceCell;
use std::rc::Rc;
use std::time::Duration;

struct Config {
    name: OnceCell<String>,
}

impl Config {
    fn name(&self) -> &str {
        self.name.get_or_init(|| {
            println!("computing the name");
            "taskscope".to_string()
        })
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let cell: OnceCell<u32> = OnceCell::new();
    println!("{:?} {:?}", cell, cell.get());
    println!("{:?}", cell.set(7));
    println!("{:?}", cell.set(8));
    println!("{:?} {}", cell, cell.get_or_init(|| 9));

    let cfg = Rc::new(Config { name: OnceCell::new() });
    let local = tokio::task::LocalSet::new();
    let c2 = cfg.clone();
    local
        .run_until(async move {
            tokio::task::spawn_local(async move {
                tokio::time::sleep(Duration::from_millis(5)).await;
                println!("task sees {}", c2.name());
            })
            .await
            .unwrap();
        })
        .await;
    println!("main sees {}", cfg.name());
    let mut taken: OnceCell<Vec<i32>> = OnceCell::default();
    taken.get_or_init(|| vec![1, 2]);
    println!("{:?} then {:?}", taken.take(), taken);
    let full = OnceCell::new();
    let _ = full.set(String::from("kept"));
    println!("{:?}", full.into_inner());
}
