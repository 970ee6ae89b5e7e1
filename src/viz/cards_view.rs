//! The channel and mutex cards (see [`super::cards`] for what they hold).

use std::rc::Rc;

use yew::prelude::*;

use super::cards::{ChanCard, Flight, MutexCard, NotifyCard, RwCard, SemCard, SetCard, Slot, chan_card, mutex_card, notify_card, rw_card, sem_card, set_card};
use super::component::{RunKey, StateKey};
use super::geom::RunGeom;
use super::names::{ellipsize, fmt_time};
use crate::markup::Markup;
use crate::model::task_colour;
use crate::num::Fixed;
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
            { crate::markup::fixed("<div class=\"viz-panel-head\"><h3>Channels</h3>\
                <span class=\"viz-hint\">senders → buffered messages → receivers; the next value out is on the right</span></div>") }
            <div class="viz-cards">
                { for cards.iter().map(|c| html! { <ChanCardView key={c.id.0} card={c.clone()} frac={props.frac} /> }) }
                if cards.is_empty() {
                    { crate::markup::fixed("<p class=\"viz-note\">No channel created yet at this point of the run.</p>") }
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

/// The card. Its tokens are keyed `html!` nodes, diffed token by token as
/// values come and go; the rest (header, senders, receivers, captions) is
/// markup text, short enough to rewrite on every step (see `markup.rs`).
#[function_component(ChanBody)]
fn chan_body(props: &BodyProps) -> Html {
    let c = &props.card;
    let leaving = match &c.flight {
        Some(Flight::Out { slot, .. }) if props.playing && c.kind != "broadcast" => Some(*slot),
        _ => None,
    };
    let class = crate::markup::class(&[Some("viz-chan"), Some(c.kind), c.closed.then_some("closed"), c.full.then_some("full")]);
    html! {
        <article {class} data-testid="channel" data-kind={c.kind} data-capacity={c.capacity.to_string()} data-len={c.len.to_string()}
            data-closed={c.closed.to_string()} aria-label={format!("Channel {}: {}", c.name, c.summary())}>
            { header_markup(c).into_html() }
            <div class="chan-flow">
                { senders_markup(c).into_html() }
                <div class="pipe">
                    <div class="slots" aria-label={format!("{} buffered", c.len)}>
                        { for c.tokens.iter().enumerate().map(|(i, t)| html! {
                            <span key={t.value} class={crate::markup::class(&[Some("token"), (leaving == Some(i)).then_some("leaving")])} data-testid="message"
                                data-value={t.text.clone()} data-seq={t.seq.to_string()}
                                style={t.from.map(|f| format!("border-color:{}", task_colour(f)))}
                                title={format!("value #{}: {}", t.seq, t.text)}>
                                { ellipsize(&t.text, 12) }
                                if c.kind == "broadcast" && !t.readers.is_empty() {
                                    <span class="copies" title="Receivers that still have to read their copy">
                                        { for t.readers.iter().map(|r| html! { <span class="copy" style={format!("background:{}", task_colour(*r))}></span> }) }
                                    </span>
                                }
                            </span>
                        }) }
                        { for (0..c.empty_slots).map(|i| html! {
                            <span key={format!("e{i}")} class={crate::markup::class(&[Some("slot"), (c.kind == "unbounded").then_some("open")])} aria-hidden="true"></span>
                        }) }
                    </div>
                    { caption_markup(c).into_html() }
                </div>
                { receivers_markup(c).into_html() }
            </div>
            { footer_markup(c).into_html() }
        </article>
    }
}

/// A task's name after a dot of its colour: `<span class="{class}">`.
pub(super) fn who(m: &mut Markup, class: &str, task: TaskId, name: &str) {
    m.raw("<span class=\"").raw(class).raw("\"><span class=\"dot\" style=\"background:").raw(task_colour(task)).raw("\"></span>").text(name).raw("</span>");
}

/// A token that is not in the channel: `<span class="token {class}">`.
fn ghost_token(m: &mut Markup, class: &str, testid: &str, text: &str) {
    m.raw("<span class=\"token ").raw(class).raw("\"").attr("data-testid", testid).attr("data-value", text).raw(">").text(&ellipsize(text, 10)).raw("</span>");
}

fn header_markup(c: &ChanCard) -> Markup {
    let mut m = Markup::new();
    m.raw("<header><span class=\"kind-badge ").raw(c.kind).raw("\">").raw(c.kind).raw("</span>");
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
    m.raw("</header>");
    m
}

fn senders_markup(c: &ChanCard) -> Markup {
    let mut m = Markup::new();
    m.raw("<ul class=\"ends senders\" aria-label=\"Senders\">");
    for s in &c.senders {
        m.raw(if s.blocked { "<li class=\"end blocked\"" } else { "<li class=\"end\"" }).attr("data-task", &s.short).raw(">");
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
            ghost_token(&mut m, "ghost", "message-moved", &mv.text);
            m.raw("</span>");
        }
        m.raw("</li>");
    }
    if c.more_senders > 0 {
        m.raw(if c.hidden_blocked > 0 { "<li class=\"more blocked\">" } else { "<li class=\"more\">" });
        m.text(&format!("+{} more", c.more_senders));
        if c.hidden_blocked > 0 {
            m.elem("span", "note warn", &format!("{} wait: channel full", c.hidden_blocked));
        }
        m.raw("</li>");
    }
    if c.senders.is_empty() {
        m.elem("li", "none", "no sender yet");
    }
    m.raw("</ul>");
    m
}

