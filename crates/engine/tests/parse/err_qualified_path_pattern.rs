fn main() {
    match x { <Sq as Shape>::SIDES => {} _ => {} }
}
