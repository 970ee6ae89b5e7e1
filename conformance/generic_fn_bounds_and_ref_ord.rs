//! Closures passed to `F: Fn(&T)` parameters, boxed generic closures, and `Ord` on references
//!
//! A closure passed where `F: Fn(&Event) -> Option<u32>` is expected (inline or in a `where`
//! clause) takes a `&Event`: matching on it binds references (`Some(*amt)`). A generic closure
//! `f: F` can be boxed into a `Box<dyn Fn(i32) -> i32>` and pushed to a `Vec` of them, and a
//! `&mut` of a closure is one too. `x.max(y)` on two `&i32`s is `<&i32 as Ord>::max`: it takes
//! and returns a reference (`*x.max(y)`, `r.min(&5)`, `acc.max(x)` in a `fold` from `&0`).

enum Event {
    Paid(u32, u32),
    Refund(u32),
}

fn apply<F: Fn(&Event) -> Option<u32>>(f: F) -> Vec<Option<u32>> {
    [Event::Paid(1, 250), Event::Refund(7)].iter().map(|e| f(e)).collect()
}

fn apply_where<F>(f: F) -> Option<u32>
where
    F: Fn(&Event) -> Option<u32>,
{
    f(&Event::Refund(3))
}

fn wrap<F: Fn(i32) -> i32 + 'static>(f: F) -> Box<dyn Fn(i32) -> i32> {
    Box::new(f)
}

fn add_to<F: Fn(i32) -> i32 + 'static>(v: &mut Vec<Box<dyn Fn(i32) -> i32>>, f: F) {
    v.push(Box::new(f));
}

fn call_twice<F: FnMut() -> u32>(mut f: F) -> u32 {
    f() + f()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let paid = apply(|e| match e {
        Event::Paid(id, amt) => Some(*amt + *id),
        Event::Refund(_) => None,
    });
    let refund = apply_where(|e| if let Event::Refund(id) = e { Some(*id * 10) } else { None });
    println!("{paid:?} {refund:?}");

    let h = wrap(|v| v + 1);
    let mut fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![h];
    add_to(&mut fs, |v| v * 10);
    let offset = 5;
    add_to(&mut fs, move |v| v - offset);
    println!("{:?}", fs.iter().map(|f| f(4)).collect::<Vec<_>>());
    let mut n = 0;
    let mut bump = || {
        n += 1;
        n
    };
    let first = call_twice(&mut bump);
    let second = call_twice(&mut bump);
    println!("{first} {second} {n}");

    let a = vec![3i32, 9, 4];
    let b = vec![5i32, 1, 4];
    let m: Vec<i32> = a.iter().zip(b.iter()).map(|(x, y)| *x.max(y)).collect();
    let r = &a[1];
    let best = a.iter().fold(&0, |acc, x| acc.max(x));
    println!("{m:?} {} {} {} {best} {}", r.min(&5), r.max(&100), r.clamp(&1, &4), (&'q').max(&'z'));
}
