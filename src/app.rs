//! The page: the app shell that owns the state and wires the panels.
//! Only built for `wasm32`; what it shows is computed in [`crate::model`]
//! (tested natively), and each panel lives in its own module.
//!
//! # State
//!
//! Two reducers, Elm-like:
//!
//! * [`Session`]: the editor's text, the latest run and the last run that
//!   compiled (shown, dimmed, while the text has errors). The event handlers
//!   ask for a run right when the text changes (`worker::request`: in a Web
//!   Worker); runs arrive as [`SessionAction::Ran`], and each one gets a new
//!   `run_id`, which the page exposes as `data-run-id` for tests and the
//!   benchmark (and the latest run's seed as `data-seed`). The seed the
//!   runs are asked for with is the session's too: the seed field (shown
//!   when the program has an unbiased `select!`, a `StreamMap`, a `watch` channel or a
//!   `Barrier`) changes it and re-runs,
//!   an example resets it to the default, a link sets it.
//! * [`PlaybackState`]: the playhead ([`Playback`]); while playing, an
//!   animation-frame loop dispatches `Tick`s with the frame's duration.
//!
//! # Keeping the page responsive
//!
//! Runs happen in a worker (`worker.rs`), so the page stays live whatever
//! the program does: a new edit supersedes a run still in progress (and,
//! once runs are slow, waits for a pause in the typing), a run
//! that takes longer than `worker::PROGRESS_AFTER_MS` shows its progress in
//! the status line, and a big run's view model is folded on the page in
//! slices. A worker that dies (a bug in Taskscope) is reported in the page
//! with a way to run again; the page itself goes on.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use taskscope_engine::trace::TaskId;
use taskscope_engine::view::ViewState;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use crate::console::Console;
use crate::editor::Editor;
use crate::embed::Folded;
use crate::examples::{self, EXAMPLES, Example};
use crate::link::{self, EditorMode, ViewOptions};
use crate::markup::{Markup, fixed};
use crate::model::{
    ByPtr, DEFAULT_SEED, DiagnosticItem, MAX_SEED, Playback, PlaybackAction, RunData, Tone, depends_on_seed, describe_event, diagnostic_items, focus_line,
    interactive_config, next_await, position_label, prev_await, summary, task_lines,
};
use crate::num::Fixed;
use crate::playback::PlaybackBar;
use crate::share::web::{ShareButtons, link_error_banner, not_run_banner, restore_prompt};
use crate::share::{self, Startup};
use crate::viz::Visualization;
use crate::viz::geom::RunGeom;
use crate::worker::{self, Done, GUARD_RUNS, Progress, USE_WORKER};

/// Mounts the app into the page's `<body>`: it owns the page.
pub fn start() {
    yew::Renderer::<App>::with_props(AppProps { page: true, startup: None }).render();
}

/// What [`App`] is given.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The app owns the page: it opens what the address asks for (links,
    /// `?example=`, embed options, see `share.rs`), saves the user's edits
    /// in local storage and, embedded, reports its height to the host page.
    /// Off in the component tests, which mount many apps in one page.
    #[prop_or_default]
    pub page: bool,
    /// What to open instead of what the address asks for (tests).
    #[prop_or_default]
    pub startup: Option<Rc<Startup>>,
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
    /// The example loaded last, while the text is unchanged.
    pub example: Option<&'static Example>,
    /// Counts loaded programs (examples), so the editor starts each at the top.
    pub loads: u64,
    /// A run was asked for and has not arrived: the page says "Running…"
    /// where it would say how the latest run ended.
    pub pending: bool,
    /// The seed the runs are asked for with (what the seed field shows and
    /// links keep).
    pub seed: u64,
}

