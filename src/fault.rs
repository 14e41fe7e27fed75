//! One widget's fault, not every widget's. A panic traps (`panic = "abort"`), and a trap in
//! the middle of a render leaves Yew's scheduler marked as running for good: every widget of
//! that wasm instance stops. So the panic hook shows the error box in the widget that was
//! rendering (with plain DOM: Yew cannot render any more), and the loader moves the other
//! widgets to a fresh instance of the same compiled module (`recover` in src/loader/shuka.js).

use std::cell::{Cell, RefCell};
use web_sys::Element;

thread_local! {
    static HOSTS: RefCell<Vec<(u32, Element)>> = const { RefCell::new(Vec::new()) };
    static CURRENT: Cell<u32> = const { Cell::new(0) };
    static ARMED: Cell<u32> = const { Cell::new(0) };
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

/// Gives the widget mounting into `host` its number (installing the panic hook once).
pub fn register(host: &Element) -> u32 {
    let widget = NEXT.replace(NEXT.get() + 1);
    if widget == 1 {
        // Through yew, which otherwise puts its own hook in place at the first render.
        yew::set_custom_panic_hook(Box::new(hook));
    }
    HOSTS.with_borrow_mut(|h| h.push((widget, host.clone())));
    widget
}

/// The number the latest [`register`] gave.
pub fn last() -> u32 {
    NEXT.get() - 1
}

/// Forgets an unmounted widget.
pub fn unregister(widget: u32) {
    HOSTS.with_borrow_mut(|h| h.retain(|(w, _)| *w != widget));
}

/// Called as each of a widget's components starts to render: a panic from here on is its.
pub fn enter(widget: u32) {
    CURRENT.set(widget);
    if widget != 0 && ARMED.get() == widget {
        ARMED.set(0);
        panic!("fault injected by a test");
    }
}

/// For tests: the widget on `host` faults the next time one of its components renders.
pub fn arm(host: &Element) {
    let widget = HOSTS.with_borrow(|h| h.iter().rev().find(|(_, e)| e == host).map(|(w, _)| *w));
    ARMED.set(widget.unwrap_or(0));
}

fn hook(info: &std::panic::PanicHookInfo) {
    gloo::console::error!(format!("shuka: a widget stopped: {info}"));
    let widget = CURRENT.get();
    let host = HOSTS.with_borrow(|h| h.iter().find(|(w, _)| *w == widget).map(|(_, e)| e.clone()));
    let Some(shadow) = host.and_then(|h| h.shadow_root()) else {
        return;
    };
    let doc = gloo::utils::document();
    let en = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .is_some_and(|l| l.starts_with("en"));
    let lang = if en {
        crate::data::Lang::En
    } else {
        crate::data::Lang::Zh
    };
    // A prerendered view not yet taken over keeps its figures: the unfinished live widget goes,
    // a quiet note comes (marked as the fault, so the loader does not mount it again).
    if let Ok(Some(view)) = shadow.query_selector(".shuka-static") {
        if let Ok(Some(pending)) = shadow.query_selector(".shuka-pending") {
            pending.remove();
        }
        if let Ok(note) = doc.create_element("p") {
            note.set_class_name("shuka-static-note shuka-fault");
            note.set_text_content(Some(crate::ui::STATIC_ONLY.get(lang)));
            let _ = view.append_child(&note);
        }
        return;
    }
    let Ok(Some(root)) = shadow.query_selector(".shuka-host") else {
        return;
    };
    if let Ok(alert) = doc.create_element("p") {
        alert.set_class_name("shuka-error shuka-fault");
        let _ = alert.set_attribute("role", "alert");
        alert.set_text_content(Some(crate::ui::FAILED.get(lang)));
        root.replace_children_with_node_1(&alert);
    }
}
