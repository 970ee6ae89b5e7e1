// Found probing extreme values while writing the fuzz dictionary, not by a
// fuzzer: this built a gigabyte of padding (40 s in a debug build) before
// the output budget looked at it. Fixed in src/fmt.rs (widths and
// precisions are u16, as in Rust 1.87+).
#[tokio::main]
async fn main() {
    let w = 1000000000usize;
    println!("{:>w$}", 1);
}
