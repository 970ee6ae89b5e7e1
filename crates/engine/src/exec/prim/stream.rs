//! tokio-stream 0.1.19 basics (default features): `tokio_stream::iter`,
//! `StreamExt::{next, map, filter, take}`, the other adapters that need
//! no timer (`then`, `skip`, `skip_while`, `take_while`, `map_while`,
//! `filter_map`, `chain`, `merge`, `fuse`), `once`, `empty`, `pending`, the futures `any`, `all`, `fold` and
//! `collect` (into what the checker found expected there), and
//! `wrappers::{ReceiverStream, UnboundedReceiverStream, IntervalStream, BroadcastStream}`. A stream is a
//! handle to a `StreamObj` in `World::streams`; an adapter holds the
//! stream it adapts (its handle, moved in) and its closure, run as items
//! are pulled. `next()` is a future polling the chain. Without its "rt"
//! feature, tokio-stream's `Iter` returns `Pending` after every 32 items
//! and wakes its task (not the cooperative budget), so a long iteration
//! lets the other tasks run (`conformance/stream_iter_adapters_and_receiver.rs`).
//! The checker does not model stream types (`_`): their methods are found
//! through the handle at run time. A user type with `impl Stream` is
//! typed by the checker (`Stream::Item`): `s.next().await` polls its
//! `poll_next` in a `FutureState::UserStreamNext` and writes the value
//! back to `s`; an adapter moves it into a `StreamObj::User`.

use super::*;
use crate::rt::StreamObj;

/// The adapters a hand-written stream (moved into a `StreamObj::User`)
/// takes, as tokio-stream's own streams do.
pub(crate) const USER_STREAM_ADAPTERS: &[&str] =
    &["map", "then", "filter", "take", "skip", "skip_while", "take_while", "map_while", "filter_map", "chain", "fuse", "fold", "collect"];

/// tokio-stream 0.1.19's `StreamExt` methods (with its default features).
pub(crate) const STREAM_EXT_METHODS: &[&str] = &[
    "next",
    "try_next",
    "map",
    "map_while",
    "then",
    "merge",
    "filter",
    "filter_map",
    "fuse",
    "take",
    "take_while",
    "skip",
    "skip_while",
    "all",
    "any",
    "chain",
    "fold",
    "collect",
    "timeout",
    "timeout_repeating",
    "throttle",
    "chunks_timeout",
    "peekable",
];

/// tokio-stream's `Iter` yields after this many items.
const ITER_YIELD: u32 = 32;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$STREAM",
    decl: DECL,
    natives: &[
        Native { path: "tokio_stream::iter", f: iter },
        Native { path: "tokio_stream::once", f: once },
        Native { path: "futures::stream::unfold", f: unfold },
        Native { path: "tokio_stream::empty", f: empty },
        Native { path: "tokio_stream::pending", f: pending },
        Native { path: "tokio_stream::Stream::merge", f: merge },
        // `StreamExt::merge(a, b)`: the methods called by their path.
        Native { path: "tokio_stream::StreamExt::map", f: map },
        Native { path: "tokio_stream::StreamExt::filter", f: filter },
        Native { path: "tokio_stream::StreamExt::filter_map", f: filter_map },
        Native { path: "tokio_stream::StreamExt::take", f: take },
        Native { path: "tokio_stream::StreamExt::skip", f: skip },
        Native { path: "tokio_stream::StreamExt::chain", f: chain },
        Native { path: "tokio_stream::StreamExt::merge", f: merge },
        Native { path: "tokio_stream::StreamExt::fuse", f: fuse },
        Native { path: "tokio_stream::StreamExt::collect", f: collect },
        Native { path: "tokio_stream::StreamMap::new", f: stream_map_new },
        Native { path: "tokio_stream::StreamMap::default", f: stream_map_new },
        Native { path: "tokio_stream::StreamMap::with_capacity", f: stream_map_with_capacity },
        Native { path: "tokio_stream::StreamMap::insert", f: stream_map_insert },
        Native { path: "tokio_stream::StreamMap::remove", f: stream_map_remove },
        Native { path: "tokio_stream::StreamMap::contains_key", f: stream_map_contains_key },
        Native { path: "tokio_stream::StreamMap::len", f: stream_map_len },
        Native { path: "tokio_stream::StreamMap::is_empty", f: stream_map_is_empty },
        Native { path: "tokio_stream::StreamMap::capacity", f: stream_map_capacity },
        Native { path: "tokio_stream::StreamMap::clear", f: stream_map_clear },
        Native { path: "tokio_stream::StreamMap::keys", f: stream_map_keys },
        Native { path: "tokio_stream::StreamMap::values", f: stream_map_values },
        Native { path: "tokio_stream::StreamMap::values_mut", f: stream_map_values },
        Native { path: "tokio_stream::StreamMap::iter", f: stream_map_iter },
        Native { path: "tokio_stream::StreamMap::iter_mut", f: stream_map_iter },
        Native { path: "tokio_stream::StreamMap::next", f: next },
        Native { path: "tokio_stream::StreamMap::map", f: map },
        Native { path: "tokio_stream::StreamMap::filter", f: filter },
        Native { path: "tokio_stream::StreamMap::filter_map", f: filter_map },
        Native { path: "tokio_stream::StreamMap::take", f: take },
        Native { path: "tokio_stream::StreamMap::skip", f: skip },
        Native { path: "tokio_stream::StreamMap::fuse", f: fuse },
        Native { path: "tokio_stream::StreamMap::merge", f: merge },
        Native { path: "tokio_stream::StreamMap::chain", f: chain },
        Native { path: "tokio_stream::StreamMap::collect", f: collect },
        Native { path: "tokio_stream::StreamMap::fold", f: fold },
        Native { path: "tokio_stream::StreamNotifyClose::new", f: notify_close },
        Native { path: "tokio_stream::Stream::next", f: next },
        Native { path: "tokio_stream::Stream::try_next", f: try_next },
        Native { path: "tokio_stream::Stream::peekable", f: peekable },
        Native { path: "tokio_stream::Stream::peek", f: peek },
        Native { path: USER_STREAM_NEXT, f: user_next },
        Native { path: "tokio_stream::Stream::map", f: map },
        Native { path: "tokio_stream::Stream::filter", f: filter },
        Native { path: "tokio_stream::Stream::take", f: take },
        Native { path: "tokio_stream::Stream::skip", f: skip },
        Native { path: "tokio_stream::Stream::skip_while", f: skip_while },
        Native { path: "tokio_stream::Stream::take_while", f: take_while },
        Native { path: "tokio_stream::Stream::map_while", f: map_while },
        Native { path: "tokio_stream::Stream::filter_map", f: filter_map },
        Native { path: "tokio_stream::Stream::chain", f: chain },
        Native { path: "tokio_stream::Stream::fuse", f: fuse },
        Native { path: "tokio_stream::Stream::then", f: then },
        Native { path: "tokio_stream::Stream::any", f: any },
        Native { path: "tokio_stream::Stream::all", f: all },
        Native { path: "tokio_stream::Stream::fold", f: fold },
        Native { path: "tokio_stream::Stream::collect", f: collect },
        Native { path: "tokio_stream::wrappers::ReceiverStream::new", f: receiver_stream },
        Native { path: "tokio_stream::wrappers::UnboundedReceiverStream::new", f: receiver_stream },
        Native { path: "tokio_stream::wrappers::IntervalStream::new", f: interval_stream },
        Native { path: "tokio_stream::wrappers::BroadcastStream::new", f: broadcast_stream },
        Native { path: "tokio_stream::wrappers::WatchStream::new", f: watch_stream },
        Native { path: "tokio_stream::wrappers::WatchStream::from_changes", f: watch_stream_changes },
        Native { path: "tokio_stream::Stream::timeout", f: timeout },
        Native { path: "tokio_stream::Stream::chunks_timeout", f: chunks_timeout },
        Native { path: "tokio_stream::Stream::timeout_repeating", f: timeout_repeating },
    ],
    kinds: &[(HandleKind::Stream, "tokio_stream::Stream"), (HandleKind::StreamMap, "tokio_stream::StreamMap")],
    on_drop: |vm, _, id| {
        // What it holds (the stream it adapts, a receiver, a `then`'s
        // future) dies with it.
        let s = vm.w.streams.get_mut(id as usize).map(|s| std::mem::replace(s, StreamObj::Gone));
        if let Some(StreamObj::Then { fut: Some(c), .. } | StreamObj::Watch { fut: Some(c), .. } | StreamObj::Unfold { fut: Some(c), .. }) = &s {
            vm.free_child(*c);
        }
        if let Some(StreamObj::Chunks { timer: Some(seq), .. }) = &s {
            vm.w.remove_timer(*seq);
        }
        // A `timeout`'s pending deadline is cleared with it.
        if let Some(StreamObj::Timeout { deadline: Some(deadline), timer: Some(seq), .. }) = &s {
            vm.w.remove_timer(*seq);
            let task = vm.w.current;
            vm.w.emit(EventKind::TimeoutCleared { task, deadline: *deadline, dropped: true });
        }
        drop(s);
    },
    debug: |_, _, _, _, _| Err("`Debug` of a stream is not supported yet".to_string()),
};

