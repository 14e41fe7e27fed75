//! The article's text as paragraphs, with the print layout's mid-word breaks rejoined.

/// Sentence-final punctuation: a line ending in one of these ends its paragraph.
const ENDS: &[char] = &['。', '!', '?', '！', '？', '…', '”'];

/// Splits the article into paragraphs. A prose line (one with sentence punctuation, not a
/// 【…】 section head) that does not end a sentence was broken by the print layout and
/// continues on the next non-empty line; nothing else changes.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut joining = false;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match out.last_mut() {
            Some(last) if joining => last.push_str(line),
            _ => out.push(line.to_string()),
        }
        let cur = out.last().map(String::as_str).unwrap_or_default();
        joining = cur.contains([',', '，', '。', ';', '；'])
            && !cur.starts_with('【')
            && !cur.ends_with(ENDS);
    }
    out
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
