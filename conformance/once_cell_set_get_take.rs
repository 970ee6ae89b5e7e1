//! `OnceCell` is set once: a second `set` gives the value back, `take` empties it
//!
//! `new`, `const_new`, `new_with` and `const_new_with`; `set` returns `SetError::AlreadyInitializedError(v)`
//! once a value is in (with its `Display`, `Debug` and `is_already_init_err`); `get` reads it, `initialized`
//! says whether there is one; `take` empties the cell so it can be set again; `into_inner` gives the value;
//! a cell is `Debug` as `OnceCell { value: .. }`.

use std::sync::Arc;
use tokio::sync::{OnceCell, SetError};

async fn fill(cell: Arc<OnceCell<String>>, name: &'static str) {
    match cell.set(name.to_string()) {
        Ok(()) => println!("{name} set the cell"),
        Err(SetError::AlreadyInitializedError(v)) => println!("{name} was too late, got back {v:?}"),
        Err(SetError::InitializingError(v)) => println!("{name}: initializing, got back {v:?}"),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let cell: OnceCell<u32> = OnceCell::new();
    println!("{:?} initialized: {} get: {:?}", cell, cell.initialized(), cell.get());
    println!("first set: {:?}", cell.set(1));
    let second = cell.set(2);
    println!("second set: {:?}", second);
    if let Err(e) = second {
        println!("display: {e}, already init: {}, initializing: {}", e.is_already_init_err(), e.is_initializing_err());
    }
    println!("{:?} get: {:?}", cell, cell.get());
    let mut cell = cell;
    println!("take: {:?}, then {:?}", cell.take(), cell.get());
    println!("set again: {:?}", cell.set(3));
    println!("into_inner: {:?}", cell.into_inner());

    let c1: OnceCell<u32> = OnceCell::const_new();
    let c2 = OnceCell::new_with(Some(7));
    let c3: OnceCell<u32> = OnceCell::new_with(None);
    let c4 = OnceCell::const_new_with("fixed");
    println!("{:?} {:?} {:?} {:?}", c1.get(), c2.get(), c3.initialized(), c4.get());

    let shared = Arc::new(OnceCell::new());
    let a = tokio::spawn(fill(shared.clone(), "a"));
    let b = tokio::spawn(fill(shared.clone(), "b"));
    a.await.unwrap();
    b.await.unwrap();
    println!("shared holds {:?}", shared.get());
}
