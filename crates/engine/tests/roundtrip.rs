//! Parse ∘ print round trip, as property tests (proptest).
//!
//! The round trip: for a source `s` that parses without errors into tree
//! `t`, [`ast_print::print_source`]`(t)` must parse without errors into a
//! tree `t2` equal to `t` up to spans. Trees are compared through
//! [`ast_print::print_file`], the normalized printer that parenthesizes
//! every operator and prints distinct trees differently, so a precedence,
//! associativity or grouping change shows as a difference. Printing `t2`
//! again must give the same source (the printer is a fixed point after one
//! round).
//!
//! Inputs: every program of the repository (examples, conformance, accept,
//! reject, the parser fixtures), programs generated from a small grammar of
//! expressions and statements (operators of every precedence, prefix and
//! postfix forms, casts, ranges, closures, blocks, explicit parentheses),
//! and corpus programs mutated by inserting or deleting tokens. Inputs
//! that do not parse are skipped: the property is about trees.

mod common;

use std::path::PathBuf;

use proptest::prelude::*;
use proptest::test_runner::RngSeed;

/// A fixed seed: CI runs the same cases every time (the fuzzers in
/// `crates/engine/fuzz` explore); change it to explore other cases.
const SEED: u64 = 0x7a5c_5c09e;
use proptest::test_runner::TestCaseError;
use taskscope_engine::ast_print::{print_file, print_source};
use taskscope_engine::parser::parse;
use taskscope_engine::{Diagnostic, Severity};

fn errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity == Severity::Error)
}

/// Checks the round trip for `src`; `Ok(false)` when `src` does not parse.
fn round_trip(src: &str) -> Result<bool, TestCaseError> {
    let (tree, diags) = parse(src);
    if errors(&diags) {
        return Ok(false);
    }
    let printed = print_source(&tree);
    let (again, diags2) = parse(&printed);
    prop_assert!(!errors(&diags2), "printed source does not parse: {:?}\n--- source\n{src}\n--- printed\n{printed}", diags2[0].message);
    prop_assert_eq!(print_file(&again), print_file(&tree), "different tree\n--- source\n{}\n--- printed\n{}", src, printed);
    prop_assert_eq!(print_source(&again), printed.clone(), "not a fixed point\n--- source\n{}", src);
    Ok(true)
}

fn corpus() -> Vec<(PathBuf, String)> {
    let dirs = ["examples", "conformance", "accept", "reject", "crates/engine/tests/parse"];
    let mut out = Vec::new();
    for d in dirs {
        for p in common::rs_files(d) {
            let src = std::fs::read_to_string(&p).expect("readable");
            out.push((p, src));
        }
    }
    out
}

#[test]
fn every_corpus_program_round_trips() {
    let mut parsed = 0;
    let mut failures = Vec::new();
    let all = corpus();
    for (path, src) in &all {
        match round_trip(src) {
            Ok(true) => parsed += 1,
            Ok(false) => {}
            Err(e) => failures.push(format!("{}: {e}", path.display())),
        }
    }
    assert!(failures.is_empty(), "{} failures:\n\n{}", failures.len(), failures.join("\n\n"));
    assert!(parsed > all.len() / 2, "only {parsed} of {} corpus programs parse", all.len());
}

/// Found by `mutated_corpus_programs_round_trip`: the parser dropped the
/// `mut` of a `&mut` pattern, so `&mut mut rx` printed as `&mut rx`.
#[test]
fn a_mut_reference_pattern_keeps_both_muts() {
    let src = "fn main() {\n    let (a, &mut mut b) = (1, &mut 2);\n    let &c = &3;\n}\n";
    assert!(matches!(round_trip(src), Ok(true)));
    assert!(print_source(&parse(src).0).contains("&mut mut b"));
}

// ---------------------------------------------------------------------------
// A grammar of expressions, as source text.

const BINOPS: &[&str] = &["+", "-", "*", "/", "%", "&&", "||", "&", "|", "^", "<<", ">>", "==", "!=", "<", "<=", ">", ">="];

fn leaf() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..1000).prop_map(|n| n.to_string()),
        Just("u64::MAX".to_string()),
        Just("1.5".to_string()),
        Just("2u8".to_string()),
        Just("'c'".to_string()),
        Just("\"s\\n{}\"".to_string()),
        Just("true".to_string()),
        prop::sample::select(vec!["a", "b", "x", "v", "self"]).prop_map(str::to_string),
        Just("None".to_string()),
        Just("()".to_string()),
    ]
}

