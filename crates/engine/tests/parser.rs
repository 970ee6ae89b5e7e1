//! Data-driven parser tests.
//!
//! Each `tests/parse/NAME.rs` is paired with `NAME.expected`:
//! - for a valid fixture, the AST rendered by `ast_print::print_file`
//!   (explicit parentheses show precedence), or for `spans_*` fixtures the
//!   span listing of `ast_print::print_spans`;
//! - for an `err_*` fixture, the diagnostics as `line:col: message` lines.
//!
//! `UPDATE_EXPECT=1 cargo test -p taskscope-engine --test parser` rewrites
//! the expected files (review the diff before committing them).

use std::path::PathBuf;

use taskscope_engine::Span;
use taskscope_engine::ast::*;
use taskscope_engine::ast_print;
use taskscope_engine::parser::parse;

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("parse")
}

fn render_diags(src: &str, diags: &[taskscope_engine::Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let (l, c) = d.line_col(src);
        out.push_str(&format!("{l}:{c}: {}\n", d.message));
    }
    out
}

fn render(name: &str, src: &str) -> String {
    let (file, diags) = parse(src);
    if !diags.is_empty() {
        return render_diags(src, &diags);
    }
    if name.starts_with("spans_") { ast_print::print_spans(&file, src) } else { ast_print::print_file(&file) }
}

/// Every span is inside the source, on char boundaries, non-empty (except
/// inferred closure parameter types), and inside its parent's span.
fn check_spans(name: &str, src: &str, file: &File) {
    let entries = ast_print::spans(file);
    let mut stack: Vec<(usize, Span, String)> = Vec::new();
    for e in &entries {
        let (s, t) = (e.span.start as usize, e.span.end as usize);
        assert!(s <= t && t <= src.len(), "{name}: {} span {s}..{t} out of bounds", e.label);
        assert!(src.is_char_boundary(s) && src.is_char_boundary(t), "{name}: {} span {s}..{t} splits a char", e.label);
        if e.label != "Type::Infer" {
            assert!(s < t, "{name}: {} has an empty span at {s}", e.label);
        }
        while stack.last().is_some_and(|(d, _, _)| *d >= e.depth) {
            stack.pop();
        }
        // Outer attributes are listed inside a statement but sit before the
        // item's span (as in rustc); skip them.
        if e.label != "Attr"
            && let Some((_, parent, plabel)) = stack.last()
        {
            assert!(
                parent.start <= e.span.start && e.span.end <= parent.end,
                "{name}: {} `{}` is outside its parent {plabel} `{}`",
                e.label,
                &src[s..t],
                &src[parent.start as usize..parent.end as usize]
            );
        }
        stack.push((e.depth, e.span, e.label.clone()));
    }
}

