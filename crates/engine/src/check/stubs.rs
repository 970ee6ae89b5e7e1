//! The std and Tokio surface the checker knows, declared once as Rust
//! source (rust-analyzer's test "minicore" is the model). It is parsed by
//! the engine's own parser and lowered like user items, once per process.
//!
//! Conventions the checker reads:
//! - a function without a body is a declaration (`fn len(&self) -> usize;`);
//! - `_` as a parameter type accepts anything, and as a return type gives a
//!   value of a type the checker does not model (never reported);
//! - `#[derive(..)]` lists the traits a type implements, as in user code;
//!   for a generic type each one needs the same trait of every argument
//!   (`Vec<T>: Debug` when `T: Debug`). `Display` may be listed too;
//! - `impl<T> Deref for Arc<T> { type Target = T; }` and `impl DerefMut`
//!   say how `*` and method calls see through smart pointers and guards;
//! - `impl<T> Future for JoinHandle<T> { type Output = ..; }` makes a type
//!   awaitable;
//! - `impl<T> !Send for Rc<T> {}` and `#[send_needs_sync]` are the `Send`
//!   facts; `impl<T> !Sync for RefCell<T> {}` the `Sync` ones;
//! - `#[complete]` on a type says every method the real type has is
//!   declared here, so a call of any other method is rustc's E0599 rather
//!   than "not supported yet"; `#[not_declared(a, b)]` says the same
//!   except for the real type's methods it names, which are not declared
//!   here and so are "not supported yet" (the lists were taken from the
//!   sources of Tokio 1.54.1 and tokio-util 0.7.20; methods behind
//!   `tokio_unstable`, like `JoinSet::build_task`, are E0599 as in an
//!   ordinary build);
//! - `impl Add<Duration> for Instant { type Output = Instant; }` declares
//!   an operator.
//!
//! The integer types' methods are written once, in [`INT_METHODS`], for
//! every integer type.

/// Methods of every integer type; `$T` is the type and `$U` its unsigned
/// counterpart.
pub const INT_METHODS: &str = r#"
impl $T {
    pub const MAX: $T = 0;
    pub const MIN: $T = 0;
    pub const BITS: u32 = 0;
    pub fn wrapping_add(self, rhs: $T) -> $T;
    pub fn wrapping_sub(self, rhs: $T) -> $T;
    pub fn wrapping_mul(self, rhs: $T) -> $T;
    pub fn checked_add(self, rhs: $T) -> Option<$T>;
    pub fn checked_sub(self, rhs: $T) -> Option<$T>;
    pub fn checked_mul(self, rhs: $T) -> Option<$T>;
    pub fn checked_div(self, rhs: $T) -> Option<$T>;
    pub fn checked_rem(self, rhs: $T) -> Option<$T>;
    pub fn saturating_add(self, rhs: $T) -> $T;
    pub fn saturating_sub(self, rhs: $T) -> $T;
    pub fn saturating_mul(self, rhs: $T) -> $T;
    pub fn overflowing_add(self, rhs: $T) -> ($T, bool);
    pub fn overflowing_sub(self, rhs: $T) -> ($T, bool);
    pub fn pow(self, exp: u32) -> $T;
    pub fn checked_pow(self, exp: u32) -> Option<$T>;
    pub fn wrapping_pow(self, exp: u32) -> $T;
    pub fn saturating_pow(self, exp: u32) -> $T;
    pub fn min(self, other: $T) -> $T;
    pub fn max(self, other: $T) -> $T;
    pub fn clamp(self, min: $T, max: $T) -> $T;
    pub fn count_ones(self) -> u32;
    pub fn count_zeros(self) -> u32;
    pub fn leading_zeros(self) -> u32;
    pub fn trailing_zeros(self) -> u32;
    pub fn rotate_left(self, n: u32) -> $T;
    pub fn rotate_right(self, n: u32) -> $T;
    pub fn swap_bytes(self) -> $T;
    pub fn rem_euclid(self, rhs: $T) -> $T;
    pub fn div_euclid(self, rhs: $T) -> $T;
    pub fn abs_diff(self, other: $T) -> $U;
    pub fn is_power_of_two(self) -> bool;
    pub fn div_ceil(self, rhs: $T) -> $T;
    pub fn ilog(self, base: $T) -> u32;
    pub fn ilog2(self) -> u32;
    pub fn ilog10(self) -> u32;
    pub fn checked_ilog2(self) -> Option<u32>;
    pub fn checked_ilog10(self) -> Option<u32>;
    pub fn isqrt(self) -> $T;
    pub fn cmp(&self, other: &$T) -> std::cmp::Ordering;
    pub fn partial_cmp(&self, other: &$T) -> Option<std::cmp::Ordering>;
    pub fn eq(&self, other: &$T) -> bool;
    pub fn ne(&self, other: &$T) -> bool;
    pub fn lt(&self, other: &$T) -> bool;
    pub fn le(&self, other: &$T) -> bool;
    pub fn gt(&self, other: &$T) -> bool;
    pub fn ge(&self, other: &$T) -> bool;
    pub fn to_string(&self) -> String;
    pub fn clone(&self) -> $T;
    pub fn to_le_bytes(self) -> _;
    pub fn to_be_bytes(self) -> _;
    pub fn from_str_radix(src: &str, radix: u32) -> Result<$T, ParseIntError>;
    pub fn into(self) -> _;
    pub fn try_into(self) -> _;
    pub fn from(value: _) -> $T;
    pub fn try_from(value: _) -> _;
}
"#;

/// Methods only the signed integer types have.
pub const SIGNED_METHODS: &str = r#"
impl $T {
    pub fn abs(self) -> $T;
    pub fn signum(self) -> $T;
    pub fn is_positive(self) -> bool;
    pub fn is_negative(self) -> bool;
    pub fn checked_neg(self) -> Option<$T>;
    pub fn wrapping_neg(self) -> $T;
    pub fn checked_abs(self) -> Option<$T>;
    pub fn unsigned_abs(self) -> $U;
}
"#;

