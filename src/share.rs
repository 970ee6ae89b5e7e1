//! Sharing: what the page opens with, the links the Share and Embed
//! buttons produce, and the user's edits in local storage.
//!
//! The decisions are plain Rust, tested natively:
//!
//! * [`Startup::decide`]: given what the URL asks for ([`crate::link`]) and
//!   what local storage holds, which program the page opens, with which
//!   options, which error to show, and whether to offer the user's earlier
//!   edits back. Precedence: a source carried by the link, then
//!   `?example=`, then the edits in local storage, then the default example.
//! * [`share_url`], [`embed_url`], [`open_url`], [`iframe_snippet`]: the
//!   links and the `<iframe>` snippet, in the forms docs/embedding.md
//!   documents.
//!
//! The browser glue (`web`, wasm32 only) reads `location`, talks to local
//! storage and the clipboard, and holds the components: the Share and Embed
//! buttons with their panels, the link error banner and the restore prompt.
//!
//! **Architecture Invariant:** text from a URL or from local storage is
//! data. It reaches the page only as text nodes, attribute values and
//! `<textarea>`/`<input>` values; never as markup.

use crate::examples::{self, EXAMPLES, Example};
use crate::link::{self, EditorMode, LinkError, LinkRequest, ViewOptions};
use crate::model::{DEFAULT_SEED, Playback, PlaybackAction};

/// The local storage key of the program in the editor.
pub const STORAGE_KEY: &str = "taskscope.source.v1";
/// Set while a run is in progress: the hash of the program being run
/// ([`source_hash`]). Left behind if the page dies during the run, so that
/// the next load does not run it again.
pub const RUNNING_KEY: &str = "taskscope.running.v1";

/// A short stable hash of a program (64-bit FNV-1a, in hex).
pub fn source_hash(source: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in source.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// How long the editor's text must rest before it is saved (ms).
pub const SAVE_DEBOUNCE_MS: u32 = 250;

/// What the page opens with.
#[derive(Clone, Debug, PartialEq)]
pub struct Startup {
    /// The program in the editor.
    pub source: String,
    /// The example it is, when it is one, unchanged.
    pub example: Option<&'static Example>,
    /// Options from the link: embed, editor, autoplay, hidden lines,
    /// playhead, speed.
    pub options: ViewOptions,
    /// Why the link could not be opened, in plain words.
    pub error: Option<String>,
    /// Earlier edits from local storage that the link's program replaced:
    /// the page offers to keep them.
    pub restore: Option<String>,
    /// The program came from the link (`#code=`, `#s=` or `?example=`).
    pub from_link: bool,
}

/// The example whose source is exactly `source`.
pub fn example_with_source(source: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.source == source)
}

/// True when `stored` holds edits of the user's own worth keeping: not
/// empty, and not just one of the bundled examples.
pub fn is_user_edit(stored: &str) -> bool {
    !stored.trim().is_empty() && example_with_source(stored).is_none()
}

impl Startup {
    /// The default program: the first example the menu offers.
    pub fn default_program() -> Startup {
        let example = examples::find(examples::DEFAULT_EXAMPLE).unwrap_or(&EXAMPLES[0]);
        Startup { source: example.source.to_string(), example: Some(example), options: ViewOptions::default(), error: None, restore: None, from_link: false }
    }

    /// Decides what the page opens. `link` is [`link::parse_location`] of
    /// the page's address, `query_only` the same for its query alone (so a
    /// broken `#` still leaves `?embed=1` and its options in force), and
    /// `stored` what local storage holds. Embeds never use local storage.
    pub fn decide(link: Result<LinkRequest, LinkError>, query_only: Option<LinkRequest>, stored: Option<&str>) -> Startup {
        let (req, mut error) = match link {
            Ok(req) => (req, None),
            Err(e) => (query_only.map(|q| LinkRequest { source: None, ..q }).unwrap_or_default(), Some(e.to_string())),
        };
        let embed = req.options.embed;
        let stored = if embed { None } else { stored.filter(|s| !s.is_empty()) };
        let mut start = Startup::default_program();
        start.options = req.options;

        let linked: Option<(String, Option<&'static Example>)> = if let Some(source) = req.source {
            let example = example_with_source(&source);
            Some((source, example))
        } else if let Some(name) = req.example {
            match examples::find(&name) {
                Some(e) => Some((e.source.to_string(), Some(e))),
                None => {
                    // The name is letters, digits, `_` and `-` only (link.rs).
                    error.get_or_insert_with(|| format!("the link asks for an example named \u{201c}{name}\u{201d}, and there is none by that name"));
                    None
                }
            }
        } else {
            None
        };

        match linked {
            Some((source, example)) => {
                if let Some(s) = stored
                    && s != source
                    && is_user_edit(s)
                {
                    start.restore = Some(s.to_string());
                }
                start.source = source;
                start.example = example;
                start.from_link = true;
            }
            None => {
                if let Some(s) = stored {
                    start.example = example_with_source(s);
                    start.source = s.to_string();
                }
            }
        }
        start.error = error;
        start
    }
}

