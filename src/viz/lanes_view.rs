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

use taskscope_engine::trace::{EventKind, TaskId, WaitOn};
use taskscope_engine::view::TaskState;
use taskscope_engine::Outcome;
use yew::prelude::*;

use super::component::{use_width, RunKey, StateKey};
use super::deadlock::cycle_arrows;
use super::geom::{chunk_window, text_w, Arrow, Layer, RowKind, Rows, RunGeom, Scale, Zoom, ROW_H, RULER_H};
use super::names::{self, Names};
use crate::model::task_colour;

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

/// The index of a task colour in the palette (for arrowhead markers).
fn colour_index(colour: &str) -> usize {
    (0..10u32).find(|&i| task_colour(i) == colour).unwrap_or(0) as usize
}

fn arrow_marker(a: &Arrow) -> String {
    if a.class.starts_with("cycle") { "url(#viz-ah-cycle)".to_string() } else { format!("url(#viz-ah-{})", colour_index(a.colour)) }
}

/// The lanes panel.
#[function_component(LanesPanel)]
pub fn lanes_panel(props: &LanesProps) -> Html {
    let data = &props.data.0;
    let geom = &props.geom;
    let state = &props.state.0;
    let len = data.timeline.len();
    let node = use_node_ref();
    let width = use_width(node.clone(), (props.data.clone(), props.pos));
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
    let playhead = props.pos as f64 + props.frac;
    let offset = scale.offset(playhead);
    let (first, last) = scale.visible(offset);
    let (lo, hi) = chunk_window(first, last, len);
    let layer: Rc<Layer> = use_memo((props.data.clone(), lo, hi, scale.cell), {
        let geom = geom.clone();
        let rows = rows.clone();
        move |(k, lo, hi, cell)| Layer::build(&k.0, &geom, &rows, *cell, *lo, *hi)
    });

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
    let w = scale.label_w + scale.track_w;
    let px = scale.x(playhead + 0.5);

    // The token moving over the next event, while playing.
    let flying = (props.frac > 0.0).then(|| data.run.trace.events.get(props.pos)).flatten().and_then(|e| {
        let trace = &data.run.trace;
        let (from_y, to_y, text, colour) = match e.kind {
            EventKind::Sent { task, chan, text, .. } => {
                (Rows::mid(rows.task_top(task)), Rows::mid(rows.chan_top(chan)), trace.str(text).to_string(), task_colour(task))
            }
            EventKind::Received { task, chan, value, .. } => {
                let text = data.timeline.transfers_of(value).first().map(|t| trace.str(t.text).to_string()).unwrap_or_default();
                let from = data.timeline.transfers_of(value).first().map(|t| t.from).unwrap_or(task);
                (Rows::mid(rows.chan_top(chan)), Rows::mid(rows.task_top(task)), text, task_colour(from))
            }
            _ => return None,
        };
        let y = from_y + (to_y - from_y) * props.frac;
        let label = names::ellipsize(&text, 10);
        let tw = text_w(&label) + 12.0;
        Some(html! {
            <g class="fly-token" transform={format!("translate({px:.1},{y:.1})")} aria-hidden="true">
                <rect x={format!("{:.1}", -tw / 2.0)} y="-9" width={format!("{tw:.1}")} height="18" rx="9" style={format!("stroke:{colour}")} />
                <text x="0" y="4" text-anchor="middle">{ label }</text>
            </g>
        })
    });

    let cycle = (props.pos == len).then_some(deadlock).flatten().map(|report| {
        let arrows = cycle_arrows(report, state, &rows, scale.x(len as f64 + 1.0), gutter);
        html! {
            <g class="cycle-arrows" data-testid="deadlock-cycle">
                { for arrows.iter().map(|c| {
                    let a = &c.arrow;
                    let d = format!("M{:.1},{:.1} Q{:.1},{:.1} {:.1},{:.1}", a.x1, a.y1, c.bend_x, (a.y1 + a.y2) / 2.0, a.x2, a.y2);
                    html! { <path class={a.class} d={d} marker-end={arrow_marker(a)} /> }
                }) }
            </g>
        }
    });

    let time_label = format!("t = {}", names::fmt_time(state.time));
    let tl_w = text_w(&time_label) + 10.0;
    let tl_x = (px - offset).clamp(tl_w / 2.0 + 1.0, scale.track_w - tl_w / 2.0 - 1.0);

    // A std::sync::Mutex blocked the runtime's only thread: every lane,
    // from then on.
    let thread_blocked = state.thread_blocked.and_then(|(t, m)| {
        let (i, _, _) = geom.thread_blocked?;
        let bottom = rows.task_top(geom.tasks.len().saturating_sub(1) as TaskId) + ROW_H;
        let x0 = scale.x(i as f64 + 1.0);
        let overlay = html! {
            <g class="thread-blocked">
                <rect x={format!("{x0:.1}")} y={RULER_H.to_string()} width={format!("{:.1}", (scale.content_w() - x0).max(0.0))}
                    height={format!("{:.1}", bottom - RULER_H)} />
            </g>
        };
        let note = format!(
            "The runtime's only thread is blocked: {} called std::sync::Mutex::lock on {}, held by {}. No task can run any more.",
            geom.task(t),
            geom.mutex(m),
            state.mutex(m).and_then(|v| v.holder).map(|h| geom.task(h)).unwrap_or_else(|| "another task".into())
        );
        Some((overlay, note))
    });
    let (thread_overlay, thread_note) = match thread_blocked {
        Some((o, n)) => (Some(o), Some(n)),
        None => (None, None),
    };

    html! {
        <div class="viz-panel viz-lanes" ref={node}>
            <div class="viz-panel-head">
                <h3>{ "Tasks over time" }</h3>
                <Legend />
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
                <div class="viz-lanes-stage" style={format!("height:{h:.0}px")}>
                    <div class="viz-lanes-hit" style={format!("left:{:.0}px;top:{RULER_H}px", scale.label_w)} onclick={on_track_click}
                        title="Click to move the playhead here"></div>
                    <svg class="viz-lanes-svg" width={format!("{w:.0}")} height={format!("{h:.0}")}
                        viewBox={format!("0 0 {w:.0} {h:.0}")} role="img"
                        aria-label={format!("Timeline of {} tasks over {} events", geom.tasks.len(), len)}>
                        <Markers />
                        <RowBands rows={rows.clone()} width={w} label_w={scale.label_w} state={props.state.clone()} />
                        <svg class="viz-track" x={format!("{:.0}", scale.label_w)} y="0" width={format!("{:.0}", scale.track_w)} height={format!("{h:.0}")}>
                            <g transform={format!("translate({:.1},0)", -offset)}>
                                <LayerView layer={LayerKey(layer.clone())} on_seek={seek.clone()} />
                                <rect class="future" x={format!("{:.1}", scale.x(playhead + 1.0))} y={RULER_H.to_string()}
                                    width={format!("{:.1}", (scale.content_w() - scale.x(playhead + 1.0)).max(0.0))} height={format!("{:.0}", h - RULER_H)} />
                                { for thread_overlay }
                                { for cycle }
                                <line class="playhead" x1={format!("{px:.1}")} x2={format!("{px:.1}")} y1="0" y2={format!("{h:.0}")} />
                                { for flying }
                            </g>
                            <rect class="playhead-time-bg" x={format!("{:.1}", tl_x - tl_w / 2.0)} y="2" width={format!("{tl_w:.1}")} height="16" rx="3" />
                            <text class="playhead-time" x={format!("{tl_x:.1}")} y="14" text-anchor="middle">{ time_label }</text>
                        </svg>
                        <Labels geom={props.geom.clone()} state={props.state.clone()} rows={rows.clone()} label_w={scale.label_w}
                            at_end={props.pos == len} />
                    </svg>
                </div>
            </div>
        </div>
    }
}