pub const FLOAT_METHODS: &str = r#"
impl $T {
    pub const MAX: $T = 0.0;
    pub const MIN: $T = 0.0;
    pub const EPSILON: $T = 0.0;
    pub const INFINITY: $T = 0.0;
    pub const NEG_INFINITY: $T = 0.0;
    pub const NAN: $T = 0.0;
    pub fn abs(self) -> $T;
    pub fn sqrt(self) -> $T;
    pub fn cbrt(self) -> $T;
    pub fn powi(self, n: i32) -> $T;
    pub fn powf(self, n: $T) -> $T;
    pub fn floor(self) -> $T;
    pub fn ceil(self) -> $T;
    pub fn round(self) -> $T;
    pub fn trunc(self) -> $T;
    pub fn fract(self) -> $T;
    pub fn min(self, other: $T) -> $T;
    pub fn max(self, other: $T) -> $T;
    pub fn clamp(self, min: $T, max: $T) -> $T;
    pub fn signum(self) -> $T;
    pub fn is_nan(self) -> bool;
    pub fn is_finite(self) -> bool;
    pub fn is_infinite(self) -> bool;
    pub fn is_sign_positive(self) -> bool;
    pub fn is_sign_negative(self) -> bool;
    pub fn exp(self) -> $T;
    pub fn ln(self) -> $T;
    pub fn log10(self) -> $T;
    pub fn log2(self) -> $T;
    pub fn sin(self) -> $T;
    pub fn cos(self) -> $T;
    pub fn tan(self) -> $T;
    pub fn hypot(self, other: $T) -> $T;
    pub fn mul_add(self, a: $T, b: $T) -> $T;
    pub fn exp2(self) -> $T;
    pub fn log(self, base: $T) -> $T;
    pub fn asin(self) -> $T;
    pub fn acos(self) -> $T;
    pub fn atan(self) -> $T;
    pub fn atan2(self, other: $T) -> $T;
    pub fn sin_cos(self) -> ($T, $T);
    pub fn recip(self) -> $T;
    pub fn copysign(self, sign: $T) -> $T;
    pub fn div_euclid(self, rhs: $T) -> $T;
    pub fn rem_euclid(self, rhs: $T) -> $T;
    pub fn to_degrees(self) -> $T;
    pub fn to_radians(self) -> $T;
    pub fn total_cmp(&self, other: &$T) -> std::cmp::Ordering;
    pub fn partial_cmp(&self, other: &$T) -> Option<std::cmp::Ordering>;
    pub fn to_string(&self) -> String;
    pub fn clone(&self) -> $T;
    pub fn to_bits(self) -> $B;
    pub fn from(value: _) -> $T;
    pub fn into(self) -> _;
}
"#;

