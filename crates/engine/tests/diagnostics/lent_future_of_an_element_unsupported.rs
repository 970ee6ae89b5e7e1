// A field lent to a future runs (`self.conn.read_frame()` in a `select!`);
// an element of a vector is not supported yet.
struct Conn {
    n: u32,
}

impl Conn {
    async fn read_frame(&mut self) -> u32 {
        self.n += 1;
        self.n
    }
}

struct Handler {
    conns: Vec<Conn>,
}

impl Handler {
    async fn run(&mut self) {
        tokio::select! {
            v = self.conns[0].read_frame() => println!("{v}"),
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut h = Handler { conns: vec![Conn { n: 0 }] };
    h.run().await;
}
