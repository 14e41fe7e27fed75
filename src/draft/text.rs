//! The article's text as the drafter reads it: HTML stripped, print-layout line breaks
//! joined, paragraphs marked as headings or body, sentences and clauses.

/// A paragraph of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Para {
    pub text: String,
    pub heading: bool,
}

/// Plain text from what a newsroom pastes: HTML loses its tags (block tags become line
/// breaks, scripts and styles their contents) and its common entities.
pub fn plain(input: &str) -> String {
    let looks_html = input.contains("</") || input.contains("<br") || input.contains("<p");
    let text = if looks_html {
        strip_tags(input)
    } else {
        input.to_string()
    };
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(close) = after.find('>') else {
            out.push_str(after);
            rest = "";
            break;
        };
        let tag = after[1..close].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &after[close + 1..];
        if (name == "script" || name == "style") && !after[1..].starts_with('/') {
            let end = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = lower.find(&end).map_or("", |i| &rest[i..]);
            continue;
        }
        if matches!(
            name.as_str(),
            "p" | "br"
                | "div"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "li"
                | "tr"
                | "section"
                | "article"
                | "header"
                | "footer"
                | "blockquote"
                | "table"
        ) {
            out.push('\n');
        }
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&ldquo;", "“")
        .replace("&rdquo;", "”")
        .replace("&amp;", "&")
}

