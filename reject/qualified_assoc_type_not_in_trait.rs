//! A qualified path to an associated type the trait does not declare
//!
//! `Store` declares `Key`, not `Id`: `<Users as Store>::Id` names nothing. rustc reports E0576,
//! "cannot find associated type `Id` in trait `Store`".

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
    let first: <Users as Store>::Id = users.first_key();
    println!("{first}");
}
