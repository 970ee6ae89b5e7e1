//! `match` arms and `if` branches of different reference types that coerce to one
//!
//! A `&String` arm and a `"literal"` arm give a `&str` (deref coercion, whichever comes first);
//! `&v[..]` and `&[]` give a `&[i32]` (an array reference unsizes to a slice). Where the
//! function's return type says `&str`, each arm coerces to it; where nothing is written, rustc
//! finds the common type. All of this compiles and runs.

#[derive(Debug)]
enum State {
    Idle,
    Busy(String),
}

fn label(st: &State) -> &str {
    match st {
        State::Busy(n) => n,
        State::Idle => "idle",
    }
}

struct Cfg {
    name: String,
    alias: Option<String>,
}

impl Cfg {
    fn display(&self) -> &str {
        if let Some(a) = &self.alias { a } else { &self.name }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let st = State::Busy("worker".into());
    let name = match &st {
        State::Busy(n) => n,
        State::Idle => "idle",
    };
    println!("{name} / {}", label(&State::Idle));
    let v = vec![1, 2];
    let s = if v.len() > 1 { &v[..] } else { &[] };
    let t = if v.is_empty() { &v[1..] } else { &[] };
    println!("{s:?} {t:?}");
    let owned = String::from("owned");
    let pick = if owned.is_empty() { &owned } else { "literal" };
    let first = if owned.len() > 3 { "literal" } else { &owned };
    println!("{pick} {first}");
    let c = Cfg { name: "n".into(), alias: None };
    println!("{} {st:?}", c.display());
}
