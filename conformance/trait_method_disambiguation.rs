//! Two traits with a method of the same name
//!
//! A type implementing two traits that both declare `name` has two methods called `name`: a
//! plain `x.name()` would be ambiguous (E0034), so the call names the trait, as
//! `Trait::name(&x)` or `<Type as Trait>::name(&x)`, and each picks its own impl (in a provided
//! method too, shared by every implementing type, where `self.name()` is its own trait's). An
//! inherent method of the same name wins over both for `x.name()` and `Type::name(&x)`, but not
//! in the trait's provided method.

use std::time::Duration;

trait Worker {
    fn name(&self) -> String;
}

trait Service {
    fn name(&self) -> String;

    fn banner(&self) -> String {
        format!("[{}]", Service::name(self))
    }

    fn tag(&self) -> String {
        format!("<{}>", self.name())
    }
}

struct Mailer {
    id: u32,
}

impl Worker for Mailer {
    fn name(&self) -> String {
        format!("worker-{}", self.id)
    }
}

impl Service for Mailer {
    fn name(&self) -> String {
        format!("mail-service-{}", self.id)
    }
}

struct Cache;

impl Worker for Cache {
    fn name(&self) -> String {
        "cache-worker".to_string()
    }
}

impl Service for Cache {
    fn name(&self) -> String {
        "cache-service".to_string()
    }
}

impl Cache {
    fn name(&self) -> String {
        "cache".to_string()
    }
}

trait Measured {
    fn size(&self) -> u32;

    fn next_size(&self) -> u32 {
        self.size() + 1
    }
}

struct Crate;

impl Crate {
    fn size(&self) -> String {
        "crate-sized".to_string()
    }
}

impl Measured for Crate {
    fn size(&self) -> u32 {
        4
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Mailer { id: 7 };
    println!("{}", Worker::name(&m));
    println!("{}", Service::name(&m));
    println!("{}", <Mailer as Worker>::name(&m));
    println!("{}", <Mailer as Service>::name(&m));
    println!("{} {}", m.banner(), m.tag());

    let task = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(3)).await;
        format!("{} / {}", <Mailer as Worker>::name(&m), Service::name(&m))
    });
    println!("task: {}", task.await.unwrap());

    let c = Cache;
    println!("{} {} {}", c.name(), Cache::name(&c), <Cache as Worker>::name(&c));
    println!("{} {} {}", <Cache as Service>::name(&c), c.banner(), c.tag());

    // The inherent `size` returns a `String`, the trait's a `u32`.
    let own: String = Crate.size();
    let measured: u32 = <Crate as Measured>::size(&Crate) + Measured::size(&Crate);
    println!("{own} {measured} {}", Crate.next_size());
}
