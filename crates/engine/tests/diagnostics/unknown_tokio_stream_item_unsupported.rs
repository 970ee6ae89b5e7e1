// `tokio_stream::wrappers::BroadcastStream` is real, but not one Taskscope
// knows: it must say "not supported yet", never rustc's E0425 for a name
// that exists.
use tokio_stream::wrappers::BroadcastStream;

fn main() {
    let (_tx, rx) = tokio::sync::broadcast::channel::<i32>(1);
    let _s = BroadcastStream::new(rx);
}
