fn main() {
    let a = 1..2;
    let b = 1..=10;
    let c = 5..;
    let d = ..5;
    let e = ..=5;
    let f = ..;
    let g = x + 1..y - 1;
    let h = &v[1..];
    let i = &v[..n];
    let j = &s[..];
    let k = (0..10).rev();
    for i in 0..n {}
    for i in 0..=n {}
    for i in (0..n).step_by(2) {}
    for i in 0.. {}
    let l = 0..v.len();
    let m = (a..b) == (c..d);
    let m2 = a..b == c;
    let n = 1.0..2.0;
    let o = 'a'..='z';
    f(..);
    let p = start..start + len;
}