#[test]
fn fixtures() {
    let update = std::env::var("UPDATE_EXPECT").is_ok_and(|v| v == "1");
    let mut names: Vec<String> = std::fs::read_dir(fixture_dir())
        .expect("tests/parse exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .map(|n| n.trim_end_matches(".rs").to_string())
        .collect();
    names.sort();
    assert!(names.len() >= 40, "expected the full fixture set, found {}", names.len());
    let mut failures = Vec::new();
    for name in &names {
        let path = fixture_dir().join(format!("{name}.rs"));
        let src = std::fs::read_to_string(&path).expect("fixture readable");
        let (file, diags) = parse(&src);
        if name.starts_with("err_") {
            assert!(!diags.is_empty(), "{name}: an error fixture must produce diagnostics");
            for d in &diags {
                assert!(d.span.start <= d.span.end && d.span.end as usize <= src.len(), "{name}: bad span {:?}", d.span);
            }
        } else {
            assert!(diags.is_empty(), "{name}: unexpected diagnostics:\n{}", render_diags(&src, &diags));
            check_spans(name, &src, &file);
        }
        // Parsing is deterministic.
        assert_eq!(parse(&src), (file, diags), "{name}: two parses differ");
        let actual = render(name, &src);
        let exp_path = fixture_dir().join(format!("{name}.expected"));
        let expected = std::fs::read_to_string(&exp_path).unwrap_or_default();
        if actual != expected {
            if update {
                std::fs::write(&exp_path, &actual).expect("write expected file");
            } else {
                let line =
                    actual.lines().zip(expected.lines()).position(|(a, b)| a != b).unwrap_or_else(|| actual.lines().count().min(expected.lines().count()));
                failures.push(format!(
                    "{name}: differs at line {}\n  expected: {:?}\n  actual:   {:?}",
                    line + 1,
                    expected.lines().nth(line).unwrap_or("<end>"),
                    actual.lines().nth(line).unwrap_or("<end>")
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} fixture(s) differ (UPDATE_EXPECT=1 rewrites them):\n{}", failures.len(), failures.join("\n"));
}

// ---------------------------------------------------------------------------
// Targeted checks

fn parse_ok(src: &str) -> File {
    let (file, diags) = parse(src);
    assert!(diags.is_empty(), "unexpected diagnostics for {src:?}:\n{}", render_diags(src, &diags));
    file
}

/// The statements of the first function.
fn body(file: &File) -> &[Stmt] {
    match &file.items[0].kind {
        ItemKind::Fn(f) => &f.body.stmts,
        k => panic!("not a fn: {k:?}"),
    }
}

fn stmt_expr(s: &Stmt) -> &Expr {
    match &s.kind {
        StmtKind::Expr { expr, .. } => expr,
        StmtKind::Let { init: Some(e), .. } => e,
        k => panic!("not an expression statement: {k:?}"),
    }
}

fn text(src: &str, s: Span) -> &str {
    &src[s.start as usize..s.end as usize]
}

/// Precedence, one expression at a time.
#[test]
fn precedence_table() {
    let cases = [
        ("a + b * c", "(a + (b * c))"),
        ("-a.b()", "(-a.b())"),
        ("*g += 1", "((*g) += 1)"),
        ("a as i64 * b", "((a as i64) * b)"),
        ("x..y+1", "(x..(y + 1))"),
        ("!a && b || c", "(((!a) && b) || c)"),
        ("a = b = c", "(a = (b = c))"),
        ("a - b - c", "((a - b) - c)"),
        ("a << b + c", "(a << (b + c))"),
        ("a & b | c ^ d", "((a & b) | (c ^ d))"),
        ("a == b && c != d", "((a == b) && (c != d))"),
        ("-x as u8", "((-x) as u8)"),
        ("&mut *p", "(&mut (*p))"),
        ("x.await?.y", "x.await?.y"),
        ("a.0.1", "a.0.1"),
        ("f(a)[0].b", "f(a)[0].b"),
        ("..=n", "(..=n)"),
        ("a..", "(a..)"),
        ("|x| x + 1", "|x: _| (x + 1)"),
        ("a || b && c", "(a || (b && c))"),
    ];
    for (src, want) in cases {
        let full = format!("fn main() {{ {src}; }}");
        let file = parse_ok(&full);
        let got = ast_print::print_expr(stmt_expr(&body(&file)[0]));
        assert_eq!(got, want, "precedence of `{src}`");
    }
}

#[test]
fn postfix_spans() {
    let src = "fn main() { let v = rx.recv().await; }";
    let file = parse_ok(src);
    let e = stmt_expr(&body(&file)[0]);
    assert_eq!(text(src, e.span), "rx.recv().await");
    let ExprKind::Await { expr, await_span } = &e.kind else { panic!("{e:?}") };
    assert_eq!(text(src, *await_span), ".await");
    assert_eq!(text(src, expr.span), "rx.recv()");
    let ExprKind::MethodCall { receiver, method, .. } = &expr.kind else { panic!() };
    assert_eq!(text(src, receiver.span), "rx");
    assert_eq!(text(src, method.span), "recv");
}

#[test]
fn macro_spans_and_args() {
    let src = "fn main() { tokio::join!(a(), b()); std::println!(\"{}\", x); }";
    let file = parse_ok(src);
    let e = stmt_expr(&body(&file)[0]);
    let ExprKind::Macro(m) = &e.kind else { panic!() };
    assert_eq!(text(src, m.name_span), "tokio::join!");
    assert_eq!(text(src, e.span), "tokio::join!(a(), b())");
    assert_eq!(m.path.names(), ["tokio", "join"]);
    assert!(matches!(&m.args, MacroArgs::Exprs(a) if a.len() == 2));
    let e = stmt_expr(&body(&file)[1]);
    let ExprKind::Macro(m) = &e.kind else { panic!() };
    assert_eq!(text(src, m.name_span), "std::println!");
}

#[test]
fn select_parses_its_branches() {
    let src = "async fn main() {\n    tokio::select! {\n        v = rx.recv() => println!(\"{:?}\", v),\n        _ = sleep(d) => {}\n    }\n    done();\n}";
    let file = parse_ok(src);
    let stmts = body(&file);
    assert_eq!(stmts.len(), 2);
    let StmtKind::Expr { expr, semi: false } = &stmts[0].kind else { panic!("{:?}", stmts[0]) };
    let ExprKind::Macro(m) = &expr.kind else { panic!() };
    assert_eq!(text(src, m.name_span), "tokio::select!");
    let MacroArgs::Select(sel) = &m.args else { panic!("{:?}", m.args) };
    assert!(!sel.biased && sel.else_.is_none());
    let shown: Vec<(&str, &str, &str)> = sel.branches.iter().map(|b| (text(src, b.pat.span), text(src, b.fut.span), text(src, b.body.span))).collect();
    assert_eq!(shown, [("v", "rx.recv()", "println!(\"{:?}\", v)"), ("_", "sleep(d)", "{}")]);
}

#[test]
fn select_parses_biased_preconditions_and_else() {
    let src = "async fn main() {\n    let r = tokio::select! {\n        biased;\n        Some(x) = rx.recv(), if open => x,\n        else => 0,\n    };\n}";
    let file = parse_ok(src);
    let StmtKind::Let { init: Some(e), .. } = &body(&file)[0].kind else { panic!() };
    let ExprKind::Macro(m) = &e.kind else { panic!() };
    let MacroArgs::Select(sel) = &m.args else { panic!("{:?}", m.args) };
    assert!(sel.biased);
    assert_eq!(sel.branches.len(), 1);
    assert_eq!(sel.branches[0].cond.as_ref().map(|c| text(src, c.span)), Some("open"));
    assert_eq!(sel.else_.as_ref().map(|e| text(src, e.span)), Some("0"));
}

#[test]
fn select_without_arrow_is_an_error() {
    let src = "async fn main() {\n    tokio::select! {\n        v = rx.recv(), println!(),\n    }\n}";
    let (_, diags) = parse(src);
    assert!(diags.iter().any(|d| d.message.contains("expected `if`")), "{diags:?}");
}

#[test]
fn attr_args_are_trimmed_source_text() {
    let src =
        "#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {}\n#[derive(Debug, Clone)] struct S;\n#[cfg(all(a, b))] fn f() {}";
    let file = parse_ok(src);
    assert_eq!(file.items[0].attrs[0].path.names(), ["tokio", "main"]);
    assert_eq!(file.items[0].attrs[0].args, ["flavor = \"current_thread\"", "start_paused = true"]);
    assert_eq!(file.items[1].attrs[0].args, ["Debug", "Clone"]);
    assert_eq!(file.items[2].attrs[0].args, ["all(a, b)"]);
    assert_eq!(text(src, file.items[0].attrs[0].span), "#[tokio::main(flavor = \"current_thread\", start_paused = true)]");
}

#[test]
fn fn_signature_and_ident_spans() {
    let src = "pub async fn fetch<T: Clone>(&mut self, id: u64) -> Option<T> where T: Send { None }";
    let file = parse_ok(src);
    let ItemKind::Fn(f) = &file.items[0].kind else { panic!() };
    assert!(file.items[0].is_pub && f.is_async);
    assert_eq!(text(src, f.sig_span), "async fn fetch<T: Clone>(&mut self, id: u64) -> Option<T>");
    assert_eq!(text(src, f.name.span), "fetch");
    assert_eq!(f.generics.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(), ["T"]);
    let sp = f.self_param.as_ref().expect("self param");
    assert!(sp.is_ref && sp.is_mut);
    assert_eq!(text(src, sp.span), "&mut self");
    assert_eq!(text(src, f.params[0].pat.span), "id");
    assert_eq!(text(src, file.items[0].span), src);
}

#[test]
fn literal_values() {
    let src = r##"fn main() { (5u64, 1_000i64, 0xff, 2.5f64, 1e3, '\u{1F600}', "a\tb\
        c", r#"x"y"#, b'a', 1f32); }"##;
    let file = parse_ok(src);
    let ExprKind::Tuple(es) = &stmt_expr(&body(&file)[0]).kind else { panic!() };
    let lits: Vec<&Lit> = es
        .iter()
        .map(|e| match &e.kind {
            ExprKind::Lit(l) => l,
            k => panic!("{k:?}"),
        })
        .collect();
    assert_eq!(*lits[0], Lit::Int { value: 5, suffix: Some("u64".into()) });
    assert_eq!(*lits[1], Lit::Int { value: 1000, suffix: Some("i64".into()) });
    assert_eq!(*lits[2], Lit::Int { value: 255, suffix: None });
    assert_eq!(*lits[3], Lit::Float { value: 2.5, suffix: Some("f64".into()) });
    assert_eq!(*lits[4], Lit::Float { value: 1000.0, suffix: None });
    assert_eq!(*lits[5], Lit::Char('😀'));
    assert_eq!(*lits[6], Lit::Str("a\tbc".into()));
    assert_eq!(*lits[7], Lit::Str("x\"y".into()));
    assert_eq!(*lits[8], Lit::Byte(b'a'));
    assert_eq!(*lits[9], Lit::Float { value: 1.0, suffix: Some("f32".into()) });
}

#[test]
fn tuple_field_spans() {
    let src = "fn main() { t.0.1; }";
    let file = parse_ok(src);
    let e = stmt_expr(&body(&file)[0]);
    let ExprKind::TupleField(inner, 1, s1) = &e.kind else { panic!("{e:?}") };
    assert_eq!(text(src, *s1), "1");
    assert_eq!(text(src, e.span), "t.0.1");
    let ExprKind::TupleField(_, 0, s0) = &inner.kind else { panic!() };
    assert_eq!(text(src, *s0), "0");
    assert_eq!(text(src, inner.span), "t.0");
}

#[test]
fn let_chain_shape() {
    let src = "fn main() { if let Some(x) = a && x > 3 {} }";
    let file = parse_ok(src);
    let ExprKind::If { cond, .. } = &stmt_expr(&body(&file)[0]).kind else { panic!() };
    let ExprKind::Binary(BinOp::And, l, r) = &cond.kind else { panic!("{cond:?}") };
    assert!(matches!(l.kind, ExprKind::Let { .. }));
    assert!(matches!(r.kind, ExprKind::Binary(BinOp::Gt, ..)));
    assert_eq!(text(src, l.span), "let Some(x) = a");
}

#[test]
fn tail_expression_and_block_statements() {
    let file = parse_ok("fn main() { if a {} -1; x }");
    let stmts = body(&file);
    assert_eq!(stmts.len(), 3);
    assert!(matches!(&stmts[0].kind, StmtKind::Expr { expr: Expr { kind: ExprKind::If { .. }, .. }, semi: false }));
    assert!(matches!(&stmts[1].kind, StmtKind::Expr { expr: Expr { kind: ExprKind::Unary(UnOp::Neg, _), .. }, semi: true }));
    assert!(matches!(&stmts[2].kind, StmtKind::Expr { semi: false, .. }));
}

#[test]
fn diagnostics_have_rustc_like_positions() {
    let src = "fn main() {\n    let x = 5\n    let y = 6;\n}\n";
    let (_, diags) = parse(src);
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].message, "expected `;`, found keyword `let`");
    assert_eq!(diags[0].line_col(src), (2, 14));
    let rendered = diags[0].render(src, "main.rs");
    assert!(rendered.contains("--> main.rs:2:14"), "{rendered}");
}

#[test]
fn source_size_limit() {
    let src = "x".repeat(taskscope_engine::parser::MAX_SOURCE_LEN + 1);
    let (file, diags) = parse(&src);
    assert!(file.items.is_empty());
    assert_eq!(diags.len(), 1);
    assert!(diags[0].message.starts_with("source file too large"), "{}", diags[0].message);
}
