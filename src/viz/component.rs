//! The Yew components of the visualization (wasm32 only). They draw what
//! the plain modules compute; the per-run work is memoized on the run's
//! `Rc` pointer, and the parts that do not depend on the tween (`frac`)
//! are separate components with cheap `PartialEq` props, so a playback
//! frame re-renders only the playhead, the moving tokens and the scroll.

use std::rc::Rc;

use taskscope_engine::Outcome;
use taskscope_engine::view::ViewState;
use yew::prelude::*;

use super::banner_view::DeadlockBanner;
use super::cards_view::{ChannelsPanel, MutexesPanel, Resource, ResourcePanel};
use super::geom::RunGeom;
use super::lanes_view::LanesPanel;
use crate::hooks::use_window_listener;
use crate::model::RunData;

/// What the app passes to [`Visualization`].
#[derive(Properties)]
pub struct VizProps {
    /// The run being shown (compared by pointer).
    pub data: Rc<RunData>,
    /// Its geometry and names, built once per run by the app (compared by
    /// pointer).
    pub geom: Rc<RunGeom>,
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
            && Rc::ptr_eq(&self.geom, &other.geom)
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
        use_window_listener("resize", move || measure());
    }
    // Also at mount (the first `remeasure`).
    use_effect_with(remeasure, move |_| measure());
    *width
}

/// Every panel of the visualization.
#[function_component(Visualization)]
pub fn visualization(props: &VizProps) -> Html {
    let key = RunKey(props.data.clone());
    let geom = &props.geom;
    let data = &props.data;
    let len = data.timeline.len();
    let pos = props.pos.min(len);
    let deadlock = match &data.run.outcome {
        Outcome::Deadlock(report) => Some(report),
        _ => None,
    };

    if len == 0 {
        return crate::markup::fixed(
            "<section class=\"viz viz-empty\" data-testid=\"viz\" aria-label=\"Visualization\">\
             <p class=\"viz-note\">Nothing ran yet: once the program compiles, its tasks, channels and locks appear here.</p></section>",
        );
    }

    let class = crate::markup::class(&[Some("viz"), props.reduced_motion.then_some("reduced-motion"), (props.frac > 0.0).then_some("playing")]);
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
                if geom.sem_kinds.0 {
                    <ResourcePanel data={key.clone()} kind={Resource::Semaphore} geom={geom.clone()} state={StateKey(props.state.clone())} />
                }
                if geom.sem_kinds.1 {
                    <ResourcePanel data={key.clone()} kind={Resource::RwLock} geom={geom.clone()} state={StateKey(props.state.clone())} />
                }
                if !geom.notifies.is_empty() {
                    <ResourcePanel data={key.clone()} kind={Resource::Notify} geom={geom.clone()} state={StateKey(props.state.clone())} />
                }
                if !geom.sets.is_empty() {
                    <ResourcePanel data={key.clone()} kind={Resource::JoinSet} geom={geom.clone()} state={StateKey(props.state.clone())} />
                }
                if !geom.tokens.is_empty() {
                    <ResourcePanel data={key.clone()} kind={Resource::CancelToken} geom={geom.clone()} state={StateKey(props.state.clone())} />
                }
                if !geom.onces.is_empty() {
                    <ResourcePanel data={key.clone()} kind={Resource::Once} geom={geom.clone()} state={StateKey(props.state.clone())} />
                }
                if !geom.trackers.is_empty() {
                    <ResourcePanel data={key.clone()} kind={Resource::TaskTracker} geom={geom.clone()} state={StateKey(props.state.clone())} />
                }
                if !geom.barriers.is_empty() {
                    <ResourcePanel data={key.clone()} kind={Resource::Barrier} geom={geom.clone()} state={StateKey(props.state.clone())} />
                }
                if !geom.watches.is_empty() {
                    <ResourcePanel data={key.clone()} kind={Resource::Watch} geom={geom.clone()} state={StateKey(props.state.clone())} />
                }
            </div>
        </section>
    }
}

