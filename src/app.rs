//! The page: the app shell that owns the state and wires the panels.
//! Only built for `wasm32`; what it shows is computed in [`crate::model`]
//! (tested natively), and each panel lives in its own module.
//!
//! # State
//!
//! Two reducers, Elm-like:
//!
//! * [`Session`]: the editor's text, the latest run and the last run that
//!   compiled (shown, dimmed, while the text has errors). Runs happen in the
//!   event handlers, right when the text changes, and arrive as
//!   [`SessionAction::Ran`]; each one gets a new `run_id`, which the page
//!   exposes as `data-run-id` for tests and the benchmark.
//! * [`PlaybackState`]: the playhead ([`Playback`]); while playing, an
//!   animation-frame loop dispatches `Tick`s with the frame's duration.
//!
//! # Keeping the page responsive
//!
//! Every edit re-runs the program synchronously, so the page reflects it in
//! the same frame. Runs use [`interactive_config`]'s budgets, so none takes
//! long; and once two runs in a row took more than [`SLOW_RUN_MS`], the next
//! edits wait for a pause in the typing ([`DEBOUNCE_MS`]) before running
//! again, so a heavy program never makes typing lag.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use taskscope_engine::trace::TaskId;
use taskscope_engine::view::ViewState;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use crate::console::Console;
use crate::editor::Editor;
use crate::examples::{self, Example, EXAMPLES};
use crate::model::{
    describe_event, diagnostic_items, focus_line, interactive_config, next_await, position_label, prev_await, summary, task_lines, ByPtr,
    DiagnosticItem, Playback, PlaybackAction, RunData, Tone,
};
use crate::playback::PlaybackBar;
use crate::viz::Visualization;

/// Two runs in a row slower than this (ms) make the next edits wait for a
/// pause in the typing. (One slow run may be a hiccup of the machine.)
pub const SLOW_RUN_MS: f64 = 25.0;
/// How long a pause in the typing is, once runs are slow (ms).
pub const DEBOUNCE_MS: u32 = 250;

/// Mounts the app into the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Runs `source` with the interactive budgets and times it.
fn run_timed(source: &str) -> (Rc<RunData>, f64) {
    let start = now_ms();
    let data = Rc::new(RunData::new(source, &interactive_config()));
    (data, now_ms() - start)
}

// ---------------------------------------------------------------------------
// Session
// ---------------------------------------------------------------------------

/// The program and its runs.
#[derive(Clone)]
pub struct Session {
    /// The text in the editor.
    pub source: Rc<str>,
    /// The latest run (of `source`, unless a run is pending).
    pub current: Rc<RunData>,
    /// The latest run that compiled: what the panels show.
    pub shown: Rc<RunData>,
    /// `current`'s diagnostics, placed in its source.
    pub diagnostics: Rc<Vec<DiagnosticItem>>,
    /// Counts runs; `data-run-id` on the page.
    pub run_id: u64,
    /// How long the latest run took, in ms.
    pub run_ms: f64,
    /// How many runs in a row took more than [`SLOW_RUN_MS`].
    pub slow_runs: u32,
    /// The example loaded last, while the text is unchanged.
    pub example: Option<&'static Example>,
    /// Counts loaded programs (examples), so the editor starts each at the top.
    pub loads: u64,
}

pub enum SessionAction {
    /// The user changed the text (not run yet).
    Edited(Rc<str>),
    /// A run finished.
    Ran { data: Rc<RunData>, ms: f64 },
    /// An example was loaded, and run.
    Loaded { example: &'static Example, data: Rc<RunData>, ms: f64 },
}

impl Session {
    fn new(example: &'static Example) -> Session {
        let (data, ms) = run_timed(example.source);
        let diagnostics = Rc::new(diagnostic_items(&data.source, &data.run.diagnostics));
        Session {
            source: Rc::from(example.source),
            current: data.clone(),
            shown: data,
            diagnostics,
            run_id: 1,
            run_ms: ms,
            slow_runs: 0,
            example: Some(example),
            loads: 0,
        }
    }

