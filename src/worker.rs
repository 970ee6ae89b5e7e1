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
//! page → worker   [id, source, seed]                 (run this, with
//!                                                     this seed)
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
//! `Timeline` and `RunGeom` take to fold, nor for the copy of its 40 MB of
//! events: a run over [`SLICE_EVENTS`] events is copied in, decoded and
//! folded in slices of at most [`SLICE_MS`] (a timer between slices, so
//! input and frames get through), abandoned if a newer run is requested
//! meanwhile. Once runs are slow ([`SLOW_MS`]), a new request waits for a
//! pause in the typing ([`DEBOUNCE_MS`]).

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

use crate::model::{DEFAULT_SEED, MAX_SEED, RunData, seeded_config};
use crate::viz::geom::GeomBuilder;
use crate::wire;

/// Runs with fewer events than this are folded in one go.
pub const SLICE_EVENTS: usize = 20_000;
/// The longest a slice of folding may take (ms).
pub const SLICE_MS: f64 = 12.0;
/// A run pending for longer than this shows its progress (ms).
pub const PROGRESS_AFTER_MS: f64 = 150.0;
/// Once a run took longer than this (ms, until it was on the page, or
/// until a newer edit superseded it), the next runs wait for a pause in the
/// typing ([`DEBOUNCE_MS`]): typing into a heavy program then neither
/// restarts a worker per key nor shares the CPU with runs no one will see.
pub const SLOW_MS: f64 = 100.0;
/// How long a pause in the typing is, once runs are slow (ms).
pub const DEBOUNCE_MS: u32 = 250;

#[wasm_bindgen]
extern "C" {
    /// `performance.now()` on the page and in the worker alike.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;

}

/// The clock, in ms.
pub fn now_ms() -> f64 {
    performance_now()
}

// ---------------------------------------------------------------------------
// The worker's side
// ---------------------------------------------------------------------------

