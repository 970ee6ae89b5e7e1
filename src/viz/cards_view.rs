//! The channel and mutex cards (see [`super::cards`] for what they hold).

use std::rc::Rc;

use yew::prelude::*;

use super::cards::{chan_card, mutex_card, ChanCard, Flight, MutexCard};
use super::component::{RunKey, StateKey};
use super::geom::RunGeom;
use super::names::{ellipsize, fmt_time};
use crate::model::task_colour;
use crate::markup::Markup;
use crate::num::Fixed;
use std::fmt::Write;
use taskscope_engine::trace::TaskId;

/// Props of [`ChannelsPanel`].
#[derive(Properties, PartialEq)]
pub struct ChannelsProps {
    /// The run.
    pub data: RunKey,
    /// Its geometry.
    pub geom: Rc<RunGeom>,
    /// The state at the playhead.
    pub state: StateKey,
    /// The tween toward the next position.
    pub frac: f64,
}

/// Every channel of the run that exists at the playhead.
#[function_component(ChannelsPanel)]
pub fn channels_panel(props: &ChannelsProps) -> Html {
    let cards: Rc<Vec<Rc<ChanCard>>> = use_memo((props.data.clone(), props.state.clone()), {
        let geom = props.geom.clone();
        move |(data, state)| state.0.channels.iter().filter_map(|c| chan_card(&data.0, &geom, &state.0, c.id)).map(Rc::new).collect()
    });
    let later = props.geom.chans.len() - cards.len();
    html! {
        <div class="viz-panel viz-channels">
            <div class="viz-panel-head"><h3>{ "Channels" }</h3>
                <span class="viz-hint">{ "senders → buffered messages → receivers; the next value out is on the right" }</span>
            </div>
            <div class="viz-cards">
                { for cards.iter().map(|c| html! { <ChanCardView key={c.id} card={c.clone()} frac={props.frac} /> }) }
                if cards.is_empty() {
                    <p class="viz-note">{ "No channel created yet at this point of the run." }</p>
                } else if later > 0 {
                    <p class="viz-note">{ format!("{later} more created later in the run.") }</p>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    card: Rc<ChanCard>,
    frac: f64,
}

/// Where a slot's centre sits across the card's flow, in percent: the
/// senders take the left quarter, the receivers the right one, and the
/// oldest value (the next out) is on the right of the pipe.
fn slot_x(slot: usize, slots: usize) -> f64 {
    let n = slots.max(1) as f64;
    27.0 + 46.0 * (1.0 - (slot as f64 + 0.5) / n)
}

#[function_component(ChanCardView)]
fn chan_card_view(props: &CardProps) -> Html {
    let card = &props.card;
    let playing = props.frac > 0.0;
    let slots = card.tokens.len() + card.empty_slots;
    let flying = card.flight.as_ref().filter(|_| playing).map(|f| {
        let (from, to, text, colour) = match f {
            Flight::In { from, text, slot, .. } => (12.0, slot_x(*slot, slots.max(slot + 1)), text, task_colour(*from)),
            Flight::Out { to, text, slot, .. } => (slot_x(*slot, slots), 88.0, text, task_colour(*to)),
        };
        let x = from + (to - from) * props.frac;
        // A full-width box moved by a transform: its percentage is of the
        // flow's width, and moving it needs no layout or repaint.
        html! {
            <div class="fly-lane" style={format!("transform:translateX({}%)", Fixed(x, 2))} aria-hidden="true">
                <span class="token flying" data-testid="message-flying" style={format!("border-color:{colour}")}>{ ellipsize(text, 12) }</span>
            </div>
        }
    });
    // The body is skipped while only the tween moves; the token in flight
    // is a sibling laid over it.
    html! {
        <div class="viz-chan-box">
            <ChanBody card={card.clone()} {playing} />
            <div class="fly-holder">{ for flying }</div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct BodyProps {
    card: Rc<ChanCard>,
    playing: bool,
}

#[function_component(ChanBody)]
fn chan_body(props: &BodyProps) -> Html {
    chan_body_markup(&props.card, props.playing).into_html()
}

/// A task's name after a dot of its colour: `<span class="{class}">`.
pub(super) fn who(m: &mut Markup, class: &str, task: TaskId, name: &str) {
    m.raw("<span class=\"")
        .raw(class)
        .raw("\"><span class=\"dot\" style=\"background:")
        .raw(task_colour(task))
        .raw("\"></span>")
        .text(name)
        .raw("</span>");
}

fn token_attrs(m: &mut Markup, testid: &str, text: &str) {
    m.attr("data-testid", testid).attr("data-value", text);
}

fn chan_body_markup(c: &ChanCard, playing: bool) -> Markup {
    let leaving = match &c.flight {
        Some(Flight::Out { slot, .. }) if playing && c.kind != "broadcast" => Some(*slot),
        _ => None,
    };
    let mut m = Markup::new();
    m.raw("<article class=\"viz-chan ").raw(c.kind);
    if c.closed {
        m.raw(" closed");
    }
    if c.full {
        m.raw(" full");
    }
    m.raw("\" data-testid=\"channel\" data-kind=\"").raw(c.kind).raw("\"");
    m.attr_num("data-capacity", c.capacity as u64)
        .attr_num("data-len", c.len as u64)
        .raw(if c.closed { " data-closed=\"true\"" } else { " data-closed=\"false\"" })
        .attr("aria-label", &format!("Channel {}: {}", c.name, c.summary()));
    m.raw("><header><span class=\"kind-badge ").raw(c.kind).raw("\">").raw(c.kind).raw("</span>");
    m.elem("strong", "chan-name", &c.name);
    match c.kind {
        "unbounded" => m.elem("span", "cap", "unbounded"),
        "broadcast" => m.elem("span", "cap", &format!("ring of {}", c.capacity)),
        "oneshot" => m.elem("span", "cap", "one value"),
        _ => m.elem("span", "cap", &format!("capacity {}", c.capacity)),
    };
    m.elem("span", "line", &format!("line {}", c.line));
    if c.closed {
        m.elem("span", "closed-badge", "closed");
    }
    m.raw("</header><div class=\"chan-flow\"><ul class=\"ends senders\" aria-label=\"Senders\">");
    for s in &c.senders {
        m.raw(if s.blocked { "<li class=\"end blocked\"" } else { "<li class=\"end\"" })
            .attr("data-task", &s.short)
            .raw(">");
        who(&mut m, "who", s.task, &s.short);
        if s.blocked {
            m.elem("span", "note warn", "waits: channel full");
        }
        if let Some(mv) = &s.moved {
            if mv.copied {
                m.raw("<span class=\"moved copied\" title=\"The value is Copy: send copied it, and the sender still has its own.\">");
                match &mv.var {
                    Some(v) => m.elem("span", "var", v).elem("span", "word", " copied in"),
                    None => m.elem("span", "word", "sent"),
                };
            } else {
                m.raw("<span class=\"moved\" title=\"send moved the value into the channel: the sender no longer owns it.\">");
                if let Some(v) = &mv.var {
                    m.elem("s", "var", v);
                }
                m.elem("span", "word", " moved");
            }
            m.raw("<span class=\"token ghost\"");
            token_attrs(&mut m, "message-moved", &mv.text);
            m.raw(">").text(&ellipsize(&mv.text, 10)).raw("</span></span>");
        }
        m.raw("</li>");
    }
    if c.more_senders > 0 {
        m.raw(if c.hidden_blocked > 0 { "<li class=\"more blocked\">" } else { "<li class=\"more\">" });
        let _ = write!(m, "+{} more", c.more_senders);
        if c.hidden_blocked > 0 {
            m.elem("span", "note warn", &format!("{} wait: channel full", c.hidden_blocked));
        }
        m.raw("</li>");
    }
    if c.senders.is_empty() {
        m.elem("li", "none", "no sender yet");
    }
    m.raw("</ul><div class=\"pipe\"><div class=\"slots\"")
        .attr("aria-label", &format!("{} buffered", c.len))
        .raw(">");
    for (i, t) in c.tokens.iter().enumerate() {
        m.raw(if leaving == Some(i) { "<span class=\"token leaving\"" } else { "<span class=\"token\"" });
        token_attrs(&mut m, "message", &t.text);
        m.attr_num("data-seq", t.seq);
        if let Some(f) = t.from {
            m.raw(" style=\"border-color:").raw(task_colour(f)).raw("\"");
        }
        m.attr("title", &format!("value #{}: {}", t.seq, t.text)).raw(">");
        m.text(&ellipsize(&t.text, 12));
        if c.kind == "broadcast" && !t.readers.is_empty() {
            m.raw("<span class=\"copies\" title=\"Receivers that still have to read their copy\">");
            for r in &t.readers {
                m.raw("<span class=\"copy\" style=\"background:").raw(task_colour(*r)).raw("\"></span>");
            }
            m.raw("</span>");
        }
        m.raw("</span>");
    }
    for _ in 0..c.empty_slots {
        m.raw(if c.kind == "unbounded" { "<span class=\"slot open\" aria-hidden=\"true\"></span>" } else { "<span class=\"slot\" aria-hidden=\"true\"></span>" });
    }
    m.raw("</div><div class=\"pipe-caption\">");
    let _ = write!(m, "{} buffered", c.len);
    if c.hidden > 0 {
        let _ = write!(m, " ({} not drawn)", c.hidden);
    }
    if c.more_room > 0 {
        let _ = write!(m, " · room for {} more", c.more_room);
    }
    if c.full {
        m.elem("span", "full-badge", " · full");
    }
    if c.kind == "broadcast" && c.len > 0 {
        m.elem("span", "copies-note", " · dots: receivers yet to read their copy");
    }
    m.raw("</div></div><ul class=\"ends receivers\" aria-label=\"Receivers\">");
    for r in &c.receivers {
        m.raw("<li class=\"end");
        if r.waiting {
            m.raw(" waiting");
        }
        if r.missed > 0 || r.lagged.is_some() {
            m.raw(" lagging");
        }
        m.raw("\"").attr("data-task", &r.short).raw(">");
        who(&mut m, "who", r.task, &r.short);
        if r.waiting {
            m.elem("span", "note", "waits for a message");
        }
        if let Some(n) = r.lagged {
            m.elem("span", "note lag", &format!("Lagged: missed {n}"));
        } else if r.missed > 0 {
            m.elem("span", "note lag", &format!("behind: {} overwritten", r.missed));
        }
        if let Some(text) = &r.owns {
            m.raw("<span class=\"owns\" title=\"The value it received last: it owns it now.\"><span class=\"word\">owns </span><span class=\"token owned\"");
            token_attrs(&mut m, "message-owned", text);
            m.raw(">").text(&ellipsize(text, 10)).raw("</span></span>");
        }
        m.raw("</li>");
    }
    if c.more_receivers > 0 {
        m.elem("li", "more", &format!("+{} more", c.more_receivers));
    }
    if c.receivers.is_empty() {
        m.elem("li", "none", "no receiver yet");
    }
    m.raw("</ul></div><footer>");
    let plural = |n: u32| if n == 1 { "" } else { "s" };
    let _ = write!(
        m,
        "sent {} · received {} · {} sender{} and {} receiver{} alive",
        c.sent,
        c.received,
        c.halves.0,
        plural(c.halves.0),
        c.halves.1,
        plural(c.halves.1)
    );
    m.raw("</footer></article>");
    m
}

/// Props of [`MutexesPanel`].
#[derive(Properties, PartialEq)]
pub struct MutexesProps {
    /// Its geometry.
    pub geom: Rc<RunGeom>,
    /// The state at the playhead.
    pub state: StateKey,
}

/// Every mutex that exists at the playhead.
#[function_component(MutexesPanel)]
pub fn mutexes_panel(props: &MutexesProps) -> Html {
    let cards: Rc<Vec<Rc<MutexCard>>> = use_memo(props.state.clone(), {
        let geom = props.geom.clone();
        move |state| state.0.mutexes.iter().filter_map(|m| mutex_card(&geom, &state.0, m.id)).map(Rc::new).collect()
    });
    html! {
        <div class="viz-panel viz-mutexes">
            <div class="viz-panel-head"><h3>{ "Mutexes" }</h3>
                <span class="viz-hint">{ "who holds the lock, and who waits in line (first come, first served)" }</span>
            </div>
            <div class="viz-cards">
                { for cards.iter().map(|c| html! { <MutexCardView key={c.id} card={c.clone()} /> }) }
                if cards.is_empty() {
                    <p class="viz-note">{ "No mutex created yet at this point of the run." }</p>
                }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MutexCardProps {
    card: Rc<MutexCard>,
}

#[function_component(MutexCardView)]
fn mutex_card_view(props: &MutexCardProps) -> Html {
    mutex_card_markup(&props.card).into_html()
}

fn mutex_card_markup(c: &MutexCard) -> Markup {
    let contended = !c.waiters.is_empty();
    let kind = if c.is_std { "std" } else { "tokio" };
    let mut m = Markup::new();
    m.raw("<article class=\"viz-mutex");
    if contended {
        m.raw(" contended");
    }
    if c.is_std {
        m.raw(" std");
    }
    if c.blocks_thread {
        m.raw(" blocks-thread");
    }
    m.raw("\" data-testid=\"mutex\"")
        .attr("data-holder", c.holder.as_ref().map(|h| h.2.as_str()).unwrap_or_default());
    m.attr_num("data-waiters", c.waiters.len() as u64).raw(" data-kind=\"").raw(kind).raw("\"");
    let held = match &c.holder {
        Some(h) => format!("held by {}", h.1),
        None => "free".into(),
    };
    m.attr("aria-label", &format!("Mutex {}: {held}, {} waiting", c.name, c.waiters.len()));
    m.raw("><header><span class=\"kind-badge ").raw(kind).raw("\">").text(c.kind).raw("</span>");
    m.elem("strong", "mutex-name", &c.name).elem("span", "line", &format!("line {}", c.line));
    if contended {
        m.elem("span", "contention-badge", &format!("{} waiting", c.waiters.len()));
    }
    m.raw("</header>");
    if c.blocks_thread {
        m.elem(
            "p",
            "thread-warning",
            "std::sync::Mutex::lock blocked the runtime's only thread: no task at all can run, including the holder.",
        );
    }
    m.raw("<div class=\"holder\">");
    if let Some((t, short, _)) = &c.holder {
        m.raw("<span class=\"lock-icon held\" aria-hidden=\"true\"></span>");
        who(&mut m, "who", *t, short);
        let since = if c.handed_over {
            format!("handed the lock at {}, not yet running", fmt_time(c.since))
        } else {
            format!("holds it since {} ({} so far)", fmt_time(c.since), fmt_time(c.held_for))
        };
        m.elem("span", "since", &since);
    } else {
        m.raw("<span class=\"lock-icon\" aria-hidden=\"true\"></span><span class=\"free\">free</span>");
    }
    m.raw("</div><ol class=\"queue\" aria-label=\"Waiting, oldest first\">");
    for (i, w) in c.waiters.iter().enumerate() {
        m.raw("<li class=\"waiter\"").attr("data-task", &w.short).raw(">");
        m.elem("span", "rank", &format!("{}.", i + 1));
        who(&mut m, "who", w.task, &w.short);
        let waited = if w.waited > 0 {
            format!("waiting {}", fmt_time(w.waited))
        } else {
            format!("waiting since {}", fmt_time(w.since))
        };
        m.raw("<span class=\"waited\"")
            .attr("title", &format!("asked at {}", fmt_time(w.since)))
            .raw(">")
            .text(&waited)
            .raw("</span>");
        if c.blocker == Some(w.task) {
            m.elem("span", "note warn", "blocks the thread");
        }
        m.raw("</li>");
    }
    m.raw("</ol>");
    if !contended {
        m.elem("p", "queue-empty", "nobody waiting");
    }
    m.raw("</article>");
    m
}
