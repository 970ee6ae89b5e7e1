//! `taskscope mdbook`: an mdBook preprocessor that turns ```` ```rust,taskscope ````
//! code blocks into embedded playgrounds.
//!
//! mdBook's protocol: `taskscope mdbook supports RENDERER` exits 0 when the
//! renderer is supported (only `html`: the others get the book unchanged);
//! `taskscope mdbook` reads `[context, book]` as JSON on stdin and writes the
//! book back as JSON on stdout. Errors go to stderr with a non-zero exit, which
//! fails `mdbook build`.
//!
//! The book is handled as untyped JSON: every `{"Chapter": {...}}` object
//! anywhere in it has its `content` rewritten and everything else passes
//! through untouched, so both mdBook 0.4 (`sections`) and 0.5 (`items`) work.
//!
//! Each block becomes an `<iframe>` whose address is
//!
//! ```text
//! <playground>?embed=1&editor=<0|ro|rw>[&autoplay=1][&hide=<ranges>][&seed=<n>]#code=<source>
//! ```
//!
//! where `<playground>` is book.toml's `playground-url` (a hosted copy of the
//! web app) or, without one, the copy of the app built into this binary
//! (`playground.rs`), which the preprocessor installs into the book: it
//! writes the app's files to `<src>/taskscope/` (a generated folder of its
//! own, marked as such), and mdBook's HTML renderer copies that folder into the
//! built book as it copies every non-Markdown file of `src/`. A preprocessor
//! cannot write into the build folder itself: the renderer empties it
//! first. The address is then relative to each chapter's page
//! (`../../taskscope/index.html` from `a/b/c.html`), so the book works from
//! any folder of any static host, and offline; pages that show a chapter
//! somewhere else (mdBook's `print.html`) are corrected by the page script.
//!
//! `<source>` is the whole program, percent-encoded (everything but
//! `A-Z a-z 0-9 - . _ ~`), and `<ranges>` lists the 1-based lines of that
//! program that the embedded editor hides (`1-5,9`): the lines written as
//! `# …` in the book, exactly as rustdoc and mdBook hide them.

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::process::ExitCode;

use serde_json::Value;
use taskscope_link::{EditorMode, embed_url, html_escape};

use crate::playground;

/// The iframe height in CSS pixels when neither book.toml nor the block says.
pub const DEFAULT_HEIGHT: u32 = 480;

const USAGE: &str = "usage:\n  taskscope mdbook                    (mdBook runs this: [context, book] JSON on stdin, the book on stdout)\n  taskscope mdbook supports RENDERER  (exit 0 if RENDERER is supported: html)\n";

/// Whether this binary has the web app built in, for `--help`.
fn built_in_note() -> String {
    match playground::built_in() {
        Some(app) => format!(
            "\nThis taskscope has the web app built in ({} files, from {}): without playground-url, a book gets its own copy.\n",
            app.files.len(),
            playground::built_in_from().unwrap_or("?")
        ),
        None => format!("\nThis taskscope was built without the web app, so books need a playground-url. {NO_APP_HELP}\n"),
    }
}

/// How to get a `taskscope` with the app built in.
const NO_APP_HELP: &str = "To build taskscope with the app built in, from a clone of Taskscope: `scripts/install-cli` (or `trunk build --release`, then `TASKSCOPE_PLAYGROUND_DIST=$PWD/dist cargo install --path crates/cli`).";

