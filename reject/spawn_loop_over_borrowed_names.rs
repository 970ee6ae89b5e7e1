//! Spawning a task per element of `for n in &names`
//!
//! Each `n` is a `&String` borrowed from `names`, and `tokio::spawn` needs a task that owns
//! everything it holds (`'static`): the task could outlive `names`. rustc reports E0597, "`names`
//! does not live long enough", at `&names`. Clone each name into the task, or iterate `names` by
//! value.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut handles = Vec::new();
    let names = vec!["a".to_string(), "b".to_string()];
    for n in &names {
        handles.push(tokio::spawn(async move {
            println!("{n}");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}
