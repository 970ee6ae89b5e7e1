struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            return None;
        }
        self.0 -= 1;
        Some(self.0)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    for n in Countdown(3) {
        println!("{n}");
    }
}