/// `taskscope mdbook ...`; `args` are the words after `mdbook`.
pub fn main(args: &[String]) -> ExitCode {
    match args {
        [] => preprocess_stdin(),
        [supports, renderer] if supports == "supports" => {
            if renderer == "html" {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        [help] if help == "--help" || help == "-h" => {
            print!("{USAGE}{}", built_in_note());
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn preprocess_stdin() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("error: taskscope mdbook: cannot read mdBook's JSON from stdin: {e}");
        return ExitCode::from(1);
    }
    match preprocess(&input) {
        Ok(book) => {
            let mut out = std::io::stdout().lock();
            if serde_json::to_writer(&mut out, &book).is_err() || out.flush().is_err() {
                eprintln!("error: taskscope mdbook: cannot write the book to stdout");
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprint!("{message}");
            ExitCode::from(1)
        }
    }
}

/// Processes mdBook's `[context, book]` JSON and returns the new book, or
/// the text to print on stderr (diagnostics and a summary line).
pub fn preprocess(input: &str) -> Result<Value, String> {
    let parsed: Value =
        serde_json::from_str(input).map_err(|e| format!("error: taskscope mdbook: expected mdBook's [context, book] JSON on stdin: {e}\n{USAGE}"))?;
    let Value::Array(mut pair) = parsed else {
        return Err(format!("error: taskscope mdbook: expected a JSON array [context, book] on stdin\n{USAGE}"));
    };
    if pair.len() != 2 {
        return Err(format!("error: taskscope mdbook: expected [context, book], got an array of {}\n", pair.len()));
    }
    let mut book = pair.pop().unwrap_or(Value::Null);
    let context = pair.pop().unwrap_or(Value::Null);
    let settings = Settings::from_context(&context)?;
    let src_dir = context.pointer("/config/book/src").and_then(Value::as_str).unwrap_or("src").trim_end_matches('/').to_string();
    // The app, when the book gets its own copy: missing is an error before
    // anything else, as every block would need it.
    let install = match &settings.playground {
        Playground::Hosted(_) => None,
        Playground::Installed { dir } => {
            let Some(app) = playground::built_in() else {
                return Err(format!(
                    "error: taskscope mdbook: book.toml's [preprocessor.taskscope] has no playground-url, so the book would get its own copy of the Taskscope web app, but this taskscope was built without it.\n{NO_APP_HELP}\nOr point the book at a hosted copy of the app; {CONFIG_HELP}"
                ));
            };
            let Some(root) = context.get("root").and_then(Value::as_str) else {
                return Err("error: taskscope mdbook: mdBook's context has no \"root\": cannot tell where the book is\n".to_string());
            };
            let src = if src_dir.is_empty() { std::path::PathBuf::from(root) } else { std::path::Path::new(root).join(&src_dir) };
            Some((app, src.join(dir)))
        }
    };
    let mut errors = String::new();
    let mut failed_blocks = 0usize;
    let mut warnings = String::new();
    walk(&mut book, &mut |chapter| {
        let Some(content) = chapter.get("content").and_then(Value::as_str) else { return };
        let name = chapter.get("name").and_then(Value::as_str).unwrap_or("").to_string();
        let path = chapter.get("source_path").and_then(Value::as_str).or_else(|| chapter.get("path").and_then(Value::as_str)).map(|p| p.replace('\\', "/"));
        let file = match &path {
            Some(p) if src_dir.is_empty() || src_dir == "." => p.clone(),
            Some(p) => format!("{src_dir}/{p}"),
            None => format!("chapter \"{name}\""),
        };
        // The page mdBook writes for the chapter: `path`, with .html.
        let page = chapter.get("path").and_then(Value::as_str).map(|p| p.replace('\\', "/"));
        let base = settings.playground.base_for(page.as_deref().unwrap_or(""));
        let out = process_chapter(content, &ChapterInfo { name: &name, file: &file, base: &base }, &settings);
        warnings.push_str(&out.warnings);
        if out.failed > 0 {
            failed_blocks += out.failed;
            errors.push_str(&out.errors);
        } else if let Some(new) = out.content {
            chapter.insert("content".to_string(), Value::String(new));
        }
    });
    eprint!("{warnings}");
    if failed_blocks > 0 {
        let _ =
            writeln!(errors, "error: {failed_blocks} rust,taskscope block(s) do not compile; fix them (the playground shows the same errors) and build again");
        return Err(errors);
    }
    if let Some((app, dir)) = install {
        playground::install(app, &dir).map_err(|e| format!("error: taskscope mdbook: installing the Taskscope web app into the book: {e}\n"))?;
    }
    Ok(book)
}

/// Calls `f` on every chapter object (`{"Chapter": {...}}`'s inner map),
/// parents before their `sub_items`.
fn walk(value: &mut Value, f: &mut dyn FnMut(&mut serde_json::Map<String, Value>)) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(chapter)) = map.get_mut("Chapter") {
                f(chapter);
            }
            for (_, v) in map.iter_mut() {
                walk(v, f);
            }
        }
        Value::Array(items) => {
            for v in items {
                walk(v, f);
            }
        }
        _ => {}
    }
}

