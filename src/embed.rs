//! The embedded view (`?embed=1`): hidden lines and the height report.
//!
//! An embed gets the **whole** program and the numbers of the lines its
//! editor hides (`hide=1-3,9`, mdBook's `# ` lines). The lines still run;
//! the editor shows the rest. [`Folded`] is that view of a program: the
//! visible text, where each line and byte of the program is in it (for the
//! editor's underlines and task markers), and how an edit of the visible
//! text becomes an edit of the program ([`Folded::edit`]). Plain Rust,
//! tested natively.
//!
//! The browser glue (`web`, wasm32 only) reports the page's content height
//! to the host page, exactly as docs/embedding.md specifies:
//! `parent.postMessage({ type: "taskscope:height", height }, "*")`, once
//! loaded and whenever the height changes (a `ResizeObserver`).

use crate::model::{DiagnosticItem, LabelItem, TaskLine};

/// The `type` of the height message.
pub const HEIGHT_MESSAGE: &str = "taskscope:height";

/// A program with some of its lines hidden.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    /// The whole program: what runs.
    pub full: String,
    /// 1-based numbers of the hidden lines, sorted, each a line of `full`.
    pub hidden: Vec<u32>,
    /// What the editor shows: the other lines.
    pub visible: String,
    /// Byte offset in `full` where each line starts.
    full_starts: Vec<usize>,
    /// For each line of `full`, its 0-based line and start offset in
    /// `visible`, if shown.
    shown_at: Vec<Option<(u32, usize)>>,
}

/// Lines as an editor counts them for numbering: split on `\n`, so a final
/// newline is followed by an empty last line.
fn pieces(s: &str) -> Vec<&str> {
    s.split('\n').collect()
}

impl Folded {
    /// Hides lines `hidden` (1-based; numbers past the end are ignored) of
    /// `full`.
    pub fn new(full: &str, hidden: &[u32]) -> Folded {
        let lines = pieces(full);
        let mut hide: Vec<u32> = hidden.iter().copied().filter(|&l| l >= 1 && (l as usize) <= lines.len()).collect();
        taskscope_engine::sort::sort_by(&mut hide, |a, b| a <= b);
        hide.dedup();
        let mut full_starts = Vec::with_capacity(lines.len());
        let mut shown_at = Vec::with_capacity(lines.len());
        let mut visible = String::with_capacity(full.len());
        let mut offset = 0;
        let mut shown = 0u32;
        for (i, line) in lines.iter().enumerate() {
            full_starts.push(offset);
            offset += line.len() + 1;
            if hide.binary_search(&(i as u32 + 1)).is_ok() {
                shown_at.push(None);
            } else {
                if shown > 0 {
                    visible.push('\n');
                }
                shown_at.push(Some((shown, visible.len())));
                visible.push_str(line);
                shown += 1;
            }
        }
        Folded { full: full.to_string(), hidden: hide, visible, full_starts, shown_at }
    }

    /// Nothing is hidden.
    pub fn is_identity(&self) -> bool {
        self.hidden.is_empty()
    }

    /// Where 1-based line `line` of the program is in the visible text
    /// (1-based), if shown.
    pub fn visible_line(&self, line: u32) -> Option<u32> {
        let i = (line as usize).checked_sub(1)?;
        self.shown_at.get(i).copied().flatten().map(|(l, _)| l + 1)
    }

    /// Where byte `offset` of the program is in the visible text. An offset
    /// in a hidden line goes to the start of the next shown line (or the
    /// end of the text).
    pub fn visible_offset(&self, offset: usize) -> usize {
        let offset = offset.min(self.full.len());
        let i = self.full_starts.partition_point(|&s| s <= offset).saturating_sub(1);
        if let Some(Some((_, start))) = self.shown_at.get(i) {
            let within = offset - self.full_starts[i];
            let mut at = (start + within).min(self.visible.len());
            while !self.visible.is_char_boundary(at) {
                at -= 1;
            }
            return at;
        }
        self.shown_at[i..].iter().flatten().next().map_or(self.visible.len(), |&(_, s)| s)
    }

