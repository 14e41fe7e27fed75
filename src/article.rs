//! The article's text as paragraphs, with the print layout's mid-word breaks rejoined.

/// Splits the article into paragraphs, rejoining lines the print layout broke mid-sentence.
/// The drafter's reading ([`crate::draft::text::paragraphs`]), so the page and the drafter
/// see the same paragraphs.
pub fn paragraphs(text: &str) -> Vec<String> {
    crate::draft::text::paragraphs(text)
        .into_iter()
        .map(|p| p.text)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejoins_print_breaks_only() {
        let text = "标题\n\n【一】小标题\n\n他说,省级服\n\n务型制造企业。\n\n第二段。\n";
        assert_eq!(
            paragraphs(text),
            [
                "标题",
                "【一】小标题",
                "他说,省级服务型制造企业。",
                "第二段。"
            ]
        );
    }
}