/// Component tests, in a real browser (`wasm-bindgen-test`): the panels
/// drawn for bundled examples agree with the engine's view of the run.
#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::time::Duration;

    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;
    use web_sys::{Element, KeyboardEvent, KeyboardEventInit};

    use super::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn example(name: &str) -> Rc<RunData> {
        Rc::new(crate::model::run_example(name))
    }

    /// Mounts the visualization of `data` at `pos` into its own element.
    async fn mount(data: Rc<RunData>, pos: usize, on_seek: Callback<usize>) -> (Element, yew::AppHandle<Visualization>) {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        root.set_attribute("style", "width:1000px").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let state = Rc::new(data.timeline.state_at(&data.run.trace, pos));
        let geom = Rc::new(RunGeom::new(&data));
        let props = VizProps { data, geom, state, pos, frac: 0.0, reduced_motion: true, on_seek };
        let handle = yew::Renderer::<Visualization>::with_root_and_props(root.clone(), props).render();
        gloo_timers::future::sleep(Duration::from_millis(40)).await;
        (root, handle)
    }

    fn all(root: &Element, selector: &str) -> Vec<Element> {
        let list = root.query_selector_all(selector).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
    }

    fn attr(el: &Element, name: &str) -> String {
        el.get_attribute(name).unwrap_or_default()
    }

    #[wasm_bindgen_test]
    async fn lanes_and_channel_cards_agree_with_the_view_state() {
        let data = example("bounded_mpsc_backpressure");
        let len = data.timeline.len();
        for pos in [0, len / 3, len / 2, len] {
            let state = data.timeline.state_at(&data.run.trace, pos);
            let (root, handle) = mount(data.clone(), pos, Callback::noop()).await;
            let lanes = all(&root, "[data-testid=task-lane]");
            assert_eq!(lanes.len(), state.tasks.len(), "at {pos}");
            for lane in &lanes {
                assert!(["running", "scheduled", "idle", "blocked", "completed", "panicked"].contains(&attr(lane, "data-state").as_str()));
            }
            let cards = all(&root, "[data-testid=channel]");
            assert_eq!(cards.len(), state.channels.len(), "at {pos}");
            assert_eq!(cards.is_empty(), pos == 0);
            for card in &cards {
                assert_eq!(attr(card, "data-kind"), "mpsc");
                let tokens = all(card, "[data-testid=message]").len();
                assert_eq!(attr(card, "data-len"), tokens.to_string(), "at {pos}");
            }
            handle.destroy();
        }
    }

    #[wasm_bindgen_test]
    async fn a_contended_mutex_shows_its_holder_and_waiters() {
        let data = example("mutex_contention");
        let len = data.timeline.len();
        let mut seen_waiters = false;
        for pos in (0..=len).step_by((len / 8).max(1)) {
            let state = data.timeline.state_at(&data.run.trace, pos);
            let (root, handle) = mount(data.clone(), pos, Callback::noop()).await;
            let cards = all(&root, "[data-testid=mutex]");
            let Some(view) = state.mutex(taskscope_engine::trace::MutexId(0)) else {
                assert!(cards.is_empty(), "no mutex yet at {pos}");
                handle.destroy();
                continue;
            };
            assert_eq!(attr(&cards[0], "data-waiters"), view.waiters.len().to_string(), "at {pos}");
            assert_eq!(attr(&cards[0], "data-holder").is_empty(), view.holder.is_none(), "at {pos}");
            seen_waiters |= !view.waiters.is_empty();
            handle.destroy();
        }
        assert!(seen_waiters, "the example never contends");
    }

    #[wasm_bindgen_test]
    async fn a_deadlock_shows_the_banner_and_the_cycle_only_at_the_end() {
        let data = example("abba_deadlock");
        let len = data.timeline.len();
        let (root, handle) = mount(data.clone(), len, Callback::noop()).await;
        let banner = all(&root, "[data-testid=deadlock]");
        assert_eq!(banner.len(), 1);
        assert_eq!(attr(&banner[0], "data-at-end"), "true");
        assert_eq!(all(&root, "[data-testid=deadlock-cycle] path").len(), 4);
        handle.destroy();
        let (root, handle) = mount(data, 0, Callback::noop()).await;
        assert_eq!(all(&root, "[data-testid=deadlock-cycle] path").len(), 0);
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn values_with_markup_in_them_show_as_text() {
        // Values come from the program, and programs come from links: the
        // cards write some of them as markup text, which must escape them.
        let src = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel(4);\n    let evil = String::from(\"<img src=x onerror=alert(1)>\");\n    tx.send(evil).await.unwrap();\n    let quote = String::from(\"\\\"><b>x</b>\");\n    tx.send(quote).await.unwrap();\n    let got = rx.recv().await.unwrap();\n    println!(\"{}\", got);\n}\n";
        let data = Rc::new(RunData::new(src, &crate::model::interactive_config()));
        assert!(data.ran(), "{:?}", data.run.diagnostics);
        let (root, handle) = mount(data.clone(), data.timeline.len(), Callback::noop()).await;
        assert_eq!(all(&root, "img, b").len(), 0, "markup from a value reached the DOM");
        let owned = all(&root, "[data-testid=message-owned]");
        assert_eq!(attr(&owned[0], "data-value"), "\"<img src=x onerror=alert(1)>\"");
        let moved = all(&root, "[data-testid=message-moved]");
        assert_eq!(attr(&moved[0], "data-value"), "\"\\\"><b>x</b>\"");
        // Shown as text (shortened to 10 characters on the chip).
        assert!(root.text_content().unwrap_or_default().contains("\"<img src…"));
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn await_markers_seek_on_click_and_on_enter() {
        let data = example("mutex_contention");
        let sought = Rc::new(Cell::new(None));
        let on_seek = {
            let sought = sought.clone();
            Callback::from(move |to: usize| sought.set(Some(to)))
        };
        let (root, handle) = mount(data, 0, on_seek).await;
        let marks = all(&root, ".viz-layer .mark");
        assert!(marks.len() > 1);
        let mark = &marks[1];
        assert_eq!(attr(mark, "role"), "button");
        // Out of the tab order: the lanes' group is the one tab stop.
        assert_eq!(attr(mark, "tabindex"), "-1");
        let group = all(&root, ".viz-chunks[role=group]");
        assert_eq!(attr(&group[0], "tabindex"), "0");
        assert!(!attr(mark, "aria-label").is_empty());
        let to: usize = attr(mark, "data-seek").parse().unwrap();
        let init = KeyboardEventInit::new();
        init.set_key("Enter");
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        mark.dispatch_event(&event).unwrap();
        assert_eq!(sought.get(), Some(to));
        assert!(event.default_prevented(), "Space/Enter must not reach the page's shortcuts");
        sought.set(None);
        // A click on the marker's shape (a child) seeks too.
        let shape = mark.query_selector("path").unwrap().unwrap();
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        let click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
        shape.dispatch_event(&click).unwrap();
        assert_eq!(sought.get(), Some(to));
        handle.destroy();
    }
}
