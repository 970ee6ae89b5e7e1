//! Collections: `Option` and `Result` methods that take no closure
//!
//! `is_some`, `is_none`, `unwrap_or`, `ok`, `err`, `take`, `replace`, `zip`, `as_ref`,
//! `expect` and `?`; each option or result is consumed once.

fn half(x: i32) -> Result<i32, String> {
    if x % 2 == 0 { Ok(x / 2) } else { Err(format!("{} is odd", x)) }
}

fn quarter(x: i32) -> Result<i32, String> {
    let h = half(x)?;
    half(h)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a: Option<i32> = Some(4);
    let b: Option<i32> = None;
    println!("{} {} {} {}", a.is_some(), b.is_none(), a.is_none(), b.is_some());
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(7));
    println!("{:?} {:?}", half(4).ok(), half(3).ok());
    println!("{:?} {:?}", half(4).err(), half(3).err());
    println!("{:?} {:?}", quarter(8), quarter(6));
    let mut c = Some(1);
    let taken = c.take();
    println!("{:?} {:?}", taken, c);
    let old = c.replace(5);
    println!("{:?} {:?}", old, c);
    println!("{:?} {:?}", Some(1).zip(Some("x")), Some(1).zip(None::<i32>));
    let name = Some(String::from("ann"));
    println!("{:?} {:?}", name.as_ref(), name);
    println!("{}", half(10).expect("even"));
}
