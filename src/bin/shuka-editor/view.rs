//! The editor's components: the text box, the figure list, the live preview and the way out.
//! They render from the [`Work`] and dispatch [`Edit`]s; browser jobs go through `browser`.

use crate::browser;
use crate::work::{check, embed_snippet, issue_target, split_highlight, Edit};
use shuka::components::app::{App, Source};
use shuka::data::{Dataset, Indicator, Lang};
use shuka::error::Issue;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The whole page.
#[component]
pub fn Editor() -> Html {
    let work = use_reducer(browser::restore);
    let saved = use_state(|| true);
    {
        let saved = saved.clone();
        use_effect_with((*work).clone(), move |w| saved.set(browser::save(w)));
    }
    let output = use_memo((work.draft.clone(), work.excluded.clone()), |_| {
        work.output().map(Rc::new)
    });
    let issues = use_memo(output.clone(), |out| {
        (**out).as_ref().map(|d| check(d)).unwrap_or_default()
    });
    let d = work.dispatcher();
    let on_text = {
        let d = d.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                d.dispatch(Edit::Text(t.value().into()));
            }
        })
    };
    let on_file = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let file = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                let d = d.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(text) = browser::read_file(file).await {
                        d.dispatch(Edit::Text(text.into()));
                    }
                });
            }
        })
    };
    let on_draft = {
        let d = d.clone();
        Callback::from(move |_| d.dispatch(Edit::Draft))
    };
    let status = work.draft.as_ref().map(|data| {
        let review = data.indicators.iter().filter(|i| i.review.is_some()).count();
        format!(
            "起草了 {} 个指标、{} 个项目；{} 个需核对；{} 个数字未能识别。 Drafted {} indicators, {} projects; {} to review; {} numbers not read.",
            data.indicators.len(), data.projects.len(), review, work.unread.len(),
            data.indicators.len(), data.projects.len(), review, work.unread.len(),
        )
    });
    html! {
        <>
            <header class="ed-head">
                <h1>{ "数卡编辑器 " }<span lang="en">{ "shuka editor" }</span></h1>
                if !*saved { <p class="ed-warn" role="alert">{ "浏览器不允许保存：刷新会丢失修改。 This browser does not keep the work: a reload loses it." }</p> }
            </header>
            <main class="ed-main">
                <section class="ed-input" aria-labelledby="ed-input-h">
                    <h2 id="ed-input-h">{ "1 文章 Article" }</h2>
                    <label for="ed-text">{ "粘贴文章全文 Paste the article's text" }</label>
                    <textarea id="ed-text" rows="8" value={work.text.to_string()} oninput={on_text} />
                    <label for="ed-file">{ "或打开 .txt 文件 Or open a .txt file" }</label>
                    <input id="ed-file" type="file" accept=".txt,text/plain" onchange={on_file} />
                    <button type="button" class="ed-draft" onclick={on_draft} disabled={work.text.trim().is_empty()}>{ "起草 Draft" }</button>
                    <p class="ed-status" role="status">{ status.unwrap_or_default() }</p>
                </section>
                if let (Some(data), Some(out)) = (work.draft.clone(), (*output).clone()) {
                    <div class="ed-work">
                        <FigureList data={data} out={out.clone()} excluded={Rc::new(work.excluded.clone())} issues={issues.clone()} on_edit={Callback::from(move |e| d.dispatch(e))} />
                        <div class="ed-side">
                            <Preview data={out.clone()} />
                            <Export data={out} issues={issues.len()} />
                        </div>
                    </div>
                }
            </main>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ListProps {
    /// The draft with every figure.
    data: Rc<Dataset>,
    /// What is published (its indices are the ones issue paths use).
    out: Rc<Dataset>,
    excluded: Rc<std::collections::BTreeSet<Rc<str>>>,
    issues: Rc<Vec<Issue>>,
    on_edit: Callback<Edit>,
}

/// The figures grouped by category, those to review first in each group.
#[component]
fn FigureList(p: &ListProps) -> Html {
    let mut by_id: HashMap<&str, Vec<&Issue>> = HashMap::new();
    let mut general = Vec::new();
    for issue in p.issues.iter() {
        match issue_target(&p.out, &issue.path) {
            Some(id) => by_id.entry(id).or_default().push(issue),
            None => general.push(issue),
        }
    }
    let known = |c: &str| p.data.categories.iter().any(|k| &*k.id == c);
    let mut groups: Vec<(String, Vec<(usize, &Indicator)>)> = p
        .data
        .categories
        .iter()
        .map(|c| {
            (
                c.label.zh.to_string(),
                figures(&p.data, |i| i.category == c.id),
            )
        })
        .collect();
    groups.push((
        "其他 Other".into(),
        figures(&p.data, |i| !known(&i.category)),
    ));
    groups.retain(|(_, f)| !f.is_empty());
    html! {
        <section class="ed-list" aria-labelledby="ed-list-h">
            <h2 id="ed-list-h">{ "2 数字 Figures" }</h2>
            if p.issues.is_empty() {
                <p class="ed-ok">{ "检查通过 The check finds no problem." }</p>
            } else {
                <p class="ed-bad">{ format!("检查发现 {} 个问题 The check finds {} problems (shown at their figures).", p.issues.len(), p.issues.len()) }</p>
            }
            if !general.is_empty() {
                <ul class="ed-issues">
                    for issue in general { <li><code>{ issue.path.clone() }</code>{ ": " }{ issue.problem.clone() }</li> }
                </ul>
            }
            for (label, figs) in groups {
                <section class="ed-group">
                    <h3>{ label }</h3>
                    <ol class="ed-figs">
                        for (n, ind) in figs {
                            <Figure key={ind.id.to_string()} n={n} ind={ind.clone()}
                                included={!p.excluded.contains(&ind.id)}
                                headline={p.data.headline.contains(&ind.id)}
                                issues={Rc::new(by_id.get(&*ind.id).map(|v| v.iter().map(|i| (*i).clone()).collect::<Vec<_>>()).unwrap_or_default())}
                                on_edit={p.on_edit.clone()} />
                        }
                    </ol>
                </section>
            }
        </section>
    }
}

/// The indicators that `keep`, with their index in the draft; figures to review first.
fn figures(d: &Dataset, keep: impl Fn(&Indicator) -> bool) -> Vec<(usize, &Indicator)> {
    let mut f: Vec<(usize, &Indicator)> = d
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, i)| keep(i))
        .collect();
    f.sort_by_key(|(_, i)| i.review.is_none());
    f
}

