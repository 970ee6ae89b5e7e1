//! Unit tests of the checker. The reject corpus (`reject/`, checked
//! against rustc by the oracle crate) is the main test; these pin the
//! stubs and the headline cases.

use super::stubs;

/// The first error's code and `line:col`, or "ok".
fn first_error(src: &str) -> String {
    let (file, diags) = crate::parser::parse(src);
    assert!(diags.is_empty(), "parse errors: {diags:?}");
    let report = super::check(&file, src);
    let all: Vec<_> = report.expand.iter().chain(&report.resolve).chain(&report.types).chain(&report.borrows).collect();
    match all.first() {
        Some(d) => {
            let (l, c) = d.line_col(src);
            format!("{} {l}:{c} {}", d.code.unwrap_or("none"), d.message)
        }
        None => "ok".to_string(),
    }
}

#[test]
fn the_stubs_parse_without_errors() {
    let mut src = String::from(stubs::STD);
    for (slot, decl) in crate::exec::prim::declarations() {
        assert!(src.contains(slot), "no place for {slot} in the stubs");
        src = crate::text::replace_str(&src, slot, decl);
    }
    assert!(!src.contains("$"), "a placeholder without its primitive");
    let (_, diags) = crate::parser::parse_declarations(&src);
    let errors: Vec<String> = diags.iter().map(|d| format!("{:?}: {}", d.line_col(&src), d.message)).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn receiving_needs_a_mut_receiver() {
    let src = "use tokio::sync::mpsc;\n#[tokio::main]\nasync fn main() {\n    let (tx, rx) = mpsc::channel::<i32>(1);\n    let m = rx.recv().await;\n}\n";
    assert_eq!(first_error(src), "E0596 5:13 cannot borrow `rx` as mutable, as it is not declared as mutable");
}

/// A program inside `#[tokio::main] async fn main() { .. }` with the usual
/// imports.
fn in_main(body: &str) -> String {
    format!(
        "use std::sync::Arc;\nuse std::rc::Rc;\nuse std::collections::HashMap;\nuse tokio::sync::{{mpsc, oneshot, Mutex}};\nuse tokio::time::{{sleep, Duration}};\n#[derive(Debug, Clone, PartialEq)]\nstruct Point {{ x: i32, y: i32 }}\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {{\n{body}\n}}\n"
    )
}

/// The first error's code, or "ok", for a body of `main`.
fn code_in_main(body: &str) -> String {
    first_error(&in_main(body)).split(' ').next().unwrap_or("").to_string()
}

#[test]
fn the_issues_examples_are_rejected_with_rustcs_codes() {
    let cases = [
        ("let c = Arc::new(0);\nlet c2 = c.clone();\ntokio::spawn(async move { *c2 += 1; });", "E0594"),
        ("let v = vec![1];\ntokio::spawn(async { println!(\"{:?}\", v); });", "E0373"),
        ("let (tx, rx) = mpsc::channel::<i32>(1);\nlet m = rx.recv().await;", "E0596"),
        ("let n: u32 = \"five\";", "E0308"),
        ("tokio::spawn(async { let r = Rc::new(5); sleep(Duration::from_millis(1)).await; println!(\"{r}\"); });", "none"),
        (
            "let m = std::sync::Mutex::new(1);\ntokio::spawn(async move { let g = m.lock().unwrap(); sleep(Duration::from_millis(1)).await; println!(\"{}\", *g); });",
            "none",
        ),
        ("let p = Point { x: 1, y: 2 };\nprintln!(\"{}\", p);", "E0277"),
        ("let x = 5;\nx = 6;\nprintln!(\"{x}\");", "E0384"),
        ("let p = Point { x: 1, y: 2 };\np.x = 3;", "E0594"),
        ("let p = Point { x: 1, y: 2 };\np.norm();", "E0599"),
        ("let (tx, mut rx) = mpsc::channel::<u32>(1);\ntx.send(1).unwrap();", "E0599"),
        ("let t = totl + 1;", "E0425"),
        ("let (tx, rx) = mspc::channel::<u32>(1);", "E0433"),
    ];
    for (body, code) in cases {
        assert_eq!(code_in_main(body), code, "{body}");
    }
}

#[test]
fn valid_programs_that_a_naive_checker_would_reject_are_accepted() {
    let cases = [
        // Copy values and shared references are not moved.
        "let o: Option<i32> = Some(1);\nlet a = o.unwrap_or(0);\nlet b = o.unwrap_or(2);\nprintln!(\"{a} {b} {o:?}\");",
        "let s = String::from(\"a\");\nlet r = &s;\nlet r2 = r;\nprintln!(\"{r} {r2}\");",
        // Writes through a `&mut` binding.
        "let mut x = 1;\nlet r = &mut x;\n*r += 1;\nprintln!(\"{x}\");",
        // Methods through guards and smart pointers.
        "let m = Arc::new(Mutex::new(vec![10, 20]));\nlet g = m.lock().await;\nprintln!(\"{:?} {}\", g.get(1), g.contains(&20));",
        "let m = Arc::new(Mutex::new(0u64));\n*m.lock().await += 1;\nlet mut g = m.lock().await;\n*g += 1;",
        // Comparisons between String and &str, match ergonomics.
        "let s = String::from(\"a\");\nif s == \"a\" { println!(\"yes\"); }\nlet v = vec![Some(1), None];\nfor x in &v { if let Some(n) = x { println!(\"{n}\"); } }",
        // Two-phase borrows, integer literal inference.
        "let mut v: Vec<usize> = Vec::new();\nv.push(v.len());\nlet n: u8 = 250;\nlet m = n.wrapping_add(10);\nprintln!(\"{m}\");",
        // Channels, oneshot replies, join handles.
        "let (tx, mut rx) = mpsc::channel(4);\nlet h = tokio::spawn(async move { tx.send(String::from(\"hi\")).await.unwrap(); 5 });\nlet (otx, orx) = oneshot::channel();\notx.send(1u8).unwrap();\nprintln!(\"{:?} {:?} {}\", rx.recv().await, orx.await, h.await.unwrap());",
        // An Rc dropped before the `.await` is not held across it.
        "tokio::spawn(async { { let r = Rc::new(5); println!(\"{r}\"); } sleep(Duration::from_millis(1)).await; });",
        // Duration constants and integer associated items.
        "let z = Duration::ZERO;\nlet big = u8::MAX;\nprintln!(\"{:?} {big}\", z);",
        // HashMap index and struct update.
        "let mut h: HashMap<String, i32> = HashMap::new();\nh.insert(String::from(\"a\"), 1);\nprintln!(\"{}\", h[\"a\"]);\nlet p = Point { x: 1, y: 2 };\nlet q = Point { x: 3, ..p.clone() };\nprintln!(\"{}\", p == q);",
    ];
    for body in cases {
        assert_eq!(first_error(&in_main(body)), "ok", "{body}");
    }
}

#[test]
fn borrows_end_at_their_last_use_as_in_nll() {
    let valid = [
        "let mut v = vec![1];\nlet first = &v[0];\nprintln!(\"{first}\");\nv.push(2);",
        "let mut v = vec![1];\nlet x = &mut v;\nx.push(1);\nv.push(2);",
        "let mut v = vec![1];\nlet n = v.iter().count();\nv.push(n);\nlet f = v.first().cloned();\nv.push(3);\nprintln!(\"{f:?}\");",
        "let mut a = vec![1];\nlet b = vec![2];\nlet mut r = &a;\nr = &b;\na.push(1);\nprintln!(\"{r:?}\");",
        "let mut v = vec![1, 2];\nfor x in &v { if *x == 2 { println!(\"two\"); } }\nv.push(3);",
        "let mut v = vec![1, 2];\nfor i in 0..v.len() { v[i] += 1; }\nlet last = v.len() - 1;\nv[last] = 0;",
        "let mut v = vec![1, 2];\nfor x in v.clone().iter() { if *x == 2 { v.push(4); break; } }",
        "let m = Arc::new(Mutex::new(vec![1]));\nlet mut g = m.lock().await;\ng.push(2);\nlet n = g.len();\ng.push(n);\ndrop(g);\nlet g2 = m.lock().await;\nprintln!(\"{:?}\", *g2);",
        "let mut p = Point { x: 1, y: 2 };\nlet a = &p.x;\np.y = 5;\nprintln!(\"{a}\");",
        "let mut h: HashMap<String, i32> = HashMap::new();\nif let Some(v) = h.get(\"a\") { println!(\"{v}\"); } else { h.insert(String::from(\"a\"), 1); }",
        "let s = String::from(\" a \");\nlet t = s.trim();\nprintln!(\"{t}\");\nlet u = \"b \".trim();\nprintln!(\"{u}\");",
        "let mut total = 0;\nlet xs = vec![1, 2];\nfor x in &xs { total += *x; }\nprintln!(\"{total} {:?}\", xs);",
    ];
    for body in valid {
        assert_eq!(first_error(&in_main(body)), "ok", "{body}");
    }
    let rejected = [
        ("let mut v = vec![1];\nlet first = &v[0];\nv.push(2);\nprintln!(\"{first}\");", "E0502"),
        ("let mut v = vec![1];\nlet a = &mut v;\nlet b = &mut v;\na.push(1);\nb.push(2);", "E0499"),
        ("let mut n = 1;\nlet r = &n;\nn = 2;\nprintln!(\"{r} {n}\");", "E0506"),
        ("let s = String::from(\"a\");\nlet r = &s;\ndrop(s);\nprintln!(\"{r}\");", "E0505"),
        ("let r;\n{ let s = String::from(\"a\"); r = &s; }\nprintln!(\"{r}\");", "E0597"),
        ("let t = format!(\"{} \", 1).trim();\nprintln!(\"{t}\");", "E0716"),
        ("let mut v = vec![1, 2];\nfor x in &v { if *x == 2 { v.push(4); } }", "E0502"),
    ];
    for (body, code) in rejected {
        assert_eq!(code_in_main(body), code, "{body}");
    }
}

/// The warnings' messages for a body of `main`.
fn warnings_in_main(body: &str) -> Vec<String> {
    let src = in_main(body);
    let (file, _) = crate::parser::parse(&src);
    let report = super::check(&file, &src);
    report.warnings.iter().map(|d| d.message.clone()).collect()
}

#[test]
fn warnings_for_unused_variables_unneeded_mut_and_unused_futures() {
    assert_eq!(warnings_in_main("let x = 1;"), ["unused variable: `x`"]);
    assert_eq!(warnings_in_main("let _x = 1;"), Vec::<String>::new());
    assert_eq!(warnings_in_main("let mut n = 1;\nprintln!(\"{n}\");"), ["variable does not need to be mutable"]);
    assert_eq!(warnings_in_main("let mut n = 1;\nn += 1;\nprintln!(\"{n}\");"), Vec::<String>::new());
    assert_eq!(warnings_in_main("let (tx, mut rx) = mpsc::channel::<u8>(1);\ndrop(tx);\nprintln!(\"{:?}\", rx.recv().await);"), Vec::<String>::new());
    assert_eq!(warnings_in_main("let (tx, _rx) = mpsc::channel::<u8>(1);\ntx.send(1);"), ["unused implementer of `Future` that must be used"]);
    assert_eq!(warnings_in_main("let (tx, _rx) = mpsc::unbounded_channel::<u8>();\ntx.send(1);"), ["unused `Result<(), SendError<u8>>` that must be used"]);
    // A std method the checker does not declare may take `&mut self`.
    assert_eq!(warnings_in_main("let mut v = vec![3, 1, 2];\nv.sort_by_cached_key(|x| *x);"), Vec::<String>::new());
    // So may one on an element of a value the checker could not type.
    assert_eq!(warnings_in_main("let s = tokio_stream::iter(0..3);\nlet mut v = vec![s];\nprintln!(\"{:?}\", v[0].next().await);"), Vec::<String>::new());
    // A stream's type is not modelled: `next` may need its `mut`.
    assert_eq!(warnings_in_main("let mut s = tokio_stream::iter(0..3);\nprintln!(\"{:?}\", s.next().await);"), Vec::<String>::new());
    // `tokio::pin!`'s hidden `mut` is the macro's: never linted.
    assert_eq!(warnings_in_main("let t = tokio::time::sleep(tokio::time::Duration::from_millis(1));\ntokio::pin!(t);\nt.await;"), Vec::<String>::new());
    // A binding through `&mut` does not need `mut` itself.
    assert_eq!(warnings_in_main("let mut v = vec![1];\nlet r = &mut v;\nr.push(2);\nprintln!(\"{v:?}\");"), Vec::<String>::new());
    // A width or precision named in the format string reads the variable.
    assert_eq!(warnings_in_main("let w = 6;\nlet p = 2;\nprintln!(\"[{:>w$}] [{:.p$}]\", 1, 2.5);"), Vec::<String>::new());
    assert_eq!(warnings_in_main("let w = 6;\nprintln!(\"[{:>w$}]\", 1, w = 3);"), ["unused variable: `w`"]);
    // A radix format reads its variable too.
    assert_eq!(warnings_in_main("let h = 255u32;\nprintln!(\"{h:x} {h:#b} {h:o} {h:X}\");"), Vec::<String>::new());
}

#[test]
fn writes_the_vm_would_lose_are_not_supported_yet_rather_than_wrong() {
    let first = |body: &str| {
        let src = in_main(body);
        crate::check(&src).into_iter().find(|d| d.severity == crate::Severity::Error).map(|d| d.message).unwrap_or_default()
    };
    assert!(first("let mut a = 1;\ntokio::join!(async { a += 1 });\nprintln!(\"{a}\");").contains("not supported yet"));
    // A returned `&mut` that points at one field or another by a branch.
    assert!(
        first("fn pick(p: &mut (i32, i32), f: bool) -> &mut i32 { if f { &mut p.0 } else { &mut p.1 } }\nlet mut p = (1, 2);\n*pick(&mut p, true) += 1;\nprintln!(\"{p:?}\");")
            .contains("that `pick(&mut p, true)` returns is not supported yet")
    );
    // A user method returning `&mut` called on a generic `T`.
    assert!(
        first("trait Get { fn get(&mut self) -> &mut i32; }\nimpl Get for Point { fn get(&mut self) -> &mut i32 { &mut self.x } }\nfn bump<T: Get>(t: &mut T) { *t.get() += 1; }")
            .contains("that `t.get()` returns is not supported yet")
    );
    // Writes the compiler carries out: through an alias of a field path, and
    // inside an `async move` block that owns its value, and through the
    // `&mut` of a variable's element (`if let Some(x) = v.last_mut()`).
    assert_eq!(first("let mut v = vec![1];\nif let Some(x) = v.last_mut() { *x = 5; }\nprintln!(\"{v:?}\");"), "");
    assert_eq!(first("let mut v = vec![1];\nlet Some(x) = v.last_mut() else { return };\n*x = 5;\nprintln!(\"{v:?}\");"), "");
    // Through the `&mut` a function returns into its `&mut` argument.
    assert_eq!(first("fn first(v: &mut Vec<i32>) -> &mut i32 { &mut v[0] }\nlet mut v = vec![1];\n*first(&mut v) += 1;\nprintln!(\"{v:?}\");"), "");
    assert_eq!(first("let mut p = Point { x: 1, y: 2 };\nlet r = &mut p.x;\n*r += 1;\nprintln!(\"{}\", p.x);"), "");
    assert_eq!(first("let mut a = 1;\nlet h = tokio::spawn(async move { a += 1; a });\nprintln!(\"{} {a}\", h.await.unwrap());"), "");
}

/// Every primitive's native item is declared, at the same path, in the
/// stubs the checker reads: a primitive cannot run what the checker
/// rejects.
#[test]
fn every_native_is_declared_where_it_says() {
    use super::items::{self, AssocItem, TypeDef, ValueDef};
    use super::ty::Ty;
    let items = items::std_items();
    // The end of a `block_on`, which only the compiler emits, and
    // `Future::poll`, `FutureExt::map`, `Error::source` and
    // `StreamExt::poll_next_unpin`, which the checker binds itself.
    let own = [
        crate::exec::prim::runtime::BLOCK_ON_EXIT,
        crate::exec::prim::FUTURE_POLL,
        crate::exec::prim::FUTURE_MAP,
        crate::exec::prim::NOW_OR_NEVER,
        crate::exec::prim::USER_STREAM_NEXT,
        crate::exec::prim::ERROR_SOURCE,
        crate::exec::prim::futures_mpsc::POLL_NEXT_UNPIN,
    ];
    for path in crate::exec::prim::native_paths().filter(|p| !own.contains(p)) {
        // An integer method is declared for each integer type.
        if let Some(name) = path.strip_prefix("int::") {
            let decl = format!("fn {name}(");
            assert!(
                crate::check::stubs::INT_METHODS.contains(&decl) || crate::check::stubs::SIGNED_METHODS.contains(&decl),
                "{path} is not declared in the stubs"
            );
            continue;
        }
        // A float method is declared for `f32` and `f64`.
        if let Some(name) = path.strip_prefix("float::") {
            assert!(crate::check::stubs::FLOAT_METHODS.contains(&format!("fn {name}(")), "{path} is not declared in the stubs");
            continue;
        }
        // A slice's, a `str`'s or a `char`'s function is declared in their
        // `impl`s.
        if let Some(name) = path.strip_prefix("slice::").or_else(|| path.strip_prefix("str::")).or_else(|| path.strip_prefix("char::")) {
            let (plain, generic) = (format!("fn {name}("), format!("fn {name}<"));
            assert!(crate::check::stubs::STD.contains(&plain) || crate::check::stubs::STD.contains(&generic), "{path} is not declared in the stubs");
            continue;
        }
        let declared = match items.values.get(path) {
            Some(ValueDef::Fn(_)) => true,
            _ => {
                let (ty, name) = path.rsplit_once("::").unwrap();
                // `String::from_utf8`: a prelude type, by its name.
                let full = if ty.contains("::") { Some(ty.to_string()) } else { items::expand(items, &[ty]) };
                match full.and_then(|ty| items.types.get(&ty)) {
                    Some(TypeDef::Adt(id)) => {
                        let args = items.adts[id.0 as usize].generics.iter().map(|_| Ty::Unknown).collect();
                        matches!(items::assoc_item(items, &Ty::Adt(*id, args), name), Some((_, AssocItem::Fn(_))))
                    }
                    _ => false,
                }
            }
        };
        assert!(declared, "{path} is not declared in the stubs");
    }
}

/// A typed `self` (`self: Arc<Self>`, `self: _`) is not one of the
/// parameters: the arguments after it are checked against the rest.
#[test]
fn methods_with_a_typed_self_take_their_other_arguments() {
    let body = "let sem = Arc::new(tokio::sync::Semaphore::new(3));\nlet p = sem.clone().acquire_many_owned(2).await.unwrap();\nlet q = sem.try_acquire_many_owned(1).unwrap();\nprintln!(\"{} {}\", p.num_permits(), q.num_permits());";
    assert_eq!(first_error(&in_main(body)), "ok");
    assert_eq!(code_in_main("let sem = Arc::new(tokio::sync::Semaphore::new(3));\nlet p = sem.acquire_many_owned().await;"), "E0061");
}

/// A multi-thread runtime built by hand runs simulated, and says so, like a
/// bare `#[tokio::main]`; a current_thread one says nothing.
#[test]
fn a_hand_built_multi_thread_runtime_is_warned_about() {
    let warnings = |src: &str| {
        let (file, _) = crate::parser::parse(src);
        super::check(&file, src).warnings.into_iter().map(|d| d.message).collect::<Vec<_>>()
    };
    let multi = "use tokio::runtime::{Builder, Runtime};\nfn main() {\n    let a = Runtime::new().unwrap();\n    let b = Builder::new_multi_thread().build().unwrap();\n    a.block_on(async {});\n    b.block_on(async {});\n}\n";
    let w = warnings(multi);
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(w[0].starts_with("`Runtime::new()` builds Tokio's multi-thread runtime; Taskscope runs it"), "{w:?}");
    assert!(w[1].starts_with("`Builder::new_multi_thread()` builds"), "{w:?}");
    let current = "fn main() {\n    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();\n    rt.block_on(async {});\n}\n";
    assert!(warnings(current).is_empty());
}
