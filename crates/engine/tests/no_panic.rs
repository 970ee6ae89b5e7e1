//! Robustness: the parser returns — quickly, without panicking or
//! overflowing the stack — on any input.
//!
//! A deterministic property test (a small xorshift PRNG, no external crate):
//! every fixture of `tests/parse/` plus a few built-in programs get thousands
//! of random mutations (deleted, duplicated and swapped byte ranges, inserted
//! tokens such as `{ } ( ) < > :: .await ' " r#" /* async move |`). Each
//! mutant is parsed (which must take under 100 ms), printed, and run through
//! `taskscope_engine::run` with small budgets. Hostile shapes (100 000 open
//! delimiters, very long chains, a 5 MB file) are checked separately, on a
//! 1 MiB stack like wasm's.

use std::time::{Duration, Instant};

use taskscope_engine::parser::parse;
use taskscope_engine::{Config, ast_print};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "<",
    ">",
    ">>",
    "::",
    ".",
    ".await",
    "'",
    "\"",
    "r#\"",
    "\"#",
    "/*",
    "*/",
    "//",
    "async",
    "move",
    "|",
    "||",
    ";",
    ",",
    "=>",
    "->",
    "..",
    "..=",
    "#",
    "#!",
    "!",
    "?",
    "&&",
    "&",
    "*",
    "-",
    "+=",
    "=",
    "==",
    "as",
    "let",
    "fn",
    "match",
    "if",
    "else",
    "loop",
    "while",
    "for",
    "in",
    "break",
    "return",
    "struct",
    "enum",
    "impl",
    "dyn",
    "mut",
    "ref",
    "'a",
    "'a'",
    "0.1",
    ".0",
    "1e",
    "0x",
    "5u64",
    "b'",
    "r#",
    "\\",
    "\n",
    "$",
    "@",
    "_",
    "\u{0}",
    "é",
    "🦀",
    "tokio::select!",
    "vec![",
    "matches!(",
    "println!(",
    "Some(",
    "Point {",
    "x: 1",
    "|x|",
    "async move {",
    "::<",
];

const PROGRAMS: &[&str] = &[
    r#"use tokio::sync::{mpsc, oneshot};
use tokio::time::{sleep, Duration};

#[derive(Debug)]
enum Msg { Add(u64), Get { reply: oneshot::Sender<u64> }, Stop }

async fn counter(mut rx: mpsc::Receiver<Msg>) {
    let mut total = 0u64;
    while let Some(msg) = rx.recv().await {
        match msg {
            Msg::Add(n) => total += n,
            Msg::Get { reply } => { let _ = reply.send(total); }
            Msg::Stop => break,
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, rx) = mpsc::channel::<Msg>(8);
    let h = tokio::spawn(counter(rx));
    for i in 1..=3 {
        tx.send(Msg::Add(i)).await.unwrap();
        sleep(Duration::from_millis(10)).await;
    }
    let (rtx, rrx) = oneshot::channel();
    tx.send(Msg::Get { reply: rtx }).await.unwrap();
    println!("total = {}", rrx.await.unwrap());
    tx.send(Msg::Stop).await.unwrap();
    h.await.unwrap();
}
"#,
    r#"use std::sync::Arc;
use tokio::sync::Mutex;

struct Account { id: u32, balance: i64 }

impl Account {
    fn new(id: u32) -> Self { Account { id, balance: 0 } }
    fn deposit(&mut self, amount: i64) -> Result<i64, String> {
        if amount <= 0 { return Err(format!("bad amount {}", amount)); }
        self.balance += amount;
        Ok(self.balance)
    }
}

#[tokio::main]
async fn main() {
    let acct = Arc::new(Mutex::new(Account::new(7)));
    let mut handles = vec![];
    for k in 0..4 {
        let acct = Arc::clone(&acct);
        handles.push(tokio::spawn(async move {
            let mut a = acct.lock().await;
            match a.deposit(k * 10) {
                Ok(b) if b > 20 => println!("rich: {b}"),
                Ok(_) => {}
                Err(e) => eprintln!("{e}"),
            }
        }));
    }
    for h in handles { h.await.unwrap(); }
    let a = acct.lock().await;
    assert_eq!(a.balance, 60, "balance of {}", a.id);
}
"#,
    r#"fn classify(v: &[i32]) -> &'static str {
    match v {
        [] => "empty",
        [x] if *x < 0 => "one negative",
        [first, .., last] if first == last => "same ends",
        [_, rest @ ..] => if rest.len() > 2 { "long" } else { "short" },
    }
}

async fn pipeline() -> Result<u32, Box<dyn std::error::Error>> {
    let nums: Vec<u32> = "1 2 3".split(' ').map(|s| s.parse::<u32>()).collect::<Result<_, _>>()?;
    let total = nums.iter().fold(0, |acc, &n| acc + n * 2);
    let t = ((1, 2), 3);
    let label = 'outer: loop {
        for i in 0..10 { if i == t.0.1 { break 'outer i; } }
    };
    let Some(first) = nums.first() else { return Ok(0) };
    Ok(total + label as u32 + *first)
}

fn main() {
    let x = -1i64 as u64 >> 2;
    let r = &mut [0u8; 4][..];
    let c = |a: i32, b: i32| -> i32 { a.pow(2) + b };
    println!("{} {:?} {}", classify(&[1, 2, 1]), r, c(x as i32, 2));
    tokio::select! { _ = async {} => {}, }
}
"#,
];

fn fixtures() -> Vec<String> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("parse");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/parse exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    names.sort();
    let mut out: Vec<String> = names.iter().map(|p| std::fs::read_to_string(p).expect("readable fixture")).collect();
    out.extend(PROGRAMS.iter().map(|s| s.to_string()));
    out
}

