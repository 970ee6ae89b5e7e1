fn main() {
    let unit = ();
    let single = (1,);
    let paren = (1);
    let pair = (1, "two");
    let trailing = (1, 2,);
    let nested = ((1, 2), (3,), ());
    let arr = [1, 2, 3];
    let trailing_arr = [1, 2,];
    let empty: [i32; 0] = [];
    let rep = [0u8; 1024];
    let rep2 = [[0; 3]; 3];
    let idx = arr[0];
    let idx2 = grid[i][j + 1];
    let slice = &arr[..];
    arr[2] = 7;
    grid[0][0] += 1;
    let t = (a, b).0;
    _ = tx.send(1);
    (a, b) = (b, a);
    [x, _] = pair;
}
