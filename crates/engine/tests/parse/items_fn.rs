fn plain() {}
pub fn public(x: i32) -> i32 { x }
pub(crate) async fn fetch(id: u64, name: &str) -> Result<String, String> { Ok(name.to_string()) }
pub(super) fn patterns(mut x: i32, (a, b): (i32, i32), _: u8, &y: &i32, [p, q]: [u8; 2]) {}
fn generic<T: Clone + Send + 'static, U, const N: usize>(t: T, u: U) -> T where U: std::fmt::Debug, T: Default {
    t
}
fn with_lifetimes<'a, 'b: 'a>(s: &'a str, _t: &'b str) -> &'a str { s }
const fn answer() -> u32 { 42 }
unsafe fn danger() {}
async unsafe fn both() {}
extern "C" fn callback(x: i32) -> i32 { x }
fn never() -> ! { loop {} }
fn returns_impl() -> impl Fn(i32) -> i32 + Send { |x| x + 1 }
fn r#match(r#type: i32) -> i32 { r#type }
struct S;
impl S {
    fn by_ref(&self) {}
    fn by_mut(&mut self, x: i32) {}
    fn by_value(self) -> Self { self }
    fn by_mut_value(mut self) {}
    fn with_lifetime<'a>(&'a self) {}
    fn with_lifetime_mut<'a>(&'a mut self) {}
    fn typed(self: Arc<Self>) {}
    fn assoc() -> S { S }
    pub async fn run(&self, n: u32) {}
}
