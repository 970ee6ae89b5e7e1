//! Writing through a user `IndexMut`, and a `&mut` to an element at a computed index
//!
//! `grid[(r, c)] = v` and `counts[i] += 1` on a user type call its `index_mut`, whose
//! `&mut self.cells[r][c]` names an element: the write lands there. A function returning
//! `&mut v[i + 1]` works the same through `*at(&mut v, i) = x`. Reads still go through
//! `index`.

use std::ops::{Index, IndexMut};

struct Grid {
    w: usize,
    cells: Vec<Vec<char>>,
}

impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, (r, c): (usize, usize)) -> &char {
        &self.cells[r][c]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut char {
        &mut self.cells[r][c]
    }
}

struct Matrix {
    cols: usize,
    data: Vec<i64>,
}

impl Index<(usize, usize)> for Matrix {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 {
        &mut self.data[r * self.cols + c]
    }
}

struct Counter {
    counts: [u32; 4],
}

impl Index<usize> for Counter {
    type Output = u32;
    fn index(&self, i: usize) -> &u32 {
        &self.counts[i % 4]
    }
}

impl IndexMut<usize> for Counter {
    fn index_mut(&mut self, i: usize) -> &mut u32 {
        &mut self.counts[i % 4]
    }
}

fn at(v: &mut Vec<i32>, i: usize) -> &mut i32 {
    &mut v[i + 1]
}

fn main() {
    let mut g = Grid { w: 3, cells: vec![vec!['.'; 3]; 2] };
    g[(1, 2)] = '#';
    g[(0, 0)] = 'x';
    for r in 0..2 {
        let row: String = (0..g.w).map(|c| g[(r, c)]).collect();
        println!("{row}");
    }

    let mut m = Matrix { cols: 2, data: vec![0; 4] };
    for i in 0..2 {
        m[(i, i)] = 1;
        m[(i, 1 - i)] += 5;
    }
    m[(1, 0)] *= 3;
    println!("{:?} {}", m.data, m[(1, 0)]);

    let mut c = Counter { counts: [0; 4] };
    for i in 0..10 {
        c[i] += 1;
    }
    c[5] *= 10;
    println!("{:?} {}", c.counts, c[1]);

    let mut v = vec![1, 2, 3];
    *at(&mut v, 0) += 10;
    *at(&mut v, 1) = 7;
    let first = *at(&mut v, 0);
    println!("{first} {v:?}");
}
