//! The lanes panel: one lane per task over positions (poll order, with the
//! virtual time on a ruler), then a row per channel (its fill level) and
//! per mutex (its holders and queue), the playhead, the tokens moving
//! between lanes, and the deadlock's wait-for cycle.
//!
//! Only a window of whole chunks around the playhead is drawn
//! ([`Layer`], memoized on run, window and zoom, in a component that Yew
//! skips while its props are unchanged); a frame of playback moves the
//! layer with a `transform` and redraws the playhead and the moving token.

use std::rc::Rc;

use taskscope_engine::Outcome;
use taskscope_engine::trace::{EventKind, TaskId, WaitOn};
use taskscope_engine::view::{TaskState, ViewState};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::component::{RunKey, StateKey, use_width};
use super::deadlock::cycle_arrows;
use super::geom::{CHUNK, Layer, ROW_H, RULER_H, RowKind, Rows, RunGeom, Scale, Zoom, arrow_marker, chunk_window};
use super::names::{self, Names};
use crate::markup::Markup;
use crate::model::task_colour;
use crate::num::Fixed;

impl PartialEq for RunGeom {
    /// One per run: compared by address.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Gutter after the last position: room for the deadlock's cycle.
const DEADLOCK_GUTTER: f64 = 96.0;
const GUTTER: f64 = 12.0;

/// Props of [`LanesPanel`].
#[derive(Properties, PartialEq)]
pub struct LanesProps {
    /// The run.
    pub data: RunKey,
    /// Its geometry.
    pub geom: Rc<RunGeom>,
    /// The state at `pos`.
    pub state: StateKey,
    /// The playhead.
    pub pos: usize,
    /// The tween toward `pos + 1`.
    pub frac: f64,
    /// Seek.
    pub on_seek: Callback<usize>,
}

/// The lanes panel.
///
/// Layout: a label column (its own SVG, redrawn per position) and the
/// track, a clipping `div` holding one moving `div` (a compositor-only
/// `transform` per frame) with the memoized layer SVG, the overlays that
/// change per position (deadlock cycle, blocked thread) and the per-frame
/// pieces (playhead, the dimmed future, the token in flight), each moved by
/// `transform` only, so a playback frame costs no SVG layout or repaint.
#[function_component(LanesPanel)]
pub fn lanes_panel(props: &LanesProps) -> Html {
    let data = &props.data.0;
    let geom = &props.geom;
    let state = &props.state.0;
    let len = data.timeline.len();
    let node = use_node_ref();
    let width = use_width(node.clone(), props.data.clone());
    let zoom = use_state(|| Zoom::Fit);
    let deadlock = match &data.run.outcome {
        Outcome::Deadlock(r) => Some(r),
        _ => None,
    };
    let gutter = if deadlock.is_some() { DEADLOCK_GUTTER } else { GUTTER };
    let scale = Scale::new(width, len, *zoom, gutter);
    let rows: Rc<Rows> = use_memo(props.data.clone(), {
        let g = geom.clone();
        move |_| Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len())
    });
    // Built once (per run for the bands): plain markup, cheap to compare.
    let defs_html = use_memo((), |_| arrow_defs());
    let legend_html = use_memo(props.data.clone(), |d| legend(d.0.timeline.lanes()));
    let bands_html = use_memo(rows.clone(), |rows| bands(rows));
    let playhead = props.pos as f64 + props.frac;
    let offset = scale.offset(playhead);
    let (first, last) = scale.visible(offset);
    let (lo, hi) = chunk_window(first, last, len);

    // The latest on_seek, behind a stable callback, so the memoized layer
    // never re-renders because the app made a new closure.
    let seek_ref = use_mut_ref(|| props.on_seek.clone());
    *seek_ref.borrow_mut() = props.on_seek.clone();
    let seek: Callback<usize> = use_memo((), {
        let seek_ref = seek_ref.clone();
        move |_| Callback::from(move |p: usize| seek_ref.borrow().emit(p))
    })
    .as_ref()
    .clone();

