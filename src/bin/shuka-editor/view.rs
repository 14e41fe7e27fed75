//! The editor's components: the text box, the figure list, the live preview and the way out.
//! They render from the [`Work`] and dispatch [`Edit`]s; browser jobs go through `browser`.

use crate::browser;
use crate::work::{
    check, embed_snippet, embed_src_snippet, group, issue_target, place, split_highlight, Edit,
    Field, DATA_FILE,
};
use shuka::components::app::App;
use shuka::components::load::Source;
use shuka::data::{Dataset, Indicator, Lang, Project, Shared, Status};
use shuka::draft::Unread;
use shuka::error::Issue;
use shuka::ui;
use std::collections::{BTreeSet, HashMap};
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
        work.output().map(Shared::new)
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
    let excluded = Rc::new(work.excluded.clone());
    let on_edit = Callback::from(move |e| d.dispatch(e));
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
                    if work.draft.is_some() { <UnreadList unread={work.unread.clone()} /> }
                </section>
                if let (Some(data), Some(out)) = (work.draft.clone(), (*output).clone()) {
                    <div class="ed-work">
                        <div class="ed-edit">
                            <FigureList data={data.clone()} out={out.clone()} excluded={excluded.clone()} issues={issues.clone()} on_edit={on_edit.clone()} />
                            <ProjectList data={data} out={out.clone()} excluded={excluded} issues={issues.clone()} on_edit={on_edit} />
                        </div>
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

/// The check's issues by the id of the indicator or project they name, and those about the
/// dataset as a whole.
fn sort_issues(out: &Dataset, issues: &[Issue]) -> (HashMap<Rc<str>, Vec<Issue>>, Vec<Issue>) {
    let mut by_id: HashMap<Rc<str>, Vec<Issue>> = HashMap::new();
    let mut general = Vec::new();
    for issue in issues {
        match issue_target(out, &issue.path) {
            Some(id) => by_id.entry(id.into()).or_default().push(issue.clone()),
            None => general.push(issue.clone()),
        }
    }
    (by_id, general)
}

/// A list of the check's problems, `id`'d for the fields it describes.
fn issue_list(id: Option<String>, issues: &[Issue]) -> Html {
    html! {
        <ul class="ed-issues" id={id}>
            for issue in issues { <li><code>{ issue.path.clone() }</code>{ ": " }{ issue.problem.clone() }</li> }
        </ul>
    }
}

/// The sentence with the figure's words marked.
fn quote(quote: &str, highlight: &str) -> Html {
    let (before, mark, after) = split_highlight(quote, highlight);
    html! { <p class="ed-quote">{ before }<mark>{ mark }</mark>{ after }</p> }
}

#[derive(Properties, PartialEq)]
struct UnreadProps {
    unread: Rc<[Unread]>,
}

/// The numbers the drafter would not turn into figures, each with its sentence and why:
/// folded, but counted in its summary, so none is dropped silently.
#[component]
fn UnreadList(p: &UnreadProps) -> Html {
    if p.unread.is_empty() {
        return html! {};
    }
    let n = p.unread.len();
    html! {
        <details class="ed-unread">
            <summary>{ format!("未能识别的数字（{n} 个） Numbers not read ({n})") }</summary>
            <p>{ "起草时没有把这些数字做成指标，它们不在数据里；若是结果，请在 JSON 文件中手工补上。 The drafter did not turn these into figures and they are not in the dataset; add any that are results to the JSON by hand." }</p>
            <ul>
                for u in p.unread.iter() {
                    <li>
                        <p><strong>{ u.text.clone() }</strong>{ " — " }<span lang="en">{ u.why }</span></p>
                        { quote(&u.quote, &u.text) }
                    </li>
                }
            </ul>
        </details>
    }
}

/// What the figure list and the project list both take.
#[derive(Properties, PartialEq)]
struct ListProps {
    /// The draft with every figure.
    data: Shared,
    /// What is published (its indices are the ones issue paths use).
    out: Shared,
    excluded: Rc<BTreeSet<Rc<str>>>,
    issues: Rc<Vec<Issue>>,
    on_edit: Callback<Edit>,
}

/// The figures grouped by category, in card order, with the figures to review linked first.
#[component]
fn FigureList(p: &ListProps) -> Html {
    let (by_id, general) = sort_issues(&p.out, &p.issues);
    // A moved figure's button gets the focus back once the list is redrawn in its new order
    // (the keyed list moves nodes, and a moved node loses focus); its place is announced.
    let pending = use_mut_ref(|| None::<(Rc<str>, bool)>);
    let moved = use_state(|| None::<Rc<str>>);
    {
        let pending = pending.clone();
        use_effect_with(p.data.clone(), move |d| {
            if let Some((id, up)) = pending.borrow_mut().take() {
                if let Some(n) = d.indicators.iter().position(|i| i.id == id) {
                    browser::focus(&format!("ed-{}{n}", if up { "up" } else { "dn" }));
                }
            }
        });
    }
    let on_move = {
        let (pending, moved, edit) = (pending.clone(), moved.clone(), p.on_edit.clone());
        Callback::from(move |(id, up): (Rc<str>, bool)| {
            *pending.borrow_mut() = Some((id.clone(), up));
            moved.set(Some(id.clone()));
            edit.emit(Edit::Move { id, up });
        })
    };
    let said = (*moved).as_ref().and_then(|id| {
        let (at, of) = place(&p.data, id)?;
        let label = &p.data.indicator(id)?.label.zh;
        Some(format!(
            "“{label}”现在是本组第 {at} 个，共 {of} 个。 Now {at} of {of} in its group."
        ))
    });
    let cats: Rc<[(Rc<str>, String)]> = p
        .data
        .categories
        .iter()
        .map(|c| (c.id.clone(), both(&c.label.zh, &c.label.en)))
        .collect();
    let periods: Rc<[(Rc<str>, String)]> = p
        .data
        .periods
        .iter()
        .map(|c| (c.id.clone(), both(&c.label.zh, &c.label.en)))
        .collect();
    let mut groups: Vec<(String, Option<&str>)> = p
        .data
        .categories
        .iter()
        .map(|c| (c.label.zh.to_string(), Some(&*c.id)))
        .collect();
    groups.push(("其他 Other".into(), None));
    let groups: Vec<(String, Vec<(usize, &Indicator)>)> = groups
        .into_iter()
        .map(|(label, g)| {
            let figs = p.data.indicators.iter().enumerate();
            (
                label,
                figs.filter(|(_, i)| group(&p.data, i) == g).collect(),
            )
        })
        .filter(|(_, f): &(String, Vec<_>)| !f.is_empty())
        .collect();
    let review: Vec<(usize, &Indicator)> = p
        .data
        .indicators
        .iter()
        .enumerate()
        .filter(|(_, i)| i.review.is_some())
        .collect();
    html! {
        <section class="ed-list" aria-labelledby="ed-list-h">
            <h2 id="ed-list-h">{ "2 数字 Figures" }</h2>
            if p.issues.is_empty() {
                <p class="ed-ok">{ "检查通过 The check finds no problem." }</p>
            } else {
                <p class="ed-bad">{ format!("检查发现 {} 个问题 The check finds {} problems (shown at their figures).", p.issues.len(), p.issues.len()) }</p>
            }
            if !general.is_empty() { { issue_list(None, &general) } }
            if !review.is_empty() {
                <nav class="ed-review-links" aria-labelledby="ed-review-h">
                    <h3 id="ed-review-h">{ format!("先核对 To review first ({})", review.len()) }</h3>
                    <ul>
                        for (n, i) in review { <li><a href={format!("#ed-f{n}")}>{ format!("{}（{}{}）", i.label.zh, i.value, i.unit.zh()) }</a></li> }
                    </ul>
                </nav>
            }
            <p class="ed-status" role="status">{ said.unwrap_or_default() }</p>
            for (label, figs) in groups {
                <section class="ed-group">
                    <h3>{ label }</h3>
                    <ol class="ed-figs">
                        for (k, (n, ind)) in figs.iter().enumerate() {
                            <Figure key={ind.id.to_string()} n={*n} ind={(*ind).clone()}
                                first={k == 0} last={k + 1 == figs.len()}
                                cats={cats.clone()} periods={periods.clone()}
                                included={!p.excluded.contains(&ind.id)}
                                headline={p.data.headline.contains(&ind.id)}
                                issues={Rc::new(by_id.get(&ind.id).cloned().unwrap_or_default())}
                                on_edit={p.on_edit.clone()} on_move={on_move.clone()} />
                        }
                    </ol>
                </section>
            }
        </section>
    }
}

/// A choice's text: the Chinese, then the English when there is one.
fn both(zh: &str, en: &str) -> String {
    if en.trim().is_empty() {
        zh.to_string()
    } else {
        format!("{zh} {en}")
    }
}

/// A select of `choices` (id, text) with `now` selected; an id that is not among them is
/// kept as a last choice, marked, so the select never shows something else than the data.
fn select(
    id: String,
    class: &'static str,
    choices: &[(Rc<str>, String)],
    now: &Rc<str>,
    on: Callback<Event>,
    describedby: Option<String>,
) -> Html {
    let known = choices.iter().any(|(c, _)| c == now);
    html! {
        <select id={id} class={class} onchange={on} aria-describedby={describedby}>
            for (c, text) in choices.iter() {
                <option value={c.to_string()} selected={c == now}>{ text.clone() }</option>
            }
            if !known {
                <option value={now.to_string()} selected=true>{ format!("{now}（不在列表中 not in the list）") }</option>
            }
        </select>
    }
}

/// A callback that sets `field` of `id` to the value of the input or select it comes from.
fn setter<E: AsRef<web_sys::Event> + 'static>(
    id: &Rc<str>,
    field: Field,
    edit: &Callback<Edit>,
) -> Callback<E> {
    let (id, edit) = (id.clone(), edit.clone());
    Callback::from(move |e: E| {
        // `value` of the input or select (read by name: web-sys's select binding is not
        // among the crate's features, and one property is all it would give).
        let value = e
            .as_ref()
            .target()
            .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
            .and_then(|v| v.as_string());
        if let Some(v) = value {
            edit.emit(Edit::Set {
                id: id.clone(),
                field,
                to: v.into(),
            });
        }
    })
}

