//! `try_into()` into a type whose only `TryFrom` impl converts from another type
//!
//! `Port` converts from `&str`, not from `u8`: `5u8.try_into()` into a `Result<Port, _>`
//! needs `Port: TryFrom<u8>`, which nothing provides (nor `From<u8>`, which would give it).
//! rustc's E0277 points at `try_into`.

struct Port(u16);

impl TryFrom<&str> for Port {
    type Error = String;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse().map(Port).map_err(|_| s.to_string())
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let p: Result<Port, _> = 5u8.try_into();
    println!("{}", p.is_ok());
    println!("{:?}", Port::try_from("80").map(|p| p.0));
}
