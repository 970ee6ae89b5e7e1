//! The deadlock banner: a small badge while the playhead is before the end
//! of a run that deadlocks, the full story once it reaches the end.

use std::rc::Rc;

use taskscope_engine::Outcome;
use yew::prelude::*;

use super::cards_view::who;
use super::component::RunKey;
use super::deadlock::story;
use super::geom::RunGeom;
use super::names::Names;
use crate::markup::Markup;

/// Props of [`DeadlockBanner`].
#[derive(Properties, PartialEq)]
pub struct BannerProps {
    /// The run (its outcome is a deadlock).
    pub data: RunKey,
    /// Its geometry.
    pub geom: Rc<RunGeom>,
    /// The playhead is at the end of the run.
    pub at_end: bool,
    /// Seek (the badge jumps to the end).
    pub on_seek: Callback<usize>,
}

/// The deadlock banner (`data-testid="deadlock"`), present whenever the run
/// deadlocks.
#[function_component(DeadlockBanner)]
pub fn deadlock_banner(props: &BannerProps) -> Html {
    let data = &props.data.0;
    let Outcome::Deadlock(report) = &data.run.outcome else { return Html::default() };
    let len = data.timeline.len();
    let s = use_memo(props.data.clone(), {
        let geom = props.geom.clone();
        move |k| {
            let end = k.0.timeline.state_at(&k.0.run.trace, k.0.timeline.len());
            match &k.0.run.outcome {
                Outcome::Deadlock(r) => Some(story(r, &end, &geom, &k.0.source)),
                _ => None,
            }
        }
    });
    let Some(s) = s.as_ref() else { return Html::default() };
    let cycle_names: Vec<String> = report.cycle.iter().map(|&t| props.geom.tasks.get(t.index()).map(|i| i.name.clone()).unwrap_or_default()).collect();

    if !props.at_end {
        let on_seek = props.on_seek.clone();
        let onclick = Callback::from(move |_| on_seek.emit(len));
        return html! {
            <div class="viz-deadlock badge" data-testid="deadlock" data-at-end="false" data-cycle={cycle_names.join(",")} role="note">
                { crate::markup::fixed("<span class=\"icon\" aria-hidden=\"true\">!</span><span>This run ends in a deadlock.</span>") }
                <button type="button" {onclick}>{ "Show the end" }</button>
            </div>
        };
    }

    let mut m = Markup::new();
    m.raw("<div class=\"viz-deadlock banner\" data-testid=\"deadlock\" data-at-end=\"true\"")
        .attr("data-cycle", &cycle_names.join(","))
        .raw(" role=\"alert\"><h3><span class=\"icon\" aria-hidden=\"true\">!</span>")
        .text(&s.title)
        .raw("</h3>")
        .elem("p", "summary", &s.summary);
    if !s.cycle.is_empty() {
        m.raw("<ol class=\"cycle\" aria-label=\"Wait-for cycle\" data-testid=\"deadlock-chain\">");
        for (i, l) in s.cycle.iter().enumerate() {
            m.raw("<li class=\"link\">");
            who(&mut m, "who", l.task, &l.name);
            m.raw("<span class=\"arrow\" aria-hidden=\"true\">→</span><span class=\"res ")
                .raw(l.resource)
                .raw("\">")
                .text(&l.waits)
                .raw("</span>")
                .elem("span", "because", &l.because);
            if i + 1 == s.cycle.len() {
                who(&mut m, "who back", l.next, &props.geom.task(l.next));
                m.elem("span", "loop", "…and round again");
            }
            m.raw("</li>");
        }
        m.raw("</ol>");
    }
    m.raw("<ul class=\"stuck\">");
    for l in &s.stuck {
        m.elem("li", "", l);
    }
    m.raw("</ul><p class=\"advice\"><strong>How to fix it: </strong>").text(&s.advice).raw("</p></div>");
    m.into_html()
}
