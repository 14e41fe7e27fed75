//! The editor's work, as pure data: the article's text, the draft with a person's edits, and
//! which figures are left out. Everything the page shows or saves is computed from it; no
//! browser API here, so every rule is tested natively.

use shuka::data::{Dataset, Lang};
use shuka::draft::{draft, Unread};
use shuka::error::Issue;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use yew::Reducible;

/// What the editor holds: the text, the edited draft (every figure, excluded ones too) and
/// the ids left out of the published dataset.
#[derive(Clone, Default, PartialEq)]
pub struct Work {
    pub text: Rc<str>,
    /// The text the draft was made from (the box may have changed since).
    pub source: Rc<str>,
    pub draft: Option<Rc<Dataset>>,
    pub excluded: BTreeSet<Rc<str>>,
    /// Labels a person wrote, by (indicator id, "zh" | "en"): what is saved, with the
    /// headline and the exclusions, so a reload re-drafts `source` and applies them again.
    pub labels: BTreeMap<(Rc<str>, &'static str), Rc<str>>,
    /// Numbers the drafter could not attach (not kept across reloads: re-draft to see them).
    pub unread: Rc<[Unread]>,
}

/// Every change a person can make; the view only dispatches these.
pub enum Edit {
    Text(Rc<str>),
    /// Runs the drafter on the text, replacing the draft and its edits.
    Draft,
    Label {
        id: Rc<str>,
        lang: Lang,
        text: Rc<str>,
    },
    Include {
        id: Rc<str>,
        on: bool,
    },
    Headline {
        id: Rc<str>,
        on: bool,
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

impl Work {
    /// Applies one edit (a new `Rc<Dataset>` on any change of the draft, so the preview sees it).
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Text(t) => self.text = t,
            Edit::Draft => {
                let d = draft(&self.text);
                self.source = self.text.clone();
                self.draft = Some(Rc::new(d.dataset));
                self.unread = d.unread.into();
                self.excluded.clear();
                self.labels.clear();
            }
            Edit::Label { id, lang, text } => self.change(|w, d| {
                let key = if lang == Lang::Zh { "zh" } else { "en" };
                w.labels.insert((id.clone(), key), text.clone());
                if let Some(i) = d.indicators.iter_mut().find(|i| i.id == id) {
                    match lang {
                        Lang::Zh => i.label.zh = text,
                        Lang::En => i.label.en = text,
                    }
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
        }
    }

    fn change(&mut self, f: impl FnOnce(&mut Self, &mut Dataset)) {
        if let Some(d) = self.draft.clone() {
            let mut d = (*d).clone();
            f(self, &mut d);
            self.draft = Some(Rc::new(d));
        }
    }

    /// The person's edits as saved in the browser, one a line: `x\tid` (left out),
    /// `h\tid\tid…` (the headline, in order), `zh|en\tid\tlabel`. Empty before a draft.
    pub fn saved_edits(&self) -> String {
        let Some(d) = &self.draft else {
            return String::new();
        };
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        let mut lines = vec![format!(
            "h\t{}",
            d.headline
                .iter()
                .map(|h| clean(h))
                .collect::<Vec<_>>()
                .join("\t")
        )];
        lines.extend(self.excluded.iter().map(|id| format!("x\t{}", clean(id))));
        lines.extend(
            self.labels
                .iter()
                .map(|((id, lang), text)| format!("{lang}\t{}\t{}", clean(id), clean(text))),
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
                match (parts.next(), parts.next(), parts.next()) {
                    (Some("x"), Some(id), _) => w.apply(Edit::Include {
                        id: id.into(),
                        on: false,
                    }),
                    (Some(lang @ ("zh" | "en")), Some(id), Some(text)) => w.apply(Edit::Label {
                        id: id.into(),
                        lang: if lang == "zh" { Lang::Zh } else { Lang::En },
                        text: text.into(),
                    }),
                    (Some("h"), _, _) => {
                        let ids: Vec<Rc<str>> = line
                            .split('\t')
                            .skip(1)
                            .filter(|s| !s.is_empty())
                            .map(Rc::from)
                            .collect();
                        w.change(|_, d| d.headline = ids);
                    }
                    _ => {}
                }
            }
        }
        w.text = text.into();
        w
    }

    /// The dataset to publish: the draft without the excluded figures, and without any
    /// reference to them (headline, part_of, derived.from, note refs), so it still checks.
    pub fn output(&self) -> Option<Dataset> {
        let mut d = (**self.draft.as_ref()?).clone();
        let out = |id: &Rc<str>| self.excluded.contains(id);
        d.indicators.retain(|i| !out(&i.id));
        d.headline.retain(|h| !out(h));
        for i in &mut d.indicators {
            if i.part_of.as_ref().is_some_and(out) {
                i.part_of = None;
            }
            if let Some(derived) = &mut i.derived {
                derived.from.retain(|f| !out(f));
            }
        }
        for n in &mut d.notes {
            n.refs.retain(|r| !out(r));
        }
        Some(d)
    }
}

/// What `shuka check` says about `data`, as the file would be written: parse and validate
/// the JSON the download holds, so the editor and the checker can never disagree.
pub fn check(data: &Dataset) -> Vec<Issue> {
    match shuka::parse::parse_dataset(&shuka::write::dataset_json(data)) {
        Ok(_) => Vec::new(),
        Err(e) => e.issues().to_vec(),
    }
}

/// The id of the indicator an issue's path names (`indicators[3].label.zh` → the fourth
/// indicator's id), or `None` for issues about the dataset as a whole.
pub fn issue_target<'d>(data: &'d Dataset, path: &str) -> Option<&'d str> {
    let rest = path.strip_prefix("indicators[")?;
    let n: usize = rest.split(']').next()?.parse().ok()?;
    data.indicators.get(n).map(|i| &*i.id)
}

/// The two lines a newsroom pastes, with the dataset inline. `</` is written `<\/` (the same
/// string to JSON) so no text of the article can close the script element early.
pub fn embed_snippet(json: &str) -> String {
    format!(
        "<div data-shuka><script type=\"application/json\">{}</script></div>\n\
         <script type=\"module\" src=\"shuka.js\" fetchpriority=\"low\"></script>\n",
        json.trim_end().replace("</", "<\\/")
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

    fn drafted() -> Work {
        let mut w = Work::default();
        w.apply(Edit::Text(REPORT.into()));
        w.apply(Edit::Draft);
        w
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
        w.apply(Edit::Label {
            id: id.clone(),
            lang: Lang::En,
            text: "Test label".into(),
        });
        let out = w.output().unwrap();
        assert_eq!(&*out.indicator(&id).unwrap().label.en, "Test label");
        w.apply(Edit::Label {
            id: id.clone(),
            lang: Lang::Zh,
            text: "".into(),
        });
        let out = w.output().unwrap();
        let issues = check(&out);
        assert!(!issues.is_empty());
        assert!(issues
            .iter()
            .all(|i| issue_target(&out, &i.path) == Some(&*id)));
    }

    #[test]
    fn excluding_a_figure_removes_it_and_every_reference_to_it() {
        let mut w = drafted();
        let ids: Vec<Rc<str>> = w
            .draft
            .as_ref()
            .unwrap()
            .indicators
            .iter()
            .map(|i| i.id.clone())
            .collect();
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
        let ids: Vec<Rc<str>> = w
            .draft
            .as_ref()
            .unwrap()
            .indicators
            .iter()
            .map(|i| i.id.clone())
            .collect();
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
    fn a_reload_finds_the_same_work() {
        let mut w = drafted();
        let ids: Vec<Rc<str>> = w
            .draft
            .as_ref()
            .unwrap()
            .indicators
            .iter()
            .map(|i| i.id.clone())
            .collect();
        w.apply(Edit::Include {
            id: ids[1].clone(),
            on: false,
        });
        w.apply(Edit::Headline {
            id: ids[3].clone(),
            on: true,
        });
        w.apply(Edit::Label {
            id: ids[0].clone(),
            lang: Lang::En,
            text: "New\tlabel".into(),
        });
        w.apply(Edit::Label {
            id: ids[2].clone(),
            lang: Lang::Zh,
            text: "".into(),
        });
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
    }
}
