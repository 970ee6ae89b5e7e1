//! Builder chains and other `&mut` returned by a function
//!
//! A method that takes `&mut self` and returns `self` (`-> &mut Self`) can be chained:
//! `req.header(..).header(..).body(..)` changes `req` itself, and so does a `&mut` kept in a
//! binding (`let r = req.header(..); r.body(..);`). A method returning `&mut self.field`, or a
//! free function returning `&mut v[0]` of its `&mut` argument, hands out a place inside the
//! argument: writes through it (`s.queue().push(..)`, `*first(&mut v) += 1`, passing it on to
//! another `&mut` parameter, `std::mem::take(s.queue())`) change that place, and reads through
//! it see it.

use std::time::Duration;
use tokio::sync::mpsc;

#[derive(Debug, Default, Clone)]
struct Request {
    path: String,
    headers: Vec<(String, String)>,
    body: Option<String>,
    retries: (u32, u32),
}

impl Request {
    fn path(&mut self, p: &str) -> &mut Self {
        self.path = p.to_string();
        self
    }
    fn header(&mut self, k: &str, v: &str) -> &mut Self {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }
    fn body(&mut self, b: &str) -> &mut Self {
        self.body = Some(b.to_string());
        &mut *self
    }
    fn headers(&mut self) -> &mut Vec<(String, String)> {
        &mut self.headers
    }
    fn max_retries(&mut self) -> &mut u32 {
        &mut self.retries.1
    }
}

fn first(v: &mut Vec<u64>) -> &mut u64 {
    &mut v[0]
}

fn bump(x: &mut u64, by: u64) {
    *x += by;
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<Request>(4);
    let server = tokio::spawn(async move {
        while let Some(req) = rx.recv().await {
            println!("server got {} with {} headers, body {:?}", req.path, req.headers.len(), req.body);
        }
    });

    let mut req = Request::default();
    req.path("/jobs").header("accept", "json").header("x-id", "7").body("{}");
    println!("{:?}", req);

    // A `&mut` kept in a binding still writes `req`.
    let r = req.header("x-trace", "on");
    r.body("{\"n\": 1}");
    *r.max_retries() = 3;
    println!("{} headers, retries {:?}", req.headers.len(), req.retries);

    // A returned field: pushed to, read, passed on.
    req.headers().push(("y".to_string(), "z".to_string()));
    req.headers().retain(|(k, _)| k != "accept");
    println!("headers now {:?}", req.headers());
    let n = req.headers().len();
    *req.max_retries() += n as u32;
    println!("retries {}", req.max_retries());
    tx.send(req.clone()).await.unwrap();

    tokio::time::sleep(Duration::from_millis(10)).await;

    let mut counts = vec![10u64, 20, 30];
    *first(&mut counts) += 1;
    let f = first(&mut counts);
    *f *= 2;
    bump(first(&mut counts), 100);
    let head = *first(&mut counts);
    println!("counts {:?}, first {}", counts, head);

    // A copy of the builder through the `&mut` is a new value.
    let mut copy = req.path("/other").clone();
    copy.header("only", "copy");
    println!("{} {} / {} {}", req.path, req.headers.len(), copy.path, copy.headers.len());
    tx.send(copy).await.unwrap();
    drop(tx);
    server.await.unwrap();

    // `std::mem` through a returned `&mut`, and through a `&mut` binding.
    let taken = std::mem::take(req.headers());
    let old_path = std::mem::replace(&mut req.path, "/new".to_string());
    let mut spare = 9;
    std::mem::swap(req.max_retries(), &mut spare);
    let r = &mut req.retries;
    let old_retries = std::mem::replace(r, (1, 1));
    println!("took {} headers, path was {old_path}, retries were {old_retries:?}, spare {spare}", taken.len());
    println!("{:?}", req);
}
