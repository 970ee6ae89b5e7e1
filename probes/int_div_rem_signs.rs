//! Integers: division truncates toward zero, `%` takes the dividend's sign
//!
//! Signed division and remainder with every combination of signs, `rem_euclid`, `abs`
//! and `signum`.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (a, b) = (7i32, 2i32);
    println!("7 / 2 = {}, 7 % 2 = {}", a / b, a % b);
    println!("-7 / 2 = {}, -7 % 2 = {}", -a / b, -a % b);
    println!("7 / -2 = {}, 7 % -2 = {}", a / -b, a % -b);
    println!("-7 / -2 = {}, -7 % -2 = {}", -a / -b, -a % -b);
    println!("(-7).rem_euclid(2) = {}", (-a).rem_euclid(b));
    println!("(-7).abs() = {}", (-a).abs());
    println!("(-7).signum() = {}, 0.signum() = {}", (-a).signum(), (a - a).signum());
    println!("(-7).is_negative() = {}", (-a).is_negative());
}
