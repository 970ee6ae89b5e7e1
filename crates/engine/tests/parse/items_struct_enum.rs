struct Unit;
struct Tuple(i32, pub String);
struct Pair<T>(T, T);
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: i32,
    #[allow(dead_code)]
    pub(crate) y: i32,
}
struct Wrapper<T: Clone, U = i32> where T: Send {
    inner: T,
    other: U,
}
struct Empty {}
enum Msg {
    Quit,
    Add(u64),
    Get { key: String, reply: oneshot::Sender<Option<u64>> },
    #[allow(unused)]
    Move { x: i32, y: i32, },
}
enum Color { Red = 1, Green = 2, Blue = 4 + 4 }
pub enum Either<L, R> { Left(L), Right(R) }
enum Void {}
