//! Assigning through `v[i]` and swapping elements
//!
//! Index assignment uses `IndexMut`, which needs `v` to be `mut`; the index is computed from `v` first.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut v = vec![1, 2, 3];
    v[0] = 5;
    v[1] += 2;
    let last = v.len() - 1;
    v[last] *= 3;
    v.swap(0, 2);
    let mut grid = vec![vec![0; 2]; 2];
    grid[1][0] = 7;
    let i = grid.len() - 1;
    grid[i][1] = grid[1][0] + 1;
    println!("{v:?} {grid:?}");
}