fn mutate(rng: &mut XorShift, src: &str) -> String {
    let mut b = src.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = b.len();
        match rng.below(7) {
            0 if len > 0 => {
                let at = rng.below(len);
                let n = 1 + rng.below(20.min(len - at));
                b.drain(at..at + n);
            }
            1 if len > 0 => {
                let at = rng.below(len);
                let n = 1 + rng.below(40.min(len - at));
                let piece: Vec<u8> = b[at..at + n].to_vec();
                let to = rng.below(len + 1);
                b.splice(to..to, piece);
            }
            2 if len > 2 => {
                let a = rng.below(len / 2);
                let c = len / 2 + rng.below(len - len / 2);
                let n = 1 + rng.below(10.min(c - a).min(len - c));
                for k in 0..n {
                    b.swap(a + k, c + k);
                }
            }
            3 | 4 => {
                let tok = TOKENS[rng.below(TOKENS.len())].as_bytes();
                let to = rng.below(len + 1);
                b.splice(to..to, tok.iter().copied());
            }
            5 if len > 0 => {
                let at = rng.below(len);
                b[at] = (rng.next() & 0x7f) as u8;
            }
            _ => {
                let at = rng.below(len + 1);
                b.truncate(at);
            }
        }
    }
    // Byte edits can split a UTF-8 sequence; the lossy conversion turns
    // those into U+FFFD, which is itself a good test input.
    String::from_utf8_lossy(&b).into_owned()
}

/// Budgets small enough that a mutant which happens to compile into an
/// endless loop ends fast in a debug build.
fn small_config() -> Config {
    Config { max_steps: 20_000, max_events: 20_000, ..Config::default() }
}

/// The machine running the tests may be busy: a slow parse is timed again
/// (best of three) before it counts as slow.
fn retime_if_slow(first: Duration, src: &str) -> Duration {
    let mut best = first;
    for _ in 0..2 {
        if best < Duration::from_millis(100) {
            break;
        }
        let t = Instant::now();
        let _ = parse(src);
        best = best.min(t.elapsed());
    }
    best
}

#[test]
fn random_mutations_never_panic_and_stay_fast() {
    let sources = fixtures();
    assert!(sources.len() >= 40, "fixtures missing: {}", sources.len());
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let config = small_config();
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    let mut parsed_clean = 0;
    let mut mutants = 0;
    for round in 0..60 {
        for (i, src) in sources.iter().enumerate() {
            let mutant = mutate(&mut rng, src);
            let t = Instant::now();
            let (file, diags) = parse(&mutant);
            let took = retime_if_slow(t.elapsed(), &mutant);
            slowest = slowest.max(took);
            assert!(took < Duration::from_millis(100), "parse took {took:?} (round {round}, source {i}):\n{mutant}");
            for d in &diags {
                assert!(d.span.start <= d.span.end && d.span.end as usize <= mutant.len(), "bad span {:?}", d.span);
                let _ = d.render(&mutant, "main.rs");
            }
            if diags.is_empty() {
                parsed_clean += 1;
            }
            let _ = ast_print::print_file(&file);
            let _ = ast_print::print_spans(&file, &mutant);
            let _ = taskscope_engine::run(&mutant, &config);
            mutants += 1;
        }
    }
    assert!(mutants >= 2500, "{mutants} mutants");
    // Most mutants break the program; some must survive, or the mutations
    // are too blunt to reach deep into the parser.
    assert!(parsed_clean > mutants / 50, "only {parsed_clean} of {mutants} mutants parsed cleanly");
    eprintln!("{mutants} mutants in {:?}, slowest parse {slowest:?}, {parsed_clean} clean", started.elapsed());
}

