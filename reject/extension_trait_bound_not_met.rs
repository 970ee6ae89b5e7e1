//! A generic bound on an extension trait, given a type without the impl
//!
//! `log_size` asks for `T: Kib`, and `Kib` is implemented for `u64` only. Passing a `bool` is
//! rustc's E0277, "the trait bound `bool: Kib` is not satisfied", at the argument.

trait Kib {
    fn kib(&self) -> String;
}

impl Kib for u64 {
    fn kib(&self) -> String {
        format!("{} KiB", self / 1024)
    }
}

fn log_size<T: Kib>(label: &str, value: T) {
    println!("{label}: {}", value.kib());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    log_size("file", 4096u64);
    log_size("flag", true);
}
