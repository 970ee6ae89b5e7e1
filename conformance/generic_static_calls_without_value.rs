//! `T::f()` in a generic function that has no value of type `T`
//!
//! `fn make<T: Animal>(name: &str) -> T { T::new(name) }` calls the `new` of whatever type the
//! caller picks (by annotation, turbofish or inference), also through another generic function
//! that passes its own `T` on, an `async fn`, a trait's associated function or constant
//! (`T::kind()`, `T::ID`) and a hand-written `Default` (`T::default()`).

use std::fmt::Debug;
trait Animal: Debug {
    fn new(name: &str) -> Self;
    fn kind() -> String;
    fn name(&self) -> String;
}
#[derive(Debug)]
struct Dog {
    n: String,
}
#[derive(Debug)]
struct Cat {
    n: String,
}
impl Animal for Dog {
    fn new(name: &str) -> Self {
        Dog { n: name.to_string() }
    }
    fn kind() -> String {
        "dog".into()
    }
    fn name(&self) -> String {
        self.n.clone()
    }
}
impl Animal for Cat {
    fn new(name: &str) -> Self {
        Cat { n: name.to_uppercase() }
    }
    fn kind() -> String {
        "cat".into()
    }
    fn name(&self) -> String {
        self.n.clone()
    }
}
fn make<T: Animal>(name: &str) -> T {
    println!("making a {}", T::kind());
    T::new(name)
}
fn pair<T: Animal>(a: &str, b: &str) -> (T, T) {
    (make::<T>(a), make(b))
}
async fn make_later<A: Animal>(n: &str) -> A {
    tokio::task::yield_now().await;
    A::new(n)
}
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let d: Dog = make("rex");
    let c = make::<Cat>("tom");
    println!("{d:?} {c:?} {}", d.name());
    let (x, y): (Cat, Cat) = pair("a", "b");
    println!("{x:?} {y:?}");
    let l: Dog = make_later("late").await;
    println!("{} {}", defaults::fresh::<defaults::Hand>(), defaults::label::<defaults::Hand>());
    println!("{}", defaults::Hand::default().0);
    println!("{l:?}");
}

mod defaults {
    #[derive(Debug)]
    pub struct Hand(pub u8);

    impl Default for Hand {
        fn default() -> Self {
            Hand(9)
        }
    }

    pub trait Named {
        const ID: u32;
        fn label() -> String;
    }

    impl Named for Hand {
        const ID: u32 = 7;
        fn label() -> String {
            "hand".into()
        }
    }

    pub fn fresh<T: Default + std::fmt::Debug>() -> String {
        format!("{:?}", T::default())
    }

    pub fn label<T: Named>() -> String {
        format!("{}#{}", T::label(), T::ID)
    }
}
