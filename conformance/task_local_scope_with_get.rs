//! task_local!: a value set for one future, across its awaits, not in tasks it spawns
//!
//! `KEY.scope(value, fut)` sets the task-local only while `fut` is polled: code inside sees it
//! with `KEY.with(|v| ..)` and `KEY.get()` (for `Clone` values), also after an `.await` in
//! between, since each poll of the scope future puts the value back in place. A task spawned
//! from inside the scope is polled on its own and does not see it (`try_with` and `try_get` give
//! an `AccessError`, displayed "task-local value not set"), nor does code after the scope ends.
//! An inner scope of the same key shadows the outer value until it ends; `sync_scope` sets a value
//! for a plain closure; two keys are independent.

use tokio::task::yield_now;

tokio::task_local! {
    static REQUEST: u32;
    static USER: String;
}

async fn handler(step: &str) {
    let id = REQUEST.get();
    let user = USER.with(|u| u.clone());
    println!("{step}: request {id} for {user}");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    USER.scope(String::from("ada"), async {
        REQUEST
            .scope(7, async {
                handler("first").await;
                yield_now().await;
                handler("after a yield").await;
                let inner = REQUEST.scope(8, async { REQUEST.get() }).await;
                println!("inner scope saw {inner}, outer sees {}", REQUEST.get());
                let spawned = tokio::spawn(async {
                    match REQUEST.try_get() {
                        Ok(v) => format!("spawned task sees {v}"),
                        Err(e) => format!("spawned task: {e} ({e:?})"),
                    }
                });
                println!("{}", spawned.await.unwrap());
            })
            .await;
        let len = USER.with(|u| u.len());
        println!("user still set: {len} letters");
    })
    .await;
    println!("after the scopes: {:?}", REQUEST.try_with(|v| *v));
    let doubled = REQUEST.sync_scope(21, || REQUEST.with(|v| v * 2));
    println!("sync_scope: {doubled}");
    println!("{:?}", USER.try_get().is_err());
}
