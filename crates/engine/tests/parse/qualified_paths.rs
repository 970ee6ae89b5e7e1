fn main() {
    let t = <i32>::max_value();
    let u: <T as Trait>::Assoc = <Sq as Shape>::SIDES;
    let v = <Vec<i32>>::new();
    let s = <String as From<&str>>::from("hi");
    let a = <Sq as Shape>::area(&sq) + <Self as Tr<u8>>::f::<i32>(self);
    let w = xs.iter().map(<Sq as Shape>::area);
    let n = <<T as Iterator>::Item as Default>::default();
}
fn f<I: Iterator>(i: I) -> Option<<I as Iterator>::Item> { i.next() }