#[test]
fn random_token_soup_never_panics() {
    let mut rng = XorShift(0xDEAD_BEEF_CAFE_F00D);
    for _ in 0..400 {
        let mut s = String::new();
        for _ in 0..rng.below(300) {
            s.push_str(TOKENS[rng.below(TOKENS.len())]);
            if rng.below(3) == 0 {
                s.push(' ');
            }
        }
        let t = Instant::now();
        let _ = parse(&s);
        let took = retime_if_slow(t.elapsed(), &s);
        assert!(took < Duration::from_millis(100), "slow on {s:?}");
    }
}

/// Runs `f` on a thread with a 1 MiB stack (wasm's default), so a stack
/// overflow would abort the test.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(1 << 20).spawn(f).expect("spawn").join().expect("no panic")
}

#[test]
fn hostile_nesting_is_reported_not_overflowed() {
    let n = 100_000;
    let deep = "nesting too deep";
    let cases: Vec<(&str, String, &str)> = vec![
        ("parens", "(".repeat(n), "this file contains an unclosed delimiter"),
        ("braces", "{".repeat(n), "this file contains an unclosed delimiter"),
        ("unclosed in fn", format!("fn main() {{ {}", "{(".repeat(n)), "this file contains an unclosed delimiter"),
        ("parens in fn", format!("fn main() {{ let x = {}1{}; }}", "(".repeat(n), ")".repeat(n)), deep),
        ("blocks in fn", format!("fn main() {{ {}{} }}", "{".repeat(n), "}".repeat(n)), deep),
        ("brackets", format!("fn main() {{ {}1{}; }}", "[".repeat(n), "]".repeat(n)), deep),
        ("unary", format!("fn main() {{ let x = {}1; }}", "-!*&".repeat(n / 4)), deep),
        ("closures", format!("fn main() {{ let f = {}0; }}", "|x| ".repeat(n)), deep),
        ("ifs", format!("fn main() {{ {}{} }}", "if a { ".repeat(n), "}".repeat(n)), deep),
        ("matches", format!("fn main() {{ {}0{} }}", "match x { _ => ".repeat(n / 10), "}".repeat(n / 10)), deep),
        ("calls", format!("fn main() {{ {}0{}; }}", "f(".repeat(n), ")".repeat(n)), deep),
        ("assignments", format!("fn main() {{ {}0; }}", "a = ".repeat(n)), deep),
        ("returns", format!("fn main() {{ {}0; }}", "return ".repeat(n)), deep),
        ("types", format!("fn main() {{ let x: {}u8{} = 1; }}", "Vec<".repeat(n), ">".repeat(n)), deep),
        ("refs", format!("fn f(x: {}u8) {{}}", "&".repeat(n)), deep),
        ("patterns", format!("fn main() {{ let {}x{} = 1; }}", "Some(".repeat(n), ")".repeat(n)), deep),
        ("modules", format!("{}{}", "mod a { ".repeat(n), "}".repeat(n)), deep),
        ("use trees", format!("use {}a{};", "a::{".repeat(n), "}".repeat(n)), deep),
        ("method chain", format!("fn main() {{ x{}; }}", ".f()".repeat(n)), deep),
        ("field chain", format!("fn main() {{ x{}; }}", ".f".repeat(n)), deep),
        ("try chain", format!("fn main() {{ x{}; }}", "?".repeat(n)), deep),
        ("await chain", format!("fn main() {{ x{}; }}", ".await".repeat(n)), deep),
        ("binary chain", format!("fn main() {{ x{}; }}", " + 1".repeat(n)), deep),
        ("cast chain", format!("fn main() {{ x{}; }}", " as u8".repeat(n)), deep),
        ("else-if chain", format!("fn main() {{ if a {{}}{} }}", " else if a {}".repeat(n / 10)), deep),
        ("generic args", format!("fn main() {{ f::<{}u8{}>(); }}", "Vec<".repeat(n), ">".repeat(n)), deep),
        ("block comment", format!("fn main() {{}} {}", "/*".repeat(n)), "unterminated block comment"),
        ("strings", "\"".repeat(n), "expected item, found `\"\"`"),
        ("lifetimes", "'a ".repeat(n), "expected item, found `'a`"),
    ];
    for (name, src, want) in cases {
        let (took, diags) = on_small_stack(move || {
            let t = Instant::now();
            let (file, diags) = parse(&src);
            // Printing and dropping the (bounded) tree must be safe too.
            let _ = ast_print::print_file(&file);
            drop(file);
            (t.elapsed(), diags)
        });
        assert!(diags.iter().any(|d| d.message == want), "{name}: expected `{want}`, got {diags:?}");
        assert!(took < Duration::from_secs(2), "{name}: took {took:?}");
    }
}

