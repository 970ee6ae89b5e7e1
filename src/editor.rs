//! The code editor: a real `<textarea>` (so typing, selection, undo, IME
//! and Playwright's `fill` all work natively) with transparent text,
//! layered exactly over a `<pre>` that draws the highlighted source, the
//! diagnostics' underlines and each task's current line. A gutter on the
//! left numbers the lines and carries the markers.
//!
//! Each diagnostic's primary span is underlined (wavy; amber for a
//! warning), each labelled secondary span lighter and dashed, and the
//! labels are written after the end of their lines (`error[E0596]: cannot
//! borrow as mutable`, `value moved here`). The span under the pointer, or
//! else the one the caret was moved into, shows its diagnostic and label
//! in a tip below it ([`crate::model::EditorMark`]).
//!
//! The textarea never scrolls by itself: it is as tall and as wide as its
//! text, and the box around it scrolls the textarea, the `<pre>` and the
//! gutter together, so nothing has to be kept in sync by script.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

use crate::edit::{self, Key};
use crate::highlight;
use crate::hooks::use_window_listener;
use crate::model::{DiagnosticItem, TaskLine, byte_to_utf16, editor_marks, line_notes_markup, mark_at, task_colour, utf16_to_byte};

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The text in the editor.
    pub source: Rc<str>,
    /// Diagnostics of this very text (empty while a re-run is pending).
    pub diagnostics: Rc<Vec<DiagnosticItem>>,
    /// Each live task's line at the playhead.
    pub task_lines: Rc<Vec<TaskLine>>,
    pub on_input: Callback<String>,
    /// Read only (the embedded view's `editor=ro`).
    #[prop_or_default]
    pub readonly: bool,
    /// Set to move the caret to a byte offset and focus the editor (from
    /// the diagnostics list); compared by value, so bump `seq` to repeat.
    #[prop_or_default]
    pub reveal: Option<(u64, usize)>,
    /// A line to keep in view (the playhead's task), unless the user is
    /// typing.
    #[prop_or_default]
    pub follow: Option<u32>,
    /// Changes when another program is loaded: scroll back to its top.
    #[prop_or_default]
    pub document: u64,
}