/// Characters that end a sentence.
pub fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// True when the `.` at byte `i` of `t` ends a sentence written in ASCII punctuation
/// (…春日时光.全市…): not a decimal point (1.35), a section number (1.) or part of a name
/// or an address (www.gov.cn).
fn ascii_stop(t: &str, i: usize) -> bool {
    let prev = t[..i].chars().last();
    let next = t[i + 1..].chars().next();
    t[i..].starts_with('.')
        && prev.is_some_and(|c| !c.is_ascii_alphanumeric() && !c.is_whitespace())
        && !next.is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Characters that split a sentence into clauses (outside brackets).
pub fn splits_clause(c: char) -> bool {
    matches!(c, '，' | ',' | '；' | ';' | '：' | ':')
}

/// True for a line that opens a section: 【…】, 一、, （一）, (一), 1. — and short lines
/// without sentence punctuation.
pub fn is_heading(line: &str) -> bool {
    let t = line.trim();
    if t.starts_with('【') || has_section_number(t) {
        // 【…】 followed by a whole paragraph of text is a paragraph with a lead-in.
        return t.chars().count() <= 60 && !t.contains('。');
    }
    let n = t.chars().count();
    n <= 30 && !t.contains(['。', '，', ',', '；', ';']) && !t.ends_with(['。', '：', ':'])
}

/// 一、 / （一） / (一) / 1、 at the start of `t`.
fn has_section_number(t: &str) -> bool {
    let t = t
        .strip_prefix('（')
        .or_else(|| t.strip_prefix('('))
        .unwrap_or(t);
    let n = t
        .chars()
        .take_while(|&c| crate::numerals::is_numeral(c) || c.is_ascii_digit())
        .map(char::len_utf8)
        .sum::<usize>();
    n > 0 && t[n..].starts_with(['、', '）', ')', '.'])
}

/// Paragraphs with print-layout breaks joined: a long line that stops mid-sentence
/// continues on the next one (`…与郑州航空港先进制造业开发区并列全省` + `第二……`).
pub fn paragraphs(text: &str) -> Vec<Para> {
    let lines: Vec<String> = text
        .lines()
        .map(|l| {
            l.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect();
    let mut out: Vec<Para> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let mut line = lines[i].clone();
        i += 1;
        while i < lines.len() && continues(&line, &lines[i]) {
            line.push_str(&lines[i]);
            i += 1;
        }
        let heading = is_heading(&line);
        out.push(Para {
            text: line,
            heading,
        });
    }
    // The title and subtitle lines: short lines before the first sentence of the body
    // (旅游收入比2019年同期增长4.7%，文旅市场实现“开门红”), even with a comma.
    for p in out.iter_mut().take(3) {
        let short = p.text.chars().count() <= 50 && !p.text.ends_with(['。', '！', '？', '…']);
        if !short || p.text.starts_with('【') {
            break;
        }
        p.heading = true;
    }
    out
}

/// A line that stops mid-sentence, followed by one that is not a new section.
fn continues(line: &str, next: &str) -> bool {
    let last = line.chars().last().unwrap_or('。');
    let stops = ends_sentence(last)
        || matches!(last, '”' | '」' | '…' | '：' | ':' | '】' | ')')
        || last == '.' && ascii_stop(line, line.len() - 1);
    let long = line.chars().count() > 30 || line.contains(['，', ',']);
    // A 【…】 section head ends its line even with a comma in it.
    !stops
        && long
        && !line.starts_with('【')
        && !next.starts_with('【')
        && !has_section_number(next)
}

/// The sentences of a paragraph, each with its end punctuation.
pub fn sentences(para: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    for (i, c) in para.char_indices() {
        match c {
            '（' | '(' | '“' | '《' => depth += 1,
            '）' | ')' | '”' | '》' => depth = (depth - 1).max(0),
            _ => {}
        }
        if (ends_sentence(c) || c == '.' && ascii_stop(para, i)) && depth == 0 {
            let end = i + c.len_utf8();
            // 。” and ！） stay with their sentence.
            out.push(&para[start..end]);
            start = end;
        }
    }
    if start < para.len() {
        out.push(&para[start..]);
    }
    out.into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Byte ranges of the clauses of a sentence: split at ，；： outside brackets.
pub fn clauses(sentence: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    for (i, c) in sentence.char_indices() {
        match c {
            '（' | '(' | '“' | '《' => depth += 1,
            '）' | ')' | '”' | '》' => depth = (depth - 1).max(0),
            _ => {}
        }
        if (splits_clause(c) || ends_sentence(c) || c == '.' && ascii_stop(sentence, i))
            && depth == 0
        {
            // A comma between digits is a thousands separator (1,234).
            let digit_around = c == ','
                && sentence[..i].ends_with(|d: char| d.is_ascii_digit())
                && sentence[i + 1..].starts_with(|d: char| d.is_ascii_digit());
            if !digit_around {
                out.push((start, i));
                start = i + c.len_utf8();
            }
        }
    }
    if start < sentence.len() {
        out.push((start, sentence.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_loses_its_tags() {
        let t = plain(
            "<h1>标题</h1><p>全区实现GDP&nbsp;307.3亿元。</p><script>var x=1;</script><p>完</p>",
        );
        assert_eq!(
            t.lines().filter(|l| !l.is_empty()).collect::<Vec<_>>(),
            ["标题", "全区实现GDP 307.3亿元。", "完"]
        );
    }

    #[test]
    fn print_layout_breaks_are_joined() {
        let p = paragraphs(
            "【坚定信心】上半年实现GDP307.3亿元\n\n在考核评价中获评四星开发区,与郑州航空港先进制造业开发区并列全省\n\n第二……\n\n一、工业\n3家企业获评省级智能工厂,8家企业获评省级服\n务型制造企业,占全市总数的35%。",
        );
        let texts: Vec<(&str, bool)> = p.iter().map(|p| (p.text.as_str(), p.heading)).collect();
        assert_eq!(
            texts,
            [
                ("【坚定信心】上半年实现GDP307.3亿元", true),
                (
                    "在考核评价中获评四星开发区,与郑州航空港先进制造业开发区并列全省第二……",
                    false
                ),
                ("一、工业", true),
                (
                    "3家企业获评省级智能工厂,8家企业获评省级服务型制造企业,占全市总数的35%。",
                    false
                ),
            ]
        );
    }

    #[test]
    fn sentences_and_clauses() {
        let s = sentences("全区GDP增长3.1%。比全省（6.1%，上年）高1.2个百分点！末尾");
        assert_eq!(
            s,
            [
                "全区GDP增长3.1%。",
                "比全省（6.1%，上年）高1.2个百分点！",
                "末尾"
            ]
        );
        let c = "实现1,234亿元,增长5%；占比（含A，B）9%";
        let parts: Vec<&str> = clauses(c).iter().map(|&(a, b)| &c[a..b]).collect();
        assert_eq!(parts, ["实现1,234亿元", "增长5%", "占比（含A，B）9%"]);
    }

    #[test]
    fn ascii_full_stops_end_sentences() {
        let s = sentences("营地接待游客3.6万人次,增长12%.线路销售1.2万单.");
        assert_eq!(s, ["营地接待游客3.6万人次,增长12%.", "线路销售1.2万单."]);
        // a line ending in an ASCII full stop is a paragraph of its own
        let p = paragraphs("乡村游持续升温,营地接待游客3.6万人次,同比增长12%.\n住宿餐饮两旺\n");
        assert_eq!(p.len(), 2);
        assert!(p[1].heading);
        // decimals, section numbers and addresses keep their dots
        assert_eq!(sentences("1.总体情况：增长3.5%，详见www.gov.cn。").len(), 1);
    }

    #[test]
    fn headings() {
        for h in [
            "一、经济总量稳步增长",
            "（二）消费市场",
            "【民生事业】产城融合",
            "旅游市场火爆",
        ] {
            assert!(is_heading(h), "{h}");
        }
        for b in [
            "前三季度，全县实现地区生产总值286.42亿元。",
            "【民生】全年新增就业3000人，完成目标的90%。",
        ] {
            assert!(!is_heading(b), "{b}");
        }
    }
}
