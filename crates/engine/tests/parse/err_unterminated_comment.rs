fn main() {
    let x = 1;
    /* outer /* inner */ still open
}
