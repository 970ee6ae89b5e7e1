//! `char` classes and ASCII case conversion
//!
//! `is_alphanumeric`, `is_whitespace`, `is_uppercase`/`is_lowercase`, the `is_ascii_*` family,
//! `is_ascii` on a `char` and a `str`, and `to_ascii_uppercase`/`to_ascii_lowercase` on a `char`
//! (a `char`) and on a `str` (a `String`), used to build an acronym and count classes in a task.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let c = 'q';
    println!("{} {} {} {}", c.is_alphanumeric(), c.is_whitespace(), c.is_uppercase(), c.is_lowercase());
    println!("{} {} {}", c.is_ascii(), c.is_ascii_alphabetic(), c.is_ascii_alphanumeric());
    println!("{} {} {} {}", c.is_ascii_uppercase(), c.is_ascii_lowercase(), '!'.is_ascii_punctuation(), ' '.is_ascii_whitespace());
    println!("{} {} {} {}", c.to_ascii_uppercase(), 'Q'.to_ascii_lowercase(), "MiXed 1".to_ascii_uppercase(), "MiXed".to_ascii_lowercase());
    println!("{} {}", "plain".is_ascii(), "café".is_ascii());
    let title = "the quick brown fox";
    let acronym: String = title.split(' ').filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
    let counts = tokio::spawn(async move {
        let text = "Hello, World 42!";
        let upper = text.chars().filter(|c| c.is_uppercase()).count();
        let punct = text.chars().filter(|c| c.is_ascii_punctuation()).count();
        let spaces = text.chars().filter(|c| c.is_whitespace()).count();
        let alnum = text.chars().filter(|c| c.is_alphanumeric()).count();
        (upper, punct, spaces, alnum)
    });
    println!("{acronym} {:?}", counts.await.unwrap());
}
