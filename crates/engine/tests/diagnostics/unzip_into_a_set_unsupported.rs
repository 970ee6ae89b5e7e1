use std::collections::HashSet;

fn main() {
    let pairs = vec![(1, 'a'), (1, 'b')];
    let (ids, tags): (HashSet<i32>, Vec<char>) = pairs.into_iter().unzip();
    println!("{} {tags:?}", ids.len());
}
