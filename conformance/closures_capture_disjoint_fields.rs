//! Closures and `async move` blocks capture only the fields they use
//!
//! Rust 2021 captures places, not whole variables: `async move { cfg.name }` moves `cfg.name`
//! into the task and leaves `cfg.tags` and `cfg.port` usable; `move || job.id` copies the `Copy`
//! field and leaves `job`, even a value with a `Drop` impl, to drop where its scope ends. A
//! closure that reads `cfg.port` lets its function change `cfg.name` meanwhile, and one that
//! pushes to `cfg.name` lets it read `cfg.port`.

#[derive(Debug)]
struct Config {
    name: String,
    tags: Vec<String>,
    port: u16,
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Msg {
    id: u32,
    payload: Noisy,
}

struct Job {
    id: u32,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("drop job {}", self.id);
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cfg = Config { name: "svc".to_string(), tags: vec!["a".into()], port: 80 };
    let h = tokio::spawn(async move {
        println!("task has {}", cfg.name);
    });
    h.await.unwrap();
    println!("still here: {:?} {}", cfg.tags, cfg.port);

    let m = Msg { id: 1, payload: Noisy("payload 1") };
    let show = move || println!("id {}", m.id);
    show();
    println!("closure made");

    let j = Job { id: 2 };
    let read = move || j.id * 10;
    println!("read {}", read());

    let m2 = Msg { id: 3, payload: Noisy("payload 3") };
    let t = tokio::spawn(async move { m2.id + 1 });
    println!("task gave {}", t.await.unwrap());

    let m3 = Msg { id: 4, payload: Noisy("payload 4") };
    let take = move || {
        let p = &m3.payload;
        println!("take {} {}", m3.id, p.0);
    };
    take();
    drop(take);
    println!("take dropped");

    let mut c = Config { name: "x".to_string(), tags: vec![], port: 1 };
    let next = || c.port + 1;
    c.name.push('!');
    println!("{} {}", next(), c.name);
    let mut bang = || c.name.push('?');
    let p = &c.port;
    bang();
    println!("{} {}", p, c.name);
    println!("end of main");
}
