//! The wasm entry: two functions the loader (`src/loader/shuka.js`) calls per host element.

use wasm_bindgen::prelude::*;

/// A mounted widget; the loader keeps it to unmount when its host leaves the page.
#[wasm_bindgen]
pub struct Mounted(yew::AppHandle<shuka::components::app::App>);

#[wasm_bindgen]
impl Mounted {
    /// Destroys the widget and its listeners.
    pub fn unmount(self) {
        self.0.destroy();
    }
}

/// Mounts a widget into `host` (see `shuka::embed::mount`); `data_url` and `data` are a
/// data request the loader already started, or undefined.
#[wasm_bindgen]
pub fn mount(
    host: web_sys::Element,
    default_data: &str,
    data_url: Option<String>,
    data: Option<js_sys::Promise>,
) -> Mounted {
    let prefetch = data_url.zip(data);
    Mounted(shuka::embed::mount(&host, default_data, prefetch))
}

fn main() {}
