//! The wasm entry: two functions the loader (`src/loader/shuka.js`) calls per host element.

use wasm_bindgen::prelude::*;

/// A mounted widget; the loader keeps it to unmount when its host leaves the page.
#[wasm_bindgen]
pub struct Mounted(yew::AppHandle<shuka::components::app::App>, u32);

#[wasm_bindgen]
impl Mounted {
    /// Destroys the widget and its listeners.
    pub fn unmount(self) {
        shuka::fault::unregister(self.1);
        self.0.destroy();
    }
}

/// Mounts a widget into `host` (see `shuka::embed::mount`); `data_url` and `data` are a
/// data request the loader already started, or undefined; `ready` is called with whether the
/// widget loaded, when the host holds a prerendered view for it to replace.
#[wasm_bindgen]
pub fn mount(
    host: web_sys::Element,
    default_data: &str,
    data_url: Option<String>,
    data: Option<js_sys::Promise>,
    ready: Option<js_sys::Function>,
) -> Mounted {
    let prefetch = data_url.zip(data);
    let app = shuka::embed::mount(&host, default_data, prefetch, ready);
    Mounted(app, shuka::fault::last())
}

/// For tests: the widget on `host` faults at its next render (a panic, as a bug would).
#[wasm_bindgen]
pub fn fault_for_tests(host: web_sys::Element) {
    shuka::fault::arm(&host);
}

fn main() {}
