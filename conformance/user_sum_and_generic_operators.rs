//! User `Sum`/`Product` impls, and operators on a user type reached through a generic `T`
//!
//! `iter.sum::<V>()` and `product()` call the type's own `Sum`/`Product` impl with the
//! iterator. A generic function bounded by `Add<Output = T>`, `Sub`, `Mul<i64>` or `Neg` calls
//! the impls of whatever type it is given: here a user vector type, with `+`, `-`, `*` and
//! unary `-` written on `T`.

use std::ops::{Add, Mul, Neg, Sub};
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V(i64, i64);
impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V {
        V(self.0 + o.0, self.1 + o.1)
    }
}
impl Sub for V {
    type Output = V;
    fn sub(self, o: V) -> V {
        V(self.0 - o.0, self.1 - o.1)
    }
}
impl Mul<i64> for V {
    type Output = V;
    fn mul(self, k: i64) -> V {
        V(self.0 * k, self.1 * k)
    }
}
impl Neg for V {
    type Output = V;
    fn neg(self) -> V {
        V(-self.0, -self.1)
    }
}
impl std::iter::Sum for V {
    fn sum<I: Iterator<Item = V>>(it: I) -> V {
        it.fold(V::default(), |a, b| a + b)
    }
}
impl std::iter::Product for V {
    fn product<I: Iterator<Item = V>>(it: I) -> V {
        it.fold(V(1, 1), |a, b| V(a.0 * b.0, a.1 * b.1))
    }
}
fn combine<T: Add<Output = T> + Sub<Output = T> + Neg<Output = T> + Copy>(a: T, b: T) -> (T, T, T) {
    (a + b, a - b, -a)
}
fn scale<T: Mul<i64, Output = T>>(x: T, k: i64) -> T {
    x * k
}
fn main() {
    let vs = vec![V(1, 2), V(3, 4), V(5, 6)];
    let s: V = vs.iter().copied().sum();
    let p: V = vs.clone().into_iter().product();
    println!("{s:?} {p:?} {:?}", vs.iter().map(|v| *v * 2).sum::<V>());
    println!("{:?} {:?}", combine(V(1, 1), V(2, 3)), scale(V(2, -1), 3));
}
