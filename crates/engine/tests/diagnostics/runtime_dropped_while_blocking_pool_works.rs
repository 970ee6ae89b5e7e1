// Tokio's `Runtime` drop waits for the blocking pool's closures; a wait
// inside a drop is not modelled, so the run stops there.
use std::time::Duration;

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let h = rt.block_on(async {
        let h = tokio::task::spawn_blocking(|| {
            std::thread::sleep(Duration::from_millis(100));
            println!("blocking done");
        });
        println!("spawned");
        h
    });
    drop(rt);
    println!("rt dropped");
    let _ = h;
}
