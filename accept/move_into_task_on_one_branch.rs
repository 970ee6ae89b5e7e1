//! A value moved into a task on one branch and used on the other
//!
//! The two branches are different paths: `report` is moved into the task only when `urgent` is true, and printed otherwise.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for urgent in [true, false] {
        let report = format!("report urgent={urgent}");
        let handle = if urgent {
            Some(tokio::spawn(async move { report.len() }))
        } else {
            println!("{report}");
            None
        };
        if let Some(h) = handle {
            println!("sent {}", h.await.unwrap());
        }
    }
}