/// In the worker: runs `[id, source, seed]` and posts the result back.
#[wasm_bindgen]
pub fn taskscope_run(msg: JsValue) {
    let msg: Array = msg.unchecked_into();
    let id = msg.get(0);
    let source = msg.get(1).as_string().unwrap_or_default();
    let seed = msg.get(2).as_f64().filter(|s| *s >= 0.0 && *s <= MAX_SEED as f64).map_or(DEFAULT_SEED, |s| s as u64);
    let start = now_ms();
    let run = taskscope_engine::run(&source, &seeded_config(seed));
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

/// The events whose bytes [`events_to_js`] copied, being copied into this
/// instance of the same module (so the same layout), a slice at a time:
/// 40 MB of a million events in one go would hold the page up.
struct Incoming {
    events: Vec<Event>,
    bytes: Uint8Array,
    /// Bytes copied so far.
    copied: u32,
}

impl Incoming {
    /// `None` if the length is not whole events.
    fn new(bytes: Uint8Array) -> Option<Incoming> {
        let size = std::mem::size_of::<Event>();
        let len = bytes.length() as usize;
        if !len.is_multiple_of(size) {
            return None;
        }
        Some(Incoming { events: Vec::with_capacity(len / size), bytes, copied: 0 })
    }

    /// Copies up to `max` more bytes; true when all are.
    fn copy(&mut self, max: u32) -> bool {
        let len = self.bytes.length();
        let n = (len - self.copied).min(max);
        if n > 0 {
            // The memory's buffer as it is now (it may have grown since the
            // last slice); the Vec's allocation does not move.
            let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
            let at = self.events.as_mut_ptr() as u32 + self.copied;
            Uint8Array::new_with_byte_offset_and_length(&memory.buffer(), at, n).set(&self.bytes.subarray(self.copied, self.copied + n), 0);
            self.copied += n;
        }
        self.copied >= len
    }

    /// The events, once [`copy`](Self::copy) has copied them all.
    fn finish(mut self) -> Vec<Event> {
        while !self.copy(u32::MAX) {}
        let n = self.events.capacity().min(self.bytes.length() as usize / std::mem::size_of::<Event>());
        // SAFETY: the first `n` events' bytes are copied in, and they are `n`
        // valid `Event`s written by `events_to_js` in the worker, which runs
        // this very module (`wasm_bindgen::module()`).
        unsafe { self.events.set_len(n) };
        self.events
    }
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
    seed: u64,
    start: f64,
    on_done: OnDone,
}

#[derive(Default)]
struct Engine {
    worker: Option<Worker>,
    /// The worker's handlers (kept alive with it).
    handlers: Vec<Handler>,
    /// The worker script's `blob:` address, made once (a Blob and its
    /// address cost the page milliseconds each); `None`: no worker (tests).
    script: Option<Option<String>>,
    next_id: u32,
    pending: Option<Pending>,
    /// Bumped by every request: a fold in slices of an older run stops.
    generation: u32,
    progress: Option<Rc<dyn Fn(Progress)>>,
    ticker: Option<Interval>,
    /// The last run was slow ([`SLOW_MS`]): wait for a pause in the typing.
    slow: bool,
    /// The run that waits for that pause.
    delay: Option<Timeout>,
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

/// The worker's script as a `blob:` address (kept for the page's life).
fn script_url(glue: &str) -> Option<String> {
    let parts = Array::of1(&JsValue::from_str(&worker_script(glue)));
    let bag = BlobPropertyBag::new();
    bag.set_type("text/javascript");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &bag).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

fn spawn(script: &str) -> Option<(Worker, Vec<Handler>)> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(script, &options).ok()?;
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

/// Runs `source` with `seed` (in the worker) and calls `on_done` with the result,
/// unless another run is requested first: then `on_done` is dropped
/// uncalled, and the run in progress, if any, stopped. Once runs are slow,
/// the run starts after [`DEBOUNCE_MS`] without a newer request. Without a
/// worker (the component tests), runs right away on this thread.
pub fn request(source: &str, seed: u64, on_done: impl FnOnce(Done) + 'static) {
    let on_done: OnDone = Box::new(on_done);
    let wait = ENGINE.with(|e| {
        let mut e = e.borrow_mut();
        e.generation = e.generation.wrapping_add(1);
        e.delay = None;
        e.ticker = None;
        if let Some(p) = e.pending.take() {
            if now_ms() - p.start > SLOW_MS {
                e.slow = true;
            }
            // Busy with an older run: the only way to stop it.
            stop_worker(&mut e);
        }
        e.slow && USE_WORKER.with(Cell::get)
    });
    if wait {
        let source = source.to_string();
        let timer = Timeout::new(DEBOUNCE_MS, move || start(&source, seed, on_done));
        ENGINE.with(|e| e.borrow_mut().delay = Some(timer));
    } else {
        start(source, seed, on_done);
    }
}

fn start(source: &str, seed: u64, on_done: OnDone) {
    let mut on_done = Some(on_done);
    ENGINE.with(|e| {
        let mut e = e.borrow_mut();
        e.delay = None;
        if !USE_WORKER.with(Cell::get) {
            return;
        }
        if e.script.is_none() {
            e.script = Some(glue_url().and_then(|glue| script_url(&glue)));
        }
        let Some(Some(script)) = e.script.clone() else { return };
        if e.worker.is_none() {
            match spawn(&script) {
                Some((w, handlers)) => {
                    e.worker = Some(w);
                    e.handlers = handlers;
                }
                None => return,
            }
        }
        e.next_id = e.next_id.wrapping_add(1);
        let id = e.next_id;
        let msg = Array::of3(&JsValue::from(id), &JsValue::from_str(source), &JsValue::from_f64(seed as f64));
        if e.worker.as_ref().is_some_and(|w| w.post_message(&msg).is_ok()) {
            // A mark an older page left (it died running a program on its
            // own thread) means nothing now: runs cannot kill this page.
            if GUARD_RUNS.with(Cell::get) {
                crate::share::web::clear_running();
            }
            if let Some(on_done) = on_done.take() {
                e.pending = Some(Pending { id, source: source.to_string(), seed, start: now_ms(), on_done });
                e.ticker = Some(Interval::new(100, tick));
            }
        } else {
            stop_worker(&mut e);
        }
    });
    // No worker took it.
    if let Some(on_done) = on_done {
        report(Progress::Idle);
        run_here(source, seed, on_done);
    }
}

fn run_here(source: &str, seed: u64, on_done: OnDone) {
    let guard = GUARD_RUNS.with(Cell::get);
    if guard {
        crate::share::web::mark_running(source);
    }
    let start = now_ms();
    let data = RunData::new(source, &seeded_config(seed));
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
    let ms = msg.get(3).as_f64().unwrap_or(0.0);
    // (Not `Uint8Array::new`: given a Uint8Array, that copies it.)
    let meta = msg.get(1).unchecked_into::<Uint8Array>().to_vec();
    let Some(incoming) = Incoming::new(msg.get(2).unchecked_into()) else {
        report(Progress::Idle);
        return (p.on_done)(Done::Crashed);
    };
    let len = incoming.events.capacity();
    let fold = Fold { stage: Stage::Copying(incoming, meta), source: p.source, seed: p.seed, ms, on_done: p.on_done, generation, len, requested: p.start };
    if len <= SLICE_EVENTS {
        fold.finish();
    } else {
        report(Progress::Preparing(0, len));
        Timeout::new(0, move || fold.slice()).forget();
    }
}

/// Where a result is on its way to the page.
enum Stage {
    /// The events' bytes are being copied in; the rest of the run's bytes.
    Copying(Incoming, Vec<u8>),
    /// The run is being folded into its view model.
    Folding(Box<Folding>),
    /// The bytes were not a run (never from a sound worker).
    Broken,
}

struct Folding {
    run: Run,
    timeline: TimelineBuilder,
    geom: GeomBuilder,
}

/// A result being brought in, in slices.
struct Fold {
    stage: Stage,
    source: String,
    seed: u64,
    ms: f64,
    on_done: OnDone,
    generation: u32,
    /// Its number of events.
    len: usize,
    /// When it was asked for.
    requested: f64,
}

/// Bytes of events copied per step of a slice.
const COPY_STEP: u32 = 1 << 20;
/// Events folded per step of a slice.
const FOLD_STEP: usize = 2048;

impl Fold {
    /// The next stage once the events are in: the run decoded.
    fn decode(incoming: Incoming, meta: &[u8], source: &str) -> Stage {
        match wire::decode(meta, incoming.finish()) {
            Some(run) => Stage::Folding(Box::new(Folding { timeline: TimelineBuilder::new(&run.trace), geom: GeomBuilder::new(source), run })),
            None => Stage::Broken,
        }
    }

    fn slice(mut self) {
        if ENGINE.with(|e| e.borrow().generation) != self.generation {
            return; // Superseded.
        }
        let start = now_ms();
        let mut done = false;
        while now_ms() - start < SLICE_MS {
            match std::mem::replace(&mut self.stage, Stage::Broken) {
                Stage::Copying(mut incoming, meta) => {
                    self.stage = if incoming.copy(COPY_STEP) { Fold::decode(incoming, &meta, &self.source) } else { Stage::Copying(incoming, meta) };
                }
                Stage::Folding(mut f) => {
                    let timeline_done = f.timeline.folded() >= self.len || f.timeline.fold(&f.run.trace, FOLD_STEP);
                    done = timeline_done && f.geom.fold(&self.source, &f.run, FOLD_STEP);
                    self.stage = Stage::Folding(f);
                    if done {
                        break;
                    }
                }
                Stage::Broken => {
                    done = true;
                    break;
                }
            }
        }
        if done {
            self.finish();
        } else {
            let at = match &self.stage {
                Stage::Copying(i, _) => (i.copied as usize / std::mem::size_of::<Event>()) / 4,
                Stage::Folding(f) => self.len / 4 + 3 * (f.timeline.folded() + f.geom.folded()) / 8,
                Stage::Broken => self.len,
            };
            report(Progress::Preparing(at, self.len));
            Timeout::new(0, move || self.slice()).forget();
        }
    }

    fn finish(self) {
        let Fold { stage, source, seed, ms, on_done, requested, .. } = self;
        let slow = now_ms() - requested > SLOW_MS;
        ENGINE.with(|e| e.borrow_mut().slow = slow);
        let stage = match stage {
            Stage::Copying(incoming, meta) => Fold::decode(incoming, &meta, &source),
            other => other,
        };
        report(Progress::Idle);
        let Stage::Folding(f) = stage else { return on_done(Done::Crashed) };
        let Folding { run, timeline, geom } = *f;
        let timeline = timeline.finish(&run.trace);
        let geom = geom.finish(&source, &run);
        let data = RunData { source, run, timeline, geom: Some(Rc::new(geom)), seed };
        on_done(Done::Ran(Rc::new(data), ms));
    }
}
