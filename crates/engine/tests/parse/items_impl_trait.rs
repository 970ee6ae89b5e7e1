#![allow(dead_code)]
#![allow(unused_variables, unused_mut)]
impl Point {
    const ORIGIN: Point = Point { x: 0, y: 0 };
    pub fn new(x: i32, y: i32) -> Self { Point { x, y } }
}
impl<T: Clone> Pair<T> {
    fn first(&self) -> T { self.0.clone() }
}
impl std::fmt::Display for Point {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}
impl<T> From<T> for Wrapper<T> where T: Clone {
    fn from(t: T) -> Self { todo!() }
}
unsafe impl Send for Point {}
trait Shape: Clone + Send {
    fn area(&self) -> f64;
    fn name(&self) -> String { "shape".into() }
}
pub trait Marker {}
const MAX: usize = 10;
static GREETING: &str = "hello";
static mut COUNTER: u32 = 0;
const _: () = ();
type Shared = Arc<Mutex<Vec<String>>>;
pub type Res<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;
mod inner {
    #![allow(unused)]
    pub fn helper() -> u32 { 1 }
    pub mod deeper {
        pub struct Hidden;
    }
}