/// std and Tokio. Paths are the real ones (`std::sync::Arc`,
/// `tokio::sync::mpsc::Sender`); `prelude` lists what every program sees
/// without a `use`.
pub const STD: &str = r#"
mod std {
    pub mod string {
        #[derive(Clone, Debug, Display, PartialEq)]
        pub struct FromUtf8Error;
        impl FromUtf8Error {
            pub fn into_bytes(self) -> Vec<u8>;
            pub fn as_bytes(&self) -> &[u8];
        }
        #[derive(Clone, Debug, Display, PartialEq, PartialOrd, Hash, Default)]
        pub struct String;
        impl String {
            pub fn new() -> String;
            pub fn with_capacity(capacity: usize) -> String;
            pub fn from(s: _) -> String;
            pub fn push_str(&mut self, s: &str);
            pub fn push(&mut self, c: char);
            pub fn pop(&mut self) -> Option<char>;
            pub fn insert(&mut self, idx: usize, c: char);
            pub fn insert_str(&mut self, idx: usize, s: &str);
            pub fn remove(&mut self, idx: usize) -> char;
            pub fn truncate(&mut self, len: usize);
            pub fn clear(&mut self);
            pub fn as_str(&self) -> &str;
            pub fn as_mut_str(&mut self) -> &mut str;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn capacity(&self) -> usize;
            pub fn into_bytes(self) -> Vec<u8>;
            pub fn clone(&self) -> String;
            pub fn extend(&mut self, iter: _);
            pub fn drain(&mut self, range: _) -> _;
            pub fn retain(&mut self, f: _);
            pub fn into_boxed_str(self) -> _;
            pub fn from_utf8(bytes: Vec<u8>) -> Result<String, FromUtf8Error>;
            pub fn from_utf8_lossy(bytes: &[u8]) -> std::borrow::Cow<str>;
            pub fn split_off(&mut self, at: usize) -> String;
        }
        impl Deref for String { type Target = str; }
        impl DerefMut for String {}
        impl Add<&str> for String { type Output = String; }
        impl AddAssign<&str> for String {}
    }
    pub mod str {
        pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error>;
        #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
        pub struct Utf8Error;
        impl str {
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn to_string(&self) -> String;
            pub fn to_owned(&self) -> String;
            pub fn to_uppercase(&self) -> String;
            pub fn to_lowercase(&self) -> String;
            pub fn to_ascii_uppercase(&self) -> String;
            pub fn to_ascii_lowercase(&self) -> String;
            pub fn eq_ignore_ascii_case(&self, other: &str) -> bool;
            pub fn trim(&self) -> &str;
            pub fn trim_start(&self) -> &str;
            pub fn trim_end(&self) -> &str;
            pub fn trim_start_matches(&self, pat: _) -> &str;
            pub fn trim_end_matches(&self, pat: _) -> &str;
            pub fn trim_matches(&self, pat: _) -> &str;
            pub fn chars(&self) -> Iter<char>;
            pub fn char_indices(&self) -> Iter<(usize, char)>;
            pub fn bytes(&self) -> Iter<u8>;
            pub fn as_bytes(&self) -> &[u8];
            pub fn lines(&self) -> Iter<&str>;
            pub fn split_whitespace(&self) -> Iter<&str>;
            pub fn split(&self, pat: _) -> Iter<&str>;
            pub fn split_terminator(&self, pat: _) -> Iter<&str>;
            pub fn matches(&self, pat: _) -> Iter<&str>;
            pub fn splitn(&self, n: usize, pat: _) -> Iter<&str>;
            pub fn rsplitn(&self, n: usize, pat: _) -> Iter<&str>;
            pub fn replacen(&self, pat: _, to: &str, count: usize) -> String;
            pub fn rsplit(&self, pat: _) -> Iter<&str>;
            pub fn split_once(&self, pat: _) -> Option<(&str, &str)>;
            pub fn starts_with(&self, pat: _) -> bool;
            pub fn ends_with(&self, pat: _) -> bool;
            pub fn contains(&self, pat: _) -> bool;
            pub fn find(&self, pat: _) -> Option<usize>;
            pub fn rfind(&self, pat: _) -> Option<usize>;
            pub fn replace(&self, from: _, to: &str) -> String;
            pub fn repeat(&self, n: usize) -> String;
            pub fn parse<F>(&self) -> Result<F, _>;
            pub fn get(&self, i: _) -> _;
            pub fn strip_prefix(&self, pat: _) -> Option<&str>;
            pub fn strip_suffix(&self, pat: _) -> Option<&str>;
            pub fn is_char_boundary(&self, index: usize) -> bool;
            pub fn eq_ignore_ascii_case(&self, other: &str) -> bool;
            pub fn cmp(&self, other: _) -> _;
            pub fn eq(&self, other: _) -> bool;
            pub fn into(&self) -> _;
        }
    }
    pub mod char {
        /// `c.to_uppercase()`: the chars of its upper case, which print as text.
        #[derive(Clone, Debug, Display)]
        pub struct ToUppercase;
        impl ToUppercase {
            pub fn next(&mut self) -> Option<char>;
            pub fn collect<B>(self) -> B;
            pub fn count(self) -> usize;
            pub fn to_string(&self) -> String;
        }
        #[derive(Clone, Debug, Display)]
        pub struct ToLowercase;
        impl ToLowercase {
            pub fn next(&mut self) -> Option<char>;
            pub fn collect<B>(self) -> B;
            pub fn count(self) -> usize;
            pub fn to_string(&self) -> String;
        }
        impl char {
            pub fn is_alphabetic(self) -> bool;
            pub fn is_alphanumeric(self) -> bool;
            pub fn is_numeric(self) -> bool;
            pub fn is_whitespace(self) -> bool;
            pub fn is_uppercase(self) -> bool;
            pub fn is_lowercase(self) -> bool;
            pub fn is_ascii(&self) -> bool;
            pub fn is_ascii_digit(&self) -> bool;
            pub fn is_ascii_alphabetic(&self) -> bool;
            pub fn is_ascii_alphanumeric(&self) -> bool;
            pub fn is_ascii_uppercase(&self) -> bool;
            pub fn is_ascii_lowercase(&self) -> bool;
            pub fn is_ascii_punctuation(&self) -> bool;
            pub fn is_ascii_whitespace(&self) -> bool;
            pub fn is_digit(self, radix: u32) -> bool;
            pub fn to_digit(self, radix: u32) -> Option<u32>;
            pub fn to_ascii_uppercase(&self) -> char;
            pub fn to_ascii_lowercase(&self) -> char;
            pub fn to_uppercase(self) -> ToUppercase;
            pub fn to_lowercase(self) -> ToLowercase;
            pub fn len_utf8(self) -> usize;
            pub fn to_string(&self) -> String;
            pub fn clone(&self) -> char;
            pub fn from_u32(i: u32) -> Option<char>;
            pub fn from_digit(num: u32, radix: u32) -> Option<char>;
            pub fn from(i: _) -> char;
            pub fn into(self) -> _;
            pub fn eq(&self, other: &char) -> bool;
            pub fn cmp(&self, other: &char) -> _;
        }
    }
    pub mod bool {
        impl bool {
            pub fn then_some<T>(self, t: T) -> Option<T>;
            pub fn then<T>(self, f: impl FnOnce() -> T) -> Option<T>;
            pub fn to_string(&self) -> String;
            pub fn clone(&self) -> bool;
        }
    }
    pub mod slice {
        impl<T> [T] {
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn first(&self) -> Option<&T>;
            pub fn last(&self) -> Option<&T>;
            pub fn first_mut(&mut self) -> Option<&mut T>;
            pub fn last_mut(&mut self) -> Option<&mut T>;
            pub fn get(&self, index: _) -> _;
            pub fn get_mut(&mut self, index: _) -> _;
            pub fn contains(&self, x: &T) -> bool;
            pub fn iter(&self) -> Iter<&T>;
            pub fn iter_mut(&mut self) -> Iter<&mut T>;
            pub fn sort(&mut self);
            pub fn sort_unstable(&mut self);
            pub fn sort_by(&mut self, f: impl FnMut(&T, &T) -> _);
            pub fn sort_by_key<K>(&mut self, f: impl FnMut(&T) -> K);
            pub fn sort_by_cached_key<K>(&mut self, f: impl FnMut(&T) -> K);
            pub fn sort_unstable_by(&mut self, f: impl FnMut(&T, &T) -> _);
            pub fn sort_unstable_by_key<K>(&mut self, f: impl FnMut(&T) -> K);
            pub fn reverse(&mut self);
            pub fn swap(&mut self, a: usize, b: usize);
            pub fn fill(&mut self, value: T);
            pub fn join(&self, sep: &str) -> String;
            pub fn concat(&self) -> _;
            pub fn to_vec(&self) -> Vec<T>;
            pub fn is_sorted(&self) -> bool;
            pub fn windows(&self, size: usize) -> Iter<&[T]>;
            pub fn chunks(&self, size: usize) -> Iter<&[T]>;
            pub fn chunks_exact(&self, size: usize) -> Iter<&[T]>;
            pub fn split_at(&self, mid: usize) -> (&[T], &[T]);
            pub fn starts_with(&self, needle: &[T]) -> bool;
            pub fn ends_with(&self, needle: &[T]) -> bool;
            pub fn binary_search(&self, x: &T) -> Result<usize, usize>;
            pub fn binary_search_by(&self, f: impl FnMut(&T) -> std::cmp::Ordering) -> Result<usize, usize>;
            pub fn binary_search_by_key<B>(&self, b: &B, f: impl FnMut(&T) -> B) -> Result<usize, usize>;
            pub fn iter_sum(&self) -> _;
            pub fn into_iter(&self) -> Iter<&T>;
            pub fn copy_from_slice(&mut self, src: &[T]);
            pub fn rotate_left(&mut self, mid: usize);
            pub fn rotate_right(&mut self, mid: usize);
            pub fn max(&self) -> _;
            pub fn min(&self) -> _;
        }
    }
    pub mod vec {
        #[derive(Clone, Debug, PartialEq, PartialOrd, Hash, Default)]
        pub struct Vec<T>;
        impl<T> Vec<T> {
            pub fn new() -> Vec<T>;
            pub fn with_capacity(capacity: usize) -> Vec<T>;
            pub fn push(&mut self, value: T);
            pub fn pop(&mut self) -> Option<T>;
            pub fn insert(&mut self, index: usize, element: T);
            pub fn remove(&mut self, index: usize) -> T;
            pub fn swap_remove(&mut self, index: usize) -> T;
            pub fn truncate(&mut self, len: usize);
            pub fn clear(&mut self);
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn capacity(&self) -> usize;
            pub fn append(&mut self, other: &mut Vec<T>);
            pub fn extend(&mut self, iter: _);
            pub fn extend_from_slice(&mut self, other: &[T]);
            pub fn drain(&mut self, range: _) -> Iter<T>;
            pub fn dedup(&mut self);
            pub fn retain_mut(&mut self, f: impl FnMut(&mut T) -> bool);
            pub fn dedup_by_key<K>(&mut self, key: impl FnMut(&mut T) -> K);
            pub fn dedup_by(&mut self, same_bucket: impl FnMut(&mut T, &mut T) -> bool);
            pub fn split_off(&mut self, at: usize) -> Vec<T>;
            pub fn retain(&mut self, f: impl FnMut(&T) -> bool);
            pub fn split_off(&mut self, at: usize) -> Vec<T>;
            pub fn resize(&mut self, new_len: usize, value: T);
            pub fn into_iter(self) -> Iter<T>;
            pub fn as_slice(&self) -> &[T];
            pub fn from(value: _) -> Vec<T>;
        }
        impl<T> Deref for Vec<T> { type Target = [T]; }
        impl<T> DerefMut for Vec<T> {}
    }
    pub mod option {
        #[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Hash, Default)]
        pub enum Option<T> { None, Some(T) }
        impl<T> Option<T> {
            pub fn is_some(&self) -> bool;
            pub fn is_none(&self) -> bool;
            pub fn is_some_and(self, f: impl FnOnce(T) -> bool) -> bool;
            pub fn is_none_or(self, f: impl FnOnce(T) -> bool) -> bool;
            pub fn unwrap(self) -> T;
            pub fn expect(self, msg: &str) -> T;
            pub fn unwrap_or(self, default: T) -> T;
            pub fn unwrap_or_default(self) -> T;
            pub fn unwrap_or_else(self, f: impl FnOnce() -> T) -> T;
            pub fn take(&mut self) -> Option<T>;
            pub fn replace(&mut self, value: T) -> Option<T>;
            pub fn insert(&mut self, value: T) -> &mut T;
            pub fn get_or_insert(&mut self, value: T) -> &mut T;
            pub fn get_or_insert_with(&mut self, f: impl FnOnce() -> T) -> &mut T;
            pub fn get_or_insert_default(&mut self) -> &mut T;
            pub fn as_ref(&self) -> Option<&T>;
            pub fn as_mut(&mut self) -> Option<&mut T>;
            pub fn ok_or<E>(self, err: E) -> Result<T, E>;
            pub fn ok_or_else<E>(self, err: impl FnOnce() -> E) -> Result<T, E>;
            pub fn and<U>(self, optb: Option<U>) -> Option<U>;
            pub fn or(self, optb: Option<T>) -> Option<T>;
            pub fn xor(self, optb: Option<T>) -> Option<T>;
            pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Option<U>;
            pub fn map_or<U>(self, default: U, f: impl FnOnce(T) -> U) -> U;
            pub fn map_or_else<U>(self, default: impl FnOnce() -> U, f: impl FnOnce(T) -> U) -> U;
            pub fn and_then<U>(self, f: impl FnOnce(T) -> Option<U>) -> Option<U>;
            pub fn or_else(self, f: impl FnOnce() -> Option<T>) -> Option<T>;
            pub fn filter(self, f: impl FnOnce(&T) -> bool) -> Option<T>;
            pub fn iter(&self) -> Iter<&T>;
            pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)>;
            pub fn unwrap_unchecked(self) -> T;
            pub fn flatten(self) -> _;
            pub fn into_iter(self) -> Iter<T>;
            pub fn as_deref(&self) -> _;
        }
        impl<T> Option<&T> {
            pub fn cloned(self) -> Option<T>;
            pub fn copied(self) -> Option<T>;
        }
        impl<T> Option<&mut T> {
            pub fn cloned(self) -> Option<T>;
            pub fn copied(self) -> Option<T>;
        }
    }
    pub mod result {
        #[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Hash)]
        pub enum Result<T, E> { Ok(T), Err(E) }
        impl<T, E> Option<Result<T, E>> {
            pub fn transpose(self) -> Result<Option<T>, E>;
        }
        impl<T, E> Result<Option<T>, E> {
            pub fn transpose(self) -> Option<Result<T, E>>;
        }
        impl<T, E> Result<T, E> {
            pub fn is_ok(&self) -> bool;
            pub fn is_err(&self) -> bool;
            pub fn is_ok_and(self, f: impl FnOnce(T) -> bool) -> bool;
            pub fn is_err_and(self, f: impl FnOnce(E) -> bool) -> bool;
            pub fn unwrap(self) -> T;
            pub fn expect(self, msg: &str) -> T;
            pub fn unwrap_err(self) -> E;
            pub fn expect_err(self, msg: &str) -> E;
            pub fn unwrap_or(self, default: T) -> T;
            pub fn unwrap_or_default(self) -> T;
            pub fn unwrap_or_else(self, f: impl FnOnce(E) -> T) -> T;
            pub fn ok(self) -> Option<T>;
            pub fn err(self) -> Option<E>;
            pub fn as_ref(&self) -> Result<&T, &E>;
            pub fn as_mut(&mut self) -> Result<&mut T, &mut E>;
            pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Result<U, E>;
            pub fn map_err<F>(self, f: impl FnOnce(E) -> F) -> Result<T, F>;
            pub fn and_then<U>(self, f: impl FnOnce(T) -> Result<U, E>) -> Result<U, E>;
            pub fn or_else<F>(self, f: impl FnOnce(E) -> Result<T, F>) -> Result<T, F>;
            pub fn map_or<U>(self, default: U, f: impl FnOnce(T) -> U) -> U;
            pub fn map_or_else<U>(self, default: impl FnOnce(E) -> U, f: impl FnOnce(T) -> U) -> U;
            pub fn and<U>(self, res: Result<U, E>) -> Result<U, E>;
            pub fn or<F>(self, res: Result<T, F>) -> Result<T, F>;
            pub fn iter(&self) -> Iter<&T>;
            pub fn into_iter(self) -> Iter<T>;
        }
    }
    pub mod borrow {
        /// Only `Cow<str>` (`String::from_utf8_lossy`'s), a `String` at
        /// run time.
        #[derive(Clone, Debug, Display, PartialEq, PartialOrd, Hash)]
        pub struct Cow<T>;
        impl<T> Cow<T> {
            pub fn into_owned(self) -> String;
        }
        impl<T> Deref for Cow<T> { type Target = str; }
    }
    pub mod boxed {
        #[derive(Clone, Debug, Display, PartialEq, PartialOrd, Hash, Default)]
        pub struct Box<T>;
        impl<T> Box<T> {
            pub fn new(x: T) -> Box<T>;
            pub fn pin(x: T) -> std::pin::Pin<Box<T>>;
            pub fn leak(b: Box<T>) -> _;
        }
        impl<T> Deref for Box<T> { type Target = T; }
        impl<T> DerefMut for Box<T> {}
    }
    pub mod future {
        pub fn ready<T>(t: T) -> Ready<T>;
        pub fn pending<T>() -> Pending<T>;
        #[derive(Debug)]
        pub struct Ready<T>;
        impl<T> Future for Ready<T> { type Output = T; }
        #[impls(Debug)]
        pub struct Pending<T>;
        impl<T> Future for Pending<T> { type Output = T; }
        pub fn poll_fn<T>(f: impl FnMut(&mut std::task::Context) -> std::task::Poll<T>) -> PollFn<T>;
        #[impls(Debug)]
        pub struct PollFn<T>;
        impl<T> Future for PollFn<T> { type Output = T; }
    }
    pub mod task {
        $STD_TASK
    }
    pub mod pin {
        // `Pin<&mut T>` of `tokio::pin!` and `pin!`, modelled as `Pin<T>`:
        // awaiting it awaits the `T`, and it derefs to it.
        #[derive(Debug)]
        pub struct Pin<T>;
        impl<T> Pin<T> {
            pub fn new(pointer: T) -> Pin<T>;
            pub fn into_inner(pin: Pin<T>) -> T;
            pub fn set(&mut self, value: T);
            pub fn as_mut(&mut self) -> Pin<T>;
        }
        impl<T> Deref for Pin<T> { type Target = T; }
        impl<T> DerefMut for Pin<T> {}
    }
    $CELL
    pub mod sync {
        #[send_needs_sync]
        #[derive(Debug, Display, PartialEq, PartialOrd, Hash, Default)]
        #[complete]
        pub struct Arc<T>;
        impl<T> Arc<T> {
            pub fn new(data: T) -> Arc<T>;
            pub fn clone(&self) -> Arc<T>;
            pub fn strong_count(this: &Arc<T>) -> usize;
            pub fn ptr_eq(this: &Arc<T>, other: &Arc<T>) -> bool;
            pub fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>>;
            pub fn into_inner(this: Arc<T>) -> Option<T>;
            pub fn downgrade(this: &Arc<T>) -> Weak<T>;
            pub fn weak_count(this: &Arc<T>) -> usize;
        }
        impl<T> Deref for Arc<T> { type Target = T; }
        #[send_needs_sync]
        #[derive(Debug, Default)]
        pub struct Weak<T>;
        impl<T> Weak<T> {
            pub fn new() -> Weak<T>;
            pub fn clone(&self) -> Weak<T>;
            pub fn upgrade(&self) -> Option<Arc<T>>;
            pub fn strong_count(&self) -> usize;
            pub fn weak_count(&self) -> usize;
        }
        $STD_MUTEX
        $STD_ONCE
        $STD_MPSC
        $ATOMIC
        $STD_RWLOCK
    }
    pub mod collections {
        $BINARY_HEAP
        pub mod hash_map {
            #[derive(Debug)]
            pub struct Entry<K, V>;
            impl<K, V> Entry<K, V> {
                pub fn or_insert(self, default: V) -> &mut V;
                pub fn or_insert_with(self, default: impl FnOnce() -> V) -> &mut V;
                pub fn or_default(self) -> &mut V;
                pub fn and_modify(self, f: impl FnOnce(&mut V)) -> Entry<K, V>;
                pub fn key(&self) -> &K;
            }
        }
        pub mod btree_map {
            #[derive(Debug)]
            pub struct Entry<K, V>;
            impl<K, V> Entry<K, V> {
                pub fn or_insert(self, default: V) -> &mut V;
                pub fn or_insert_with(self, default: impl FnOnce() -> V) -> &mut V;
                pub fn or_default(self) -> &mut V;
                pub fn and_modify(self, f: impl FnOnce(&mut V)) -> Entry<K, V>;
                pub fn key(&self) -> &K;
            }
        }
        #[derive(Clone, Debug, PartialEq, Default)]
        pub struct HashMap<K, V>;
        impl<K, V> HashMap<K, V> {
            pub fn from_iter(iter: _) -> HashMap<K, V>;
            pub fn new() -> HashMap<K, V>;
            pub fn with_capacity(capacity: usize) -> HashMap<K, V>;
            pub fn insert(&mut self, k: K, v: V) -> Option<V>;
            pub fn get(&self, k: _) -> Option<&V>;
            pub fn get_mut(&mut self, k: _) -> Option<&mut V>;
            pub fn contains_key(&self, k: _) -> bool;
            pub fn remove(&mut self, k: _) -> Option<V>;
            pub fn entry(&mut self, key: K) -> std::collections::hash_map::Entry<K, V>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn clear(&mut self);
            pub fn keys(&self) -> Iter<&K>;
            pub fn values(&self) -> Iter<&V>;
            pub fn values_mut(&mut self) -> Iter<&mut V>;
            pub fn iter(&self) -> Iter<(&K, &V)>;
            pub fn iter_mut(&mut self) -> Iter<(&K, &mut V)>;
            pub fn into_iter(self) -> Iter<(K, V)>;
            pub fn drain(&mut self) -> Iter<(K, V)>;
            pub fn retain(&mut self, f: _);
            pub fn extend(&mut self, iter: _);
            pub fn from(value: _) -> HashMap<K, V>;
        }
        #[derive(Clone, Debug, PartialEq, PartialOrd, Default)]
        pub struct BTreeMap<K, V>;
        impl<K, V> BTreeMap<K, V> {
            pub fn from(value: _) -> BTreeMap<K, V>;
            pub fn from_iter(iter: _) -> BTreeMap<K, V>;
            pub fn new() -> BTreeMap<K, V>;
            pub fn insert(&mut self, k: K, v: V) -> Option<V>;
            pub fn get(&self, k: _) -> Option<&V>;
            pub fn get_mut(&mut self, k: _) -> Option<&mut V>;
            pub fn contains_key(&self, k: _) -> bool;
            pub fn remove(&mut self, k: _) -> Option<V>;
            pub fn entry(&mut self, key: K) -> std::collections::btree_map::Entry<K, V>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn clear(&mut self);
            pub fn keys(&self) -> Iter<&K>;
            pub fn values(&self) -> Iter<&V>;
            pub fn values_mut(&mut self) -> Iter<&mut V>;
            pub fn iter(&self) -> Iter<(&K, &V)>;
            pub fn iter_mut(&mut self) -> Iter<(&K, &mut V)>;
            pub fn into_iter(self) -> Iter<(K, V)>;
            pub fn first_key_value(&self) -> Option<(&K, &V)>;
            pub fn last_key_value(&self) -> Option<(&K, &V)>;
            pub fn pop_first(&mut self) -> Option<(K, V)>;
            pub fn pop_last(&mut self) -> Option<(K, V)>;
            pub fn range(&self, r: _) -> Iter<(&K, &V)>;
            pub fn retain(&mut self, f: _);
            pub fn extend(&mut self, iter: _);
        }
        #[derive(Clone, Debug, PartialEq, Default)]
        pub struct HashSet<T>;
        impl<T> HashSet<T> {
            pub fn from(value: _) -> HashSet<T>;
            pub fn from_iter(iter: _) -> HashSet<T>;
            pub fn new() -> HashSet<T>;
            pub fn with_capacity(capacity: usize) -> HashSet<T>;
            pub fn insert(&mut self, value: T) -> bool;
            pub fn contains(&self, value: _) -> bool;
            pub fn remove(&mut self, value: _) -> bool;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn clear(&mut self);
            pub fn iter(&self) -> Iter<&T>;
            pub fn into_iter(self) -> Iter<T>;
            pub fn extend(&mut self, iter: _);
            pub fn retain(&mut self, f: _);
            pub fn union(&self, other: &HashSet<T>) -> Iter<&T>;
            pub fn intersection(&self, other: &HashSet<T>) -> Iter<&T>;
            pub fn difference(&self, other: &HashSet<T>) -> Iter<&T>;
            pub fn symmetric_difference(&self, other: &HashSet<T>) -> Iter<&T>;
            pub fn is_subset(&self, other: &HashSet<T>) -> bool;
            pub fn is_superset(&self, other: &HashSet<T>) -> bool;
            pub fn is_disjoint(&self, other: &HashSet<T>) -> bool;
        }
        #[derive(Clone, Debug, PartialEq, PartialOrd, Default)]
        pub struct BTreeSet<T>;
        impl<T> BTreeSet<T> {
            pub fn from(value: _) -> BTreeSet<T>;
            pub fn from_iter(iter: _) -> BTreeSet<T>;
            pub fn new() -> BTreeSet<T>;
            pub fn insert(&mut self, value: T) -> bool;
            pub fn contains(&self, value: _) -> bool;
            pub fn remove(&mut self, value: _) -> bool;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn iter(&self) -> Iter<&T>;
            pub fn into_iter(self) -> Iter<T>;
            pub fn first(&self) -> Option<&T>;
            pub fn last(&self) -> Option<&T>;
            pub fn pop_first(&mut self) -> Option<T>;
            pub fn pop_last(&mut self) -> Option<T>;
            pub fn range(&self, r: _) -> Iter<&T>;
            pub fn clear(&mut self);
            pub fn extend(&mut self, iter: _);
            pub fn union(&self, other: &BTreeSet<T>) -> Iter<&T>;
            pub fn intersection(&self, other: &BTreeSet<T>) -> Iter<&T>;
            pub fn difference(&self, other: &BTreeSet<T>) -> Iter<&T>;
            pub fn symmetric_difference(&self, other: &BTreeSet<T>) -> Iter<&T>;
            pub fn is_subset(&self, other: &BTreeSet<T>) -> bool;
            pub fn is_superset(&self, other: &BTreeSet<T>) -> bool;
            pub fn is_disjoint(&self, other: &BTreeSet<T>) -> bool;
        }
        #[derive(Clone, Debug, PartialEq, PartialOrd, Default)]
        pub struct VecDeque<T>;
        impl<T> VecDeque<T> {
            pub fn from_iter(iter: _) -> VecDeque<T>;
            pub fn new() -> VecDeque<T>;
            pub fn with_capacity(capacity: usize) -> VecDeque<T>;
            pub fn push_back(&mut self, value: T);
            pub fn push_front(&mut self, value: T);
            pub fn pop_back(&mut self) -> Option<T>;
            pub fn pop_front(&mut self) -> Option<T>;
            pub fn front(&self) -> Option<&T>;
            pub fn back(&self) -> Option<&T>;
            pub fn front_mut(&mut self) -> Option<&mut T>;
            pub fn back_mut(&mut self) -> Option<&mut T>;
            pub fn get(&self, index: usize) -> Option<&T>;
            pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn clear(&mut self);
            pub fn contains(&self, x: &T) -> bool;
            pub fn iter(&self) -> Iter<&T>;
            pub fn iter_mut(&mut self) -> Iter<&mut T>;
            pub fn into_iter(self) -> Iter<T>;
            pub fn drain(&mut self, range: _) -> Iter<T>;
            pub fn extend(&mut self, iter: _);
            pub fn insert(&mut self, index: usize, value: T);
            pub fn remove(&mut self, index: usize) -> Option<T>;
            pub fn truncate(&mut self, len: usize);
            pub fn retain(&mut self, f: _);
            pub fn make_contiguous(&mut self) -> &mut [T];
            pub fn from(value: _) -> VecDeque<T>;
        }
    }
    pub mod iter {
        /// Every std iterator, by the type of its items.
        #[derive(Clone, Debug)]
        pub struct Iter<I>;
        impl<I> Iter<I> {
            pub fn next(&mut self) -> Option<I>;
            pub fn next_back(&mut self) -> Option<I>;
            pub fn enumerate(self) -> Iter<(usize, I)>;
            pub fn rev(self) -> Iter<I>;
            pub fn skip(self, n: usize) -> Iter<I>;
            pub fn take(self, n: usize) -> Iter<I>;
            pub fn step_by(self, step: usize) -> Iter<I>;
            pub fn chain(self, other: _) -> Iter<I>;
            pub fn zip<J>(self, other: Iter<J>) -> Iter<(I, J)>;
            pub fn peekable(self) -> Iter<I>;
            pub fn peek(&mut self) -> Option<&I>;
            pub fn next_if(&mut self, f: impl FnOnce(&I) -> bool) -> Option<I>;
            pub fn next_if_eq(&mut self, expected: &I) -> Option<I>;
            pub fn count(self) -> usize;
            pub fn last(self) -> Option<I>;
            pub fn nth(&mut self, n: usize) -> Option<I>;
            pub fn sum<S>(self) -> S;
            pub fn product<S>(self) -> S;
            pub fn collect<B>(self) -> B;
            pub fn min(self) -> Option<I>;
            pub fn max(self) -> Option<I>;
            pub fn cycle(self) -> Iter<I>;
            pub fn scan<St, B>(self, init: St, f: impl FnMut(&mut St, I) -> Option<B>) -> Iter<B>;
            pub fn map<B>(self, f: impl FnMut(I) -> B) -> Iter<B>;
            pub fn filter(self, f: impl FnMut(&I) -> bool) -> Iter<I>;
            pub fn filter_map<B>(self, f: impl FnMut(I) -> Option<B>) -> Iter<B>;
            pub fn flat_map(self, f: _) -> _;
            pub fn for_each(self, f: impl FnMut(I));
            pub fn fold<B>(self, init: B, f: impl FnMut(B, I) -> B) -> B;
            pub fn reduce(self, f: impl FnMut(I, I) -> I) -> Option<I>;
            pub fn any(&mut self, f: impl FnMut(I) -> bool) -> bool;
            pub fn try_fold<B, R>(&mut self, init: B, f: impl FnMut(B, I) -> R) -> R;
            pub fn try_for_each<R>(&mut self, f: impl FnMut(I) -> R) -> R;
            pub fn all(&mut self, f: impl FnMut(I) -> bool) -> bool;
            pub fn find(&mut self, f: impl FnMut(&I) -> bool) -> Option<I>;
            pub fn find_map<B>(&mut self, f: impl FnMut(I) -> Option<B>) -> Option<B>;
            pub fn position(&mut self, f: impl FnMut(I) -> bool) -> Option<usize>;
            pub fn min_by_key<K>(self, f: impl FnMut(&I) -> K) -> Option<I>;
            pub fn max_by_key<K>(self, f: impl FnMut(&I) -> K) -> Option<I>;
            pub fn min_by(self, compare: impl FnMut(&I, &I) -> std::cmp::Ordering) -> Option<I>;
            pub fn max_by(self, compare: impl FnMut(&I, &I) -> std::cmp::Ordering) -> Option<I>;
            pub fn skip_while(self, f: impl FnMut(&I) -> bool) -> Iter<I>;
            pub fn take_while(self, f: impl FnMut(&I) -> bool) -> Iter<I>;
            pub fn inspect(self, f: impl FnMut(&I)) -> Iter<I>;
            pub fn flatten(self) -> _;
            pub fn into_iter(self) -> Iter<I>;
            pub fn by_ref(&mut self) -> _;
            pub fn unzip(self) -> _;
            pub fn partition<B>(self, f: impl FnMut(&I) -> bool) -> (B, B);
        }
        impl<T> Iter<&T> {
            pub fn cloned(self) -> Iter<T>;
            pub fn copied(self) -> Iter<T>;
        }
        pub fn once<T>(value: T) -> Iter<T>;
        pub fn empty<T>() -> Iter<T>;
        pub fn repeat<T: Clone>(elt: T) -> Iter<T>;
        pub fn repeat_n<T: Clone>(element: T, count: usize) -> Iter<T>;
        pub fn repeat_with<T>(repeater: impl FnMut() -> T) -> Iter<T>;
        pub fn from_fn<T>(f: impl FnMut() -> Option<T>) -> Iter<T>;
        pub fn successors<T>(first: Option<T>, succ: impl FnMut(&T) -> Option<T>) -> Iter<T>;
    }
    pub mod ops {
        #[derive(Clone, Debug, PartialEq)]
        pub struct Range<T>;
        impl<T> Range<T> {
            pub fn contains(&self, item: &T) -> bool;
            pub fn rev(self) -> Iter<T>;
            pub fn step_by(self, step: usize) -> Iter<T>;
            pub fn enumerate(self) -> Iter<(usize, T)>;
            pub fn skip(self, n: usize) -> Iter<T>;
            pub fn take(self, n: usize) -> Iter<T>;
            pub fn zip<J>(self, other: Iter<J>) -> Iter<(T, J)>;
            pub fn chain(self, other: _) -> Iter<T>;
            pub fn is_empty(&self) -> bool;
            pub fn len(&self) -> usize;
            pub fn next(&mut self) -> Option<T>;
            pub fn next_back(&mut self) -> Option<T>;
            pub fn count(self) -> usize;
            pub fn last(self) -> Option<T>;
            pub fn sum<S>(self) -> S;
            pub fn product<S>(self) -> S;
            pub fn collect<B>(self) -> B;
            pub fn min(self) -> Option<T>;
            pub fn max(self) -> Option<T>;
            pub fn map<B>(self, f: impl FnMut(T) -> B) -> Iter<B>;
            pub fn filter(self, f: impl FnMut(&T) -> bool) -> Iter<T>;
            pub fn filter_map<B>(self, f: impl FnMut(T) -> Option<B>) -> Iter<B>;
            pub fn for_each(self, f: impl FnMut(T));
            pub fn fold<B>(self, init: B, f: impl FnMut(B, T) -> B) -> B;
            pub fn reduce(self, f: impl FnMut(T, T) -> T) -> Option<T>;
            pub fn any(&mut self, f: impl FnMut(T) -> bool) -> bool;
            pub fn try_fold<B, R>(&mut self, init: B, f: impl FnMut(B, T) -> R) -> R;
            pub fn try_for_each<R>(&mut self, f: impl FnMut(T) -> R) -> R;
            pub fn all(&mut self, f: impl FnMut(T) -> bool) -> bool;
            pub fn find(&mut self, f: impl FnMut(&T) -> bool) -> Option<T>;
            pub fn position(&mut self, f: impl FnMut(T) -> bool) -> Option<usize>;
            pub fn into_iter(self) -> Iter<T>;
            pub fn flat_map(self, f: _) -> _;
            pub fn cycle(self) -> Iter<T>;
            pub fn scan<St, B>(self, init: St, f: impl FnMut(&mut St, T) -> Option<B>) -> Iter<B>;
        }
    }
    pub mod f64 {
        pub mod consts {
            pub const PI: f64 = 0.0;
            pub const TAU: f64 = 0.0;
            pub const E: f64 = 0.0;
            pub const SQRT_2: f64 = 0.0;
            pub const LN_2: f64 = 0.0;
            pub const LN_10: f64 = 0.0;
            pub const LOG2_E: f64 = 0.0;
            pub const LOG10_E: f64 = 0.0;
            pub const FRAC_PI_2: f64 = 0.0;
            pub const FRAC_PI_3: f64 = 0.0;
            pub const FRAC_PI_4: f64 = 0.0;
            pub const FRAC_PI_6: f64 = 0.0;
            pub const FRAC_PI_8: f64 = 0.0;
            pub const FRAC_1_PI: f64 = 0.0;
            pub const FRAC_2_PI: f64 = 0.0;
            pub const FRAC_1_SQRT_2: f64 = 0.0;
            pub const FRAC_2_SQRT_PI: f64 = 0.0;
            pub const LOG2_10: f64 = 0.0;
            pub const LOG10_2: f64 = 0.0;
        }
    }
    pub mod f32 {
        pub mod consts {
            pub const PI: f32 = 0.0;
            pub const TAU: f32 = 0.0;
            pub const E: f32 = 0.0;
            pub const SQRT_2: f32 = 0.0;
            pub const LN_2: f32 = 0.0;
            pub const LN_10: f32 = 0.0;
            pub const LOG2_E: f32 = 0.0;
            pub const LOG10_E: f32 = 0.0;
            pub const FRAC_PI_2: f32 = 0.0;
            pub const FRAC_PI_3: f32 = 0.0;
            pub const FRAC_PI_4: f32 = 0.0;
            pub const FRAC_PI_6: f32 = 0.0;
            pub const FRAC_PI_8: f32 = 0.0;
            pub const FRAC_1_PI: f32 = 0.0;
            pub const FRAC_2_PI: f32 = 0.0;
            pub const FRAC_1_SQRT_2: f32 = 0.0;
            pub const FRAC_2_SQRT_PI: f32 = 0.0;
            pub const LOG2_10: f32 = 0.0;
            pub const LOG10_2: f32 = 0.0;
        }
    }
    pub mod time {
        #[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Hash, Default)]
        #[complete]
        pub struct Duration;
        impl Duration {
            pub const ZERO: Duration = 0;
            pub const MAX: Duration = 0;
            pub const SECOND: Duration = 0;
            pub const MILLISECOND: Duration = 0;
            pub fn new(secs: u64, nanos: u32) -> Duration;
            pub fn from_secs(secs: u64) -> Duration;
            pub fn from_millis(millis: u64) -> Duration;
            pub fn from_micros(micros: u64) -> Duration;
            pub fn from_nanos(nanos: u64) -> Duration;
            pub fn from_secs_f64(secs: f64) -> Duration;
            pub fn from_secs_f32(secs: f32) -> Duration;
            pub fn as_secs(&self) -> u64;
            pub fn as_millis(&self) -> u128;
            pub fn as_micros(&self) -> u128;
            pub fn as_nanos(&self) -> u128;
            pub fn as_secs_f64(&self) -> f64;
            pub fn as_secs_f32(&self) -> f32;
            pub fn as_millis_f64(&self) -> f64;
            pub fn as_millis_f32(&self) -> f32;
            pub fn subsec_millis(&self) -> u32;
            pub fn subsec_micros(&self) -> u32;
            pub fn subsec_nanos(&self) -> u32;
            pub fn is_zero(&self) -> bool;
            pub fn checked_add(self, rhs: Duration) -> Option<Duration>;
            pub fn checked_sub(self, rhs: Duration) -> Option<Duration>;
            pub fn checked_mul(self, rhs: u32) -> Option<Duration>;
            pub fn checked_div(self, rhs: u32) -> Option<Duration>;
            pub fn saturating_add(self, rhs: Duration) -> Duration;
            pub fn saturating_sub(self, rhs: Duration) -> Duration;
            pub fn saturating_mul(self, rhs: u32) -> Duration;
            pub fn mul_f64(self, rhs: f64) -> Duration;
            pub fn mul_f32(self, rhs: f32) -> Duration;
            pub fn div_f64(self, rhs: f64) -> Duration;
            pub fn div_f32(self, rhs: f32) -> Duration;
            pub fn abs_diff(self, other: Duration) -> Duration;
            pub fn from_secs_f64_checked(secs: f64) -> _;
            pub fn try_from_secs_f64(secs: f64) -> _;
            pub fn try_from_secs_f32(secs: f32) -> _;
            pub fn div_duration_f64(self, rhs: Duration) -> f64;
            pub fn div_duration_f32(self, rhs: Duration) -> f32;
            pub fn clone(&self) -> Duration;
            pub fn eq(&self, other: &Duration) -> bool;
            pub fn ne(&self, other: &Duration) -> bool;
            pub fn cmp(&self, other: &Duration) -> _;
            pub fn partial_cmp(&self, other: &Duration) -> _;
            pub fn max(self, other: Duration) -> Duration;
            pub fn min(self, other: Duration) -> Duration;
            pub fn clamp(self, min: Duration, max: Duration) -> Duration;
            pub fn default() -> Duration;
            pub fn hash(&self, state: _);
            pub fn into(self) -> _;
            pub fn from(value: _) -> Duration;
            pub fn try_into(self) -> _;
            pub fn try_from(value: _) -> _;
            pub fn to_owned(&self) -> Duration;
            pub fn clone_from(&mut self, source: &Duration);
            pub fn lt(&self, other: &Duration) -> bool;
            pub fn le(&self, other: &Duration) -> bool;
            pub fn gt(&self, other: &Duration) -> bool;
            pub fn ge(&self, other: &Duration) -> bool;
            pub fn borrow(&self) -> _;
            pub fn borrow_mut(&mut self) -> _;
            pub fn type_id(&self) -> _;
            pub fn sum(iter: _) -> Duration;
        }
        impl Add<Duration> for Duration { type Output = Duration; }
        impl Sub<Duration> for Duration { type Output = Duration; }
        impl Mul<u32> for Duration { type Output = Duration; }
        impl Div<u32> for Duration { type Output = Duration; }
        impl AddAssign<Duration> for Duration {}
        impl SubAssign<Duration> for Duration {}
        impl MulAssign<u32> for Duration {}
        impl DivAssign<u32> for Duration {}
        #[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Hash)]
        pub struct Instant;
        impl Instant {
            pub fn now() -> Instant;
            pub fn elapsed(&self) -> Duration;
            pub fn duration_since(&self, earlier: Instant) -> Duration;
            pub fn saturating_duration_since(&self, earlier: Instant) -> Duration;
            pub fn checked_duration_since(&self, earlier: Instant) -> Option<Duration>;
            pub fn checked_add(&self, duration: Duration) -> Option<Instant>;
            pub fn checked_sub(&self, duration: Duration) -> Option<Instant>;
            pub fn clone(&self) -> Instant;
        }
        impl Add<Duration> for Instant { type Output = Instant; }
        impl Sub<Duration> for Instant { type Output = Instant; }
        impl Sub<Instant> for Instant { type Output = Duration; }
        impl AddAssign<Duration> for Instant {}
        impl SubAssign<Duration> for Instant {}
    }
    $FMT
    $THREAD
    pub mod num {
        #[derive(Clone, Debug, Display, PartialEq)]
        pub struct ParseIntError;
        impl ParseIntError { pub fn kind(&self) -> &IntErrorKind; }
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum IntErrorKind { Empty, InvalidDigit, PosOverflow, NegOverflow, Zero }
        #[derive(Clone, Debug, Display, PartialEq)]
        pub struct ParseFloatError;
    }
    pub mod io {
        #[derive(Debug, Display)]
        pub struct Error;
        impl Error { pub fn kind(&self) -> _; }
    }
    pub mod mem {
        pub fn drop<T>(x: T);
        pub fn forget<T>(t: T);
        pub fn swap<T>(x: &mut T, y: &mut T);
        pub fn replace<T>(dest: &mut T, src: T) -> T;
        pub fn take<T>(dest: &mut T) -> T;
        pub fn size_of<T>() -> usize;
        pub fn align_of<T>() -> usize;
    }
    pub mod cmp {
        /// Orders its value the other way round.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct Reverse<T>(pub T);
        pub fn max<T>(v1: T, v2: T) -> T;
        pub fn min<T>(v1: T, v2: T) -> T;
    }
    pub mod default {
        /// `Default::default()`: the trait's function, typed by its context.
        pub mod Default {
            pub fn default<T>() -> T;
        }
    }
}

