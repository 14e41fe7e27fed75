//! The editor's work, as pure data: the article's text, the draft with a person's edits, and
//! which figures and projects are left out. Everything the page shows or saves is computed
//! from it; no browser API here, so every rule is tested natively.

use shuka::data::{Dataset, Indicator, Lang, Shared, Status};
use shuka::draft::{draft, Unread};
use shuka::error::Issue;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use yew::Reducible;

/// What the editor holds: the text, the edited draft (every figure and project, excluded
/// ones too) and the ids left out of the published dataset.
#[derive(Clone, Default, PartialEq)]
pub struct Work {
    pub text: Rc<str>,
    /// The text the draft was made from (the box may have changed since).
    pub source: Rc<str>,
    pub draft: Option<Shared>,
    /// Indicators and projects left out (one id space: the checker rejects a shared id).
    pub excluded: BTreeSet<Rc<str>>,
    /// What a person set, by (indicator or project id, field): saved with the headline, the
    /// order and the exclusions, so a reload re-drafts `source` and applies them again.
    pub fields: BTreeMap<(Rc<str>, Field), Rc<str>>,
    /// Numbers the drafter could not attach (a reload re-drafts, so they come back too).
    pub unread: Rc<[Unread]>,
}

/// A text or choice of one indicator or project that a person can set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    /// An indicator's label: `true` for the English one.
    Label(bool),
    /// An indicator's category id.
    Category,
    /// An indicator's period id.
    Period,
    /// A project's name: `true` for the English one.
    Name(bool),
    /// A project's status, by its key (`started`).
    Status,
}

impl Field {
    const ALL: [Field; 7] = [
        Field::Label(false),
        Field::Label(true),
        Field::Category,
        Field::Period,
        Field::Name(false),
        Field::Name(true),
        Field::Status,
    ];

    /// The label field in `lang`.
    pub fn label(lang: Lang) -> Field {
        Field::Label(lang == Lang::En)
    }

    /// The project name field in `lang`.
    pub fn name(lang: Lang) -> Field {
        Field::Name(lang == Lang::En)
    }

    /// Its name in the saved edits (`zh` and `en` are the labels, as the first editor saved them).
    fn key(self) -> &'static str {
        match self {
            Field::Label(false) => "zh",
            Field::Label(true) => "en",
            Field::Category => "cat",
            Field::Period => "per",
            Field::Name(false) => "nzh",
            Field::Name(true) => "nen",
            Field::Status => "st",
        }
    }

    /// Sets this field of the indicator or project `id` in `d`; false when there is no such
    /// figure or project, or `to` is not a status's key.
    fn set(self, d: &mut Dataset, id: &str, to: &Rc<str>) -> bool {
        if let Field::Label(_) | Field::Category | Field::Period = self {
            let Some(i) = d.indicators.iter_mut().find(|i| &*i.id == id) else {
                return false;
            };
            *match self {
                Field::Label(false) => &mut i.label.zh,
                Field::Label(true) => &mut i.label.en,
                Field::Category => &mut i.category,
                _ => &mut i.period,
            } = to.clone();
            return true;
        }
        let Some(p) = d.projects.iter_mut().find(|p| &*p.id == id) else {
            return false;
        };
        match self {
            Field::Name(false) => p.name.zh = to.clone(),
            Field::Name(true) => p.name.en = to.clone(),
            _ => match shuka::data::from_key(&Status::KEYS, to) {
                Some(s) => p.status = s,
                None => return false,
            },
        }
        true
    }
}

/// Every change a person can make; the view only dispatches these.
pub enum Edit {
    Text(Rc<str>),
    /// Runs the drafter on the text, replacing the draft and its edits.
    Draft,
    /// Sets a label, category, period, project name or status.
    Set {
        id: Rc<str>,
        field: Field,
        to: Rc<str>,
    },
    /// Includes or leaves out an indicator or a project.
    Include {
        id: Rc<str>,
        on: bool,
    },
    Headline {
        id: Rc<str>,
        on: bool,
    },
    /// Moves an indicator before the previous one of its group (`up`) or after the next one:
    /// the order of the cards in its tab.
    Move {
        id: Rc<str>,
        up: bool,
    },
}

impl Reducible for Work {
    type Action = Edit;
    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut w = (*self).clone();
        w.apply(edit);
        Rc::new(w)
    }
}

