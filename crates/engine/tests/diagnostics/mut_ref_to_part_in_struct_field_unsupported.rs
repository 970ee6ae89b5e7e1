struct S<'a> { r: &'a mut i32 }
struct P { x: i32 }
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut p = P { x: 1 };
    let s = S { r: &mut p.x };
    *s.r += 1;
    println!("{}", p.x);
}
