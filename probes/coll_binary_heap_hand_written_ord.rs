//! `BinaryHeap` with a hand-written `Ord`: std's comparisons, in std's order
//!
//! A task queue ordered by cost (cheapest first) then name: `partial_cmp` prints each call, so
//! the sequence of comparisons `push` and `pop` make shows. Then Dijkstra's shortest paths
//! with `Reverse`, iteration over a heap, and `[..].into()`.

use std::cmp::Ordering;
use std::collections::BinaryHeap;
#[derive(Debug, PartialEq, Eq)]
struct Task {
    cost: u32,
    name: &'static str,
}
impl Ord for Task {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost).then_with(|| self.name.cmp(other.name))
    }
}
impl PartialOrd for Task {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        println!("  cmp {} {}", self.name, other.name);
        Some(self.cmp(other))
    }
}
fn main() {
    let mut heap = BinaryHeap::new();
    for (c, n) in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (4, "d")] {
        heap.push(Task { cost: c, name: n });
    }
    println!("{:?}", heap.peek());
    while let Some(Task { cost, name }) = heap.pop() {
        println!("{name} {cost}");
    }
    let mut dist = vec![u32::MAX; 4];
    let edges = vec![vec![(1, 4), (2, 1)], vec![(3, 1)], vec![(1, 2), (3, 5)], vec![]];
    let mut q = BinaryHeap::new();
    dist[0] = 0;
    q.push(std::cmp::Reverse((0u32, 0usize)));
    while let Some(std::cmp::Reverse((d, u))) = q.pop() {
        if d > dist[u] {
            continue;
        }
        for &(v, w) in &edges[u] {
            if d + w < dist[v] {
                dist[v] = d + w;
                q.push(std::cmp::Reverse((dist[v], v)));
            }
        }
    }
    println!("{:?}", dist);
    for t in &heap {
        println!("{t:?}");
    }
    let h2: BinaryHeap<i32> = [3, 1, 2].into();
    println!("{:?} {}", h2, h2.len());
    for x in h2 {
        print!("{x} ");
    }
    println!();
}
