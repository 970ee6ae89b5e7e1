//! An array literal whose length is not the one its type says
//!
//! An array's length is part of its type: `[i32; 3]` holds exactly three values, so
//! `let weights: [i32; 3] = [5, 10];` is rustc's E0308, "mismatched types", at the literal,
//! labelled "expected an array with a size of 3, found one with a size of 2" (so is `[0; 3]`
//! given to a `[u8; 4]` field).

struct Pixel {
    rgba: [u8; 4],
}

fn main() {
    let weights: [i32; 3] = [5, 10];
    let p = Pixel { rgba: [0; 3] };
    println!("{:?} {:?}", weights, p.rgba);
}