    /// The latest run is of the text in the editor.
    pub fn fresh(&self) -> bool {
        *self.current.source == *self.source
    }
}

impl Reducible for Session {
    type Action = SessionAction;

    fn reduce(self: Rc<Self>, action: SessionAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            SessionAction::Edited(text) => {
                if s.example.is_some_and(|e| *e.source != *text) {
                    s.example = None;
                }
                s.source = text;
            }
            SessionAction::Ran { data, ms } => s.accept(data, ms),
            SessionAction::Loaded { example, data, ms } => {
                s.source = Rc::from(example.source);
                s.example = Some(example);
                s.loads += 1;
                s.accept(data, ms);
            }
        }
        Rc::new(s)
    }
}

impl Session {
    fn accept(&mut self, data: Rc<RunData>, ms: f64) {
        self.diagnostics = Rc::new(diagnostic_items(&data.source, &data.run.diagnostics));
        if data.ran() {
            self.shown = data.clone();
        }
        self.current = data;
        self.run_id += 1;
        self.run_ms = ms;
        self.slow_runs = if ms > SLOW_RUN_MS { self.slow_runs + 1 } else { 0 };
    }
}

// ---------------------------------------------------------------------------
// Playback
// ---------------------------------------------------------------------------

/// [`Playback`] as a Yew reducer.
#[derive(Clone, Copy, PartialEq, Default)]
pub struct PlaybackState(pub Playback);

impl Reducible for PlaybackState {
    type Action = PlaybackAction;

    fn reduce(self: Rc<Self>, action: PlaybackAction) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 { self } else { Rc::new(PlaybackState(next)) }
    }
}

/// What the document-level key handler needs from the latest render.
struct Latest {
    source: Rc<str>,
    shown: Rc<RunData>,
    pos: usize,
    await_task: Option<TaskId>,
}

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

// ---------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------

