//! Strings: `char` methods and conversions
//!
//! Classification (`is_alphabetic`, `is_numeric`, `is_ascii_digit`), `to_digit` in
//! bases 10 and 16, ASCII case conversion of a `char` (a `ToUppercase` iterator that
//! prints as text), and
//! `as` casts between `char` and integers.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for c in ['a', 'Z', '7', 'é', ' ', '٣'] {
        println!("{:?}: alpha {} numeric {} digit {}", c, c.is_alphabetic(), c.is_numeric(), c.is_ascii_digit());
    }
    println!("{:?} {:?} {:?}", '7'.to_digit(10), 'f'.to_digit(16), 'g'.to_digit(16));
    println!("{} {}", 'a'.to_uppercase(), 'Q'.to_lowercase());
    println!("{} {} {}", 'a' as u32, 'é' as u32, 66u8 as char);
    println!("{}", 'x'.to_string() + "y");
    let up: String = 'a'.to_uppercase().to_string();
    println!("{} {}", up, up.len());
}
