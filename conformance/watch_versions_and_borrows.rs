//! watch: versions, `borrow`, `borrow_and_update`, `has_changed`, `mark_changed`, `mark_unchanged`
//!
//! A receiver remembers the version it has seen: `borrow` looks without marking it seen, `borrow_and_update` marks it, `mark_changed` makes the current value new again and `mark_unchanged` marks it seen. A new subscriber has seen the current version; a clone has seen what its original has.

use tokio::sync::watch;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = watch::channel(String::from("v0"));
    println!("start: {} changed={:?}", *rx.borrow(), rx.has_changed());
    tx.send(String::from("v1")).unwrap();
    {
        let r = rx.borrow();
        println!("borrow: {} ref changed={}", *r, r.has_changed());
    }
    println!("after borrow: changed={:?}", rx.has_changed());
    {
        let r = rx.borrow_and_update();
        println!("borrow_and_update: {} ref changed={}", *r, r.has_changed());
    }
    println!("after borrow_and_update: changed={:?}", rx.has_changed());
    rx.mark_changed();
    println!("after mark_changed: changed={:?}", rx.has_changed());
    rx.mark_unchanged();
    println!("after mark_unchanged: changed={:?}", rx.has_changed());

    let old = tx.send_replace(String::from("v2"));
    println!("send_replace gave back {old}");
    let mut late = tx.subscribe();
    let copy = rx.clone();
    println!("subscriber changed={:?}, clone changed={:?}", late.has_changed(), copy.has_changed());
    println!("sender sees {} (changed={})", *tx.borrow(), tx.borrow().has_changed());
    println!("len through the Ref: {}", rx.borrow().len());
    tx.send(String::from("v3")).unwrap();
    late.changed().await.unwrap();
    println!("late saw {}", *late.borrow_and_update());
    println!("receivers={} senders={}", tx.receiver_count(), tx.sender_count());
    let tx2 = tx.clone();
    println!("senders={} same={} {}", tx.sender_count(), tx.same_channel(&tx2), rx.same_channel(&copy));
    let (other, _orx) = watch::channel(String::new());
    println!("other same={}", tx.same_channel(&other));
    println!("closed? tx={} rx={}", tx.is_closed(), rx.is_closed());
    println!("{:?}", rx.borrow());
    println!("{:?}", tx);
    println!("{:?}", rx);
    println!("{:#?}", copy);
}
