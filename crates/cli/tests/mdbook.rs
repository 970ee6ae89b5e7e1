//! `taskscope mdbook`, the mdBook preprocessor: the protocol, the JSON
//! transformation, hidden lines, diagnostics that point into the book, and
//! real `mdbook build`s of the book in `tests/book/`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{Value, json};

/// The mdBook version scripts/setup installs.
const MDBOOK_VERSION: &str = "0.4.52";

fn taskscope_bin() -> &'static str {
    env!("CARGO_BIN_EXE_taskscope")
}

/// Runs `taskscope ARGS` with `stdin`; returns (exit code, stdout, stderr).
fn taskscope(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child =
        Command::new(taskscope_bin()).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("run taskscope");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("wait for taskscope");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn context(settings: Value) -> Value {
    json!({
        "root": "/books/demo",
        "config": {
            "book": { "authors": [], "language": "en", "multilingual": false, "src": "src", "title": "Demo" },
            "preprocessor": { "taskscope": settings },
        },
        "renderer": "html",
        "mdbook_version": "0.4.52",
    })
}

fn settings() -> Value {
    json!({ "command": "taskscope mdbook", "playground-url": "https://example.org/taskscope/" })
}

fn chapter(name: &str, path: &str, content: &str, sub_items: Vec<Value>) -> Value {
    json!({ "Chapter": {
        "name": name, "content": content, "number": [1], "sub_items": sub_items,
        "path": path, "source_path": path, "parent_names": [],
    }})
}

/// Runs the preprocessor on `[context, book]`; panics unless it succeeds.
fn preprocess(context: Value, book: Value) -> Value {
    let (code, out, err) = taskscope(&["mdbook"], &json!([context, book]).to_string());
    assert_eq!(code, 0, "stderr:\n{err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{out}"))
}

fn content_at<'a>(book: &'a Value, pointer: &str) -> &'a str {
    book.pointer(pointer).and_then(Value::as_str).unwrap_or_else(|| panic!("no string at {pointer} in {book}"))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex digits"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

fn html_unescape(s: &str) -> String {
    s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&#10;", "\n").replace("&#35;", "#").replace("&amp;", "&")
}

/// The `src` of every embed iframe in `html`, unescaped.
fn iframe_srcs(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    // A hosted playground's frames have `src`; an installed one's have
    // `data-taskscope-src`, which the page's script turns into `src`.
    while let Some(i) = rest.find("<iframe class=\"taskscope-embed-frame\" ") {
        rest = &rest[i + "<iframe class=\"taskscope-embed-frame\" ".len()..];
        let Some(q) = rest.find("=\"") else { break };
        rest = &rest[q + 2..];
        let end = rest.find('"').expect("closing quote");
        out.push(html_unescape(&rest[..end]));
        rest = &rest[end..];
    }
    out
}

/// Splits an embed address into (address up to `#`, decoded program).
fn split_src(src: &str) -> (&str, String) {
    let (before, code) = src.split_once("#code=").unwrap_or_else(|| panic!("no #code= in {src}"));
    assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)), "only unreserved characters and escapes after #code=: {code}");
    (before, percent_decode(code))
}

/// The text of every fallback `<code>` in `html`, unescaped.
fn fallbacks(html: &str) -> Vec<String> {
    html.split("<noscript><pre><code class=\"language-rust noplayground\">").skip(1).map(|s| html_unescape(&s[..s.find("</code>").expect("</code>")])).collect()
}

const TASKS_MD: &str = "# Tasks\n\nPlain Rust stays plain:\n\n```rust\n# fn hidden() {}\nfn main() {}\n```\n\n```rust,taskscope\n# use tokio::time::{sleep, Duration};\n#\n# #[tokio::main(flavor = \"current_thread\", start_paused = true)]\n# async fn main() {\n    sleep(Duration::from_millis(5)).await;\n    println!(\"<done> & 'ok'\");\n# }\n```\n\nAfter.\n";

const TASKS_PROGRAM: &str = "use tokio::time::{sleep, Duration};\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    sleep(Duration::from_millis(5)).await;\n    println!(\"<done> & 'ok'\");\n}\n";