/// A callback that includes/excludes or picks `id` as the checkbox it comes from says.
fn checker(
    id: &Rc<str>,
    make: fn(Rc<str>, bool) -> Edit,
    edit: &Callback<Edit>,
) -> Callback<Event> {
    let (id, edit) = (id.clone(), edit.clone());
    Callback::from(move |e: Event| {
        if let Some(c) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            edit.emit(make(id.clone(), c.checked()));
        }
    })
}

#[derive(Properties, PartialEq)]
struct FigureProps {
    /// Index in the draft: element ids come from it (data ids may hold any character).
    n: usize,
    ind: Indicator,
    /// First or last of its group: that way it cannot move.
    first: bool,
    last: bool,
    cats: Rc<[(Rc<str>, String)]>,
    periods: Rc<[(Rc<str>, String)]>,
    included: bool,
    headline: bool,
    issues: Rc<Vec<Issue>>,
    on_edit: Callback<Edit>,
    /// (id, up): the list dispatches the move and keeps the focus on the button.
    on_move: Callback<(Rc<str>, bool)>,
}

/// One figure: include and headline switches, its labels, category, period, place in its
/// group, value, sentence and problems.
#[component]
fn Figure(p: &FigureProps) -> Html {
    let i = &p.ind;
    let n = p.n;
    let mover = |up: bool, stuck: bool| {
        let (id, on_move) = (i.id.clone(), p.on_move.clone());
        // aria-disabled, not disabled: the button keeps the focus when it reaches the end.
        Callback::from(move |_: MouseEvent| {
            if !stuck {
                on_move.emit((id.clone(), up));
            }
        })
    };
    let problems = (!p.issues.is_empty()).then(|| format!("ed-p{n}"));
    let class = shuka::components::class_list(&[
        ("ed-fig", true),
        ("ed-review", i.review.is_some()),
        ("ed-excluded", !p.included),
        ("ed-has-issues", !p.issues.is_empty()),
    ]);
    html! {
        <li class={class} data-id={i.id.to_string()} id={format!("ed-f{n}")}>
            <p class="ed-value">{ format!("{}{}", i.value, i.unit.zh()) }</p>
            if let Some(why) = &i.review {
                <p class="ed-why"><strong>{ "需核对 Review: " }</strong>{ why.to_string() }</p>
            }
            <div class="ed-checks">
                <span>
                    <input type="checkbox" id={format!("ed-in{n}")} checked={p.included}
                        onchange={checker(&i.id, |id, on| Edit::Include { id, on }, &p.on_edit)} />
                    <label for={format!("ed-in{n}")}>{ "收录 Include" }</label>
                </span>
                <span>
                    <input type="checkbox" id={format!("ed-hl{n}")} checked={p.headline}
                        onchange={checker(&i.id, |id, on| Edit::Headline { id, on }, &p.on_edit)} />
                    <label for={format!("ed-hl{n}")}>{ "头条 Headline" }</label>
                </span>
                <span class="ed-move">
                    <button type="button" id={format!("ed-up{n}")} class="ed-up"
                        aria-label={format!("上移 Move up: {}", i.label.zh)}
                        aria-disabled={p.first.then_some("true")} onclick={mover(true, p.first)}>{ "上移 Move up" }</button>
                    <button type="button" id={format!("ed-dn{n}")} class="ed-down"
                        aria-label={format!("下移 Move down: {}", i.label.zh)}
                        aria-disabled={p.last.then_some("true")} onclick={mover(false, p.last)}>{ "下移 Move down" }</button>
                </span>
            </div>
            <div class="ed-fields">
                <span>
                    <label for={format!("ed-zh{n}")}>{ "中文标签 Label (zh)" }</label>
                    <input id={format!("ed-zh{n}")} class="ed-zh" type="text" lang="zh-CN" value={i.label.zh.to_string()}
                        oninput={setter::<InputEvent>(&i.id, Field::label(Lang::Zh), &p.on_edit)} aria-describedby={problems.clone()} />
                </span>
                <span>
                    <label for={format!("ed-en{n}")}>{ "英文标签 Label (en)" }</label>
                    <input id={format!("ed-en{n}")} class="ed-en" type="text" lang="en" value={i.label.en.to_string()}
                        oninput={setter::<InputEvent>(&i.id, Field::label(Lang::En), &p.on_edit)} aria-describedby={problems.clone()} />
                </span>
                <span>
                    <label for={format!("ed-cat{n}")}>{ "分类 Category" }</label>
                    { select(format!("ed-cat{n}"), "ed-cat", &p.cats, &i.category, setter::<Event>(&i.id, Field::Category, &p.on_edit), problems.clone()) }
                </span>
                <span>
                    <label for={format!("ed-per{n}")}>{ "时期 Period" }</label>
                    { select(format!("ed-per{n}"), "ed-per", &p.periods, &i.period, setter::<Event>(&i.id, Field::Period, &p.on_edit), problems.clone()) }
                </span>
            </div>
            { quote(&i.quote, &i.highlight) }
            if problems.is_some() { { issue_list(problems, &p.issues) } }
        </li>
    }
}