/// Arrowheads, one per task colour and one for the deadlock's cycle.
#[function_component(Markers)]
fn markers() -> Html {
    let marker = |id: String, fill: String| {
        html! {
            <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" style={fill} />
            </marker>
        }
    };
    html! {
        <defs>
            { for (0..10).map(|i| marker(format!("viz-ah-{i}"), format!("fill:{}", task_colour(i as u32)))) }
            { marker("viz-ah-cycle".to_string(), "fill:var(--viz-deadlock)".to_string()) }
            <pattern id="viz-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line class="hatch-line" x1="0" y1="0" x2="0" y2="8" />
            </pattern>
        </defs>
    }
}

/// The legend of lane colours.
#[function_component(Legend)]
fn legend() -> Html {
    let items = [
        ("running", "running"),
        ("scheduled", "scheduled"),
        ("idle", "idle at an .await"),
        ("blocked-lock", "blocked on a lock"),
        ("blocked-chan", "blocked on a channel"),
        ("completed", "completed"),
        ("panicked", "panicked"),
    ];
    html! {
        <ul class="viz-legend" aria-label="Lane colours">
            { for items.iter().map(|(class, text)| html! {
                <li><span class={classes!("swatch", *class)}></span>{ *text }</li>
            }) }
        </ul>
    }
}

