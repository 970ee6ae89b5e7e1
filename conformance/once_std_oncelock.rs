//! `std::sync::OnceLock`: set once, `get_or_init` runs its closure at once, the first time only
//!
//! A static `OnceLock` starts `<uninit>`; `get_or_init` stores `"alice"` and a later `set` gets its
//! value back in `Err`. A lazily built table is built on first use, from a task, once. A local
//! cell can be `take`n back to empty. `Debug` prints as std does.

use std::collections::HashMap;
use std::sync::OnceLock;

static NAME: OnceLock<String> = OnceLock::new();
static TABLE: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();

fn table() -> &'static HashMap<&'static str, u32> {
    TABLE.get_or_init(|| {
        println!("building table");
        HashMap::from([("a", 1), ("b", 2)])
    })
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?} {:?}", NAME.get(), NAME);
    let n = NAME.get_or_init(|| "alice".to_string());
    println!("{n} {:?} {:?}", NAME.set("bob".into()), NAME);
    println!("{:?} {:#?}", NAME.get(), NAME);
    let h = tokio::spawn(async { table().get("a").copied() });
    println!("{:?} {:?}", h.await.unwrap(), table().get("b"));
    let mut local: OnceLock<Vec<u8>> = OnceLock::new();
    println!("{:?}", local.set(vec![1]));
    println!("{:?} {:?}", local.set(vec![2]), local.take());
    println!("{:?}", local);
    println!("{:?}", local.into_inner());
}
