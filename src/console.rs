//! The console: what the program printed up to the playhead, stdout and
//! stderr interleaved as a terminal shows them.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use crate::model::{ByPtr, RunData, console_chunks, printed_counts};

#[derive(Properties)]
pub struct ConsoleProps {
    pub data: Rc<RunData>,
    pub pos: usize,
    /// The run shown is not of the text in the editor (it has errors): dim.
    #[prop_or_default]
    pub stale: bool,
}

impl PartialEq for ConsoleProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data) && self.pos == other.pos && self.stale == other.stale
    }
}

#[function_component(Console)]
pub fn console(props: &ConsoleProps) -> Html {
    let pre = use_node_ref();
    // Only the number of prints before the playhead matters: playback frames
    // that print nothing new do not rebuild the text.
    let (shown, total) = printed_counts(&props.data, props.pos);
    let chunks = {
        let data = props.data.clone();
        let pos = props.pos;
        use_memo((ByPtr(data.clone()), shown), move |_| console_chunks(&data, pos))
    };
    // Follow the output, as a terminal does.
    {
        let pre = pre.clone();
        use_effect_with((ByPtr(props.data.clone()), shown), move |_| {
            if let Some(el) = pre.cast::<Element>() {
                el.set_scroll_top(el.scroll_height());
            }
        });
    }
    let count = if total == 0 { "nothing printed".to_string() } else { format!("{shown} of {total} print{}", if total == 1 { "" } else { "s" }) };
    html! {
        <section class={crate::markup::class(&[Some("pane"), Some("console-pane"), props.stale.then_some("stale")])} aria-labelledby="console-title">
            <div class="pane-head">
                { crate::markup::fixed("<h2 id=\"console-title\">Console</h2>") }
                <span class="pane-note" data-testid="console-count">{ count }</span>
            </div>
            <pre ref={pre} class="console" data-testid="console" tabindex="0" aria-label="Program output up to the playhead">
                { for chunks.iter().map(|c| if c.stderr {
                    html! { <span class="stderr">{ &c.text }</span> }
                } else {
                    html! { { &c.text } }
                }) }
            </pre>
        </section>
    }
}
