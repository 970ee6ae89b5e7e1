//! `split_off`, `retain_mut`, `dedup_by_key`, `dedup_by`, `chunks_exact`, `String::from_utf8`, `char::from_digit`
//!
//! A batch of std's `Vec`, `String`, slice and `char` functions as everyday code uses them:
//! splitting a queue of jobs in two, counting down retries and dropping the spent ones,
//! dropping runs of readings whose key repeats, pairing up items, decoding bytes. `split_off`
//! past the end panics at its call (it is `#[track_caller]`), here inside a task, whose
//! `JoinError` says so.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut jobs: Vec<u32> = (1..=7).collect();
    let later = jobs.split_off(4);
    println!("now {jobs:?}, later {later:?}");

    let mut line = String::from("GET /index.html");
    let path = line.split_off(4);
    println!("[{line}] [{path}]");

    let mut readings = vec![10, 11, 12, 25, 27, 31, 30, 44];
    readings.dedup_by_key(|r| *r / 10);
    println!("{readings:?}");

    let mut retries = vec![3, 1, 2, 1];
    retries.retain_mut(|r| {
        *r -= 1;
        *r > 0
    });
    println!("{retries:?}");

    let mut names = vec!["Ann", "ann", "Bob", "ANN", "bob", "BOB"];
    names.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{names:?}");

    let pairs: Vec<u32> = [1, 2, 3, 4, 5, 6, 7].chunks_exact(2).map(|p| p[0] * p[1]).collect();
    println!("{pairs:?}");

    let text = String::from_utf8(vec![0x68, 0x69, 0x21]).unwrap();
    let digits: String = (0..16).filter_map(|d| char::from_digit(d, 16)).collect();
    println!("{text} {digits} {:?} {:?} {:?}", char::from_digit(5, 4), char::from_u32(0x263A), char::from_u32(0xD800));

    let task = tokio::spawn(async {
        let mut v = vec![1, 2, 3];
        let rest = v.split_off(5);
        println!("unreachable {rest:?}");
    });
    let err = task.await.unwrap_err();
    println!("task panicked: {}", err.is_panic());
}
