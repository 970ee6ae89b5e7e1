//! Labeled `break` and `continue`, and `break` with a value
//!
//! `break 'outer` leaves both loops, `continue 'outer` skips to the next outer iteration, and `loop` yields a value.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let grid = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let mut found = None;
    'outer: for (r, row) in grid.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if *v == 2 {
                continue 'outer;
            }
            if *v == 5 {
                found = Some((r, c));
                break 'outer;
            }
        }
    }
    let mut n = 0;
    let first_square = loop {
        n += 1;
        if n * n > 10 {
            break n * n;
        }
    };
    println!("{found:?} {first_square}");
}