fn receivers_markup(c: &ChanCard) -> Markup {
    let mut m = Markup::new();
    m.raw("<ul class=\"ends receivers\" aria-label=\"Receivers\">");
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
            m.raw("<span class=\"owns\" title=\"The value it received last: it owns it now.\"><span class=\"word\">owns </span>");
            ghost_token(&mut m, "owned", "message-owned", text);
            m.raw("</span>");
        }
        m.raw("</li>");
    }
    if c.more_receivers > 0 {
        m.elem("li", "more", &format!("+{} more", c.more_receivers));
    }
    if c.receivers.is_empty() {
        m.elem("li", "none", "no receiver yet");
    }
    m.raw("</ul>");
    m
}

fn caption_markup(c: &ChanCard) -> Markup {
    let mut m = Markup::new();
    m.raw("<div class=\"pipe-caption\">").text(&format!("{} buffered", c.len));
    if c.hidden > 0 {
        m.text(&format!(" ({} not drawn)", c.hidden));
    }
    if c.more_room > 0 {
        m.text(&format!(" · room for {} more", c.more_room));
    }
    if c.full {
        m.elem("span", "full-badge", " · full");
    }
    if c.kind == "broadcast" && c.len > 0 {
        m.elem("span", "copies-note", " · dots: receivers yet to read their copy");
    }
    m.raw("</div>");
    m
}