    // The await markers are one tab stop: focusing the lanes focuses the
    // marker at (or after) the playhead, arrow keys and Home/End move
    // between markers, Enter or Space seeks (in `LayerView`).
    let chunks_ref = use_node_ref();
    let on_marks_focus = {
        let chunks_ref = chunks_ref.clone();
        let pos = props.pos;
        Callback::from(move |e: FocusEvent| {
            let Some(container) = chunks_ref.cast::<web_sys::Element>() else { return };
            let on_container = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| t == container);
            let from_inside = e.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_some_and(|n| container.contains(Some(&n)));
            if !on_container || from_inside {
                return;
            }
            let marks = markers(&container);
            let at = marks.iter().position(|m| m.get_attribute("data-seek").and_then(|s| s.parse::<usize>().ok()).is_some_and(|s| s > pos));
            if let Some(m) = at.or(marks.len().checked_sub(1)).and_then(|i| marks.get(i)) {
                focus_quietly(m);
            }
        })
    };
    let on_marks_key = {
        let chunks_ref = chunks_ref.clone();
        let seek = seek.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(container) = chunks_ref.cast::<web_sys::Element>() else { return };
            let marks = markers(&container);
            if marks.is_empty() {
                return;
            }
            let current = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element()).and_then(|a| marks.iter().position(|m| **m == a));
            let last = marks.len() - 1;
            let to = match (e.key().as_str(), current) {
                ("ArrowRight" | "ArrowDown", Some(i)) => (i + 1).min(last),
                ("ArrowLeft" | "ArrowUp", Some(i)) => i.saturating_sub(1),
                ("ArrowRight" | "ArrowDown" | "Home", None) | ("Home", _) => 0,
                ("ArrowLeft" | "ArrowUp" | "End", None) | ("End", _) => last,
                _ => return,
            };
            e.prevent_default();
            e.stop_propagation();
            // The playhead follows, so the view keeps the marker in sight.
            focus_quietly(&marks[to]);
            if let Some(p) = marks[to].get_attribute("data-seek").and_then(|s| s.parse().ok()) {
                seek.emit(p);
            }
        })
    };

    let on_track_click = {
        let seek = seek.clone();
        Callback::from(move |e: MouseEvent| {
            let x = e.offset_x() as f64 + offset;
            seek.emit(scale.pos_at(x));
        })
    };
    let zoom_in = {
        let zoom = zoom.clone();
        Callback::from(move |_| zoom.set(Zoom::step(&scale, 1)))
    };
    let zoom_out = {
        let zoom = zoom.clone();
        Callback::from(move |_| zoom.set(Zoom::step(&scale, -1)))
    };
    let zoom_fit = {
        let zoom = zoom.clone();
        Callback::from(move |_| zoom.set(Zoom::Fit))
    };

    let h = rows.height;
    let px = scale.x(playhead + 0.5);

    // The token moving over the next event, while playing.
    let flying = (props.frac > 0.0).then(|| data.run.trace.events.get(props.pos)).flatten().and_then(|e| {
        let trace = &data.run.trace;
        let (from_y, to_y, text, colour) = match e.kind {
            EventKind::Sent { task, chan, text, .. } => {
                (Rows::mid(rows.task_top(task)), Rows::mid(rows.chan_top(chan)), trace.str(text).to_string(), task_colour(task))
            }
            EventKind::Received { task, chan, value, .. } => {
                let first = data.timeline.transfers_of(value).first();
                let text = first.map(|t| trace.str(t.text).to_string()).unwrap_or_default();
                (Rows::mid(rows.chan_top(chan)), Rows::mid(rows.task_top(task)), text, task_colour(first.map(|t| t.from).unwrap_or(task)))
            }
            _ => return None,
        };
        let y = from_y + (to_y - from_y) * props.frac;
        Some(html! {
            <div class="viz-fly" style={format!("transform:translate({}px,{}px)", Fixed(px, 1), Fixed(y, 1))} aria-hidden="true">
                <span class="token" style={format!("border-color:{colour}")}>{ names::ellipsize(&text, 10) }</span>
            </div>
        })
    });

    let time_label = format!("t = {}", names::fmt_time(state.time));
    // Bold 11 px text: wider than text_w's estimate.
    let tl_w = time_label.chars().count() as f64 * 7.4 + 14.0;
    let tl_x = crate::num::clamp(px - offset, tl_w / 2.0 + 1.0, scale.track_w - tl_w / 2.0 - 1.0);

    // A std::sync::Mutex blocked the runtime's only thread: every lane,
    // from then on.
    let thread_note = state.thread_blocked.map(|(t, m)| {
        format!(
            "The runtime's only thread is blocked: {} called std::sync::Mutex::lock on {}, held by {}. No task can run any more.",
            geom.task(t),
            geom.mutex(m),
            state.mutex(m).and_then(|v| v.holder).map(|h| geom.task(h)).unwrap_or_else(|| "another task".into())
        )
    });
    let thread_from = state.thread_blocked.and(geom.thread_blocked).map(|(i, _, _)| scale.x(i as f64 + 1.0));
    let cycle_from = (props.pos == len && deadlock.is_some()).then(|| scale.x(len as f64 + 1.0));
    let overlay = (thread_from.is_some() || cycle_from.is_some()).then(|| {
        let left = thread_from.into_iter().chain(cycle_from).fold(f64::INFINITY, f64::min);
        let ow = (scale.content_w() - left).max(1.0);
        let task_bottom = rows.task_top(TaskId::from_index(geom.tasks.len().saturating_sub(1))) + ROW_H;
        let arrows = match (cycle_from, deadlock) {
            (Some(end_x), Some(report)) => cycle_arrows(report, state, &rows, end_x, gutter),
            _ => Vec::new(),
        };
        let mut m = Markup::new();
        m.raw_fmt(format_args!(
            "<svg class=\"viz-overlay\" style=\"left:{}px\" width=\"{}\" height=\"{}\" viewBox=\"{} 0 {} {}\">",
            Fixed(left, 1),
            Fixed(ow, 1),
            Fixed(h, 0),
            Fixed(left, 1),
            Fixed(ow, 1),
            Fixed(h, 0)
        ));
        if let Some(x0) = thread_from {
            m.raw_fmt(format_args!(
                "<rect class=\"thread-blocked\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
                Fixed(x0, 1),
                Fixed(RULER_H, 0),
                Fixed((scale.content_w() - x0).max(0.0), 1),
                Fixed(task_bottom - RULER_H, 1)
            ));
        }
        if !arrows.is_empty() {
            m.raw("<g class=\"cycle-arrows\" data-testid=\"deadlock-cycle\">");
            for c in &arrows {
                let a = &c.arrow;
                m.raw("<path class=\"").raw(a.class).raw("\" d=\"");
                m.raw_fmt(format_args!(
                    "M{},{} C{},{} {},{} {},{}",
                    Fixed(a.x1, 1),
                    Fixed(a.y1, 1),
                    Fixed(c.bend_x, 1),
                    Fixed(a.y1, 1),
                    Fixed(c.bend_x, 1),
                    Fixed(a.y2, 1),
                    Fixed(a.x2, 1),
                    Fixed(a.y2, 1)
                ));
                m.raw("\" marker-end=\"").raw(&arrow_marker(a)).raw("\"/>");
            }
            m.raw("</g>");
        }
        m.raw("</svg>");
        m.into_html()
    });
    let lit = state.running().map(|t| {
        html! { <div class="viz-lit" style={format!("top:{}px;height:{}px", Fixed(rows.task_top(t), 0), Fixed(ROW_H, 0))}></div> }
    });
    let future_x = scale.x(playhead + 1.0);

    html! {
        <div class="viz-panel viz-lanes" ref={node}>
            <div class="viz-panel-head">
                { crate::markup::fixed("<h3>Tasks over time</h3>") }
                { Html::from_html_unchecked((*legend_html).clone()) }
                <div class="viz-zoom" role="group" aria-label="Zoom the lanes">
                    <button type="button" onclick={zoom_out} title="Zoom out" aria-label="Zoom out">{ "−" }</button>
                    <button type="button" onclick={zoom_fit} title="Fit the whole run" aria-label="Fit the whole run"
                        class={(*zoom == Zoom::Fit).then_some("active")}>{ "fit" }</button>
                    <button type="button" onclick={zoom_in} title="Zoom in" aria-label="Zoom in">{ "+" }</button>
                </div>
            </div>
            if let Some(note) = thread_note {
                <p class="viz-thread-note" role="note">{ note }</p>
            }
            <div class="viz-lanes-scroll">
                <div class="viz-lanes-stage" style={format!("height:{}px", Fixed(h, 0))}
                    role="img" aria-label={format!("Timeline of {} tasks over {} events", geom.tasks.len(), len)}>
                    <div class="viz-track" style={format!("left:{}px;width:{}px;height:{}px", Fixed(scale.label_w, 0), Fixed(scale.track_w, 0), Fixed(h, 0))}
                        onclick={on_track_click} title="Click to move the playhead here">
                        { Html::from_html_unchecked((*bands_html).clone()) }
                        <div class="viz-lit-box">{ for lit }</div>
                        <div class="viz-track-move" style={format!("transform:translateX({}px)", Fixed(-offset, 1))}>
                            // The keyed chunks alone in their parent, and every other
                            // child always present, so Yew never moves a node.
                            <div class="viz-chunks" ref={chunks_ref} tabindex="0" role="group"
                                aria-label="Await markers: arrow keys move between them, Enter jumps to one"
                                onfocus={on_marks_focus} onkeydown={on_marks_key}>
                                { for (lo / CHUNK..hi.div_ceil(CHUNK)).map(|c| html! {
                                    <ChunkView key={c} data={props.data.clone()} geom={geom.clone()} rows={rows.clone()} cell={scale.cell}
                                        chunk={c} height={h} on_seek={seek.clone()} />
                                }) }
                            </div>
                            <div class="viz-future" style={format!("transform:translateX({}px);width:{}px;top:{}px;height:{}px",
                                Fixed(future_x, 1), Fixed(scale.track_w + scale.cell, 0), Fixed(RULER_H, 0), Fixed(h - RULER_H, 0))}></div>
                            // Above the dimmed future: the cycle is drawn after the end.
                            <div class="viz-overlays">{ for overlay }</div>
                            <div class="viz-playhead" style={format!("transform:translateX({}px);height:{}px", Fixed(px, 1), Fixed(h, 0))}></div>
                            <div class="viz-flying">{ for flying }</div>
                        </div>
                        <div class="viz-playhead-time" style={format!("transform:translateX({}px)", Fixed(tl_x - tl_w / 2.0, 1))}>{ time_label }</div>
                    </div>
                    { Html::from_html_unchecked((*defs_html).clone()) }
                    <Labels geom={props.geom.clone()} state={props.state.clone()} rows={rows.clone()} label_w={scale.label_w}
                        at_end={props.pos == len} />
                </div>
            </div>
        </div>
    }
}