const NESTED_MD: &str = "# Nested\n\n~~~rust,taskscope,editor=ro,autoplay,height=300\n##[derive(Debug)]\nstruct Job {\n    id: u32,\n}\n\n#[tokio::main]\nasync fn main() {\n    println!(\"{:?}\", Job { id: 1 });\n}\n~~~\n";

#[test]
fn supports_only_html() {
    assert_eq!(taskscope(&["mdbook", "supports", "html"], "").0, 0);
    assert_ne!(taskscope(&["mdbook", "supports", "latex"], "").0, 0);
    assert_ne!(taskscope(&["mdbook", "supports", "markdown"], "").0, 0);
}

#[test]
fn bad_arguments_print_usage() {
    let (code, _, err) = taskscope(&["mdbook", "frobnicate"], "");
    assert_eq!(code, 2);
    assert!(err.contains("taskscope mdbook supports RENDERER"), "{err}");
}

#[test]
fn a_taskscope_block_becomes_an_iframe_with_the_whole_program_and_hidden_lines() {
    let book = json!({ "sections": [chapter("Tasks", "tasks.md", TASKS_MD, vec![])], "__non_exhaustive": null });
    let out = preprocess(context(settings()), book);
    let html = content_at(&out, "/sections/0/Chapter/content");

    // The plain Rust block and the text around are untouched.
    assert!(html.starts_with("# Tasks\n\nPlain Rust stays plain:\n\n```rust\n# fn hidden() {}\nfn main() {}\n```\n"), "{html}");
    assert!(html.contains("\nAfter.\n"));
    assert!(!html.contains("rust,taskscope"), "{html}");

    let srcs = iframe_srcs(html);
    assert_eq!(srcs.len(), 1, "{html}");
    let (address, program) = split_src(&srcs[0]);
    // Lines 1-4 and 7 of the program were written `# …`.
    assert_eq!(address, "https://example.org/taskscope/?embed=1&editor=rw&hide=1-4,7");
    assert_eq!(program, TASKS_PROGRAM);
    // The raw attribute escapes its ampersands.
    assert!(html.contains("src=\"https://example.org/taskscope/?embed=1&amp;editor=rw&amp;hide=1-4,7#code=use%20tokio%3A%3Atime"), "{html}");
    assert!(html.contains(" title=\"Taskscope playground: Tasks, example 1\"") && html.contains(" loading=\"lazy\""), "{html}");
    assert!(html.contains(" height=\"480\""), "{html}");

    // The fallback shows the visible lines only, escaped.
    assert_eq!(fallbacks(html), vec!["    sleep(Duration::from_millis(5)).await;\n    println!(\"<done> & 'ok'\");".to_string()]);
    assert!(html.contains("println!(&quot;&lt;done&gt; &amp; &#39;ok&#39;&quot;);"), "{html}");
    assert!(!html.contains("<done>"), "source text reached the HTML unescaped:\n{html}");

    // The embed is one raw HTML block: no blank line inside it.
    let start = html.find("<div class=\"taskscope-embed\">").expect("div");
    let end = html[start..].find("</div>").expect("</div>") + start;
    assert!(!html[start..end].contains("\n\n"), "{}", &html[start..end]);

    // The sizing script, once, accepting only the embed's own origin.
    assert_eq!(html.matches("<script>").count(), 1);
    assert!(html.contains("\"taskscope:height\"") && html.contains("event.origin"), "{html}");
    // Everything else in the book passes through.
    assert_eq!(out["__non_exhaustive"], Value::Null);
    assert!(out.as_object().expect("object").contains_key("__non_exhaustive"));
}

