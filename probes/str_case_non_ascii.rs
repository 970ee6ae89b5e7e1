//! Strings: upper and lower case of non-ASCII text
//!
//! `to_uppercase` and `to_lowercase` follow Unicode: "Wörld" becomes "WÖRLD", `ß`
//! becomes "SS" (two chars), Greek and Cyrillic letters change case too.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let s = "Hello, Wörld";
    println!("{} {}", s.to_uppercase(), s.to_lowercase());
    println!("{}", "straße".to_uppercase());
    println!("{}", 'ß'.to_uppercase());
    println!("{} {}", "ΑΒΓ".to_lowercase(), "привет".to_uppercase());
    println!("{}", 'É'.to_lowercase());
}