/// Arrowheads, one per task colour and one for the deadlock's cycle, and
/// the hatch pattern: the SVG `<defs>` the lanes refer to.
fn arrow_defs() -> AttrValue {
    let mut m = Markup::new();
    m.raw("<svg class=\"viz-defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs>");
    let fills = (0..10u32).map(|i| (Some(i), task_colour(TaskId(i)))).chain([(None, "var(--viz-deadlock)")]);
    for (i, fill) in fills {
        m.raw("<marker id=\"viz-ah-");
        match i {
            Some(i) => m.num(i as u64),
            None => m.raw("cycle"),
        };
        m.raw("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" style=\"fill:")
            .raw(fill)
            .raw("\"/></marker>");
    }
    m.raw(
        "<pattern id=\"viz-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
           <line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\"/></pattern></defs></svg>",
    );
    AttrValue::from(m.into_string())
}

/// The legend of lane colours.
const LEGEND: &str = "<ul class=\"viz-legend\" aria-label=\"Lane colours\">\
    <li><span class=\"swatch running\"></span>running</li>\
    <li><span class=\"swatch scheduled\"></span>scheduled</li>\
    <li><span class=\"swatch idle\"></span>idle at an .await</li>\
    <li><span class=\"swatch blocked-lock\"></span>blocked on a lock</li>\
    <li><span class=\"swatch blocked-chan\"></span>blocked on a channel</li>\
    <li><span class=\"swatch completed\"></span>completed</li>\
    <li><span class=\"swatch panicked\"></span>panicked</li>";
