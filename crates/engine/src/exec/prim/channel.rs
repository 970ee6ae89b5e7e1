//! What every channel kind shares: the buffer a value enters (recorded with
//! its identity and `Debug` text), and the deadlock edges of a task waiting
//! to receive or to send.

use super::*;

impl<'p> Vm<'p> {
    /// Puts a value into a channel's buffer (permit already held), records
    /// it, and wakes receivers.
    pub(super) fn push_to_chan(&mut self, chan: ChanId, v: Value, span: Span) -> R<()> {
        self.charge(super::super::meter::rough_bytes(&v) + std::mem::size_of::<crate::trace::Event>())?;
        let vid = self.w.new_value_id();
        let text = self.intern_debug(&v);
        let c = &mut self.w.chans[chan.index()];
        if c.buf.len() >= self.config.max_collection_len {
            return Err(self.budget_stop(Budget::CollectionLen));
        }
        c.buf.push_back((vid, v));
        let len = c.buf.len() as u32;
        let cur = self.w.current;
        self.w.emit(EventKind::Sent { task: cur, chan, value: vid, text, len, span });
        self.w.wake_receivers(chan);
        Ok(())
    }

    /// A task waiting to receive waits for every live task that owns a
    /// sender of the channel; one waiting to send on a full channel, for
    /// the receivers' owners. A task that receives while owning the only
    /// other sender waits for itself.
    pub(super) fn channel_wait_edges(
        &self,
        t: TaskId,
        name: &str,
        on: WaitOn,
        c: ChanId,
        line: u32,
        holders: &[(ChanId, bool, TaskId)],
    ) -> (Vec<TaskId>, String) {
        let receiving = matches!(on, WaitOn::Recv(_));
        let owners: Vec<TaskId> = holders.iter().filter(|&&(hc, s, _)| hc == c && s == receiving).map(|&(_, _, t)| t).collect();
        let by = self.held_by(&owners, t);
        let text = if receiving {
            format!("{name} waits at line {line} to receive on channel #{c}, but no sender will ever send (senders are still alive{by})")
        } else if matches!(on, WaitOn::Closed(_)) {
            format!("{name} waits at line {line} for channel #{c} to close, but its receiver is still alive{by}")
        } else {
            format!("{name} waits at line {line} to send on full channel #{c}, but nobody receives{by}")
        };
        (owners, text)
    }

    /// ", held by main" / ", held by main itself" for a deadlock description.
    fn held_by(&self, tasks: &[TaskId], waiter: TaskId) -> String {
        if tasks.is_empty() {
            return String::new();
        }
        let names: Vec<String> = tasks.iter().map(|&h| if h == waiter { format!("{} itself", self.w.task_name(h)) } else { self.w.task_name(h) }).collect();
        format!(", held by {}", names.join(", "))
    }

