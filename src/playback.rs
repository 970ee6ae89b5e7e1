//! The playback bar: play/pause, steps, `.await` jumps, the scrubber and
//! the speed. Every control is a native button, range or select, so it is
//! reachable by keyboard and has an accessible name; the bar itself only
//! emits actions, the reducer in `app` decides.

use std::rc::Rc;

use taskscope_engine::trace::TaskId;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::model::{Playback, PlaybackAction, SPEEDS, task_colour};

#[derive(Properties, PartialEq)]
pub struct PlaybackProps {
    pub playback: Playback,
    /// "event 12 of 102 · 20 ms".
    pub position: AttrValue,
    /// What the event just applied did.
    pub event: AttrValue,
    /// Every task of the run shown: id and name, for the `.await` jumps.
    pub tasks: Rc<Vec<(TaskId, Rc<str>)>>,
    /// The task whose `.await`s the jump buttons go to; `None` for any task.
    pub await_task: Option<TaskId>,
    /// Where the jump buttons go, if anywhere.
    pub prev_await: Option<usize>,
    pub next_await: Option<usize>,
    pub on_action: Callback<PlaybackAction>,
    pub on_await_task: Callback<Option<TaskId>>,
}

/// A transport icon: an SVG path, as fixed markup.
macro_rules! icon_svg {
    ($path:literal) => {
        concat!(
            "<svg class=\"icon\" viewBox=\"0 0 24 24\" width=\"18\" height=\"18\" aria-hidden=\"true\" focusable=\"false\"><path d=\"",
            $path,
            "\"></path></svg>"
        )
    };
}

fn icon(svg: &'static str) -> Html {
    crate::markup::fixed(svg)
}

const ICON_PLAY: &str = icon_svg!("M7 4.5v15l12.5-7.5z");
const ICON_PAUSE: &str = icon_svg!("M6 4.5h4.5v15H6zM13.5 4.5H18v15h-4.5z");
const ICON_STEP_FORWARD: &str = icon_svg!("M5 5v14l10-7zM16.5 5H19v14h-2.5z");
const ICON_STEP_BACK: &str = icon_svg!("M19 5v14L9 12zM5 5h2.5v14H5z");
const ICON_START: &str = icon_svg!("M6 5h2.5v14H6zM20 5v14l-10-7z");
const ICON_END: &str = icon_svg!("M15.5 5H18v14h-2.5zM4 5v14l10-7z");

#[function_component(PlaybackBar)]
pub fn playback_bar(props: &PlaybackProps) -> Html {
    let p = props.playback;
    let act = |a: PlaybackAction| {
        let on = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on.emit(a))
    };
    let on_scrub = {
        let on = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<usize>() {
                on.emit(PlaybackAction::Seek(v));
            }
        })
    };
    let on_speed = {
        let on = props.on_action.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(v) = crate::num::parse_decimal(&select.value()) {
                on.emit(PlaybackAction::SetSpeed(v));
            }
        })
    };
    let seek = |to: Option<usize>| {
        let on = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(pos) = to {
                on.emit(PlaybackAction::Seek(pos));
            }
        })
    };
    let (play_label, play_icon) = if p.playing { ("Pause", ICON_PAUSE) } else { ("Play", ICON_PLAY) };
    let empty = p.len == 0;

    html! {
        <section class="playback" aria-label="Playback" data-playing={p.playing.to_string()}>
            <div class="transport" role="group" aria-label="Transport">
                <button class="icon-button" data-testid="to-start" aria-label="Go to start" title="Go to start (Home)"
                    disabled={empty || p.pos == 0} onclick={act(PlaybackAction::Seek(0))}>{ icon(ICON_START) }</button>
                <button class="icon-button" data-testid="step-back" aria-label="Step back one event" title="Step back one event (←)"
                    disabled={empty || p.pos == 0} onclick={act(PlaybackAction::StepBack)}>{ icon(ICON_STEP_BACK) }</button>
                <button class="icon-button play" data-testid="play" aria-label={play_label} title={format!("{play_label} (Space)")}
                    disabled={empty} onclick={act(PlaybackAction::Toggle)}>{ icon(play_icon) }</button>
                <button class="icon-button" data-testid="step-forward" aria-label="Step forward one event" title="Step forward one event (→)"
                    disabled={empty || p.pos >= p.len} onclick={act(PlaybackAction::StepForward)}>{ icon(ICON_STEP_FORWARD) }</button>
                <button class="icon-button" data-testid="to-end" aria-label="Go to end" title="Go to end (End)"
                    disabled={empty || p.pos >= p.len} onclick={act(PlaybackAction::Seek(usize::MAX))}>{ icon(ICON_END) }</button>
            </div>
            <div class="scrub">
                <input type="range" class="scrubber" data-testid="scrubber" aria-label="Playhead"
                    aria-valuetext={props.position.clone()}
                    min="0" max={p.len.to_string()} step="1" value={p.pos.to_string()}
                    disabled={empty} oninput={on_scrub} />
                <div class="readout">
                    <span class="position" data-testid="position">{ props.position.clone() }</span>
                    <span class="event" data-testid="event" title={props.event.clone()}>{ props.event.clone() }</span>
                </div>
            </div>
            <div class="awaits" role="group" aria-label="Jump between .await suspensions">
                <button class="text-button" data-testid="prev-await" title="Previous .await of the chosen task (Shift+←)"
                    disabled={props.prev_await.is_none()} onclick={seek(props.prev_await)}>{ "◂ .await" }</button>
                <AwaitTaskSelect tasks={props.tasks.clone()} selected={props.await_task} on_change={props.on_await_task.clone()} />
                <button class="text-button" data-testid="next-await" title="Next .await of the chosen task (Shift+→)"
                    disabled={props.next_await.is_none()} onclick={seek(props.next_await)}>{ ".await ▸" }</button>
            </div>
            <label class="speed">
                { crate::markup::fixed("<span>Speed</span>") }
                <select data-testid="speed" aria-label="Playback speed" onchange={on_speed}>
                    { for SPEEDS.iter().map(|s| html! {
                        <option value={crate::num::trimmed(*s, 2)} selected={*s == p.speed}>{ format!("{}×", crate::num::trimmed(*s, 2)) }</option>
                    }) }
                </select>
            </label>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AwaitTaskProps {
    tasks: Rc<Vec<(TaskId, Rc<str>)>>,
    selected: Option<TaskId>,
    on_change: Callback<Option<TaskId>>,
}

/// The task whose `.await`s the jump buttons visit. Its own component: with
/// a hundred tasks, rebuilding the options on every playback step shows.
#[function_component(AwaitTaskSelect)]
fn await_task_select(props: &AwaitTaskProps) -> Html {
    let onchange = {
        let on = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on.emit(select.value().parse::<u32>().ok().map(TaskId));
        })
    };
    html! {
        <select class="await-task" data-testid="await-task" aria-label="Task whose .await points to jump between" {onchange}>
            <option value="" selected={props.selected.is_none()}>{ "any task" }</option>
            { for props.tasks.iter().map(|(id, name)| html! {
                <option value={id.to_string()} selected={props.selected == Some(*id)}
                    style={format!("color:{}", task_colour(*id))}>{ name.to_string() }</option>
            }) }
        </select>
    }
}
