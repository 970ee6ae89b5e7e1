//! Returning references from methods, early or at the end, with the map checked first
//!
//! A method may return a reference into `self` early (`return x;`) when nothing after it needs
//! `self` mutably, return a clone early and then insert, or insert first and borrow afterwards;
//! rustc accepts each of these.

use std::collections::HashMap;
struct S { names: Vec<String>, m: HashMap<u32, Vec<u32>>, v: Vec<u32>, hits: u32 }
impl S {
    fn longest(&self) -> &str { let mut best = &self.names[0]; for n in &self.names { if n.len() > best.len() { best = n; } } best }
    fn slot(&mut self, k: u32) -> &mut Vec<u32> {
        if !self.m.contains_key(&k) { self.m.insert(k, vec![]); }
        self.hits += 1;
        self.m.get_mut(&k).unwrap()
    }
    fn first_or_last(&mut self) -> &u32 {
        self.hits += 1;
        if let Some(x) = self.v.first() { if *x > 100 { return x; } }
        self.v.last().unwrap()
    }
    fn owned(&mut self, k: u32) -> Vec<u32> {
        if let Some(v) = self.m.get(&k) { return v.clone(); }
        self.m.insert(k, vec![k]);
        self.m[&k].clone()
    }
    fn pick(&mut self, i: usize) -> Option<&String> {
        self.hits += 1;
        let r = self.names.get(i);
        if r.is_some() { return r; }
        self.names.first()
    }
}
fn main() {
    let mut s = S { names: vec!["ab".into(), "abc".into()], m: HashMap::new(), v: vec![1, 200], hits: 0 };
    println!("{}", s.longest());
    let _ = s.slot(1).len();
    println!("{:?}", s.slot(1));
    println!("{}", s.first_or_last());
    println!("{:?}", s.owned(2));
    println!("{:?}", s.pick(7));
    println!("{}", s.hits);
}