/// The group an indicator is listed in: its category, or `None` (“other”) for an id that is
/// not one of the dataset's categories.
pub fn group<'d>(d: &'d Dataset, i: &Indicator) -> Option<&'d str> {
    d.categories
        .iter()
        .find(|c| c.id == i.category)
        .map(|c| &*c.id)
}

/// Where indicator `id` stands in its group: (1-based position, the group's size).
pub fn place(d: &Dataset, id: &str) -> Option<(usize, usize)> {
    let me = d.indicators.iter().find(|i| &*i.id == id)?;
    let g = group(d, me);
    let peers: Vec<&Indicator> = d.indicators.iter().filter(|i| group(d, i) == g).collect();
    let at = peers.iter().position(|i| &*i.id == id)?;
    Some((at + 1, peers.len()))
}

impl Work {
    /// Applies one edit (a new `Shared` on any change of the draft, so the preview sees it).
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Text(t) => self.text = t,
            Edit::Draft => {
                let d = draft(&self.text);
                self.source = self.text.clone();
                self.draft = Some(Shared::new(d.dataset));
                self.unread = d.unread.into();
                self.excluded.clear();
                self.fields.clear();
            }
            Edit::Set { id, field, to } => self.change(|w, d| {
                if field.set(d, &id, &to) {
                    w.fields.insert((id, field), to);
                }
            }),
            Edit::Include { id, on } => {
                if on {
                    self.excluded.remove(&id);
                } else {
                    self.excluded.insert(id);
                }
            }
            Edit::Headline { id, on } => self.change(|_, d| {
                d.headline.retain(|h| *h != id);
                if on {
                    d.headline.push(id);
                }
            }),
            Edit::Move { id, up } => self.change(|_, d| {
                let Some(at) = d.indicators.iter().position(|i| i.id == id) else {
                    return;
                };
                let g = group(d, &d.indicators[at]);
                let same = |j: &usize| group(d, &d.indicators[*j]) == g;
                let to = if up {
                    (0..at).rev().find(same)
                } else {
                    (at + 1..d.indicators.len()).find(same)
                };
                if let Some(to) = to {
                    // Two headline figures swap places on the headline tab too.
                    let (a, b) = (d.indicators[at].id.clone(), d.indicators[to].id.clone());
                    let ha = d.headline.iter().position(|h| *h == a);
                    let hb = d.headline.iter().position(|h| *h == b);
                    if let (Some(ha), Some(hb)) = (ha, hb) {
                        d.headline.swap(ha, hb);
                    }
                    d.indicators.swap(at, to);
                }
            }),
        }
    }

    fn change(&mut self, f: impl FnOnce(&mut Self, &mut Dataset)) {
        if let Some(d) = self.draft.clone() {
            let mut d = (*d).clone();
            f(self, &mut d);
            self.draft = Some(Shared::new(d));
        }
    }

    /// The person's edits as saved in the browser, one a line: `x\tid` (left out),
    /// `h\tid\tid…` (the headline, in order), `o\tid\tid…` (the indicators' order) and
    /// `key\tid\tvalue` for each field set ([`Field::key`]). Empty before a draft.
    pub fn saved_edits(&self) -> String {
        let Some(d) = &self.draft else {
            return String::new();
        };
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        let ids = |tag: &str, ids: &mut dyn Iterator<Item = &Rc<str>>| {
            std::iter::once(tag.to_string())
                .chain(ids.map(|id| clean(id)))
                .collect::<Vec<_>>()
                .join("\t")
        };
        let mut lines = vec![
            ids("h", &mut d.headline.iter()),
            ids("o", &mut d.indicators.iter().map(|i| &i.id)),
        ];
        lines.extend(self.excluded.iter().map(|id| format!("x\t{}", clean(id))));
        lines.extend(
            self.fields
                .iter()
                .map(|((id, field), to)| format!("{}\t{}\t{}", field.key(), clean(id), clean(to))),
        );
        lines.join("\n")
    }

    /// The work a reload finds: the box's text, the draft of `source` (re-drafted: one
    /// drafter, and nothing to parse) with `edits` (from [`Work::saved_edits`]) applied.
    pub fn restore(text: &str, source: &str, edits: &str) -> Work {
        let mut w = Work {
            text: source.into(),
            ..Work::default()
        };
        if !source.trim().is_empty() {
            w.apply(Edit::Draft);
            for line in edits.lines() {
                let mut parts = line.split('\t');
                let tag = parts.next().unwrap_or_default();
                let list = || -> Vec<Rc<str>> {
                    line.split('\t')
                        .skip(1)
                        .filter(|s| !s.is_empty())
                        .map(Rc::from)
                        .collect()
                };
                match (tag, parts.next(), parts.next()) {
                    ("x", Some(id), _) => w.apply(Edit::Include {
                        id: id.into(),
                        on: false,
                    }),
                    ("h", _, _) => {
                        let ids = list();
                        w.change(|_, d| d.headline = ids);
                    }
                    ("o", _, _) => {
                        let ids = list();
                        w.change(|_, d| reorder(d, &ids));
                    }
                    (key, Some(id), Some(to)) => {
                        if let Some(field) = Field::ALL.into_iter().find(|f| f.key() == key) {
                            w.apply(Edit::Set {
                                id: id.into(),
                                field,
                                to: to.into(),
                            });
                        }
                    }
                    _ => {}
                }
            }
        }
        w.text = text.into();
        w
    }

    /// The dataset to publish: the draft without the excluded figures and projects, and
    /// without any reference to them (headline, part_of, derived.from, note refs), so it
    /// still checks.
    pub fn output(&self) -> Option<Dataset> {
        let mut d = (**self.draft.as_ref()?).clone();
        let out = |id: &Rc<str>| self.excluded.contains(id);
        d.indicators.retain(|i| !out(&i.id));
        d.projects.retain(|p| !out(&p.id));
        d.headline.retain(|h| !out(h));
        for i in &mut d.indicators {
            if i.part_of.as_ref().is_some_and(out) {
                i.part_of = None;
            }
            if let Some(derived) = &mut i.derived {
                derived.from.retain(|f| !out(f));
            }
        }
        for p in &mut d.projects {
            if let Some(derived) = &mut p.derived {
                derived.from.retain(|f| !out(f));
            }
        }
        for n in &mut d.notes {
            n.refs.retain(|r| !out(r));
        }
        Some(d)
    }
}

