//! String order for the reader's language: `Intl.Collator` in the browser (pinyin order for
//! Chinese, punctuation ignored), code-point order natively (tests and prerendering, where Intl is absent).

use crate::data::Lang;
use std::cmp::Ordering;

#[cfg(target_arch = "wasm32")]
pub fn compare(a: &str, b: &str, lang: Lang) -> Ordering {
    use std::cell::OnceCell;
    thread_local! {
        static ZH: OnceCell<js_sys::Intl::Collator> = const { OnceCell::new() };
        static EN: OnceCell<js_sys::Intl::Collator> = const { OnceCell::new() };
    }
    let make = |tag: &str| {
        let locales = js_sys::Array::of1(&tag.into());
        // Ignore punctuation: “产业大脑”平台 sorts under c (chǎn), not before every name.
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"ignorePunctuation".into(), &true.into());
        js_sys::Intl::Collator::new(&locales, &options)
    };
    let cmp = |c: &js_sys::Intl::Collator| {
        let f = c.compare();
        f.call2(&wasm_bindgen::JsValue::NULL, &a.into(), &b.into())
            .ok()
            .and_then(|v| v.as_f64())
            .map_or(Ordering::Equal, |x| {
                x.partial_cmp(&0.0).unwrap_or(Ordering::Equal)
            })
    };
    match lang {
        Lang::Zh => ZH.with(|c| cmp(c.get_or_init(|| make("zh-CN")))),
        Lang::En => EN.with(|c| cmp(c.get_or_init(|| make("en")))),
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn compare(a: &str, b: &str, _lang: Lang) -> Ordering {
    a.cmp(b)
}