#[test]
fn nested_chapters_parts_and_block_attributes() {
    let plain = "# Plain\n\n```rust\nfn main() {}\n```\n";
    let book = json!({ "sections": [
        { "PartTitle": "Part one" },
        chapter("Plain", "plain.md", plain, vec![
            chapter("Nested", "dir/nested.md", NESTED_MD, vec![]),
        ]),
        "Separator",
    ], "__non_exhaustive": null });
    let out = preprocess(
        context(json!({
            "playground-url": "https://example.org/ts/?theme=dark", "height": 640, "editor": "0",
        })),
        book,
    );
    assert_eq!(out["sections"][0], json!({ "PartTitle": "Part one" }));
    assert_eq!(out["sections"][2], json!("Separator"));
    // A chapter without taskscope blocks is left byte for byte.
    assert_eq!(content_at(&out, "/sections/1/Chapter/content"), plain);

    let html = content_at(&out, "/sections/1/Chapter/sub_items/0/Chapter/content");
    let srcs = iframe_srcs(html);
    assert_eq!(srcs.len(), 1, "{html}");
    let (address, program) = split_src(&srcs[0]);
    // The block's attributes win over book.toml's; an existing query is kept.
    assert_eq!(address, "https://example.org/ts/?theme=dark&embed=1&editor=ro&autoplay=1");
    assert!(html.contains(" height=\"300\""), "{html}");
    // `##` is an escaped `#`: shown, with one `#` removed; `#[` is code.
    assert_eq!(program, "#[derive(Debug)]\nstruct Job {\n    id: u32,\n}\n\n#[tokio::main]\nasync fn main() {\n    println!(\"{:?}\", Job { id: 1 });\n}\n");
    assert_eq!(fallbacks(html), vec![program.trim_end().to_string()]);
    assert!(html.contains("&#35;[derive(Debug)]"), "a shown line that starts with # is escaped so mdBook does not hide it: {html}");
}

#[test]
fn mdbook_05_items_and_book_toml_defaults() {
    let book = json!({ "items": [chapter("Tasks", "tasks.md", TASKS_MD, vec![])] });
    let out = preprocess(context(json!({ "playground-url": "/taskscope/", "autoplay": true, "editor": "ro" })), book);
    let srcs = iframe_srcs(content_at(&out, "/items/0/Chapter/content"));
    assert_eq!(split_src(&srcs[0]).0, "/taskscope/?embed=1&editor=ro&autoplay=1&hide=1-4,7");
}

#[test]
fn a_block_can_choose_the_seed_of_its_run() {
    let content = "```rust,taskscope,seed=42\n#[tokio::main]\nasync fn main() {}\n```\n";
    let book = json!({ "sections": [chapter("Seed", "seed.md", content, vec![])] });
    let out = preprocess(context(settings()), book);
    let srcs = iframe_srcs(content_at(&out, "/sections/0/Chapter/content"));
    assert!(split_src(&srcs[0]).0.ends_with("&seed=42"), "{srcs:?}");

    for bad in ["seed=-1", "seed=x", "seed=4294967296"] {
        let content = format!("```rust,taskscope,{bad}\nfn main() {{}}\n```\n");
        let book = json!({ "sections": [chapter("A", "a.md", &content, vec![])] });
        let (code, _, err) = taskscope(&["mdbook"], &json!([context(settings()), book]).to_string());
        assert_ne!(code, 0, "{bad}");
        assert!(err.contains(&format!("src/a.md:1: {bad} must be a whole number")), "{err}");
    }
}

#[test]
fn every_block_of_a_chapter_is_embedded_and_the_script_comes_once() {
    let block = "```rust,taskscope\n#[tokio::main]\nasync fn main() {\n    println!(\"hi\");\n}\n```\n";
    let content = format!("# Two\n\n{block}\nMiddle.\n\n{block}");
    let book = json!({ "sections": [chapter("Two", "two.md", &content, vec![])] });
    let out = preprocess(context(settings()), book);
    let html = content_at(&out, "/sections/0/Chapter/content");
    assert_eq!(iframe_srcs(html).len(), 2, "{html}");
    assert!(html.contains("example 1\"") && html.contains("example 2\""), "{html}");
    assert_eq!(html.matches("<script>").count(), 1);
    assert!(html.contains("\nMiddle.\n"));
}

