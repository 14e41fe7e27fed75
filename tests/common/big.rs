//! A big dataset for the 5 MB test (tests/robustness.rs) and its timing (examples/parse_bench.rs).

/// The default dataset's indicators repeated, with fresh ids, to over 5 MB. The first copy
/// keeps its ids, so the headline, projects and notes still resolve.
pub fn five_megabytes(dataset: &str) -> String {
    let start = dataset.find("\"indicators\": [").unwrap() + "\"indicators\": [".len();
    let end = dataset.find("\"projects\": [").unwrap();
    let body = dataset[start..end]
        .trim_end()
        .trim_end_matches(',')
        .trim_end()
        .trim_end_matches(']');
    let mut parts = vec![body.to_string()];
    let mut n = 0;
    while parts.iter().map(String::len).sum::<usize>() < 5_000_000 {
        parts.push(
            body.replace("\"id\": \"", &format!("\"id\": \"c{n}-"))
                .replace("\"part_of\": \"", &format!("\"part_of\": \"c{n}-"))
                .replace("\"from\": [\"annual", &format!("\"from\": [\"c{n}-annual")),
        );
        n += 1;
    }
    format!(
        "{}{}],\n  {}",
        &dataset[..start],
        parts.join(","),
        &dataset[end..]
    )
}

/// The default dataset's projects repeated, with fresh ids and names, to `n` projects (a
/// derived project's amount left out: its sources keep their first ids).
#[allow(dead_code)] // examples/parse_bench.rs reads only the first
pub fn many_projects(dataset: &str, n: usize) -> String {
    let start = dataset.find("\"projects\": [").unwrap() + "\"projects\": [".len();
    let end = start + dataset[start..].find("\n  ]").unwrap();
    let body = &dataset[start..end];
    let items: Vec<&str> = body.split("\n    },").collect();
    let mut out = Vec::new();
    for i in 0.. {
        for item in &items {
            if out.len() >= n {
                return format!("{}{}{}", &dataset[..start], out.join(","), &dataset[end..]);
            }
            let mut p = item.trim_end().trim_end_matches('}').trim_end().to_string();
            if i > 0 {
                p = p
                    .replacen("\"id\": \"", &format!("\"id\": \"p{i}-"), 1)
                    .replacen("\"zh\": \"", &format!("\"zh\": \"{i}"), 1);
                if p.contains("\"derived\"") {
                    continue;
                }
            }
            out.push(format!("{p}\n    }}"));
        }
    }
    unreachable!()
}