/// Declared as the checker reads it (see `check/stubs.rs`). Streams are
/// `_` to the checker; `Stream` only names where their methods are.
/// `StreamExt` is a trait in tokio-stream: here a name to import.
const DECL: &str = r#"
    pub fn iter(i: _) -> _;
    pub fn once<T>(value: T) -> _;
    pub fn empty<T>() -> _;
    pub fn pending<T>() -> _;
    pub struct StreamExt;
    impl StreamExt {
        pub fn map(stream: _, f: _) -> _;
        pub fn filter(stream: _, f: _) -> _;
        pub fn filter_map(stream: _, f: _) -> _;
        pub fn take(stream: _, n: usize) -> _;
        pub fn skip(stream: _, n: usize) -> _;
        pub fn chain(stream: _, other: _) -> _;
        pub fn merge(stream: _, other: _) -> _;
        pub fn fuse(stream: _) -> _;
        pub fn collect(stream: _) -> _;
    }
    #[not_declared(poll_next_many, next_many, timeout, throttle, then, any, all, skip_while, take_while, map_while, peekable, chunks_timeout, try_next, timeout_repeating)]
    pub struct StreamMap<K, V>;
    impl<K, V> StreamMap<K, V> {
        pub fn new() -> StreamMap<K, V>;
        pub fn default() -> StreamMap<K, V>;
        pub fn with_capacity(capacity: usize) -> StreamMap<K, V>;
        pub fn insert(&mut self, k: K, stream: V) -> Option<V>;
        pub fn remove(&mut self, k: _) -> Option<V>;
        pub fn contains_key(&self, k: _) -> bool;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn capacity(&self) -> usize;
        pub fn clear(&mut self);
        pub fn keys(&self) -> _;
        pub fn values(&self) -> _;
        pub fn values_mut(&mut self) -> _;
        pub fn iter(&self) -> _;
        pub fn iter_mut(&mut self) -> _;
        pub fn next(&mut self) -> _;
        pub fn map(self, f: _) -> _;
        pub fn filter(self, f: _) -> _;
        pub fn filter_map(self, f: _) -> _;
        pub fn take(self, n: usize) -> _;
        pub fn skip(self, n: usize) -> _;
        pub fn fuse(self) -> _;
        pub fn merge(self, other: _) -> _;
        pub fn chain(self, other: _) -> _;
        pub fn collect(self) -> _;
        pub fn fold(self, init: _, f: _) -> _;
    }
    pub struct StreamNotifyClose;
    impl StreamNotifyClose {
        pub fn new(stream: _) -> _;
    }
    pub struct Stream;
    impl Stream {
        pub fn next(&mut self) -> _;
        pub fn try_next(&mut self) -> _;
        pub fn peekable(self) -> _;
        pub async fn peek(&mut self) -> Option<&_>;
        pub fn map(self, f: _) -> _;
        pub fn filter(self, f: _) -> _;
        pub fn take(self, n: usize) -> _;
        pub fn skip(self, n: usize) -> _;
        pub fn skip_while(self, f: _) -> _;
        pub fn take_while(self, f: _) -> _;
        pub fn map_while(self, f: _) -> _;
        pub fn filter_map(self, f: _) -> _;
        pub fn chain(self, other: _) -> _;
        pub fn merge(self, other: _) -> _;
        pub fn fuse(self) -> _;
        pub fn then(self, f: _) -> _;
        pub fn any(&mut self, f: _) -> _;
        pub fn all(&mut self, f: _) -> _;
        pub fn fold(self, init: _, f: _) -> _;
        pub fn collect(self) -> _;
        pub fn timeout(self, duration: std::time::Duration) -> _;
        pub fn chunks_timeout(self, max_size: usize, duration: std::time::Duration) -> _;
        pub fn timeout_repeating(self, interval: tokio::time::Interval) -> _;
    }
    pub mod wrappers {
        #[derive(Debug)]
        pub struct ReceiverStream;
        impl ReceiverStream {
            pub fn new(recv: _) -> _;
        }
        #[derive(Debug)]
        pub struct UnboundedReceiverStream;
        impl UnboundedReceiverStream {
            pub fn new(recv: _) -> _;
        }
        #[impls(Debug)]
        pub struct WatchStream;
        impl WatchStream {
            pub fn new(rx: tokio::sync::watch::Receiver<_>) -> _;
            pub fn from_changes(rx: tokio::sync::watch::Receiver<_>) -> _;
        }
        #[derive(Debug)]
        pub struct BroadcastStream;
        impl BroadcastStream {
            pub fn new(rx: tokio::sync::broadcast::Receiver<_>) -> _;
        }
        pub mod errors {
            #[derive(Clone, Debug, PartialEq, Eq)]
            #[impls(Display)]
            pub enum BroadcastStreamRecvError { Lagged(u64) }
        }
        #[impls(Debug)]
        pub struct IntervalStream;
        impl IntervalStream {
            pub fn new(interval: tokio::time::Interval) -> _;
        }
    }
