//! Shadowing with different types in nested blocks
//!
//! The inner `x` is a `&str` and the outer `x` an integer; when the block ends the outer one is visible again.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let x = 5;
    {
        let x = "text";
        println!("{}", x.len());
        {
            let x = x.to_uppercase();
            println!("{x}");
        }
        println!("{x}");
    }
    let y = x + 1;
    let x = x * 2;
    let x = format!("{x}!");
    println!("{x} {y}");
}
