use std::str::FromStr;

struct Level(u8);

impl FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Level, String> {
        s.parse::<u8>().map(Level).map_err(|e| e.to_string())
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let level: Level = "3".parse().unwrap();
    println!("{}", level.0);
}