/// An `editor=` value of a block or of book.toml.
fn parse_editor(s: &str) -> Option<EditorMode> {
    match s {
        "0" | "none" | "off" | "hidden" => Some(EditorMode::Hidden),
        "ro" => Some(EditorMode::ReadOnly),
        "rw" => Some(EditorMode::Editable),
        _ => None,
    }
}

/// Where the embeds load the web app from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Playground {
    /// `playground-url`: a hosted copy, e.g. `https://example.org/taskscope/`.
    Hosted(String),
    /// No `playground-url`: the app built into this binary, installed in
    /// the book's `src/<dir>/` (`playground-dir`, `taskscope` by default),
    /// which mdBook copies to `<book>/<dir>/`.
    Installed { dir: String },
}

/// The folder of the book that gets the app when book.toml does not say.
pub const DEFAULT_PLAYGROUND_DIR: &str = "taskscope";

impl Playground {
    /// The app's address as written in the page of a chapter whose path (in
    /// the book, `/`-separated) is `page`: the hosted address, or the
    /// installed copy relative to that page.
    pub fn base_for(&self, page: &str) -> Base {
        match self {
            Playground::Hosted(url) => Base { url: url.clone(), to_root: None },
            Playground::Installed { dir } => {
                let to_root = "../".repeat(page.matches('/').count());
                Base { url: format!("{to_root}{dir}/index.html"), to_root: Some(to_root) }
            }
        }
    }
}

/// A chapter's playground address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Base {
    pub url: String,
    /// For the installed copy: the way up from the chapter's page to the
    /// book's root (`""`, `"../"`, ...), which starts `url`.
    pub to_root: Option<String>,
}

/// `[preprocessor.taskscope]` in book.toml.
#[derive(Clone, Debug)]
pub struct Settings {
    pub playground: Playground,
    pub height: u32,
    pub autoplay: bool,
    pub editor: EditorMode,
}

const CONFIG_HELP: &str = "in book.toml:\n\n    [preprocessor.taskscope]\n    command = \"taskscope mdbook\"\n    playground-url = \"https://example.org/taskscope/\"   # where the Taskscope web app is served\n";

impl Settings {
    fn from_context(context: &Value) -> Result<Settings, String> {
        let table = context.pointer("/config/preprocessor/taskscope").and_then(Value::as_object);
        let empty = serde_json::Map::new();
        let table = table.unwrap_or(&empty);
        let bad = |key: &str, want: &str, got: &Value| format!("error: book.toml: [preprocessor.taskscope] {key} must be {want}, not {got}\n");
        let playground = match (table.get("playground-url"), table.get("playground-dir")) {
            (Some(_), Some(_)) => {
                return Err(
                    "error: book.toml: [preprocessor.taskscope] has both playground-url (a hosted app) and playground-dir (where to install the app into the book); keep one\n"
                        .to_string(),
                );
            }
            (Some(Value::String(s)), None) => {
                let url = s.trim().to_string();
                validate_url(&url)?;
                Playground::Hosted(url)
            }
            (Some(other), None) => return Err(bad("playground-url", "a string", other)),
            (None, None) => Playground::Installed { dir: DEFAULT_PLAYGROUND_DIR.to_string() },
            (None, Some(v)) => {
                let want = "a folder name inside the book (letters, digits, '-', '_', '.', and '/' between names), like \"taskscope\"";
                let Value::String(s) = v else { return Err(bad("playground-dir", want, v)) };
                let dir = s.trim().trim_end_matches('/');
                let ok_part = |p: &str| !p.is_empty() && p != "." && p != ".." && p.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
                if !dir.split('/').all(ok_part) {
                    return Err(bad("playground-dir", want, v));
                }
                Playground::Installed { dir: dir.to_string() }
            }
        };
        let height = match table.get("height") {
            None => DEFAULT_HEIGHT,
            Some(v) => parse_height(v).ok_or_else(|| bad("height", "a height in pixels between 100 and 10000 (like 480)", v))?,
        };
        let autoplay = match table.get("autoplay") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(v) => return Err(bad("autoplay", "true or false", v)),
        };
        let editor = match table.get("editor") {
            None => EditorMode::Editable,
            Some(Value::String(s)) => {
                parse_editor(s).ok_or_else(|| bad("editor", "\"0\" (hidden), \"ro\" (read-only) or \"rw\" (editable)", &table["editor"]))?
            }
            Some(Value::Bool(false)) => EditorMode::Hidden,
            Some(v) => return Err(bad("editor", "\"0\" (hidden), \"ro\" (read-only) or \"rw\" (editable)", v)),
        };
        Ok(Settings { playground, height, autoplay, editor })
    }
}

