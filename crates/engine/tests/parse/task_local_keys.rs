tokio::task_local! {
    static ONE: u32;
    pub static TWO: Vec<String>;
}

task_local!(static THREE: u8);

fn main() {}
