struct S<'a> { r: &'a mut i32 }
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut x = 1;
    let s = S { r: &mut x };
    *s.r += 1;
    println!("{x}");
}
