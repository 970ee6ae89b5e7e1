// `tokio_stream::pending` is real, but not one Taskscope knows: it must
// say "not supported yet", never rustc's E0425 for a name that exists.
use tokio_stream::pending;

fn main() {
    let _s = pending::<i32>();
}
