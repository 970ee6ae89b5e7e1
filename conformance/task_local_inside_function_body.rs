//! task_local! declared inside a function body
//!
//! `tokio::task_local!` is an item macro: invoked inside a function it declares its keys for that
//! function, the same as at the top of the module. Two functions may each declare their own key,
//! and the scopes of one key nest as usual.

async fn numbers() {
    tokio::task_local! {
        static NUMBER: u32;
    }

    NUMBER
        .scope(1, async move {
            println!("number {}", NUMBER.get());
        })
        .await;

    NUMBER
        .scope(2, async move {
            println!("number {}", NUMBER.get());
            NUMBER
                .scope(3, async move {
                    println!("inner number {}", NUMBER.get());
                })
                .await;
            println!("number again {}", NUMBER.get());
        })
        .await;
    println!("outside: {:?}", NUMBER.try_get().is_err());
}

async fn names() {
    tokio::task_local! {
        static NAME: String;
        static DEPTH: usize;
    }
    let r = NAME.scope("outer".to_string(), async { DEPTH.scope(7, async { NAME.with(|n| format!("{n} at {}", DEPTH.get())) }).await }).await;
    println!("{r}");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    numbers().await;
    names().await;
}
