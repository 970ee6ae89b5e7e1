//! `#[derive(Default)]` on an enum that marks no variant `#[default]`
//!
//! An enum has no obvious default: the derive needs one unit variant marked `#[default]`. rustc
//! reports E0665, "`#[derive(Default)]` on enum with no `#[default]`".

#[derive(Debug, Default)]
enum Mode {
    Fast,
    Safe,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{:?} {:?}", Mode::default(), Mode::Fast);
    let _ = Mode::Safe;
}
