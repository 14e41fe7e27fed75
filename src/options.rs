//! The host element's `data-*` options, and the nearest one to a misspelled name.

/// Every `data-*` attribute the widget reads from its host element.
pub const OPTIONS: [&str; 6] = [
    "data-shuka",
    "data-src",
    "data-view",
    "data-lang",
    "data-theme",
    "data-rise",
];

/// Levenshtein distance between two names, by bytes (attribute names are ASCII in practice,
/// and bytes keep UTF-8 decoding out of the wasm).
fn distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

/// The console warning for a host attribute, when it is a `data-*` option the widget does
/// not know (`data-scr`): it names the attribute and the nearest known option, since a
/// mistyped `data-src` would otherwise show this article's figures without a word.
pub fn unknown(attribute: &str) -> Option<String> {
    if !attribute.starts_with("data-") || OPTIONS.contains(&attribute) {
        return None;
    }
    let mut nearest = (usize::MAX, "");
    for option in OPTIONS {
        nearest = nearest.min((distance(attribute, option), option));
    }
    Some(
        [
            "shuka: ",
            attribute,
            " is not an option; did you mean ",
            nearest.1,
            "?",
        ]
        .concat(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelled_option_names_the_nearest_known_one() {
        assert_eq!(
            unknown("data-scr").as_deref(),
            Some("shuka: data-scr is not an option; did you mean data-src?")
        );
        assert!(unknown("data-veiw")
            .unwrap()
            .ends_with("did you mean data-view?"));
        assert!(unknown("data-thme").unwrap().ends_with("data-theme?"));
        assert!(unknown("data-language").unwrap().ends_with("data-lang?"));
        for known in OPTIONS {
            assert_eq!(unknown(known), None, "{known}");
        }
        assert_eq!(unknown("class"), None, "not a data-* attribute");
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
    }
}
