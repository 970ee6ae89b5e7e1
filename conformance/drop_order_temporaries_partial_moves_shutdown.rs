//! Drop order: temporaries read by field, partial moves, `_` in `let` patterns, tasks at shutdown
//!
//! A temporary whose field is read (`mk("a").0.len()`, `match mk("e").0 { .. }`) lives to the end
//! of its statement (after the `match`'s arm). `let m = tup.1;` and `let (_, mid, _) = tup;` move
//! only what they name: the rest stays in the local and drops at its end, after the parts moved
//! out (declared later, dropped first). When `main` returns, a current_thread runtime drops its
//! pending tasks list by list (task id `& 3`), oldest first in each: 4, 1, 5, 2, 6, 3.

struct N(&'static str);

impl Drop for N {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: N,
    b: N,
}

fn mk(s: &'static str) -> N {
    println!("make {s}");
    N(s)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let n = mk("a").0.len() + mk("b").0.len();
    println!("n={n}");
    match mk("e").0 {
        _ => println!("in arm e"),
    }
    {
        let tup = (N("t0"), N("t1"), N("t2"));
        let m = tup.1;
        println!("moved {}", m.0);
    }
    {
        let tup = (N("u0"), N("u1"), N("u2"));
        let (_, mid, _) = tup;
        println!("kept {} {}", mid.0, tup.2.0);
        let arr = [N("a0"), N("a1")];
        let [first, _] = arr;
        println!("kept {}", first.0);
        let p = Pair { a: N("pa"), b: N("pb") };
        let Pair { b, .. } = p;
        println!("kept {} {}", b.0, p.a.0);
    }
    for i in 1..=6 {
        tokio::spawn(async move {
            let _g = N(["task 1", "task 2", "task 3", "task 4", "task 5", "task 6"][i - 1]);
            std::future::pending::<()>().await
        });
    }
    tokio::task::yield_now().await;
    println!("main returns");
}