/// The editor with its gutter.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let area_ref = use_node_ref();
    let scroll_ref = use_node_ref();
    let source = props.source.clone();

    // The marks, the highlighted layer and the notes after the lines:
    // rebuilt only when the text or its diagnostics change, not on every
    // playback frame.
    let layer = use_memo((source.clone(), props.diagnostics.clone()), |(src, d)| {
        let marks = editor_marks(src, d);
        let underlines: Vec<highlight::Mark> =
            marks.iter().map(|m| highlight::Mark { start: m.start, end: m.end, warning: m.warning, secondary: !m.primary }).collect();
        let mut html = highlight::to_html(src, &highlight::tokenize(src), &underlines);
        // A <pre> drops one trailing newline; the textarea shows an empty
        // last line there. Keep the heights equal.
        if src.ends_with('\n') || src.is_empty() {
            html.push(' ');
        }
        let notes = AttrValue::from(line_notes_markup(src, &marks));
        (marks, AttrValue::from(html), notes)
    });
    let (marks, _, _) = &*layer;
    let line_count = use_memo(source.clone(), |src| src.split('\n').count());
    let numbers = use_memo(*line_count, |&n| {
        let mut s = String::with_capacity(n * 4);
        for i in 1..=n {
            s.push_str(&i.to_string());
            s.push('\n');
        }
        s
    });

    // The mark under the pointer, and the caret's byte offset once moved
    // by the arrow keys, a click or the diagnostics list (not by typing).
    let hover = use_state_eq(|| None::<usize>);
    let caret = use_state_eq(|| None::<usize>);

    let oninput = {
        let on_input = props.on_input.clone();
        let (hover, caret) = (hover.clone(), caret.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            hover.set(None);
            caret.set(None);
            on_input.emit(area.value());
        })
    };
    let track_caret = {
        let caret = caret.clone();
        move |area: &HtmlTextAreaElement| {
            let at = area.selection_start().ok().flatten().unwrap_or(0) as usize;
            caret.set(Some(utf16_to_byte(&area.value(), at)));
        }
    };
    let onkeyup = {
        let track_caret = track_caret.clone();
        Callback::from(move |e: KeyboardEvent| {
            if matches!(e.key().as_str(), "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End" | "PageUp" | "PageDown") {
                track_caret(&e.target_unchecked_into());
            }
        })
    };
    let onclick = Callback::from(move |e: MouseEvent| track_caret(&e.target_unchecked_into()));
    // The keys the editor handles itself (`edit.rs`). After Escape, Tab is
    // left to the browser: it moves the focus on, so a keyboard user is
    // never trapped in the editor.
    let escaped = use_mut_ref(|| false);
    // Find (Ctrl+F): the query, where the search started, and the match.
    let find = use_state_eq(|| None::<String>);
    let find_from = use_mut_ref(|| 0usize);
    let hit = use_state_eq(|| None::<(usize, usize)>);
    let find_ref = use_node_ref();
    let onkeydown = {
        let readonly = props.readonly;
        let (find, find_from, hit, find_ref) = (find.clone(), find_from.clone(), hit.clone(), find_ref.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.is_composing() {
                return;
            }
            let was_escaped = std::mem::replace(&mut *escaped.borrow_mut(), e.key() == "Escape");
            let command = e.ctrl_key() || e.meta_key();
            if command && !e.alt_key() && e.key().eq_ignore_ascii_case("f") {
                e.prevent_default();
                let area: HtmlTextAreaElement = e.target_unchecked_into();
                let (src, (a, b)) = selection(&area);
                *find_from.borrow_mut() = a.min(b);
                let selected = &src[a.min(b)..a.max(b)];
                let query = if !selected.is_empty() && !selected.contains('\n') { selected.to_string() } else { find.as_deref().unwrap_or("").to_string() };
                hit.set(edit::find(&src, &query, a.min(b), false));
                find.set(Some(query));
                // Already open: back to the box.
                if let Some(input) = find_ref.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
                return;
            }
            if readonly {
                return;
            }
            let key = match e.key().as_str() {
                "Tab" if was_escaped || e.alt_key() || command => return,
                "Tab" if e.shift_key() => Key::ShiftTab,
                "Tab" => Key::Tab,
                "Enter" if !command && !e.alt_key() && !e.shift_key() => Key::Enter,
                "Backspace" if !command && !e.alt_key() => Key::Backspace,
                "/" if command && !e.alt_key() => Key::ToggleComment,
                k if !command && !e.alt_key() && matches!(k, "(" | "[" | "{" | ")" | "]" | "}" | "\"") => Key::Char(k.chars().next().unwrap_or(' ')),
                _ => return,
            };
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let (src, sel) = selection(&area);
            if let Some(change) = edit::on_key(&src, sel, key) {
                e.prevent_default();
                apply_edit(&area, &src, &change);
            } else if matches!(key, Key::Tab | Key::ShiftTab) {
                // Tab never leaves the editor unless after Escape.
                e.prevent_default();
            }
        })
    };
    let onblur = {
        let caret = caret.clone();
        Callback::from(move |_: FocusEvent| caret.set(None))
    };

    // The textarea covers the <pre>: ask the document what lies under the
    // pointer (an underline or a label after a line).
    let onmousemove = {
        let hover = hover.clone();
        let has_marks = !marks.is_empty();
        Callback::from(move |e: MouseEvent| {
            let mut found = None;
            if has_marks && let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                for hit in doc.elements_from_point(e.client_x() as f32, e.client_y() as f32).iter() {
                    let Ok(el) = hit.dyn_into::<Element>() else { continue };
                    if let Some(k) = el.get_attribute("data-d").and_then(|d| d.parse::<usize>().ok()) {
                        found = Some(k);
                        break;
                    }
                }
            }
            hover.set(found);
        })
    };
    let onmouseleave = {
        let hover = hover.clone();
        Callback::from(move |_: MouseEvent| hover.set(None))
    };
    let tip = (*hover).and_then(|k| marks.get(k)).or_else(|| (*caret).and_then(|at| mark_at(marks, at)).map(|k| &marks[k]));

    // Move the caret when asked (a click on a diagnostic in the list).
    {
        let (area_ref, caret) = (area_ref.clone(), caret.clone());
        use_effect_with(props.reveal, move |reveal| {
            if let (Some((_, offset)), Some(area)) = (reveal, area_ref.cast::<HtmlTextAreaElement>()) {
                // Selection offsets count UTF-16 units.
                let text = area.value();
                let at = byte_to_utf16(&text, *offset);
                let _ = area.focus();
                let _ = area.set_selection_range(at, at);
                caret.set(Some(*offset));
            }
        });
    }

    // A new program starts at its top.
    {
        let scroll_ref = scroll_ref.clone();
        use_effect_with(props.document, move |_| {
            if let Some(scroller) = scroll_ref.cast::<Element>() {
                scroller.set_scroll_top(0);
                scroller.set_scroll_left(0);
            }
        });
    }

    // Keep the playhead's line in view while the user watches (not while the
    // editor has focus: then the caret decides what is in view). Playback
    // moves the line nearly every frame, right after the DOM changed, so
    // nothing here may force a layout: the line metrics are measured once,
    // the scroller's height on resize and its offset from its scroll events.
    let metrics = use_mut_ref(|| None::<(i32, i32)>);
    let viewport = use_mut_ref(|| None::<(i32, i32)>);
    {
        let viewport = viewport.clone();
        use_window_listener("resize", move || *viewport.borrow_mut() = None);
    }
    let onscroll = {
        let viewport = viewport.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                *viewport.borrow_mut() = Some((el.scroll_top(), el.client_height()));
            }
        })
    };
    {
        let scroll_ref = scroll_ref.clone();
        let area_ref = area_ref.clone();
        use_effect_with(props.follow, move |follow| {
            let Some(line) = *follow else { return };
            let focused =
                web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()).zip(area_ref.cast::<Element>()).is_some_and(|(a, b)| a == b);
            let Some(scroller) = scroll_ref.cast::<Element>() else { return };
            if focused {
                return;
            }
            // A line band's box (before its transform) gives the padding
            // and the line height.
            let measured = *metrics.borrow();
            let Some((line_height, pad)) = measured.or_else(|| {
                let band = scroller.query_selector(".line-band").ok().flatten()?.dyn_into::<web_sys::HtmlElement>().ok()?;
                let m = (band.offset_height().max(1), band.offset_top());
                *metrics.borrow_mut() = Some(m);
                Some(m)
            }) else {
                return;
            };
            let known = *viewport.borrow();
            let (top, height) = known.unwrap_or_else(|| (scroller.scroll_top(), scroller.client_height()));
            let y = pad + (line as i32 - 1) * line_height;
            if y < top + line_height || y + 2 * line_height > top + height {
                // `scroll-behavior: smooth` in the stylesheet animates
                // this, except with reduced motion.
                let to = (y - height / 2).max(0);
                scroller.set_scroll_top(to);
                *viewport.borrow_mut() = Some((to, height));
            } else if known.is_none() {
                *viewport.borrow_mut() = Some((top, height));
            }
        });
    }

    // The find box: focused when it opens; each query selects its match in
    // the textarea (shown by `.find-hit`, the textarea being unfocused).
    {
        let find_ref = find_ref.clone();
        let open = find.is_some();
        use_effect_with(open, move |open| {
            if *open && let Some(input) = find_ref.cast::<web_sys::HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    {
        let (area_ref, scroll_ref) = (area_ref.clone(), scroll_ref.clone());
        use_effect_with(*hit, move |hit| {
            let Some((a, b)) = *hit else { return };
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                select_bytes(&area, a, b);
            }
            if let Some(el) = scroll_ref.cast::<Element>().and_then(|s| s.query_selector(".find-hit").ok().flatten()) {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                opts.set_inline(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        });
    }
    let on_find_input = {
        let (find, find_from, hit, source) = (find.clone(), find_from.clone(), hit.clone(), source.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let q = input.value();
            hit.set(edit::find(&source, &q, *find_from.borrow(), false));
            find.set(Some(q));
        })
    };
    let on_find_key = {
        let (find, find_from, hit, source, area_ref) = (find.clone(), find_from.clone(), hit.clone(), source.clone(), area_ref.clone());
        Callback::from(move |e: KeyboardEvent| {
            let q = find.as_deref().unwrap_or("").to_string();
            match e.key().as_str() {
                "Enter" => {
                    e.prevent_default();
                    let back = e.shift_key();
                    let from = match *hit {
                        Some((a, b)) => {
                            if back {
                                a
                            } else {
                                b
                            }
                        }
                        None => *find_from.borrow(),
                    };
                    let next = edit::find(&source, &q, from, back);
                    if let Some((a, _)) = next {
                        *find_from.borrow_mut() = a;
                    }
                    hit.set(next);
                }
                "Escape" => {
                    e.prevent_default();
                    find.set(None);
                    if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                        let _ = area.focus();
                        if let Some((a, b)) = *hit {
                            select_bytes(&area, a, b);
                        }
                    }
                    hit.set(None);
                }
                _ => {}
            }
        })
    };
    let find_bar = find.as_ref().map(|q| {
        let status = match *hit {
            Some((a, _)) => {
                let (i, n) = edit::match_count(&source, q, a);
                format!("{i} of {n}")
            }
            None if q.is_empty() => String::new(),
            None => "no match".to_string(),
        };
        html! {
            <div class="find-bar" role="search">
                <input ref={find_ref.clone()} type="search" data-testid="find" aria-label="Find in the program"
                    placeholder="Find" value={q.clone()} oninput={on_find_input.clone()} onkeydown={on_find_key.clone()} />
                <span class="find-status" data-testid="find-status" aria-live="polite">{ status }</span>
                { crate::markup::fixed("<span class=\"find-keys\">Enter next · Shift+Enter previous · Esc back to the code</span>") }
            </div>
        }
    });
    let find_hit = hit.filter(|_| find.is_some()).map(|(a, b)| {
        let ls = source[..a].rfind('\n').map_or(0, |i| i + 1);
        let line = source[..a].matches('\n').count() + 1;
        let col = source[ls..a].chars().count();
        let len = source[a..b].chars().count().max(1);
        html! { <div class="find-hit" aria-hidden="true" style={format!("--line:{line};--col:{col};--len:{len}")}></div> }
    });

    // Gutter markers: one dot per diagnostic line and per task.
    let mut diag_lines: Vec<(u32, bool, String)> = Vec::new();
    for d in props.diagnostics.iter() {
        match diag_lines.iter_mut().find(|(l, _, _)| *l == d.line) {
            Some(entry) => {
                entry.1 &= d.warning;
                entry.2.push('\n');
                entry.2.push_str(&d.title());
            }
            None => diag_lines.push((d.line, d.warning, d.title())),
        }
    }
    let mut per_line: Vec<(u32, usize)> = Vec::new();
    let task_marks: Vec<Html> = props
        .task_lines
        .iter()
        .map(|t| {
            let k = match per_line.iter_mut().find(|(l, _)| *l == t.line) {
                Some(entry) => {
                    entry.1 += 1;
                    entry.1 - 1
                }
                None => {
                    per_line.push((t.line, 1));
                    0
                }
            };
            let style = format!("--line:{};--k:{};--c:{}", t.line, k.min(3), task_colour(t.task));
            html! {
                <span key={t.task.0} class={crate::markup::class(&[Some("gutter-task"), Some(t.state.as_str())])} {style} title={t.label.clone()}
                    data-task={t.task.to_string()} data-line={t.line.to_string()}></span>
            }
        })
        .collect();
    let line_bands: Vec<Html> = per_line
        .iter()
        .map(|(line, _)| {
            let first = props.task_lines.iter().find(|t| t.line == *line).map(|t| t.task).unwrap_or(taskscope_engine::trace::TaskId::MAIN);
            let style = format!("--line:{line};--c:{}", task_colour(first));
            html! { <div key={first.0} class="line-band" {style}></div> }
        })
        .collect();

    html! {
      <>
        { for find_bar }
        <div class="editor-scroll" ref={scroll_ref} {onscroll}>
          <div class="editor-inner">
            <div class="gutter" aria-hidden="true">
                <pre class="line-numbers">{ (*numbers).clone() }</pre>
                { for diag_lines.iter().map(|(line, warning, message)| html! {
                    <span class={crate::markup::class(&[Some("gutter-diag"), warning.then_some("warn")])} style={format!("--line:{line}")} title={message.clone()}></span>
                }) }
                { task_marks }
            </div>
            <div class="code" {onmousemove} {onmouseleave}>
                { line_bands }
                { for find_hit }
                <pre class="highlight" aria-hidden="true">{ Html::from_html_unchecked(layer.1.clone()) }</pre>
                <div class="eol-notes" aria-hidden="true">{ Html::from_html_unchecked(layer.2.clone()) }</div>
                if let Some(m) = tip {
                    <div id="diag-tip" data-testid="diag-tip" role="status"
                        class={crate::markup::class(&[Some("diag-tip"), Some(if m.primary { "primary" } else { "secondary" }), m.warning.then_some("warn")])}
                        style={format!("--line:{};--x:{}", m.line, m.x)}><div>{ m.tip.clone() }</div></div>
                }
                <textarea
                    ref={area_ref}
                    id="editor"
                    data-testid="editor"
                    class="code-input"
                    aria-label="Program source (Rust)"
                    aria-describedby={if tip.is_some() { "editor-help diag-tip" } else { "editor-help" }}
                    spellcheck="false"
                    autocomplete="off"
                    autocapitalize="off"
                    wrap="off"
                    readonly={props.readonly}
                    value={AttrValue::from(props.source.clone())}
                    {oninput}
                    {onkeyup}
                    {onkeydown}
                    {onclick}
                    {onblur}
                />
            </div>
          </div>
        </div>
      </>
    }
}

/// Applies an edit through the browser's own editing, so that it is one
/// step of the textarea's undo history and fires `input` like typing.
fn apply_edit(area: &HtmlTextAreaElement, src: &str, change: &edit::Edit) {
    let _ = area.set_selection_range(byte_to_utf16(src, change.start), byte_to_utf16(src, change.end));
    if change.start != change.end || !change.text.is_empty() {
        let doc = web_sys::window().and_then(|w| w.document()).and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok());
        let done = doc.is_some_and(|d| {
            if change.text.is_empty() {
                d.exec_command("delete").unwrap_or(false)
            } else {
                d.exec_command_with_show_ui_and_value("insertText", false, &change.text).unwrap_or(false)
            }
        });
        if !done {
            // Without `execCommand`: the text changes, without undo.
            area.set_value(&change.apply(src));
            if let Ok(ev) = web_sys::InputEvent::new("input") {
                let _ = area.dispatch_event(&ev);
            }
        }
    }
    select_bytes(area, change.sel.0, change.sel.1);
}