/// What the playhead does when a program opens from a link, after it is
/// loaded (which shows the end of the run): the link's speed, its
/// position, then autoplay (from that position, or from the start).
pub fn opening_actions(len: usize, opts: &ViewOptions) -> Vec<PlaybackAction> {
    let mut actions = vec![PlaybackAction::Load { len }];
    if let Some(speed) = opts.speed {
        actions.push(PlaybackAction::SetSpeed(speed));
    }
    if let Some(pos) = opts.pos {
        actions.push(PlaybackAction::Seek(pos));
    }
    if opts.autoplay {
        actions.push(PlaybackAction::Play);
    }
    actions
}

/// The playhead a program opens with: [`opening_actions`] applied.
pub fn opening_playback(len: usize, opts: &ViewOptions) -> Playback {
    opening_actions(len, opts).into_iter().fold(Playback::default(), Playback::apply)
}

/// The page's address without its query and fragment: where links point.
pub fn base_of(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    &href[..end]
}

/// A seed as links carry it: `None` for the default (links without a seed
/// open with it, so they stay as they were before seeds).
pub fn link_seed(seed: u64) -> Option<u64> {
    (seed != DEFAULT_SEED).then_some(seed)
}

/// The Share button's link: the program, the playhead, the speed and the
/// seed, in the short `#s=` form.
pub fn share_url(base: &str, source: &str, pos: usize, speed: f64, seed: u64) -> String {
    let opts = ViewOptions { pos: Some(pos), speed: (speed != 1.0).then_some(speed), seed: link_seed(seed), ..ViewOptions::default() };
    format!("{base}#s={}", link::encode_share(source, &opts))
}

/// A link to the full playground with `source` (every line, editable) and
/// its seed: the embed's "Open in Taskscope". A bundled example,
/// unchanged, is linked by name.
pub fn open_url(base: &str, source: &str, example: Option<&Example>, seed: u64) -> String {
    match (example, link_seed(seed)) {
        (Some(e), None) if e.source == source => format!("{base}?example={}", e.file),
        (Some(e), Some(seed)) if e.source == source => format!("{base}?example={}&seed={seed}", e.file),
        (_, None) => format!("{base}#code={}", link::percent_encode(source)),
        (_, Some(seed)) => format!("{base}#seed={seed}&code={}", link::percent_encode(source)),
    }
}

/// The address an embed loads, exactly as docs/embedding.md and
/// `taskscope mdbook` write it:
/// `<base>?embed=1&editor=<0|ro|rw>[&autoplay=1][&hide=<ranges>][&seed=<n>]#code=<source>`.
pub fn embed_url(base: &str, source: &str, editor: EditorMode, autoplay: bool, hidden: &[u32], seed: u64) -> String {
    taskscope_link::embed_url(base, source, editor, autoplay, hidden, link_seed(seed))
}

pub use taskscope_link::html_escape;

/// The host page's script that sizes embeds to the height they report:
/// docs/embedding.md's, word for word.
pub const SIZER_SCRIPT: &str = r#"<script>
  // The embedded page posts { type: "taskscope:height", height: <px> }
  // whenever its content changes height. Size the iframe that sent it, and
  // only if the message comes from where that iframe was loaded.
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || data.type !== "taskscope:height" || !(data.height > 0)) return;
    for (const frame of document.querySelectorAll("iframe.taskscope")) {
      if (frame.contentWindow === event.source
          && new URL(frame.src, location.href).origin === event.origin) {
        frame.style.height = Math.ceil(data.height) + "px";
      }
    }
  });
</script>"#;

/// The Embed button's snippet: an `<iframe>` of `url` and the few lines
/// that size it, as docs/embedding.md shows them. The URL and the title
/// are escaped for their attributes.
pub fn iframe_snippet(url: &str, title: &str) -> String {
    format!(
        "<iframe class=\"taskscope\"\n        src=\"{}\"\n        title=\"{}\"\n        loading=\"lazy\"\n        allow=\"clipboard-write\"\n        style=\"width: 100%; height: 480px; border: 0\"></iframe>\n\n{SIZER_SCRIPT}\n",
        html_escape(url),
        html_escape(title),
    )
}

/// The title an embed of this program gets.
pub fn embed_title(source: &str, example: Option<&Example>) -> String {
    match example {
        Some(e) if e.source == source => format!("Taskscope: {}", e.title()),
        _ => "Taskscope: an async Rust program".to_string(),
    }
}

/// Browser glue and components (wasm32 only).
#[cfg(target_arch = "wasm32")]
pub mod web {
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    use web_sys::js_sys;
    use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
    use yew::prelude::*;

