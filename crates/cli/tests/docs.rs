//! docs/embedding.md's examples work: its `#code=` links carry programs the
//! engine accepts, its `?example=` links name bundled examples, and its
//! mdBook block goes through `taskscope mdbook`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn doc() -> String {
    std::fs::read_to_string(root().join("docs/embedding.md")).expect("docs/embedding.md")
}

fn taskscope(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_taskscope"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run taskscope");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("stdin");
    let out = child.wait_with_output().expect("wait");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn check(program: &str, what: &str) {
    let path = std::env::temp_dir().join(format!("taskscope-docs-{}-{what}.rs", std::process::id()));
    std::fs::write(&path, program).expect("write");
    let (code, _, err) = taskscope(&["check", &path.display().to_string()], "");
    let _ = std::fs::remove_file(&path);
    assert_eq!(code, 0, "{what}: the program in docs/embedding.md does not compile:\n{err}\n{program}");
}

/// `decodeURIComponent`.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            out.push(u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).expect("hex"), 16).expect("hex"));
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

/// The text of each fenced block with this info string (``` fences only).
fn blocks<'a>(doc: &'a str, info: &str) -> Vec<&'a str> {
    let open = format!("\n```{info}\n");
    doc.match_indices(&open)
        .map(|(i, _)| {
            let body = &doc[i + open.len()..];
            &body[..body.find("\n```").expect("closing fence") + 1]
        })
        .collect()
}

#[test]
fn code_links_decode_to_programs_that_compile() {
    let doc = doc();
    let links: Vec<String> = doc
        .match_indices("#code=")
        .map(|(i, m)| doc[i + m.len()..].bytes().take_while(|b| b.is_ascii_alphanumeric() || b"%-._~!'()*".contains(b)).map(char::from).collect::<String>())
        .filter(|l| !l.is_empty())
        .collect();
    assert!(links.len() >= 3, "{links:?}");
    for (n, link) in links.iter().enumerate() {
        check(&percent_decode(link), &format!("link{n}"));
    }
    // The first link is the program shown just above it.
    let shown = blocks(&doc, "rust")[0];
    assert_eq!(percent_decode(&links[0]), shown);
    // And Python's quote(safe="") writes exactly that link.
    let python = Command::new("python3")
        .args(["-c", "import sys, urllib.parse; sys.stdout.write(urllib.parse.quote(sys.stdin.read(), safe=''))"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn();
    if let Ok(mut child) = python {
        child.stdin.take().expect("stdin").write_all(shown.as_bytes()).expect("stdin");
        let out = child.wait_with_output().expect("python3");
        assert_eq!(String::from_utf8_lossy(&out.stdout), links[0]);
    }
}

#[test]
fn example_links_name_bundled_examples() {
    let doc = doc();
    let names: Vec<&str> = doc
        .match_indices("?example=")
        .map(|(i, m)| {
            let rest = &doc[i + m.len()..];
            &rest[..rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(rest.len())]
        })
        // `?example=NAME` in prose is a placeholder.
        .filter(|n| n.bytes().any(|b| b.is_ascii_lowercase()))
        .collect();
    assert!(names.len() >= 3, "{names:?}");
    for name in names {
        assert!(root().join("examples").join(format!("{name}.rs")).is_file(), "docs/embedding.md links to ?example={name}, which is not in examples/");
    }
}

#[test]
fn the_mdbook_example_block_goes_through_the_preprocessor() {
    let doc = doc();
    let start = doc.find("````markdown\n```rust,taskscope\n").expect("the mdBook example") + "````markdown\n".len();
    let block = &doc[start..start + doc[start..].find("\n````").expect("end")];
    let context = serde_json::json!({
        "root": "/book", "renderer": "html", "mdbook_version": "0.4.52",
        "config": { "book": { "src": "src" }, "preprocessor": { "taskscope": { "playground-url": "http://127.0.0.1:8080/" } } },
    });
    let book = serde_json::json!({ "sections": [{ "Chapter": {
        "name": "Doc", "content": format!("# Doc\n\n{block}\n"), "number": null, "sub_items": [],
        "path": "doc.md", "source_path": "doc.md", "parent_names": [],
    }}]});
    let (code, out, err) = taskscope(&["mdbook"], &serde_json::json!([context, book]).to_string());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("http://127.0.0.1:8080/?embed=1&amp;editor=rw&amp;hide=1-4,14#code=use%20tokio%3A%3Async%3A%3Ampsc%3B"), "{out}");
}

#[test]
fn the_readme_links_to_the_page() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    assert!(readme.contains("(docs/embedding.md)"), "README.md should link to docs/embedding.md");
}
