//! `matches!` with a guard
//!
//! `matches!(e, pat if guard)` is true only when the pattern matches and then the guard, which sees the pattern's bindings, holds; a failed pattern never runs the guard. Works on enums, `Option`s of tuples, ranges with `|`, and inside `filter`.

#[derive(Debug)]
enum Job {
    Build { cost: u32 },
    Test(u32),
    Idle,
}

fn guard_ran(tag: &str, v: bool) -> bool {
    println!("guard ran for {tag}");
    v
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let jobs = vec![Job::Build { cost: 3 }, Job::Build { cost: 12 }, Job::Test(7), Job::Idle];
    for j in &jobs {
        let big = matches!(j, Job::Build { cost } if *cost > 10);
        let odd_test = matches!(j, Job::Test(n) if n % 2 == 1);
        println!("{j:?}: big={big} odd_test={odd_test}");
    }
    let pair = Some((2, "two"));
    println!("{}", matches!(pair, Some((n, s)) if n == 2 && s.len() == 3));
    println!("{}", matches!(pair, Some((n, _)) if n > 5));
    let none: Option<(i32, &str)> = None;
    println!("{}", matches!(none, Some(_) if guard_ran("none", true)));
    println!("{}", matches!(pair, Some(_) if guard_ran("pair", false)));
    let x = 42;
    println!("{}", matches!(x, 1..=9 | 40..=49 if x % 2 == 0));
    let cheap: Vec<&Job> = jobs.iter().filter(|j| matches!(j, Job::Build { cost } if *cost < 5)).collect();
    println!("{cheap:?}");
    let words = ["apple", "kiwi", "banana"];
    let n = words.iter().filter(|w| matches!(w.len(), k if k > 4)).count();
    println!("long words: {n}");
}
