//! `format!` with named, positional and inline arguments
//!
//! Inline `{name}`, explicit `name = expr`, positional `{0}`, width and precision, `{:?}`, `{:#?}` and escaped braces.

#[derive(Debug)]
struct Cfg {
    name: String,
    ports: Vec<u16>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let name = "srv";
    let n = 3;
    let pi = 3.14159;
    let s = format!("{name} {n} {0}-{0} {1} {who}", n + 1, "pos", who = "named");
    let padded = format!("[{:>5}] [{:<4}] [{:^6}] [{:05}] [{:.2}] [{pi:.1}] {{x}}", n, "ab", "mid", 42, pi);
    let cfg = Cfg { name: String::from("c"), ports: vec![80, 443] };
    println!("{s}");
    println!("{padded}");
    println!("{:?}", cfg);
    println!("{cfg:#?}");
    println!("{:?} {:?}", Some("x"), (1, 'c'));
    eprintln!("{}", cfg.name);
}