fn parse_height(v: &Value) -> Option<u32> {
    let n = match v {
        Value::Number(n) => n.as_u64()?,
        Value::String(s) => s.trim().trim_end_matches("px").parse().ok()?,
        _ => return None,
    };
    (100..=10_000).contains(&n).then_some(n as u32)
}

fn validate_url(url: &str) -> Result<(), String> {
    let absolute = url.starts_with("https://") || url.starts_with("http://");
    if !(absolute || url.starts_with('/')) {
        return Err(format!(
            "error: book.toml: [preprocessor.taskscope] playground-url = {url:?} must start with https://, http:// or / (a path on the book's own site): a relative address would change meaning from one chapter's folder to the next\n"
        ));
    }
    if url.contains('#') {
        return Err(format!("error: book.toml: [preprocessor.taskscope] playground-url = {url:?} must not contain '#': the program goes in the fragment\n"));
    }
    if let Some(c) = url.chars().find(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\'' | '`')) {
        return Err(format!("error: book.toml: [preprocessor.taskscope] playground-url = {url:?} contains {c:?}; percent-encode it\n"));
    }
    Ok(())
}

/// One line of a block, by the rustdoc/mdBook convention.
#[derive(Debug, PartialEq, Eq)]
enum Line {
    /// Shown and run; the text as the program has it.
    Shown(String),
    /// `# code` or `#`: run, not shown. The text without the marker.
    Hidden(String),
}

/// Classifies a line (`\s*# rest` and `\s*#` are hidden, `\s*##rest` shows
/// as `#rest`), as mdBook does. Also returns the line with the markers
/// blanked out, byte for byte as long as the original, which is what gets
/// checked so that diagnostics point at the right column of the book file.
fn classify(line: &str) -> (Line, String) {
    let trimmed = line.trim_start();
    let ws = &line[..line.len() - trimmed.len()];
    if let Some(rest) = trimmed.strip_prefix("##") {
        return (Line::Shown(format!("{ws}#{rest}")), format!("{ws} #{rest}"));
    }
    if trimmed == "#" {
        return (Line::Hidden(ws.to_string()), format!("{ws} "));
    }
    if let Some(rest) = trimmed.strip_prefix("# ") {
        return (Line::Hidden(format!("{ws}{rest}")), format!("{ws}  {rest}"));
    }
    (Line::Shown(line.to_string()), line.to_string())
}

/// A fenced code block found in a chapter. Line indices are 0-based.
#[derive(Debug)]
struct Fence {
    open: usize,
    /// The closing fence, or `None` when the block runs to the end.
    close: Option<usize>,
    indent: usize,
    info: String,
}

/// Whether `line` opens a fence: returns (indent, char, run length, info).
fn fence_open(line: &str) -> Option<(usize, u8, usize, &str)> {
    let trimmed = line.trim_start_matches(' ');
    let indent = line.len() - trimmed.len();
    let c = *trimmed.as_bytes().first()?;
    if c != b'`' && c != b'~' {
        return None;
    }
    let run = trimmed.bytes().take_while(|&b| b == c).count();
    if run < 3 {
        return None;
    }
    let info = trimmed[run..].trim();
    if c == b'`' && info.contains('`') {
        return None;
    }
    Some((indent, c, run, info))
}

fn fence_closes(line: &str, c: u8, run: usize) -> bool {
    let trimmed = line.trim_start_matches(' ');
    let n = trimmed.bytes().take_while(|&b| b == c).count();
    n >= run && trimmed[n..].trim().is_empty()
}

