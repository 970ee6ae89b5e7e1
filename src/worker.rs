//! Runs happen off the page's thread, in a Web Worker.
//!
//! # Threads
//!
//! * The **page** (main thread): the Yew app. It never runs the engine
//!   itself (except in the component tests, which have no worker).
//! * The **worker**: a module worker that loads the *same* wasm-bindgen glue
//!   and the same compiled `WebAssembly.Module` as the page (the module is
//!   posted to it: nothing is downloaded or compiled twice). Its `main`
//!   sees no `window` and does not start the app; [`taskscope_run`] is the
//!   one function it calls.
//!
//! # Protocol
//!
//! ```text
//! page → worker   WebAssembly.Module                 (first message: init)
//! page → worker   [id, source]                       (run this)
//! worker → page   [id, meta, events, ms]             (the run: wire.rs bytes,
//!                                                     the events' raw bytes,
//!                                                     both buffers transferred)
//! worker → page   error event                        (it died: a trap)
//! ```
//!
//! One run at a time: a new request while one is in flight terminates the
//! worker (a runaway run cannot be interrupted otherwise) and the next
//! request starts a fresh one. A worker that dies is reported to the
//! request's callback as [`Done::Crashed`], and replaced on the next run.
//!
//! # Big runs on the page
//!
//! A million-event run must not stop the page for the half second its
//! [`Timeline`] and [`RunGeom`] take to fold: once the result is decoded,
//! a run over [`SLICE_EVENTS`] events is folded in slices of at most
//! [`SLICE_MS`] (a timer between slices, so input and frames get through),
//! abandoned if a newer run is requested meanwhile.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::{Interval, Timeout};
use js_sys::{Array, Uint8Array};
use taskscope_engine::Run;
use taskscope_engine::trace::Event;
use taskscope_engine::view::TimelineBuilder;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Blob, BlobPropertyBag, MessageEvent, Url, Worker, WorkerOptions, WorkerType};

use crate::model::{RunData, interactive_config};
use crate::viz::geom::GeomBuilder;
use crate::wire;

/// Runs with fewer events than this are folded in one go.
pub const SLICE_EVENTS: usize = 20_000;
/// The longest a slice of folding may take (ms).
pub const SLICE_MS: f64 = 12.0;
/// A run pending for longer than this shows its progress (ms).
pub const PROGRESS_AFTER_MS: f64 = 150.0;

#[wasm_bindgen]
extern "C" {
    /// `performance.now()` on the page and in the worker alike.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
    #[wasm_bindgen(js_namespace = performance, js_name = mark)]
    pub fn perf_mark(name: &str);
}

/// The clock, in ms.
pub fn now_ms() -> f64 {
    performance_now()
}

// ---------------------------------------------------------------------------
// The worker's side
// ---------------------------------------------------------------------------

/// In the worker: runs `[id, source]` and posts the result back.
#[wasm_bindgen]
pub fn taskscope_run(msg: JsValue) {
    let msg: Array = msg.unchecked_into();
    let id = msg.get(0);
    let source = msg.get(1).as_string().unwrap_or_default();
    let start = now_ms();
    let run = taskscope_engine::run(&source, &interactive_config());
    let meta = Uint8Array::from(wire::encode(&run).as_slice());
    let events = events_to_js(&run.trace.events);
    drop(run);
    let ms = now_ms() - start;
    let reply = Array::of4(&id, &meta, &events, &JsValue::from_f64(ms));
    let transfer = Array::of2(&meta.buffer(), &events.buffer());
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message_with_transfer(&reply, &transfer);
}

/// A copy of the events' bytes, made by JavaScript from the wasm memory.
fn events_to_js(events: &[Event]) -> Uint8Array {
    let bytes = std::mem::size_of_val(events);
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    Uint8Array::new_with_byte_offset_and_length(&memory.buffer(), events.as_ptr() as u32, bytes as u32).slice(0, bytes as u32)
}

/// The events whose bytes [`events_to_js`] copied, in this instance of the
/// same module (so the same layout): `None` if the length is not whole
/// events.
fn events_from_js(bytes: &Uint8Array) -> Option<Vec<Event>> {
    let size = std::mem::size_of::<Event>();
    let len = bytes.length() as usize;
    if !len.is_multiple_of(size) {
        return None;
    }
    let n = len / size;
    let mut events: Vec<Event> = Vec::with_capacity(n);
    // No allocation between here and the copy: the memory's buffer stays
    // the same one.
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    Uint8Array::new_with_byte_offset_and_length(&memory.buffer(), events.as_mut_ptr() as u32, len as u32).set(bytes, 0);
    // SAFETY: the bytes are `n` valid `Event`s written by `events_to_js` in
    // the worker, which runs this very module (`wasm_bindgen::module()`).
    unsafe { events.set_len(n) };
    Some(events)
}

// ---------------------------------------------------------------------------
// The page's side
// ---------------------------------------------------------------------------

/// How a requested run ended.
pub enum Done {
    /// The run, and how long the engine took (ms).
    Ran(Rc<RunData>, f64),
    /// The worker died during the run (a trap: a bug in Taskscope).
    Crashed,
}

