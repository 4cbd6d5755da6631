//! Entry points of the fuzz targets (fuzz/fuzz_targets/), shared with the regression tests
//! that replay their inputs (tests/fuzz_regressions.rs). Not used by the kpi binary.
//! Each panics only on a broken invariant, which is what a fuzzer should find.

use std::path::Path;

use chrono::NaiveDate;

use crate::schedule::{self, Calendar, Rules};

/// The registry beside the fuzzed plan.
pub const UNITS: &str = "[org]\nid = \"f\"\nname = \"Sở Y tế\"\n\n[[unit]]\ncode = \"VP\"\nname = \"Văn phòng Sở\"\n\n[[unit]]\ncode = \"CDC\"\n\n[[group]]\ncode = \"DV\"\nmembers = [\"CDC\"]\n";

/// A phrase with a plan period and a report day taken from the first three bytes; read
/// and resolved with and without the holiday calendar. Invariants: occurrences inside
/// the period (a recurrence's deadline in the following period excepted), due days not
/// before last days, windows not after them, keys unique, error spans inside the text.
pub fn phrase(data: &[u8]) {
    let (head, text) = data.split_at(data.len().min(3));
    let year = 1990 + i32::from(head.first().copied().unwrap_or(0) % 60);
    let span = i32::from(head.get(1).copied().unwrap_or(0) % 4);
    let report_day = head.get(2).map(|b| u32::from(b % 29)).filter(|&d| d > 0);
    let text = String::from_utf8_lossy(text);
    let (Some(from), Some(to)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year + span, 12, 31),
    ) else {
        return;
    };
    for calendar in [Calendar::none(), Calendar::vietnam(&[], &[], true)] {
        let rules = Rules {
            calendar: &calendar,
            report_day,
        };
        if let Ok(s) = schedule::schedule(&text, (from, to), &rules) {
            let mut keys = std::collections::HashSet::new();
            for o in &s.occurrences {
                // Only a recurrence's deadline in the following period falls after the
                // plan's end (DESIGN.md 4.1); nothing falls before its start.
                assert!(o.last_day >= from, "{text:?}: {o:?}");
                assert!(o.last_day <= to || o.recurring, "{text:?}: {o:?}");
                assert!(o.due >= o.last_day, "{text:?}: {o:?}");
                assert!(o.start.is_none_or(|st| st <= o.last_day), "{text:?}: {o:?}");
                assert!(keys.insert(o.key.as_str()), "{text:?}: key {} twice", o.key);
            }
        }
        // An error points inside the phrase, at a character boundary.
        if let Err(e) = schedule::phrase::parse(&text) {
            let (a, b) = (e.span.0 as usize, e.span.1 as usize);
            assert!(
                a <= b && text.get(a..b).is_some(),
                "{text:?}: span {a}..{b}"
            );
        }
    }
}

/// One plan file (and, after a `---progress---` line, its progress file) in `dir`, which
/// holds `UNITS` as units.toml: loaded, every diagnostic rendered both ways, statuses
/// computed.
pub fn loader(dir: &Path, data: &[u8]) {
    let marker = b"\n---progress---\n";
    let (plan, progress) = match data.windows(marker.len()).position(|w| w == marker) {
        Some(i) => (&data[..i], Some(&data[i + marker.len()..])),
        None => (data, None),
    };
    std::fs::write(dir.join("p.toml"), plan).expect("the fuzz folder is writable");
    match progress {
        Some(p) => {
            std::fs::write(dir.join("p.progress.toml"), p).expect("the fuzz folder is writable")
        }
        None => {
            let _ = std::fs::remove_file(dir.join("p.progress.toml"));
        }
    }
    let today = NaiveDate::from_ymd_opt(2024, 6, 10).expect("a date");
    // Both languages, one input in two: the wording differs, the code paths must not.
    let lang = match data.len() % 2 {
        0 => crate::i18n::Lang::Vi,
        _ => crate::i18n::Lang::En,
    };
    let loaded =
        crate::load::load(&[dir.to_path_buf()], None, today, lang).expect("the folder exists");
    let mut sources = loaded.sources;
    for d in &loaded.diagnostics {
        sources.reload(d.file);
    }
    for d in &loaded.diagnostics {
        let _ = crate::diagnostic::render::human(&sources, d, &crate::style::Style::plain(), lang);
        let _ = crate::diagnostic::render::json(&sources, d);
    }
    let _ = crate::status::entries(&loaded.repo, today, 14);
}

/// TOML text parsed both ways (`crate::document`): what the fast way accepts, toml accepts
/// too, into the same tree.
pub fn document(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(e) = crate::document::disagreement(text) {
        panic!("{e}");
    }
}