    use super::*;

    /// `location.search` and `location.hash`.
    pub fn location() -> (String, String) {
        let Some(loc) = web_sys::window().map(|w| w.location()) else { return (String::new(), String::new()) };
        (loc.search().unwrap_or_default(), loc.hash().unwrap_or_default())
    }

    /// The page's address without query and fragment.
    pub fn base_url() -> String {
        let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        base_of(&href).to_string()
    }

    /// Reads the page's address and local storage: what the page opens.
    pub fn startup() -> Startup {
        let (search, hash) = location();
        let link = link::parse_location(&search, &hash);
        let query_only = if link.is_err() { link::parse_location(&search, "").ok() } else { None };
        let stored = load();
        Startup::decide(link, query_only, stored.as_deref())
    }

    fn storage() -> Option<web_sys::Storage> {
        // Sandboxed frames and some privacy settings throw on access.
        web_sys::window().and_then(|w| w.local_storage().ok().flatten())
    }

    /// The program saved in local storage.
    pub fn load() -> Option<String> {
        storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
    }

    /// Saves the program in local storage; a full or refused storage is
    /// not an error worth showing.
    pub fn save(source: &str) {
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, source);
        }
    }

    /// Notes that `source` is about to run (see [`RUNNING_KEY`]).
    pub fn mark_running(source: &str) {
        if let Some(s) = storage() {
            let _ = s.set_item(RUNNING_KEY, &source_hash(source));
        }
    }

    /// The run finished (whatever its outcome).
    pub fn clear_running() {
        if let Some(s) = storage() {
            let _ = s.remove_item(RUNNING_KEY);
        }
    }

    /// Whether the page died while running `source` last time.
    pub fn died_running(source: &str) -> bool {
        storage().and_then(|s| s.get_item(RUNNING_KEY).ok().flatten()).is_some_and(|h| h == source_hash(source))
    }

    /// Removes the link from the address bar (after the user chose to keep
    /// their edits), so that a reload opens the edits again.
    pub fn forget_link() {
        if let Some(w) = web_sys::window()
            && let Ok(history) = w.history()
        {
            let path = w.location().pathname().unwrap_or_else(|_| "./".into());
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
    }

    /// Puts `text` on the clipboard, if the browser lets the page; a
    /// refusal is ignored (the text is on screen to copy by hand).
    pub fn copy_to_clipboard(text: &str) {
        let Some(window) = web_sys::window() else { return };
        let navigator = window.navigator();
        let has = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined() && !c.is_null());
        if !has {
            return;
        }
        let promise = navigator.clipboard().write_text(text);
        thread_local! {
            static IGNORE: Closure<dyn FnMut(wasm_bindgen::JsValue)> = Closure::new(|_| {});
        }
        IGNORE.with(|c| {
            let _ = promise.catch(c);
        });
    }

    /// Saves the editor's text in local storage once it has rested for
    /// [`SAVE_DEBOUNCE_MS`], and at once when the page is hidden or left.
    /// Nothing is saved while `enabled` is false, and the text the page
    /// opened with is not saved until it changes.
    ///
    /// Returns a function that saves what is pending at once.
    #[hook]
    pub fn use_autosave(source: Rc<str>, enabled: bool) -> Rc<dyn Fn()> {
        let pending = use_mut_ref(|| None::<Rc<str>>);
        let flush_now: Rc<dyn Fn()> = {
            let pending = pending.clone();
            Rc::new(move || {
                if let Some(s) = pending.borrow_mut().take() {
                    save(&s);
                }
            })
        };
        let timer = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
        let first = use_mut_ref(|| true);
        {
            let pending = pending.clone();
            let timer = timer.clone();
            use_effect_with((source, enabled), move |(source, enabled)| {
                let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
                if *enabled && !was_first {
                    *pending.borrow_mut() = Some(source.clone());
                    let pending = pending.clone();
                    *timer.borrow_mut() = Some(gloo_timers::callback::Timeout::new(SAVE_DEBOUNCE_MS, move || {
                        if let Some(s) = pending.borrow_mut().take() {
                            save(&s);
                        }
                    }));
                } else if !*enabled {
                    pending.borrow_mut().take();
                    timer.borrow_mut().take();
                }
            });
        }
        // Flush on pagehide / visibilitychange(hidden); stop on unmount.
        use_effect_with((), move |_| {
            let flush = {
                let pending = pending.clone();
                Closure::<dyn Fn()>::new(move || {
                    if let Some(s) = pending.borrow_mut().take() {
                        save(&s);
                    }
                })
            };
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback("pagehide", flush.as_ref().unchecked_ref());
                if let Some(d) = w.document() {
                    let _ = d.add_event_listener_with_callback("visibilitychange", flush.as_ref().unchecked_ref());
                }
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback("pagehide", flush.as_ref().unchecked_ref());
                    if let Some(d) = w.document() {
                        let _ = d.remove_event_listener_with_callback("visibilitychange", flush.as_ref().unchecked_ref());
                    }
                }
                // Flush what is pending: an unmount is not a reason to lose it.
                if let Some(s) = pending.borrow_mut().take() {
                    save(&s);
                }
                timer.borrow_mut().take();
                drop(flush);
            }
        });
        flush_now
    }

    /// Calls `on_change` whenever the fragment changes (a link pasted into
    /// the address bar of the open page).
    #[hook]
    pub fn use_hashchange(on_change: Callback<()>) {
        let latest = use_mut_ref(|| on_change.clone());
        *latest.borrow_mut() = on_change;
        crate::hooks::use_window_listener("hashchange", move || latest.borrow().emit(()));
    }

    // -----------------------------------------------------------------------
    // Components
    // -----------------------------------------------------------------------

    // The notices are plain functions, not components: the app makes their
    // callbacks afresh on each render, so a component would re-render with
    // it anyway, and each component type costs ~1.5 KB of wasm.

    /// Why the link did not open; the page shows the default program.
    pub fn link_error_banner(message: &str, on_dismiss: Callback<MouseEvent>) -> Html {
        let mut text = crate::markup::Markup::new();
        text.raw("<p><strong>This link could not be opened: </strong>").text(message).raw(". Showing the default program instead.</p>");
        html! {
            <div class="share-notice link-error" role="alert" data-testid="link-error">
                { text.into_html() }
                <button class="text-button" data-testid="dismiss-link-error" onclick={on_dismiss} aria-label="Dismiss">{ "Dismiss" }</button>
            </div>
        }
    }

    /// The page died during the last run of this program: it was opened
    /// without running it.
    pub fn not_run_banner(on_run: Callback<MouseEvent>) -> Html {
        html! {
            <div class="share-notice not-run" role="alert" data-testid="not-run">
                { crate::markup::fixed("<p><strong>Not run: </strong>\
                    the page stopped during the last run of this program, so it was opened without running it. \
                    It may need more memory or time than a browser tab has; the command-line `taskscope run` has larger budgets.</p>") }
                <button class="text-button" data-testid="run-anyway" onclick={on_run}>{ "Run it" }</button>
            </div>
        }
    }

    /// A link replaced edits the user had made before: keep them, or the
    /// link's program. Not modal: the page works while it is shown.
    pub fn restore_prompt(on_keep: Callback<MouseEvent>, on_open: Callback<MouseEvent>) -> Html {
        html! {
            <div class="share-notice restore" role="status" data-testid="restore-prompt">
                { crate::markup::fixed("<p>You have unsaved edits from before. This link opened another program.</p>") }
                <div class="share-notice-actions">
                    <button class="text-button" data-testid="keep-edits" onclick={on_keep}>{ "Keep them" }</button>
                    <button class="text-button primary" data-testid="open-link" onclick={on_open}>{ "Open the link" }</button>
                </div>
            </div>
        }
    }

    #[derive(Properties, PartialEq)]
    pub struct ShareProps {
        /// The program in the editor.
        pub source: Rc<str>,
        /// The playhead and the speed, for Share.
        pub pos: usize,
        pub speed: f64,
        /// The example it is, if unchanged.
        #[prop_or_default]
        pub example: Option<&'static Example>,
        /// The seed of its runs.
        #[prop_or(DEFAULT_SEED)]
        pub seed: u64,
    }

    #[derive(Clone, Copy, PartialEq)]
    enum Open {
        None,
        Share,
        Embed,
    }

    /// Selects a field's text when it gets focus, so one Ctrl+C copies it.
    fn select_on_focus() -> Callback<FocusEvent> {
        Callback::from(|e: FocusEvent| {
            if let Some(t) = e.target() {
                if let Ok(input) = t.clone().dyn_into::<HtmlInputElement>() {
                    input.select();
                } else if let Ok(area) = t.dyn_into::<HtmlTextAreaElement>() {
                    area.select();
                }
            }
        })
    }

    /// The Share and Embed buttons and their panels. Each click builds the
    /// link for what is on screen then, shows it in a field and tries to
    /// copy it to the clipboard.
    #[function_component(ShareButtons)]
    pub fn share_buttons(props: &ShareProps) -> Html {
        let open = use_state_eq(|| Open::None);
        let link = use_state(String::new);
        let copied = use_state_eq(|| false);
        let editor_mode = use_state_eq(|| EditorMode::Editable);
        let autoplay = use_state_eq(|| false);
        let snippet_src = use_mut_ref(|| (Rc::<str>::from(""), None::<&'static Example>));
        *snippet_src.borrow_mut() = (props.source.clone(), props.example);
        let seed = props.seed;

        let snippet = {
            let (source, example) = snippet_src.borrow().clone();
            if *open == Open::Embed {
                let url = embed_url(&base_url(), &source, *editor_mode, *autoplay, &[], seed);
                iframe_snippet(&url, &embed_title(&source, example))
            } else {
                String::new()
            }
        };

        let on_share = {
            let (open, link, copied) = (open.clone(), link.clone(), copied.clone());
            let (source, pos, speed) = (props.source.clone(), props.pos, props.speed);
            Callback::from(move |_: MouseEvent| {
                if *open == Open::Share {
                    open.set(Open::None);
                    return;
                }
                let url = share_url(&base_url(), &source, pos, speed, seed);
                copy_to_clipboard(&url);
                link.set(url);
                copied.set(true);
                open.set(Open::Share);
            })
        };
        let on_embed = {
            let (open, copied) = (open.clone(), copied.clone());
            let (source, example) = (props.source.clone(), props.example);
            let (editor_mode, autoplay) = (editor_mode.clone(), autoplay.clone());
            Callback::from(move |_: MouseEvent| {
                if *open == Open::Embed {
                    open.set(Open::None);
                    return;
                }
                let url = embed_url(&base_url(), &source, *editor_mode, *autoplay, &[], seed);
                copy_to_clipboard(&iframe_snippet(&url, &embed_title(&source, example)));
                copied.set(true);
                open.set(Open::Embed);
            })
        };
        let on_editor_mode = {
            let (editor_mode, copied) = (editor_mode.clone(), copied.clone());
            Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                editor_mode.set(match select.value().as_str() {
                    "0" => EditorMode::Hidden,
                    "ro" => EditorMode::ReadOnly,
                    _ => EditorMode::Editable,
                });
                copied.set(false);
            })
        };
        let on_autoplay = {
            let (autoplay, copied) = (autoplay.clone(), copied.clone());
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                autoplay.set(input.checked());
                copied.set(false);
            })
        };
        let on_copy_snippet = {
            let copied = copied.clone();
            let snippet = snippet.clone();
            Callback::from(move |_: MouseEvent| {
                copy_to_clipboard(&snippet);
                copied.set(true);
            })
        };
        let on_copy_link = {
            let copied = copied.clone();
            let link = link.clone();
            Callback::from(move |_: MouseEvent| {
                copy_to_clipboard(&link);
                copied.set(true);
            })
        };
        let close = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set(Open::None))
        };
        let on_keydown = {
            let open = open.clone();
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Escape" {
                    open.set(Open::None);
                }
            })
        };
        let note = if *copied { "Copied to the clipboard." } else { "Copy it from here." };

        html! {
            <div class="share" onkeydown={on_keydown}>
                <button class={crate::markup::class(&[Some("share-button"), (*open == Open::Share).then_some("active")])} data-testid="share"
                    aria-expanded={(*open == Open::Share).to_string()} aria-controls="share-panel"
                    title="Copy a link to this program, with the playhead, speed and seed" onclick={on_share}>{ "Share" }</button>
                <button class={crate::markup::class(&[Some("share-button"), (*open == Open::Embed).then_some("active")])} data-testid="embed"
                    aria-expanded={(*open == Open::Embed).to_string()} aria-controls="share-panel"
                    title="Copy an <iframe> snippet that embeds this program in another page" onclick={on_embed}>{ "Embed" }</button>
                if *open == Open::Share {
                    <div class="share-panel" id="share-panel" role="group" aria-label="Link to this program">
                        <label class="share-field">
                            { crate::markup::fixed("<span>Link to this program, at this point of its run</span>") }
                            <input type="text" readonly=true data-testid="share-link" value={(*link).clone()}
                                onfocus={select_on_focus()} spellcheck="false" />
                        </label>
                        <div class="share-row">
                            <span class="share-note" role="status">{ note }</span>
                            <button class="text-button" onclick={on_copy_link}>{ "Copy" }</button>
                            <button class="text-button" onclick={close.clone()}>{ "Close" }</button>
                        </div>
                    </div>
                }
                if *open == Open::Embed {
                    <div class="share-panel" id="share-panel" role="group" aria-label="Embed this program">
                        <div class="share-row options">
                            <label>
                                { crate::markup::fixed("<span>Editor</span>") }
                                <select data-testid="embed-editor" onchange={on_editor_mode}>
                                    <option value="rw" selected={*editor_mode == EditorMode::Editable}>{ "editable" }</option>
                                    <option value="ro" selected={*editor_mode == EditorMode::ReadOnly}>{ "read-only" }</option>
                                    <option value="0" selected={*editor_mode == EditorMode::Hidden}>{ "hidden" }</option>
                                </select>
                            </label>
                            <label>
                                <input type="checkbox" data-testid="embed-autoplay" checked={*autoplay} onchange={on_autoplay} />
                                { crate::markup::fixed("<span>play on load</span>") }
                            </label>
                        </div>
                        <label class="share-field">
                            { crate::markup::fixed("<span>Paste this into your page</span>") }
                            <textarea readonly=true data-testid="embed-snippet" rows="8" spellcheck="false" wrap="off"
                                onfocus={select_on_focus()} value={snippet} />
                        </label>
                        <div class="share-row">
                            <span class="share-note" role="status">{ note }</span>
                            <button class="text-button" onclick={on_copy_snippet}>{ "Copy" }</button>
                            <button class="text-button" onclick={close}>{ "Close" }</button>
                        </div>
                    </div>
                }
            </div>
        }
    }

    #[cfg(test)]
    mod tests {
        use std::time::Duration;

        use wasm_bindgen_test::*;
        use web_sys::{Element, HtmlElement};

        use super::*;

        wasm_bindgen_test_configure!(run_in_browser);

        const PROGRAM: &str = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    println!(\"<b>&amp; é\");\n}\n";

        #[derive(Properties, PartialEq)]
        struct Wrap {
            source: Rc<str>,
        }

        #[function_component(Host)]
        fn host(props: &Wrap) -> Html {
            html! { <ShareButtons source={props.source.clone()} pos={3} speed={2.0} /> }
        }

        async fn settle() {
            gloo_timers::future::sleep(Duration::from_millis(30)).await;
        }

        fn find(root: &Element, id: &str) -> Element {
            root.query_selector(&format!("[data-testid={id}]")).unwrap().unwrap_or_else(|| panic!("no {id}"))
        }

        #[wasm_bindgen_test]
        async fn share_shows_a_link_that_decodes_to_the_program_and_playhead() {
            let document = web_sys::window().unwrap().document().unwrap();
            let root = document.create_element("div").unwrap();
            document.body().unwrap().append_child(&root).unwrap();
            let handle = yew::Renderer::<Host>::with_root_and_props(root.clone(), Wrap { source: Rc::from(PROGRAM) }).render();
            settle().await;
            assert!(root.query_selector("[data-testid=share-link]").unwrap().is_none());
            find(&root, "share").dyn_into::<HtmlElement>().unwrap().click();
            settle().await;
            let link = find(&root, "share-link").dyn_into::<HtmlInputElement>().unwrap().value();
            let base = base_url();
            assert!(link.starts_with(&format!("{base}#s=")), "{link}");
            let req = link::parse_location("", &link[base.len()..]).unwrap();
            assert_eq!(req.source.as_deref(), Some(PROGRAM));
            assert_eq!((req.options.pos, req.options.speed), (Some(3), Some(2.0)));

            find(&root, "embed").dyn_into::<HtmlElement>().unwrap().click();
            settle().await;
            assert!(root.query_selector("[data-testid=share-link]").unwrap().is_none());
            let snippet = find(&root, "embed-snippet").dyn_into::<HtmlTextAreaElement>().unwrap().value();
            assert!(snippet.starts_with("<iframe class=\"taskscope\""), "{snippet}");
            assert!(snippet.contains(&format!("src=\"{}?embed=1&amp;editor=rw#code=", html_escape(&base))), "{snippet}");
            // The program is never markup in the page: no <b> came from it.
            assert!(root.query_selector("b").unwrap().is_none());
            handle.destroy();
        }
    }
}