/// What the page shows while a run is pending.
#[derive(Clone, PartialEq, Debug)]
pub enum Progress {
    /// Nothing: no run, or one younger than [`PROGRESS_AFTER_MS`].
    Idle,
    /// The engine is running, for this many ms.
    Running(f64),
    /// The page is folding the result: this many of that many events.
    Preparing(usize, usize),
}

type OnDone = Box<dyn FnOnce(Done)>;
type Handler = Closure<dyn FnMut(JsValue)>;

struct Pending {
    id: u32,
    source: String,
    start: f64,
    on_done: OnDone,
}

#[derive(Default)]
struct Engine {
    worker: Option<Worker>,
    /// The worker's handlers (kept alive with it).
    handlers: Vec<Handler>,
    /// The glue's address, found once; `None`: no worker (tests).
    glue: Option<Option<String>>,
    next_id: u32,
    pending: Option<Pending>,
    /// Bumped by every request: a fold in slices of an older run stops.
    generation: u32,
    progress: Option<Rc<dyn Fn(Progress)>>,
    ticker: Option<Interval>,
}

thread_local! {
    static ENGINE: RefCell<Engine> = RefCell::new(Engine::default());
    /// For the page's own app: mark runs in local storage while they run
    /// on this thread (the fallback without a worker).
    pub static GUARD_RUNS: Cell<bool> = const { Cell::new(false) };
    /// Runs go to a worker: only for the page's own app (the component
    /// tests mount many apps in a page without Trunk's glue).
    pub static USE_WORKER: Cell<bool> = const { Cell::new(false) };
}

/// Where the page reports progress (the app's status line).
pub fn set_progress(report: Rc<dyn Fn(Progress)>) {
    ENGINE.with(|e| e.borrow_mut().progress = Some(report));
}

fn report(p: Progress) {
    let f = ENGINE.with(|e| e.borrow().progress.clone());
    if let Some(f) = f {
        f(p);
    }
}

/// The wasm-bindgen glue Trunk put in the page (`<link rel=modulepreload>`),
/// as an absolute address.
fn glue_url() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let link = document.query_selector("link[rel=modulepreload][href$='.js']").ok()??;
    let href = link.get_attribute("href")?;
    Url::new_with_base(&href, &document.base_uri().ok()??).ok().map(|u| u.href())
}

/// The worker's script: imports the glue, inits it with the module the
/// page posts first, then hands every message to [`taskscope_run`].
fn worker_script(glue: &str) -> String {
    let glue = glue.replace('\\', "\\\\").replace('"', "\\\"");
    format!(
        "import init, {{ taskscope_run }} from \"{glue}\";\n\
         const queue = [];\n\
         onmessage = (e) => {{\n\
           queue.push(e.data);\n\
           if (queue.length > 1) return;\n\
           init({{ module_or_path: e.data }}).then(() => {{\n\
             queue.shift();\n\
             onmessage = (e) => taskscope_run(e.data);\n\
             for (const m of queue.splice(0)) taskscope_run(m);\n\
           }}, (err) => setTimeout(() => {{ throw err; }}));\n\
         }};\n"
    )
}

