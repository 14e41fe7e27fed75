//! index.html is the article: every paragraph verbatim (print breaks rejoined), and the
//! widget embedded after the economic overview with the README's snippet.

const ARTICLE: &str = include_str!("../data/article.txt");
const PAGE: &str = include_str!("../index.html");
const README: &str = include_str!("../README.md");

#[test]
fn every_paragraph_is_on_the_page_verbatim() {
    let paras = shuka::article::paragraphs(ARTICLE);
    assert_eq!(
        paras.len(),
        24,
        "title, subtitle, 4 section heads, 17 paragraphs, byline"
    );
    for p in &paras {
        assert!(PAGE.contains(p.as_str()), "missing from index.html: {p}");
    }
    assert!(PAGE.contains(r#"<html lang="zh-CN">"#));
    assert!(PAGE.contains(r#"<time datetime="2024-08-21">2024年8月21日</time>"#));
}

#[test]
fn the_widget_follows_the_economic_overview() {
    let overview = PAGE.find("今年上半年,高新区上下").unwrap();
    let widget = PAGE.find("<div data-shuka").unwrap();
    let next_head = PAGE.find("【成绩斐然】").unwrap();
    assert!(overview < widget && widget < next_head);
}

#[test]
fn the_page_embeds_with_the_readme_snippet() {
    for line in [
        r#"<script type="module" src="shuka.js" fetchpriority="low"></script>"#,
        "<div data-shuka",
    ] {
        assert!(PAGE.contains(line) && README.contains(line), "{line}");
    }
}