#[cfg(test)]
mod hash_tests {
    #[test]
    fn the_source_hash_is_stable_and_tells_programs_apart() {
        assert_eq!(super::source_hash(""), "cbf29ce484222325");
        assert_eq!(super::source_hash("a"), "af63dc4c8601ec8c");
        assert_ne!(super::source_hash("fn main() {}"), super::source_hash("fn main() { }"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::parse_location;

    const MINE: &str = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    println!(\"mine\");\n}\n";
    const LINKED: &str = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    println!(\"linked\");\n}\n";

    fn decide(search: &str, hash: &str, stored: Option<&str>) -> Startup {
        let link = parse_location(search, hash);
        let q = if link.is_err() { parse_location(search, "").ok() } else { None };
        Startup::decide(link, q, stored)
    }

    #[test]
    fn no_link_and_no_storage_opens_the_default_example() {
        let s = decide("", "", None);
        assert_eq!(s, Startup::default_program());
        assert_eq!(s.example.unwrap().file, examples::DEFAULT_EXAMPLE);
        assert!(!s.from_link && s.error.is_none() && s.restore.is_none());
    }

    #[test]
    fn stored_edits_come_back_without_a_link() {
        let s = decide("", "", Some(MINE));
        assert_eq!(s.source, MINE);
        assert_eq!(s.example, None);
        assert!(s.restore.is_none());
        // A stored example is that example.
        let e = examples::find("abba_deadlock").unwrap();
        assert_eq!(decide("", "", Some(e.source)).example, Some(e));
    }

    #[test]
    fn a_link_wins_and_offers_the_earlier_edits_back() {
        let hash = format!("#code={}", link::percent_encode(LINKED));
        let s = decide("", &hash, Some(MINE));
        assert_eq!(s.source, LINKED);
        assert!(s.from_link);
        assert_eq!(s.restore.as_deref(), Some(MINE));
        // Nothing to offer: same text, no storage, or a bundled example.
        assert!(decide("", &hash, Some(LINKED)).restore.is_none());
        assert!(decide("", &hash, None).restore.is_none());
        assert!(decide("", &hash, Some(EXAMPLES[3].source)).restore.is_none());
        assert!(decide("", &hash, Some("  \n")).restore.is_none());
    }

    #[test]
    fn the_source_beats_the_example_and_the_example_beats_storage() {
        let hash = format!("#code={}", link::percent_encode(LINKED));
        assert_eq!(decide("?example=abba_deadlock", &hash, None).source, LINKED);
        let s = decide("?example=abba_deadlock", "", Some(MINE));
        assert_eq!(s.example.unwrap().file, "abba_deadlock");
        assert_eq!(s.restore.as_deref(), Some(MINE));
        // A link to an example's text is that example.
        let e = examples::find("pipeline").unwrap();
        assert_eq!(decide("", &format!("#code={}", link::percent_encode(e.source)), None).example, Some(e));
    }

    #[test]
    fn share_links_carry_the_playhead_and_speed() {
        let url = share_url("http://h/sub/", LINKED, 17, 4.0, 1);
        let (base, hash) = url.split_once('#').unwrap();
        assert_eq!(base, "http://h/sub/");
        let s = decide("", hash, Some(MINE));
        assert_eq!(s.source, LINKED);
        assert_eq!(s.options.pos, Some(17));
        assert_eq!(s.options.speed, Some(4.0));
        assert!(!s.options.embed);
        let url = share_url("http://h/", LINKED, 0, 1.0, 1);
        assert_eq!(decide("", url.split_once('#').unwrap().1, None).options.speed, None);
        // The default seed is left out: such a link is what it was before seeds.
        assert_eq!(decide("", url.split_once('#').unwrap().1, None).options.seed, None);
        assert_eq!(url, format!("http://h/#s={}", link::encode_share(LINKED, &ViewOptions { pos: Some(0), ..ViewOptions::default() })));
    }

    #[test]
    fn share_embed_and_open_links_keep_the_seed() {
        let url = share_url("http://h/", LINKED, 5, 1.0, 42);
        let s = decide("", url.split_once('#').unwrap().1, None);
        assert_eq!((s.source.as_str(), s.options.seed, s.options.pos), (LINKED, Some(42), Some(5)));

        let url = embed_url("http://h/", LINKED, EditorMode::ReadOnly, false, &[1], 42);
        assert!(url.starts_with("http://h/?embed=1&editor=ro&hide=1&seed=42#code="), "{url}");
        let (search, hash) = url.split_once('#').map(|(a, h)| (a.split_once('?').unwrap().1, h)).unwrap();
        let s = decide(search, hash, None);
        assert!(s.options.embed);
        assert_eq!((s.source.as_str(), s.options.seed), (LINKED, Some(42)));
        assert!(!embed_url("http://h/", LINKED, EditorMode::ReadOnly, false, &[], 1).contains("seed"));

        let e = examples::find("pipeline").unwrap();
        for (source, example) in [(LINKED, None), (e.source, Some(e))] {
            for seed in [1, 0, 42] {
                let url = open_url("http://h/", source, example, seed);
                assert_eq!(url.contains("seed"), seed != 1, "{url}");
                let (rest, hash) = url.split_once('#').unwrap_or((&url, ""));
                let search = rest.split_once('?').map_or("", |(_, q)| q);
                let s = decide(search, hash, None);
                assert_eq!((s.source.as_str(), s.options.seed), (source, link_seed(seed)), "{url}");
            }
        }
    }

    #[test]
    fn bad_links_fall_back_and_say_why() {
        for hash in ["#code=%FF%FE", "#code=%ZZ", "#s=!!", "#s=AAAAAAAA"] {
            let s = decide("", hash, Some(MINE));
            assert!(s.error.as_deref().is_some_and(|e| !e.is_empty()), "{hash}");
            assert_eq!(s.source, MINE, "{hash}: the user's edits, not lost");
            let s = decide("", hash, None);
            assert_eq!(s.source, Startup::default_program().source);
        }
        // A broken embed is still an embed, and never reads storage.
        let s = decide("?embed=1&editor=ro", "#code=%FF", Some(MINE));
        assert!(s.options.embed && s.error.is_some());
        assert_eq!(s.options.editor, EditorMode::ReadOnly);
        assert_eq!(s.source, Startup::default_program().source);
        // An unknown example is named in the message.
        let s = decide("?example=no_such_thing", "", None);
        assert!(s.error.unwrap().contains("no_such_thing"));
        assert_eq!(s.source, Startup::default_program().source);
        // Huge links are refused.
        let huge = format!("#code={}", "a".repeat(link::MAX_LINK_BYTES + 10));
        assert!(decide("", &huge, None).error.unwrap().contains("more than"));
    }

    #[test]
    fn embeds_ignore_local_storage() {
        let s = decide("?embed=1", "", Some(MINE));
        assert_eq!(s.source, Startup::default_program().source);
        let hash = format!("#code={}", link::percent_encode(LINKED));
        let s = decide("?embed=1&hide=1", &hash, Some(MINE));
        assert_eq!(s.source, LINKED);
        assert!(s.restore.is_none());
        assert_eq!(s.options.hidden_lines, vec![1]);
    }

    #[test]
    fn embed_urls_match_the_documented_form() {
        let url = embed_url("https://example.org/tools/taskscope/", "a b\n", EditorMode::ReadOnly, true, &[1, 2, 5], 1);
        assert_eq!(url, "https://example.org/tools/taskscope/?embed=1&editor=ro&autoplay=1&hide=1-2,5#code=a%20b%0A");
        assert_eq!(embed_url("http://h/", "x", EditorMode::Editable, false, &[], 1), "http://h/?embed=1&editor=rw#code=x");
        let (search, hash) = url.split_once('#').map(|(a, h)| (a.split_once('?').unwrap().1, h)).unwrap();
        let req = parse_location(search, hash).unwrap();
        assert_eq!(req.source.as_deref(), Some("a b\n"));
        assert!(req.options.embed && req.options.autoplay);
        assert_eq!(req.options.hidden_lines, vec![1, 2, 5]);
    }

    #[test]
    fn open_urls_carry_the_whole_program() {
        assert_eq!(open_url("http://h/", "x <y>", None, 1), "http://h/#code=x%20%3Cy%3E");
        let e = examples::find("pipeline").unwrap();
        assert_eq!(open_url("http://h/", e.source, Some(e), 1), "http://h/?example=pipeline");
        assert!(open_url("http://h/", "changed", Some(e), 1).starts_with("http://h/#code="));
    }

    #[test]
    fn the_snippet_escapes_its_attributes() {
        let url = embed_url("http://h/", "\"><script>alert(1)</script>", EditorMode::Editable, false, &[3], 1);
        let snippet = iframe_snippet(&url, "a \"title\" <b>");
        assert!(snippet.starts_with("<iframe class=\"taskscope\""));
        assert!(snippet.contains("src=\"http://h/?embed=1&amp;editor=rw&amp;hide=3#code=%22%3E%3Cscript%3E"));
        assert!(snippet.contains("title=\"a &quot;title&quot; &lt;b&gt;\""));
        assert_eq!(snippet.matches("<script>").count(), 1, "only the sizing script");
        assert!(snippet.contains("taskscope:height"));
    }

    #[test]
    fn the_sizer_script_is_the_documented_one() {
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/embedding.md")).unwrap();
        assert!(doc.contains(SIZER_SCRIPT), "docs/embedding.md's script changed: update SIZER_SCRIPT");
    }

    #[test]
    fn links_open_at_their_playhead_speed_and_autoplay() {
        let p = opening_playback(50, &ViewOptions::default());
        assert_eq!((p.pos, p.len, p.playing, p.speed), (50, 50, false, 1.0));
        let p = opening_playback(50, &ViewOptions { pos: Some(20), speed: Some(4.0), ..ViewOptions::default() });
        assert_eq!((p.pos, p.playing, p.speed), (20, false, 4.0));
        let p = opening_playback(50, &ViewOptions { pos: Some(999), ..ViewOptions::default() });
        assert_eq!(p.pos, 50);
        // Autoplay from the start, or from the link's position.
        let p = opening_playback(50, &ViewOptions { autoplay: true, ..ViewOptions::default() });
        assert_eq!((p.pos, p.playing), (0, true));
        let p = opening_playback(50, &ViewOptions { autoplay: true, pos: Some(10), ..ViewOptions::default() });
        assert_eq!((p.pos, p.playing), (10, true));
        // Nothing to play.
        assert!(!opening_playback(0, &ViewOptions { autoplay: true, ..ViewOptions::default() }).playing);
    }

    #[test]
    fn base_drops_query_and_fragment() {
        assert_eq!(base_of("http://h/a/b/?embed=1#code=x"), "http://h/a/b/");
        assert_eq!(base_of("http://h/a/#s=x?y"), "http://h/a/");
        assert_eq!(base_of("http://h/"), "http://h/");
    }
}
