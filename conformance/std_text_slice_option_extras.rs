//! `trim_start`, `make_ascii_uppercase`, `splitn`, `rsplit`, `rfind`, `strip_prefix`, closure patterns, `split_at`, `rotate_left`, `swap_remove`, `by_ref`, `Option::and`/`or`/`xor`, `from_str_radix`
//!
//! A batch of std's text, slice, `Option`, `Duration` and iterator methods as everyday code
//! uses them: parsing `key=value` settings and a log line, splitting on any of several
//! characters or on a closure, rotating a ring of workers, removing from a list in O(1),
//! reading a header and the rest of a stream with `by_ref`, combining optional settings, and
//! parsing hexadecimal. `swap_remove` past the end panics in std's own code (it is not
//! `#[track_caller]`); here inside a task, whose `JoinError` says so.

use std::time::Duration;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let line = "  INFO  [worker-3] job=42 took=17ms  ";
    println!("[{}] [{}]", line.trim_start(), line.trim_end());
    let rest = line.trim().strip_prefix("INFO").map(str::trim_start).unwrap_or("");
    println!("{rest:?} {:?} {:?}", "x.rs".strip_suffix(".rs"), "x.rs".strip_prefix("y"));
    let settings = "a=1;b=two=2;c=3";
    for kv in settings.split(';') {
        let parts: Vec<&str> = kv.splitn(2, '=').collect();
        println!("{parts:?}");
    }
    println!("{:?} {:?}", "a/b/c".rsplit('/').collect::<Vec<_>>(), "a/b/c".rfind('/'));
    println!("{:?}", "one, two;three".split([',', ';']).map(str::trim).collect::<Vec<_>>());
    println!("{:?}", "a1b22c".split(|c: char| c.is_ascii_digit()).collect::<Vec<_>>());
    println!("{:?} {:?}", "key: value".find(|c: char| c == ':'), "a-b-c".rfind(|c| c == '-'));
    println!("{:?}", "x1y2".rsplit(char::is_numeric).collect::<Vec<_>>());
    println!("{:?} {}", "abc".as_bytes(), 'é'.len_utf8());
    println!("{} {}", '7'.is_digit(10), 'f'.is_digit(16));
    let (head, tail) = "header:body".split_at(7);
    println!("{head} {tail}");

    let mut ring = vec!["w0", "w1", "w2", "w3"];
    ring.rotate_left(1);
    println!("{ring:?}");
    ring.rotate_right(3);
    println!("{ring:?}");
    let gone = ring.swap_remove(0);
    println!("{gone} {ring:?}");
    ring.extend_from_slice(&["w8", "w9"]);
    println!("{:?} {:?}", ring.as_slice(), ring.split_at(2));
    println!("{:?}", ring.iter().rposition(|w| w.ends_with('9')));

    let mut stream = (1..=8).map(|i| i * 10);
    let header: Vec<i32> = stream.by_ref().take(2).collect();
    let rest: Vec<i32> = stream.collect();
    println!("{header:?} {rest:?}");
    let mut chars = "GET /index".chars();
    let method: String = chars.by_ref().take_while(|c| *c != ' ').collect();
    println!("{method} {}", chars.as_str());

    let cli: Option<u32> = None;
    let env: Option<u32> = Some(8080);
    println!("{:?} {:?} {:?}", cli.or(env), env.and(Some("on")), cli.xor(env));
    println!("{:?} {:?}", (3 > 2).then_some("yes"), (1 > 2).then_some("no"));
    let ok: Result<u8, String> = Ok(1);
    println!("{:?} {:?}", ok.clone().and(Err::<u8, String>("later".into())), Err::<u8, &str>("bad").or(Ok::<u8, &str>(2)));

    println!("{:?} {:?}", i64::from_str_radix("-7f", 16), u8::from_str_radix("ff", 16));
    println!("{:?}", u8::from_str_radix("100", 16).map_err(|e| e.to_string()));
    let d = Duration::from_micros(2_500_123);
    println!("{} {} {}", d.subsec_micros(), d.subsec_nanos(), Duration::ZERO.is_zero());
    println!("{:?} {:?}", d.mul_f64(2.5), d.div_f64(4.0));
    let mut shout = String::from("stop, Wörld");
    shout.make_ascii_uppercase();
    println!("{shout}");

    let t = tokio::spawn(async {
        let mut v = vec![1, 2, 3];
        v.swap_remove(3)
    });
    println!("{}", t.await.unwrap_err().is_panic());
}
