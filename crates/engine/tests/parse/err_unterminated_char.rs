fn main() {
    let a = '\n;
    let b = 'ab';
    let c = '';
    let d = '(;
}