#[test]
fn nesting_limit_message() {
    let src = format!("fn main() {{ let x = {}1{}; }}", "(".repeat(300), ")".repeat(300));
    let diags = on_small_stack(move || parse(&src).1);
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0].message, "nesting too deep");
    // Moderate nesting is fine.
    let src = format!("fn main() {{ let x = {}1{}; }}", "(".repeat(40), ")".repeat(40));
    let diags = on_small_stack(move || parse(&src).1);
    assert!(diags.is_empty(), "{diags:?}");
}

#[test]
fn huge_inputs_return_quickly() {
    // Over the size limit: refused at once.
    let big = "fn main() { let x = 1; }\n".repeat(5_000_000 / 25);
    assert!(big.len() >= 5_000_000);
    let t = Instant::now();
    let (_, diags) = parse(&big);
    assert!(t.elapsed() < Duration::from_millis(500));
    assert_eq!(diags.len(), 1);
    assert!(diags[0].message.starts_with("source file too large"));
    // Just under the limit: parsed in linear time.
    let unit = PROGRAMS[0];
    let near = unit.repeat(taskscope_engine::parser::MAX_SOURCE_LEN / unit.len());
    let t = Instant::now();
    let (file, diags) = parse(&near);
    let took = t.elapsed();
    assert!(diags.is_empty());
    assert!(file.items.len() > 1000);
    // A parser that is not linear takes minutes here; the bound only has to
    // tell that apart, in a debug build on a loaded machine (3 s failed
    // while other builds ran).
    assert!(took < Duration::from_secs(20), "{} bytes took {took:?}", near.len());
    // Garbage just under the limit.
    let garbage: String = (0..taskscope_engine::parser::MAX_SOURCE_LEN / 2).map(|i| ['¥', '(', '"', '`'][i % 4]).collect();
    let t = Instant::now();
    let (_, diags) = on_small_stack(move || parse(&garbage));
    assert!(!diags.is_empty());
    assert!(t.elapsed() < Duration::from_secs(20));
}

#[test]
fn every_fixture_runs_without_panicking() {
    let config = small_config();
    for src in fixtures() {
        let _ = taskscope_engine::run(&src, &config);
        let _ = taskscope_engine::check(&src);
    }
}

/// Recursion through closures that natives call (an iterator adapter's
/// closure calling the function again, a `Display` impl formatting
/// itself) runs the interpreter again on the native stack each time: it
/// must stop at a budget on wasm's 1 MiB stack, never overflow it.
#[test]
fn recursion_through_natives_stops_at_a_budget() {
    let programs = [
        "fn rec(n: u64) -> u64 { if n == 0 { 0 } else { (0..1).map(|_| rec(n - 1)).sum::<u64>() + 1 } }\n\
         #[tokio::main(flavor = \"current_thread\")]\nasync fn main() { println!(\"{}\", rec(100000)); }\n",
        "use std::fmt;\nstruct Deep(u32);\n\
         impl fmt::Display for Deep { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, \"{}\", Deep(self.0 + 1)) } }\n\
         #[tokio::main(flavor = \"current_thread\")]\nasync fn main() { println!(\"{}\", Deep(0)); }\n",
        "fn rec(n: u64) -> Option<u64> { Some(n).and_then(|k| if k == 0 { Some(0) } else { rec(k - 1) }) }\n\
         #[tokio::main(flavor = \"current_thread\")]\nasync fn main() { println!(\"{:?}\", rec(100000)); }\n",
    ];
    for src in programs {
        let run = on_small_stack(move || taskscope_engine::run(src, &taskscope_engine::Config::default()));
        assert!(
            matches!(run.outcome, taskscope_engine::Outcome::BudgetExceeded { .. }),
            "{src}: {:?} {:?}",
            run.outcome,
            run.diagnostics.iter().map(|d| d.message.clone()).collect::<Vec<_>>()
        );
    }
}