    /// The program after the visible text became `new_visible`: hidden
    /// lines stay where they were relative to the unchanged text around the
    /// edit. A hidden block right where lines were inserted stays before
    /// them at the top of the program, and after them anywhere else (so
    /// code typed at the end of an mdBook example lands inside its hidden
    /// `fn main() {` … `}`).
    pub fn edit(&self, new_visible: &str) -> Folded {
        if self.is_identity() {
            return Folded::new(new_visible, &[]);
        }
        let all = pieces(&self.full);
        let old: Vec<&str> = if self.shown_at.iter().all(Option::is_none) { Vec::new() } else { pieces(&self.visible) };
        let new: Vec<&str> = if old.is_empty() && new_visible.is_empty() { Vec::new() } else { pieces(new_visible) };

        // Hidden blocks, each anchored before the `k`th shown line.
        let mut blocks: Vec<(usize, Vec<&str>)> = Vec::new();
        let mut k = 0;
        for (i, line) in all.iter().enumerate() {
            if self.shown_at[i].is_some() {
                k += 1;
            } else {
                match blocks.last_mut() {
                    Some((at, lines)) if *at == k => lines.push(line),
                    _ => blocks.push((k, vec![line])),
                }
            }
        }

        let max = old.len().min(new.len());
        let p = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
        let s = old.iter().rev().zip(new.iter().rev()).take(max - p).take_while(|(a, b)| a == b).count();
        let (lo, ln) = (old.len(), new.len());
        let moved = |k: usize| -> usize {
            if k < p || (k == p && k == 0) {
                k
            } else if k >= lo - s {
                k + ln - lo
            } else {
                ln - s
            }
        };

        let mut out: Vec<&str> = Vec::with_capacity(all.len() + ln);
        let mut hidden = Vec::new();
        let mut b = 0;
        let mut anchored: Vec<(usize, &Vec<&str>)> = blocks.iter().map(|(k, lines)| (moved(*k), lines)).collect();
        taskscope_engine::sort::sort_by_key(&mut anchored, |(k, _)| *k as u64); // stable: keeps their order
        for j in 0..=ln {
            while b < anchored.len() && anchored[b].0 == j {
                for line in anchored[b].1 {
                    out.push(line);
                    hidden.push(out.len() as u32);
                }
                b += 1;
            }
            if let Some(line) = new.get(j) {
                out.push(line);
            }
        }
        Folded::new(&out.join("\n"), &hidden)
    }

    /// The diagnostics of the program, placed in the visible text.
    pub fn diagnostics(&self, items: &[DiagnosticItem]) -> Vec<DiagnosticItem> {
        if self.is_identity() {
            return items.to_vec();
        }
        items
            .iter()
            .map(|d| {
                let start = self.visible_offset(d.start);
                let end = self.visible_offset(d.end).max(start);
                let (line, col) = line_col(&self.visible, start);
                let labels = d
                    .labels
                    .iter()
                    .map(|l| {
                        let start = self.visible_offset(l.start);
                        let end = self.visible_offset(l.end).max(start);
                        let (line, col) = line_col(&self.visible, start);
                        LabelItem { line, col, start, end, text: l.text.clone() }
                    })
                    .collect();
                DiagnosticItem { line, col, start, end, labels, ..d.clone() }
            })
            .collect()
    }

    /// The tasks' lines, in the visible text; tasks on hidden lines have
    /// no marker.
    pub fn task_lines(&self, lines: &[TaskLine]) -> Vec<TaskLine> {
        if self.is_identity() {
            return lines.to_vec();
        }
        lines.iter().filter_map(|t| self.visible_line(t.line).map(|line| TaskLine { line, ..t.clone() })).collect()
    }
}

/// 1-based line and column (in characters) of byte `offset` of `text`.
fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset.min(text.len())];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() as u32 + 1, before[line_start..].chars().count() as u32 + 1)
}

/// Browser glue (wasm32 only).
#[cfg(target_arch = "wasm32")]
pub mod web {
    use std::cell::Cell;
    use std::rc::Rc;

    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::js_sys;
    use yew::prelude::*;

    use super::HEIGHT_MESSAGE;

    /// True when the page is inside a frame.
    pub fn in_frame() -> bool {
        let Some(w) = web_sys::window() else { return false };
        match w.parent() {
            Ok(Some(parent)) => !js_sys::Object::is(&parent, &w),
            _ => false,
        }
    }

