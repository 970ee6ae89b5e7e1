#![allow(dead_code)]
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    #[allow(unused_variables)]
    let x = 1;
    #[rustfmt::skip]
    foo( 1,2 );
    let v = #[allow(unused_parens)] (1);
    match x {
        #[allow(unreachable_patterns)]
        1 => {}
        _ => {}
    }
    #[inline]
    fn nested() {}
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg(all(test, not(target_arch = "wasm32")))]
#[doc = "a documented struct"]
#[repr(C)]
struct Tagged(#[allow(unused)] u8);
#[test]
#[should_panic(expected = "boom, twice")]
fn t(#[allow(unused)] x: i32) {}
#[cfg_attr(feature = "x", derive(Debug))]
enum E {
    #[default]
    A,
}
