//! The engine's stable sorts, through one small shared merge sort: every
//! instantiation of core's sort costs 2-3 KB of wasm. The web app sorts
//! with it too (sorting integers stably gives what `sort_unstable` would).

/// `v.sort_by_key(key)`: sorted by `key`, equal keys keeping their order.
pub fn sort_by_key<T>(v: &mut [T], key: impl Fn(&T) -> u64) {
    sort_by(v, |a, b| key(a) <= key(b));
}

/// `v.sort_by(..)` given `a <= b`: sorted, equal elements keeping their
/// order. For a consistent order that is exactly std's (stable) result.
pub fn sort_by<T>(v: &mut [T], le: impl Fn(&T, &T) -> bool) {
    // Already in order (the common case for a trace's transfers): a
    // stable sort leaves it as it is.
    if (1..v.len()).all(|i| le(&v[i - 1], &v[i])) {
        return;
    }
    let mut src = order(v.len(), &|i, j| le(&v[i], &v[j]));
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

/// The indices `0..n` in stable sorted order by `le(i, j)` (element `i` <=
/// element `j`): a bottom-up merge sort, smaller than core's sorts.
#[inline(never)]
fn order(n: usize, le: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = a.clone();
    let mut w = 1;
    while w < n {
        for lo in (0..n).step_by(2 * w) {
            let (mid, hi) = ((lo + w).min(n), (lo + 2 * w).min(n));
            let (mut p, mut q) = (lo, mid);
            for slot in &mut b[lo..hi] {
                // ties from the left run: stable
                if q >= hi || p < mid && le(a[p], a[q]) {
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
            let mut w = v.clone();
            super::sort_by_key(&mut v, |p| p.0);
            assert_eq!(v, want);
            want.sort_by_key(|p| std::cmp::Reverse(p.0));
            super::sort_by(&mut w, |a, b| a.0 >= b.0);
            want.sort_by_key(|p| p.0);
            super::sort_by(&mut w, |a, b| a.0 <= b.0);
            assert_eq!(w, want);
        }
    }
}
