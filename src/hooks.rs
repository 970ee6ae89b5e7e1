//! Small Yew hooks shared by the components (wasm32 only).

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// Calls `f` on every `event` on the window (`resize`, `hashchange`) while
/// the component is mounted. `f` is the one given at mount: read anything
/// that changes through a ref.
#[hook]
pub fn use_window_listener<F: Fn() + 'static>(event: &'static str, f: F) {
    use_effect_with((), move |_| {
        let cb = Closure::<dyn Fn()>::new(f);
        let win = web_sys::window();
        if let Some(w) = &win {
            let _ = w.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = &win {
                let _ = w.remove_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
            }
            drop(cb);
        }
    });
}
