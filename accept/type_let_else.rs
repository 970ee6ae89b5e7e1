//! `let ... else` that diverges
//!
//! The `else` block must diverge (`return`, `continue`, `panic!`), and the binding is usable after the statement.

fn first_word_len(s: &str) -> usize {
    let Some(w) = s.split_whitespace().next() else {
        return 0;
    };
    w.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let inputs = ["12", "x", "7"];
    let mut total = 0;
    for s in inputs {
        let Ok(n) = s.parse::<i32>() else {
            continue;
        };
        total += n;
    }
    let v = vec![1, 2];
    let [a, b] = v[..] else {
        panic!("expected two");
    };
    println!("{total} {} {} {a} {b}", first_word_len("hello world"), first_word_len(""));
}