/// All fenced code blocks, in order (nested fences, such as a ```` ```rust
/// ```` inside a ```` ````markdown ```` block, are content, not blocks).
fn fences(lines: &[&str]) -> Vec<Fence> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some((indent, c, run, info)) = fence_open(lines[i]) {
            let close = (i + 1..lines.len()).find(|&j| fence_closes(lines[j], c, run));
            out.push(Fence { open: i, close, indent, info: info.to_string() });
            i = close.map_or(lines.len(), |j| j + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// A block's own settings: book.toml's, overridden by its attributes.
struct BlockAttrs {
    height: u32,
    autoplay: bool,
    editor: EditorMode,
    /// `seed=N`: the seed of the run's random choices (where an unbiased
    /// `select!` starts); the playground's default without it.
    seed: Option<u64>,
}

/// Parses the info string; `None` when the block is not a taskscope block.
/// Unknown attributes are reported in `warnings` and ignored.
fn block_attrs(info: &str, settings: &Settings, at: &str, warnings: &mut String) -> Option<Result<BlockAttrs, String>> {
    let words: Vec<&str> = info.split([',', ' ', '\t']).filter(|w| !w.is_empty()).collect();
    if !words.contains(&"taskscope") {
        return None;
    }
    let mut attrs = BlockAttrs { height: settings.height, autoplay: settings.autoplay, editor: settings.editor, seed: None };
    for (i, word) in words.iter().enumerate() {
        let (key, value) = match word.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (*word, None),
        };
        match (key, value) {
            ("taskscope", None) => {}
            ("rust", None) if i == 0 => {}
            ("editor", Some(v)) => match parse_editor(v) {
                Some(e) => attrs.editor = e,
                None => return Some(Err(format!("error: {at}: editor={v} must be editor=0, editor=ro or editor=rw\n"))),
            },
            ("autoplay", None | Some("1" | "true")) => attrs.autoplay = true,
            ("autoplay", Some("0" | "false")) => attrs.autoplay = false,
            ("seed", Some(v)) => match v.parse::<u64>().ok().filter(|n| *n <= u64::from(u32::MAX) && v.bytes().all(|b| b.is_ascii_digit())) {
                Some(n) => attrs.seed = Some(n),
                None => return Some(Err(format!("error: {at}: seed={v} must be a whole number between 0 and 4294967295\n"))),
            },
            ("height", Some(v)) => match parse_height(&Value::String(v.to_string())) {
                Some(h) => attrs.height = h,
                None => return Some(Err(format!("error: {at}: height={v} must be a height in pixels between 100 and 10000\n"))),
            },
            _ => {
                let _ = writeln!(
                    warnings,
                    "warning: {at}: ignoring the code block attribute {word:?} (taskscope knows editor=0|ro|rw, autoplay, height=PIXELS, seed=N)"
                );
            }
        }
    }
    Some(Ok(attrs))
}

struct ChapterInfo<'a> {
    name: &'a str,
    /// The chapter's file as the author knows it, e.g. `src/intro.md`.
    file: &'a str,
    /// The playground's address from the chapter's page.
    base: &'a Base,
}

struct ChapterOutput {
    /// The new content, when the chapter had taskscope blocks.
    content: Option<String>,
    failed: usize,
    errors: String,
    warnings: String,
}