/// Legend entries for what only some runs draw.
const LEGEND_SELECT: &str = "<li><span class=\"swatch sel\">2</span>select! won by branch 2</li>";
const LEGEND_DEADLINE: &str =
    "<li><span class=\"swatch deadline\"></span>timeout deadline</li><li><span class=\"swatch deadline-cut\"></span>timeout elapsed</li>";
const LEGEND_WAKER: &str = "<li><span class=\"swatch waker stored\"></span>waker stored</li><li><span class=\"swatch waker woken\"></span>waker woken</li>";

/// The legend, with the entries for `select!` badges, timeout deadlines
/// and wakers when the run draws them.
fn legend(lanes: &[taskscope_engine::view::Lane]) -> AttrValue {
    let selects = lanes.iter().any(|l| !l.selects.is_empty());
    let deadlines = lanes.iter().any(|l| !l.deadlines.is_empty());
    let mut m = Markup::new();
    m.raw(LEGEND);
    if selects {
        m.raw(LEGEND_SELECT);
    }
    if deadlines {
        m.raw(LEGEND_DEADLINE);
    }
    if lanes.iter().any(|l| !l.wakers.is_empty()) {
        m.raw(LEGEND_WAKER);
    }
    m.raw("</ul>");
    AttrValue::from(m.into_string())
}

