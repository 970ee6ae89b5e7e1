//! The Yew components. Only built for `wasm32`; the logic they show lives in
//! [`crate::playground`], which is tested natively.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::playground::{run_program, source_summary, RunView};
use crate::sample::SAMPLE_PROGRAM;

/// Mounts the app into the page's `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// The whole page: the editor on one side, what the program did on the other.
/// Every edit re-runs the program; the run is a pure function of the text.
#[function_component(App)]
pub fn app() -> Html {
    let source = use_state(|| SAMPLE_PROGRAM.to_string());
    let view: Rc<RunView> = use_memo((*source).clone(), |src| run_program(src));
    let on_input = {
        let source = source.clone();
        Callback::from(move |text: String| source.set(text))
    };

    html! {
        <>
            <header class="masthead">
                <h1>{ "Taskscope" }</h1>
                <p class="tagline">{ "Write async Rust, watch it run on a simulated Tokio runtime." }</p>
            </header>
            <main class="workbench">
                <Editor value={(*source).clone()} {on_input} />
                <Output {view} />
            </main>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub value: AttrValue,
    pub on_input: Callback<String>,
}

/// A plain textarea holding the program's source.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_input.emit(area.value());
        })
    };
    html! {
        <section class="pane editor-pane" aria-labelledby="editor-title">
            <h2 id="editor-title"><label for="editor">{ "Program" }</label></h2>
            <textarea
                id="editor"
                data-testid="editor"
                class="editor"
                spellcheck="false"
                autocomplete="off"
                autocapitalize="off"
                value={props.value.clone()}
                {oninput}
            />
            <p class="editor-info" data-testid="editor-info">{ source_summary(&props.value) }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    pub view: Rc<RunView>,
}

/// How the run ended, the diagnostics, and what the program printed.
#[function_component(Output)]
pub fn output(props: &OutputProps) -> Html {
    let view = &props.view;
    let status_class = if view.failed { "status failed" } else { "status ok" };
    html! {
        <section class="pane output-pane" aria-labelledby="output-title">
            <h2 id="output-title">{ "Output" }</h2>
            <p class={status_class} data-testid="status" role="status">{ &view.status }</p>
            if !view.diagnostics.is_empty() {
                <ul class="diagnostics">
                    { for view.diagnostics.iter().map(|d| html! {
                        <li data-testid="diagnostic" class={if d.is_error { "diagnostic error" } else { "diagnostic warning" }}>
                            <span class="location">{ d.location() }</span>
                            { " " }
                            <span class="message">{ &d.message }</span>
                        </li>
                    }) }
                </ul>
            }
            <pre data-testid="console" class="console">
                { for view.output.iter().map(|chunk| if chunk.is_stderr {
                    html! { <span class="stderr">{ &chunk.text }</span> }
                } else {
                    html! { { &chunk.text } }
                }) }
            </pre>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;
    use web_sys::{Element, Event, EventInit, HtmlTextAreaElement};

    use super::*;

    wasm_bindgen_test_configure!(run_in_browser);

    /// Mounts a fresh `App` into its own element and lets Yew render it.
    async fn mount() -> (Element, yew::AppHandle<App>) {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<App>::with_root(root.clone()).render();
        settle().await;
        (root, handle)
    }

    /// Yew renders asynchronously; give its scheduler a turn.
    async fn settle() {
        gloo_timers::future::sleep(Duration::from_millis(20)).await;
    }

    fn find(root: &Element, test_id: &str) -> Element {
        root.query_selector(&format!("[data-testid={test_id}]"))
            .unwrap()
            .unwrap_or_else(|| panic!("no element with data-testid={test_id}"))
    }

    fn count(root: &Element, test_id: &str) -> u32 {
        root.query_selector_all(&format!("[data-testid={test_id}]")).unwrap().length()
    }

    /// Types `text` the way a browser does: set the value, fire `input`.
    async fn type_into(area: &HtmlTextAreaElement, text: &str) {
        area.set_value(text);
        let init = EventInit::new();
        init.set_bubbles(true);
        let event = Event::new_with_event_init_dict("input", &init).unwrap();
        area.dispatch_event(&event).unwrap();
        settle().await;
    }

    #[wasm_bindgen_test]
    async fn the_page_starts_with_the_sample_program_and_its_run() {
        let (root, handle) = mount().await;
        assert_eq!(root.query_selector("h1").unwrap().unwrap().text_content().unwrap(), "Taskscope");
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();
        assert_eq!(area.value(), SAMPLE_PROGRAM);
        assert!(area.value().contains("mpsc::channel"));

        let expected = run_program(SAMPLE_PROGRAM);
        assert_eq!(find(&root, "status").text_content().unwrap(), expected.status);
        assert_eq!(count(&root, "diagnostic"), expected.diagnostics.len() as u32);
        assert_eq!(find(&root, "console").text_content().unwrap(), expected.console_text());
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn every_edit_reruns_the_program() {
        let (root, handle) = mount().await;
        let area: HtmlTextAreaElement = find(&root, "editor").dyn_into().unwrap();

        for program in ["fn main( {", "#[tokio::main]\nasync fn main() {\n    println!(\"hi\");\n}\n"] {
            type_into(&area, program).await;
            let expected = run_program(program);
            assert_eq!(find(&root, "status").text_content().unwrap(), expected.status, "status for {program:?}");
            assert_eq!(count(&root, "diagnostic"), expected.diagnostics.len() as u32, "diagnostics for {program:?}");
            let shown = root.query_selector_all("[data-testid=diagnostic] .location").unwrap();
            for (i, d) in expected.diagnostics.iter().enumerate() {
                let location = shown.item(i as u32).unwrap().text_content().unwrap();
                assert_eq!(location, d.location());
            }
            assert_eq!(find(&root, "console").text_content().unwrap(), expected.console_text());
        }
        handle.destroy();
    }
}
