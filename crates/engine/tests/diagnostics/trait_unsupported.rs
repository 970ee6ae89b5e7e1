struct Guard(u32);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let _g = Guard(1);
}
