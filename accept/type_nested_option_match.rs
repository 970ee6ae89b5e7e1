//! Matching nested `Option`s and `Result`s exhaustively
//!
//! `Some(Some(x))`, `Some(None)` and `None` cover `Option<Option<u8>>`; `Ok(Some(_))`, `Ok(None)`, `Err(_)` cover a `Result<Option<_>, _>`.

fn parse(s: &str) -> Result<Option<u32>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<u32>() {
        Ok(n) => Ok(Some(n)),
        Err(e) => Err(e.to_string()),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let items: Vec<Option<Option<u8>>> = vec![Some(Some(3)), Some(None), None];
    for o in items {
        let t = match o {
            Some(Some(x)) => x,
            Some(None) => 1,
            None => 2,
        };
        print!("{t} ");
    }
    println!();
    for s in ["7", "", "x"] {
        match parse(s) {
            Ok(Some(n)) if n > 5 => println!("big {n}"),
            Ok(Some(n)) => println!("{n}"),
            Ok(None) => println!("empty"),
            Err(e) => println!("error: {e}"),
        }
    }
}