fn spawn(glue: &str) -> Option<(Worker, Vec<Handler>)> {
    let parts = Array::of1(&JsValue::from_str(&worker_script(glue)));
    let bag = BlobPropertyBag::new();
    bag.set_type("text/javascript");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &bag).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(&url, &options).ok();
    let _ = Url::revoke_object_url(&url);
    let worker = worker?;
    let on_message = Closure::<dyn FnMut(JsValue)>::new(|e: JsValue| {
        let e: MessageEvent = e.unchecked_into();
        on_reply(e.data());
    });
    let on_error = Closure::<dyn FnMut(JsValue)>::new(|e: JsValue| {
        if let Ok(e) = e.dyn_into::<web_sys::Event>() {
            e.prevent_default();
        }
        on_crash();
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker.post_message(&wasm_bindgen::module()).ok()?;
    Some((worker, vec![on_message, on_error]))
}

fn stop_worker(e: &mut Engine) {
    if let Some(w) = e.worker.take() {
        w.set_onmessage(None);
        w.set_onerror(None);
        w.terminate();
    }
    e.handlers.clear();
}

/// Runs `source` (in the worker) and calls `on_done` with the result,
/// unless another run is requested first: then `on_done` is dropped
/// uncalled. Without a worker (the component tests), runs right away on
/// this thread.
pub fn request(source: &str, on_done: impl FnOnce(Done) + 'static) {
    let mut on_done: Option<OnDone> = Some(Box::new(on_done));
    ENGINE.with(|e| {
        let mut e = e.borrow_mut();
        e.generation = e.generation.wrapping_add(1);
        if e.pending.take().is_some() {
            // Busy with an older run: the only way to stop it.
            stop_worker(&mut e);
        }
        e.ticker = None;
        if !USE_WORKER.with(Cell::get) {
            return;
        }
        if e.glue.is_none() {
            e.glue = Some(glue_url());
        }
        let Some(Some(glue)) = e.glue.clone() else { return };
        if e.worker.is_none() {
            match spawn(&glue) {
                Some((w, handlers)) => {
                    e.worker = Some(w);
                    e.handlers = handlers;
                }
                None => return,
            }
        }
        e.next_id = e.next_id.wrapping_add(1);
        let id = e.next_id;
        let msg = Array::of2(&JsValue::from(id), &JsValue::from_str(source));
        if e.worker.as_ref().is_some_and(|w| w.post_message(&msg).is_ok()) {
            if let Some(on_done) = on_done.take() {
                e.pending = Some(Pending { id, source: source.to_string(), start: now_ms(), on_done });
                e.ticker = Some(Interval::new(100, tick));
            }
        } else {
            stop_worker(&mut e);
        }
    });
    // No worker took it.
    if let Some(on_done) = on_done {
        report(Progress::Idle);
        run_here(source, on_done);
    }
}

fn run_here(source: &str, on_done: OnDone) {
    let guard = GUARD_RUNS.with(Cell::get);
    if guard {
        crate::share::web::mark_running(source);
    }
    let start = now_ms();
    let data = RunData::new(source, &interactive_config());
    let ms = now_ms() - start;
    if guard {
        crate::share::web::clear_running();
    }
    on_done(Done::Ran(Rc::new(data), ms));
}

fn tick() {
    let elapsed = ENGINE.with(|e| e.borrow().pending.as_ref().map(|p| now_ms() - p.start));
    if let Some(ms) = elapsed
        && ms >= PROGRESS_AFTER_MS
    {
        report(Progress::Running(ms));
    }
}

fn on_crash() {
    let pending = ENGINE.with(|e| {
        let mut e = e.borrow_mut();
        stop_worker(&mut e);
        e.ticker = None;
        e.pending.take()
    });
    report(Progress::Idle);
    if let Some(p) = pending {
        (p.on_done)(Done::Crashed);
    }
}

fn on_reply(data: JsValue) {
    let msg: Array = data.unchecked_into();
    let id = msg.get(0).as_f64().unwrap_or(-1.0);
    let pending = ENGINE.with(|e| {
        let mut e = e.borrow_mut();
        if e.pending.as_ref().is_some_and(|p| p.id as f64 == id) {
            e.ticker = None;
            e.pending.take().map(|p| (p, e.generation))
        } else {
            None
        }
    });
    let Some((p, generation)) = pending else { return };
    perf_mark("ts-reply");
    let ms = msg.get(3).as_f64().unwrap_or(0.0);
    let meta = Uint8Array::new(&msg.get(1)).to_vec();
    perf_mark("ts-meta");
    let events = events_from_js(&Uint8Array::new(&msg.get(2)));
    perf_mark("ts-events");
    let run = events.and_then(|events| wire::decode(&meta, events));
    perf_mark("ts-decoded");
    let Some(run) = run else {
        report(Progress::Idle);
        return (p.on_done)(Done::Crashed);
    };
    let len = run.trace.events.len();
    let fold =
        Fold { timeline: TimelineBuilder::new(&run.trace), geom: GeomBuilder::new(&p.source), source: p.source, run, ms, on_done: p.on_done, generation };
    if len <= SLICE_EVENTS {
        fold.finish();
    } else {
        report(Progress::Preparing(0, len));
        Timeout::new(0, move || fold.slice()).forget();
    }
}

/// A result being folded in slices.
struct Fold {
    source: String,
    run: Run,
    timeline: TimelineBuilder,
    geom: GeomBuilder,
    ms: f64,
    on_done: OnDone,
    generation: u32,
}

impl Fold {
    fn slice(mut self) {
        if ENGINE.with(|e| e.borrow().generation) != self.generation {
            return; // Superseded.
        }
        perf_mark("ts-slice");
        let start = now_ms();
        let len = self.run.trace.events.len();
        let mut done = false;
        while now_ms() - start < SLICE_MS {
            let timeline_done = self.timeline.folded() >= len || self.timeline.fold(&self.run.trace, 4096);
            if timeline_done && self.geom.fold(&self.source, &self.run, 4096) {
                done = true;
                break;
            }
        }
        if done {
            report(Progress::Idle);
            self.finish();
        } else {
            report(Progress::Preparing((self.timeline.folded() + self.geom.folded()) / 2, len));
            Timeout::new(0, move || self.slice()).forget();
        }
    }

    fn finish(self) {
        let Fold { source, run, timeline, geom, ms, on_done, .. } = self;
        perf_mark("ts-finish");
        let timeline = timeline.finish(&run.trace);
        perf_mark("ts-timeline");
        let geom = geom.finish(&source, &run);
        perf_mark("ts-geom");
        let data = RunData { source, run, timeline, geom: Some(Rc::new(geom)) };
        report(Progress::Idle);
        perf_mark("ts-reported");
        on_done(Done::Ran(Rc::new(data), ms));
        perf_mark("ts-done");
    }
}
