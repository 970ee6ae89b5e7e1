//! Everyday closures, iterator adapters, slices, strings and Ordering
//!
//! Closures returned as `impl Fn`/`impl FnMut` and boxed as `Box<dyn Fn>`, composed generically;
//! match guards on struct variants; `windows`, `chunks`, `take_while`, `skip_while`, `step_by`,
//! `flat_map`, `peekable`/`peek`, `binary_search`, `retain`, `product`; `Option`/`Result`
//! combinators; `split_once`, `char_indices`, `lines`; `Ordering::then`; `f64::MIN` with
//! `f64::max` as a function value. Each prints what std computes.
use std::collections::HashMap;

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn apply_all(fs: &[Box<dyn Fn(i32) -> i32>], x: i32) -> Vec<i32> {
    fs.iter().map(|f| f(x)).collect()
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Tri(f64, f64, f64),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } if *r <= 0.0 => 0.0,
        Shape::Circle { r } => 3.0 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Tri(a, b, c) => {
            let p = (a + b + c) / 2.0;
            (p * (p - a) * (p - b) * (p - c)).sqrt()
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let add5 = make_adder(5);
    let mut next = make_counter();
    println!("{} {} {} {}", add5(1), next(), next(), next());
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x * 2), Box::new(make_adder(10)), Box::new(move |x| add5(x) - 1)];
    println!("{:?}", apply_all(&fs, 3));
    let h = compose(|x: i32| x + 1, |y: i32| format!("<{y}>"));
    println!("{}", h(41));
    let mut total = 0;
    let mut acc = |x: i32| total += x;
    acc(3);
    acc(4);
    println!("{total}");

    let shapes = vec![Shape::Circle { r: 1.0 }, Shape::Rect { w: 2.0, h: 3.5 }, Shape::Tri(3.0, 4.0, 5.0), Shape::Circle { r: -1.0 }];
    for s in &shapes {
        println!("{:?} -> {:.2}", s, area(s));
    }
    let biggest = shapes.iter().map(area).fold(f64::MIN, f64::max);
    println!("{biggest}");

    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        let n = freq.get(w).copied().unwrap_or(0);
        freq.insert(w, n + 1);
    }
    let mut top: Vec<(&str, usize)> = freq.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", &top[..3]);

    let nums = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    println!("{:?}", nums.windows(3).map(|w| w.iter().sum::<i32>()).collect::<Vec<_>>());
    println!("{:?}", nums.chunks(4).map(|c| c.to_vec()).collect::<Vec<_>>());
    println!("{:?}", nums.iter().take_while(|&&x| x < 5).collect::<Vec<_>>());
    println!("{:?}", nums.iter().skip_while(|&&x| x < 5).step_by(2).collect::<Vec<_>>());
    println!("{:?}", nums.iter().flat_map(|&x| vec![x; (x % 3) as usize]).collect::<Vec<_>>());
    let mut it = nums.iter().peekable();
    while let Some(x) = it.next() {
        if let Some(&&n) = it.peek() {
            if n < *x {
                print!("{x}>{n} ");
            }
        }
    }
    println!();
    let mut sorted = nums.clone();
    sorted.sort_unstable();
    sorted.dedup();
    println!("{:?} {:?} {:?}", sorted, sorted.binary_search(&5), sorted.binary_search(&7));
    let mut kept = nums.clone();
    kept.retain(|&x| x % 2 == 1);
    println!("{:?} {}", kept, kept.contains(&9));
    let product: u64 = (1..=10u64).product();
    println!("{product} {}", (1..=4).map(|x| x as f64 * 0.5).sum::<f64>());

    let opt: Option<&str> = Some("42");
    let n: Option<i32> = opt.and_then(|s| s.parse().ok()).filter(|n| n % 2 == 0).map(|n| n * 2);
    let r: Result<i32, String> = opt.ok_or("none".to_string()).and_then(|s| s.parse::<i32>().map_err(|e| e.to_string()));
    println!("{:?} {:?} {} {:?}", n, r, opt.map_or(0, |s| s.len()), Some(3).zip(Some('c')));
    let name: Option<String> = Some("ann".to_string());
    println!("{:?} {}", name.as_deref(), name.as_ref().map(|s| s.len()).unwrap_or_else(|| 0));
    for (i, line) in "a=1\nb = 2\n\nc=x".lines().enumerate() {
        let parsed = line.split_once('=').map(|(k, v)| (k.trim(), v.trim().parse::<i32>()));
        println!("{i}: {:?}", parsed);
    }
    let word = "Strasse";
    println!("{} {} {} {:?}", word.len(), word.chars().count(), word.to_uppercase(), word.char_indices().nth(5));
    let s = String::from("hello world");
    let caps: String = s
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    println!("{caps}");
}
