//! A small map kept as a Vec sorted by key.
//!
//! The compiler's name tables hold a few hundred entries at most; a sorted
//! Vec with binary search is much less WebAssembly than `HashMap` (hashbrown
//! plus SipHash, per key and value type), and its iteration order is the key
//! order, so nothing can depend on a hasher's order.

use std::borrow::Borrow;

/// A map from `K` to `V`, sorted by key.
#[derive(Clone, Debug)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap(Vec::new())
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// An empty map.
    pub fn new() -> Self {
        SortedMap(Vec::new())
    }

    fn find<Q: Ord + ?Sized>(&self, k: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(x, _)| x.borrow().cmp(k))
    }

    /// The value for `k`.
    pub fn get<Q: Ord + ?Sized>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(k).ok().map(|i| &self.0[i].1)
    }

    /// Whether `k` has a value.
    pub fn contains_key<Q: Ord + ?Sized>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(k).is_ok()
    }

    /// Sets `k`'s value, returning the old one (the old key stays).
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        match self.find(&k) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, v)),
            Err(i) => {
                self.0.insert(i, (k, v));
                None
            }
        }
    }

    /// `k`'s value, inserting `V::default()` first when it has none.
    pub fn get_or_default(&mut self, k: K) -> &mut V
    where
        V: Default,
    {
        let i = match self.find(&k) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (k, V::default()));
                i
            }
        };
        &mut self.0[i].1
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

#[cfg(test)]
mod tests {
    use super::SortedMap;

    #[test]
    fn sorted_map_behaves_like_a_map_and_iterates_in_key_order() {
        let mut m: SortedMap<String, u32> = SortedMap::new();
        for (i, k) in ["b", "a", "c", "a"].iter().enumerate() {
            m.insert(k.to_string(), i as u32);
        }
        assert_eq!(m.get("a"), Some(&3));
        assert!(m.contains_key("c") && !m.contains_key("d"));
        assert_eq!(m.insert("b".into(), 9), Some(0));
        *m.get_or_default("d".into()) += 5;
        *m.get_or_default("d".into()) += 1;
        let all: Vec<(&str, u32)> = m.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(all, [("a", 3), ("b", 9), ("c", 2), ("d", 6)]);
    }
}
