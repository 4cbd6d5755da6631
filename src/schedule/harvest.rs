//! The table of real phrases (harvest.tsv): deadline phrases collected from public
//! plans, reporting regulations and their English translations, each with its source
//! and the reading checked by hand against DESIGN.md sections 4 and 4.1. One case a line;
//! last days are compared before the working-day roll, so that a change in the holiday
//! tables does not move them.

use chrono::NaiveDate;

use super::*;

const TABLE: &str = include_str!("harvest.tsv");

/// A schedule as the table writes it: `kind: key=last ...`, ` +request`, ` !outside keys`,
/// ` ?unknown keys`.
fn brief(s: &Schedule) -> String {
    use std::fmt::Write as _;
    let mut out = format!("{}:", s.kind.as_str());
    for o in &s.occurrences {
        let _ = write!(out, " {}={}", o.key, o.last_day);
    }
    if s.on_request {
        out.push_str(" +request");
    }
    if !s.outside.is_empty() {
        out.push_str(" !outside");
        for o in &s.outside {
            let _ = write!(out, " {}", o.key);
        }
    }
    if !s.unknown.is_empty() {
        out.push_str(" ?unknown");
        for k in &s.unknown {
            let _ = write!(out, " {k}");
        }
    }
    out
}

/// `2025`, `2024-07-01..2025-06-30`, `2021-01-01..2025-12-31 issued 2022-07-13`.
fn period(p: &str) -> (NaiveDate, NaiveDate, Option<NaiveDate>) {
    let (range, issued) = match p.split_once(" issued ") {
        Some((r, i)) => (r, Some(i.parse().expect("an issue date"))),
        None => (p, None),
    };
    let (from, to) = phrase::forms::example_period(range).expect("a plan period");
    (from, to, issued)
}

#[test]
fn real_phrases_read_as_checked_by_hand() {
    let calendar = Calendar::vietnam(&[], &[], true);
    let rules = Rules {
        calendar: &calendar,
        report_day: None,
    };
    let mut wrong = Vec::new();
    let mut cases = 0;
    for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [n, text, plan, reading, source, ..] = cols[..] else {
            panic!("a case has at least five columns: {line}");
        };
        assert!(source.starts_with("http"), "case {n} names its source");
        cases += 1;
        let (from, to, issued) = period(plan);
        let got = match schedule(text, (from, to), &rules) {
            Ok(s) => {
                let s = issued.and_then(|d| s.since(d)).unwrap_or(s);
                brief(&s)
            }
            Err(e) => format!("error: {}", e.label(crate::i18n::Lang::En)),
        };
        if got != reading {
            wrong.push(format!(
                "{n} {text:?} in {plan}\n  want {reading}\n  got  {got}"
            ));
        }
    }
    assert!(cases >= 150, "{cases} cases");
    assert!(
        wrong.is_empty(),
        "{} of {cases} differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