    /// Every channel end a live task owns, as (channel, is a sender, task):
    /// in its locals and temporaries, its `join!` branches and the futures
    /// it has not finished (an unsent value, an async call's arguments).
    /// Ends kept elsewhere (in a channel's buffer, behind a mutex) have no
    /// task to wait for.
    pub(in crate::exec) fn channel_ends_held(&self) -> Vec<(ChanId, bool, TaskId)> {
        let mut out = Vec::new();
        for (t, co) in self.tasks.iter().enumerate() {
            let Some(co) = co else { continue };
            if self.w.tasks[t].state == TaskState::Done {
                continue;
            }
            // Its stacks, and those of the futures it runs as coroutines
            // of their own (`timeout`, `&mut fut`).
            let own = self.children.iter().flatten().filter(|(owner, _)| owner.index() == t).map(|(_, c)| c);
            let mut work: Vec<Value> = std::iter::once(co).chain(own).flat_map(|c| c.branches()).flat_map(Co::own_values).cloned().collect();
            while let Some(v) = work.pop() {
                match v {
                    Value::Tuple(xs) | Value::Vec(xs) | Value::Set(xs) => work.extend(xs.iter().cloned()),
                    Value::Map(kv) => work.extend(kv.iter().flat_map(|(k, v)| [k.clone(), v.clone()])),
                    Value::Struct(a) | Value::Enum(a) => work.extend(a.fields.iter().cloned()),
                    Value::Arc(x) => work.push((*x).clone()),
                    Value::Future(f) => match &*f.borrow() {
                        Some(FutureState::Call { args, .. }) => work.extend(args.iter().cloned()),
                        Some(FutureState::Send { value: Some(x), .. }) => work.push(x.clone()),
                        Some(FutureState::Reserve { owned: Some(x), .. }) => work.push(x.clone()),
                        _ => {}
                    },
                    Value::Handle(h) => {
                        let end = match h.kind {
                            HandleKind::MpscSender | HandleKind::UnboundedSender | HandleKind::OneshotSender | HandleKind::BroadcastSender => {
                                Some((ChanId(h.id), true))
                            }
                            HandleKind::MpscOwnedPermit => self.w.chan_permits.get(h.id as usize).map(|p| (p.0, true)),
                            HandleKind::MpscReceiver | HandleKind::UnboundedReceiver | HandleKind::OneshotReceiver => Some((ChanId(h.id), false)),
                            HandleKind::BroadcastReceiver => self.w.brx.get(h.id as usize).map(|&(c, _)| (c, false)),
                            _ => None,
                        };
                        if let Some((c, sender)) = end
                            && !out.contains(&(c, sender, TaskId::from_index(t)))
                        {
                            out.push((c, sender, TaskId::from_index(t)));
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }

    /// Drop effect of a sending half (any kind): the last one closes the
    /// channel and wakes its receivers.
    pub(super) fn drop_sender(&mut self, id: u32) {
        let Some(c) = self.w.chans.get_mut(id as usize) else { return };
        c.senders = c.senders.saturating_sub(1);
        let remaining = c.senders;
        self.w.emit(EventKind::SenderDropped { chan: ChanId(id), remaining });
        if remaining == 0 {
            self.w.emit(EventKind::ChannelClosed { chan: ChanId(id) });
            self.w.wake_receivers(ChanId(id));
        }
    }

    /// Drop effect of the receiver of an mpsc or oneshot channel: the
    /// buffered values drop, blocked senders wake to find it closed.
    pub(super) fn drop_receiver(&mut self, id: u32) {
        let Some(c) = self.w.chans.get_mut(id as usize) else { return };
        c.receivers = c.receivers.saturating_sub(1);
        let buf = std::mem::take(&mut c.buf);
        let waiting: Vec<TaskId> = c.send_queue.drain(..).map(|(_, t)| t).collect();
        self.w.emit(EventKind::ReceiverDropped { chan: ChanId(id), remaining: 0 });
        self.w.emit(EventKind::ChannelClosed { chan: ChanId(id) });
        for t in waiting {
            self.w.wake(t);
        }
        self.w.wake_closed_waiters(ChanId(id));
        drop(buf);
    }

    /// `clone()` of a sending half: one more sender.
    pub(in crate::exec) fn clone_sender(&mut self, h: &Handle) -> Value {
        if let Some(c) = self.w.chans.get_mut(h.id as usize) {
            c.senders += 1;
        }
        Value::Handle(Handle::new(h.kind, h.id, &self.w.drops))
    }
}

/// A bounded channel's capacity argument: positive (else the program's
/// panic, `zero`), and within the collection budget.
pub(super) fn capacity_arg(vm: &mut Vm, a: &mut Args, zero: &str) -> R<u64> {
    let Value::Int(n) = arg(a) else { return panic("internal error: expected an integer") };
    if n <= 0 {
        return panic(zero);
    }
    if n as u64 > vm.config.max_collection_len as u64 {
        return Err(vm.budget_stop(Budget::CollectionLen));
    }
    Ok(n as u64)
}

impl World {
    /// Wakes every task waiting to receive on `chan`.
    pub(super) fn wake_receivers(&mut self, chan: ChanId) {
        let waiters = std::mem::take(&mut self.chans[chan.index()].recv_waiters);
        for t in waiters {
            self.wake(t);
        }
    }
}
