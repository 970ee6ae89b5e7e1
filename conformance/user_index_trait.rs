//! `impl Index` on a user type: `grid[i]` reads through `index`
//!
//! `Grid` implements `Index<(usize, usize)>` and `Board` `Index<usize>`: `grid[(r, c)]`, a method
//! call on `board[1]`, a borrow `&board[0]` and a read inside a task all call the impl's `index`.

use std::ops::Index;

struct Grid {
    cols: usize,
    cells: Vec<u32>,
}

impl Index<(usize, usize)> for Grid {
    type Output = u32;
    fn index(&self, (r, c): (usize, usize)) -> &u32 {
        &self.cells[r * self.cols + c]
    }
}

struct Board {
    rows: Vec<String>,
}

impl Index<usize> for Board {
    type Output = String;
    fn index(&self, i: usize) -> &String {
        &self.rows[i]
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let grid = Grid { cols: 3, cells: (0..6).collect() };
    println!("{} {} {}", grid[(0, 0)], grid[(1, 2)], grid[(0, 2)] + grid[(1, 0)]);
    let board = Board { rows: vec!["x.o".to_string(), "ox.".to_string()] };
    let first = &board[0];
    println!("{first} {} {}", board[1].len(), board[1].to_uppercase());
    let task = tokio::spawn(async move { format!("{}|{}", board[0], board[1]) });
    println!("{}", task.await.unwrap());
}
