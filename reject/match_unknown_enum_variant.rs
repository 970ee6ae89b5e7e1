//! Matching a variant the enum does not have
//!
//! `Command` declares `Get` and `Set` only, so the pattern `Command::Delete(key)` names nothing:
//! rustc's E0599, "no variant or associated item named `Delete` found for enum `Command` in the
//! current scope", at `Delete`. Add the variant to the enum, or drop the arm.

enum Command {
    Get(String),
    Set(String, u32),
}

fn describe(c: &Command) -> String {
    match c {
        Command::Get(k) => format!("get {k}"),
        Command::Set(k, v) => format!("set {k}={v}"),
        Command::Delete(k) => format!("delete {k}"),
    }
}

fn main() {
    println!("{}", describe(&Command::Get("a".into())));
    println!("{}", describe(&Command::Set("b".into(), 1)));
}