/// A layer compared by pointer.
#[derive(Clone)]
pub struct LayerKey(pub Rc<Layer>);

impl PartialEq for LayerKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct LayerProps {
    layer: LayerKey,
    on_seek: Callback<usize>,
}

/// The shapes of one window of positions.
#[function_component(LayerView)]
fn layer_view(props: &LayerProps) -> Html {
    let l = &props.layer.0;
    let bar = |b: &super::geom::Bar| {
        let style = b.fill.map(|f| format!("fill:{f}"));
        html! {
            <>
                <rect class={b.class} x={format!("{:.1}", b.x)} y={format!("{:.1}", b.y)} width={format!("{:.1}", b.w)}
                    height={format!("{:.1}", b.h)} {style} />
                if let Some(label) = &b.label {
                    <text class="bar-label" x={format!("{:.1}", b.x + 4.0)} y={format!("{:.1}", b.y + b.h - 3.0)}>{ label }</text>
                }
            </>
        }
    };
    html! {
        <g class="layer">
            <g class="ruler">
                { for l.ticks.iter().map(|t| html! {
                    <g>
                        <line x1={format!("{:.1}", t.x)} x2={format!("{:.1}", t.x)} y1="18" y2={RULER_H.to_string()} />
                        <text x={format!("{:.1}", t.x + 2.0)} y="15">{ &t.label }</text>
                    </g>
                }) }
            </g>
            <g class="bars">{ for l.bars.iter().map(bar) }</g>
            <g class="arrows">
                { for l.arrows.iter().map(|a| html! {
                    <line class={classes!("arrow", a.class)} x1={format!("{:.1}", a.x1)} y1={format!("{:.1}", a.y1)}
                        x2={format!("{:.1}", a.x2)} y2={format!("{:.1}", a.y2)} style={format!("stroke:{}", a.colour)}
                        marker-end={arrow_marker(a)} />
                }) }
            </g>
            <g class="marks">
                { for l.marks.iter().map(|m| {
                    let seek = m.seek;
                    let on_seek = props.on_seek.clone();
                    let onclick = Callback::from(move |e: MouseEvent| { e.stop_propagation(); on_seek.emit(seek) });
                    html! {
                        <g class={m.class} transform={format!("translate({:.1},{:.1})", m.x, m.y)} {onclick}
                            data-seek={seek.to_string()}>
                            <title>{ &m.title }</title>
                            <path d="M0,-6 L5,0 L0,6 L-5,0 z" />
                            if let Some(label) = &m.label {
                                <text x="4" y="-9">{ label }</text>
                            }
                        </g>
                    }
                }) }
            </g>
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct BandsProps {
    rows: Rc<Rows>,
    width: f64,
    label_w: f64,
    state: StateKey,
}

/// Row backgrounds: zebra stripes, the running task's row lit.
#[function_component(RowBands)]
fn row_bands(props: &BandsProps) -> Html {
    let running = props.state.0.running();
    html! {
        <g class="bands">
            { for props.rows.rows.iter().enumerate().map(|(i, (kind, top))| {
                let lit = matches!(kind, RowKind::Task(t) if Some(*t) == running);
                let class = classes!("band", (i % 2 == 1).then_some("odd"), lit.then_some("lit"), match kind {
                    RowKind::Task(_) => "task", RowKind::Channel(_) => "chan", RowKind::Mutex(_) => "mutex",
                });
                html! { <rect {class} x="0" y={format!("{top:.0}")} width={format!("{:.0}", props.width)} height={ROW_H.to_string()} /> }
            }) }
        </g>
    }
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

/// The label column: one `task-lane` per spawned task with its state at
/// the playhead, then the channels' and mutexes' names and state.
#[function_component(Labels)]
fn labels(props: &LabelsProps) -> Html {
    let g = &props.geom;
    let state = &props.state.0;
    let max_chars = ((props.label_w - 22.0) / 6.4).max(6.0) as usize;
    let cycle: &[TaskId] = if props.at_end { &g.cycle } else { &[] };
    let row = |kind: RowKind, top: f64| -> Html {
        match kind {
            RowKind::Task(t) => {
                let info = &g.tasks[t as usize];
                let Some(view) = state.task(t) else {
                    return html! {
                        <g class="lane-label pending" data-testid="task-lane-pending" data-task={info.name.clone()}
                            transform={format!("translate(0,{top:.0})")}>
                            <title>{ format!("{}: not spawned yet", info.name) }</title>
                            <circle cx="9" cy="13" r="4" style={format!("fill:{}", task_colour(t))} />
                            <text class="name" x="18" y="17">{ names::ellipsize(&info.short, max_chars) }</text>
                            <text class="sub" x="18" y="29">{ "not spawned yet" }</text>
                        </g>
                    };
                };
                let stuck = state.thread_blocked.is_some_and(|(b, _)| b != t) && !view.state.is_finished();
                let words = if stuck { "stuck: thread blocked".to_string() } else { state_words(view.state, view.wait, g, state.time) };
                let in_cycle = cycle.contains(&t);
                let title = format!(
                    "{} ({}): {}{}",
                    info.short,
                    info.name,
                    view.state.as_str(),
                    view.wait.map(|w| format!(", {}", names::wait_long(w, &**g))).unwrap_or_default()
                );
                html! {
                    <g class={classes!("lane-label", view.state.as_str(), in_cycle.then_some("in-cycle"))} data-testid="task-lane"
                        data-task={info.name.clone()} data-state={view.state.test_state()} transform={format!("translate(0,{top:.0})")}>
                        <title>{ title }</title>
                        <circle cx="9" cy="13" r="4.5" style={format!("fill:{}", task_colour(t))} />
                        <text class="name" x="18" y="17">{ names::ellipsize(&info.short, max_chars) }</text>
                        <text class="sub" x="18" y="29">{ names::ellipsize(&words, max_chars + 4) }</text>
                    </g>
                }
            }
            RowKind::Channel(c) => {
                let info = &g.chans[c as usize];
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
                html! {
                    <g class="res-label chan" transform={format!("translate(0,{top:.0})")}>
                        <title>{ format!("channel {} (line {}): {sub}", info.name, info.line) }</title>
                        <text class="name" x="6" y="17">{ names::ellipsize(&info.name, max_chars + 2) }</text>
                        <text class="sub" x="6" y="29">{ names::ellipsize(&sub, max_chars + 6) }</text>
                    </g>
                }
            }
            RowKind::Mutex(m) => {
                let info = &g.mutexes[m as usize];
                let sub = match state.mutex(m) {
                    None => "not created yet".to_string(),
                    Some(v) => {
                        let holder = v.holder.map(|h| format!("held by {}", g.task(h))).unwrap_or_else(|| "free".into());
                        let waiting = if v.waiters.is_empty() { String::new() } else { format!(" · {} waiting", v.waiters.len()) };
                        format!("{holder}{waiting}")
                    }
                };
                let kind = if info.kind == taskscope_engine::trace::MutexKind::Std { "std mutex" } else { "mutex" };
                html! {
                    <g class="res-label mutex" transform={format!("translate(0,{top:.0})")}>
                        <title>{ format!("{kind} {} (line {}): {sub}", info.name, info.line) }</title>
                        <text class="name" x="6" y="17">{ names::ellipsize(&info.name, max_chars + 2) }</text>
                        <text class="sub" x="6" y="29">{ names::ellipsize(&sub, max_chars + 6) }</text>
                    </g>
                }
            }
        }
    };
    html! {
        <g class="labels">
            <rect class="labels-bg" x="0" y="0" width={format!("{:.0}", props.label_w)} height={format!("{:.0}", props.rows.height)} />
            <text class="ruler-title" x="6" y="15">{ "virtual time →" }</text>
            { for props.rows.rows.iter().map(|&(kind, top)| row(kind, top)) }
        </g>
    }
}
