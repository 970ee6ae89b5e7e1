fn main() {
    let t = ((1, 2), (3, (4, 5)));
    let a = t.0;
    let b = t.0.1;
    let c = t.1.1.0;
    let d = t.1 .1;
    let e = pair.0.len();
    let f = self.0.1.await;
    let g = t.0.0 + t.1.0;
    t.0.1 = 9;
    let s = Point(1, 2).1;
    let r = x.0?.1;
}