pub enum SessionAction {
    /// The user changed the text (not run yet).
    Edited(Rc<str>),
    /// A run finished.
    Ran { data: Rc<RunData>, ms: f64 },
    /// An example was loaded, and run.
    Loaded { example: &'static Example, data: Rc<RunData>, ms: f64 },
    /// A program from a link (or the edits kept instead of one) was
    /// loaded, and run.
    Opened { source: Rc<str>, example: Option<&'static Example>, data: Rc<RunData>, ms: f64 },
    /// The worker died running the text: no run.
    Crashed,
    /// The seed changed (the run with it is asked for).
    Reseeded(u64),
}

impl Session {
    /// `source` not run (yet: its run is requested once the page is up; or
    /// not at all: the page died running it last time).
    fn not_run(source: &str, example: Option<&'static Example>) -> Session {
        Session::with_run(source, example, Rc::new(RunData::not_run(source)), 0.0)
    }

    fn with_run(source: &str, example: Option<&'static Example>, data: Rc<RunData>, ms: f64) -> Session {
        let diagnostics = Rc::new(diagnostic_items(&data.source, &data.run.diagnostics));
        Session {
            source: Rc::from(source),
            current: data.clone(),
            shown: data,
            diagnostics,
            run_id: 1,
            run_ms: ms,
            example,
            loads: 0,
            pending: false,
            seed: DEFAULT_SEED,
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
                s.pending = true;
            }
            SessionAction::Ran { data, ms } => s.accept(data, ms),
            SessionAction::Loaded { example, data, ms } => {
                s.source = Rc::from(example.source);
                s.example = Some(example);
                s.loads += 1;
                s.accept(data, ms);
            }
            SessionAction::Opened { source, example, data, ms } => {
                s.source = source;
                s.example = example;
                s.loads += 1;
                s.accept(data, ms);
            }
            SessionAction::Crashed => s.pending = false,
            SessionAction::Reseeded(seed) => {
                s.seed = seed;
                s.pending = true;
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
        self.pending = false;
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
    web_sys::window().and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten()).is_some_and(|m| m.matches())
}

// ---------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // What the page opens: read once (and again on `hashchange`, below).
    let startup: Rc<Startup> = {
        let (page, given) = (props.page, props.startup.clone());
        use_memo((), move |_| match given {
            Some(s) => (*s).clone(),
            None if page => share::web::startup(),
            None => Startup::default_program(),
        })
    };
    let embed = startup.options.embed;
    let editor_mode = if embed { startup.options.editor } else { EditorMode::Editable };
    // A program the page died running last time opens without running.
    let guarded = props.page && !embed;
    let not_run = use_state(|| guarded && share::web::died_running(&startup.source));
    let session = {
        let skip = *not_run;
        use_reducer(|| {
            GUARD_RUNS.with(|g| g.set(guarded));
            USE_WORKER.with(|w| w.set(props.page));
            Session { pending: !skip, seed: startup.options.seed.unwrap_or(DEFAULT_SEED), ..Session::not_run(&startup.source, startup.example) }
        })
    };
    let playback = {
        let len = session.shown.timeline.len();
        let options = startup.options.clone();
        use_reducer(move || PlaybackState(share::opening_playback(len, &options)))
    };
    // A link that did not open, and earlier edits a link replaced.
    let link_error = use_state(|| startup.error.clone().map(AttrValue::from));
    let restore = use_state(|| startup.restore.clone().map(Rc::<str>::from));
    // The lines an embed's editor hides (they change as its text is edited).
    let hidden = use_state(|| if embed { startup.options.hidden_lines.clone() } else { Vec::new() });
    let root = use_node_ref();
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
    // The progress of a run in the worker, for the status line.
    let progress = use_state(|| Progress::Idle);
    {
        let progress = progress.setter();
        use_effect_with((), move |_| worker::set_progress(Rc::new(move |p| progress.set(p))));
    }
    // The source whose run the worker died on.
    let crashed = use_state(|| None::<Rc<str>>);
    let latest = use_mut_ref(|| None::<Latest>);

    let p = playback.0;
    let shown = session.shown.clone();
    let pos = p.pos.min(shown.timeline.len());

    // The seed runs are asked for with, for the callbacks made once (the
    // session's `seed` is the same, for what the page shows).
    let seed = use_mut_ref(|| startup.options.seed.unwrap_or(DEFAULT_SEED));
    // Asks for a run of `text` (with the seed); when it arrives, tells the
    // session and hands the run's length to `then` (for the playhead). A run
    // asked for later supersedes this one: `then` is never called.
    let request = {
        let session = session.dispatcher();
        let crashed = crashed.setter();
        let seed = seed.clone();
        Rc::new(move |text: Rc<str>, then: Box<dyn FnOnce(Rc<RunData>, f64)>| {
            let (session, crashed, source) = (session.clone(), crashed.clone(), text.clone());
            let seed = *seed.borrow();
            worker::request(&text, seed, move |done| match done {
                Done::Ran(data, ms) => {
                    crashed.set(None);
                    then(data, ms);
                }
                Done::Crashed => {
                    crashed.set(Some(source));
                    session.dispatch(SessionAction::Crashed);
                }
            });
        })
    };
    // Runs `text` and tells both reducers.
    let run_now = {
        let session = session.dispatcher();
        let playback = playback.dispatcher();
        let request = request.clone();
        Rc::new(move |text: &str, restart: bool| {
            let (session, playback) = (session.clone(), playback.clone());
            request(
                Rc::from(text),
                Box::new(move |data, ms| {
                    let len = data.ran().then(|| data.timeline.len());
                    session.dispatch(SessionAction::Ran { data, ms });
                    match (len, restart) {
                        (Some(len), true) => playback.dispatch(PlaybackAction::Restart { len }),
                        (Some(len), false) => playback.dispatch(PlaybackAction::Rerun { len }),
                        (None, _) => {}
                    }
                }),
            );
        })
    };
    // The program the page opens, run once the page is up.
    {
        let (session, playback, request) = (session.dispatcher(), playback.dispatcher(), request.clone());
        let (startup, skip) = (startup.clone(), *not_run);
        use_effect_with((), move |_| {
            if !skip {
                let source: Rc<str> = Rc::from(startup.source.as_str());
                request(
                    source,
                    Box::new(move |data, ms| {
                        let len = data.timeline.len();
                        session.dispatch(SessionAction::Ran { data, ms });
                        for action in share::opening_actions(len, &startup.options) {
                            playback.dispatch(action);
                        }
                    }),
                );
            }
        });
    }

    // The callbacks the children get are created once (or when what they
    // read changes): a new Callback each render would make every child
    // re-render on every playback frame.
    let on_run_anyway = {
        let (run_now, not_run, source) = (run_now.clone(), not_run.setter(), session.source.clone());
        Callback::from(move |_: MouseEvent| {
            not_run.set(false);
            run_now(&source, true);
        })
    };
    let on_run_again = {
        let (run_now, source) = (run_now.clone(), session.source.clone());
        Callback::from(move |_: MouseEvent| run_now(&source, true))
    };
    let on_input = {
        let not_run = not_run.setter();
        let session = session.dispatcher();
        let run_now = run_now.clone();
        use_callback((), move |text: String, _: &()| {
            let text: Rc<str> = Rc::from(text);
            not_run.set(false);
            session.dispatch(SessionAction::Edited(text.clone()));
            run_now(&text, false);
        })
    };

    // A seed typed or stepped in the seed field: the program runs again
    // with it (as an edit does: the playhead stays).
    let on_seed = {
        let dispatch = session.dispatcher();
        let (run_now, seed) = (run_now.clone(), seed.clone());
        use_callback(session.source.clone(), move |e: InputEvent, source: &Rc<str>| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(next) = link::parse_seed(input.value().trim()) else { return };
            if next == *seed.borrow() {
                return;
            }
            *seed.borrow_mut() = next;
            dispatch.dispatch(SessionAction::Reseeded(next));
            run_now(source, false);
        })
    };
    // The seed only matters, and shows, when the program has an unbiased
    // select!, a StreamMap, a watch channel or a Barrier.
    let show_seed = *use_memo(session.source.clone(), |s| depends_on_seed(s));

    let on_example = {
        let session = session.dispatcher();
        let playback = playback.dispatcher();
        let await_task = await_task.setter();
        let request = request.clone();
        let seed = seed.clone();
        use_callback((), move |file: String, _: &()| {
            let Some(example) = examples::find(&file) else { return };
            // The editor shows the example at once; its run follows, with
            // the default seed (the one its explanation describes).
            *seed.borrow_mut() = DEFAULT_SEED;
            session.dispatch(SessionAction::Reseeded(DEFAULT_SEED));
            session.dispatch(SessionAction::Edited(Rc::from(example.source)));
            let (session, playback, await_task) = (session.clone(), playback.clone(), await_task.clone());
            request(
                Rc::from(example.source),
                Box::new(move |data, ms| {
                    let len = data.timeline.len();
                    session.dispatch(SessionAction::Loaded { example, data, ms });
                    playback.dispatch(PlaybackAction::Load { len });
                    await_task.set(None);
                }),
            );
        })
    };

    // Opens a program from a link, or the edits kept instead of one.
    let open_program = {
        let session = session.dispatcher();
        let playback = playback.dispatcher();
        let await_task = await_task.setter();
        let hidden = hidden.setter();
        let request = request.clone();
        let seed = seed.clone();
        Rc::new(move |source: &str, example: Option<&'static Example>, options: &ViewOptions| {
            let (session, playback, await_task, hidden, options) = (session.clone(), playback.clone(), await_task.clone(), hidden.clone(), options.clone());
            let source: Rc<str> = Rc::from(source);
            let chosen = options.seed.unwrap_or(DEFAULT_SEED);
            *seed.borrow_mut() = chosen;
            session.dispatch(SessionAction::Reseeded(chosen));
            session.dispatch(SessionAction::Edited(source.clone()));
            request(
                source.clone(),
                Box::new(move |data, ms| {
                    let len = data.timeline.len();
                    session.dispatch(SessionAction::Opened { source, example, data, ms });
                    for action in share::opening_actions(len, &options) {
                        playback.dispatch(action);
                    }
                    await_task.set(None);
                    hidden.set(if embed { options.hidden_lines.clone() } else { Vec::new() });
                }),
            );
        })
    };

