// A std trait the VM cannot implement for a user type yet says so (a
// user `FromStr`, `From`, `Display`... do run).
struct Name(String);

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let name = Name("ada".to_string());
    let s: &str = name.as_ref();
    println!("{s}");
}
