//! Strings: width, fill, alignment and precision in format strings
//!
//! Strings pad on the right by default and numbers on the left; `^` centres, a fill
//! character replaces spaces, `.3` truncates a string, and `width$` / `.*` take the
//! width and precision from arguments.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("[{:8}] [{:>8}] [{:^8}] [{:-^9}]", "ab", "ab", "ab", "ab");
    println!("[{:5}] [{:<5}] [{:^5}] [{:05}] [{:+}]", 42, 42, 42, -42, 42);
    println!("[{:.3}] [{:8.3}] [{:>8.2}]", "abcdef", "abcdef", "abcdef");
    let w = 6;
    println!("[{:w$}] [{:>1$}] [{:.*}]", 7, 9, 2, 1.23456, w = w);
    println!("[{:>6}] [{:<6?}] [{:^7?}]", true, 'c', Some(1));
    let name = "x";
    println!("{name}={value:>4}", value = 5);
    println!("{{literal}} {}%", 50);
}