#[test]
fn an_invalid_program_fails_with_the_line_and_column_in_the_book_file() {
    // The error is on line 9, column 13 of the chapter file; line 4 of the block.
    let content = "# Bad\n\nText.\n\n```rust,taskscope\n# use tokio::sync::mpsc;\n#[tokio::main]\nasync fn main() {\n    let x = ;\n}\n```\n";
    let book = json!({ "sections": [
        chapter("Good", "good.md", TASKS_MD, vec![chapter("Bad", "part/bad.md", content, vec![])]),
    ]});
    let (code, out, err) = taskscope(&["mdbook"], &json!([context(settings()), book]).to_string());
    assert_ne!(code, 0);
    assert!(out.is_empty(), "no book on stdout after an error: {out}");
    assert!(err.contains("error: expected expression"), "{err}");
    assert!(err.contains("--> src/part/bad.md:9:13"), "{err}");
    assert!(err.contains("9 |     let x = ;") && err.contains("^"), "{err}");
    assert!(err.contains("src/part/bad.md:5 (chapter \"Bad\")"), "{err}");
}

#[test]
fn an_error_on_a_hidden_line_points_at_its_column_in_the_file() {
    let content = "```rust,taskscope\n#[tokio::main]\nasync fn main() {\n    # let y = ;\n}\n```\n";
    let book = json!({ "sections": [chapter("Bad", "bad.md", content, vec![])] });
    let (code, _, err) = taskscope(&["mdbook"], &json!([context(settings()), book]).to_string());
    assert_ne!(code, 0);
    assert!(err.contains("--> src/bad.md:4:15"), "{err}");
    assert!(err.contains("4 |     # let y = ;"), "{err}");
}

#[test]
fn configuration_errors_are_explained() {
    let book = json!({ "sections": [chapter("Tasks", "tasks.md", TASKS_MD, vec![])] });
    let (code, _, err) = taskscope(&["mdbook"], &json!([context(json!({ "playground-url": "https://x/", "playground-dir": "ts" })), book]).to_string());
    assert_ne!(code, 0);
    assert!(err.contains("both playground-url") && err.contains("playground-dir"), "{err}");

    for dir in ["../up", "/abs", "a//b", "sp ace", ""] {
        let (code, _, err) = taskscope(&["mdbook"], &json!([context(json!({ "playground-dir": dir })), book]).to_string());
        assert_ne!(code, 0, "{dir:?}");
        assert!(err.contains("playground-dir must be a folder name inside the book"), "{dir:?}: {err}");
    }

    let (code, _, err) = taskscope(&["mdbook"], &json!([context(json!({ "playground-url": "taskscope/" })), book]).to_string());
    assert_ne!(code, 0);
    assert!(err.contains("must start with https://"), "{err}");

    let (code, _, err) = taskscope(&["mdbook"], &json!([context(json!({ "playground-url": "https://x/", "editor": "yes" })), book]).to_string());
    assert_ne!(code, 0);
    assert!(err.contains("editor"), "{err}");

    let bad_attr = "```rust,taskscope,editor=maybe\nfn main() {}\n```\n";
    let book2 = json!({ "sections": [chapter("A", "a.md", bad_attr, vec![])] });
    let (code, _, err) = taskscope(&["mdbook"], &json!([context(settings()), book2]).to_string());
    assert_ne!(code, 0);
    assert!(err.contains("src/a.md:1: editor=maybe"), "{err}");

    let (code, _, err) = taskscope(&["mdbook"], "not json");
    assert_ne!(code, 0);
    assert!(err.contains("[context, book]"), "{err}");
}

// ---- without playground-url: the book gets its own copy of the app ----

/// Whether this taskscope has the web app built in (`taskscope mdbook
/// --help` says). scripts/test builds it both ways; with
/// `TASKSCOPE_REQUIRE_PLAYGROUND=1` (its step that builds the app in), a
/// binary without the app fails the tests instead of taking the other path.
fn app_built_in() -> bool {
    let (code, out, _) = taskscope(&["mdbook", "--help"], "");
    assert_eq!(code, 0);
    let built_in = out.contains("has the web app built in");
    assert!(built_in || out.contains("built without the web app"), "{out}");
    if std::env::var_os("TASKSCOPE_REQUIRE_PLAYGROUND").is_some_and(|v| v == "1") {
        assert!(
            built_in,
            "TASKSCOPE_REQUIRE_PLAYGROUND=1, but this taskscope was built without the web app: build it with TASKSCOPE_PLAYGROUND_DIST=<a trunk release build>"
        );
    }
    built_in
}

