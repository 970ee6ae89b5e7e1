//! A plain-language paragraph per diagnostic, for learners: what the rule
//! protects against and the usual fix in concurrent code. The playground
//! shows it under each diagnostic; `taskscope check` prints it as
//! `= explain: ...`.
//!
//! The paragraphs ship in the web app's download: keep each to two or
//! three sentences.

/// The paragraph for a diagnostic with rustc's `code` and `message`.
/// Codeless diagnostics (the `Send` error, the warnings) are matched by
/// their message; a few codes have a variant chosen by the message (data
/// in an `Arc`). `None` for syntax errors and what the table lacks.
pub fn explain(code: Option<&str>, message: &str) -> Option<&'static str> {
    let shared = message.contains("in an `Arc`") || message.contains("in an `Rc`");
    Some(match code {
        Some("E0382") => {
            "A value has one owner: moving it into a task, a function, a channel or another variable leaves the old name empty. Clone it before the move if both places need it, and move the clone into the task (`let tx2 = tx.clone();`, then `async move { tx2.send(..) }`)."
        }
        Some("E0425") => {
            "No value or function of this name is in scope here: a typo, or a variable declared in another block or function. Check the spelling and where it is declared; a task gets the values it needs by moving them into its `async move` block."
        }
        Some("E0106") => {
            "A reference must say whose data it borrows. A struct that keeps a reference names a lifetime (`struct Parser<'a> { input: &'a str }`), and so does a function that returns one of several references (`fn pick<'a>(a: &'a str, b: &'a str) -> &'a str`); or keep an owned `String` instead."
        }
        Some("E0005") => {
            "A `let` must match every value of its type, and this pattern does not match some variants (`let Some(x) = opt;` misses `None`). Use `if let`, `match`, or `let ... else { return; }` to say what happens otherwise."
        }
        Some("E0072") => {
            "A value of this type would contain another whole value of the same type, which contains another, without end, so it has no size. Put the inner one behind a pointer, which has a fixed size: `Box<List>` (or `Rc`, or a `Vec` of them)."
        }
        Some("E0133") => {
            "An `unsafe fn` has requirements the compiler cannot check, written in its documentation, so each call must sit in an `unsafe { ... }` block: that block is where you promise they hold. In Rust 2024 the body of an `unsafe fn` needs the block too."
        }
        Some("E0284") => {
            "`parse` can produce any type that implements `FromStr` (a number, a `bool`, your own type), so Rust needs to be told which one: give the binding a type (`let guess: u32 = ...`) or name it in the call (`.parse::<u32>()`)."
        }
        Some("E0204") => {
            "A `Copy` type is duplicated bit for bit on every assignment, which only works when every field can be: a `String`, a `Vec` or a `Box` owns heap memory and can only be cloned. Derive `Clone` alone and call `.clone()` where a copy is needed."
        }
        Some("E0422") => "No struct or enum variant of this name is in scope. Check the spelling, define the type, or import it with `use`.",
        Some("E0433") => {
            "The path starts with a name that is no module or crate in scope. Add the `use` (`use tokio::sync::mpsc;`) or write the whole path (`tokio::sync::mpsc::channel`)."
        }
        Some("E0603") => {
            "The item is private to its module: items of a `mod` block are seen only inside it (and its child modules) unless marked `pub`. Add `pub` to the item (and to each module on the path), or call a public function of the module that uses it."
        }
        Some("E0308") => {
            "The value's type is not the one this place expects, and Rust never converts silently. Compare the two types: a future needs `.await` to give its output, a `Result` or `Option` needs `?` or `.unwrap()`, numbers convert with `as`."
        }
        Some("E0061" | "E0057") => {
            "The call passes a different number of arguments than the function declares. Pass exactly the parameters in its signature, in order (`mpsc::channel(capacity)`, `tokio::spawn(future)`)."
        }
        Some("E0593") => {
            "The closure or function passed here takes a different number of arguments than the caller gives it: `map` passes one item, `fold` an accumulator and an item. Match its parameters to what the caller passes, or wrap it in a closure that does."
        }
        Some("E0631") => {
            "The function passed here takes arguments of other types than the caller gives it, e.g. `fn double(x: i32)` given to `v.iter().map(..)`, which passes `&i32`. Wrap it in a closure that converts (`|x| double(*x)`), or change its parameter type."
        }
        Some("E0665") => {
            "An enum has no obvious default value. `#[derive(Default)]` needs to be told which variant it is: put `#[default]` on one of its variants without fields."
        }
        Some("E0034") => {
            "Two traits the type implements both have an item of this name, and neither is the type's own, so the call is ambiguous. Name the trait: `Trait::name(&x)`, or `<Type as Trait>::name(&x)`."
        }
        Some("E0576") => {
            "A qualified path `<Type as Trait>::item` must name an item the trait declares. Check the spelling, or the trait: the method may be the type's own (`Type::item`) or another trait's."
        }
        Some("E0405") => "No trait of this name is in scope. Check the spelling, define the trait, or import it with `use`.",
        Some("E0599") => {
            "This type has no such method. Often the value is still wrapped: a future needs `.await` first, a `Result` or `Option` `?` or `.unwrap()`, a `Mutex` `.lock()`; or the method is on the other end (`send` on the `Sender`, `recv` on the `Receiver`)."
        }
        Some("E0053" | "E0050") => {
            "An impl of a trait must keep each method's signature as the trait declares it: the same parameters and the same return type, so that code calling it through the trait gets what it expects. Change the impl to match (or change the trait for every impl)."
        }
        Some("E0317") => {
            "An `if` without `else` gives `()` when its condition is false, so it cannot stand for a value. Add an `else` that gives a value of the same type (`if c { 1 } else { 0 }`), or use `Option` (`c.then(|| 1)`)."
        }
        Some("E0069") => {
            "A bare `return;` gives `()`, but this function promises a value of its return type. Return one (`return 0;`), or change the return type (`Option<T>`, with `return None;`)."
        }
        Some("E0381") => {
            "A variable declared without a value (`let total: u32;`) must be given one on every path before it is read, or Rust could read garbage. Assign it in every branch (`if .. { total = 1 } else { total = 2 }`), or initialize it where it is declared."
        }
        Some("E0615") => {
            "This name is a method, not a field: a method runs only when called, with parentheses. Write `r.area()`; a field would be declared in the struct itself."
        }
        Some("E0119") => {
            "A type can implement a trait only once, so that every call knows which code runs; here a second `impl` (or a `#[derive]` beside an `impl`) gives it another. Keep one of them; for two behaviours, wrap the type in a newtype (`struct Celsius(f64)`) and implement the trait for that."
        }
        Some("E0600") => {
            "An unsigned integer (`u8` ... `u64`, `usize`) has no negative values, so `-` cannot apply to it. Use a signed type (`i32`, `i64`) if the value can go below zero, or `u32::MAX` if you meant the largest value."
        }
        Some("E0695") => {
            "Inside a labelled block (`'a: { .. }`), a plain `break` or `continue` could mean the block or the loop around it, so Rust asks for the label: `break 'a` to leave the block, or label the loop (`'outer: for ..`) and `break 'outer`."
        }
        Some("E0277") if message.contains("DoubleEndedIterator") || message.contains("ExactSizeIterator") => {
            "Running an iterator from the back (`rev()`, `next_back()`) needs one that knows where it ends: a bounded range, a collection's iterator, or adapters over one; `enumerate`, `zip`, `skip` and `take` must also know how many items remain. Otherwise collect into a `Vec` and reverse that."
        }
        Some("E0277") => {
            "The type lacks a trait this operation needs: only futures can be awaited, only `Debug` types print with `{:?}`, comparing and indexing need matching types. Derive the trait on your own type (`#[derive(Debug, PartialEq)]`) or convert the value first."
        }
        Some("E0369") => {
            "This operator is not defined for the type, e.g. `==` on a struct without `PartialEq`, or `+` on a `MutexGuard`. Derive the trait, or apply the operator to the value inside (`*guard + 1`)."
        }
        Some("E0368") => {
            "`+=` and its kin need a type that supports them; a `MutexGuard` or a `&mut` does not add numbers itself. Dereference it to reach the value: `*guard += 1`."
        }
        Some("E0614") => {
            "Only references and smart pointers (`&T`, `Box`, `Arc`, a lock's guard) can be dereferenced with `*`, and this is a plain value. Drop the `*`, or check the type: a `Mutex` must be locked first."
        }
        Some("E0609") => {
            "This type has no field of that name: a typo, or the struct is still wrapped in a `Result`, an `Option` or a future. Check the struct's definition, and unwrap or `.await` first."
        }
        Some("E0560") => "The struct literal names a field the struct does not declare. Use the names from the struct's definition, or add the field there.",
        Some("E0063") => "A struct literal must give every field a value; Rust has no implicit defaults. Add the missing fields.",
        Some("E0596" | "E0594") if shared => {
            "An `Arc` shares its value with every clone, maybe on other threads, so nobody may change it through the `Arc`. Wrap the value in a Mutex (`Arc<Mutex<T>>`) and lock it to change it, or let one task own it and send it messages."
        }
        Some("E0596") => {
            "Changing a value, and calls such as `rx.recv()` or `v.push(x)`, need a mutable borrow, allowed only on bindings declared `mut`. Declare it mutable: `let (tx, mut rx) = mpsc::channel(8);`, or `mut rx: Receiver<T>` for a parameter."
        }
        Some("E0594") => {
            "This place cannot be assigned: the binding is not declared `mut`, or the data is behind a `&` reference. Declare it `let mut`, or pass `&mut` to the code that changes it."
        }
        Some("overflowing_literals") => {
            "Every integer has a fixed-size type (`i32` unless something says otherwise), and a literal must fit it: `300` is not a `u8`. Use a wider type (`u16`, `u32`, `u64`), or annotate the variable with the type you mean."
        }
        Some("E0384") => {
            "Bindings are immutable unless declared `mut`, so every value that changes is marked as such. Write `let mut x` if it really changes, or shadow it with a new `let x = ...`."
        }
        Some("E0373") => {
            "A spawned task may run after the current function returns, so it cannot borrow the function's locals. Use `async move` to move them into the task, cloning first what the function still needs (an `Arc`, a `Sender`)."
        }
        Some("E0597") => {
            "The value is dropped at the end of its scope while a reference to it is still in use; a spawned task needs its data for as long as it runs (`'static`). Move an owned value or an `Arc` clone into the task with `async move`, or declare the value in an outer scope."
        }
        Some("E0502") => {
            "While a shared borrow (`&v`, a `for` loop over `&v`, a reference from `v.first()`) is in use, `v` cannot change, or the reference would see it change. End the borrow before mutating: copy or clone the value out (`let x = v[0];`), or limit the borrow to a block that ends first."
        }
        Some("E0499") => {
            "Only one mutable borrow of a value may exist at a time, so no two pieces of code change it at once. Let the first borrow end before the next; for concurrent branches (`join!`, tasks) share it as `Arc<Mutex<T>>` or give each its own part."
        }
        Some("E0503") => {
            "While a mutable borrow (`let r = &mut x;`) is still in use, `x` itself cannot be read, or the read could see a change half made through `r`. Read it through the borrow (`*r`), or finish with the borrow first and read `x` after its last use."
        }
        Some("E0505") => {
            "The value is moved while a reference to it is still in use, which would leave the reference dangling. Finish with the reference before the move, or move a clone."
        }
        Some("E0506") => {
            "Assigning to a value while it is borrowed would change it under the reference. Finish with the borrow first (copy the value out of it), then assign."
        }
        Some("E0507") => {
            "Moving a value out of a reference, a lock's guard, an `Arc` or a `Vec` index would leave a hole in data that something else owns. Clone it, borrow it (`&guard.field`), or take it and leave something in its place (`std::mem::take`, `Option::take`, `Vec::remove`)."
        }
        Some("E0521") => {
            "A reference the function was given is only valid while it runs, but a spawned task or thread may run longer. Move an owned value in instead (`name.to_string()`), or take a `&'static` reference."
        }
        Some("E0716") => {
            "A temporary (the guard of `m.lock().await`, a `String` built in the expression) is dropped at the end of the statement, but a reference to it is kept. Bind it with `let` first, so it lives as long as the reference."
        }
        Some("E0515") => {
            "A function cannot return a reference to its own local: the local is dropped when the function returns. Return the owned value (`String`, `Vec`) instead."
        }
        Some("E0004") => {
            "A `match` must handle every possible value, so no case is forgotten (`None`, `Err(_)`, a new variant). Add arms for the missing patterns, or a final `_ =>` arm."
        }
        Some("E0728") => {
            "`.await` works only inside an `async fn` or an `async` block, where the task can pause. Make the enclosing function `async`, or move the code into an `async` block."
        }
        Some("E0040") => {
            "Rust calls a value's `drop` itself, exactly once, when the value dies; calling it by hand would run it twice. Use `drop(x)` (the prelude function), which takes the value and drops it at once."
        }
        Some("E0509") => {
            "A type with a `Drop` impl needs all its fields when its `drop` runs, so none may be moved out before. Clone or borrow the field, or take it and leave something in its place (`std::mem::take`, `Option::take`)."
        }
        Some("E0184") => {
            "A `Copy` value is duplicated bit for bit, so a type with a destructor cannot be `Copy`: each copy would run it. Remove `Copy` from the derive (keep `Clone`), or remove the `Drop` impl."
        }
        Some("E0170") => {
            "A lone name in a pattern is a new binding that matches anything, unless a variant of that name is in scope. Here it is not, so the arm would catch every value: write the variant's path (`Color::Red`), or `use` the enum's variants in this function."
        }
        Some("E0117") => {
            "A crate may implement a trait for a type only if the trait or the type is its own, so two crates never give one type two impls of one trait. Wrap the type in a struct of your own (a newtype), or implement a trait of your own."
        }
        Some("E0390") | Some("E0116") => {
            "Only the crate that defines a type may add inherent methods to it, and std's types and the primitives are not yours. Declare a trait of your own with the method and implement it for the type (an extension trait)."
        }
        Some("E0407") => {
            "An `impl Trait for Type` block may only define what the trait declares. Move the extra method into a plain `impl Type` block, or declare it in the trait first."
        }
        Some("E0046") => {
            "An `impl` of a trait must define every method and constant the trait declares without a default. Add the missing items, or give them a default in the trait."
        }
        Some("E0437") => {
            "An `impl Trait for Type` block may only define the associated types the trait declares. Remove the extra `type`, or declare it in the trait first."
        }
        Some("E0438") => {
            "An `impl Trait for Type` block may only define the constants the trait declares. Move the extra constant into a plain `impl Type` block, or declare it in the trait first."
        }
        Some("E0689") => {
            "A number literal has no fixed type until something says which, and `pow`, `abs` or `sqrt` is a method of each numeric type separately, so rustc cannot know whose to call. Give the binding a type (`let base: u64 = 2;`) or the literal a suffix (`2u64`)."
        }
        Some("E0271") => {
            "`#[tokio::main]` runs main's body as an `async` block whose output type comes from the body alone, so `Err(Box::new(e))` there is a `Box` of `e`'s own type, not the declared `Box<dyn Error>`. Convert where the error is made: `Err(e.into())`, or `?` on a `Result`."
        }
        Some("E0283") => {
            "Several types could fit here and nothing says which: `try_into()`, `into()`, `parse()` and `collect()` each build whatever type their result is used as. Give the binding a type (`let n: u8 = x.try_into()?;`) or name it in the call (`parse::<u32>()`)."
        }
        Some("E0038") => {
            "A `dyn Trait` calls its methods through a table of function pointers, one per method, so every method must take `self` and have one signature for all types: no `async fn`, generics, constants or `Self` by value. Use a generic `T: Trait` (or `impl Trait`), or an enum of the types."
        }
        Some(_) => return None,
        None if message.starts_with("future cannot be sent between threads") => {
            "`tokio::spawn` may move a task to another thread at any `.await`, so what it holds across an `.await` must be `Send`; an `Rc` or a `std::sync::MutexGuard` is not. End its block before the `.await` (rustc counts a value as held to the end of its block, even after `drop(guard)`), or use `Arc` and `tokio::sync::Mutex`, whose guard can be held across `.await`."
        }
        None if message.starts_with("unused implementer of `Future`") => {
            "A future does nothing until it is awaited: `tx.send(x);` without `.await` sends nothing and the program goes on. Add `.await` (and handle the `Result`)."
        }
        None if message.starts_with("unused `Result") => {
            "The `Result` says whether the operation failed (a closed channel, say), and ignoring it hides the error. Handle it with `?`, `.unwrap()` or `if let Err(e)`, or discard it on purpose with `let _ =`."
        }
        None if message.starts_with("unused variable") => {
            "A variable that is never read is often a slip: a value computed for nothing, or a different name used later. Use it, or start its name with `_` if that is on purpose; an unused `JoinHandle` means nobody waits for that task."
        }
        None if message.starts_with("variable does not need to be mutable") => {
            "The binding is declared `mut` but never changed. Remove the `mut`, so that only what really changes is marked."
        }
        None => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::explain;

    /// Every code the checker reports, and those it is about to.
    const CODES: &[&str] = &[
        "E0382", "E0425", "E0422", "E0433", "E0603", "E0308", "E0061", "E0599", "E0277", "E0369", "E0368", "E0614", "E0609", "E0560", "E0063", "E0596",
        "E0594", "E0384", "E0373", "E0597", "E0502", "E0499", "E0503", "E0505", "E0506", "E0507", "E0716", "E0515", "E0004", "E0728", "E0040", "E0509",
        "E0184", "E0407", "E0046", "E0593", "E0631", "E0665", "E0438", "E0437", "E0170", "E0117", "E0390", "E0116", "E0034", "E0576", "E0405", "E0038",
        "E0689", "E0283", "E0271", "E0695", "E0600", "E0119", "E0615", "E0057", "E0381", "E0317", "E0069", "E0053", "E0050", "E0521",
    ];

    /// A paragraph is two or three tight sentences.
    fn check(text: &str, what: &str) {
        assert!(!text.trim().is_empty(), "{what}: empty");
        assert!(text.len() <= 360, "{what}: {} bytes, keep it under 360", text.len());
        let sentences = text.matches(". ").count() + 1;
        assert!(text.ends_with('.') || text.ends_with(".)"), "{what}: {text}");
        assert!((2..=4).contains(&sentences), "{what}: {sentences} sentences");
    }

    #[test]
    fn every_code_has_a_paragraph() {
        for code in CODES {
            let text = explain(Some(code), "").unwrap_or_else(|| panic!("no paragraph for {code}"));
            check(text, code);
        }
    }

    #[test]
    fn codeless_errors_and_warnings_are_matched_by_message() {
        for message in [
            "future cannot be sent between threads safely",
            "unused implementer of `Future` that must be used",
            "unused `Result<(), SendError<i32>>` that must be used",
            "unused variable: `handle`",
            "variable does not need to be mutable",
        ] {
            check(explain(None, message).unwrap_or_else(|| panic!("no paragraph for {message}")), message);
        }
        let send = explain(None, "future cannot be sent between threads safely").unwrap();
        assert!(send.contains("tokio::sync::Mutex") && send.contains("Rc"), "{send}");
        assert!(explain(None, "unused implementer of `Future` that must be used").unwrap().contains(".await"));
    }

    #[test]
    fn mutating_through_an_arc_suggests_a_mutex_and_a_plain_binding_suggests_mut() {
        let arc = explain(Some("E0594"), "cannot assign to data in an `Arc`").unwrap();
        assert!(arc.contains("Arc<Mutex<T>>") && arc.contains("send it messages"), "{arc}");
        assert_eq!(explain(Some("E0596"), "cannot borrow data in an `Arc` as mutable"), Some(arc));
        let rx = explain(Some("E0596"), "cannot borrow `rx` as mutable, as it is not declared as mutable").unwrap();
        assert!(rx.contains("let (tx, mut rx)"), "{rx}");
        assert_ne!(explain(Some("E0594"), "cannot assign to `x`, as `x` is not declared as mutable"), Some(arc));
    }

    #[test]
    fn the_usual_fixes_are_named() {
        assert!(explain(Some("E0373"), "").unwrap().contains("async move"));
        assert!(explain(Some("E0382"), "").unwrap().contains("clone"));
        assert!(explain(Some("E0502"), "").unwrap().contains("End the borrow"));
    }

    #[test]
    fn unknown_codes_and_syntax_errors_have_none() {
        assert_eq!(explain(Some("E9999"), "whatever"), None);
        assert_eq!(explain(None, "expected expression, found `;`"), None);
    }
}