/// Zebra stripes behind the track: one `div` per odd row, built once per
/// run (not per chunk).
fn bands(rows: &Rows) -> AttrValue {
    let mut m = Markup::new();
    m.raw("<div class=\"viz-bands\">");
    for (_, (kind, top)) in rows.rows.iter().enumerate().filter(|(i, _)| i % 2 == 1) {
        m.raw(match kind {
            RowKind::Task(_) => "<div class=\"band task\" style=\"top:",
            RowKind::Channel(_) => "<div class=\"band chan\" style=\"top:",
            RowKind::Mutex(_) => "<div class=\"band mutex\" style=\"top:",
        });
        m.raw_fmt(format_args!("{}px;height:{}px\"></div>", Fixed(*top, 0), Fixed(ROW_H, 0)));
    }
    m.raw("</div>");
    AttrValue::from(m.into_string())
}

#[derive(Properties, PartialEq)]
struct ChunkProps {
    data: RunKey,
    geom: Rc<RunGeom>,
    rows: Rc<Rows>,
    cell: f64,
    chunk: usize,
    height: f64,
    on_seek: Callback<usize>,
}

/// One chunk of [`CHUNK`] positions. Chunks are keyed by index, so moving
/// the window by one chunk builds one and keeps the others.
#[function_component(ChunkView)]
fn chunk_view(props: &ChunkProps) -> Html {
    let len = props.data.0.timeline.len();
    let layer: Rc<Layer> = use_memo((props.data.clone(), props.chunk, props.cell), {
        let geom = props.geom.clone();
        let rows = props.rows.clone();
        move |(k, c, cell)| {
            let lo = (c * CHUNK).min(len + 1);
            let hi = ((c + 1) * CHUNK).min(len + 1);
            Layer::build(&k.0, &geom, &rows, *cell, lo, hi)
        }
    });
    html! { <LayerView layer={layer} rows={props.rows.clone()} height={props.height} on_seek={props.on_seek.clone()} /> }
}

#[derive(Properties)]
struct LayerProps {
    layer: Rc<Layer>,
    rows: Rc<Rows>,
    height: f64,
    on_seek: Callback<usize>,
}

impl PartialEq for LayerProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.layer, &other.layer) && Rc::ptr_eq(&self.rows, &other.rows) && self.height == other.height && self.on_seek == other.on_seek
    }
}

