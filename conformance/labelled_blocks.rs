//! Labelled blocks
//!
//! `'name: { .. }` is a block that `break 'name value` leaves early with a value (Rust 1.65); its
//! tail gives the value otherwise. Inside one, a `break` to an outer loop must name the loop's
//! label. Values declared in the block are dropped when it is left, early
//! or not.
use std::time::Duration;

struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn classify(n: i32) -> &'static str {
    'class: {
        if n < 0 {
            break 'class "negative";
        }
        if n % 2 == 0 {
            break 'class "even";
        }
        "odd"
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let found = 'search: {
        for (r, row) in grid.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if *v * 2 == 10 {
                    break 'search Some((r, c));
                }
            }
        }
        None
    };
    println!("{found:?} {} {} {}", classify(-3), classify(4), classify(7));
    let mut log = Vec::new();
    'rows: for i in 0..4 {
        'body: {
            let _g = Guard("in block");
            if i == 1 {
                break 'body;
            }
            if i == 3 {
                break 'rows;
            }
            log.push(i);
        }
        println!("after block {i}");
    }
    println!("{log:?}");
    let h = tokio::spawn(async move {
        let waited = 'wait: {
            for ms in [5u64, 10, 20] {
                tokio::time::sleep(Duration::from_millis(ms)).await;
                if ms >= 10 {
                    break 'wait ms;
                }
            }
            0
        };
        waited * 2
    });
    println!("task gave {}", h.await.unwrap());
}
