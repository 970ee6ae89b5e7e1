//! The scenarios of `examples/`, built into the app for the examples menu.
//!
//! Every program there starts with a header of `//!` doc comments: a title
//! line, an empty `//!` line and a paragraph that explains what to watch.
//! The menu shows both; the editor gets the whole file.
//!
//! The list is kept by hand, in teaching order (first tasks and time, then
//! channels, then locks, then what goes wrong); a test checks that it names
//! every file in `examples/` exactly once.

/// One scenario program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// The file's stem, `pipeline` for `examples/pipeline.rs`.
    pub file: &'static str,
    /// The whole program.
    pub source: &'static str,
}

const fn example(file: &'static str, source: &'static str) -> Example {
    Example { file, source }
}

/// Every example, in the order the menu lists them.
pub const EXAMPLES: &[Example] = &[
    example("spawn_join_handles", include_str!("../examples/spawn_join_handles.rs")),
    example("join_and_sleep", include_str!("../examples/join_and_sleep.rs")),
    example("yield_now_interleaving", include_str!("../examples/yield_now_interleaving.rs")),
    example("timeout_slow_request", include_str!("../examples/timeout_slow_request.rs")),
    example("select_shutdown", include_str!("../examples/select_shutdown.rs")),
    example("bounded_mpsc_backpressure", include_str!("../examples/bounded_mpsc_backpressure.rs")),
    example("unbounded_channel", include_str!("../examples/unbounded_channel.rs")),
    example("many_producers", include_str!("../examples/many_producers.rs")),
    example("channel_closing", include_str!("../examples/channel_closing.rs")),
    example("mpsc_reserve_before_work", include_str!("../examples/mpsc_reserve_before_work.rs")),
    example("pipeline", include_str!("../examples/pipeline.rs")),
    example("worker_pool", include_str!("../examples/worker_pool.rs")),
    example("joinset_fan_out", include_str!("../examples/joinset_fan_out.rs")),
    example("oneshot_request_response", include_str!("../examples/oneshot_request_response.rs")),
    example("actor_counter", include_str!("../examples/actor_counter.rs")),
    example("broadcast_fan_out", include_str!("../examples/broadcast_fan_out.rs")),
    example("broadcast_lag", include_str!("../examples/broadcast_lag.rs")),
    example("shared_counter_mutex", include_str!("../examples/shared_counter_mutex.rs")),
    example("mutex_contention", include_str!("../examples/mutex_contention.rs")),
    example("mutex_across_await", include_str!("../examples/mutex_across_await.rs")),
    example("shared_cache", include_str!("../examples/shared_cache.rs")),
    example("rwlock_config", include_str!("../examples/rwlock_config.rs")),
    example("semaphore_pool", include_str!("../examples/semaphore_pool.rs")),
    example("notify_signals", include_str!("../examples/notify_signals.rs")),
    example("watch_config_reload", include_str!("../examples/watch_config_reload.rs")),
    example("barrier_start_together", include_str!("../examples/barrier_start_together.rs")),
    example("cancel_token_graceful_shutdown", include_str!("../examples/cancel_token_graceful_shutdown.rs")),
    example("hand_written_future", include_str!("../examples/hand_written_future.rs")),
    example("task_panic", include_str!("../examples/task_panic.rs")),
    example("forgotten_sender", include_str!("../examples/forgotten_sender.rs")),
    example("abba_deadlock", include_str!("../examples/abba_deadlock.rs")),
    example("std_mutex_deadlock", include_str!("../examples/std_mutex_deadlock.rs")),
];

/// The example the page opens with.
pub const DEFAULT_EXAMPLE: &str = "bounded_mpsc_backpressure";

/// The example with this file stem.
pub fn find(file: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.file == file)
}

/// The `//!` lines at the top of `source`, without their `//!` and the one
/// space after it. Stops at the first line that is not a `//!` comment.
fn header(source: &str) -> impl Iterator<Item = &str> {
    source.lines().map_while(|l| l.strip_prefix("//!")).map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
}

impl Example {
    /// The first header line: "A pipeline of stages connected by channels".
    /// Falls back to the file name when there is no header.
    pub fn title(&self) -> String {
        match header(self.source).next() {
            Some(t) if !t.is_empty() => t.to_string(),
            _ => self.file.replace('_', " "),
        }
    }

    /// The header after the title and the empty line, as one paragraph.
    pub fn explanation(&self) -> String {
        let mut words = String::new();
        for line in header(self.source).skip(1).skip_while(|l| l.is_empty()) {
            if !words.is_empty() && !line.is_empty() {
                words.push(' ');
            }
            words.push_str(line);
        }
        words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_names_every_file_in_examples_exactly_once() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter_map(|name| name.strip_suffix(".rs").map(str::to_string))
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = EXAMPLES.iter().map(|e| e.file.to_string()).collect();
        listed.sort();
        assert_eq!(listed, on_disk, "src/examples.rs must list every examples/*.rs once");
        for e in EXAMPLES {
            let path = format!("{dir}/{}.rs", e.file);
            assert_eq!(std::fs::read_to_string(&path).unwrap(), e.source, "{path}");
        }
        assert!(find(DEFAULT_EXAMPLE).is_some());
    }

    #[test]
    fn every_example_has_a_title_and_an_explanation() {
        for e in EXAMPLES {
            let title = e.title();
            assert!(!title.is_empty() && !title.starts_with("//"), "{}: {title:?}", e.file);
            let explanation = e.explanation();
            assert!(explanation.len() > 80, "{}: {explanation:?}", e.file);
            assert!(!explanation.contains("//!") && !explanation.contains('\n'), "{}", e.file);
        }
    }

    #[test]
    fn the_header_is_parsed_into_title_and_paragraph() {
        let e = Example { file: "x_y", source: "//! The title\n//!\n//! First line\n//! second line.\n\nfn main() {}\n" };
        assert_eq!(e.title(), "The title");
        assert_eq!(e.explanation(), "First line second line.");
        let bare = Example { file: "x_y", source: "fn main() {}\n" };
        assert_eq!(bare.title(), "x y");
        assert_eq!(bare.explanation(), "");
    }

    #[test]
    fn every_example_runs_without_errors() {
        for e in EXAMPLES {
            let run = taskscope_engine::run(e.source, &taskscope_engine::Config::default());
            assert!(run.diagnostics.is_empty(), "{}: {:?}", e.file, run.diagnostics);
        }
    }
}
