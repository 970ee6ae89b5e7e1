//! The code editor: a real `<textarea>` (so typing, selection, undo, IME
//! and Playwright's `fill` all work natively) with transparent text,
//! layered exactly over a `<pre>` that draws the highlighted source, the
//! diagnostics' underlines and each task's current line. A gutter on the
//! left numbers the lines and carries the markers.
//!
//! The textarea never scrolls by itself: it is as tall and as wide as its
//! text, and the box around it scrolls the textarea, the `<pre>` and the
//! gutter together, so nothing has to be kept in sync by script.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

use crate::highlight;
use crate::hooks::use_window_listener;
use crate::model::{task_colour, DiagnosticItem, TaskLine};

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

    // The highlighted layer: rebuilt only when the text or its diagnostics
    // change, not on every playback frame.
    let layer = {
        let marks: Vec<highlight::Mark> =
            props.diagnostics.iter().map(|d| highlight::Mark { start: d.start, end: d.end, warning: d.warning }).collect();
        use_memo((source.clone(), props.diagnostics.clone()), move |(src, _)| {
            let mut html = highlight::to_html(src, &highlight::tokenize(src), &marks);
            // A <pre> drops one trailing newline; the textarea shows an empty
            // last line there. Keep the heights equal.
            if src.ends_with('\n') || src.is_empty() {
                html.push(' ');
            }
            AttrValue::from(html)
        })
    };
    let line_count = use_memo(source.clone(), |src| src.split('\n').count());
    let numbers = use_memo(*line_count, |&n| {
        let mut s = String::with_capacity(n * 4);
        for i in 1..=n {
            s.push_str(&i.to_string());
            s.push('\n');
        }
        s
    });

    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_input.emit(area.value());
        })
    };

    // Tooltips for the underlines: the textarea covers the <pre>, so ask the
    // document what lies under the pointer and show that diagnostic's
    // message as the textarea's title.
    let onmousemove = {
        let diagnostics = props.diagnostics.clone();
        Callback::from(move |e: MouseEvent| {
            let Some(area) = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) else { return };
            let mut title = String::new();
            if !diagnostics.is_empty()
                && let Some(doc) = web_sys::window().and_then(|w| w.document())
            {
                let hits = doc.elements_from_point(e.client_x() as f32, e.client_y() as f32);
                for hit in hits.iter() {
                    let Ok(el) = hit.dyn_into::<Element>() else { continue };
                    if let Some(d) = el.get_attribute("data-d").and_then(|d| d.parse::<usize>().ok()).and_then(|i| diagnostics.get(i)) {
                        title = format!("{}: {}", d.location(), d.tooltip);
                        break;
                    }
                }
            }
            if area.title() != title {
                area.set_title(&title);
            }
        })
    };

    // Move the caret when asked (a click on a diagnostic in the list).
    {
        let area_ref = area_ref.clone();
        use_effect_with(props.reveal, move |reveal| {
            if let (Some((_, offset)), Some(area)) = (reveal, area_ref.cast::<HtmlTextAreaElement>()) {
                // Selection offsets count UTF-16 units.
                let text = area.value();
                let at = text.get(..(*offset).min(text.len())).map(|s| s.encode_utf16().count()).unwrap_or(0) as u32;
                let _ = area.focus();
                let _ = area.set_selection_range(at, at);
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
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .zip(area_ref.cast::<Element>())
                .is_some_and(|(a, b)| a == b);
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

    // Gutter markers: one dot per diagnostic line and per task.
    let mut diag_lines: Vec<(u32, bool, String)> = Vec::new();
    for d in props.diagnostics.iter() {
        match diag_lines.iter_mut().find(|(l, _, _)| *l == d.line) {
            Some(entry) => {
                entry.1 &= d.warning;
                entry.2.push('\n');
                entry.2.push_str(&d.message);
            }
            None => diag_lines.push((d.line, d.warning, d.message.clone())),
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
                <span key={t.task} class={classes!("gutter-task", t.state.as_str())} {style} title={t.label.clone()}
                    data-task={t.task.to_string()} data-line={t.line.to_string()}></span>
            }
        })
        .collect();
    let line_bands: Vec<Html> = per_line
        .iter()
        .map(|(line, _)| {
            let first = props.task_lines.iter().find(|t| t.line == *line).map(|t| t.task).unwrap_or(0);
            let style = format!("--line:{line};--c:{}", task_colour(first));
            html! { <div key={first} class="line-band" {style}></div> }
        })
        .collect();

    html! {
        <div class="editor-scroll" ref={scroll_ref} {onscroll}>
          <div class="editor-inner">
            <div class="gutter" aria-hidden="true">
                <pre class="line-numbers">{ (*numbers).clone() }</pre>
                { for diag_lines.iter().map(|(line, warning, message)| html! {
                    <span class={classes!("gutter-diag", warning.then_some("warn"))} style={format!("--line:{line}")} title={message.clone()}></span>
                }) }
                { task_marks }
            </div>
            <div class="code">
                { line_bands }
                <pre class="highlight" aria-hidden="true">{ Html::from_html_unchecked((*layer).clone()) }</pre>
                <textarea
                    ref={area_ref}
                    id="editor"
                    data-testid="editor"
                    class="code-input"
                    aria-label="Program source (Rust)"
                    aria-describedby="editor-help"
                    spellcheck="false"
                    autocomplete="off"
                    autocapitalize="off"
                    wrap="off"
                    readonly={props.readonly}
                    value={AttrValue::from(props.source.clone())}
                    {oninput}
                    {onmousemove}
                />
            </div>
          </div>
        </div>
    }
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

    #[wasm_bindgen_test]
    async fn diagnostics_and_tasks_are_marked_at_their_lines() {
        let source: Rc<str> = Rc::from("a\nbb\nccc\n");
        let diagnostics = vec![DiagnosticItem {
            line: 2,
            col: 2,
            start: 3,
            end: 4,
            warning: false,
            message: "bad b".into(),
            tooltip: "bad b".into(),
        }];
        let task_lines = vec![
            TaskLine { task: 0, line: 3, state: TaskState::Running, label: "main: running".into() },
            TaskLine { task: 1, line: 3, state: TaskState::Idle, label: "task 1: idle".into() },
        ];
        let (root, handle) =
            mount(HostProps { source, diagnostics: Rc::new(diagnostics), task_lines: Rc::new(task_lines) }).await;
        let underline = root.query_selector(".highlight .dg").unwrap().unwrap();
        assert_eq!(underline.text_content().unwrap(), "b");
        assert_eq!(underline.get_attribute("data-d").as_deref(), Some("0"));
        let gutter = root.query_selector(".gutter-diag").unwrap().unwrap();
        assert_eq!(gutter.get_attribute("title").as_deref(), Some("bad b"));
        let markers = root.query_selector_all(".gutter-task").unwrap();
        assert_eq!(markers.length(), 2);
        let second: Element = markers.item(1).unwrap().dyn_into().unwrap();
        assert_eq!(second.get_attribute("data-line").as_deref(), Some("3"));
        assert!(second.get_attribute("style").unwrap().contains("--k:1"), "the second task on a line sits beside the first");
        assert_eq!(root.query_selector_all(".line-band").unwrap().length(), 1);
        handle.destroy();
    }
}