/// A fresh empty folder for a book's root.
fn temp_root(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("taskscope-mdbook-root-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).expect("create book root");
    dir
}

fn context_at(root: &Path, settings: Value) -> Value {
    let mut c = context(settings);
    c["root"] = json!(root.display().to_string());
    c
}

/// Every file under `dir`, `/`-separated and relative to it, sorted.
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("read dir") {
            let entry = entry.expect("entry");
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.file_type().expect("type").is_dir() {
                walk(&entry.path(), &format!("{name}/"), out);
            } else {
                out.push(name);
            }
        }
    }
    let mut out = Vec::new();
    if dir.exists() {
        walk(dir, "", &mut out);
    }
    out.sort();
    out
}

#[test]
fn without_playground_url_each_page_points_at_the_books_own_copy() {
    let root = temp_root("own");
    let block = "```rust,taskscope\n#[tokio::main]\nasync fn main() {\n    println!(\"hi\");\n}\n```\n";
    let book = json!({ "sections": [
        chapter("Top", "top.md", block, vec![
            chapter("Deep", "a/b/deep.md", block, vec![]),
            chapter("Index", "a/index.md", block, vec![]),
        ]),
    ]});
    let input = json!([context_at(&root, json!({ "command": "taskscope mdbook" })), book]).to_string();
    let (code, out, err) = taskscope(&["mdbook"], &input);
    if !app_built_in() {
        // A clear error that says how to get the app, and nothing written.
        assert_ne!(code, 0);
        assert!(out.is_empty(), "{out}");
        assert!(err.contains("built without it"), "{err}");
        assert!(err.contains("TASKSCOPE_PLAYGROUND_DIST") && err.contains("scripts/install-cli"), "{err}");
        assert!(err.contains("playground-url"), "{err}");
        assert_eq!(files_under(&root.join("src")), Vec::<String>::new());
        let _ = std::fs::remove_dir_all(&root);
        return;
    }
    assert_eq!(code, 0, "{err}");
    let out: Value = serde_json::from_str(&out).expect("JSON");
    // Relative to each page: the book works from any folder of any host.
    let expect = [
        ("/sections/0/Chapter/content", ""),
        ("/sections/0/Chapter/sub_items/0/Chapter/content", "../../"),
        ("/sections/0/Chapter/sub_items/1/Chapter/content", "../"),
    ];
    for (pointer, up) in expect {
        let html = content_at(&out, pointer);
        let srcs = iframe_srcs(html);
        assert_eq!(srcs.len(), 1, "{html}");
        let (address, program) = split_src(&srcs[0]);
        assert_eq!(address, format!("{up}taskscope/index.html?embed=1&editor=rw"));
        assert_eq!(program, "#[tokio::main]\nasync fn main() {\n    println!(\"hi\");\n}\n");
        assert!(html.contains(&format!(" data-taskscope-root=\"{up}\" ")), "{html}");
        // The script that re-points them on pages elsewhere (print.html).
        assert!(html.contains("path_to_root"), "{html}");
    }
    // The app, in src/taskscope/, with the mark that says it is ours.
    let dir = root.join("src/taskscope");
    let files = files_under(&dir);
    assert!(files.contains(&"index.html".to_string()) && files.contains(&".taskscope-playground".to_string()), "{files:?}");
    assert!(files.iter().any(|f| f.ends_with(".wasm")) && files.iter().any(|f| f.ends_with(".js")), "{files:?}");
    // No .gitignore: mdBook would copy it into the built book, and a deploy
    // that commits the book would leave the app out.
    assert!(!files.iter().any(|f| f.ends_with(".gitignore")), "{files:?}");
    // Idempotent: a second build rewrites nothing (mdbook serve watches src/).
    let stamps = |files: &[String]| files.iter().map(|f| std::fs::metadata(dir.join(f)).and_then(|m| m.modified()).expect("mtime")).collect::<Vec<_>>();
    let before = stamps(&files);
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert_eq!(taskscope(&["mdbook"], &input).0, 0);
    assert_eq!(files_under(&dir), files);
    assert_eq!(stamps(&files), before, "the second build rewrote files");
    // A file left by another build of the app is removed.
    std::fs::write(dir.join("old-build.wasm"), "stale").expect("write");
    assert_eq!(taskscope(&["mdbook"], &input).0, 0);
    assert_eq!(files_under(&dir), files);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn playground_dir_names_the_folder_and_a_folder_of_the_authors_is_left_alone() {
    if !app_built_in() {
        return;
    }
    let root = temp_root("dir");
    let block = "```rust,taskscope\n#[tokio::main]\nasync fn main() {}\n```\n";
    let book = json!({ "sections": [chapter("Deep", "x/deep.md", block, vec![])] });
    let out = preprocess(context_at(&root, json!({ "playground-dir": "assets/play/" })), book.clone());
    let srcs = iframe_srcs(content_at(&out, "/sections/0/Chapter/content"));
    assert_eq!(split_src(&srcs[0]).0, "../assets/play/index.html?embed=1&editor=rw");
    assert!(root.join("src/assets/play/index.html").is_file());
    assert!(!root.join("src/taskscope").exists());

    // src/taskscope/ written by the author: an error, and it is untouched.
    std::fs::create_dir_all(root.join("src/taskscope")).expect("mkdir");
    std::fs::write(root.join("src/taskscope/notes.md"), "mine").expect("write");
    let (code, _, err) = taskscope(&["mdbook"], &json!([context_at(&root, json!({})), book]).to_string());
    assert_ne!(code, 0);
    assert!(err.contains("was not written by taskscope mdbook"), "{err}");
    assert_eq!(files_under(&root.join("src/taskscope")), ["notes.md"]);
    let _ = std::fs::remove_dir_all(&root);
}

// ---- real books, built by mdBook ----

/// The `mdbook` binary, or a failure that says how to install it.
fn mdbook() -> PathBuf {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default();
    if let Some(home) = std::env::var_os("CARGO_HOME") {
        dirs.push(PathBuf::from(home).join("bin"));
    }
    if let Some(home) = std::env::var_os("HOME") {
        dirs.push(PathBuf::from(home).join(".cargo/bin"));
    }
    for dir in dirs {
        let candidate = dir.join("mdbook");
        if candidate.is_file() {
            return candidate;
        }
    }
    panic!(
        "mdbook is not installed, and these tests build a real book with it: run scripts/setup, or \
         `cargo install mdbook --locked --version {MDBOOK_VERSION} --no-default-features --features search`"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// A fresh copy of `tests/book` in a temporary folder.
fn book_copy(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("taskscope-mdbook-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/book"), &dir);
    dir
}

/// `mdbook build` with the freshly built `taskscope` first on PATH, so the
/// book's `command = "taskscope mdbook"` runs it.
fn mdbook_build(book: &Path) -> (bool, String) {
    let mdbook = mdbook();
    let version = Command::new(&mdbook).arg("--version").output().expect("mdbook --version");
    let version = String::from_utf8_lossy(&version.stdout).trim().to_string();
    assert!(version.starts_with("mdbook v0.4."), "these tests speak mdBook 0.4's protocol; found {version} at {}", mdbook.display());
    let bin_dir = Path::new(taskscope_bin()).parent().expect("bin dir").to_path_buf();
    let path = std::env::join_paths(
        std::iter::once(bin_dir).chain(std::env::var_os("PATH").map(|p| std::env::split_paths(&p).collect::<Vec<_>>()).unwrap_or_default()),
    )
    .expect("PATH");
    let out = Command::new(&mdbook)
        .arg("build")
        .arg(book)
        .arg("--dest-dir")
        .arg(book.join("out"))
        .env("PATH", path)
        .env_remove("RUST_LOG")
        .output()
        .expect("run mdbook");
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn mdbook_builds_a_real_book_with_embeds() {
    let book = book_copy("ok");
    let (ok, log) = mdbook_build(&book);
    assert!(ok, "mdbook build failed:\n{log}");

    let tasks = std::fs::read_to_string(book.join("out/tasks.html")).expect("tasks.html");
    let srcs = iframe_srcs(&tasks);
    assert_eq!(srcs.len(), 1, "{tasks}");
    let (address, program) = split_src(&srcs[0]);
    assert_eq!(address, "https://example.org/taskscope/?embed=1&editor=rw&hide=1-4,10");
    let chapter = std::fs::read_to_string(book.join("src/tasks.md")).expect("tasks.md");
    let block = chapter.split("```rust,taskscope\n").nth(1).and_then(|b| b.split("```").next()).expect("block");
    let expected: String = block
        .lines()
        .map(|l| {
            let t = l.trim_start();
            let ws = &l[..l.len() - t.len()];
            if t == "#" {
                ws.to_string()
            } else if let Some(rest) = t.strip_prefix("# ") {
                format!("{ws}{rest}")
            } else {
                l.to_string()
            }
        })
        .map(|l| l + "\n")
        .collect();
    assert_eq!(program, expected, "the decoded #code= is the whole program");
    assert!(program.starts_with("use tokio::time::{sleep, Duration};\n\n#[tokio::main("), "{program}");
    // The book's height, a lazy iframe, the sizing script.
    assert!(tasks.contains(" height=\"520\"") && tasks.contains("loading=\"lazy\""), "{tasks}");
    assert!(tasks.contains("window.addEventListener(\"message\""), "{tasks}");
    // mdBook kept our fallback as it is: visible lines only, no playground buttons.
    let fallback = fallbacks(&tasks);
    assert_eq!(fallback.len(), 1, "{tasks}");
    assert!(fallback[0].starts_with("    let a = tokio::spawn(async {\n"), "{}", fallback[0]);
    assert!(!fallback[0].contains("use tokio") && !fallback[0].contains("boring"), "{}", fallback[0]);
    // The plain Rust block is still mdBook's, with its hidden line.
    assert!(tasks.contains("not an embed"), "{tasks}");
    assert!(tasks.contains("<span class=\"boring\">fn hidden_helper() {}"), "{tasks}");

    // The nested chapter and mdBook's print page have their embeds too.
    let nested = std::fs::read_to_string(book.join("out/channels/backpressure.html")).expect("backpressure.html");
    let srcs = iframe_srcs(&nested);
    assert_eq!(srcs.len(), 1, "{nested}");
    assert_eq!(split_src(&srcs[0]).0, "https://example.org/taskscope/?embed=1&editor=0&hide=1-3");
    let channels = std::fs::read_to_string(book.join("out/channels.html")).expect("channels.html");
    assert_eq!(
        iframe_srcs(&channels).iter().map(|s| split_src(s).0.to_string()).collect::<Vec<_>>(),
        ["https://example.org/taskscope/?embed=1&editor=ro&autoplay=1"]
    );
    let print = std::fs::read_to_string(book.join("out/print.html")).expect("print.html");
    assert_eq!(iframe_srcs(&print).len(), 3);

    // Every embedded program is one the engine accepts.
    for html in [&tasks, &nested, &channels] {
        for src in iframe_srcs(html) {
            let program = split_src(&src).1;
            assert!(taskscope_engine_check(&program), "{program}");
        }
    }
    let _ = std::fs::remove_dir_all(&book);
}

#[test]
fn mdbook_builds_a_book_with_its_own_copy_of_the_app() {
    let book = book_copy("own");
    let toml = std::fs::read_to_string(book.join("book.toml")).expect("book.toml");
    let without: String = toml.lines().filter(|l| !l.starts_with("playground-url")).map(|l| format!("{l}\n")).collect();
    assert_ne!(toml, without);
    std::fs::write(book.join("book.toml"), without).expect("write book.toml");
    let (ok, log) = mdbook_build(&book);
    if !app_built_in() {
        assert!(!ok, "mdbook build should fail without the app:\n{log}");
        assert!(log.contains("built without it") && log.contains("TASKSCOPE_PLAYGROUND_DIST"), "{log}");
        let _ = std::fs::remove_dir_all(&book);
        return;
    }
    assert!(ok, "mdbook build failed:\n{log}");
    // mdBook copied the installed app into the built book, file for file.
    let installed = files_under(&book.join("src/taskscope"));
    assert!(installed.contains(&"index.html".to_string()), "{installed:?}");
    for f in &installed {
        let copied = std::fs::read(book.join("out/taskscope").join(f)).unwrap_or_else(|e| panic!("out/taskscope/{f}: {e}"));
        assert!(copied == std::fs::read(book.join("src/taskscope").join(f)).expect("installed"), "out/taskscope/{f} differs");
    }
    // Each chapter's iframes point there, relative to the chapter's page.
    let tasks = std::fs::read_to_string(book.join("out/tasks.html")).expect("tasks.html");
    assert_eq!(iframe_srcs(&tasks).iter().map(|s| split_src(s).0.to_string()).collect::<Vec<_>>(), ["taskscope/index.html?embed=1&editor=rw&hide=1-4,10"]);
    let nested = std::fs::read_to_string(book.join("out/channels/backpressure.html")).expect("backpressure.html");
    assert_eq!(iframe_srcs(&nested).iter().map(|s| split_src(s).0.to_string()).collect::<Vec<_>>(), ["../taskscope/index.html?embed=1&editor=0&hide=1-3"]);
    assert!(nested.contains(" data-taskscope-root=\"../\" "), "{nested}");
    // mdBook's pages tell scripts their way to the root, which the embed
    // script uses to re-point frames shown on another page (print.html).
    // (mdBook 0.4.52 declares `const path_to_root = "../";`.)
    assert!(nested.contains(" path_to_root = \"../\";"), "mdBook no longer sets path_to_root: {nested}");
    let print = std::fs::read_to_string(book.join("out/print.html")).expect("print.html");
    assert!(print.contains(" path_to_root = \"\";"), "print.html");
    assert_eq!(iframe_srcs(&print).len(), 3);

    // mdBook empties the build folder before each build; the app is back.
    std::fs::write(book.join("out/taskscope/index.html"), "damaged").expect("write");
    let (ok, log) = mdbook_build(&book);
    assert!(ok, "second mdbook build failed:\n{log}");
    assert!(std::fs::read(book.join("out/taskscope/index.html")).expect("index.html") == std::fs::read(book.join("src/taskscope/index.html")).expect("src"));
    let _ = std::fs::remove_dir_all(&book);
}

/// `taskscope check` on a program, through the binary.
fn taskscope_engine_check(program: &str) -> bool {
    let path = std::env::temp_dir().join(format!("taskscope-mdbook-check-{}.rs", std::process::id()));
    std::fs::write(&path, program).expect("write");
    let ok = taskscope(&["check", &path.display().to_string()], "").0 == 0;
    let _ = std::fs::remove_file(&path);
    ok
}

#[test]
fn mdbook_build_fails_on_an_invalid_block_naming_its_line() {
    let book = book_copy("bad");
    let chapter = book.join("src/channels/backpressure.md");
    let text = std::fs::read_to_string(&chapter).expect("chapter");
    // Line 13 of the file: `        println!("job {job}");` loses its `(`.
    let broken = text.replacen("println!(\"job {job}\");", "println!\"job {job}\");", 1);
    assert_ne!(text, broken);
    let line = broken.lines().position(|l| l.contains("println!\"job")).expect("line") + 1;
    std::fs::write(&chapter, broken).expect("write");
    let (ok, log) = mdbook_build(&book);
    assert!(!ok, "mdbook build should fail:\n{log}");
    assert!(log.contains(&format!("--> src/channels/backpressure.md:{line}:")), "{log}");
    assert!(log.contains("rust,taskscope block that starts at src/channels/backpressure.md:3"), "{log}");
    assert!(!book.join("out/channels/backpressure.html").exists(), "no HTML from a failed build");
    let _ = std::fs::remove_dir_all(&book);
}