/// The named projects (the widget's table): names, status and include, each with its
/// sentence and problems. Nothing when the report names none.
#[component]
fn ProjectList(p: &ListProps) -> Html {
    if p.data.projects.is_empty() {
        return html! {};
    }
    let (by_id, _) = sort_issues(&p.out, &p.issues);
    let statuses: Rc<[(Rc<str>, String)]> = Status::KEYS
        .into_iter()
        .map(|(key, s)| {
            (
                key.into(),
                both(ui::status(s, Lang::Zh), ui::status(s, Lang::En)),
            )
        })
        .collect();
    html! {
        <section class="ed-list ed-projects" aria-labelledby="ed-proj-h">
            <h2 id="ed-proj-h">{ format!("项目 Projects ({})", p.data.projects.len()) }</h2>
            <ol class="ed-figs">
                for (n, pr) in p.data.projects.iter().enumerate() {
                    { project(n, pr, !p.excluded.contains(&pr.id), by_id.get(&pr.id).map(|v| &v[..]).unwrap_or_default(), &statuses, &p.on_edit) }
                }
            </ol>
        </section>
    }
}

/// One project's row in the list.
fn project(
    n: usize,
    pr: &Project,
    included: bool,
    issues: &[Issue],
    statuses: &[(Rc<str>, String)],
    edit: &Callback<Edit>,
) -> Html {
    let problems = (!issues.is_empty()).then(|| format!("ed-pp{n}"));
    let class = shuka::components::class_list(&[
        ("ed-fig", true),
        ("ed-proj", true),
        ("ed-review", pr.review.is_some()),
        ("ed-excluded", !included),
        ("ed-has-issues", !issues.is_empty()),
    ]);
    let amount = pr.amount.map(|a| format!("{a}亿元")).unwrap_or_default();
    html! {
        <li key={pr.id.to_string()} class={class} data-id={pr.id.to_string()} id={format!("ed-pf{n}")}>
            if !amount.is_empty() { <p class="ed-value">{ amount }</p> }
            if let Some(why) = &pr.review {
                <p class="ed-why"><strong>{ "需核对 Review: " }</strong>{ why.to_string() }</p>
            }
            <div class="ed-checks">
                <span>
                    <input type="checkbox" id={format!("ed-pin{n}")} checked={included}
                        onchange={checker(&pr.id, |id, on| Edit::Include { id, on }, edit)} />
                    <label for={format!("ed-pin{n}")}>{ "收录 Include" }</label>
                </span>
            </div>
            <div class="ed-fields">
                <span>
                    <label for={format!("ed-pzh{n}")}>{ "中文名称 Name (zh)" }</label>
                    <input id={format!("ed-pzh{n}")} class="ed-pzh" type="text" lang="zh-CN" value={pr.name.zh.to_string()}
                        oninput={setter::<InputEvent>(&pr.id, Field::name(Lang::Zh), edit)} aria-describedby={problems.clone()} />
                </span>
                <span>
                    <label for={format!("ed-pen{n}")}>{ "英文名称 Name (en)" }</label>
                    <input id={format!("ed-pen{n}")} class="ed-pen" type="text" lang="en" value={pr.name.en.to_string()}
                        oninput={setter::<InputEvent>(&pr.id, Field::name(Lang::En), edit)} aria-describedby={problems.clone()} />
                </span>
                <span>
                    <label for={format!("ed-pst{n}")}>{ "状态 Status" }</label>
                    { select(format!("ed-pst{n}"), "ed-pst", statuses, &pr.status.key().into(), setter::<Event>(&pr.id, Field::Status, edit), problems.clone()) }
                </span>
            </div>
            { quote(&pr.quote, &pr.highlight) }
            if problems.is_some() { { issue_list(problems, issues) } }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    data: Shared,
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
    data: Shared,
    issues: usize,
}

/// How the snippet brings its data: inline, as a file (`data-src`), or as a file with the
/// figures prerendered into the snippet (`shuka render`).
#[derive(Clone, Copy, PartialEq)]
enum Embed {
    Inline,
    Src,
    Prerendered,
}

/// Download the JSON, or copy the embed snippet (shown too, for a manual copy): with the data
/// inline, with `data-src` naming the downloaded file, or that and the figures prerendered.
/// The choice is the page's, not the work's: it is not saved.
#[component]
fn Export(p: &ExportProps) -> Html {
    let json = use_memo(p.data.clone(), |d| shuka::write::dataset_json(d));
    let embed = use_state(|| Embed::Inline);
    let src = *embed != Embed::Inline;
    let prerendered = use_state(|| None::<String>);
    {
        // The server renderer is async: the prerendered snippet arrives a moment later.
        let (prerendered, data) = (prerendered.clone(), p.data.clone());
        use_effect_with((data, *embed), move |(data, embed)| {
            prerendered.set(None);
            // A render still under way when the data changes again must not land after the
            // newer one: the effect's cleanup marks it stale.
            let stale = Rc::new(std::cell::Cell::new(false));
            if *embed == Embed::Prerendered {
                let (data, stale) = (data.clone(), stale.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let snippet = browser::prerendered_snippet(&data).await;
                    if !stale.get() {
                        prerendered.set(Some(snippet));
                    }
                });
            }
            move || stale.set(true)
        });
    }
    let snippet = use_memo(
        (json.clone(), *embed, (*prerendered).clone()),
        |(j, embed, pre)| match embed {
            Embed::Inline => embed_snippet(j),
            Embed::Src => embed_src_snippet(),
            Embed::Prerendered => pre
                .clone()
                .unwrap_or_else(|| "<!-- 正在生成… Rendering… -->".into()),
        },
    );
    let said = use_state(String::new);
    let download = {
        let json = json.clone();
        Callback::from(move |_| browser::download(&json, DATA_FILE, "application/json"))
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
    let choose = |to: Embed| {
        let (embed, said) = (embed.clone(), said.clone());
        Callback::from(move |_: Event| {
            embed.set(to);
            said.set(String::new());
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
                <button type="button" class="ed-download" onclick={download}>{ format!("下载数据 {DATA_FILE} Download the dataset") }</button>
            </div>
            <fieldset class="ed-embed">
                <legend>{ "嵌入方式 Embed with" }</legend>
                <span>
                    <input type="radio" name="ed-embed" id="ed-embed-inline" checked={*embed == Embed::Inline} onchange={choose(Embed::Inline)} />
                    <label for="ed-embed-inline">{ "数据内嵌 Data inline" }</label>
                </span>
                <span>
                    <input type="radio" name="ed-embed" id="ed-embed-src" checked={*embed == Embed::Src} onchange={choose(Embed::Src)} />
                    <label for="ed-embed-src">{ "数据文件 Data file (data-src)" }</label>
                </span>
                if browser::CAN_PRERENDER {
                    <span>
                        <input type="radio" name="ed-embed" id="ed-embed-pre" checked={*embed == Embed::Prerendered} onchange={choose(Embed::Prerendered)} />
                        <label for="ed-embed-pre">{ "数据文件＋预渲染 Data file, figures prerendered" }</label>
                    </span>
                }
            </fieldset>
            if src {
                <p class="ed-note" id="ed-src-note">{ format!("把下载的 {DATA_FILE} 上传到 shuka.js 所在的文件夹。 Upload the downloaded {DATA_FILE} next to shuka.js.") }</p>
            }
            if *embed == Embed::Prerendered {
                <p class="ed-note" id="ed-pre-note">{ "数字已写入嵌入代码：不运行脚本也能看到（搜索引擎、阅读模式）。数据改动后请重新复制。 The figures are in the snippet itself: seen without script (search engines, reader modes). Copy it again after any change to the data." }</p>
            }
            <label for="ed-snippet">{ match *embed { Embed::Inline => "嵌入代码（数据内嵌） Embed snippet, data inline", Embed::Src => "嵌入代码（数据文件） Embed snippet, data-src", Embed::Prerendered => "嵌入代码（数据文件＋预渲染） Embed snippet, data-src, prerendered" } }</label>
            <textarea id="ed-snippet" class="ed-snippet" rows="4" readonly=true value={(*snippet).clone()} onfocus={select}
                aria-describedby={match *embed { Embed::Inline => None, Embed::Src => Some("ed-src-note"), Embed::Prerendered => Some("ed-src-note ed-pre-note") }} />
            <div class="ed-buttons">
                <button type="button" class="ed-copy" onclick={copy}>{ "复制嵌入代码 Copy the embed snippet" }</button>
            </div>
            <p class="ed-status" role="status">{ (*said).clone() }</p>
        </section>
    }
}