#[function_component(App)]
pub fn app() -> Html {
    let session = use_reducer(|| Session::new(examples::find(examples::DEFAULT_EXAMPLE).unwrap_or(&EXAMPLES[0])));
    let playback = {
        let len = session.shown.timeline.len();
        use_reducer(move || PlaybackState(Playback::default().apply(PlaybackAction::Load { len })))
    };
    let await_task = use_state(|| None::<TaskId>);
    let reveal = use_state(|| None::<(u64, usize)>);
    let reduced_motion = use_state(prefers_reduced_motion);
    // Follow the system setting while the page is open.
    {
        let reduced_motion = reduced_motion.setter();
        use_effect_with((), move |_| {
            let query = web_sys::window().and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten());
            let listener = Closure::<dyn FnMut()>::new(move || reduced_motion.set(prefers_reduced_motion()));
            if let Some(q) = &query {
                let _ = q.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(q) = query {
                    let _ = q.remove_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
                }
            }
        });
    }
    let reduced_motion = *reduced_motion;
    let debounce = use_mut_ref(|| None::<Timeout>);
    let latest = use_mut_ref(|| None::<Latest>);

    let p = playback.0;
    let shown = session.shown.clone();
    let pos = p.pos.min(shown.timeline.len());

    // Runs `text` now and tells both reducers.
    let run_now = {
        let session = session.dispatcher();
        let playback = playback.dispatcher();
        Rc::new(move |text: &str, restart: bool| {
            let (data, ms) = run_timed(text);
            let len = data.ran().then(|| data.timeline.len());
            session.dispatch(SessionAction::Ran { data, ms });
            match (len, restart) {
                (Some(len), true) => playback.dispatch(PlaybackAction::Restart { len }),
                (Some(len), false) => playback.dispatch(PlaybackAction::Rerun { len }),
                (None, _) => {}
            }
        })
    };

    let on_input = {
        let session_handle = session.clone();
        let run_now = run_now.clone();
        let debounce = debounce.clone();
        Callback::from(move |text: String| {
            let text: Rc<str> = Rc::from(text);
            session_handle.dispatch(SessionAction::Edited(text.clone()));
            if session_handle.slow_runs < 2 {
                debounce.borrow_mut().take();
                run_now(&text, false);
            } else {
                let run_now = run_now.clone();
                *debounce.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || run_now(&text, false)));
            }
        })
    };

    let on_example = {
        let session = session.dispatcher();
        let playback = playback.dispatcher();
        let debounce = debounce.clone();
        let await_task = await_task.clone();
        Callback::from(move |file: String| {
            let Some(example) = examples::find(&file) else { return };
            debounce.borrow_mut().take();
            let (data, ms) = run_timed(example.source);
            let len = data.timeline.len();
            session.dispatch(SessionAction::Loaded { example, data, ms });
            playback.dispatch(PlaybackAction::Load { len });
            await_task.set(None);
        })
    };

    let on_action = {
        let playback = playback.dispatcher();
        Callback::from(move |a: PlaybackAction| playback.dispatch(a))
    };
    let on_seek = use_callback(playback.dispatcher(), |pos: usize, playback| playback.dispatch(PlaybackAction::Seek(pos)));
    let on_await_task = {
        let await_task = await_task.clone();
        Callback::from(move |t: Option<TaskId>| await_task.set(t))
    };

    // The animation-frame loop, while playing.
    {
        let playback = playback.dispatcher();
        use_effect_with(p.playing, move |&playing| {
            let stop = Rc::new(Cell::new(false));
            let pending = Rc::new(Cell::new(None::<i32>));
            let frame: Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>> = Rc::new(RefCell::new(None));
            if playing && let Some(window) = web_sys::window() {
                let last = Cell::new(None::<f64>);
                let (stop2, pending2, frame2, window2) = (stop.clone(), pending.clone(), frame.clone(), window.clone());
                *frame.borrow_mut() = Some(Closure::new(move |ts: f64| {
                    if stop2.get() {
                        return;
                    }
                    let dt = last.get().map_or(0.0, |l| ts - l);
                    last.set(Some(ts));
                    // Ask for the next frame first: the tick may end playback,
                    // and then the cleanup below cancels it.
                    if let Some(f) = frame2.borrow().as_ref() {
                        pending2.set(window2.request_animation_frame(f.as_ref().unchecked_ref()).ok());
                    }
                    playback.dispatch(PlaybackAction::Tick { dt_ms: dt });
                }));
                if let Some(f) = frame.borrow().as_ref() {
                    pending.set(window.request_animation_frame(f.as_ref().unchecked_ref()).ok());
                }
            }
            move || {
                stop.set(true);
                if let (Some(id), Some(window)) = (pending.get(), web_sys::window()) {
                    let _ = window.cancel_animation_frame(id);
                }
                // Dropping the closure during its own call is safe: the JS
                // side frees it once the call returns.
                frame.borrow_mut().take();
            }
        });
    }

    // Keyboard: Space, arrows, Home/End on the page; Ctrl/Cmd+Enter
    // anywhere, the editor included.
    {
        let playback = playback.dispatcher();
        let latest = latest.clone();
        let run_now = run_now.clone();
        let debounce = debounce.clone();
        use_effect_with((), move |_| {
            let handler = Closure::<dyn FnMut(KeyboardEvent)>::new(move |e: KeyboardEvent| {
                let key = e.key();
                if key == "Enter" && (e.ctrl_key() || e.meta_key()) {
                    e.prevent_default();
                    debounce.borrow_mut().take();
                    let source = latest.borrow().as_ref().map(|l| l.source.clone());
                    if let Some(source) = source {
                        run_now(&source, true);
                    }
                    return;
                }
                if e.alt_key() || e.ctrl_key() || e.meta_key() || e.default_prevented() {
                    return;
                }
                let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
                let tag = target.as_ref().map(|t| t.tag_name().to_ascii_uppercase()).unwrap_or_default();
                // The scrubber handles arrows, Home and End itself (and seeks);
                // Space still plays there.
                let on_range = tag == "INPUT" && target.as_ref().and_then(|t| t.get_attribute("type")).as_deref() == Some("range");
                if on_range && key != " " {
                    return;
                }
                if !on_range && matches!(tag.as_str(), "TEXTAREA" | "INPUT" | "SELECT")
                    || target.as_ref().is_some_and(|t| t.closest("[contenteditable]").ok().flatten().is_some())
                {
                    return;
                }
                let on_button = matches!(tag.as_str(), "BUTTON" | "SUMMARY" | "A");
                let action = match key.as_str() {
                    " " | "Spacebar" if !on_button => Some(PlaybackAction::Toggle),
                    "k" | "K" => Some(PlaybackAction::Toggle),
                    "ArrowRight" | "ArrowLeft" if e.shift_key() => {
                        let l = latest.borrow();
                        let Some(l) = l.as_ref() else { return };
                        let to = if key == "ArrowRight" {
                            next_await(&l.shown.timeline, l.await_task, l.pos)
                        } else {
                            prev_await(&l.shown.timeline, l.await_task, l.pos)
                        };
                        to.map(PlaybackAction::Seek)
                    }
                    "ArrowRight" => Some(PlaybackAction::StepForward),
                    "ArrowLeft" => Some(PlaybackAction::StepBack),
                    "Home" => Some(PlaybackAction::Seek(0)),
                    "End" => Some(PlaybackAction::Seek(usize::MAX)),
                    _ => None,
                };
                if let Some(action) = action {
                    e.prevent_default();
                    playback.dispatch(action);
                }
            });
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(d) = &document {
                let _ = d.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
            }
            move || {
                if let Some(d) = document {
                    let _ = d.remove_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
                }
                drop(handler);
            }
        });
    }

    // What the panels draw at the playhead: recomputed when the playhead
    // crosses an event, not on every tweened frame.
    let state: Rc<ViewState> = use_memo((ByPtr(shown.clone()), pos), |(d, pos)| d.0.state_at(*pos));
    let fresh_shown = *shown.source == *session.source;
    let lines = use_memo((ByPtr(state.clone()), fresh_shown), {
        let shown = shown.clone();
        move |(state, fresh)| if *fresh { task_lines(&shown, &state.0) } else { Vec::new() }
    });
    let tasks = use_memo(ByPtr(shown.clone()), |d| {
        let all = d.0.state_at(d.0.timeline.len());
        all.tasks.iter().map(|t| (t.id, Rc::<str>::from(&*t.name))).collect::<Vec<_>>()
    });
    *latest.borrow_mut() = Some(Latest { source: session.source.clone(), shown: shown.clone(), pos, await_task: *await_task });

    let diagnostics = if session.fresh() { session.diagnostics.clone() } else { Rc::new(Vec::new()) };
    let stale = !session.current.ran() || !session.fresh();
    let status = use_memo(ByPtr(session.current.clone()), |d| summary(&d.0.run, &interactive_config()));
    let shown_status = use_memo(ByPtr(shown.clone()), |d| summary(&d.0.run, &interactive_config()));
    let (position, event) = (*use_memo(ByPtr(state.clone()), {
        let shown = shown.clone();
        move |s| (AttrValue::from(position_label(s.0.pos, shown.timeline.len(), s.0.time)), AttrValue::from(describe_event(&shown, &s.0)))
    }))
    .clone();
    let awaits = *use_memo((ByPtr(shown.clone()), pos, *await_task), |(d, pos, task)| {
        (prev_await(&d.0.timeline, *task, *pos), next_await(&d.0.timeline, *task, *pos))
    });
    let frac = if reduced_motion || !p.playing { 0.0 } else { p.frac };
    // As editors count them: a final newline does not start another line.
    let line_count = session.source.lines().count();

    let on_reveal = {
        let reveal = reveal.clone();
        move |offset: usize| {
            let reveal = reveal.clone();
            Callback::from(move |_: MouseEvent| {
                let seq = reveal.map_or(0, |(s, _)| s + 1);
                reveal.set(Some((seq, offset)));
            })
        }
    };

    html! {
        <div class="app" data-testid="app" data-run-id={session.run_id.to_string()} data-run-ms={format!("{:.2}", session.run_ms)}
            data-reduced-motion={reduced_motion.to_string()}>
            <header class="masthead">
                <h1>{ "Taskscope" }</h1>
                <p class="tagline">{ "Write async Rust, watch it run on a simulated Tokio runtime." }</p>
                <ExamplesMenu selected={session.example.map(|e| e.file)} on_change={on_example} />
            </header>
            if let Some(example) = session.example {
                <details class="about" data-testid="about">
                    <summary><strong>{ example.title() }</strong>{ ". " }{ inline_code(&example.explanation()) }</summary>
                </details>
            }
            <main class="workbench">
                <section class="pane editor-pane" aria-labelledby="editor-title">
                    <div class="pane-head">
                        <h2 id="editor-title">{ "Program" }</h2>
                        <span class="pane-note" data-testid="editor-info">
                            { if line_count == 1 { "1 line".to_string() } else { format!("{line_count} lines") } }
                        </span>
                        <span id="editor-help" class="pane-note help">{ "re-runs as you type · Ctrl+Enter replays" }</span>
                    </div>
                    <Editor source={session.source.clone()} diagnostics={diagnostics.clone()} task_lines={lines.clone()}
                        on_input={on_input} reveal={*reveal} follow={focus_line(&state, &lines)} document={session.loads} />
                    if !diagnostics.is_empty() {
                        <ul class="diagnostics" aria-label="Problems">
                            { for diagnostics.iter().map(|d| html! {
                                <li data-testid="diagnostic" class={classes!("diagnostic", if d.warning { "warning" } else { "error" })}
                                    data-line={d.line.to_string()} data-col={d.col.to_string()}>
                                    <button class="location" onclick={on_reveal(d.start)} title="Show in the editor"
                                        aria-label={format!("Line {}, column {}: show in the editor", d.line, d.col)}>{ d.location() }</button>
                                    { " " }
                                    <span class="message" title={d.tooltip.clone()}>{ inline_code(&d.message) }</span>
                                </li>
                            }) }
                        </ul>
                    }
                </section>
                <section class={classes!("pane", "viz-pane", stale.then_some("stale"))} aria-label="What the program does">
                    <div class={classes!("banner", status.tone.as_str())} role="status">
                        <p class="status" data-testid="status">{ &status.status }</p>
                        if !status.details.is_empty() {
                            // Closed by default: for a deadlock the panels
                            // below tell the story; this is the runtime's report.
                            <details class="details-box">
                                <summary>{ "Details" }</summary>
                                <pre class="details" data-testid="details">{ &status.details }</pre>
                            </details>
                        }
                        if !session.current.ran() {
                            <p class="banner-note">
                                { "Showing the last run that compiled" }
                                if shown_status.tone != Tone::Ok { { format!(" ({})", shown_status.status) } }
                                { "." }
                            </p>
                        }
                    </div>
                    <div class="viz-frame">
                        <Visualization data={shown.clone()} state={state.clone()} {pos} {frac} {reduced_motion} on_seek={on_seek} />
                    </div>
                </section>
            </main>
            <PlaybackBar playback={Playback { frac: 0.0, ..p }} {position} {event} tasks={tasks.clone()}
                await_task={*await_task} prev_await={awaits.0} next_await={awaits.1}
                {on_action} {on_await_task} />
            <Console data={shown.clone()} {pos} stale={!session.current.ran()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ExamplesMenuProps {
    /// The example loaded, while the text is unchanged.
    selected: Option<&'static str>,
    /// An example's file stem was chosen.
    on_change: Callback<String>,
}

/// The examples menu: every scenario of `examples/` by title, with its
/// explanation as the option's tooltip (and above the editor once loaded).
/// Its own component, so playback frames do not rebuild it.
#[function_component(ExamplesMenu)]
fn examples_menu(props: &ExamplesMenuProps) -> Html {
    let items = use_memo((), |_| EXAMPLES.iter().map(|e| (e.file, e.title(), e.explanation())).collect::<Vec<_>>());
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_change.emit(select.value());
        })
    };
    html! {
        <label class="examples-picker">
            <span>{ "Example" }</span>
            <select id="examples" data-testid="examples" aria-label="Example program" {onchange}>
                <option value="" selected={props.selected.is_none()} disabled=true>{ "Your program" }</option>
                { for items.iter().map(|(file, title, explanation)| html! {
                    <option value={*file} title={explanation.clone()} selected={props.selected == Some(*file)}>{ title.clone() }</option>
                }) }
            </select>
        </label>
    }
}

