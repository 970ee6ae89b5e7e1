//! The Yew components of the visualization (wasm32 only).

use std::rc::Rc;

use taskscope_engine::view::ViewState;
use yew::prelude::*;

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

/// Every panel of the visualization.
#[function_component(Visualization)]
pub fn visualization(props: &VizProps) -> Html {
    let tasks = props.state.tasks.len();
    html! {
        <section class="viz" data-testid="viz" aria-label="Visualization">
            <p>{ format!("{tasks} tasks at position {} of {}", props.pos, props.data.timeline.len()) }</p>
        </section>
    }
}