mod tokio {
    $TASK
    $TIME
    $RUNTIME
    $SIGNAL
    pub mod sync {
        $MUTEX
        $SEMAPHORE
        $NOTIFY
        $BARRIER
        $ONCE
        $RWLOCK
        $MPSC
        $ONESHOT
        $BROADCAST
        $WATCH
    }
}

mod tokio_util {
    pub mod sync {
        $UTIL_CANCEL
    }
    pub mod task {
        $UTIL_TRACKER
    }
}

mod futures {
    pub mod channel {
        $FUTURES_MPSC
    }
    pub mod future {
        pub fn poll_fn<T>(f: impl FnMut(&mut std::task::Context) -> std::task::Poll<T>) -> std::future::PollFn<T>;
        pub fn ready<T>(t: T) -> std::future::Ready<T>;
        pub fn pending<T>() -> std::future::Pending<T>;
        pub fn join_all(iter: _) -> _;
        pub fn try_join_all(iter: _) -> _;
        pub type BoxFuture = std::pin::Pin<Box<dyn std::future::Future<Output = _> + Send>>;
    }
    pub mod stream {
        pub fn unfold<T, Fut>(init: T, f: impl FnMut(T) -> Fut) -> _;
        pub struct StreamExt;
    }
    pub mod task {
        pub fn noop_waker() -> std::task::Waker;
        pub fn noop_waker_ref() -> &'static std::task::Waker;
        pub fn waker<W: ArcWake>(wake: std::sync::Arc<W>) -> std::task::Waker;
        pub fn waker_ref<W: ArcWake>(wake: &std::sync::Arc<W>) -> std::task::Waker;
    }
}

mod tokio_stream {
    $STREAM
}
"#;
