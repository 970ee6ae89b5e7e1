// A macro of its own syntax inside a body may declare what follows it
// names: it stops the check first, as not supported, instead of a
// made-up "cannot find" (E0422) for what it declares.
fn main() {
    use pin_project_lite::pin_project;
    pin_project! {
        struct Has {
            x: u32,
        }
    }
    let h = Has { x: 1 };
    println!("{}", h.x);
}
