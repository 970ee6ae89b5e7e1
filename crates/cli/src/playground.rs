//! The Taskscope web app (Trunk's release build: `index.html`, the JS glue,
//! the wasm module, the stylesheets) built into this binary by `build.rs`,
//! and installing it into a folder as static files.

use std::path::Path;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/playground_files.rs"));
}

/// A build of the web app: its files, by path inside the app's folder.
#[derive(Clone, Copy, Debug)]
pub struct App {
    pub files: &'static [(&'static str, &'static [u8])],
}

/// The app built into this binary, if `build.rs` found one.
pub fn built_in() -> Option<App> {
    (!generated::FILES.is_empty()).then_some(App { files: generated::FILES })
}

/// Where the built-in app was taken from when this binary was built.
pub fn built_in_from() -> Option<&'static str> {
    generated::FROM
}

/// The file `install` leaves in the folder to mark it as its own.
///
/// Not a `.gitignore` of `*`, which would keep the folder out of the
/// author's git by itself: mdBook copies it into the built book with the
/// app, and a deploy that commits the built book (a `gh-pages` branch)
/// would then leave the app out. Authors ignore `src/taskscope/` in their
/// own `.gitignore` (docs/embedding.md).
pub const MARKER: &str = ".taskscope-playground";
const MARKER_FIRST_LINE: &str = "Written by `taskscope mdbook`";
const MARKER_TEXT: &str = "Written by `taskscope mdbook`: the Taskscope web app that the book's embedded\nplaygrounds load, rewritten on every build of the book; do not edit. Add this\nfolder to your .gitignore.\n";

/// What `install` did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Installed {
    /// Files written (new or changed).
    pub written: usize,
    /// Files that were already there byte for byte.
    pub unchanged: usize,
    /// Files removed: left by another build of the app.
    pub removed: usize,
}

/// Makes `dir` hold exactly `app`'s files (and the marker): writes only what
/// differs, so a second build changes nothing (and `mdbook serve`, which
/// watches the book's sources, does not rebuild forever), and removes what
/// an older build of the app left. Refuses a folder that exists without the
/// marker: it is someone else's.
pub fn install(app: App, dir: &Path) -> Result<Installed, String> {
    let mut done = Installed::default();
    let marker = dir.join(MARKER);
    if dir.exists() {
        let ours = std::fs::read_to_string(&marker).is_ok_and(|t| t.starts_with(MARKER_FIRST_LINE));
        if !ours {
            return Err(format!(
                "{} already exists and was not written by taskscope mdbook (it has no {MARKER}); move it away, or in [preprocessor.taskscope] name another folder with playground-dir or set playground-url",
                dir.display()
            ));
        }
    }
    let io = |what: &str, path: &Path, e: std::io::Error| format!("cannot {what} {}: {e}", path.display());
    std::fs::create_dir_all(dir).map_err(|e| io("create", dir, e))?;
    write_if_changed(&marker, MARKER_TEXT.as_bytes(), &mut done).map_err(|e| io("write", &marker, e))?;
    for (name, bytes) in app.files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io("create", parent, e))?;
        }
        write_if_changed(&path, bytes, &mut done).map_err(|e| io("write", &path, e))?;
    }
    remove_stale(dir, "", app, &mut done).map_err(|e| io("clean", dir, e))?;
    Ok(done)
}

fn write_if_changed(path: &Path, bytes: &[u8], done: &mut Installed) -> std::io::Result<()> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        done.unchanged += 1;
        return Ok(());
    }
    std::fs::write(path, bytes)?;
    done.written += 1;
    Ok(())
}

/// Removes the files under `dir` that are neither `app`'s nor the marker,
/// and the folders that become empty.
fn remove_stale(dir: &Path, prefix: &str, app: App, done: &mut Installed) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = format!("{prefix}{name}");
        if entry.file_type()?.is_dir() {
            remove_stale(&entry.path(), &format!("{rel}/"), app, done)?;
            if std::fs::read_dir(entry.path())?.next().is_none() {
                std::fs::remove_dir(entry.path())?;
            }
        } else if rel != MARKER && !app.files.iter().any(|(n, _)| *n == rel) {
            std::fs::remove_file(entry.path())?;
            done.removed += 1;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: App = App { files: &[("index.html", b"<!doctype html>v1"), ("app-1.wasm", b"\0asm1"), ("sub/x.css", b"x")] };
    const V2: App = App { files: &[("index.html", b"<!doctype html>v2"), ("app-2.wasm", b"\0asm2"), ("sub/x.css", b"x")] };

    fn temp(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("taskscope-install-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn install_is_idempotent_and_replaces_an_older_build() {
        let root = temp("idem");
        let dir = root.join("taskscope");
        assert_eq!(install(V1, &dir).unwrap(), Installed { written: 4, unchanged: 0, removed: 0 });
        assert_eq!(std::fs::read(dir.join("sub/x.css")).unwrap(), b"x");
        // Again: nothing written.
        assert_eq!(install(V1, &dir).unwrap(), Installed { written: 0, unchanged: 4, removed: 0 });
        // Another build: its files, and the old wasm is gone.
        assert_eq!(install(V2, &dir).unwrap(), Installed { written: 2, unchanged: 2, removed: 1 });
        assert!(!dir.join("app-1.wasm").exists());
        assert_eq!(std::fs::read(dir.join("app-2.wasm")).unwrap(), b"\0asm2");
        assert!(std::fs::read_to_string(dir.join(MARKER)).unwrap().starts_with(MARKER_FIRST_LINE));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn install_refuses_a_folder_it_did_not_write() {
        let root = temp("theirs");
        let dir = root.join("taskscope");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("notes.md"), "mine").unwrap();
        let err = install(V1, &dir).unwrap_err();
        assert!(err.contains("was not written by taskscope mdbook"), "{err}");
        assert_eq!(std::fs::read_to_string(dir.join("notes.md")).unwrap(), "mine");
        let _ = std::fs::remove_dir_all(&root);
    }
}
