//! The channel and mutex cards (see [`super::cards`] for what they hold).

use std::rc::Rc;

use yew::prelude::*;

use super::cards::{
    BarrierCard, ChanCard, Flight, MutexCard, NotifyCard, RwCard, SemCard, SetCard, Slot, TokenCard, TrackerCard, WatchCard, barrier_card, chan_card,
    mutex_card, notify_card, rw_card, sem_card, set_card, token_card, tracker_card, watch_card,
};
use super::cards::{OnceCard, once_card};
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
            data-closed={c.closed.to_string()} data-rx-closed={c.rx_closed.to_string()} data-reserved={c.reserved.len().to_string()} aria-label={format!("Channel {}: {}", c.name, c.summary())}>
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
                        { for c.reserved.iter().enumerate().map(|(i, (t, name))| html! {
                            <span key={format!("r{i}")} class="slot reserved" data-testid="reserved-slot" data-task={name.clone()}
                                style={format!("border-color:{}", task_colour(*t))} title={format!("reserved by {name}: a Permit holds this slot until it sends or is dropped")}>
                                { "reserved" }
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
    if c.rx_closed {
        m.elem("span", "closed-badge", "receiver closed");
    } else if c.closed {
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
    if !c.reserved.is_empty() {
        m.text(&format!(" · {} reserved", c.reserved.len()));
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

/// The resources drawn as display-only cards, one panel each.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Resource {
    Semaphore,
    RwLock,
    Notify,
    JoinSet,
    Watch,
    Barrier,
    CancelToken,
    TaskTracker,
    Once,
}

/// Props of [`ResourcePanel`].
#[derive(Properties, PartialEq)]
pub struct ResourceProps {
    /// Which resources it shows.
    pub kind: Resource,
    /// The run (a watch card shows its value's text).
    pub data: RunKey,
    /// Its geometry.
    pub geom: Rc<RunGeom>,
    /// The state at the playhead.
    pub state: StateKey,
}

/// Every semaphore, `RwLock`, `Notify` or `JoinSet` (by `kind`) at the
/// playhead. A card is display-only and short, so each is one raw node.
#[function_component(ResourcePanel)]
pub fn resource_panel(props: &ResourceProps) -> Html {
    let kind = props.kind;
    let cards: Rc<Vec<(u32, AttrValue)>> = use_memo(props.state.clone(), {
        let geom = props.geom.clone();
        let data = props.data.clone();
        move |state| {
            let (g, st) = (&*geom, &state.0);
            let mut out = Vec::new();
            let mut push = |id: u32, m: Markup| out.push((id, AttrValue::from(m.into_string())));
            match kind {
                Resource::Semaphore => st.semaphores.iter().filter_map(|x| sem_card(g, st, x.id)).for_each(|c| push(c.id.0, sem_card_markup(&c))),
                Resource::RwLock => st.semaphores.iter().filter_map(|x| rw_card(g, st, x.id)).for_each(|c| push(c.id.0, rw_card_markup(&c))),
                Resource::Notify => st.notifies.iter().filter_map(|x| notify_card(g, st, x.id)).for_each(|c| push(c.id.0, notify_card_markup(&c))),
                Resource::JoinSet => st.join_sets.iter().filter_map(|x| set_card(g, st, x.id)).for_each(|c| push(c.id.0, set_card_markup(&c))),
                Resource::Barrier => st.barriers.iter().filter_map(|x| barrier_card(g, st, x.id)).for_each(|c| push(c.id.0, barrier_card_markup(&c))),
                Resource::CancelToken => st.tokens.iter().filter_map(|x| token_card(g, st, x.id)).for_each(|c| push(c.id.0, token_card_markup(&c))),
                Resource::Once => st.onces.iter().filter_map(|x| once_card(g, st, x.id)).for_each(|c| push(c.id, once_card_markup(&c))),
                Resource::TaskTracker => st.trackers.iter().filter_map(|x| tracker_card(g, st, x.id)).for_each(|c| push(c.id.0, tracker_card_markup(&c))),
                Resource::Watch => st.watches.iter().filter_map(|x| watch_card(&data.0, g, st, x.id)).for_each(|c| push(c.id.0, watch_card_markup(&c))),
            }
            out
        }
    });
    let (class, title, hint, noun) = match kind {
        Resource::Semaphore => {
            ("viz-semaphores", "Semaphores", "permits as slots, who holds them, and who waits for how many (first come, first served)", "semaphore")
        }
        Resource::RwLock => ("viz-rwlocks", "RwLocks", "many readers or one writer; a waiting writer holds back the readers behind it", "RwLock"),
        Resource::Notify => ("viz-notifies", "Notify", "the stored permit (one at most), and who waits to be notified", "Notify"),
        Resource::JoinSet => ("viz-joinsets", "JoinSets", "its tasks, and the order join_next hands them back: the order they finish", "JoinSet"),
        Resource::CancelToken => {
            ("viz-tokens", "Cancellation tokens", "cancelled or not, its children (cancelled with it), and who waits in cancelled()", "cancellation token")
        }
        Resource::Once => ("viz-onces", "Once cells", "empty, or set once and for all (a second set gives its value back)", "OnceCell"),
        Resource::TaskTracker => ("viz-trackers", "Task trackers", "its tasks still running; wait() returns once it is closed and empty", "task tracker"),
        Resource::Barrier => ("viz-barriers", "Barriers", "how many tasks arrived of how many it needs; the last to arrive leads", "barrier"),
        Resource::Watch => ("viz-watches", "watch channels", "the latest value and its version, and the version each receiver has seen", "watch channel"),
    };
    html! {
        <div class={classes!("viz-panel", class)}>
            <div class="viz-panel-head"><h3>{ title }</h3>
                <span class="viz-hint">{ hint }</span>
            </div>
            <div class="viz-cards">
                { for cards.iter().map(|(id, m)| html! { <div key={*id} class="viz-card-slot">{ Html::from_html_unchecked(m.clone()) }</div> }) }
                if cards.is_empty() {
                    <p class="viz-note">{ format!("No {noun} created yet at this point of the run.") }</p>
                }
            </div>
        </div>
    }
}

/// Opens a card: `<article class="viz-sem {class}" data-testid=".."`, its
/// tag left open for the card's own attributes.
fn card_open(m: &mut Markup, class: &str, testid: &str, name: &str) {
    m.raw("<article class=\"viz-sem ").raw(class).raw("\"").attr("data-testid", testid).attr("data-name", name);
}

/// Closes the article's tag with its `aria-label`, then the header: the
/// type, the name, the line and how many wait.
fn card_header(m: &mut Markup, label: &str, type_path: &str, name: &str, line: u32, waiting: usize) {
    m.attr("aria-label", label).raw("><header><span class=\"kind-badge tokio\">").text(type_path).raw("</span>");
    m.elem("strong", "mutex-name", name).elem("span", "line", &format!("line {line}"));
    if waiting > 0 {
        m.elem("span", "contention-badge", &format!("{waiting} waiting"));
    }
}

/// One task in a card's list: its dot and name, then a note.
fn task_item(m: &mut Markup, li_class: &str, t: TaskId, short: &str, note_class: &str, note: &str) {
    m.raw("<li").raw(if li_class.is_empty() { "" } else { " class=\"" }).raw(li_class).raw(if li_class.is_empty() { ">" } else { "\">" });
    who(m, "who", t, short);
    if !note.is_empty() {
        m.elem("span", note_class, note);
    }
    m.raw("</li>");
}

/// A FIFO queue, oldest first, each waiter with its rank, its `data-*`
/// attribute and a note; or "nobody waiting".
fn waiter_queue<'c>(m: &mut Markup, label: &str, waiters: impl ExactSizeIterator<Item = (TaskId, &'c str, (&'static str, String), String)>) {
    if waiters.len() == 0 {
        m.elem("p", "queue-empty", "nobody waiting");
        return;
    }
    m.raw("<ol class=\"queue\"").attr("aria-label", label).raw(">");
    for (i, (t, short, (attr, value), note)) in waiters.enumerate() {
        m.raw("<li class=\"waiter\"").attr("data-task", short);
        if !attr.is_empty() {
            m.attr(attr, &value);
        }
        m.raw(">");
        m.elem("span", "rank", &format!("{}.", i + 1));
        who(m, "who", t, short);
        if !note.is_empty() {
            m.elem("span", "asks", &note);
        }
        m.raw("</li>");
    }
    m.raw("</ol>");
}

/// A semaphore card, as markup.
fn sem_card_markup(c: &SemCard) -> Markup {
    let mut m = Markup::with_capacity(1024);
    let waiting = c.waiters.len();
    let class = match (waiting > 0, c.closed) {
        (true, true) => "contended closed",
        (true, false) => "contended",
        (false, true) => "closed",
        (false, false) => "",
    };
    card_open(&mut m, class, "semaphore", &c.name);
    m.attr("data-permits", &c.permits.to_string()).attr("data-available", &c.available.to_string()).attr("data-waiters", &waiting.to_string());
    let plural = if c.permits == 1 { "" } else { "s" };
    let closed = if c.closed { ", closed" } else { "" };
    let label = format!("Semaphore {}: {} of {} permit{plural} free, {waiting} waiting{closed}", c.name, c.available, c.permits);
    card_header(&mut m, &label, "tokio::sync::Semaphore", &c.name, c.line, waiting);
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
    m.elem("p", "permit-sum", &format!("{} of {} free", c.available, c.permits));
    m.raw("<ul class=\"sem-holders\" aria-label=\"Holding permits\">");
    for (t, short, n) in &c.holders {
        task_item(&mut m, "", *t, short, "count", &format!("holds {n}"));
    }
    m.raw("</ul>");
    let note = |w: &super::cards::SemWaiter| {
        if w.given >= w.asked {
            format!("asks {} · given, not running yet", w.asked)
        } else if w.given > 0 {
            format!("asks {} · has {}", w.asked, w.given)
        } else {
            format!("asks {}", w.asked)
        }
    };
    waiter_queue(&mut m, "Waiting, oldest first", c.waiters.iter().map(|w| (w.task, w.short.as_str(), ("data-asked", w.asked.to_string()), note(w))));
    m.raw("</article>");
    m
}

/// A `Notify` card, as markup.
fn notify_card_markup(c: &NotifyCard) -> Markup {
    let mut m = Markup::with_capacity(512);
    let waiting = c.waiters.len();
    card_open(&mut m, if c.permit { "viz-notify has-permit" } else { "viz-notify" }, "notify", &c.name);
    m.attr("data-permit", if c.permit { "true" } else { "false" }).attr("data-waiters", &waiting.to_string());
    let label = format!("Notify {}: {}, {waiting} waiting", c.name, if c.permit { "a permit is stored" } else { "no permit" });
    card_header(&mut m, &label, "tokio::sync::Notify", &c.name, c.line, 0);
    m.raw("</header><p class=\"notify-permit\"><span class=\"permit");
    m.raw(if c.permit { " stored\"" } else { " free\"" });
    m.raw(" aria-hidden=\"true\"></span>");
    m.text(if c.permit { "permit stored: the next notified().await completes at once" } else { "no permit stored" });
    m.raw("</p>");
    waiter_queue(&mut m, "Waiting, oldest first", c.waiters.iter().map(|(t, short)| (*t, short.as_str(), ("", String::new()), String::new())));
    m.raw("</article>");
    m
}

/// Most slots drawn for a barrier; past that only the count.
const MAX_BARRIER_SLOTS: u32 = 16;

/// A barrier card, as markup.
fn barrier_card_markup(c: &BarrierCard) -> Markup {
    let mut m = Markup::with_capacity(512);
    let waiting = c.waiting.len();
    card_open(&mut m, if waiting > 0 { "viz-barrier contended" } else { "viz-barrier" }, "barrier", &c.name);
    m.attr("data-arrived", &c.arrived.to_string()).attr("data-needed", &c.needed.to_string()).attr("data-waiters", &waiting.to_string());
    let label = format!("Barrier {}: {} of {} arrived, {waiting} waiting, {} released", c.name, c.arrived, c.needed, c.released);
    card_header(&mut m, &label, "tokio::sync::Barrier", &c.name, c.line, waiting);
    m.raw("</header>");
    if c.needed <= MAX_BARRIER_SLOTS {
        m.raw("<div class=\"permit-slots\" aria-hidden=\"true\">");
        for i in 0..c.needed {
            m.raw(if i < c.arrived { "<span class=\"permit held\"></span>" } else { "<span class=\"permit free\"></span>" });
        }
        m.raw("</div>");
    }
    m.elem("p", "permit-sum", &format!("{} of {} arrived", c.arrived, c.needed));
    waiter_queue(&mut m, "Waiting to pass, in arrival order", c.waiting.iter().map(|(t, short)| (*t, short.as_str(), ("", String::new()), String::new())));
    if let Some((t, short)) = &c.last_leader {
        m.raw("<ul class=\"sem-holders\" aria-label=\"Last leader\">");
        let released = if c.released == 1 { "released 1 generation".to_string() } else { format!("released {} generations", c.released) };
        task_item(&mut m, "leader", *t, short, "count", &format!("led the last ({released})"));
        m.raw("</ul>");
    }
    if waiting > 1 {
        m.elem("p", "watch-order", "when the last one arrives, the waiters wake in an order drawn from the seed (real Tokio's is random)");
    }
    m.raw("</article>");
    m
}

/// A cancellation token card, as markup.
fn token_card_markup(c: &TokenCard) -> Markup {
    let mut m = Markup::with_capacity(768);
    let waiting = c.waiters.len();
    card_open(&mut m, if c.cancelled { "viz-token cancelled" } else { "viz-token" }, "cancel-token", &c.name);
    m.attr("data-cancelled", if c.cancelled { "true" } else { "false" }).attr("data-waiters", &waiting.to_string());
    let state = match (&c.cancelled_by, c.cancelled) {
        (Some(by), _) => format!("cancelled with {by}"),
        (None, true) => "cancelled".to_string(),
        (None, false) => "not cancelled".to_string(),
    };
    let label = format!("Cancellation token {}: {state}, {} children, {waiting} waiting in cancelled()", c.name, c.children.len());
    card_header(&mut m, &label, "tokio_util::sync::CancellationToken", &c.name, c.line, waiting);
    m.raw("</header>");
    m.elem("p", if c.cancelled { "token-state cancelled" } else { "token-state" }, &state);
    if let Some(p) = &c.parent {
        m.elem("p", "token-parent", &format!("child of {p}: cancelled when it is"));
    }
    if !c.children.is_empty() {
        m.raw("<ul class=\"token-children\" aria-label=\"Children, cancelled with it\">");
        for (name, cancelled) in &c.children {
            m.raw("<li").attr("data-child", name).raw(">");
            m.elem("span", "child-name", name);
            m.elem("span", "count", if *cancelled { "cancelled" } else { "live" });
            m.raw("</li>");
        }
        m.raw("</ul>");
    }
    if c.dropped {
        m.elem("p", "queue-empty", "every handle dropped");
    }
    waiter_queue(&mut m, "Waiting in cancelled(), oldest first", c.waiters.iter().map(|(t, short)| (*t, short.as_str(), ("", String::new()), String::new())));
    m.raw("</article>");
    m
}

/// A `OnceCell` or `SetOnce` card, as markup.
fn once_card_markup(c: &OnceCard) -> Markup {
    let mut m = Markup::with_capacity(384);
    let state = if c.set {
        "set"
    } else if c.initializing.is_some() {
        "initializing"
    } else {
        "empty"
    };
    card_open(&mut m, if c.set { "viz-once set" } else { "viz-once" }, "once-cell", &c.name);
    m.attr("data-state", state).attr("data-waiters", &c.waiters.len().to_string());
    let label = format!("{} {}: {state}, {} waiting", if c.set_once { "SetOnce" } else { "OnceCell" }, c.name, c.waiters.len());
    card_header(&mut m, &label, if c.set_once { "tokio::sync::SetOnce" } else { "tokio::sync::OnceCell" }, &c.name, c.line, c.waiters.len());
    m.raw("</header>");
    m.elem("p", if c.set { "token-state set" } else { "token-state" }, state);
    if let Some((t, short)) = &c.set_by {
        m.raw("<ul class=\"sem-holders\" aria-label=\"Set by\">");
        task_item(&mut m, "", *t, short, "count", "set it");
        m.raw("</ul>");
    }
    if let Some((t, short)) = &c.initializing {
        m.raw("<ul class=\"sem-holders\" aria-label=\"Initializing\">");
        task_item(&mut m, "", *t, short, "count", "runs the initializer");
        m.raw("</ul>");
    }
    if c.set_once {
        waiter_queue(&mut m, "Waiting in wait(), oldest first", c.waiters.iter().map(|(t, short)| (*t, short.as_str(), ("", String::new()), String::new())));
    } else if !c.waiters.is_empty() {
        waiter_queue(
            &mut m,
            "Waiting in get_or_init(), oldest first",
            c.waiters.iter().map(|(t, short)| (*t, short.as_str(), ("", String::new()), String::new())),
        );
    }
    m.raw("</article>");
    m
}

/// A task tracker card, as markup.
fn tracker_card_markup(c: &TrackerCard) -> Markup {
    let mut m = Markup::with_capacity(768);
    let len = c.tasks.len();
    card_open(&mut m, "viz-joinset viz-tracker", "task-tracker", &c.name);
    m.attr("data-len", &len.to_string()).attr("data-closed", if c.closed { "true" } else { "false" });
    let open = if c.closed { "closed" } else { "open" };
    let label = format!("Task tracker {}: {open}, {len} running, {} exited, {} waiting", c.name, c.exited, c.waiters.len());
    card_header(&mut m, &label, "tokio_util::task::TaskTracker", &c.name, c.line, c.waiters.len());
    m.elem("span", "line", &format!("len {len}"));
    m.raw("</header>");
    m.elem("p", if c.closed { "token-state cancelled" } else { "token-state" }, &format!("{open}, {} exited", c.exited));
    m.raw("<ul class=\"sem-holders\" aria-label=\"Tracked, running\">");
    for (t, short) in &c.tasks {
        task_item(&mut m, "", *t, short, "count", "running");
    }
    m.raw("</ul>");
    if c.tasks.is_empty() {
        m.elem("p", "queue-empty", if c.closed { "empty and closed: wait() returns" } else { "empty (wait() waits until it is closed)" });
    }
    waiter_queue(&mut m, "Waiting in wait(), oldest first", c.waiters.iter().map(|(t, short)| (*t, short.as_str(), ("", String::new()), String::new())));
    m.raw("</article>");
    m
}

/// A watch card, as markup.
fn watch_card_markup(c: &WatchCard) -> Markup {
    let mut m = Markup::with_capacity(768);
    let waiting = c.waiters.len();
    card_open(&mut m, if c.closed { "viz-watch closed" } else { "viz-watch" }, "watch", &c.name);
    m.attr("data-version", &c.version.to_string()).attr("data-closed", if c.closed { "true" } else { "false" }).attr("data-waiters", &waiting.to_string());
    let plural = if c.receivers.len() == 1 { "" } else { "s" };
    let closed = if c.closed { ", closed" } else { "" };
    let label = format!("watch {}: version {}, {} receiver{plural}, {waiting} waiting{closed}", c.name, c.version, c.receivers.len());
    card_header(&mut m, &label, "tokio::sync::watch", &c.name, c.line, 0);
    if c.closed {
        m.elem("span", "closed-badge", "closed");
    }
    m.raw("</header><p class=\"watch-value\"><span class=\"version\"").attr("title", "version: values sent so far").raw(">");
    m.text(&format!("v{}", c.version)).raw("</span><code class=\"value\"").attr("data-testid", "watch-value").raw(">");
    m.text(&ellipsize(&c.value, 40)).raw("</code></p>");
    m.raw("<ul class=\"sem-holders watch-rx\" aria-label=\"Receivers and the version each has seen\">");
    for r in &c.receivers {
        let behind = r.behind(c.version);
        let class = match (r.waiting, behind) {
            (true, _) => "rx waiting",
            (false, true) => "rx behind",
            (false, false) => "rx",
        };
        m.raw("<li class=\"").raw(class).raw("\"").attr("data-rx", &r.label).attr("data-seen", &r.seen.to_string());
        m.attr("data-task", r.user.as_ref().map_or("", |u| u.1.as_str())).raw(">");
        m.elem("span", "rx-label", &r.label);
        match &r.user {
            Some((t, short)) => who(&mut m, "who", *t, short),
            None => {
                m.elem("span", "who unused", "not used yet");
            }
        }
        let note = if r.waiting {
            format!("seen v{} · waits in changed()", r.seen)
        } else if behind {
            format!("seen v{} · changed() returns at once", r.seen)
        } else {
            format!("seen v{}", r.seen)
        };
        m.elem("span", "count", &note);
        m.raw("</li>");
    }
    m.raw("</ul>");
    if c.receivers.is_empty() {
        m.elem("p", "queue-empty", "no receiver: send fails");
    }
    if waiting > 1 {
        m.elem(
            "p",
            "watch-order",
            &format!("{waiting} tasks wait in changed(): a send wakes them all, in an order drawn from the seed (real Tokio's is random)"),
        );
    }
    m.raw("</article>");
    m
}

/// An `RwLock` card, as markup.
fn rw_card_markup(c: &RwCard) -> Markup {
    let mut m = Markup::with_capacity(768);
    let waiting = c.waiters.len();
    card_open(&mut m, if waiting > 0 { "viz-rwlock contended" } else { "viz-rwlock" }, "rwlock", &c.name);
    m.attr("data-readers", &c.readers.len().to_string());
    m.attr("data-writer", c.writer.as_ref().map_or("", |w| w.1.as_str())).attr("data-waiters", &waiting.to_string());
    let state = match (&c.writer, c.readers.len()) {
        (Some(w), _) => format!("written by {}", w.1),
        (None, 0) => "free".to_string(),
        (None, 1) => "read by 1 task".to_string(),
        (None, n) => format!("read by {n} tasks"),
    };
    card_header(&mut m, &format!("RwLock {}: {state}, {waiting} waiting", c.name), "tokio::sync::RwLock", &c.name, c.line, waiting);
    m.raw("</header><ul class=\"sem-holders\" aria-label=\"Holding the lock\">");
    if let Some((t, short)) = &c.writer {
        task_item(&mut m, "writer", *t, short, "count", "writes");
    }
    for (t, short) in &c.readers {
        task_item(&mut m, "reader", *t, short, "count", "reads");
    }
    m.raw("</ul>");
    if c.writer.is_none() && c.readers.is_empty() {
        m.elem("p", "queue-empty", "free");
    }
    let waiters = c.waiters.iter().map(|(t, short, write)| {
        let (wants, note) = if *write { ("write", "to write") } else { ("read", "to read") };
        (*t, short.as_str(), ("data-wants", wants.to_string()), note.to_string())
    });
    waiter_queue(&mut m, "Waiting, oldest first", waiters);
    m.raw("</article>");
    m
}

/// A `JoinSet` card, as markup.
fn set_card_markup(c: &SetCard) -> Markup {
    let mut m = Markup::with_capacity(768);
    let (len, finished) = (c.tasks.len(), c.tasks.iter().filter(|t| t.2).count());
    card_open(&mut m, "viz-joinset", "joinset", &c.name);
    m.attr("data-len", &len.to_string()).attr("data-joined", &c.joined.len().to_string());
    let plural = if len == 1 { "" } else { "s" };
    let label = format!("JoinSet {}: {len} task{plural}, {finished} finished and waiting to be joined, {} joined", c.name, c.joined.len());
    card_header(&mut m, &label, "tokio::task::JoinSet", &c.name, c.line, 0);
    m.elem("span", "line", &format!("len {len}"));
    m.raw("</header><ul class=\"sem-holders\" aria-label=\"In the set\">");
    for (t, short, done) in &c.tasks {
        task_item(&mut m, if *done { "done" } else { "" }, *t, short, "count", if *done { "finished, not joined yet" } else { "running" });
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