/// Text with `backtick` spans as `<code>`.
fn inline_code(text: &str) -> Html {
    html! {
        { for text.split('`').enumerate().map(|(i, part)| if i % 2 == 1 {
            html! { <code>{ part.to_string() }</code> }
        } else {
            html! { { part.to_string() } }
        }) }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;
    use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit};

    use super::*;

    wasm_bindgen_test_configure!(run_in_browser);

    /// Mounts a fresh `App` into its own element and lets Yew render it.
    async fn mount() -> (Element, yew::AppHandle<App>) {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<App>::with_root(root.clone()).render();
        settle().await;
        (root, handle)
    }

    /// Yew renders asynchronously; give its scheduler a turn.
    async fn settle() {
        gloo_timers::future::sleep(Duration::from_millis(30)).await;
    }

    fn find(root: &Element, test_id: &str) -> Element {
        root.query_selector(&format!("[data-testid={test_id}]"))
            .unwrap()
            .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
    }

    fn count(root: &Element, test_id: &str) -> u32 {
        root.query_selector_all(&format!("[data-testid={test_id}]")).unwrap().length()
    }

    fn text(root: &Element, test_id: &str) -> String {
        find(root, test_id).text_content().unwrap_or_default()
    }

    fn scrubber(root: &Element) -> usize {
        find(root, "scrubber").dyn_into::<HtmlInputElement>().unwrap().value().parse().unwrap()
    }

    fn run_id(root: &Element) -> u64 {
        find(root, "app").get_attribute("data-run-id").unwrap().parse().unwrap()
    }

    /// Types `text` the way a browser does: set the value, fire `input`.
    async fn type_into(area: &HtmlTextAreaElement, text: &str) {
        area.set_value(text);
        let init = EventInit::new();
        init.set_bubbles(true);
        let event = Event::new_with_event_init_dict("input", &init).unwrap();
        area.dispatch_event(&event).unwrap();
        settle().await;
    }

    async fn click(root: &Element, test_id: &str) {
        find(root, test_id).dyn_into::<web_sys::HtmlElement>().unwrap().click();
        settle().await;
    }

    async fn press(key: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        web_sys::window().unwrap().document().unwrap().body().unwrap().dispatch_event(&event).unwrap();
        settle().await;
    }

    const HELLO: &str = "#[tokio::main]\nasync fn main() {\n    println!(\"a\");\n    println!(\"b\");\n}\n";

    #[wasm_bindgen_test]
    async fn the_page_opens_on_an_example_at_the_end_of_its_run() {
        let (root, handle) = mount().await;
        assert_eq!(root.query_selector("h1").unwrap().unwrap().text_content().unwrap(), "Taskscope");
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();
        let example = examples::find(examples::DEFAULT_EXAMPLE).unwrap();
        assert_eq!(area.value(), example.source);
        let data = RunData::new(example.source, &interactive_config());
        assert_eq!(scrubber(&root), data.timeline.len());
        assert_eq!(text(&root, "console"), data.run.stdout() + &data.run.stderr());
        assert_eq!(count(&root, "diagnostic"), 0);
        assert_eq!(root.query_selector_all("[data-testid=examples] option").unwrap().length() as usize, EXAMPLES.len() + 1);
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn every_edit_reruns_and_errors_keep_the_last_good_run_dimmed() {
        let (root, handle) = mount().await;
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();
        let before = run_id(&root);
        type_into(&area, HELLO).await;
        assert_eq!(run_id(&root), before + 1);
        assert_eq!(text(&root, "console"), "a\nb\n");
        assert_eq!(text(&root, "status"), "main returned");

        type_into(&area, "#[tokio::main]\nasync fn main() {\n    let x = ;\n}\n").await;
        assert_eq!(run_id(&root), before + 2);
        assert!(count(&root, "diagnostic") >= 1);
        let first = find(&root, "diagnostic");
        assert!(first.text_content().unwrap().starts_with("3:13"), "{:?}", first.text_content());
        assert!(text(&root, "status").ends_with("nothing ran"));
        // The last good run is still on show, dimmed.
        assert_eq!(text(&root, "console"), "a\nb\n");
        assert!(root.query_selector(".viz-pane.stale").unwrap().is_some());
        // The underline is in the highlighted layer.
        assert!(root.query_selector(".highlight .dg").unwrap().is_some());
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn the_buttons_and_keys_move_the_playhead_and_the_console_follows() {
        let (root, handle) = mount().await;
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();
        type_into(&area, HELLO).await;
        let len = scrubber(&root);
        assert!(len > 2);
        click(&root, "step-back").await;
        assert_eq!(scrubber(&root), len - 1);
        press("Home").await;
        assert_eq!(scrubber(&root), 0);
        assert_eq!(text(&root, "console"), "");
        click(&root, "step-forward").await;
        press("ArrowRight").await;
        assert_eq!(scrubber(&root), 2);
        press("End").await;
        assert_eq!(scrubber(&root), len);
        assert_eq!(text(&root, "console"), "a\nb\n");
        press("ArrowLeft").await;
        assert_eq!(scrubber(&root), len - 1);
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn play_runs_to_the_end_by_animation_frames() {
        let (root, handle) = mount().await;
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();
        type_into(&area, HELLO).await;
        let len = scrubber(&root);
        // From the end, Play starts over.
        click(&root, "play").await;
        assert_eq!(find(&root, "play").get_attribute("aria-label").as_deref(), Some("Pause"));
        let speed: web_sys::HtmlSelectElement = find(&root, "speed").dyn_into().unwrap();
        speed.set_value("64");
        speed.dispatch_event(&Event::new("change").unwrap()).unwrap();
        for _ in 0..100 {
            if scrubber(&root) == len {
                break;
            }
            gloo_timers::future::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(scrubber(&root), len);
        assert_eq!(find(&root, "play").get_attribute("aria-label").as_deref(), Some("Play"));
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn choosing_an_example_loads_and_runs_it() {
        let (root, handle) = mount().await;
        let select: web_sys::HtmlSelectElement = find(&root, "examples").dyn_into().unwrap();
        select.set_value("abba_deadlock");
        select.dispatch_event(&Event::new("change").unwrap()).unwrap();
        settle().await;
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();
        assert_eq!(area.value(), examples::find("abba_deadlock").unwrap().source);
        assert!(text(&root, "status").starts_with("deadlock"), "{}", text(&root, "status"));
        assert!(text(&root, "about").contains("ABBA"));
        // Every live task is marked in the gutter at the end of a deadlock.
        assert!(root.query_selector_all(".gutter-task").unwrap().length() >= 2);
        handle.destroy();
    }
}
