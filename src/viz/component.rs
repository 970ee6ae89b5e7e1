//! The Yew components of the visualization (wasm32 only). They draw what
//! the plain modules compute; the per-run work is memoized on the run's
//! `Rc` pointer, and the parts that do not depend on the tween (`frac`)
//! are separate components with cheap `PartialEq` props, so a playback
//! frame re-renders only the playhead, the moving tokens and the scroll.

use std::rc::Rc;

use taskscope_engine::view::ViewState;
use taskscope_engine::Outcome;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::banner_view::DeadlockBanner;
use super::cards_view::{ChannelsPanel, MutexesPanel};
use super::geom::RunGeom;
use super::lanes_view::LanesPanel;
use crate::model::RunData;

/// What the app passes to [`Visualization`].
#[derive(Properties)]
pub struct VizProps {
    /// The run being shown (compared by pointer).
    pub data: Rc<RunData>,
    /// The state at `pos` (compared by pointer).
    pub state: Rc<ViewState>,
    /// Playhead position, `0..=len`.
    pub pos: usize,
    /// Tween progress from `pos` toward `pos + 1` while playing (0 when
    /// paused or with reduced motion).
    pub frac: f64,
    /// The user prefers reduced motion: no tweening, no CSS transitions.
    pub reduced_motion: bool,
    /// Seek the playhead to a position (clicking an await marker).
    pub on_seek: Callback<usize>,
}

impl PartialEq for VizProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && Rc::ptr_eq(&self.state, &other.state)
            && self.pos == other.pos
            && self.frac == other.frac
            && self.reduced_motion == other.reduced_motion
            && self.on_seek == other.on_seek
    }
}

/// A run compared by pointer: the key of every per-run memo.
#[derive(Clone)]
pub struct RunKey(pub Rc<RunData>);

impl PartialEq for RunKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A state compared by pointer.
#[derive(Clone)]
pub struct StateKey(pub Rc<ViewState>);

impl PartialEq for StateKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The width of an element, kept up to date on window resizes and
/// whenever `remeasure` changes.
#[hook]
pub fn use_width<D: PartialEq + 'static>(node: NodeRef, remeasure: D) -> f64 {
    let width = use_state_eq(|| 960.0f64);
    let measure = {
        let width = width.setter();
        let node = node.clone();
        Rc::new(move || {
            if let Some(el) = node.cast::<web_sys::Element>() {
                let w = el.client_width() as f64;
                if w > 0.0 {
                    width.set(w);
                }
            }
        })
    };
    {
        let measure = measure.clone();
        use_effect_with((), move |_| {
            measure();
            let m = measure.clone();
            let cb = Closure::<dyn Fn()>::new(move || m());
            let win = web_sys::window();
            if let Some(w) = &win {
                let _ = w.add_event_listener_with_callback("resize", cb.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = &win {
                    let _ = w.remove_event_listener_with_callback("resize", cb.as_ref().unchecked_ref());
                }
                drop(cb);
            }
        });
    }
    use_effect_with(remeasure, move |_| measure());
    *width
}

/// Every panel of the visualization.
#[function_component(Visualization)]
pub fn visualization(props: &VizProps) -> Html {
    let key = RunKey(props.data.clone());
    let geom: Rc<RunGeom> = use_memo(key.clone(), |k| RunGeom::new(&k.0));
    let data = &props.data;
    let len = data.timeline.len();
    let pos = props.pos.min(len);
    let deadlock = match &data.run.outcome {
        Outcome::Deadlock(report) => Some(report),
        _ => None,
    };

    if len == 0 {
        return html! {
            <section class="viz viz-empty" data-testid="viz" aria-label="Visualization">
                <p class="viz-note">{ "Nothing ran yet: once the program compiles, its tasks, channels and locks appear here." }</p>
            </section>
        };
    }

    let class = classes!("viz", props.reduced_motion.then_some("reduced-motion"), (props.frac > 0.0).then_some("playing"));
    html! {
        <section {class} data-testid="viz" aria-label="Visualization" data-pos={pos.to_string()}>
            if deadlock.is_some() {
                <DeadlockBanner data={key.clone()} geom={geom.clone()} at_end={pos == len} on_seek={props.on_seek.clone()} />
            }
            <LanesPanel data={key.clone()} geom={geom.clone()} state={StateKey(props.state.clone())} {pos} frac={props.frac}
                on_seek={props.on_seek.clone()} />
            <div class="viz-resources">
                if !geom.chans.is_empty() {
                    <ChannelsPanel data={key.clone()} geom={geom.clone()} state={StateKey(props.state.clone())} frac={props.frac} />
                }
                if !geom.mutexes.is_empty() {
                    <MutexesPanel geom={geom.clone()} state={StateKey(props.state.clone())} />
                }
            </div>
        </section>
    }
}