fn expr() -> impl Strategy<Value = String> {
    leaf().prop_recursive(4, 48, 3, |inner| {
        let e = inner.clone();
        prop_oneof![
            (e.clone(), prop::sample::select(BINOPS), e.clone()).prop_map(|(l, op, r)| format!("{l} {op} {r}")),
            (prop::sample::select(vec!["-", "!", "*", "&", "&mut "]), e.clone()).prop_map(|(op, x)| format!("{op}{x}")),
            e.clone().prop_map(|x| format!("({x})")),
            e.clone().prop_map(|x| format!("({x}) as u32")),
            e.clone().prop_map(|x| format!("{x} as i64")),
            (e.clone(), e.clone()).prop_map(|(x, y)| format!("({x}).f({y})")),
            e.clone().prop_map(|x| format!("f({x}).len()")),
            e.clone().prop_map(|x| format!("({x}).0.field")),
            (e.clone(), e.clone()).prop_map(|(x, y)| format!("v[{x}][{y}]")),
            e.clone().prop_map(|x| format!("({x}).await?")),
            (e.clone(), e.clone()).prop_map(|(x, y)| format!("({x})..({y})")),
            e.clone().prop_map(|x| format!("..={x}")),
            e.clone().prop_map(|x| format!("|a, b: u8| {x}")),
            e.clone().prop_map(|x| format!("move || -> u8 {{ {x} }}")),
            (e.clone(), e.clone(), e.clone()).prop_map(|(c, t, f)| format!("if {c} {{ {t} }} else {{ {f} }}")),
            (e.clone(), e.clone()).prop_map(|(s, a)| format!("match {s} {{ Some(y) if y > 0 => {a}, _ => 0 }}")),
            (e.clone(), e.clone()).prop_map(|(x, y)| format!("({x}, {y})")),
            (e.clone(), e.clone()).prop_map(|(x, y)| format!("[{x}, {y}]")),
            (e.clone(), e.clone()).prop_map(|(x, y)| format!("vec![{x}; {y}]")),
            (e.clone(), e.clone()).prop_map(|(x, y)| format!("format!(\"{{}} {{:?}}\", {x}, {y})")),
            e.clone().prop_map(|x| format!("S {{ a: {x}, b }}")),
            e.clone().prop_map(|x| format!("async move {{ {x} }}")),
            e.clone().prop_map(|x| format!("loop {{ break {x}; }}")),
            e.clone().prop_map(|x| format!("return {x}")),
            e.clone().prop_map(|x| format!("matches!({x}, Some(1 | 2) | None)")),
        ]
    })
}

fn stmt() -> impl Strategy<Value = String> {
    prop_oneof![
        expr().prop_map(|e| format!("let x = {e};")),
        (expr(), expr()).prop_map(|(p, e)| format!("let (mut a, _): (u8, Vec<i64>) = ({p}, {e});")),
        expr().prop_map(|e| format!("{e};")),
        (expr(), prop::sample::select(vec!["=", "+=", "<<=", "^="]), expr()).prop_map(|(l, op, r)| format!("{l} {op} {r};")),
        (expr(), expr()).prop_map(|(c, b)| format!("while let Some(y) = {c} {{ {b}; }}")),
        (expr(), expr()).prop_map(|(c, b)| format!("for i in {c} {{ {b}; }}")),
        expr().prop_map(|e| format!("if let Some(y) = v && {e} {{}}")),
    ]
}

fn program() -> impl Strategy<Value = String> {
    (prop::collection::vec(stmt(), 1..6), expr()).prop_map(|(stmts, tail)| format!("async fn main() {{\n    {}\n    {tail}\n}}\n", stmts.join("\n    ")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, rng_seed: RngSeed::Fixed(SEED), ..ProptestConfig::default() })]

    #[test]
    fn generated_programs_round_trip(src in program()) {
        round_trip(&src)?;
    }
}

// ---------------------------------------------------------------------------
// Mutated corpus programs.

const TOKENS: &[&str] = &[
    "(", ")", "-", "!", "*", "&", "&mut ", " as u8", ".0", "?", ".await", " + 1", " * 2", " << 3", " == ", " && ", "..", "..=", "{", "}", "[", "]", ",", ";",
    "|x| ", "move ", "return ", "'a: ", "break ", " else ", "::<u8>",
];

#[derive(Clone, Debug)]
enum Edit {
    Insert { at: usize, token: usize },
    Delete { at: usize, len: usize },
}

fn apply(src: &str, edits: &[Edit]) -> String {
    let mut b = src.as_bytes().to_vec();
    for e in edits {
        match *e {
            Edit::Insert { at, token } => {
                let at = at % (b.len() + 1);
                b.splice(at..at, TOKENS[token % TOKENS.len()].bytes());
            }
            Edit::Delete { at, len } if !b.is_empty() => {
                let at = at % b.len();
                let end = (at + len).min(b.len());
                b.drain(at..end);
            }
            Edit::Delete { .. } => {}
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (any::<usize>(), any::<usize>()).prop_map(|(at, token)| Edit::Insert { at, token }),
        1 => (any::<usize>(), 1usize..6).prop_map(|(at, len)| Edit::Delete { at, len }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, rng_seed: RngSeed::Fixed(SEED), ..ProptestConfig::default() })]

    #[test]
    fn mutated_corpus_programs_round_trip(pick in any::<usize>(), edits in prop::collection::vec(edit(), 1..4)) {
        thread_local! {
            static CORPUS: Vec<(PathBuf, String)> = corpus();
        }
        let src = CORPUS.with(|c| c[pick % c.len()].1.clone());
        round_trip(&apply(&src, &edits))?;
    }
}