"#;

/// `s.next()` on a value of a user type with `impl Stream` (bound by the
/// checker itself): a future of `(Option<T>, the value)`, awaited where it
/// is called, the compiler writing the value back to `s`.
pub(crate) const USER_STREAM_NEXT: &str = "tokio_stream::StreamExt::next";

fn user_next(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let value = vm.auto_deref(arg(a));
    let def = match &value {
        Value::Struct(x) | Value::Enum(x) => x.def,
        _ => return panic("internal error: `next` of a stream that is not a value of a type with `impl Stream`"),
    };
    let Some(&(_, poll_next)) = vm.p.user_streams.iter().find(|(d, _)| *d == def) else {
        return panic("internal error: a type without `poll_next`");
    };
    Ok(vm.future(FutureState::UserStreamNext { value, poll_next }))
}

fn new_stream(vm: &mut Vm, s: StreamObj) -> Value {
    vm.w.streams.push(s);
    handle(HandleKind::Stream, vm.w.streams.len() as u32 - 1, &vm.w)
}

fn iter(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let iter = vm.make_iter(arg(a))?;
    Ok(new_stream(vm, StreamObj::Iter { iter, given: 0 }))
}

/// `once(v)`: `v`, then the end.
fn once(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let v = arg(a);
    Ok(new_stream(vm, StreamObj::Once { value: Some(v) }))
}

fn empty(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(new_stream(vm, StreamObj::Once { value: None }))
}

/// `pending()`: never an item, never the end.
fn pending(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(new_stream(vm, StreamObj::Pending))
}

/// `a.merge(b)`: both fused; each poll starts with the one the previous
/// poll started second.
fn merge(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let first = stream_arg(vm, a)?;
    let second = stream_arg(vm, a)?;
    Ok(new_stream(vm, StreamObj::Merge { a: Some(first), b: Some(second), a_first: true }))
}

fn stream_map_new(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(new_keyed(vm, 0))
}

fn new_keyed(vm: &mut Vm, cap: usize) -> Value {
    vm.w.streams.push(StreamObj::Keyed { entries: Vec::new(), cap });
    handle(HandleKind::StreamMap, vm.w.streams.len() as u32 - 1, &vm.w)
}

fn stream_map_with_capacity(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Value::Int(n) = arg(a) else { return panic("internal error: `with_capacity` needs a number") };
    Ok(new_keyed(vm, n.max(0) as usize))
}

/// The entries of the `StreamMap` the call is on.
fn keyed<'v>(vm: &'v mut Vm, a: &mut Args) -> R<&'v mut Vec<(Value, Value)>> {
    let id = receiver(vm, a)?.id;
    match vm.w.streams.get_mut(id as usize) {
        Some(StreamObj::Keyed { entries, .. }) => Ok(entries),
        _ => panic("internal error: not a `StreamMap`"),
    }
}

/// Where `k` is among the entries (keys compared by value).
fn key_at(entries: &[(Value, Value)], k: &Value) -> Option<usize> {
    entries.iter().position(|(x, _)| crate::exec::values_eq_static(x, k))
}

/// `insert(k, stream)`: tokio-stream removes an entry with an equal key
/// first (`swap_remove`, which moves the last entry into its place) and
/// pushes the new one at the end.
fn stream_map_insert(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = receiver(vm, a)?.id;
    let (k, v) = (arg(a), arg(a));
    let k = vm.auto_deref(k);
    let Some(StreamObj::Keyed { entries, cap }) = vm.w.streams.get_mut(id as usize) else { return panic("internal error: not a `StreamMap`") };
    let old = key_at(entries, &k).map(|i| entries.swap_remove(i).1);
    entries.push((k, v));
    *cap = (*cap).max(entries.len());
    Ok(Value::opt(old))
}

fn stream_map_remove(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = receiver(vm, a)?.id;
    let k = vm.auto_deref(arg(a));
    let Some(StreamObj::Keyed { entries, .. }) = vm.w.streams.get_mut(id as usize) else { return panic("internal error: not a `StreamMap`") };
    let old = key_at(entries, &k).map(|i| entries.swap_remove(i).1);
    Ok(Value::opt(old))
}

fn stream_map_contains_key(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = receiver(vm, a)?.id;
    let k = vm.auto_deref(arg(a));
    let Some(StreamObj::Keyed { entries, .. }) = vm.w.streams.get(id as usize) else { return panic("internal error: not a `StreamMap`") };
    Ok(Value::Bool(key_at(entries, &k).is_some()))
}

fn stream_map_len(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Int(keyed(vm, a)?.len() as i64))
}

fn stream_map_is_empty(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(keyed(vm, a)?.is_empty()))
}

/// The capacity asked for, or the most entries it held: what a `Vec`
/// that never shrinks reports at least.
fn stream_map_capacity(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = receiver(vm, a)?.id;
    let Some(StreamObj::Keyed { cap, .. }) = vm.w.streams.get(id as usize) else { return panic("internal error: not a `StreamMap`") };
    Ok(Value::Int(*cap as i64))
}

fn stream_map_clear(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let gone = std::mem::take(keyed(vm, a)?);
    drop(gone);
    vm.process_drops();
    Ok(Value::Unit)
}

/// `keys()`, `values()`, `iter()`: the entries in their order (insertion
/// order, as `remove`'s `swap_remove` left it).
fn entries_iter(vm: &mut Vm, a: &mut Args, pick: fn(&(Value, Value)) -> Value) -> R<Value> {
    let items: Vec<Value> = keyed(vm, a)?.iter().map(pick).collect();
    vm.make_iter(Value::Vec(Rc::new(items)))
}

fn stream_map_keys(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    entries_iter(vm, a, |e| e.0.clone())
}

fn stream_map_values(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    entries_iter(vm, a, |e| e.1.clone())
}

fn stream_map_iter(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    entries_iter(vm, a, |e| Value::Tuple(Rc::new(vec![e.0.clone(), e.1.clone()])))
}

/// `StreamNotifyClose::new(s)`: `Some(item)` for each item, one `None`
/// when `s` ends, then the end.
fn notify_close(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    Ok(new_stream(vm, StreamObj::NotifyClose { inner: Some(inner) }))
}

