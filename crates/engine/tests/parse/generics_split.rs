fn main() {
    let v: Vec<Vec<u8>> = Vec::new();
    let w: Arc<Mutex<Vec<String>>> = Arc::new(Mutex::new(Vec::new()));
    let x = Vec::<i32>::new();
    let y = Vec::<Vec<u8>>::with_capacity(8);
    let (tx, rx) = mpsc::channel::<String>(8);
    let n = "5".parse::<i32>().unwrap();
    let c = it.collect::<Vec<_>>();
    let m = it.map(|x| x * 2).collect::<HashMap<String, Vec<u64>>>();
    let s = std::mem::size_of::<u64>();
    let o: Option<Option<Option<u8>>>= None;
    let cmp = a < b && c > d;
    let shift = a >> 2;
    let both = x >> y > z;
    let d = Default::default();
}
