//! The plan file's text: the layout of the hand-written plans in plans/ (a comment
//! saying where the plan comes from, `[plan]`, the `[[section]]`s, the `[[task]]`s with
//! their fields in the same order), with a `# kpi:` comment above each value kpi guessed,
//! and at the end the names the registry lacks as ready-to-paste `[[unit]]` blocks.

use std::fmt::Write as _;

use super::columns::Role;
use super::format::Format;
use super::header::{Period, PeriodSource};
use super::units::Name;
use super::{Imported, Remark, Source};
use crate::i18n::{self, Lang};
use crate::tr;

/// What the writer needs beside the plan.
pub struct Target<'a> {
    pub id: &'a str,
    /// The id was made by kpi, not given with --id.
    pub id_chosen: bool,
    /// The file name shown in the opening comment.
    pub file: &'a str,
    /// The registry the names were matched against, as shown to the user.
    pub registry: Option<&'a str>,
}

/// A TOML basic string.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    let parts: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", parts.join(", "))
}

/// A comment, wrapped at 90 columns.
fn comment(out: &mut String, text: &str) {
    let mut line = String::from("#");
    for word in text.split_whitespace() {
        if line.chars().count() + 1 + word.chars().count() > 90 && line.len() > 1 {
            out.push_str(&line);
            out.push('\n');
            line = String::from("#");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
}

pub fn role(lang: Lang, r: Role) -> &'static str {
    use crate::i18n::import::*;
    match r {
        Role::Number => ROLE_NUMBER.text(lang),
        Role::Title => ROLE_TITLE.text(lang),
        Role::Lead => ROLE_LEAD.text(lang),
        Role::Support => ROLE_SUPPORT.text(lang),
        Role::Output => ROLE_OUTPUT.text(lang),
        Role::Due => ROLE_DUE.text(lang),
        Role::Note => ROLE_NOTE.text(lang),
    }
}

pub fn kind_name(lang: Lang, f: Format) -> &'static str {
    use crate::i18n::import::*;
    match f {
        Format::Xlsx => KIND_XLSX.text(lang),
        Format::Text => KIND_TEXT.text(lang),
        _ => KIND_DOCX.text(lang),
    }
}

fn remark(lang: Lang, r: &Remark) -> Option<String> {
    use crate::i18n::import::*;
    Some(match r {
        Remark::EmptyLead {
            above: Some((number, lead)),
        } => tr!(lang, EMPTY_LEAD_ABOVE, number = number, lead = lead),
        Remark::EmptyLead { above: None } => EMPTY_LEAD.text(lang).to_string(),
        Remark::Continued => CONTINUED.text(lang).to_string(),
        Remark::SharesAbove { number } => tr!(lang, SHARES_ABOVE, number = number),
        Remark::Rejoined { name } => tr!(lang, REJOINED, name = name),
        Remark::Unknown { names } => {
            let names: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
            tr!(lang, UNKNOWN_HERE, names = names.join(", "))
        }
        Remark::UnreadableDue { why } => tr!(lang, UNREADABLE_DUE, why = why),
        Remark::Kind { kind } => tr!(lang, KIND_GUESSED, kind = kind),
        Remark::Merged { roles } => {
            let names: Vec<&str> = roles.iter().map(|r| role(lang, *r)).collect();
            tr!(lang, MERGED, roles = names.join(", "))
        }
    })
}

fn names(list_of: &[Name]) -> Vec<String> {
    list_of.iter().map(|n| n.written.clone()).collect()
}

