//! A plain `break` inside a labelled block
//!
//! Inside `'attempt: { .. }`, a `break` without a label could mean the block or the loop around
//! it, so rustc refuses to guess: E0695, "unlabeled `break` inside of a labeled block". Write
//! `break 'attempt;` to leave the block, or label the loop and break out of it by name.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    for retry in 0..3 {
        'attempt: {
            if retry == 0 {
                break 'attempt;
            }
            if retry == 2 {
                break;
            }
            println!("attempt {retry}");
        }
        tokio::task::yield_now().await;
    }
}
