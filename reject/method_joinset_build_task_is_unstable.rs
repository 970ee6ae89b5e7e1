//! `JoinSet::build_task` needs `--cfg tokio_unstable`: E0599
//!
//! Tokio's docs show `set.build_task().name("..").spawn(..)`, but the
//! method exists only in builds with `RUSTFLAGS="--cfg tokio_unstable"`.
//! In an ordinary build rustc reports E0599.

use tokio::task::JoinSet;

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let mut set = JoinSet::new();
    set.build_task().name("my_task").spawn(async { 1 })?;
    while let Some(r) = set.join_next().await {
        println!("{}", r.unwrap());
    }
    Ok(())
}
