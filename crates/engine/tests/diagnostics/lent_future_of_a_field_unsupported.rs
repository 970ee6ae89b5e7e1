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
    conn: Conn,
}

impl Handler {
    async fn run(&mut self) {
        tokio::select! {
            v = self.conn.read_frame() => println!("{v}"),
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut h = Handler { conn: Conn { n: 0 } };
    h.run().await;
}