/// The textarea's text and its selection, in bytes.
fn selection(area: &HtmlTextAreaElement) -> (String, (usize, usize)) {
    let src = area.value();
    let at = |units: Option<u32>| utf16_to_byte(&src, units.unwrap_or(0) as usize);
    let sel = (at(area.selection_start().ok().flatten()), at(area.selection_end().ok().flatten()));
    (src, sel)
}

/// Selects bytes `a..b` of the textarea's text.
fn select_bytes(area: &HtmlTextAreaElement, a: usize, b: usize) {
    let text = area.value();
    let _ = area.set_selection_range(byte_to_utf16(&text, a), byte_to_utf16(&text, b));
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use taskscope_engine::view::TaskState;
    use wasm_bindgen_test::*;

    use super::*;

    wasm_bindgen_test_configure!(run_in_browser);

    #[derive(Properties, PartialEq)]
    struct HostProps {
        source: Rc<str>,
        diagnostics: Rc<Vec<DiagnosticItem>>,
        task_lines: Rc<Vec<TaskLine>>,
    }

    #[function_component(Host)]
    fn host(props: &HostProps) -> Html {
        html! {
            <Editor source={props.source.clone()} diagnostics={props.diagnostics.clone()}
                task_lines={props.task_lines.clone()} on_input={Callback::noop()} />
        }
    }

    async fn mount(props: HostProps) -> (Element, yew::AppHandle<Host>) {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<Host>::with_root_and_props(root.clone(), props).render();
        gloo_timers::future::sleep(Duration::from_millis(20)).await;
        (root, handle)
    }

    #[wasm_bindgen_test]
    async fn the_highlighted_layer_has_the_same_text_as_the_textarea() {
        let source: Rc<str> = Rc::from("fn main() {\n    let s = \"<b>\";\n}\n");
        let (root, handle) = mount(HostProps { source: source.clone(), diagnostics: Rc::default(), task_lines: Rc::default() }).await;
        let area: HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
        assert_eq!(area.value(), *source);
        let layer = root.query_selector(".highlight").unwrap().unwrap().text_content().unwrap();
        // The layer ends with one space, so a final empty line has a height.
        assert_eq!(layer, format!("{source} "));
        assert!(root.query_selector(".highlight .hl-k").unwrap().is_some());
        assert!(root.query_selector(".highlight .hl-s").unwrap().is_some());
        assert_eq!(root.query_selector(".line-numbers").unwrap().unwrap().text_content().unwrap(), "1\n2\n3\n4\n");
        handle.destroy();
    }

    fn item(line: u32, col: u32, start: usize, end: usize, message: &str) -> DiagnosticItem {
        DiagnosticItem {
            line,
            col,
            start,
            end,
            warning: false,
            code: None,
            message: message.into(),
            label: String::new(),
            labels: vec![],
            notes: vec![],
            explain: None,
        }
    }

    #[wasm_bindgen_test]
    async fn diagnostics_and_tasks_are_marked_at_their_lines() {
        let source: Rc<str> = Rc::from("a\nbb\nccc\n");
        let diagnostics = vec![item(2, 2, 3, 4, "bad b")];
        let task_lines = vec![
            TaskLine { task: taskscope_engine::trace::TaskId(0), line: 3, state: TaskState::Running, label: "main: running".into() },
            TaskLine { task: taskscope_engine::trace::TaskId(1), line: 3, state: TaskState::Idle, label: "task 1: idle".into() },
        ];
        let (root, handle) = mount(HostProps { source, diagnostics: Rc::new(diagnostics), task_lines: Rc::new(task_lines) }).await;
        let underline = root.query_selector(".highlight .dg").unwrap().unwrap();
        assert_eq!(underline.text_content().unwrap(), "b");
        assert_eq!(underline.get_attribute("data-d").as_deref(), Some("0"));
        let gutter = root.query_selector(".gutter-diag").unwrap().unwrap();
        assert_eq!(gutter.get_attribute("title").as_deref(), Some("error: bad b"));
        let markers = root.query_selector_all(".gutter-task").unwrap();
        assert_eq!(markers.length(), 2);
        let second: Element = markers.item(1).unwrap().dyn_into().unwrap();
        assert_eq!(second.get_attribute("data-line").as_deref(), Some("3"));
        assert!(second.get_attribute("style").unwrap().contains("--k:1"), "the second task on a line sits beside the first");
        assert_eq!(root.query_selector_all(".line-band").unwrap().length(), 1);
        handle.destroy();
    }

    /// `tx` moved into a task on line 2, used on line 4 (E0382), and a
    /// warning on line 5.
    const MOVED: &str = "let (tx, rx) = channel(1);\nspawn(async move {\n    tx;\n});\ntx.send(2);\nlater(tx);\n";

    fn moved_and_warned() -> Vec<DiagnosticItem> {
        let block = MOVED.find("async move").unwrap();
        let used = MOVED.rfind("later(tx)").unwrap() + 6;
        let send = MOVED.find("tx.send(2)").unwrap();
        vec![
            DiagnosticItem {
                code: Some("E0382"),
                label: "value used here after move".into(),
                labels: vec![crate::model::LabelItem { line: 2, col: 7, start: block, end: MOVED.find("});").unwrap() + 1, text: "value moved here".into() }],
                ..item(6, 7, used, used + 2, "use of moved value: `tx`")
            },
            DiagnosticItem { warning: true, ..item(5, 1, send, send + 10, "unused implementer of `Future` that must be used") },
        ]
    }

    fn texts(root: &Element, selector: &str) -> Vec<String> {
        let list = root.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap()).collect()
    }

    #[wasm_bindgen_test]
    async fn primary_and_secondary_spans_look_different_and_carry_their_labels() {
        let (root, handle) = mount(HostProps { source: Rc::from(MOVED), diagnostics: Rc::new(moved_and_warned()), task_lines: Rc::default() }).await;
        // The primary span: a solid error underline.
        // (The layer splits a mark at token boundaries.)
        assert_eq!(texts(&root, ".highlight .dg:not(.dg2):not(.warn)").concat(), "tx");
        // The secondary span, on its first line only: dashed (its own class).
        assert_eq!(texts(&root, ".highlight .dg.dg2").concat(), "async move {");
        // The warning: underlined in the warning's colour.
        assert_eq!(texts(&root, ".highlight .dg.warn").concat(), "tx.send(2)");
        // The labels, after their lines: the code with the primary label.
        assert_eq!(texts(&root, ".eol-item.primary:not(.warn)"), ["error[E0382]: value used here after move"]);
        assert_eq!(texts(&root, ".eol-item.secondary"), ["value moved here"]);
        assert_eq!(texts(&root, ".eol-item.warn"), ["warning: unused implementer of `Future` that must be used"]);
        let eol = root.query_selector_all(".eol").unwrap();
        let places: Vec<String> = (0..eol.length()).map(|i| eol.item(i).unwrap().dyn_into::<Element>().unwrap().get_attribute("style").unwrap()).collect();
        assert_eq!(places, ["--line:2;--x:20", "--line:5;--x:13", "--line:6;--x:12"]);
        // The gutter: a warning's bar is a warning's.
        assert_eq!(root.query_selector_all(".gutter-diag.warn").unwrap().length(), 1);
        assert_eq!(root.query_selector_all(".gutter-diag").unwrap().length(), 2);
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn moving_the_caret_into_a_span_shows_its_label_and_typing_hides_it() {
        let (root, handle) = mount(HostProps { source: Rc::from(MOVED), diagnostics: Rc::new(moved_and_warned()), task_lines: Rc::default() }).await;
        assert!(root.query_selector("[data-testid=diag-tip]").unwrap().is_none());
        let area: HtmlTextAreaElement = root.query_selector("textarea").unwrap().unwrap().dyn_into().unwrap();
        let key = |key: &str| {
            let init = web_sys::KeyboardEventInit::new();
            init.set_key(key);
            init.set_bubbles(true);
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keyup", &init).unwrap()
        };
        area.focus().unwrap();
        // Into the `async move` block: the secondary label, with the error.
        let at = MOVED.find("async").unwrap() as u32 + 2;
        area.set_selection_range(at, at).unwrap();
        area.dispatch_event(&key("ArrowRight")).unwrap();
        gloo_timers::future::sleep(Duration::from_millis(20)).await;
        let tip = root.query_selector("[data-testid=diag-tip]").unwrap().expect("a tip");
        assert_eq!(tip.text_content().unwrap(), "error[E0382]: use of moved value: `tx`\n2:7: value moved here");
        assert!(tip.matches(".secondary").unwrap());
        assert_eq!(tip.get_attribute("style").as_deref(), Some("--line:2;--x:6"));
        assert_eq!(area.get_attribute("aria-describedby").as_deref(), Some("editor-help diag-tip"));
        // Into the warning.
        let at = MOVED.find("send").unwrap() as u32;
        area.set_selection_range(at, at).unwrap();
        area.dispatch_event(&key("ArrowDown")).unwrap();
        gloo_timers::future::sleep(Duration::from_millis(20)).await;
        let tip = root.query_selector("[data-testid=diag-tip]").unwrap().expect("a tip");
        assert!(tip.matches(".warn").unwrap() && tip.matches(".primary").unwrap());
        assert!(tip.text_content().unwrap().starts_with("warning: unused implementer"), "{:?}", tip.text_content());
        // Typing hides it; so does leaving the editor.
        let input = web_sys::InputEvent::new("input").unwrap();
        area.dispatch_event(&input).unwrap();
        gloo_timers::future::sleep(Duration::from_millis(20)).await;
        assert!(root.query_selector("[data-testid=diag-tip]").unwrap().is_none());
        area.dispatch_event(&key("ArrowLeft")).unwrap();
        gloo_timers::future::sleep(Duration::from_millis(20)).await;
        assert!(root.query_selector("[data-testid=diag-tip]").unwrap().is_some());
        area.blur().unwrap();
        gloo_timers::future::sleep(Duration::from_millis(20)).await;
        assert!(root.query_selector("[data-testid=diag-tip]").unwrap().is_none());
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn hovering_a_span_shows_its_label() {
        let (root, handle) = mount(HostProps { source: Rc::from(MOVED), diagnostics: Rc::new(moved_and_warned()), task_lines: Rc::default() }).await;
        let code = root.query_selector(".code").unwrap().unwrap();
        let span = root.query_selector(".highlight .dg.dg2").unwrap().unwrap();
        let rect = span.get_bounding_client_rect();
        let init = web_sys::MouseEventInit::new();
        init.set_client_x((rect.left() + 3.0) as i32);
        init.set_client_y((rect.top() + rect.height() / 2.0) as i32);
        init.set_bubbles(true);
        code.dispatch_event(&web_sys::MouseEvent::new_with_mouse_event_init_dict("mousemove", &init).unwrap()).unwrap();
        gloo_timers::future::sleep(Duration::from_millis(20)).await;
        let tip = root.query_selector("[data-testid=diag-tip]").unwrap().expect("a tip on hover");
        assert!(tip.text_content().unwrap().ends_with("2:7: value moved here"), "{:?}", tip.text_content());
        code.dispatch_event(&web_sys::MouseEvent::new("mouseleave").unwrap()).unwrap();
        gloo_timers::future::sleep(Duration::from_millis(20)).await;
        assert!(root.query_selector("[data-testid=diag-tip]").unwrap().is_none());
        handle.destroy();
    }
}