/// The plan file.
pub fn write(plan: &Imported, target: &Target, lang: Lang) -> String {
    use crate::i18n::import::*;
    let mut out = String::new();
    let h = &plan.header;
    if let Some(t) = &h.title {
        comment(&mut out, &format!("Kế hoạch: {t}"));
        out.push_str("#\n");
    }
    comment(
        &mut out,
        &tr!(
            lang,
            FILE_HEADER,
            file = target.file,
            kind = kind_name(lang, plan.format)
        ),
    );
    out.push_str("#\n");
    match &plan.source {
        Source::Table(cols) => {
            let cols: Vec<String> = cols.iter().map(|(_, h)| format!("\"{h}\"")).collect();
            comment(
                &mut out,
                &tr!(lang, FILE_SOURCE_TABLE, columns = cols.join(", ")),
            );
        }
        Source::Body => comment(&mut out, FILE_SOURCE_BODY.text(lang)),
    }
    if let Some(part) = &h.body_duties {
        comment(&mut out, &tr!(lang, BODY_DUTIES, part = part));
    }
    if plan.no_diacritics {
        comment(&mut out, FILE_OCR.text(lang));
    }
    out.push('\n');

    out.push_str("[plan]\n");
    if target.id_chosen {
        comment(&mut out, ID_CHOSEN.text(lang));
    }
    let _ = writeln!(out, "id = {}", quote(target.id));
    if let Some(n) = &h.number {
        let _ = writeln!(out, "number = {}", quote(n));
    }
    if h.title_from_appendix {
        comment(&mut out, TITLE_FROM_APPENDIX.text(lang));
    }
    let _ = writeln!(out, "title = {}", quote(h.title.as_deref().unwrap_or("")));
    if let Some(p) = &h.place {
        let _ = writeln!(out, "place = {}", quote(p));
    }
    match h.issued {
        Some(d) => {
            let _ = writeln!(out, "issued = {d}");
        }
        None if h.place.is_some() => comment(&mut out, ISSUED_BLANK.text(lang)),
        None => {}
    }
    match plan.period_source {
        PeriodSource::Title => {}
        PeriodSource::AppendixHeading => comment(&mut out, PERIOD_APPENDIX.text(lang)),
        PeriodSource::AttachedDate => comment(&mut out, PERIOD_ATTACHED.text(lang)),
        PeriodSource::Option => comment(&mut out, PERIOD_OPTION.text(lang)),
    }
    match plan.period {
        Period::Year(y) => {
            let _ = writeln!(out, "year = {y}");
        }
        Period::Range(a, b) => {
            let _ = writeln!(out, "period = {{ from = {a}, to = {b} }}");
        }
    }
    if !h.indices.is_empty() {
        let idx: Vec<String> = h.indices.iter().map(|s| s.to_string()).collect();
        let _ = writeln!(out, "indices = {}", list(&idx));
    }
    if !h.basis.is_empty() {
        out.push_str("basis = [\n");
        for b in &h.basis {
            let _ = writeln!(out, "  {},", quote(b));
        }
        out.push_str("]\n");
    }
    if let Some(s) = &h.signer {
        let _ = writeln!(out, "signer = {}", quote(s));
    }
    if let Some(s) = &h.signer_title {
        let _ = writeln!(out, "signer_title = {}", quote(s));
    }

    for s in &plan.sections {
        out.push('\n');
        if s.made {
            comment(&mut out, SECTION_MADE.text(lang));
        }
        out.push_str("[[section]]\n");
        let _ = writeln!(out, "id = {}", quote(&s.id));
        if let Some(p) = &s.parent {
            let _ = writeln!(out, "parent = {}", quote(p));
        }
        let _ = writeln!(out, "title = {}", quote(&s.title));
        match s.index.as_slice() {
            [] => {}
            [one] => {
                let _ = writeln!(out, "index = {}", quote(one));
            }
            many => {
                let idx: Vec<String> = many.iter().map(|s| s.to_string()).collect();
                let _ = writeln!(out, "index = {}", list(&idx));
            }
        }
    }

    for t in &plan.tasks {
        out.push('\n');
        for r in &t.remarks {
            if let Some(text) = remark(lang, r) {
                comment(&mut out, &text);
            }
        }
        out.push_str("[[task]]\n");
        let _ = writeln!(out, "id = {}", quote(&t.id));
        if let Some(n) = &t.number {
            let _ = writeln!(out, "number = {}", quote(n));
        }
        if let Some(s) = &t.section {
            let _ = writeln!(out, "section = {}", quote(s));
        }
        if let Some(k) = t.kind {
            let _ = writeln!(out, "kind = {}", quote(k));
        }
        let _ = writeln!(out, "title = {}", quote(&t.title));
        let _ = writeln!(out, "lead = {}", list(&names(&t.lead)));
        if !t.support.is_empty() {
            let _ = writeln!(out, "support = {}", list(&names(&t.support)));
        }
        if let Some(o) = &t.output {
            let _ = writeln!(out, "output = {}", quote(o));
        }
        if let Some(d) = &t.due {
            let _ = writeln!(out, "due = {}", quote(d));
        }
        if let Some(n) = &t.note {
            let _ = writeln!(out, "note = {}", quote(n));
        }
    }

    if !plan.unknown.is_empty() {
        out.push('\n');
        let registry = target
            .registry
            .map_or_else(|| NO_REGISTRY.text(lang).to_string(), str::to_string);
        comment(&mut out, &tr!(lang, UNKNOWN_BLOCK, registry = registry));
        for u in &plan.unknown {
            out.push_str("#\n");
            let _ = writeln!(out, "# [[unit]]");
            let _ = writeln!(out, "# code = {}", quote(&u.code));
            let _ = writeln!(out, "# name = {}", quote(&u.name));
            let _ = writeln!(
                out,
                "# # {}",
                tr!(lang, NAMED_IN, tasks = u.tasks.join(", "))
            );
        }
    }
    let _ = i18n::date; // dates in the file are ISO: machines read them.
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_quoted_as_toml_reads_them() {
        for (s, want) in [
            ("Thường xuyên", "\"Thường xuyên\""),
            ("“Cán bộ” \"x\"", "\"“Cán bộ” \\\"x\\\"\""),
            ("a\\b", "\"a\\\\b\""),
            ("a\u{7}b", "\"a\\u0007b\""),
        ] {
            assert_eq!(quote(s), want);
            let parsed: toml::Value = toml::from_str(&format!("v = {}", quote(s))).unwrap();
            assert_eq!(parsed["v"].as_str(), Some(s));
        }
    }

    #[test]
    fn comments_wrap() {
        let mut out = String::new();
        comment(&mut out, &"từ ".repeat(40));
        assert!(
            out.lines()
                .all(|l| l.starts_with("# ") && l.chars().count() <= 90)
        );
        assert_eq!(out.lines().count(), 2);
    }
}