/// Puts the indicators in the order of `ids` (a saved order); any not in it keep their
/// drafted order after those that are.
fn reorder(d: &mut Dataset, ids: &[Rc<str>]) {
    let at = |id: &Rc<str>| ids.iter().position(|x| x == id).unwrap_or(usize::MAX);
    d.indicators.sort_by_key(|i| at(&i.id));
}

/// What `shuka check` says about `data`, as the file would be written: parse and validate
/// the JSON the download holds, so the editor and the checker can never disagree.
pub fn check(data: &Dataset) -> Vec<Issue> {
    match shuka::parse::parse_dataset(&shuka::write::dataset_json(data)) {
        Ok(_) => Vec::new(),
        Err(e) => e.issues().to_vec(),
    }
}

/// The id of the indicator or project an issue's path names (`indicators[3].label.zh` → the
/// fourth indicator's id, `projects[0].name.zh` → the first project's), or `None` for issues
/// about the dataset as a whole.
pub fn issue_target<'d>(data: &'d Dataset, path: &str) -> Option<&'d str> {
    let index = |rest: &str| rest.split(']').next()?.parse::<usize>().ok();
    if let Some(rest) = path.strip_prefix("indicators[") {
        return data.indicators.get(index(rest)?).map(|i| &*i.id);
    }
    let rest = path.strip_prefix("projects[")?;
    data.projects.get(index(rest)?).map(|p| &*p.id)
}

/// The file name the download gets and the `data-src` snippet names.
pub const DATA_FILE: &str = "report.json";

/// The two lines a newsroom pastes, with the dataset inline. `</` is written `<\/` (the same
/// string to JSON) so no text of the article can close the script element early.
pub fn embed_snippet(json: &str) -> String {
    format!(
        "<div data-shuka><script type=\"application/json\">{}</script></div>\n\
         <script type=\"module\" src=\"shuka.js\" fetchpriority=\"low\"></script>\n",
        json.trim_end().replace("</", "<\\/")
    )
}

/// The two lines a newsroom pastes when the dataset is a file ([`DATA_FILE`]) uploaded next
/// to `shuka.js`.
pub fn embed_src_snippet() -> String {
    format!(
        "<div data-shuka data-src=\"{DATA_FILE}\"></div>\n\
         <script type=\"module\" src=\"shuka.js\" fetchpriority=\"low\"></script>\n"
    )
}