/// Rewrites a chapter's Markdown: each taskscope block becomes an embed, and
/// the chapter gets the iframe-sizing script once.
fn process_chapter(content: &str, chapter: &ChapterInfo<'_>, settings: &Settings) -> ChapterOutput {
    // Lines with their terminators, so untouched text is kept byte for byte.
    let raw: Vec<&str> = content.split_inclusive('\n').collect();
    let lines: Vec<&str> = raw.iter().map(|l| l.trim_end_matches('\n').trim_end_matches('\r')).collect();
    let mut out = ChapterOutput { content: None, failed: 0, errors: String::new(), warnings: String::new() };
    let mut new = String::with_capacity(content.len() * 2);
    let mut copied = 0; // lines[..copied] are in `new`
    let mut embeds = 0;
    for fence in fences(&lines) {
        let at = format!("{}:{}", chapter.file, fence.open + 1);
        let attrs = match block_attrs(&fence.info, settings, &at, &mut out.warnings) {
            None => continue,
            Some(Err(e)) => {
                out.failed += 1;
                out.errors.push_str(&e);
                continue;
            }
            Some(Ok(a)) => a,
        };
        embeds += 1;
        let body_end = fence.close.unwrap_or(lines.len());
        let body = &lines[fence.open + 1..body_end];

        // Check the program where it stands in the file: blank lines for
        // everything above the block, markers blanked out, so diagnostics
        // carry the book file's line and column.
        let mut check_src = "\n".repeat(fence.open + 1);
        let mut shown_src = check_src.clone();
        let mut program = String::new();
        let mut visible: Vec<String> = Vec::new();
        let mut hidden: Vec<u32> = Vec::new();
        for (i, line) in body.iter().enumerate() {
            let (kind, blanked) = classify(line);
            check_src.push_str(&blanked);
            check_src.push('\n');
            shown_src.push_str(line);
            shown_src.push('\n');
            let text = match kind {
                Line::Shown(t) => {
                    let t = strip_indent(&t, fence.indent).to_string();
                    visible.push(t.clone());
                    t
                }
                Line::Hidden(t) => {
                    hidden.push(i as u32 + 1);
                    strip_indent(&t, fence.indent).to_string()
                }
            };
            program.push_str(&text);
            program.push('\n');
        }
        let diags: Vec<_> = taskscope_engine::check(&check_src).into_iter().filter(|d| d.severity == taskscope_engine::Severity::Error).collect();
        if !diags.is_empty() {
            out.failed += 1;
            for d in &diags {
                out.errors.push_str(&d.render(&shown_src, chapter.file));
            }
            let _ = writeln!(out.errors, "note: in the rust,taskscope block that starts at {at} (chapter \"{}\")\n", chapter.name);
            continue;
        }
        if out.failed > 0 {
            continue;
        }

        // Keep everything before the block, then the embed in its place.
        for l in &raw[copied..fence.open] {
            new.push_str(l);
        }
        copied = fence.close.map_or(lines.len(), |c| c + 1);
        let pad = " ".repeat(fence.indent);
        let html = embed_html(chapter.base, &attrs, &program, &hidden, &visible, chapter.name, embeds);
        new.push('\n');
        for l in html.lines() {
            new.push_str(&pad);
            new.push_str(l);
            new.push('\n');
        }
        new.push('\n');
    }
    if out.failed > 0 || embeds == 0 {
        return out;
    }
    for l in &raw[copied..] {
        new.push_str(l);
    }
    if !new.ends_with('\n') {
        new.push('\n');
    }
    new.push('\n');
    new.push_str(SIZER_SCRIPT);
    out.content = Some(new);
    out
}

/// Removes up to `n` leading spaces, as CommonMark does for the content of
/// an indented fence.
fn strip_indent(line: &str, n: usize) -> &str {
    let spaces = line.bytes().take(n).take_while(|&b| b == b' ').count();
    &line[spaces..]
}

/// The HTML that replaces one block. It has no blank line, so Markdown
/// keeps it as one raw HTML block; the fallback's newlines are `&#10;`.
fn embed_html(base: &Base, attrs: &BlockAttrs, program: &str, hidden: &[u32], visible: &[String], chapter: &str, n: usize) -> String {
    let url = embed_url(&base.url, program, attrs.editor, attrs.autoplay, hidden, attrs.seed);
    // The installed app's iframes say how far up the book's root is from
    // their chapter, and carry their address as `data-taskscope-src`: the
    // script sets `src` for the page showing them (print.html shows nested
    // chapters at the root), so no frame first loads a wrong address.
    let (src_attr, root_attr) = match &base.to_root {
        Some(up) => ("data-taskscope-src", format!(" data-taskscope-root=\"{}\"", html_escape(up))),
        None => ("src", String::new()),
    };
    let title = if chapter.is_empty() { format!("Taskscope playground, example {n}") } else { format!("Taskscope playground: {chapter}, example {n}") };
    // Line-leading '#' escaped too, or mdBook's own hidden-line pass would
    // hide a shown `# …` line (written `## …` in the book).
    let fallback: Vec<String> = visible
        .iter()
        .map(|l| {
            let e = html_escape(l);
            let ws = e.len() - e.trim_start().len();
            if e[ws..].starts_with('#') { format!("{}&#35;{}", &e[..ws], &e[ws + 1..]) } else { e }
        })
        .collect();
    format!(
        "<div class=\"taskscope-embed\">\n\
         <iframe class=\"taskscope-embed-frame\" {src_attr}=\"{src}\"{root_attr} title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"{h}\" style=\"display: block; width: 100%; height: {h}px; border: 1px solid rgba(128, 128, 128, 0.35); border-radius: 4px;\" allow=\"clipboard-write\"></iframe>\n\
         <noscript><pre><code class=\"language-rust noplayground\">{code}</code></pre></noscript>\n\
         </div>\n",
        src = html_escape(&url),
        title = html_escape(&title),
        h = attrs.height,
        code = fallback.join("&#10;"),
    )
}

