//! `tokio::signal::ctrl_c`. In a simulated run no one presses Ctrl+C, so
//! its future is never ready, as the real program's is while no one does
//! (`conformance/signal_ctrl_c_*`): a `select!` against it takes its other
//! branches, and a task that only waits for it waits forever. Like
//! Tokio's, it needs the IO driver: polled on a runtime built without
//! `enable_io` (or `enable_all`), it panics in Tokio's code.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$SIGNAL",
    decl: DECL,
    natives: &[Native { path: "tokio::signal::ctrl_c", f: ctrl_c }],
    kinds: &[],
    on_drop: |_, _, _| {},
    debug: |_, _, h, _, _| Err(format!("`{:?}` is not a signal value", h.kind)),
};

/// Declared as the checker reads it (see `check/stubs.rs`). Only
/// `ctrl_c`: the `unix` and `windows` modules are not supported yet.
const DECL: &str = r#"
    pub mod signal {
        pub async fn ctrl_c() -> Result<(), std::io::Error>;
    }
"#;

/// Where Tokio 1.54.1 panics when the signal driver is missing.
const TOKIO_SIGNAL_RS: &str = "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/tokio-1.54.1/src/signal/unix.rs:501:5";

/// Tokio's panic for a signal on a runtime without the IO driver.
const IO_DISABLED: &str = "A Tokio 1.x context was found, but IO is disabled. Call `enable_io` on the runtime builder to enable IO.";

fn ctrl_c(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(vm.future(FutureState::CtrlC))
}

impl Vm<'_> {
    /// A poll of `ctrl_c()`: pending for good, once the IO driver is there.
    pub(super) fn poll_ctrl_c(&mut self) -> R<Poll> {
        if !self.io_enabled() {
            self.panic_location = Some(TOKIO_SIGNAL_RS.to_string());
            return panic(IO_DISABLED);
        }
        Ok(Poll::Pending(WaitOn::CtrlC))
    }
}
