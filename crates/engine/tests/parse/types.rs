fn types(
    a: i32,
    b: Vec<String>,
    c: Arc<Mutex<Vec<String>>>,
    d: HashMap<String, Vec<Option<u64>>>,
    e: &'static str,
    f: &mut Vec<u8>,
    g: &&i32,
    h: (i32, String),
    i: (),
    j: (u8,),
    k: [u8; 4],
    l: &[u8],
    m: [[i32; 3]; N],
    n: impl Iterator<Item = u32>,
    o: Box<dyn Fn(i32) -> i32 + Send>,
    p: Box<dyn FnMut() + Send + 'static>,
    q: fn(i32) -> i32,
    r: mpsc::Sender<Msg>,
    s: tokio::sync::oneshot::Receiver<Result<(), String>>,
    t: Option<Box<dyn std::error::Error + Send + Sync>>,
    u: *const u8,
    v: Vec<(String, usize)>,
    w: std::collections::HashMap<&'static str, fn() -> ()>,
    x: Pin<Box<dyn Future<Output = ()> + Send>>,
    y: &dyn Fn(&str),
    z: Vec<Vec<Vec<u8>>>,
) -> Result<(), Box<dyn std::error::Error>> {
    let inferred: Vec<_> = Vec::new();
    let never: Option<!> = None;
    let shift_eq: Vec<Vec<u8>>= Vec::new();
    let ge: Vec<u8>= Vec::new();
    Ok(())
}
