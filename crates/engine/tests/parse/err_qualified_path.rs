fn main() {
    let t = <i32>::max_value();
    let u: <T as Trait>::Assoc = 1;
}
