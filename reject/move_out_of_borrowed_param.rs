//! Returning a field of a borrowed struct by value
//!
//! `label` only borrows the task description, yet it returns `task.name` by value, which would
//! move the `String` out from behind the reference. rustc reports E0507, "cannot move out of
//! `task.name` which is behind a shared reference".

struct TaskInfo {
    name: String,
    id: u32,
}

fn label(task: &TaskInfo) -> String {
    task.name
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let info = TaskInfo { name: String::from("uploader"), id: 3 };
    let handle = tokio::spawn(async move {
        println!("{} ({})", label(&info), info.id);
    });
    handle.await.unwrap();
}
