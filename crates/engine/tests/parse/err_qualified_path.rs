fn main() {
    let n = <[i32]>::len(&[1]);
}