fn next(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let stream = receiver(vm, a)?.id;
    Ok(vm.future(FutureState::StreamNext { stream, try_: false }))
}

fn peekable(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    Ok(new_stream(vm, StreamObj::Peekable { inner, peeked: None }))
}

/// `s.peek()`: on a stream made by `peekable()`.
fn peek(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let stream = receiver(vm, a)?.id;
    if !matches!(vm.w.streams.get(stream as usize), Some(StreamObj::Peekable { .. })) {
        return vm.unsupported_stop(span, "`peek` of this stream is not supported yet".to_string());
    }
    Ok(vm.future(FutureState::StreamPeek { stream }))
}

fn try_next(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let stream = receiver(vm, a)?.id;
    Ok(vm.future(FutureState::StreamNext { stream, try_: true }))
}

/// The stream handle itself (moved into an adapter); a value of a user
/// type with `impl Stream` becomes a stream of its own.
fn stream_arg(vm: &mut Vm, a: &mut Args) -> R<Value> {
    match vm.auto_deref(arg(a)) {
        v @ Value::Handle(_) => Ok(v),
        v @ (Value::Struct(_) | Value::Enum(_)) => {
            let def = match &v {
                Value::Struct(x) | Value::Enum(x) => x.def,
                _ => return panic("internal error: a stream adapter without its stream"),
            };
            match vm.p.user_streams.iter().find(|(d, _)| *d == def) {
                Some(&(_, poll_next)) => Ok(new_stream(vm, StreamObj::User { value: v, poll_next })),
                None => panic("internal error: a stream adapter without its stream"),
            }
        }
        _ => panic("internal error: a stream adapter without its stream"),
    }
}

fn map(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let f = arg(a);
    Ok(new_stream(vm, StreamObj::Map { inner, f }))
}

fn filter(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let f = arg(a);
    Ok(new_stream(vm, StreamObj::Filter { inner, f }))
}

fn take(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let Value::Int(n) = arg(a) else { return panic("internal error: `take` needs a count") };
    Ok(new_stream(vm, StreamObj::Take { inner, left: n.max(0) as u64 }))
}

fn skip(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let Value::Int(n) = arg(a) else { return panic("internal error: `skip` needs a count") };
    Ok(new_stream(vm, StreamObj::Skip { inner, left: n.max(0) as u64 }))
}

fn skip_while(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let f = arg(a);
    Ok(new_stream(vm, StreamObj::SkipWhile { inner, f: Some(f) }))
}

fn take_while(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let f = arg(a);
    Ok(new_stream(vm, StreamObj::TakeWhile { inner, f, map: false, done: false }))
}

fn map_while(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let f = arg(a);
    Ok(new_stream(vm, StreamObj::TakeWhile { inner, f, map: true, done: false }))
}

fn filter_map(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let f = arg(a);
    Ok(new_stream(vm, StreamObj::FilterMap { inner, f }))
}

fn chain(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let first = stream_arg(vm, a)?;
    let second = stream_arg(vm, a)?;
    Ok(new_stream(vm, StreamObj::Chain { a: Some(first), b: second }))
}

fn fuse(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    Ok(new_stream(vm, StreamObj::Fuse { inner: Some(inner) }))
}

fn unfold(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let state = arg(a);
    let f = arg(a);
    Ok(new_stream(vm, StreamObj::Unfold { state: Some(state), f, fut: None }))
}

fn then(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let f = arg(a);
    Ok(new_stream(vm, StreamObj::Then { inner, f, fut: None }))
}

fn any(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let stream = receiver(vm, a)?.id;
    let f = arg(a);
    Ok(vm.future(FutureState::StreamAny { stream, f, any: true }))
}

fn all(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let stream = receiver(vm, a)?.id;
    let f = arg(a);
    Ok(vm.future(FutureState::StreamAny { stream, f, any: false }))
}

fn fold(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let stream = stream_arg(vm, a)?;
    let (init, f) = (arg(a), arg(a));
    Ok(vm.future(FutureState::StreamFold { stream, acc: Some(init), f }))
}

/// `stream.collect()`: a fold that pushes each item into a `Vec` (no
/// closure); the compiler collects that into what was expected.
fn collect(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let stream = stream_arg(vm, a)?;
    Ok(vm.future(FutureState::StreamFold { stream, acc: Some(Value::Vec(Rc::new(Vec::new()))), f: Value::Unit }))
}

/// Tokio's `AnyFuture` and `AllFuture` take this many items a poll, then
/// wake their task and yield.
const ANY_PER_POLL: u32 = 32;

fn receiver_stream(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let rx = arg(a);
    let chan = match vm.auto_deref(rx.clone()) {
        Value::Handle(h) if matches!(h.kind, HandleKind::MpscReceiver | HandleKind::UnboundedReceiver) => ChanId(h.id),
        _ => return panic("internal error: `ReceiverStream::new` needs an mpsc receiver"),
    };
    Ok(new_stream(vm, StreamObj::Receiver { rx, chan }))
}

/// `BroadcastStream::new(rx)`: each value as `Ok`, a lag as
/// `Err(Lagged(n))`, and the end once every sender is gone.
fn broadcast_stream(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let rx = arg(a);
    let id = match vm.auto_deref(rx.clone()) {
        Value::Handle(h) if h.kind == HandleKind::BroadcastReceiver => h.id,
        _ => return panic("internal error: `BroadcastStream::new` needs a broadcast receiver"),
    };
    Ok(new_stream(vm, StreamObj::Broadcast { rx, id }))
}

/// `IntervalStream::new(interval)`: the interval's ticks, forever.
fn interval_stream(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let interval = arg(a);
    let id = match vm.auto_deref(interval.clone()) {
        Value::Handle(h) if h.kind == HandleKind::Interval => h.id,
        _ => return panic("internal error: `IntervalStream::new` needs an interval"),
    };
    Ok(new_stream(vm, StreamObj::Interval { interval, id }))
}

fn watch_of(vm: &Vm, rx: &Value) -> R<u32> {
    match vm.auto_deref(rx.clone()) {
        Value::Handle(h) if h.kind == HandleKind::WatchReceiver => Ok(h.id),
        _ => panic("internal error: `WatchStream` needs a watch receiver"),
    }
}

fn watch_stream(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let rx = arg(a);
    let id = watch_of(vm, &rx)?;
    Ok(new_stream(vm, StreamObj::Watch { rx, id, first: true, fut: None }))
}

fn watch_stream_changes(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let rx = arg(a);
    let id = watch_of(vm, &rx)?;
    Ok(new_stream(vm, StreamObj::Watch { rx, id, first: false, fut: None }))
}

