//! Assigning through `[]` on a user type that implements `Index` only
//!
//! `impl Index` lets `board[i]` read. Writing `board[i] = v` calls `index_mut`, which only
//! `impl IndexMut` provides: rustc's E0594, "cannot assign to data in an index of `Board`".

use std::ops::Index;

struct Board {
    cells: Vec<char>,
}

impl Index<usize> for Board {
    type Output = char;
    fn index(&self, i: usize) -> &char {
        &self.cells[i]
    }
}

fn main() {
    let mut board = Board { cells: vec!['.'; 9] };
    println!("{}", board[4]);
    board[4] = 'X';
    println!("{}", board[4]);
}
