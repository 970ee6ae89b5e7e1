// `tokio_stream::StreamMap` is real, but not one Taskscope knows: it must
// say "not supported yet", never rustc's E0425 for a name that exists.
use tokio_stream::StreamMap;

fn main() {
    let _s = StreamMap::<u8, tokio_stream::Empty<i32>>::new();
}
