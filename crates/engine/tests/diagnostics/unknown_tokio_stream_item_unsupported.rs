// `StreamExt::peekable` called as a path is real, but not a form Taskscope
// knows: it must say "not supported yet", never rustc's E0425 for a name
// that exists.
use tokio_stream::StreamExt;

fn main() {
    let _m = StreamExt::peekable(tokio_stream::iter(vec![1]));
}
