//! A move inside a loop followed by `break` or `return`
//!
//! `job` is moved only on iterations that leave the loop right away, so no later iteration sees it moved.

fn consume(s: String) -> usize {
    s.len()
}

fn find(words: Vec<String>, target: &str) -> Option<String> {
    for w in words {
        if w == target {
            return Some(w);
        }
    }
    None
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let job = String::from("job");
    let mut n = 0;
    loop {
        n += 1;
        if n == 3 {
            println!("consumed {}", consume(job));
            break;
        }
    }
    let found = find(vec![String::from("a"), String::from("b")], "b");
    println!("{n} {found:?}");
}