fn footer_markup(c: &ChanCard) -> Markup {
    let plural = |n: u32| if n == 1 { "" } else { "s" };
    let (senders, receivers) = c.halves;
    let mut m = Markup::new();
    m.raw("<footer>")
        .text(&format!("sent {} · received {} · {senders} sender{} and {receivers} receiver{} alive", c.sent, c.received, plural(senders), plural(receivers)))
        .raw("</footer>");
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
            { crate::markup::fixed("<div class=\"viz-panel-head\"><h3>Mutexes</h3>\
                <span class=\"viz-hint\">who holds the lock, and who waits in line (first come, first served)</span></div>") }
            <div class="viz-cards">
                { for cards.iter().map(|c| html! { <MutexCardView key={c.id.0} card={c.clone()} /> }) }
                if cards.is_empty() {
                    { crate::markup::fixed("<p class=\"viz-note\">No mutex created yet at this point of the run.</p>") }
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
    let c = &props.card;
    let contended = !c.waiters.is_empty();
    let class =
        crate::markup::class(&[Some("viz-mutex"), contended.then_some("contended"), c.is_std.then_some("std"), c.blocks_thread.then_some("blocks-thread")]);
    let holder_name = c.holder.as_ref().map(|h| h.2.clone()).unwrap_or_default();
    html! {
        <article {class} data-testid="mutex" data-holder={holder_name} data-waiters={c.waiters.len().to_string()}
            data-kind={if c.is_std { "std" } else { "tokio" }}
            aria-label={format!("Mutex {}: {}, {} waiting", c.name, c.holder.as_ref().map(|h| format!("held by {}", h.1)).unwrap_or_else(|| "free".into()), c.waiters.len())}>
            { mutex_head_markup(c).into_html() }
            <ol class="queue" aria-label="Waiting, oldest first">
                { for c.waiters.iter().enumerate().map(|(i, w)| html! {
                    <li key={w.task.0} class="waiter" data-task={w.short.clone()}>
                        <span class="rank">{ format!("{}.", i + 1) }</span>
                        <span class="who"><span class="dot" style={format!("background:{}", task_colour(w.task))}></span>{ &w.short }</span>
                        <span class="waited" title={format!("asked at {}", fmt_time(w.since))}>
                            { if w.waited > 0 { format!("waiting {}", fmt_time(w.waited)) } else { format!("waiting since {}", fmt_time(w.since)) } }
                        </span>
                        if c.blocker == Some(w.task) { { crate::markup::fixed("<span class=\"note warn\">blocks the thread</span>") } }
                    </li>
                }) }
            </ol>
            if !contended { { crate::markup::fixed("<p class=\"queue-empty\">nobody waiting</p>") } }
        </article>
    }
}

/// A mutex card's header, thread warning and holder, as markup (its queue
/// stays keyed `html!`: it can be long, and changes at every step).
fn mutex_head_markup(c: &MutexCard) -> Markup {
    let contended = !c.waiters.is_empty();
    let mut m = Markup::new();
    m.raw("<header><span class=\"kind-badge ").raw(if c.is_std { "std" } else { "tokio" }).raw("\">").text(c.kind).raw("</span>");
    m.elem("strong", "mutex-name", &c.name).elem("span", "line", &format!("line {}", c.line));
    if contended {
        m.elem("span", "contention-badge", &format!("{} waiting", c.waiters.len()));
    }
    m.raw("</header>");
    if c.blocks_thread {
        m.elem("p", "thread-warning", "std::sync::Mutex::lock blocked the runtime's only thread: no task at all can run, including the holder.");
    }
    m.raw("<div class=\"holder\">");
    match &c.holder {
        Some((t, short, _)) => {
            m.raw("<span class=\"lock-icon held\" aria-hidden=\"true\"></span>");
            who(&mut m, "who", *t, short);
            let since = if c.handed_over {
                format!("handed the lock at {}, not yet running", fmt_time(c.since))
            } else {
                format!("holds it since {} ({} so far)", fmt_time(c.since), fmt_time(c.held_for))
            };
            m.elem("span", "since", &since);
        }
        None => {
            m.raw("<span class=\"lock-icon\" aria-hidden=\"true\"></span><span class=\"free\">free</span>");
        }
    }
    m.raw("</div>");
    m
}

/// Props of [`SemaphoresPanel`].
#[derive(Properties, PartialEq)]
pub struct SemaphoresProps {
    /// Its geometry.
    pub geom: Rc<RunGeom>,
    /// The state at the playhead.
    pub state: StateKey,
}

/// Every semaphore that exists at the playhead. A card is display-only
/// and short (its slots are capped), so each is one raw node.
#[function_component(SemaphoresPanel)]
pub fn semaphores_panel(props: &SemaphoresProps) -> Html {
    let cards: Rc<Vec<(u32, AttrValue)>> = use_memo(props.state.clone(), {
        let geom = props.geom.clone();
        move |state| {
            state
                .0
                .semaphores
                .iter()
                .filter_map(|s| sem_card(&geom, &state.0, s.id))
                .map(|c| (c.id.0, AttrValue::from(sem_card_markup(&c).into_string())))
                .collect()
        }
    });
    raw_cards_panel(
        "viz-semaphores",
        "Semaphores",
        "permits as slots, who holds them, and who waits for how many (first come, first served)",
        "No semaphore created yet at this point of the run.",
        &cards,
    )
}

/// A panel of display-only cards, each one raw node keyed by its id.
fn raw_cards_panel(class: &'static str, title: &'static str, hint: &'static str, none: &'static str, cards: &[(u32, AttrValue)]) -> Html {
    html! {
        <div class={classes!("viz-panel", class)}>
            <div class="viz-panel-head"><h3>{ title }</h3>
                <span class="viz-hint">{ hint }</span>
            </div>
            <div class="viz-cards">
                { for cards.iter().map(|(id, m)| html! { <div key={*id} class="viz-card-slot">{ Html::from_html_unchecked(m.clone()) }</div> }) }
                if cards.is_empty() {
                    <p class="viz-note">{ none }</p>
                }
            </div>
        </div>
    }
}

/// Every `Notify` that exists at the playhead.
#[function_component(NotifiesPanel)]
pub fn notifies_panel(props: &SemaphoresProps) -> Html {
    let cards: Rc<Vec<(u32, AttrValue)>> = use_memo(props.state.clone(), {
        let geom = props.geom.clone();
        move |state| {
            state
                .0
                .notifies
                .iter()
                .filter_map(|n| notify_card(&geom, &state.0, n.id))
                .map(|c| (c.id.0, AttrValue::from(notify_card_markup(&c).into_string())))
                .collect()
        }
    });
    raw_cards_panel(
        "viz-notifies",
        "Notify",
        "the stored permit (one at most), and who waits to be notified",
        "No Notify created yet at this point of the run.",
        &cards,
    )
}

/// A `Notify` card, as markup.
fn notify_card_markup(c: &NotifyCard) -> Markup {
    let mut m = Markup::with_capacity(512);
    let waiting = c.waiters.len();
    m.raw("<article class=\"viz-sem viz-notify");
    if c.permit {
        m.raw(" has-permit");
    }
    m.raw("\" data-testid=\"notify\"");
    m.attr("data-name", &c.name).attr("data-permit", if c.permit { "true" } else { "false" }).attr("data-waiters", &waiting.to_string());
    m.attr("aria-label", &format!("Notify {}: {}, {} waiting", c.name, if c.permit { "a permit is stored" } else { "no permit" }, waiting));
    m.raw("><header><span class=\"kind-badge tokio\">tokio::sync::Notify</span>");
    m.elem("strong", "mutex-name", &c.name).elem("span", "line", &format!("line {}", c.line));
    m.raw("</header><p class=\"notify-permit\"><span class=\"permit");
    m.raw(if c.permit { " stored\"" } else { " free\"" });
    m.raw(" aria-hidden=\"true\"></span>");
    m.text(if c.permit { "permit stored: the next notified().await completes at once" } else { "no permit stored" });
    m.raw("</p>");
    if waiting == 0 {
        m.elem("p", "queue-empty", "nobody waiting");
    } else {
        m.raw("<ol class=\"queue\" aria-label=\"Waiting, oldest first\">");
        for (i, (t, short)) in c.waiters.iter().enumerate() {
            m.raw("<li class=\"waiter\"").attr("data-task", short).raw(">");
            m.elem("span", "rank", &format!("{}.", i + 1));
            who(&mut m, "who", *t, short);
            m.raw("</li>");
        }
        m.raw("</ol>");
    }
    m.raw("</article>");
    m
}

/// A semaphore card, as markup.
fn sem_card_markup(c: &SemCard) -> Markup {
    let mut m = Markup::with_capacity(1024);
    let waiting = c.waiters.len();
    m.raw("<article class=\"viz-sem");
    if waiting > 0 {
        m.raw(" contended");
    }
    if c.closed {
        m.raw(" closed");
    }
    m.raw("\" data-testid=\"semaphore\"");
    m.attr("data-name", &c.name).attr("data-permits", &c.permits.to_string()).attr("data-available", &c.available.to_string());
    m.attr("data-waiters", &waiting.to_string());
    m.attr(
        "aria-label",
        &format!(
            "Semaphore {}: {} of {} permit{} free, {} waiting{}",
            c.name,
            c.available,
            c.permits,
            if c.permits == 1 { "" } else { "s" },
            waiting,
            if c.closed { ", closed" } else { "" }
        ),
    );
    m.raw(">");
    m.raw("<header><span class=\"kind-badge tokio\">tokio::sync::Semaphore</span>");
    m.elem("strong", "mutex-name", &c.name).elem("span", "line", &format!("line {}", c.line));
    if waiting > 0 {
        m.elem("span", "contention-badge", &format!("{waiting} waiting"));
    }
    if c.closed {
        m.elem("span", "closed-badge", "closed");
    }
    m.raw("</header>");
    match &c.slots {
        Some(slots) => {
            m.raw("<div class=\"permit-slots\" aria-hidden=\"true\">");
            for slot in slots {
                match slot {
                    Slot::Free => m.raw("<span class=\"permit free\" title=\"free\"></span>"),
                    Slot::Held(t) => m.raw("<span class=\"permit held\" style=\"background:").raw(task_colour(*t)).raw("\"></span>"),
                    Slot::Given(t) => m.raw("<span class=\"permit given\" style=\"border-color:").raw(task_colour(*t)).raw("\"></span>"),
                };
            }
            m.raw("</div>");
        }
        None => {
            m.elem("p", "permit-count", &format!("{} permits", c.permits));
        }
    }
    m.raw("<p class=\"permit-sum\">");
    m.text(&format!("{} of {} free", c.available, c.permits));
    m.raw("</p><ul class=\"sem-holders\" aria-label=\"Holding permits\">");
    for (t, short, n) in &c.holders {
        m.raw("<li>");
        who(&mut m, "who", *t, short);
        m.elem("span", "count", &format!("holds {n}"));
        m.raw("</li>");
    }
    m.raw("</ul>");
    if waiting == 0 {
        m.elem("p", "queue-empty", "nobody waiting");
    } else {
        m.raw("<ol class=\"queue\" aria-label=\"Waiting, oldest first\">");
        for (i, w) in c.waiters.iter().enumerate() {
            m.raw("<li class=\"waiter\"").attr("data-task", &w.short).attr("data-asked", &w.asked.to_string()).raw(">");
            m.elem("span", "rank", &format!("{}.", i + 1));
            who(&mut m, "who", w.task, &w.short);
            let asks = if w.given >= w.asked {
                format!("asks {} · given, not running yet", w.asked)
            } else if w.given > 0 {
                format!("asks {} · has {}", w.asked, w.given)
            } else {
                format!("asks {}", w.asked)
            };
            m.elem("span", "asks", &asks);
            m.raw("</li>");
        }
        m.raw("</ol>");
    }
    m.raw("</article>");
    m
}

/// Every `RwLock` that exists at the playhead.
#[function_component(RwLocksPanel)]
pub fn rwlocks_panel(props: &SemaphoresProps) -> Html {
    let cards: Rc<Vec<(u32, AttrValue)>> = use_memo(props.state.clone(), {
        let geom = props.geom.clone();
        move |state| {
            state
                .0
                .semaphores
                .iter()
                .filter_map(|s| rw_card(&geom, &state.0, s.id))
                .map(|c| (c.id.0, AttrValue::from(rw_card_markup(&c).into_string())))
                .collect()
        }
    });
    raw_cards_panel(
        "viz-rwlocks",
        "RwLocks",
        "many readers or one writer; a waiting writer holds back the readers behind it",
        "No RwLock created yet at this point of the run.",
        &cards,
    )
}

/// An `RwLock` card, as markup.
fn rw_card_markup(c: &RwCard) -> Markup {
    let mut m = Markup::with_capacity(768);
    let waiting = c.waiters.len();
    m.raw("<article class=\"viz-sem viz-rwlock");
    if waiting > 0 {
        m.raw(" contended");
    }
    m.raw("\" data-testid=\"rwlock\"");
    m.attr("data-name", &c.name).attr("data-readers", &c.readers.len().to_string());
    m.attr("data-writer", c.writer.as_ref().map_or("", |w| w.1.as_str())).attr("data-waiters", &waiting.to_string());
    let state = match (&c.writer, c.readers.len()) {
        (Some(w), _) => format!("written by {}", w.1),
        (None, 0) => "free".to_string(),
        (None, 1) => "read by 1 task".to_string(),
        (None, n) => format!("read by {n} tasks"),
    };
    m.attr("aria-label", &format!("RwLock {}: {state}, {waiting} waiting", c.name));
    m.raw("><header><span class=\"kind-badge tokio\">tokio::sync::RwLock</span>");
    m.elem("strong", "mutex-name", &c.name).elem("span", "line", &format!("line {}", c.line));
    if waiting > 0 {
        m.elem("span", "contention-badge", &format!("{waiting} waiting"));
    }
    m.raw("</header><ul class=\"sem-holders\" aria-label=\"Holding the lock\">");
    if let Some((t, short)) = &c.writer {
        m.raw("<li class=\"writer\">");
        who(&mut m, "who", *t, short);
        m.elem("span", "count", "writes");
        m.raw("</li>");
    }
    for (t, short) in &c.readers {
        m.raw("<li class=\"reader\">");
        who(&mut m, "who", *t, short);
        m.elem("span", "count", "reads");
        m.raw("</li>");
    }
    m.raw("</ul>");
    if c.writer.is_none() && c.readers.is_empty() {
        m.elem("p", "queue-empty", "free");
    }
    if waiting == 0 {
        m.elem("p", "queue-empty", "nobody waiting");
    } else {
        m.raw("<ol class=\"queue\" aria-label=\"Waiting, oldest first\">");
        for (i, (t, short, write)) in c.waiters.iter().enumerate() {
            m.raw("<li class=\"waiter\"").attr("data-task", short).attr("data-wants", if *write { "write" } else { "read" }).raw(">");
            m.elem("span", "rank", &format!("{}.", i + 1));
            who(&mut m, "who", *t, short);
            m.elem("span", "asks", if *write { "to write" } else { "to read" });
            m.raw("</li>");
        }
        m.raw("</ol>");
    }
    m.raw("</article>");
    m
}

/// Every `JoinSet` that exists at the playhead.
#[function_component(JoinSetsPanel)]
pub fn join_sets_panel(props: &SemaphoresProps) -> Html {
    let cards: Rc<Vec<(u32, AttrValue)>> = use_memo(props.state.clone(), {
        let geom = props.geom.clone();
        move |state| {
            state
                .0
                .join_sets
                .iter()
                .filter_map(|s| set_card(&geom, &state.0, s.id))
                .map(|c| (c.id.0, AttrValue::from(set_card_markup(&c).into_string())))
                .collect()
        }
    });
    raw_cards_panel(
        "viz-joinsets",
        "JoinSets",
        "its tasks, and the order join_next hands them back: the order they finish",
        "No JoinSet created yet at this point of the run.",
        &cards,
    )
}

/// A `JoinSet` card, as markup.
fn set_card_markup(c: &SetCard) -> Markup {
    let mut m = Markup::with_capacity(768);
    let finished = c.tasks.iter().filter(|t| t.2).count();
    m.raw("<article class=\"viz-sem viz-joinset\" data-testid=\"joinset\"");
    m.attr("data-name", &c.name).attr("data-len", &c.tasks.len().to_string()).attr("data-joined", &c.joined.len().to_string());
    m.attr(
        "aria-label",
        &format!(
            "JoinSet {}: {} task{}, {finished} finished and waiting to be joined, {} joined",
            c.name,
            c.tasks.len(),
            if c.tasks.len() == 1 { "" } else { "s" },
            c.joined.len()
        ),
    );
    m.raw("><header><span class=\"kind-badge tokio\">tokio::task::JoinSet</span>");
    m.elem("strong", "mutex-name", &c.name).elem("span", "line", &format!("line {}", c.line));
    m.elem("span", "line", &format!("len {}", c.tasks.len()));
    m.raw("</header><ul class=\"sem-holders\" aria-label=\"In the set\">");
    for (t, short, done) in &c.tasks {
        m.raw(if *done { "<li class=\"done\">" } else { "<li>" });
        who(&mut m, "who", *t, short);
        m.elem("span", "count", if *done { "finished, not joined yet" } else { "running" });
        m.raw("</li>");
    }
    m.raw("</ul>");
    if c.tasks.is_empty() {
        m.elem("p", "queue-empty", "empty");
    }
    if !c.joined.is_empty() {
        m.raw("<ol class=\"queue joined\" aria-label=\"Handed back by join_next, in order\">");
        for (i, (t, short)) in c.joined.iter().enumerate() {
            m.raw("<li class=\"waiter\"").attr("data-task", short).raw(">");
            m.elem("span", "rank", &format!("{}.", i + 1));
            who(&mut m, "who", *t, short);
            m.raw("</li>");
        }
        m.raw("</ol>");
    }
    m.raw("</article>");
    m
}