/// `stream.timeout(d)`: its first deadline is `d` from the call.
fn timeout(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let Value::Duration(dur) = arg(a) else { return panic("internal error: `timeout` needs a Duration") };
    if !vm.timers_enabled() {
        return panic(super::time::TIMERS_DISABLED);
    }
    let deadline = vm.timeout_deadline(dur);
    Ok(new_stream(vm, StreamObj::Timeout { inner, dur, deadline, timer: None, done: false }))
}

/// `stream.chunks_timeout(max, d)`: items in `Vec`s of up to `max`, a
/// batch also ending `d` after its first item came, and at the end.
fn chunks_timeout(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let Value::Int(cap) = arg(a) else { return panic("internal error: `chunks_timeout` needs a size") };
    let Value::Duration(dur) = arg(a) else { return panic("internal error: `chunks_timeout` needs a Duration") };
    if cap <= 0 {
        return panic("assertion failed: max_size > 0");
    }
    if !vm.timers_enabled() {
        return panic(super::time::TIMERS_DISABLED);
    }
    Ok(new_stream(vm, StreamObj::Chunks { inner: Some(inner), cap: cap as usize, dur, items: Vec::new(), deadline: None, timer: None }))
}

fn timeout_repeating(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let inner = stream_arg(vm, a)?;
    let interval = arg(a);
    let id = match vm.auto_deref(interval.clone()) {
        Value::Handle(h) if h.kind == HandleKind::Interval => h.id,
        _ => return panic("internal error: `timeout_repeating` needs an interval"),
    };
    Ok(new_stream(vm, StreamObj::TimeoutRepeating { inner, interval, id, done: false }))
}

/// The id of a stream handle an adapter holds.
fn id_of(v: &Value) -> u32 {
    match v {
        Value::Handle(h) => h.id,
        _ => u32::MAX,
    }
}

/// What polling a stream found: `Ready(Some(item))`, `Ready(None)` when it
/// is done, or `Pending`.
enum Next {
    Item(Value),
    Done,
    Pending(WaitOn),
}

impl<'p> Vm<'p> {
    /// `stream.next().await`.
    pub(in crate::exec) fn poll_stream_next(&mut self, stream: u32, try_: bool, span: Span) -> R<Poll> {
        Ok(match self.poll_stream(stream, span)? {
            Next::Item(v) if try_ => Poll::Ready(match v {
                Value::Enum(r) if r.def == builtin::RESULT => {
                    let x = r.fields.first().cloned().unwrap_or(Value::Unit);
                    if r.variant == builtin::OK { Value::ok(Value::some(x)) } else { Value::err(x) }
                }
                _ => return panic("internal error: `try_next` of a stream whose items are not `Result`s"),
            }),
            Next::Item(v) => Poll::Ready(Value::some(v)),
            Next::Done if try_ => Poll::Ready(Value::ok(Value::opt(None))),
            Next::Done => Poll::Ready(Value::opt(None)),
            Next::Pending(on) => Poll::Pending(on),
        })
    }

    /// `peekable.peek().await`: the item kept from the last `peek`, or the
    /// next one, kept for the next `next`.
    pub(in crate::exec) fn poll_stream_peek(&mut self, stream: u32, span: Span) -> R<Poll> {
        let inner = match self.w.streams.get(stream as usize) {
            Some(StreamObj::Peekable { peeked: Some(v), .. }) => return Ok(Poll::Ready(Value::some(v.clone()))),
            Some(StreamObj::Peekable { inner, .. }) => id_of(inner),
            _ => return panic("internal error: `peek` of a stream that is not peekable"),
        };
        Ok(match self.poll_stream(inner, span)? {
            Next::Item(v) => {
                if let Some(StreamObj::Peekable { peeked, .. }) = self.w.streams.get_mut(stream as usize) {
                    *peeked = Some(v.clone());
                }
                Poll::Ready(Value::some(v))
            }
            Next::Done => Poll::Ready(Value::opt(None)),
            Next::Pending(on) => Poll::Pending(on),
        })
    }

    /// `stream.any(f).await` / `all(f)`: up to 32 items a poll.
    pub(in crate::exec) fn poll_stream_any(&mut self, stream: u32, f: Value, any: bool, span: Span) -> R<Poll> {
        for _ in 0..ANY_PER_POLL {
            match self.poll_stream(stream, span)? {
                Next::Item(v) => {
                    let yes = matches!(self.call_closure(f.clone(), vec![v], span)?, Value::Bool(true));
                    if yes == any {
                        return Ok(Poll::Ready(Value::Bool(any)));
                    }
                }
                Next::Done => return Ok(Poll::Ready(Value::Bool(!any))),
                Next::Pending(on) => return Ok(Poll::Pending(on)),
            }
        }
        self.w.wake(self.w.current);
        Ok(Poll::Pending(WaitOn::Yield))
    }

    /// `stream.fold(init, f).await`: every item, as it comes.
    pub(in crate::exec) fn poll_stream_fold(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::StreamFold { stream, acc, f } = st else { return panic("internal error: not a fold") };
        let (id, f) = (id_of(stream), f.clone());
        loop {
            match self.poll_stream(id, span)? {
                // `collect()`'s: no closure, a `Vec`.
                Next::Item(v) if matches!(f, Value::Unit) => {
                    if let Some(Value::Vec(items)) = acc {
                        Rc::make_mut(items).push(v);
                    }
                }
                Next::Item(v) => {
                    let old = acc.take().unwrap_or(Value::Unit);
                    *acc = Some(self.call_closure(f.clone(), vec![old, v], span)?);
                }
                Next::Done => return Ok(Poll::Ready(acc.take().unwrap_or(Value::Unit))),
                Next::Pending(on) => return Ok(Poll::Pending(on)),
            }
        }
    }

