//! Everyday iterator, slice and `String` methods, side by side
//!
//! `chain` with an array, `windows`, `chunks`, `flatten`, `flat_map`, `step_by`, `partition`,
//! `peekable`, `dedup`, `binary_search_by` and `binary_search_by_key`, `bytes`,
//! `String::with_capacity`, `insert`, `remove`, `insert_str` and `retain`, padding and
//! centring, a `collect` into `Result` that stops at the first parse error, `unzip`, and
//! `cycle` (round-robin over workers; an empty iterator cycles to nothing), and `scan` with its
//! `&mut` state (a running total; a `None` that ends the `collect`).

fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let c: Vec<i32> = v.iter().copied().chain([7, 8]).collect();
    let r: Vec<(usize, &i32)> = v.iter().rev().enumerate().take(2).collect();
    let w: Vec<i32> = v.windows(2).map(|p| p[1] - p[0]).collect();
    let ch: Vec<i32> = v.chunks(3).map(|c| c.iter().sum()).collect();
    let fm: Vec<i32> = vec![vec![1, 2], vec![3]].into_iter().flatten().collect();
    let fm2: Vec<char> = vec!["ab", "c"].iter().flat_map(|s| s.chars()).collect();
    println!("{c:?} {r:?} {w:?} {ch:?} {fm:?} {fm2:?}");
    println!("{:?} {:?} {:?}", v.last(), v.iter().nth(2), v.iter().step_by(3).collect::<Vec<_>>());
    let fs = [1.5f64, 2.5, -0.5];
    let total: f64 = fs.iter().sum();
    let prod: i64 = (1..=10i64).product();
    let mx = fs.iter().cloned().fold(f64::MIN, f64::max);
    let mx2 = fs.iter().max_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{total} {prod} {mx} {mx2:?}");
    let (evens, odds): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x % 2 == 0);
    let (xs, ys): (Vec<i32>, Vec<char>) = (vec![1, 2], vec!['a', 'b']);
    println!("{evens:?} {odds:?} {xs:?} {ys:?}");
    let tw: Vec<&i32> = v.iter().take_while(|&&x| x < 5).collect();
    let sw: Vec<&i32> = v.iter().skip_while(|&&x| x < 5).collect();
    let mut pk = v.iter().peekable();
    let mut runs = vec![];
    while let Some(x) = pk.next() {
        if let Some(&&n) = pk.peek() {
            if n > *x {
                runs.push(*x);
            }
        }
    }
    let cy: Vec<i32> = [1, 2, 1, 2, 1].iter().take(5).cloned().collect();
    println!("{tw:?} {sw:?} {runs:?} {cy:?}");
    let mut d = vec![1, 1, 2, 2, 2, 3, 1];
    d.dedup();
    let mut s = v.clone();
    s.sort_by(|a, b| b.cmp(a));
    s.retain(|&x| x != 1);
    println!("{d:?} {s:?} {:?}", s.binary_search_by(|p| 5.cmp(p)));
    let text = "Hello, World! 123";
    let alnum: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
    let parts: Vec<&str> = " a , b,c ".split(',').map(str::trim).collect();
    let ci: Vec<(usize, char)> = "héllo".char_indices().filter(|(_, c)| !c.is_ascii()).collect();
    let bs: u32 = "AB".bytes().map(|b| b as u32).sum();
    println!("{alnum} {parts:?} {ci:?} {bs}");
    let mut st = String::with_capacity(8);
    st.push_str("world");
    st.insert(0, 'W');
    st.remove(1);
    st.insert_str(1, "--");
    st.retain(|c| c != 'l');
    println!("{st} {} {:>6}| {:-^9} {}", "ab".repeat(3), "r", "mid", text.to_lowercase().replace("l", "L"));
    let lines: Vec<&str> = "a\nb\r\nc".lines().collect();
    println!("{lines:?} {:?} {:?}", text.find("World"), text.split_once(", "));
    let nums: Result<Vec<u8>, _> = "1 2 300".split(' ').map(|s| s.parse::<u8>()).collect();
    println!("{:?}", nums.map_err(|e| e.to_string()));
    let people = [("al", 31), ("bo", 40), ("cy", 52)];
    println!("{:?} {:?}", people.binary_search_by_key(&40, |&(_, a)| a), people.binary_search_by(|p| p.0.cmp("bz")));
    let mut t = String::from("héllo");
    t.insert_str(3, "__");
    println!("{t} {:?}", "hé".bytes().collect::<Vec<u8>>());
    let scan: Vec<i32> = v.iter().map(|&x| x).collect();
    println!("{scan:?}");
    let (ids, tags): (Vec<u32>, Vec<char>) = vec![(7, 'x'), (9, 'y')].into_iter().unzip();
    println!("{ids:?} {tags:?} {}", ids.iter().sum::<u32>());
    let workers = ["w1", "w2", "w3"];
    let jobs: Vec<(u32, &str)> = (1..=7).zip(workers.iter().copied().cycle()).collect();
    let none: Vec<i32> = Vec::<i32>::new().into_iter().cycle().take(3).collect();
    let tens: Vec<i32> = (0..3).map(|x| x * 10).cycle().skip(2).take(4).collect();
    println!("{jobs:?} {none:?} {tens:?}");
    let running: Vec<i32> = v
        .iter()
        .scan(0, |acc, &x| {
            *acc += x;
            Some(*acc)
        })
        .collect();
    let until: Vec<i32> = (1..10)
        .scan(1, |p, x| {
            *p *= x;
            if *p > 100 { None } else { Some(*p) }
        })
        .collect();
    println!("{running:?} {until:?}");
}