/// The shapes of one window of positions, in an SVG of its own that spans
/// exactly the window (its viewBox in content coordinates).
#[function_component(LayerView)]
fn layer_view(props: &LayerProps) -> Html {
    // One listener for every marker: a marker is a button (click, or
    // Enter/Space when focused) that moves the playhead to its `.await`.
    let on_mark_click = {
        let on_seek = props.on_seek.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(to) = mark_seek(&e) {
                e.stop_propagation();
                on_seek.emit(to);
            }
        })
    };
    let on_mark_key = {
        let on_seek = props.on_seek.clone();
        Callback::from(move |e: KeyboardEvent| {
            if matches!(e.key().as_str(), "Enter" | " ")
                && let Some(to) = mark_seek(&e)
            {
                e.prevent_default();
                e.stop_propagation();
                on_seek.emit(to);
            }
        })
    };
    let svg = AttrValue::from(props.layer.svg(props.height));
    html! { <div class="viz-chunk" onclick={on_mark_click} onkeydown={on_mark_key}>{ Html::from_html_unchecked(svg) }</div> }
}

/// Focuses a marker without letting the browser scroll the clipping track
/// (the view follows the playhead instead).
fn focus_quietly(mark: &web_sys::SvgElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = mark.focus_with_options(&options);
}