    /// tokio-stream's `ChunksTimeout::poll_next`: pull items until the
    /// stream waits (a full batch goes at once); then a batch with items
    /// waits for its deadline, a `Sleep` polled with the task's budget.
    fn poll_chunks(&mut self, stream: u32, span: Span) -> R<Next> {
        let on = loop {
            let Some(StreamObj::Chunks { inner, .. }) = self.w.streams.get(stream as usize) else { return Ok(Next::Done) };
            // Fused: an ended stream stays ended (its last batch is gone).
            let Some(inner) = inner.as_ref().map(id_of) else { return Ok(Next::Done) };
            let r = self.poll_stream(inner, span)?;
            let now = self.w.now;
            let Some(StreamObj::Chunks { inner, cap, dur, items, deadline, timer }) = self.w.streams.get_mut(stream as usize) else { return Ok(Next::Done) };
            match r {
                Next::Pending(on) => break on,
                Next::Item(v) => {
                    let mut old_timer = None;
                    if items.is_empty() {
                        *deadline = now.checked_add(*dur).map(super::time::ceil_ms);
                        old_timer = timer.take();
                    }
                    items.push(v);
                    let full = items.len() >= *cap;
                    let batch = full.then(|| std::mem::take(items));
                    if let Some(seq) = old_timer {
                        self.w.remove_timer(seq);
                    }
                    if let Some(batch) = batch {
                        return Ok(Next::Item(Value::Vec(Rc::new(batch))));
                    }
                }
                Next::Done => {
                    // Fused: the stream that ended is dropped.
                    let gone = inner.take();
                    let last = std::mem::take(items);
                    drop(gone);
                    return Ok(if last.is_empty() { Next::Done } else { Next::Item(Value::Vec(Rc::new(last))) });
                }
            }
        };
        let Some(StreamObj::Chunks { items, deadline, timer, .. }) = self.w.streams.get(stream as usize) else { return Ok(Next::Done) };
        if items.is_empty() {
            return Ok(Next::Pending(on));
        }
        let (dl, seq) = (*deadline, *timer);
        let Some(dl) = dl else { return Ok(Next::Pending(on)) };
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Next::Pending(WaitOn::Yield));
        }
        if self.w.now >= dl {
            self.w.consume_budget();
            if let Some(seq) = seq {
                self.w.remove_timer(seq);
            }
            let Some(StreamObj::Chunks { items, timer, .. }) = self.w.streams.get_mut(stream as usize) else { return Ok(Next::Done) };
            *timer = None;
            let batch = std::mem::take(items);
            return Ok(Next::Item(Value::Vec(Rc::new(batch))));
        }
        if seq.is_none() {
            let task = self.w.current;
            let seq = self.w.add_timer(dl, task);
            if let Some(StreamObj::Chunks { timer, .. }) = self.w.streams.get_mut(stream as usize) {
                *timer = Some(seq);
            }
        }
        Ok(Next::Pending(on))
    }

    fn poll_stream(&mut self, stream: u32, span: Span) -> R<Next> {
        let Some(s) = self.w.streams.get_mut(stream as usize) else { return panic("internal error: no such stream") };
        match s {
            StreamObj::Iter { iter, given } => {
                if *given >= ITER_YIELD {
                    *given = 0;
                    self.w.wake(self.w.current);
                    return Ok(Next::Pending(WaitOn::Yield));
                }
                *given += 1;
                let Value::Iter(it) = iter.clone() else { return Ok(Next::Done) };
                Ok(match self.next_of(&it, span)? {
                    Some(v) => Next::Item(v),
                    None => Next::Done,
                })
            }
            StreamObj::Map { inner, f } => {
                let (inner, f) = (id_of(inner), f.clone());
                match self.poll_stream(inner, span)? {
                    Next::Item(v) => Ok(Next::Item(self.call_closure(f, vec![v], span)?)),
                    other => Ok(other),
                }
            }
            StreamObj::Filter { inner, f } => {
                let (inner, f) = (id_of(inner), f.clone());
                loop {
                    match self.poll_stream(inner, span)? {
                        Next::Item(v) => {
                            if matches!(self.call_closure(f.clone(), vec![v.clone()], span)?, Value::Bool(true)) {
                                return Ok(Next::Item(v));
                            }
                        }
                        other => return Ok(other),
                    }
                }
            }
            StreamObj::Take { inner, left } => {
                if *left == 0 {
                    return Ok(Next::Done);
                }
                let inner = id_of(inner);
                let r = self.poll_stream(inner, span)?;
                if let (Next::Item(_), Some(StreamObj::Take { left, .. })) = (&r, self.w.streams.get_mut(stream as usize)) {
                    *left -= 1;
                }
                Ok(r)
            }
            StreamObj::Skip { inner, .. } => {
                let inner = id_of(inner);
                loop {
                    let r = self.poll_stream(inner, span)?;
                    let Some(StreamObj::Skip { left, .. }) = self.w.streams.get_mut(stream as usize) else { return Ok(r) };
                    match r {
                        Next::Item(_) if *left > 0 => *left -= 1,
                        other => return Ok(other),
                    }
                }
            }
            StreamObj::SkipWhile { inner, f } => {
                let (inner, f) = (id_of(inner), f.clone());
                let Some(f) = f else { return self.poll_stream(inner, span) };
                loop {
                    match self.poll_stream(inner, span)? {
                        Next::Item(v) => {
                            if !matches!(self.call_closure(f.clone(), vec![v.clone()], span)?, Value::Bool(true)) {
                                if let Some(StreamObj::SkipWhile { f, .. }) = self.w.streams.get_mut(stream as usize) {
                                    *f = None;
                                }
                                return Ok(Next::Item(v));
                            }
                        }
                        other => return Ok(other),
                    }
                }
            }
            StreamObj::TakeWhile { inner, f, map, done } => {
                if *done {
                    return Ok(Next::Done);
                }
                let (inner, f, map) = (id_of(inner), f.clone(), *map);
                let r = match self.poll_stream(inner, span)? {
                    Next::Item(v) if map => self.call_closure(f, vec![v], span)?.as_some().map_or(Next::Done, Next::Item),
                    Next::Item(v) => {
                        if matches!(self.call_closure(f, vec![v.clone()], span)?, Value::Bool(true)) {
                            Next::Item(v)
                        } else {
                            Next::Done
                        }
                    }
                    other => other,
                };
                if let (Next::Done, Some(StreamObj::TakeWhile { done, .. })) = (&r, self.w.streams.get_mut(stream as usize)) {
                    *done = true;
                }
                Ok(r)
            }
            StreamObj::FilterMap { inner, f } => {
                let (inner, f) = (id_of(inner), f.clone());
                loop {
                    match self.poll_stream(inner, span)? {
                        Next::Item(v) => {
                            if let Some(x) = self.call_closure(f.clone(), vec![v], span)?.as_some() {
                                return Ok(Next::Item(x));
                            }
                        }
                        other => return Ok(other),
                    }
                }
            }
            StreamObj::Chain { a, b } => {
                let (first, second) = (a.as_ref().map(id_of), id_of(b));
                if let Some(first) = first {
                    match self.poll_stream(first, span)? {
                        Next::Done => {
                            let gone = match self.w.streams.get_mut(stream as usize) {
                                Some(StreamObj::Chain { a, .. }) => a.take(),
                                _ => None,
                            };
                            drop(gone);
                        }
                        other => return Ok(other),
                    }
                }
                self.poll_stream(second, span)
            }
            StreamObj::Then { inner, f, fut } => {
                let (inner, f, mut fut) = (id_of(inner), f.clone(), *fut);
                loop {
                    if let Some(c) = fut {
                        return Ok(match self.poll_child(c)? {
                            Poll::Ready(v) => {
                                // `poll_child` freed the coroutine.
                                if let Some(StreamObj::Then { fut, .. }) = self.w.streams.get_mut(stream as usize) {
                                    *fut = None;
                                }
                                Next::Item(v)
                            }
                            Poll::Pending(on) => Next::Pending(on),
                        });
                    }
                    match self.poll_stream(inner, span)? {
                        Next::Item(v) => {
                            let made = self.call_closure(f.clone(), vec![v], span)?;
                            let c = self.child_future(made);
                            if let Some(StreamObj::Then { fut: slot, .. }) = self.w.streams.get_mut(stream as usize) {
                                *slot = Some(c);
                            }
                            fut = Some(c);
                        }
                        other => return Ok(other),
                    }
                }
            }
            StreamObj::Peekable { inner, peeked } => match peeked.take() {
                Some(v) => Ok(Next::Item(v)),
                None => {
                    let inner = id_of(inner);
                    self.poll_stream(inner, span)
                }
            },
            StreamObj::Unfold { state, f, fut } => {
                let c = match (*fut, state.take()) {
                    (Some(c), _) => c,
                    (None, Some(st)) => {
                        let f = f.clone();
                        let made = self.call_closure(f, vec![st], span)?;
                        let c = self.child_future(made);
                        if let Some(StreamObj::Unfold { fut, .. }) = self.w.streams.get_mut(stream as usize) {
                            *fut = Some(c);
                        }
                        c
                    }
                    (None, None) => return panic("Unfold must not be polled after it returned `Poll::Ready(None)`"),
                };
                match self.poll_child(c)? {
                    Poll::Ready(v) => {
                        // `poll_child` freed the coroutine.
                        let (item, next) = match v {
                            Value::Enum(e) if e.def == builtin::OPTION && e.variant == builtin::SOME => match e.fields.first() {
                                Some(Value::Tuple(t)) if t.len() == 2 => (Some(t[0].clone()), Some(t[1].clone())),
                                _ => return panic("internal error: `unfold`'s future gave no `(item, state)`"),
                            },
                            _ => (None, None),
                        };
                        if let Some(StreamObj::Unfold { fut, state, .. }) = self.w.streams.get_mut(stream as usize) {
                            *fut = None;
                            *state = next;
                        }
                        Ok(item.map_or(Next::Done, Next::Item))
                    }
                    Poll::Pending(on) => Ok(Next::Pending(on)),
                }
            }
            StreamObj::Once { value } => Ok(value.take().map_or(Next::Done, Next::Item)),
            StreamObj::NotifyClose { inner } => {
                let Some(inner) = inner.as_ref().map(id_of) else { return Ok(Next::Done) };
                Ok(match self.poll_stream(inner, span)? {
                    Next::Item(v) => Next::Item(Value::some(v)),
                    Next::Done => {
                        let gone = match self.w.streams.get_mut(stream as usize) {
                            Some(StreamObj::NotifyClose { inner }) => inner.take(),
                            _ => None,
                        };
                        drop(gone);
                        Next::Item(Value::opt(None))
                    }
                    pending => pending,
                })
            }
            StreamObj::Keyed { entries, .. } => {
                // tokio-stream's `poll_next_entry`: from a random entry on
                // (its own thread-local RNG; here the run's seed), each in
                // turn; an ended stream is `swap_remove`d, skipping the
                // entry moved into its place if that one was polled already.
                let n = entries.len();
                if n == 0 {
                    return Ok(Next::Done);
                }
                let start = self.w.rng_below(n as u32) as usize;
                let mut idx = start;
                let mut pending = None;
                for _ in 0..n {
                    let Some(StreamObj::Keyed { entries, .. }) = self.w.streams.get(stream as usize) else { return Ok(Next::Done) };
                    let Some((_, s)) = entries.get(idx) else { break };
                    match self.poll_stream(id_of(s), span)? {
                        Next::Item(v) => {
                            let Some(StreamObj::Keyed { entries, .. }) = self.w.streams.get(stream as usize) else { return Ok(Next::Done) };
                            let key = entries.get(idx).map_or(Value::Unit, |e| e.0.clone());
                            return Ok(Next::Item(Value::Tuple(Rc::new(vec![key, v]))));
                        }
                        Next::Done => {
                            let Some(StreamObj::Keyed { entries, .. }) = self.w.streams.get_mut(stream as usize) else { return Ok(Next::Done) };
                            let gone = entries.swap_remove(idx);
                            let len = entries.len();
                            drop(gone);
                            if idx == len {
                                idx = 0;
                            } else if idx < start && start <= len {
                                idx = (idx + 1) % len;
                            }
                        }
                        Next::Pending(on) => {
                            pending = pending.or(Some(on));
                            let len = match self.w.streams.get(stream as usize) {
                                Some(StreamObj::Keyed { entries, .. }) => entries.len().max(1),
                                _ => 1,
                            };
                            idx = (idx + 1) % len;
                        }
                    }
                }
                let empty = matches!(self.w.streams.get(stream as usize), Some(StreamObj::Keyed { entries, .. }) if entries.is_empty());
                Ok(if empty { Next::Done } else { Next::Pending(pending.unwrap_or(WaitOn::Never)) })
            }
            StreamObj::Pending => Ok(Next::Pending(WaitOn::Never)),
            StreamObj::Merge { a, b, a_first } => {
                let flip = *a_first;
                *a_first = !flip;
                let (a, b) = (a.as_ref().map(id_of), b.as_ref().map(id_of));
                let order = if flip { [(a, true), (b, false)] } else { [(b, false), (a, true)] };
                let mut pending = None;
                for (inner, is_a) in order {
                    let Some(inner) = inner else { continue };
                    match self.poll_stream(inner, span)? {
                        Next::Item(v) => return Ok(Next::Item(v)),
                        Next::Done => {
                            // Fused: the ended stream is dropped, never polled again.
                            let gone = match self.w.streams.get_mut(stream as usize) {
                                Some(StreamObj::Merge { a, .. }) if is_a => a.take(),
                                Some(StreamObj::Merge { b, .. }) => b.take(),
                                _ => None,
                            };
                            drop(gone);
                        }
                        Next::Pending(on) => pending = pending.or(Some(on)),
                    }
                }
                Ok(pending.map_or(Next::Done, Next::Pending))
            }
            StreamObj::Fuse { inner } => {
                let Some(inner) = inner.as_ref().map(id_of) else { return Ok(Next::Done) };
                let r = self.poll_stream(inner, span)?;
                if let Next::Done = r {
                    let gone = match self.w.streams.get_mut(stream as usize) {
                        Some(StreamObj::Fuse { inner }) => inner.take(),
                        _ => None,
                    };
                    drop(gone);
                }
                Ok(r)
            }
            StreamObj::Receiver { chan, .. } => {
                let chan = *chan;
                Ok(match self.poll_mpsc_recv(chan, span)? {
                    Poll::Ready(v) => v.as_some().map_or(Next::Done, Next::Item),
                    Poll::Pending(on) => Next::Pending(on),
                })
            }
            StreamObj::Broadcast { id, .. } => {
                let id = *id;
                Ok(match self.poll_broadcast_recv(id, span)? {
                    Poll::Ready(Value::Enum(r)) if r.def == builtin::RESULT => {
                        let inner = r.fields.first().cloned().unwrap_or(Value::Unit);
                        match (&inner, r.variant == builtin::OK) {
                            (_, true) => Next::Item(Value::ok(inner)),
                            (Value::Enum(e), false) if e.variant == 1 => {
                                let n = e.fields.first().cloned().unwrap_or(Value::Int(0));
                                Next::Item(Value::err(Value::adt_enum(builtin::BROADCAST_STREAM_RECV_ERROR, 0, vec![n])))
                            }
                            _ => Next::Done,
                        }
                    }
                    Poll::Ready(_) => Next::Done,
                    Poll::Pending(on) => Next::Pending(on),
                })
            }
            StreamObj::Interval { id, .. } => {
                let id = *id;
                Ok(match self.poll_tick(id, span)? {
                    Poll::Ready(v) => Next::Item(v),
                    Poll::Pending(on) => Next::Pending(on),
                })
            }
            StreamObj::User { value, poll_next } => {
                let me = std::mem::replace(value, Value::Uninit);
                let poll_next = *poll_next;
                let cx = super::future::context(self);
                let r = self.call_sync(poll_next, vec![me, cx])?;
                let Value::Tuple(t) = r else { return panic("internal error: `poll_next` returned no `self`") };
                if let Some(StreamObj::User { value, .. }) = self.w.streams.get_mut(stream as usize) {
                    *value = t.get(1).cloned().unwrap_or(Value::Unit);
                }
                Ok(match t.first() {
                    Some(Value::Enum(e)) if e.def == builtin::POLL && e.variant == builtin::READY => {
                        e.fields.first().and_then(Value::as_some).map_or(Next::Done, Next::Item)
                    }
                    _ => Next::Pending(WaitOn::Waker),
                })
            }
            StreamObj::Watch { id, first, fut, .. } => {
                let id = *id;
                if std::mem::take(first) {
                    return Ok(Next::Item(self.watch_take_latest(id)?));
                }
                let c = match *fut {
                    Some(c) => c,
                    None => {
                        let f = self.future(FutureState::WatchChanged { rx: id });
                        let c = self.child_future(f);
                        if let Some(StreamObj::Watch { fut, .. }) = self.w.streams.get_mut(stream as usize) {
                            *fut = Some(c);
                        }
                        c
                    }
                };
                match self.poll_child(c)? {
                    Poll::Ready(r) => {
                        // `poll_child` freed the coroutine.
                        if let Some(StreamObj::Watch { fut, .. }) = self.w.streams.get_mut(stream as usize) {
                            *fut = None;
                        }
                        match r {
                            Value::Enum(e) if e.def == builtin::RESULT && e.variant == builtin::OK => Ok(Next::Item(self.watch_take_latest(id)?)),
                            _ => Ok(Next::Done),
                        }
                    }
                    Poll::Pending(on) => Ok(Next::Pending(on)),
                }
            }
            StreamObj::Timeout { inner, done, .. } => {
                if *done {
                    return Ok(Next::Done);
                }
                let inner = id_of(inner);
                let on = match self.poll_stream(inner, span)? {
                    Next::Item(v) => {
                        // A new deadline, `d` from now; the old timer goes.
                        let task = self.w.current;
                        if let Some(StreamObj::Timeout { dur, deadline, timer, .. }) = self.w.streams.get_mut(stream as usize) {
                            let (old, seq) = (deadline.take(), timer.take());
                            *deadline = self.w.now.checked_add(*dur).map(super::time::ceil_ms);
                            if let Some(seq) = seq {
                                self.w.remove_timer(seq);
                                if let Some(old) = old {
                                    self.w.emit(EventKind::TimeoutCleared { task, deadline: old, dropped: false });
                                }
                            }
                        }
                        return Ok(Next::Item(Value::ok(v)));
                    }
                    Next::Done => {
                        if let Some(StreamObj::Timeout { done, .. }) = self.w.streams.get_mut(stream as usize) {
                            *done = true;
                        }
                        return Ok(Next::Done);
                    }
                    Next::Pending(on) => on,
                };
                let Some(StreamObj::Timeout { deadline, timer, .. }) = self.w.streams.get_mut(stream as usize) else { return Ok(Next::Pending(on)) };
                let Some(dl) = *deadline else { return Ok(Next::Pending(on)) };
                let seq = *timer;
                // The deadline's `Sleep` polls with the task's budget.
                if !self.w.has_budget() {
                    self.w.defer_current();
                    return Ok(Next::Pending(WaitOn::Yield));
                }
                let task = self.w.current;
                if self.w.now >= dl {
                    self.w.consume_budget();
                    if let Some(StreamObj::Timeout { deadline, timer, .. }) = self.w.streams.get_mut(stream as usize) {
                        *deadline = None;
                        *timer = None;
                    }
                    if let Some(seq) = seq {
                        self.w.remove_timer(seq);
                    }
                    self.w.emit(EventKind::TimeoutElapsed { task, deadline: dl, span, send: None });
                    return Ok(Next::Item(Value::err(super::time::elapsed())));
                }
                if seq.is_none() {
                    let seq = self.w.add_timer(dl, task);
                    if let Some(StreamObj::Timeout { timer, .. }) = self.w.streams.get_mut(stream as usize) {
                        *timer = Some(seq);
                    }
                    self.w.emit(EventKind::TimeoutSet { task, deadline: dl, span, send: None });
                }
                Ok(Next::Pending(on))
            }
            StreamObj::Chunks { .. } => self.poll_chunks(stream, span),
            StreamObj::TimeoutRepeating { inner, id, done, .. } => {
                if *done {
                    return Ok(Next::Done);
                }
                let (inner, id) = (id_of(inner), *id);
                match self.poll_stream(inner, span)? {
                    Next::Item(v) => {
                        let next = self.w.now.saturating_add(self.interval_period(id));
                        self.reset_interval(id, next, span)?;
                        Ok(Next::Item(Value::ok(v)))
                    }
                    Next::Done => {
                        if let Some(StreamObj::TimeoutRepeating { done, .. }) = self.w.streams.get_mut(stream as usize) {
                            *done = true;
                        }
                        Ok(Next::Done)
                    }
                    Next::Pending(on) => Ok(match self.poll_tick(id, span)? {
                        Poll::Ready(_) => Next::Item(Value::err(super::time::elapsed())),
                        Poll::Pending(_) => Next::Pending(on),
                    }),
                }
            }
            StreamObj::Gone => panic("internal error: a dropped stream polled"),
        }
    }
}