    // The user's edits in local storage: saved as they change, but not
    // while the restore prompt still offers the earlier ones back.
    let flush_saves = share::web::use_autosave(session.source.clone(), props.page && !embed && restore.is_none());

    // A link pasted into the address bar of the open page.
    {
        let page = props.page;
        let open_program = open_program.clone();
        let (link_error, restore) = (link_error.setter(), restore.setter());
        share::web::use_hashchange(Callback::from(move |()| {
            if !page {
                return;
            }
            flush_saves();
            let (search, hash) = share::web::location();
            let link = link::parse_location(&search, &hash);
            let failed = link.is_err();
            let stored = if embed { None } else { share::web::load() };
            let start = Startup::decide(link, None, stored.as_deref());
            if start.from_link {
                open_program(&start.source, start.example, &start.options);
                restore.set(start.restore.map(Rc::from));
            }
            if start.from_link || failed {
                link_error.set(start.error.map(AttrValue::from));
            }
        }));
    }
    let on_keep_edits = {
        let (restore, open_program) = (restore.clone(), open_program.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = (*restore).clone() {
                open_program(&text, share::example_with_source(&text), &ViewOptions::default());
                // A reload now opens the edits, not the link again.
                share::web::forget_link();
            }
            restore.set(None);
        })
    };
    let on_open_link = {
        let (restore, source) = (restore.clone(), session.source.clone());
        Callback::from(move |_: MouseEvent| {
            share::web::save(&source);
            restore.set(None);
        })
    };
    let on_dismiss_error = {
        let link_error = link_error.setter();
        Callback::from(move |_: MouseEvent| link_error.set(None))
    };

    let on_action = use_callback(playback.dispatcher(), |a: PlaybackAction, playback| playback.dispatch(a));
    let on_seek = use_callback(playback.dispatcher(), |pos: usize, playback| playback.dispatch(PlaybackAction::Seek(pos)));
    let on_await_task = use_callback(await_task.setter(), |t: Option<TaskId>, await_task| await_task.set(t));

    // The animation-frame loop, while playing.
    {
        let playback = playback.dispatcher();
        use_effect_with(p.playing, move |&playing| {
            let stop = Rc::new(Cell::new(false));
            let pending = Rc::new(Cell::new(None::<i32>));
            // The frame callback, which schedules itself again.
            type Frame = Option<Closure<dyn FnMut(f64)>>;
            let frame: Rc<RefCell<Frame>> = Rc::new(RefCell::new(None));
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
        use_effect_with((), move |_| {
            let handler = Closure::<dyn FnMut(KeyboardEvent)>::new(move |e: KeyboardEvent| {
                let key = e.key();
                if key == "Enter" && (e.ctrl_key() || e.meta_key()) {
                    e.prevent_default();
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
    // Per run: the panels' layout and the names every part of the page
    // uses for its tasks, channels and mutexes.
    let geom: Rc<RunGeom> = (*use_memo(ByPtr(shown.clone()), |d| d.0.geom.clone().unwrap_or_else(|| Rc::new(RunGeom::new(&d.0))))).clone();
    let fresh_shown = *shown.source == *session.source;
    let lines = use_memo((ByPtr(state.clone()), fresh_shown), {
        let (shown, geom) = (shown.clone(), geom.clone());
        move |(state, fresh)| if *fresh { task_lines(&shown, &state.0, &*geom) } else { Vec::new() }
    });
    // The `.await` jump's task picker: every task of the run, named as the
    // lanes name it.
    let tasks = use_memo(ByPtr(geom.clone()), |g| {
        g.0.tasks.iter().enumerate().map(|(id, t)| (TaskId::from_index(id), Rc::<str>::from(t.short.as_str()))).collect::<Vec<_>>()
    });
    *latest.borrow_mut() = Some(Latest { source: session.source.clone(), shown: shown.clone(), pos, await_task: *await_task });

    let diagnostics = if session.fresh() { session.diagnostics.clone() } else { Rc::new(Vec::new()) };
    let stale = !session.current.ran() || !session.fresh();
    let status = use_memo(ByPtr(session.current.clone()), |d| summary(&d.0.run, &interactive_config()));
    let shown_status = use_memo(ByPtr(shown.clone()), |d| summary(&d.0.run, &interactive_config()));
    let (position, event) = (*use_memo(ByPtr(state.clone()), {
        let (shown, geom) = (shown.clone(), geom.clone());
        move |s| (AttrValue::from(position_label(s.0.pos, shown.timeline.len(), s.0.time)), AttrValue::from(describe_event(&shown, &s.0, &*geom)))
    }))
    .clone();
    let awaits =
        *use_memo((ByPtr(shown.clone()), pos, *await_task), |(d, pos, task)| (prev_await(&d.0.timeline, *task, *pos), next_await(&d.0.timeline, *task, *pos)));
    let frac = if reduced_motion || !p.playing { 0.0 } else { p.frac };

    // An embed's editor shows the program without its hidden lines; the
    // underlines, task markers and edits are mapped between the two.
    let folded = use_memo((embed && !hidden.is_empty()).then(|| (session.source.clone(), (*hidden).clone())), |key| {
        key.as_ref().map(|(source, hidden)| {
            let f = Folded::new(source, hidden);
            let visible = Rc::<str>::from(f.visible.as_str());
            (Rc::new(f), visible)
        })
    });
    let editor_source = folded.as_ref().as_ref().map_or(session.source.clone(), |(_, v)| v.clone());
    let diagnostics = (*use_memo((ByPtr(folded.clone()), ByPtr(diagnostics.clone())), |(f, d)| match &*f.0 {
        Some((f, _)) => Rc::new(f.diagnostics(&d.0)),
        None => d.0.clone(),
    }))
    .clone();
    let lines = (*use_memo((ByPtr(folded.clone()), ByPtr(lines.clone())), |(f, l)| match &*f.0 {
        Some((f, _)) => Rc::new(f.task_lines(&l.0)),
        None => l.0.clone(),
    }))
    .clone();
    let on_editor_input = match &*folded {
        Some((f, _)) => {
            let (f, hidden, on_input) = (f.clone(), hidden.setter(), on_input.clone());
            Callback::from(move |visible: String| {
                let next = f.edit(&visible);
                hidden.set(next.hidden);
                on_input.emit(next.full);
            })
        }
        None => on_input.clone(),
    };
    let open_url = use_memo(embed.then(|| (session.source.clone(), session.example, session.seed)), |key| {
        key.as_ref().map(|(source, example, seed)| AttrValue::from(share::open_url(&share::web::base_url(), source, *example, *seed)))
    });
    crate::embed::web::use_height_report(root.clone(), props.page && embed);

    // As editors count them: a final newline does not start another line.
    let line_count = editor_source.lines().count();

    // The problems under the editor, written as markup; a click on one of
    // its `line:col` buttons (`data-at`: a byte offset) moves the caret there.
    let problems = use_memo(ByPtr(diagnostics.clone()), |d| AttrValue::from(crate::problems::list_markup(&d.0)));
    let on_reveal = {
        let reveal = reveal.clone();
        Callback::from(move |e: MouseEvent| {
            let button = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|el| el.closest("[data-at]").ok().flatten());
            if let Some(offset) = button.and_then(|b| b.get_attribute("data-at")).and_then(|a| a.parse().ok()) {
                let seq = reveal.map_or(0, |(s, _)| s + 1);
                reveal.set(Some((seq, offset)));
            }
        })
    };

    // While a run is on its way: its progress, once it takes a while; on a
    // first load, "Running…" at once (there is no earlier run to describe).
    let status_text = match &*progress {
        Progress::Running(ms) => format!("Running… {} s", Fixed(*ms / 1000.0, 1)),
        Progress::Preparing(done, of) => format!("Preparing the view… {}%", done * 100 / (*of).max(1)),
        Progress::Idle if session.pending && !session.current.ran() && session.current.run.diagnostics.is_empty() => "Running…".to_string(),
        Progress::Idle => status.status.clone(),
    };
    let crashed_here = crashed.as_ref().is_some_and(|c| **c == *session.source);

    html! {
        <div ref={root} class={crate::markup::class(&[Some("app"), embed.then_some("embed")])} data-testid="app" data-run-id={session.run_id.to_string()}
            data-run-ms={Fixed(session.run_ms, 2).to_string()} data-seed={session.current.seed.to_string()}
            data-pending={session.pending.to_string()} data-reduced-motion={reduced_motion.to_string()}>
            if !embed {
                <header class="masthead">
                    { fixed("<h1>Taskscope</h1><p class=\"tagline\">Write async Rust, watch it run on a simulated Tokio runtime.</p>") }
                    <ExamplesMenu selected={session.example.map(|e| e.file)} on_change={on_example} />
                    <ShareButtons source={session.source.clone()} {pos} speed={p.speed} example={session.example} seed={session.seed} />
                </header>
            }
            if let Some(message) = (*link_error).clone() {
                { link_error_banner(&message, on_dismiss_error) }
            }
            if restore.is_some() {
                { restore_prompt(on_keep_edits, on_open_link) }
            }
            // Until something runs (a click, an edit, an example).
            if *not_run && !session.current.ran() && session.current.run.diagnostics.is_empty() {
                { not_run_banner(on_run_anyway) }
            }
            if let (false, Some(example)) = (embed, session.example) {
                <details class="about" data-testid="about">
                    <summary>{ about_markup(&example.title(), &example.explanation()).into_html() }</summary>
                </details>
            }
            <main class="workbench">
                if editor_mode != EditorMode::Hidden {
                <section class="pane editor-pane" aria-labelledby="editor-title">
                    <div class="pane-head">
                        { fixed("<h2 id=\"editor-title\">Program</h2>") }
                        <span class="pane-note" data-testid="editor-info">
                            { if line_count == 1 { "1 line".to_string() } else { format!("{line_count} lines") } }
                        </span>
                        { fixed("<span id=\"editor-help\" class=\"pane-note help\">re-runs as you type · Ctrl+Enter replays · Esc, then Tab leaves the editor</span>") }
                    </div>
                    <Editor source={editor_source.clone()} diagnostics={diagnostics.clone()} task_lines={lines.clone()}
                        on_input={on_editor_input} reveal={*reveal} follow={focus_line(&state, &lines)} document={session.loads}
                        readonly={editor_mode == EditorMode::ReadOnly} />
                    if !diagnostics.is_empty() {
                        <div class="problems" onclick={on_reveal}>{ Html::from_html_unchecked((*problems).clone()) }</div>
                    }
                </section>
                }
                <section class={crate::markup::class(&[Some("pane"), Some("viz-pane"), stale.then_some("stale")])} aria-label="What the program does">
                    <div class="run-head">
                    <div class={crate::markup::class(&[Some("banner"), Some(status.tone.as_str())])} role="status">
                        <p class="status" data-testid="status">{ status_text }</p>
                        if !status.details.is_empty() {
                            // Closed by default: for a deadlock the panels
                            // below tell the story; this is the runtime's report.
                            <details class="details-box">
                                { fixed("<summary>Details</summary>") }
                                <pre class="details" data-testid="details">{ &status.details }</pre>
                            </details>
                        }
                        // Only when an earlier run is on screen: on a first load
                        // with errors there is none.
                        if !session.current.ran() && shown.ran() {
                            <p class="banner-note">
                                { if shown_status.tone != Tone::Ok {
                                    format!("Showing the last run that compiled ({}).", shown_status.status)
                                } else {
                                    "Showing the last run that compiled.".to_string()
                                } }
                            </p>
                        }
                    </div>
                    if show_seed {
                        <label class="seed" title={SEED_TITLE}>
                            { fixed("<span>seed</span>") }
                            <input type="number" data-testid="seed" min="0" max={MAX_SEED.to_string()} step="1" inputmode="numeric"
                                value={session.seed.to_string()} oninput={on_seed} aria-label="Seed of the run's random choices" />
                        </label>
                    }
                    </div>
                    if crashed_here {
                        <div class="banner error worker-crash" role="alert" data-testid="worker-crash">
                            { fixed("<p><strong>The engine stopped while running this program.</strong> \
                                This is a bug in Taskscope, not in your code; the page is fine and your code is kept.</p>") }
                            <button type="button" data-testid="worker-crash-retry" onclick={on_run_again}>{ "Run it again" }</button>
                        </div>
                    }
                    <div class="viz-frame">
                        <Visualization data={shown.clone()} geom={geom.clone()} state={state.clone()} {pos} {frac} {reduced_motion} on_seek={on_seek} />
                    </div>
                </section>
            </main>
            <PlaybackBar playback={Playback { frac: 0.0, ..p }} {position} {event} tasks={tasks.clone()}
                await_task={*await_task} prev_await={awaits.0} next_await={awaits.1}
                {on_action} {on_await_task} />
            <Console data={shown.clone()} {pos} stale={!session.current.ran()} />
            if let Some(href) = (*open_url).clone() {
                <footer class="embed-footer">
                    { fixed("<span class=\"brand\">Taskscope</span>") }
                    <a class="embed-open" data-testid="open-in-taskscope" {href} target="_blank" rel="noopener noreferrer"
                        title="The full playground, with every line of this program">{ "Open in Taskscope ↗" }</a>
                </footer>
            }
        </div>
    }
}

/// What the seed field is for.
const SEED_TITLE: &str = "Real Tokio chooses at random where an unbiased select! starts polling, \
    and in which order several tasks waiting on a watch channel or a Barrier wake. \
    Taskscope draws these choices from this seed: the same seed gives the same run; another seed may give another order. \
    Share and embed links keep it.";

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

/// The loaded example's title in bold, then its explanation with
/// `backtick` spans as `<code>`.
fn about_markup(title: &str, explanation: &str) -> Markup {
    let mut m = Markup::with_capacity(title.len() + explanation.len() + 64);
    m.raw("<strong>").text(title).raw("</strong>. ");
    for (i, part) in explanation.split('`').enumerate() {
        if i % 2 == 1 {
            m.raw("<code>").text(part).raw("</code>");
        } else {
            m.text(part);
        }
    }
    m
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
        opened(&root).await;
        (root, handle)
    }

    /// Lets Yew render, then waits for the program the page opens to have
    /// run (the first run is asked for once the page is up).
    async fn opened(root: &Element) {
        settle().await;
        for _ in 0..100 {
            let pending = root.query_selector("[data-testid=app]").ok().flatten().and_then(|a| a.get_attribute("data-pending"));
            if pending.as_deref() == Some("false") {
                // And one more turn for what the run's arrival dispatched.
                settle().await;
                break;
            }
            settle().await;
        }
    }

    /// Yew renders asynchronously; give its scheduler a turn.
    async fn settle() {
        gloo_timers::future::sleep(Duration::from_millis(30)).await;
    }

    fn find(root: &Element, test_id: &str) -> Element {
        root.query_selector(&format!("[data-testid={test_id}]")).unwrap().unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
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

    const HELLO: &str = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    println!(\"a\");\n    println!(\"b\");\n}\n";

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

        type_into(&area, "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let x = ;\n}\n").await;
        assert_eq!(run_id(&root), before + 2);
        assert!(count(&root, "diagnostic") >= 1);
        let first = find(&root, "diagnostic");
        assert!(first.text_content().unwrap().starts_with("3:13"), "{:?}", first.text_content());
        assert!(text(&root, "status").ends_with("nothing ran"));
        // The last good run is still on show, dimmed, and the banner says so.
        assert_eq!(text(&root, "console"), "a\nb\n");
        assert!(root.query_selector(".viz-pane.stale").unwrap().is_some());
        assert!(root.query_selector(".banner-note").unwrap().is_some());
        // The underline is in the highlighted layer.
        assert!(root.query_selector(".highlight .dg").unwrap().is_some());
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn a_warning_does_not_stop_the_run_and_shows_in_the_editor_and_the_list() {
        let (root, handle) = mount().await;
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();
        let src = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel(1);\n    tx.send(1);\n    drop(tx);\n    println!(\"{:?}\", rx.recv().await);\n}\n";
        type_into(&area, src).await;
        // It ran: the console, the banner, the panels are this run's.
        assert_eq!(text(&root, "status"), "main returned");
        assert_eq!(text(&root, "console"), "None\n");
        assert!(root.query_selector(".viz-pane.stale").unwrap().is_none());
        assert!(scrubber(&root) > 0);
        // And the warning is there, as a warning.
        assert_eq!(count(&root, "diagnostic"), 1);
        let item = find(&root, "diagnostic");
        assert!(item.matches(".warning").unwrap() && !item.matches(".error").unwrap());
        assert!(item.text_content().unwrap().starts_with("6:5 warning: unused implementer of Future"), "{:?}", item.text_content());
        assert!(text(&root, "explain").contains(".await"));
        let underline = root.query_selector_all(".highlight .dg.warn").unwrap();
        assert!(underline.length() >= 1);
        assert!(root.query_selector(".highlight .dg:not(.warn)").unwrap().is_none());
        assert!(root.query_selector(".eol-item.warn").unwrap().unwrap().text_content().unwrap().starts_with("warning: unused"));
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn an_error_lists_its_code_labels_and_explanation_and_a_location_moves_the_caret() {
        let (root, handle) = mount().await;
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();
        type_into(&area, HELLO).await;
        let src = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let (tx, rx) = mpsc::channel::<u32>(1);\n    drop(tx);\n    while let Some(v) = rx.recv().await {\n        println!(\"{v}\");\n    }\n}\n";
        type_into(&area, src).await;
        let item = find(&root, "diagnostic");
        assert!(item.text_content().unwrap().starts_with("7:25 error[E0596]: cannot borrow rx as mutable"), "{:?}", item.text_content());
        assert_eq!(text(&root, "diagnostic-label"), "7:25 cannot borrow as mutable");
        assert!(text(&root, "explain").contains("let (tx, mut rx)"));
        assert_eq!(root.query_selector(".eol-item.primary").unwrap().unwrap().text_content().unwrap(), "error[E0596]: cannot borrow as mutable");
        // The last good run stays.
        assert_eq!(text(&root, "console"), "a\nb\n");
        // The label's location puts the caret in the span, which shows its tip.
        root.query_selector("[data-testid=diagnostic-label] .location").unwrap().unwrap().dyn_into::<web_sys::HtmlElement>().unwrap().click();
        settle().await;
        assert_eq!(area.selection_start().unwrap(), Some(src.find("rx.recv").unwrap() as u32));
        assert!(text(&root, "diag-tip").ends_with("7:25: cannot borrow as mutable"), "{:?}", text(&root, "diag-tip"));
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

    #[wasm_bindgen_test]
    async fn the_await_task_picker_names_tasks_as_the_lanes_do() {
        let (root, handle) = mount().await;
        let options = find(&root, "await-task").query_selector_all("option").unwrap();
        let names: Vec<String> = (0..options.length()).map(|i| options.item(i).unwrap().text_content().unwrap_or_default()).collect();
        let lanes = root.query_selector_all(".lane-label .name").unwrap();
        let lane_names: Vec<String> = (0..lanes.length()).map(|i| lanes.item(i).unwrap().text_content().unwrap_or_default()).collect();
        assert_eq!(names, ["any task", "main", "producer", "consumer"]);
        assert_eq!(lane_names, names[1..], "the picker and the lanes disagree");
        handle.destroy();
    }

    /// Mounts an `App` that opens `startup`, as if the address asked for it.
    async fn mount_with(startup: Startup) -> (Element, yew::AppHandle<App>) {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = AppProps { page: false, startup: Some(Rc::new(startup)) };
        let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        opened(&root).await;
        (root, handle)
    }

    const BOOK: &str = "use tokio::time::{sleep, Duration};\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    sleep(Duration::from_millis(5)).await;\n    println!(\"done\");\n}\n";

    #[wasm_bindgen_test]
    async fn an_embed_is_compact_hides_its_lines_and_links_to_the_whole_program() {
        let options = ViewOptions { embed: true, editor: EditorMode::Editable, hidden_lines: vec![1, 2, 3, 4, 7], ..ViewOptions::default() };
        let (root, handle) = mount_with(Startup { source: BOOK.into(), example: None, options, error: None, restore: None, from_link: true }).await;
        assert!(root.query_selector(".app.embed").unwrap().is_some());
        assert!(root.query_selector(".masthead").unwrap().is_none());
        assert_eq!(count(&root, "share"), 0);
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();
        assert_eq!(area.value(), "    sleep(Duration::from_millis(5)).await;\n    println!(\"done\");\n");
        assert_eq!(text(&root, "console"), "done\n");
        let href = find(&root, "open-in-taskscope").get_attribute("href").unwrap();
        assert!(href.ends_with(&format!("#code={}", link::percent_encode(BOOK))), "{href}");
        // Typing at the end lands inside the hidden `main`.
        type_into(&area, "    println!(\"more\");\n").await;
        assert_eq!(text(&root, "console"), "more\n");
        let href = find(&root, "open-in-taskscope").get_attribute("href").unwrap();
        let whole = "use tokio::time::{sleep, Duration};\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    println!(\"more\");\n}\n";
        assert!(href.ends_with(&format!("#code={}", link::percent_encode(whole))), "{href}");
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn an_embed_without_an_editor_autoplays() {
        let options = ViewOptions { embed: true, editor: EditorMode::Hidden, autoplay: true, ..ViewOptions::default() };
        let (root, handle) = mount_with(Startup { source: HELLO.into(), example: None, options, error: None, restore: None, from_link: true }).await;
        assert_eq!(count(&root, "editor"), 0);
        assert_eq!(find(&root, "play").get_attribute("aria-label").as_deref(), Some("Pause"));
        assert!(scrubber(&root) < find(&root, "scrubber").get_attribute("max").unwrap().parse().unwrap());
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn a_link_offers_the_earlier_edits_back_and_a_bad_one_says_why() {
        let mine = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    println!(\"mine\");\n}\n";
        let (root, handle) = mount_with(Startup {
            source: HELLO.into(),
            example: None,
            options: ViewOptions { pos: Some(2), ..ViewOptions::default() },
            error: None,
            restore: Some(mine.into()),
            from_link: true,
        })
        .await;
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();
        assert_eq!(area.value(), HELLO);
        assert_eq!(scrubber(&root), 2);
        click(&root, "keep-edits").await;
        assert_eq!(count(&root, "restore-prompt"), 0);
        assert_eq!(area.value(), mine);
        assert_eq!(text(&root, "console"), "mine\n");
        handle.destroy();

        let mut start = Startup::default_program();
        start.error = Some("the link's code is not valid UTF-8 text".into());
        let (root, handle) = mount_with(start).await;
        assert!(text(&root, "link-error").contains("not valid UTF-8"));
        assert_eq!(find(&root, "editor").dyn_into::<HtmlTextAreaElement>().unwrap().value(), Startup::default_program().source);
        click(&root, "dismiss-link-error").await;
        assert_eq!(count(&root, "link-error"), 0);
        handle.destroy();
    }
}