/// Sizes each embed to the height its page reports. Accepts a message only
/// from the window of one of the page's embeds and from the origin that
/// embed was loaded from; registers once even when mdBook's print page holds
/// every chapter's copy.
///
/// First, on every run (once per chapter on the print page, each time after
/// that chapter's iframes), it gives the iframes of an installed playground
/// their `src`, from `data-taskscope-src`, written for their own chapter,
/// re-pointed when the page showing them is elsewhere: their
/// `data-taskscope-root` is the way up to the book's root from their own
/// chapter, mdBook's `path_to_root` that of the page showing them
/// (`print.html` at the root shows `a/b.html`'s `../taskscope/...` frames).
/// Until then a frame has no `src`, so none loads a wrong address first.
pub const SIZER_SCRIPT: &str = r#"<script>
(function () {
  var own = document.querySelectorAll("iframe.taskscope-embed-frame[data-taskscope-src]:not([src])");
  for (var j = 0; j < own.length; j++) {
    var up = own[j].getAttribute("data-taskscope-root");
    var src = own[j].getAttribute("data-taskscope-src");
    if (typeof path_to_root === "string" && up !== path_to_root && src.indexOf(up) === 0) {
      own[j].setAttribute("data-taskscope-root", path_to_root);
      src = path_to_root + src.slice(up.length);
    }
    own[j].setAttribute("src", src);
  }
  if (window.taskscopeEmbedSizer) return;
  window.taskscopeEmbedSizer = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "taskscope:height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var frames = document.querySelectorAll("iframe.taskscope-embed-frame");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = Math.min(Math.ceil(height), 10000) + "px";
      return;
    }
  });
})();
</script>
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_lines_follow_mdbook() {
        assert_eq!(classify("# use x;").0, Line::Hidden("use x;".into()));
        assert_eq!(classify("    # let a = 1;").0, Line::Hidden("    let a = 1;".into()));
        assert_eq!(classify("#").0, Line::Hidden("".into()));
        assert_eq!(classify("#[tokio::main]").0, Line::Shown("#[tokio::main]".into()));
        assert_eq!(classify("## not hidden").0, Line::Shown("# not hidden".into()));
        assert_eq!(classify("#!").0, Line::Shown("#!".into()));
        for l in ["# use x;", "    # a", "#", "## b", "x"] {
            assert_eq!(classify(l).1.len(), l.len(), "{l:?}");
        }
    }

    #[test]
    fn fences_skip_nested_and_unfenced_text() {
        let text = "a\n````md\n```rust,taskscope\nx\n```\n````\n~~~rust,taskscope\ny\n~~~\n``` rust\n";
        let lines: Vec<&str> = text.lines().collect();
        let f = fences(&lines);
        assert_eq!(f.len(), 3);
        assert_eq!((f[0].open, f[0].close, f[0].info.as_str()), (1, Some(5), "md"));
        assert_eq!((f[1].open, f[1].close, f[1].info.as_str()), (6, Some(8), "rust,taskscope"));
        assert_eq!((f[2].open, f[2].close), (9, None));
    }

    #[test]
    fn url_appends_to_an_existing_query() {
        let u = embed_url("https://h/p/?lang=en", "x y", EditorMode::ReadOnly, true, &[1, 2], None);
        assert_eq!(u, "https://h/p/?lang=en&embed=1&editor=ro&autoplay=1&hide=1-2#code=x%20y");
    }
}