/// The await markers drawn in `container`, in document (time) order.
fn markers(container: &web_sys::Element) -> Vec<web_sys::SvgElement> {
    let Ok(list) = container.query_selector_all(".mark") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// The position of the marker an event happened on (an `.await`, a
/// `select!` badge, a timeout's deadline), if any.
fn mark_seek(e: &web_sys::Event) -> Option<usize> {
    let target: web_sys::Element = e.target()?.dyn_into().ok()?;
    target.closest("[data-seek]").ok()??.get_attribute("data-seek")?.parse().ok()
}

#[derive(Properties, PartialEq)]
struct LabelsProps {
    geom: Rc<RunGeom>,
    state: StateKey,
    rows: Rc<Rows>,
    label_w: f64,
    at_end: bool,
}

fn state_words(state: TaskState, wait: Option<WaitOn>, g: &RunGeom, now: u64) -> String {
    match (state, wait) {
        (TaskState::Idle, Some(WaitOn::Sleep { until })) => format!("idle · sleep until {}", names::fmt_time(until)),
        (TaskState::Idle | TaskState::Blocked, Some(on)) => format!("{} · {}", state.as_str(), names::wait_short(on, now, g)),
        (s, _) => s.as_str().to_string(),
    }
}

/// One row of the label column, as plain values: Yew skips the rows whose
/// values did not change at this position.
#[derive(Properties, PartialEq, Clone)]
struct LabelRowProps {
    top: f64,
    /// `lane-label`, `res-label chan` or `res-label mutex`, plus state.
    class: AttrValue,
    /// `task-lane`, `task-lane-pending` or nothing.
    testid: Option<&'static str>,
    /// `data-task`.
    task: Option<String>,
    /// `data-state`.
    state: Option<&'static str>,
    colour: Option<&'static str>,
    name: String,
    sub: String,
    title: String,
}

#[function_component(LabelRow)]
fn label_row(p: &LabelRowProps) -> Html {
    html! {
        <div class={p.class.clone()} data-testid={p.testid} data-task={p.task.clone()} data-state={p.state}
            style={format!("top:{}px", Fixed(p.top, 0))} title={p.title.clone()}>
            <span class="name">
                if let Some(c) = p.colour { <span class="dot" style={format!("background:{c}")}></span> }
                { &p.name }
            </span>
            <span class="sub">{ &p.sub }</span>
        </div>
    }
}

/// The label column: one `task-lane` per spawned task with its state at
/// the playhead, then the channels' and mutexes' names and state.
#[function_component(Labels)]
fn labels(props: &LabelsProps) -> Html {
    let g = &props.geom;
    let state = &props.state.0;
    let cycle: &[TaskId] = if props.at_end { &g.cycle } else { &[] };
    // Text is shortened here rather than clipped by CSS (see viz.css).
    let name_chars = ((props.label_w - 24.0) / 7.0).max(5.0) as usize;
    let sub_chars = ((props.label_w - 12.0) / 5.6).max(6.0) as usize;
    let row = |i: usize, kind: RowKind, top: f64| -> LabelRowProps {
        let mut p = label_row_props(g, state, cycle, i, kind, top);
        p.name = names::ellipsize(&p.name, name_chars);
        p.sub = names::ellipsize(&p.sub, sub_chars);
        p
    };
    html! {
        <div class="viz-labels" style={format!("width:{}px;height:{}px", Fixed(props.label_w, 0), Fixed(props.rows.height, 0))}>
            { crate::markup::fixed("<div class=\"ruler-title\">virtual time →</div>") }
            { for props.rows.rows.iter().enumerate().map(|(i, &(kind, top))| {
                let p = row(i, kind, top);
                html! { <LabelRow key={i} ..p /> }
            }) }
        </div>
    }
}

/// The values of one label row.
fn label_row_props(g: &RunGeom, state: &ViewState, cycle: &[TaskId], i: usize, kind: RowKind, top: f64) -> LabelRowProps {
    let odd = (i % 2 == 1).then_some("odd");
    match kind {
        RowKind::Task(t) => {
            let info = &g.tasks[t.index()];
            let Some(view) = state.task(t) else {
                return LabelRowProps {
                    top,
                    class: crate::markup::class(&[Some("lane-label"), Some("pending"), odd]).into(),
                    testid: Some("task-lane-pending"),
                    task: Some(info.name.clone()),
                    state: None,
                    colour: Some(task_colour(t)),
                    name: info.short.clone(),
                    sub: "not spawned yet".into(),
                    title: format!("{}: not spawned yet", info.name),
                };
            };
            let stuck = state.thread_blocked.is_some_and(|(b, _)| b != t) && !view.state.is_finished();
            let words = if stuck { "stuck: thread blocked".to_string() } else { state_words(view.state, view.wait, g, state.time) };
            LabelRowProps {
                top,
                class: crate::markup::class(&[Some("lane-label"), Some(view.state.as_str()), cycle.contains(&t).then_some("in-cycle"), odd]).into(),
                testid: Some("task-lane"),
                task: Some(info.name.clone()),
                state: Some(view.state.test_state()),
                colour: Some(task_colour(t)),
                name: info.short.clone(),
                sub: words,
                title: format!(
                    "{} ({}, {}): {}{}",
                    info.short,
                    info.name,
                    info.sub,
                    view.state.as_str(),
                    view.wait.map(|w| format!(", {}", names::wait_long(w, g))).unwrap_or_default()
                ),
            }
        }
        RowKind::Channel(c) => {
            let info = &g.chans[c.index()];
            let sub = match state.channel(c) {
                None => "not created yet".to_string(),
                Some(v) => {
                    let fill = match info.kind {
                        taskscope_engine::trace::ChanKind::Unbounded => format!("{} queued", v.buffer.len()),
                        _ => format!("{}/{}", v.buffer.len(), v.capacity),
                    };
                    format!("{} {fill}{}", info.kind.as_str(), if v.closed { " · closed" } else { "" })
                }
            };
            LabelRowProps {
                top,
                class: crate::markup::class(&[Some("res-label"), Some("chan"), odd]).into(),
                testid: None,
                task: None,
                state: None,
                colour: None,
                title: format!("channel {} (line {}): {sub}", info.name, info.line),
                name: info.name.clone(),
                sub,
            }
        }
        RowKind::Mutex(m) => {
            let info = &g.mutexes[m.index()];
            let sub = match state.mutex(m) {
                None => "not created yet".to_string(),
                Some(v) => {
                    let holder = v.holder.map(|h| format!("held by {}", g.task(h))).unwrap_or_else(|| "free".into());
                    let waiting = if v.waiters.is_empty() { String::new() } else { format!(" · {} waiting", v.waiters.len()) };
                    format!("{holder}{waiting}")
                }
            };
            let kind = if info.kind == taskscope_engine::trace::MutexKind::Std { "std mutex" } else { "mutex" };
            LabelRowProps {
                top,
                class: crate::markup::class(&[Some("res-label"), Some("mutex"), odd]).into(),
                testid: None,
                task: None,
                state: None,
                colour: None,
                title: format!("{kind} {} (line {}): {sub}", info.name, info.line),
                name: info.name.clone(),
                sub,
            }
        }
    }
}