    /// Posts `{ type: "taskscope:height", height }` to the parent window.
    pub fn post_height(height: f64) {
        let Some(w) = web_sys::window() else { return };
        let Ok(Some(parent)) = w.parent() else { return };
        if js_sys::Object::is(&parent, &w) {
            return;
        }
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from_f64(height));
        // The embed cannot know its host, so it posts to "*"; the message
        // carries nothing but a number (docs/embedding.md).
        let _ = parent.post_message(&msg, "*");
    }

    /// The content height of the element: its bottom edge in the document.
    fn content_height(el: &web_sys::Element) -> f64 {
        let rect = el.get_bounding_client_rect();
        let scroll = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
        (rect.bottom() + scroll).ceil()
    }

    /// While `enabled`, reports the height of `node` to the parent page on
    /// mount and whenever it changes.
    #[hook]
    pub fn use_height_report(node: NodeRef, enabled: bool) {
        use_effect_with(enabled, move |&enabled| {
            let mut cleanup: Option<Box<dyn FnOnce()>> = None;
            if enabled
                && in_frame()
                && let Some(el) = node.cast::<web_sys::Element>()
            {
                let last = Rc::new(Cell::new(-1.0f64));
                let report = {
                    let el = el.clone();
                    let last = last.clone();
                    move || {
                        let h = content_height(&el);
                        if h > 0.0 && h != last.get() {
                            last.set(h);
                            post_height(h);
                        }
                    }
                };
                report();
                let callback = Closure::<dyn Fn()>::new(report.clone());
                let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
                if let Some(o) = &observer {
                    o.observe(&el);
                }
                // Web fonts and late layout: once more after load.
                let on_load = Closure::<dyn Fn()>::new(report);
                let window = web_sys::window();
                if let Some(w) = &window {
                    let _ = w.add_event_listener_with_callback("load", on_load.as_ref().unchecked_ref());
                }
                cleanup = Some(Box::new(move || {
                    if let Some(o) = observer {
                        o.disconnect();
                    }
                    if let Some(w) = &window {
                        let _ = w.remove_event_listener_with_callback("load", on_load.as_ref().unchecked_ref());
                    }
                    drop(callback);
                    drop(on_load);
                }));
            }
            move || {
                if let Some(c) = cleanup {
                    c();
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use taskscope_engine::view::TaskState;

    /// An mdBook example: `# ` lines 1-4 and 8 hidden.
    const BOOK: &str = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel(1);\n    tx.send(1).await.unwrap();\n    println!(\"{:?}\", rx.recv().await);\n}\n";

    #[test]
    fn hidden_lines_leave_the_rest_byte_for_byte() {
        let f = Folded::new(BOOK, &[1, 2, 3, 4, 8]);
        assert_eq!(f.visible, "    let (tx, mut rx) = mpsc::channel(1);\n    tx.send(1).await.unwrap();\n    println!(\"{:?}\", rx.recv().await);\n");
        assert_eq!(f.full, BOOK);
        assert_eq!(f.visible_line(5), Some(1));
        assert_eq!(f.visible_line(7), Some(3));
        assert_eq!(f.visible_line(8), None);
        assert_eq!(f.visible_line(1), None);
        assert_eq!(f.visible_line(0), None);
        assert_eq!(f.visible_line(99), None);
        // Nothing hidden: the same text; numbers past the end are ignored.
        let id = Folded::new(BOOK, &[40, 0]);
        assert!(id.is_identity());
        assert_eq!(id.visible, BOOK);
    }

    #[test]
    fn offsets_map_into_the_visible_text() {
        let f = Folded::new(BOOK, &[1, 2, 3, 4, 8]);
        let at = BOOK.find("tx.send").unwrap();
        assert_eq!(&f.visible[f.visible_offset(at)..][..7], "tx.send");
        // In a hidden line: the start of the next shown line.
        assert_eq!(f.visible_offset(0), 0);
        assert_eq!(f.visible_offset(BOOK.rfind('}').unwrap()), f.visible.len());
        assert_eq!(f.visible_offset(usize::MAX), f.visible.len());
    }

    #[test]
    fn unchanged_visible_text_gives_the_same_program() {
        for hide in [&[1, 2, 3, 4, 8][..], &[2], &[1, 9], &[5, 6], &[1, 2, 3, 4, 5, 6, 7, 8, 9]] {
            let f = Folded::new(BOOK, hide);
            let e = f.edit(&f.visible.clone());
            assert_eq!(e.full, BOOK, "{hide:?}");
            assert_eq!(e.hidden, f.hidden, "{hide:?}");
        }
    }

    #[test]
    fn edits_keep_the_hidden_wrapper_around_them() {
        let f = Folded::new(BOOK, &[1, 2, 3, 4, 8]);
        // Typing at the end lands inside main, before the hidden `}`.
        let appended = f.edit(&format!("{}    println!(\"done\");\n", f.visible));
        assert!(appended.full.ends_with("    println!(\"done\");\n}\n"), "{}", appended.full);
        assert_eq!(appended.hidden, vec![1, 2, 3, 4, 9]);
        assert_eq!(appended.visible, format!("{}    println!(\"done\");\n", f.visible));
        // A line inserted at the top goes after the hidden header.
        let top = f.edit(&format!("    let a = 1;\n{}", f.visible));
        assert!(
            top.full.starts_with("use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let a = 1;\n"),
            "{}",
            top.full
        );
        assert_eq!(top.hidden, vec![1, 2, 3, 4, 9]);
        // A changed line in the middle.
        let mid = f.edit(&f.visible.replace("send(1)", "send(2)"));
        assert_eq!(mid.full, BOOK.replace("send(1)", "send(2)"));
        assert_eq!(mid.hidden, f.hidden);
        // Everything deleted: the hidden lines remain.
        let gone = f.edit("");
        assert_eq!(gone.full, "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n}\n");
        assert_eq!(gone.visible, "");
    }

    #[test]
    fn a_hidden_block_in_the_middle_stays_between_its_neighbours() {
        let src = "a\nb\nhidden\nc\nd";
        let f = Folded::new(src, &[3]);
        assert_eq!(f.visible, "a\nb\nc\nd");
        assert_eq!(f.edit("a\nB\nc\nd").full, "a\nB\nhidden\nc\nd");
        assert_eq!(f.edit("a\nb\nc\nD").full, "a\nb\nhidden\nc\nD");
        assert_eq!(f.edit("A\nb\nc\nd").full, "A\nb\nhidden\nc\nd");
        // Lines replaced across the block: it stays, after the change.
        assert_eq!(f.edit("a\nx\ny\nz\nd").full, "a\nx\ny\nz\nhidden\nd");
    }

    #[test]
    fn diagnostics_and_task_lines_move_with_the_text() {
        let f = Folded::new(BOOK, &[1, 2, 3, 4, 8]);
        let start = BOOK.find("tx.send").unwrap();
        let at = BOOK.find("(tx").unwrap() + 1;
        let label = LabelItem { line: 5, col: 10, start: at, end: at + 2, text: "first".into() };
        let d = DiagnosticItem {
            line: 6,
            col: 5,
            start,
            end: start + 7,
            warning: false,
            code: Some("E0382"),
            message: "m".into(),
            label: String::new(),
            labels: vec![label],
            notes: vec!["note: n".into()],
            explain: None,
        };
        let moved = f.diagnostics(std::slice::from_ref(&d));
        assert_eq!((moved[0].line, moved[0].col), (2, 5));
        assert_eq!(&f.visible[moved[0].start..moved[0].end], "tx.send");
        assert_eq!((moved[0].message.as_str(), moved[0].code), ("m", Some("E0382")));
        // Its labels move too.
        let l = &moved[0].labels[0];
        assert_eq!((l.line, l.col, &f.visible[l.start..l.end], l.text.as_str()), (1, 10, "tx", "first"));
        // One in a hidden line moves to the next shown text.
        let hidden = DiagnosticItem { line: 1, col: 1, start: 0, end: 3, ..d.clone() };
        let moved = f.diagnostics(&[hidden]);
        assert_eq!((moved[0].line, moved[0].col, moved[0].start), (1, 1, 0));
        let t = |line| TaskLine { task: taskscope_engine::trace::TaskId::MAIN, line, state: TaskState::Running, label: "main".into() };
        assert_eq!(f.task_lines(&[t(6), t(8), t(1)]), vec![t(2)]);
        assert_eq!(Folded::new(BOOK, &[]).task_lines(&[t(8)]), vec![t(8)]);
    }

    #[test]
    fn multibyte_text_maps_on_char_boundaries() {
        let src = "héllo\nwörld ✓\n";
        let f = Folded::new(src, &[1]);
        assert_eq!(f.visible, "wörld ✓\n");
        let at = src.find('✓').unwrap();
        assert_eq!(&f.visible[f.visible_offset(at)..], "✓\n");
        assert_eq!(line_col(&f.visible, f.visible_offset(at)), (1, 7));
    }
}
