//! The engine's sorts by an integer key, through one shared sort: every
//! `sort_by_key` instantiation costs 2-3 KB of wasm.

/// `v.sort_by_key(key)`: sorted by `key`, equal keys keeping their order.
pub fn sort_by_key<T>(v: &mut [T], key: impl Fn(&T) -> u64) {
    let mut src = order(v.iter().map(key).collect());
    // Position `i` gets the element now at `src[i]`: follow each cycle,
    // marking the positions done.
    for i in 0..src.len() {
        let mut cur = i;
        while src[cur] != usize::MAX {
            let next = src[cur];
            src[cur] = usize::MAX;
            if next == i {
                break;
            }
            v.swap(cur, next);
            cur = next;
        }
    }
}

/// The indices of `keys` in stable sorted order: a bottom-up merge sort,
/// smaller than core's sorts.
#[inline(never)]
fn order(keys: Vec<u64>) -> Vec<usize> {
    let n = keys.len();
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = a.clone();
    let mut w = 1;
    while w < n {
        for lo in (0..n).step_by(2 * w) {
            let (mid, hi) = ((lo + w).min(n), (lo + 2 * w).min(n));
            let (mut p, mut q) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // ties from the left run: stable
                if q >= hi || p < mid && keys[a[p]] <= keys[a[q]] {
                    *slot = a[p];
                    p += 1;
                } else {
                    *slot = a[q];
                    q += 1;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        w *= 2;
    }
    a
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_as_std_stable_sort() {
        let mut x = 0x1234_5678u64;
        for n in 0..200 {
            let mut v: Vec<(u64, usize)> = (0..n)
                .map(|i| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    (x % (n as u64 / 3 + 1), i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|p| p.0);
            super::sort_by_key(&mut v, |p| p.0);
            assert_eq!(v, want);
        }
    }
}
