// A const generic parameter used as a value: rustc accepts it (and prints
// 8, then 9); the checker keeps no const arguments in its types, so this is
// "not supported yet" at the use, never E0425.
fn size<const N: usize>() -> usize {
    N * 2
}

fn total<const N: usize>(a: [u32; N]) -> u32 {
    a.iter().sum::<u32>() + N as u32
}

fn main() {
    println!("{}", size::<4>());
    println!("{}", total([1, 2, 3]));
}
