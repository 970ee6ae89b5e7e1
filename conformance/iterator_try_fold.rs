//! `try_fold` and `try_for_each`: folds that stop at the first `None` or `Err`
//!
//! The closure gives an `Option` or a `Result`; the first `None` or `Err` is the result and the
//! rest of the iterator is left (`it.next()` after it goes on from there); otherwise the result
//! is `Some`/`Ok` of the accumulator (of `()` for `try_for_each`), so an empty iterator gives
//! `Some(init)`. `checked_add` makes an overflow-safe sum this way.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let v = vec![4, 8, 15, 16, 23, 42];
    let r: Option<i32> = v.iter().try_fold(0i32, |acc, &x| acc.checked_add(x));
    let over: Option<u8> = v.iter().try_fold(0u8, |acc, &x| acc.checked_add(x as u8 * 4));
    let empty: Option<i32> = Vec::<i32>::new().iter().try_fold(7, |a, &x| Some(a + x));
    println!("{r:?} {over:?} {empty:?}");
    let sum: Result<i32, String> = v.iter().try_fold(0, |acc, &x| if x < 40 { Ok(acc + x) } else { Err(format!("{x} too big")) });
    let ok: Result<(), String> = v.iter().try_for_each(|&x| if x < 40 { Ok(()) } else { Err(format!("{x} too big")) });
    let fine: Result<(), String> = v.iter().take(2).try_for_each(|&x| {
        println!("saw {x}");
        Ok(())
    });
    let mut it = v.iter().map(|x| x + 1);
    let first_even = it.try_for_each(|x| if x % 2 == 0 { None } else { Some(()) });
    println!("{sum:?} {ok:?} {fine:?} {first_even:?} next {:?}", it.next());
    let r2 = (1..=4).try_fold(1u64, |acc, x| acc.checked_mul(x));
    println!("{r2:?}");
}
