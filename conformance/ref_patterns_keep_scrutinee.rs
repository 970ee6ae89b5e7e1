//! Patterns that bind nothing by value leave the scrutinee usable
//!
//! `match o { Some(ref s) => .., None => .. }`, `if let Err(ref e) = r`, `if let Some(_) = o` and
//! `if let None = o` borrow or only inspect: `o` and `r` keep their values and are used after.
//! (`None` in a pattern is the variant, not a binding.)

#[derive(Debug)]
enum Phase {
    Idle,
    Busy(String),
}

#[allow(clippy::redundant_pattern_matching)]
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let r: Result<u32, String> = Err("refused".to_string());
    if let Err(ref e) = r {
        println!("error {e} ({} bytes)", e.len());
    }
    println!("still have {r:?}");

    let o = Some(String::from("job"));
    match o {
        Some(ref s) => println!("some {s}"),
        None => println!("none"),
    }
    if let Some(_) = o {
        println!("is some");
    }
    if let None = o {
        println!("unreachable");
    }
    println!("still have {o:?}");

    let phases = vec![Phase::Idle, Phase::Busy("upload".into())];
    let handle = tokio::spawn(async move {
        for p in &phases {
            match *p {
                Phase::Idle => println!("idle"),
                Phase::Busy(ref what) => println!("busy with {what}"),
            }
        }
        phases
    });
    println!("{:?}", handle.await.unwrap());
}
