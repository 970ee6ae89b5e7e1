struct Acc<'a> { out: &'a mut String }
fn make(s: &mut String) -> Acc<'_> { Acc { out: s } }
fn main() {
    let mut s = String::from("a");
    let a = make(&mut s);
    a.out.push('x');
    let b = Acc { out: a.out };
    b.out.push('y');
    println!("{s}");
}
