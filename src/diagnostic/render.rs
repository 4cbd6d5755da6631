//! The one renderer of diagnostics: rustc-style text for people, JSON for machines.
//!
//! We write this by hand rather than through a snippet crate because all we need is one
//! line of context and a caret, aligned by display width so that NFD text (combining
//! marks, width 0) and wide characters line up under the caret.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::{Diagnostic, Severity};
use crate::i18n::{self, Lang};
use crate::source::{Excerpt, SourceMap};
use crate::style::Style;
use crate::text::visible;

/// The line a diagnostic points to: taken by the loader, else from the file's text.
fn excerpt<'d>(sources: &SourceMap, d: &'d Diagnostic) -> Cow<'d, Excerpt> {
    match &d.excerpt {
        Some(e) => Cow::Borrowed(e),
        None => Cow::Owned(sources.get(d.file).excerpt_hiding(d.span, d.redact)),
    }
}

/// Render one diagnostic the way rustc does, with the words of `lang` around it (the
/// message and help were worded in it when the diagnostic was made; the check name is
/// the same in every language).
pub fn human(sources: &SourceMap, d: &Diagnostic, style: &Style, lang: Lang) -> String {
    let file = sources.get(d.file);
    let excerpt = excerpt(sources, d);
    let (line, col) = (excerpt.line, excerpt.column);
    let sev_style = match d.severity {
        Severity::Error => style.error(),
        Severity::Warning => style.warning(),
        Severity::Note => style.note(),
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{}",
        sev_style.paint(&format!("{}[{}]", d.severity.word(lang), d.check.name())),
        style.bold().paint(&format!(": {}", visible(&d.message))),
    );
    let gutter = " ".repeat(line.to_string().len());
    let bar = style.gutter().paint("|");
    let _ = writeln!(
        out,
        "{gutter}{} {}:{line}:{col}",
        style.gutter().paint("-->"),
        file.path.display()
    );
    if let Some(text) = &excerpt.text {
        let (shown, before, under) = window(text, excerpt.start, excerpt.end);
        let carets = "^".repeat(under.width().max(1));
        let _ = writeln!(out, "{gutter} {bar}");
        let _ = writeln!(
            out,
            "{} {bar} {}",
            style.gutter().paint(&line.to_string()),
            shown
        );
        let label = d
            .label
            .as_deref()
            .map(|l| format!(" {}", visible(l)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{gutter} {bar} {}{}",
            " ".repeat(before.width()),
            sev_style.paint(&format!("{carets}{label}"))
        );
    }
    if let Some(help) = &d.help {
        let _ = writeln!(out, "{gutter} {bar}");
        let _ = writeln!(
            out,
            "{gutter} = {}: {}",
            style.bold().paint(i18n::HELP_PREFIX.text(lang)),
            visible(help)
        );
    }
    out
}

/// One diagnostic on one line: `file:line:col: message [check]`, for lists of them.
pub fn one_line(sources: &SourceMap, d: &Diagnostic) -> String {
    let e = excerpt(sources, d);
    format!(
        "{}:{}:{}: {} [{}]",
        sources.path(d.file).display(),
        e.line,
        e.column,
        visible(&d.message),
        d.check.name()
    )
}

/// Lines longer than this many characters are shown as a window around the span.
const MAX_SHOWN: usize = 160;

/// The line as shown, the part before the span and the span, all as displayed: tabs as
/// spaces, and a long line cut to a window around the span with `…` at the cuts.
fn window(text: &str, start: usize, end: usize) -> (String, String, String) {
    let chars_before = text[..start].chars().count();
    let chars_total = text.chars().count();
    if chars_total <= MAX_SHOWN {
        return (
            display(text),
            display(&text[..start]),
            display(&text[start..end]),
        );
    }
    let from = chars_before.saturating_sub(40);
    let span_chars = text[start..end].chars().count().min(MAX_SHOWN - 40);
    let to = (chars_before + span_chars + 40).min(chars_total).max(from);
    let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(i, _)| i);
    let (from_b, to_b) = (byte(from), byte(to));
    let lead = if from > 0 { "…" } else { "" };
    let tail = if to < chars_total { "…" } else { "" };
    let under_end = byte(chars_before + span_chars).min(end).max(start);
    (
        format!("{lead}{}{tail}", display(&text[from_b..to_b])),
        format!("{lead}{}", display(&text[from_b..start])),
        display(&text[start..under_end]),
    )
}

/// Tabs shown as one space, so that the caret line's width arithmetic holds, and control
/// characters as escapes (a line of a file is shown, never obeyed).
fn display(s: &str) -> String {
    visible(&s.replace('\t', " ")).into_owned()
}

/// The `kpi check --format json` document.
#[derive(Serialize)]
pub struct Report<'a> {
    pub files: usize,
    pub plans: usize,
    pub tasks: usize,
    pub errors: usize,
    pub warnings: usize,
    pub diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
pub struct JsonDiagnostic<'a> {
    pub check: &'static str,
    pub severity: &'static str,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<&'a str>,
}

pub fn json<'a>(sources: &SourceMap, d: &'a Diagnostic) -> JsonDiagnostic<'a> {
    let Excerpt { line, column, .. } = *excerpt(sources, d);
    JsonDiagnostic {
        check: d.check.name(),
        severity: d.severity.as_str(),
        file: sources.path(d.file).display().to_string(),
        line,
        column,
        message: &d.message,
        help: d.help.as_deref(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Check;
    use crate::source::{SourceFile, Span};
    use unicode_normalization::UnicodeNormalization;

    fn render(text: &str, needle: &str) -> String {
        render_in(Lang::En, text, needle)
    }

    fn render_in(lang: Lang, text: &str, needle: &str) -> String {
        let mut map = SourceMap::default();
        let id = map.add(SourceFile::new("p.toml".into(), text.into()));
        let start = text.find(needle).unwrap();
        let d = Diagnostic::new(
            Check::UnknownUnit,
            id,
            Span::new(start..start + needle.len()),
            "unknown unit",
        )
        .label("here")
        .help("did you mean `VP`?");
        human(&map, &d, &Style::plain(), lang)
    }

    #[test]
    fn caret_sits_under_the_span() {
        let out = render("[[task]]\nlead = [\"Văn phòng\", \"XY\"]\n", "\"XY\"");
        let expected = "\
error[unknown-unit]: unknown unit
 --> p.toml:2:22
  |
2 | lead = [\"Văn phòng\", \"XY\"]
  |                      ^^^^ here
  |
  = help: did you mean `VP`?
";
        assert_eq!(out, expected);
    }

    #[test]
    fn the_words_around_the_message_are_in_the_run_language() {
        let out = render_in(Lang::Vi, "lead = [\"XY\"]\n", "\"XY\"");
        let expected = "\
lỗi[unknown-unit]: unknown unit
 --> p.toml:1:9
  |
1 | lead = [\"XY\"]
  |         ^^^^ here
  |
  = gợi ý: did you mean `VP`?
";
        assert_eq!(out, expected);
    }

    #[test]
    fn nfd_text_aligns_like_nfc() {
        let nfc = "lead = [\"Văn phòng Sở\", \"XY\"]\n";
        let nfd: String = nfc.nfd().collect();
        let caret_col = |out: &str| out.lines().nth(4).unwrap().find('^').unwrap();
        assert_eq!(
            caret_col(&render(nfc, "\"XY\"")),
            caret_col(&render(&nfd, "\"XY\""))
        );
    }
}
