//! A value of the wrong type for a trait's associated type, named by a qualified path
//!
//! `Users` implements `Store` with `type Key = u32`, so `<Users as Store>::Key` is `u32` and a
//! string cannot be one. rustc reports E0308, "mismatched types".

trait Store {
    type Key;
    fn first_key(&self) -> Self::Key;
}

struct Users;

impl Store for Users {
    type Key = u32;
    fn first_key(&self) -> u32 {
        1
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let users = Users;
    let first: <Users as Store>::Key = users.first_key();
    let next: <Users as Store>::Key = "two";
    println!("{first} {next}");
}
