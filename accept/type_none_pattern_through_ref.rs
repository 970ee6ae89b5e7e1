//! `None` and other unit patterns matched through a reference
//!
//! Match ergonomics dereference `&Option<T>` and `&mut Option<T>` for every non-reference pattern, including `None`.

#[derive(Debug)]
enum Light {
    Red,
    Green,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let opt: Option<String> = None;
    match &opt {
        Some(s) => println!("some {s}"),
        None => println!("none"),
    }
    if let None = &opt {
        println!("still none");
    }
    let mut count = Some(1);
    match &mut count {
        Some(n) => *n += 1,
        None => {}
    }
    let res: Result<u8, String> = Ok(1);
    match &res {
        Ok(1) => println!("one"),
        Ok(_) => println!("other"),
        Err(e) => println!("{e}"),
    }
    let light = Light::Red;
    let next = match &light {
        Light::Red => Light::Green,
        Light::Green => Light::Red,
    };
    println!("{count:?} {light:?} {next:?} {}", matches!(&opt, None));
}
