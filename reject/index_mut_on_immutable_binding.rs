//! Writing through a user `IndexMut` on a binding that is not `mut`
//!
//! `board[4] = 'X'` is `*board.index_mut(4) = 'X'`, which borrows `board` mutably: the binding
//! must be `let mut board`. rustc's E0596 at `board`.

use std::ops::{Index, IndexMut};

struct Board {
    cells: Vec<char>,
}

impl Index<usize> for Board {
    type Output = char;
    fn index(&self, i: usize) -> &char {
        &self.cells[i]
    }
}

impl IndexMut<usize> for Board {
    fn index_mut(&mut self, i: usize) -> &mut char {
        &mut self.cells[i]
    }
}

fn main() {
    let board = Board { cells: vec!['.'; 9] };
    board[4] = 'X';
    println!("{}", board[4]);
}
