mod a {
    pub fn name() -> &'static str {
        "a"
    }
}

mod b {
    pub fn name() -> &'static str {
        "b"
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{} {}", a::name(), b::name());
}