#[derive(Properties, PartialEq)]
struct FigureProps {
    /// Index in the draft: element ids come from it (data ids may hold any character).
    n: usize,
    ind: Indicator,
    included: bool,
    headline: bool,
    issues: Rc<Vec<Issue>>,
    on_edit: Callback<Edit>,
}

/// One figure: include and headline switches, its labels, value, sentence and problems.
#[component]
fn Figure(p: &FigureProps) -> Html {
    let i = &p.ind;
    let n = p.n;
    let check = |make: fn(Rc<str>, bool) -> Edit| {
        let (id, edit) = (i.id.clone(), p.on_edit.clone());
        Callback::from(move |e: Event| {
            if let Some(c) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                edit.emit(make(id.clone(), c.checked()));
            }
        })
    };
    let label = |lang: Lang| {
        let (id, edit) = (i.id.clone(), p.on_edit.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(c) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                edit.emit(Edit::Label {
                    id: id.clone(),
                    lang,
                    text: c.value().into(),
                });
            }
        })
    };
    let (before, mark, after) = split_highlight(&i.quote, &i.highlight);
    let problems = (!p.issues.is_empty()).then(|| format!("ed-p{n}"));
    let class = shuka::components::class_list(&[
        ("ed-fig", true),
        ("ed-review", i.review.is_some()),
        ("ed-excluded", !p.included),
        ("ed-has-issues", !p.issues.is_empty()),
    ]);
    html! {
        <li class={class} data-id={i.id.to_string()}>
            <p class="ed-value">{ format!("{}{}", i.value, i.unit.zh()) }</p>
            if let Some(why) = &i.review {
                <p class="ed-why"><strong>{ "需核对 Review: " }</strong>{ why.to_string() }</p>
            }
            <div class="ed-checks">
                <span>
                    <input type="checkbox" id={format!("ed-in{n}")} checked={p.included}
                        onchange={check(|id, on| Edit::Include { id, on })} />
                    <label for={format!("ed-in{n}")}>{ "收录 Include" }</label>
                </span>
                <span>
                    <input type="checkbox" id={format!("ed-hl{n}")} checked={p.headline}
                        onchange={check(|id, on| Edit::Headline { id, on })} />
                    <label for={format!("ed-hl{n}")}>{ "头条 Headline" }</label>
                </span>
            </div>
            <div class="ed-labels">
                <label for={format!("ed-zh{n}")}>{ "中文标签 Label (zh)" }</label>
                <input id={format!("ed-zh{n}")} class="ed-zh" type="text" lang="zh-CN" value={i.label.zh.to_string()}
                    oninput={label(Lang::Zh)} aria-describedby={problems.clone()} />
                <label for={format!("ed-en{n}")}>{ "英文标签 Label (en)" }</label>
                <input id={format!("ed-en{n}")} class="ed-en" type="text" lang="en" value={i.label.en.to_string()}
                    oninput={label(Lang::En)} aria-describedby={problems.clone()} />
            </div>
            <p class="ed-quote">{ before }<mark>{ mark }</mark>{ after }</p>
            if let Some(id) = problems {
                <ul class="ed-issues" id={id}>
                    for issue in p.issues.iter() { <li><code>{ issue.path.clone() }</code>{ ": " }{ issue.problem.clone() }</li> }
                </ul>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    data: Rc<Dataset>,
}

/// The reader's widget with the edited data, in a shadow root with the widget's own CSS
/// (as an article shows it), 390 px wide or as wide as the column.
#[component]
fn Preview(p: &PreviewProps) -> Html {
    let wide = use_state(|| false);
    // The shadow host is made once, outside Yew's diffing (a VRef keeps the same node), and
    // the widget is rendered into its shadow root through a portal.
    let frame = use_memo((), |_| browser::preview_host());
    let set = |to: bool| {
        let wide = wide.clone();
        Callback::from(move |_| wide.set(to))
    };
    let (host, root) = (*frame).clone();
    let app = create_portal(
        html! { <App source={Source::Data(p.data.clone())} lang={Lang::Zh} label={AttrValue::from("预览 Preview")} /> },
        root,
    );
    html! {
        <section class="ed-preview" aria-labelledby="ed-preview-h">
            <h2 id="ed-preview-h">{ "3 预览 Preview" }</h2>
            <div class="ed-widths" role="group" aria-label="预览宽度 Preview width">
                <button type="button" aria-pressed={(!*wide).to_string()} onclick={set(false)}>{ "手机 Phone (390px)" }</button>
                <button type="button" aria-pressed={wide.to_string()} onclick={set(true)}>{ "桌面 Desktop" }</button>
            </div>
            <div class={if *wide { "ed-frame ed-frame-wide" } else { "ed-frame ed-frame-phone" }}>
                { Html::VRef(host.into()) }
                { app }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ExportProps {
    data: Rc<Dataset>,
    issues: usize,
}

/// Download the JSON, or copy the embed snippet (shown too, for a manual copy).
#[component]
fn Export(p: &ExportProps) -> Html {
    let json = use_memo(p.data.clone(), |d| shuka::write::dataset_json(d));
    let snippet = use_memo(json.clone(), |j| embed_snippet(j));
    let said = use_state(String::new);
    let download = {
        let json = json.clone();
        Callback::from(move |_| browser::download(&json, "shuka-dataset.json", "application/json"))
    };
    let copy = {
        let (snippet, said) = (snippet.clone(), said.clone());
        Callback::from(move |_| {
            let (snippet, said) = (snippet.clone(), said.clone());
            wasm_bindgen_futures::spawn_local(async move {
                said.set(if browser::copy(&snippet).await {
                    "已复制嵌入代码。 The snippet is copied.".into()
                } else {
                    "无法访问剪贴板：请在下面的框里手动复制。 No clipboard here: copy the snippet from the box below.".into()
                });
            });
        })
    };
    let select = Callback::from(|e: FocusEvent| {
        if let Some(t) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            t.select();
        }
    });
    html! {
        <section class="ed-export" aria-labelledby="ed-export-h">
            <h2 id="ed-export-h">{ "4 导出 Export" }</h2>
            if p.issues > 0 {
                <p class="ed-bad">{ format!("还有 {} 个问题：shuka check 不会接受这个文件。 {} problems left: shuka check will not accept this file.", p.issues, p.issues) }</p>
            }
            <div class="ed-buttons">
                <button type="button" class="ed-download" onclick={download}>{ "下载数据 JSON Download the dataset" }</button>
                <button type="button" class="ed-copy" onclick={copy}>{ "复制嵌入代码 Copy the embed snippet" }</button>
            </div>
            <p class="ed-status" role="status">{ (*said).clone() }</p>
            <label for="ed-snippet">{ "嵌入代码（数据内嵌） Embed snippet, data inline" }</label>
            <textarea id="ed-snippet" class="ed-snippet" rows="4" readonly=true value={(*snippet).clone()} onfocus={select} />
        </section>
    }
}
