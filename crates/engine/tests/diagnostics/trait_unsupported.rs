use std::fmt;

struct Meters(u32);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}m", self.0)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {}