/// Where the number sits in the quote: (before, the highlight, after); the whole quote
/// unmarked when the highlight is not in it.
pub fn split_highlight<'q>(quote: &'q str, highlight: &str) -> (&'q str, &'q str, &'q str) {
    match quote.find(highlight).filter(|_| !highlight.is_empty()) {
        Some(at) => (
            &quote[..at],
            &quote[at..at + highlight.len()],
            &quote[at + highlight.len()..],
        ),
        None => (quote, "", ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = include_str!("../../../tests/corpus/01-chengxi-county-2023q3.txt");

    const PROJECTS: &str = include_str!("../../../tests/corpus/03-qingyuan-projects-2022m1-7.txt");

    fn drafted() -> Work {
        drafted_from(REPORT)
    }

    fn drafted_from(text: &str) -> Work {
        let mut w = Work::default();
        w.apply(Edit::Text(text.into()));
        w.apply(Edit::Draft);
        w
    }

    fn data(w: &Work) -> &Dataset {
        w.draft.as_deref().unwrap()
    }

    fn set(w: &mut Work, id: &Rc<str>, field: Field, to: &str) {
        w.apply(Edit::Set {
            id: id.clone(),
            field,
            to: to.into(),
        });
    }

    /// The ids of the indicators in group `g`, in card order.
    fn in_group(w: &Work, g: Option<&str>) -> Vec<Rc<str>> {
        let d = data(w);
        d.indicators
            .iter()
            .filter(|i| group(d, i) == g)
            .map(|i| i.id.clone())
            .collect()
    }

    #[test]
    fn drafting_gives_the_same_dataset_as_shuka_draft() {
        let w = drafted();
        let d = w.draft.as_ref().unwrap();
        assert_eq!(
            shuka::write::dataset_json(d),
            shuka::write::dataset_json(&draft(REPORT).dataset)
        );
        assert!(!d.indicators.is_empty());
    }

    #[test]
    fn the_draft_as_drafted_passes_the_check() {
        let w = drafted();
        assert_eq!(check(&w.output().unwrap()), vec![]);
    }

    #[test]
    fn a_label_edit_reaches_the_output_and_an_empty_label_is_reported_at_its_figure() {
        let mut w = drafted();
        let id = w.draft.as_ref().unwrap().indicators[1].id.clone();
        w.apply(Edit::Set {
            id: id.clone(),
            field: Field::label(Lang::En),
            to: "Test label".into(),
        });
        let out = w.output().unwrap();
        assert_eq!(&*out.indicator(&id).unwrap().label.en, "Test label");
        w.apply(Edit::Set {
            id: id.clone(),
            field: Field::label(Lang::Zh),
            to: "".into(),
        });
        let out = w.output().unwrap();
        let issues = check(&out);
        assert!(!issues.is_empty());
        assert!(issues
            .iter()
            .all(|i| issue_target(&out, &i.path) == Some(&*id)));
    }

    /// The drafted indicators' ids, in order.
    fn indicator_ids(w: &Work) -> Vec<Rc<str>> {
        w.draft
            .as_ref()
            .expect("a draft")
            .indicators
            .iter()
            .map(|i| i.id.clone())
            .collect()
    }

    #[test]
    fn excluding_a_figure_removes_it_and_every_reference_to_it() {
        let mut w = drafted();
        let ids = indicator_ids(&w);
        w.apply(Edit::Headline {
            id: ids[0].clone(),
            on: true,
        });
        for id in &ids[..ids.len() / 2] {
            w.apply(Edit::Include {
                id: id.clone(),
                on: false,
            });
        }
        let out = w.output().unwrap();
        assert_eq!(out.indicators.len(), ids.len() - ids.len() / 2);
        assert!(!out.headline.contains(&ids[0]));
        assert_eq!(check(&out), vec![]);
        w.apply(Edit::Include {
            id: ids[0].clone(),
            on: true,
        });
        assert!(w.output().unwrap().headline.contains(&ids[0]));
    }

    #[test]
    fn headline_choices_are_kept_in_order_without_duplicates() {
        let mut w = drafted();
        let ids = indicator_ids(&w);
        let before = w.draft.as_ref().unwrap().headline.clone();
        w.apply(Edit::Headline {
            id: ids[2].clone(),
            on: true,
        });
        w.apply(Edit::Headline {
            id: ids[2].clone(),
            on: true,
        });
        let h = &w.draft.as_ref().unwrap().headline;
        assert_eq!(h.iter().filter(|x| **x == ids[2]).count(), 1);
        w.apply(Edit::Headline {
            id: ids[2].clone(),
            on: false,
        });
        let h = &w.draft.as_ref().unwrap().headline;
        assert!(!h.contains(&ids[2]));
        assert!(before
            .iter()
            .filter(|b| **b != ids[2])
            .all(|b| h.contains(b)));
    }

    #[test]
    fn the_snippet_cannot_be_closed_by_the_data() {
        let s = embed_snippet("{\"a\": \"</script><script>alert(1)</script>\"}\n");
        assert_eq!(s.matches("</script>").count(), 2);
        assert!(s.contains(r#"<\/script><script>alert(1)<\/script>"#));
        assert!(s.starts_with("<div data-shuka><script type=\"application/json\">{"));
        assert!(s.ends_with(
            "<script type=\"module\" src=\"shuka.js\" fetchpriority=\"low\"></script>\n"
        ));
        let json = s
            .split("application/json\">")
            .nth(1)
            .unwrap()
            .split("</script></div>")
            .next()
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(v["a"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn a_category_change_moves_the_figure_to_that_group_and_an_unknown_one_is_reported() {
        let mut w = drafted();
        let d = data(&w);
        let (first, second) = (d.categories[0].id.clone(), d.categories[1].id.clone());
        let id = in_group(&w, Some(&first))[0].clone();
        set(&mut w, &id, Field::Category, &second);
        assert!(in_group(&w, Some(&second)).contains(&id));
        assert!(!in_group(&w, Some(&first)).contains(&id));
        assert_eq!(
            &*w.output().unwrap().indicator(&id).unwrap().category,
            &*second
        );
        assert_eq!(check(&w.output().unwrap()), vec![]);
        set(&mut w, &id, Field::Category, "nowhere");
        assert_eq!(group(data(&w), data(&w).indicator(&id).unwrap()), None);
        let out = w.output().unwrap();
        let issues = check(&out);
        assert_eq!(issues.len(), 1);
        assert_eq!(issue_target(&out, &issues[0].path), Some(&*id));
        assert!(issues[0].path.ends_with(".category"));
    }

    #[test]
    fn a_period_change_reaches_the_output() {
        let mut w = drafted();
        let d = data(&w);
        let id = d.indicators[0].id.clone();
        let other = d
            .periods
            .iter()
            .find(|p| p.id != d.indicators[0].period)
            .unwrap()
            .id
            .clone();
        set(&mut w, &id, Field::Period, &other);
        assert_eq!(w.output().unwrap().indicator(&id).unwrap().period, other);
        assert_eq!(check(&w.output().unwrap()), vec![]);
    }

    #[test]
    fn a_field_of_no_such_figure_or_an_unknown_status_changes_nothing_and_is_not_saved() {
        let mut w = drafted_from(PROJECTS);
        let before = shuka::write::dataset_json(data(&w));
        let p = data(&w).projects[0].id.clone();
        set(&mut w, &"no-such-id".into(), Field::Category, "x");
        set(&mut w, &p, Field::Status, "finished");
        // A project has no label; an indicator no status.
        set(&mut w, &p, Field::label(Lang::Zh), "x");
        let i = data(&w).indicators[0].id.clone();
        set(&mut w, &i, Field::Status, "signed");
        assert_eq!(shuka::write::dataset_json(data(&w)), before);
        assert!(w.fields.is_empty());
    }

    #[test]
    fn project_names_and_status_are_edited_and_a_left_out_project_leaves_no_reference() {
        let mut w = drafted_from(PROJECTS);
        let d = data(&w);
        assert!(d.projects.len() > 2);
        let (a, b) = (d.projects[0].id.clone(), d.projects[1].id.clone());
        set(&mut w, &a, Field::name(Lang::Zh), "新名称项目");
        set(&mut w, &a, Field::name(Lang::En), "New project");
        set(&mut w, &a, Field::Status, "operating");
        let out = w.output().unwrap();
        let p = out.projects.iter().find(|p| p.id == a).unwrap();
        assert_eq!((&*p.name.zh, &*p.name.en), ("新名称项目", "New project"));
        assert_eq!(p.status, Status::Operating);
        assert_eq!(check(&out), vec![]);

        // A note that names the project loses the reference, not the check.
        let mut d = (*w.draft.clone().unwrap()).clone();
        d.notes.push(shuka::data::Note {
            id: "n1".into(),
            text: shuka::data::Text::zh("说明"),
            refs: vec![b.clone(), d.indicators[0].id.clone()],
        });
        w.draft = Some(Shared::new(d));
        w.apply(Edit::Include {
            id: b.clone(),
            on: false,
        });
        let out = w.output().unwrap();
        assert_eq!(out.projects.len(), data(&w).projects.len() - 1);
        assert!(out.projects.iter().all(|p| p.id != b));
        assert_eq!(out.notes[0].refs, vec![data(&w).indicators[0].id.clone()]);
        assert_eq!(check(&out), vec![]);

        set(&mut w, &a, Field::name(Lang::Zh), "");
        let out = w.output().unwrap();
        let issues = check(&out);
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].path, "projects[0].name.zh");
        assert_eq!(issue_target(&out, &issues[0].path), Some(&*a));
    }

    #[test]
    fn moving_a_figure_swaps_it_with_its_neighbour_in_the_group_and_stops_at_the_ends() {
        let mut w = drafted();
        let g = data(&w).categories[0].id.clone();
        let ids = in_group(&w, Some(&g));
        assert!(ids.len() > 2);
        let all_before = data(&w).indicators.len();
        let (first, second) = (ids[0].clone(), ids[1].clone());
        assert_eq!(place(data(&w), &second), Some((2, ids.len())));
        w.apply(Edit::Move {
            id: second.clone(),
            up: true,
        });
        let now = in_group(&w, Some(&g));
        assert_eq!((&now[0], &now[1]), (&second, &first));
        assert_eq!(now[2..], ids[2..]);
        assert_eq!(place(data(&w), &second), Some((1, ids.len())));
        // The top of the group is the top: nothing moves, in this group or another.
        let order = |w: &Work| shuka::write::dataset_json(data(w));
        let before = order(&w);
        w.apply(Edit::Move {
            id: second.clone(),
            up: true,
        });
        assert_eq!(order(&w), before);
        let last = ids.last().unwrap().clone();
        w.apply(Edit::Move {
            id: last.clone(),
            up: false,
        });
        assert_eq!(order(&w), before);
        w.apply(Edit::Move {
            id: second.clone(),
            up: false,
        });
        assert_eq!(in_group(&w, Some(&g)), ids);
        assert_eq!(data(&w).indicators.len(), all_before);
        assert_eq!(check(&w.output().unwrap()), vec![]);
    }

    #[test]
    fn moving_one_headline_figure_past_another_swaps_them_on_the_headline_tab() {
        let mut w = drafted();
        let g = data(&w).categories[0].id.clone();
        let ids = in_group(&w, Some(&g));
        let headline = |w: &Work| data(w).headline.clone();
        for id in &ids[..2] {
            w.apply(Edit::Headline {
                id: id.clone(),
                on: false,
            });
        }
        for id in &ids[..2] {
            w.apply(Edit::Headline {
                id: id.clone(),
                on: true,
            });
        }
        let h = headline(&w);
        let (a, b) = (
            h.iter().position(|x| *x == ids[0]).unwrap(),
            h.iter().position(|x| *x == ids[1]).unwrap(),
        );
        assert!(a < b);
        w.apply(Edit::Move {
            id: ids[1].clone(),
            up: true,
        });
        let h2 = headline(&w);
        assert_eq!((&h2[a], &h2[b]), (&ids[1], &ids[0]));
        assert_eq!(h2.len(), h.len());
    }

    #[test]
    fn a_goal_is_listed_as_unread_with_its_sentence_and_why() {
        let w = drafted_from(
            "前三季度，全县实现地区生产总值286.42亿元，同比增长7.3%。力争全年增长6%。",
        );
        assert_eq!(w.unread.len(), 1, "{:?}", w.unread);
        let u = &w.unread[0];
        assert_eq!(u.text, "6%");
        assert_eq!(u.quote, "力争全年增长6%。");
        assert!(u.why.contains("goal"));
        // A reload re-drafts: the list comes back.
        let again = Work::restore("", &w.source, &w.saved_edits());
        assert_eq!(again.unread, w.unread);
    }

    #[test]
    fn the_data_src_snippet_names_the_downloaded_file() {
        assert_eq!(
            embed_src_snippet(),
            "<div data-shuka data-src=\"report.json\"></div>\n\
             <script type=\"module\" src=\"shuka.js\" fetchpriority=\"low\"></script>\n"
        );
        assert!(embed_src_snippet().contains(DATA_FILE));
    }

    #[test]
    fn a_reload_finds_the_same_work() {
        let mut w = drafted();
        let ids = indicator_ids(&w);
        w.apply(Edit::Include {
            id: ids[1].clone(),
            on: false,
        });
        w.apply(Edit::Headline {
            id: ids[3].clone(),
            on: true,
        });
        w.apply(Edit::Set {
            id: ids[0].clone(),
            field: Field::label(Lang::En),
            to: "New\tlabel".into(),
        });
        w.apply(Edit::Set {
            id: ids[2].clone(),
            field: Field::label(Lang::Zh),
            to: "".into(),
        });
        let second = data(&w).categories[1].id.clone();
        set(&mut w, &ids[4], Field::Category, &second);
        let period = data(&w).periods.last().unwrap().id.clone();
        set(&mut w, &ids[5], Field::Period, &period);
        let g = data(&w).categories[0].id.clone();
        let top = in_group(&w, Some(&g))[1].clone();
        w.apply(Edit::Move { id: top, up: true });
        w.apply(Edit::Text("changed since".into()));
        let again = Work::restore(&w.text, &w.source, &w.saved_edits());
        assert_eq!(&*again.text, "changed since");
        assert_eq!(again.excluded, w.excluded);
        let (a, b) = (w.output().unwrap(), again.output().unwrap());
        // A tab cannot be saved inside a line: it comes back as a space.
        let a = shuka::write::dataset_json(&a).replace(r"New\tlabel", "New label");
        assert!(
            a == shuka::write::dataset_json(&b),
            "the restored dataset differs"
        );
        assert_eq!(Work::restore("only text", "", "").draft, None);
    }

    #[test]
    fn a_reload_finds_the_same_project_edits() {
        let mut w = drafted_from(PROJECTS);
        let (a, b) = (
            data(&w).projects[0].id.clone(),
            data(&w).projects[1].id.clone(),
        );
        set(&mut w, &a, Field::name(Lang::En), "Separator plant");
        set(&mut w, &a, Field::Status, "signed");
        w.apply(Edit::Include {
            id: b.clone(),
            on: false,
        });
        let again = Work::restore(&w.text, &w.source, &w.saved_edits());
        assert_eq!(
            shuka::write::dataset_json(&w.output().unwrap()),
            shuka::write::dataset_json(&again.output().unwrap())
        );
        assert!(again.excluded.contains(&b));
        // What the first editor saved (labels as `zh`/`en`, no order line) still reads.
        let id = data(&w).indicators[0].id.clone();
        let old = format!("h\t{id}\nzh\t{id}\t旧标签");
        let old = Work::restore("", &w.source, &old);
        assert_eq!(&*data(&old).indicator(&id).unwrap().label.zh, "旧标签");
        assert_eq!(data(&old).headline, vec![id]);
    }

    #[test]
    fn the_highlight_is_found_in_its_quote() {
        assert_eq!(
            split_highlight("GDP达到12.5亿元。", "12.5亿元"),
            ("GDP达到", "12.5亿元", "。")
        );
        assert_eq!(split_highlight("没有", "12"), ("没有", "", ""));
        assert_eq!(split_highlight("没有", ""), ("没有", "", ""));
    }

    #[test]
    fn issue_paths_name_their_figure() {
        let w = drafted();
        let d = w.output().unwrap();
        assert_eq!(
            issue_target(&d, "indicators[0].label.zh"),
            Some(&*d.indicators[0].id)
        );
        assert_eq!(issue_target(&d, "headline[0]"), None);
        assert_eq!(issue_target(&d, "indicators[99999].x"), None);
        let w = drafted_from(PROJECTS);
        let d = w.output().unwrap();
        assert_eq!(
            issue_target(&d, "projects[1].status"),
            Some(&*d.projects[1].id)
        );
        assert_eq!(issue_target(&d, "projects[x].status"), None);
    }
}
