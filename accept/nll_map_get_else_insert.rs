//! `if let Some(x) = map.get(k)` with an insert in the `else`
//!
//! The shared borrow from `get` lives only in the `then` branch, so the `else` branch may insert into the same map.

use std::collections::HashMap;

fn remember(cache: &mut HashMap<String, u32>, key: &str) -> u32 {
    if let Some(v) = cache.get(key) {
        *v
    } else {
        let v = key.len() as u32;
        cache.insert(key.to_string(), v);
        v
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut cache: HashMap<String, u32> = HashMap::new();
    if let Some(x) = cache.get("a") {
        println!("hit {x}");
    } else {
        cache.insert(String::from("a"), 1);
    }
    println!("{} {} {}", remember(&mut cache, "abc"), remember(&mut cache, "abc"), cache.len());
}
