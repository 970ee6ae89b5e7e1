//! A helper function declared inside another function
//!
//! Items may appear inside a function body; `square` is only visible inside `sum_of_squares`.

fn sum_of_squares(n: u32) -> u32 {
    fn square(x: u32) -> u32 {
        x * x
    }
    let mut t = 0;
    for i in 1..=n {
        t += square(i);
    }
    t
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    fn banner(s: &str) -> String {
        format!("== {s} ==")
    }
    println!("{} {}", banner("sum"), sum_of_squares(3));
}
