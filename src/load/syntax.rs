//! A TOML syntax error as a diagnostic: toml's own words, wrapped, and a hint of kpi's.
//!
//! The toml crate reports in English ("invalid basic string, expected `"`"), for people
//! who know the format. The people who edit plans are office staff: kpi keeps toml's
//! words (they are exact, and searchable) behind "TOML không hợp lệ:" and adds, for the
//! slips people make most (a quote left open, a missing `=`, a key written twice, Word's
//! curly quotes), a hint in the run's language. `Slip::of` reads toml's first line; the
//! tests below feed it toml's real messages, so a toml upgrade that rewords them fails
//! there and not silently in front of a user.

use crate::diagnostic::{Check, Diagnostic};
use crate::i18n::{Lang, checks as msg};
use crate::source::{FileId, Span};
use crate::tr;

/// The slip behind a syntax error, as far as toml's message tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slip {
    /// A date that is not a day of the calendar (2023-02-30): its own check.
    NoSuchDate,
    UnclosedString,
    Unquoted,
    /// A value opened with “ or ‘ (Word's quotes) rather than `"`.
    CurlyQuotes,
    MissingEquals,
    DuplicateKey,
    /// A `[`, `[[` or `{` not closed: the opening and closing characters.
    Unclosed(char, char),
    Escape,
    OnePerLine,
    Other,
}

impl Slip {
    /// `first_line` is toml's message; `at` the text from the error's span on.
    fn of(first_line: &str, at: &str) -> Slip {
        let has = |s: &str| first_line.contains(s);
        if has("invalid date") {
            Slip::NoSuchDate
        } else if has("duplicate key") {
            Slip::DuplicateKey
        } else if has("must be quoted") && at.starts_with(['“', '”', '‘', '’', '„']) {
            Slip::CurlyQuotes
        } else if has("must be quoted") {
            Slip::Unquoted
        } else if has("escape") {
            Slip::Escape
        } else if has("string") {
            Slip::UnclosedString
        } else if has("unclosed inline table") {
            Slip::Unclosed('{', '}')
        } else if has("unclosed") {
            Slip::Unclosed('[', ']')
        } else if has("expected `=`") {
            Slip::MissingEquals
        } else if has("expected newline") {
            Slip::OnePerLine
        } else {
            Slip::Other
        }
    }

    fn hint(self, lang: Lang) -> String {
        match self {
            Slip::NoSuchDate => tr!(lang, msg::TOML_NO_SUCH_DATE_HELP),
            Slip::UnclosedString => tr!(lang, msg::HINT_UNCLOSED_STRING),
            Slip::Unquoted => tr!(lang, msg::HINT_UNQUOTED),
            Slip::CurlyQuotes => tr!(lang, msg::HINT_CURLY_QUOTES),
            Slip::MissingEquals => tr!(lang, msg::HINT_EQUALS),
            Slip::DuplicateKey => tr!(lang, msg::HINT_DUPLICATE_KEY),
            Slip::Unclosed(open, close) => {
                tr!(lang, msg::HINT_UNCLOSED, open = open, close = close)
            }
            Slip::Escape => tr!(lang, msg::HINT_ESCAPE),
            Slip::OnePerLine => tr!(lang, msg::HINT_ONE_PER_LINE),
            Slip::Other => tr!(lang, msg::HINT_FORMAT),
        }
    }
}

/// The diagnostic of toml's error `message` at `span` of `text`.
pub(super) fn diagnostic(
    id: FileId,
    text: &str,
    span: Span,
    message: &str,
    lang: Lang,
) -> Diagnostic {
    let first_line = message
        .lines()
        .next()
        .unwrap_or(message)
        .trim_end_matches('.');
    let at = text.get(span.start as usize..).unwrap_or_default();
    let slip = Slip::of(first_line, at);
    let (check, wording) = match slip {
        Slip::NoSuchDate => (Check::InvalidDate, msg::TOML_NO_SUCH_DATE),
        _ => (Check::TomlSyntax, msg::INVALID_TOML),
    };
    Diagnostic::new(check, id, span, tr!(lang, wording, detail = first_line)).help(slip.hint(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The slip kpi reads in toml's real error for `text`.
    #[track_caller]
    fn case(text: &str, expected: Slip) {
        let e = match crate::document::parse(text) {
            Ok(_) => panic!("{text:?} parses"),
            Err(e) => e,
        };
        let start = e.span().map_or(0, |s| s.start);
        let first = e.message().lines().next().unwrap_or_default();
        assert_eq!(
            Slip::of(first, &text[start..]),
            expected,
            "{text:?}: toml said {first:?}"
        );
    }

    #[test]
    fn the_common_slips_are_recognised_in_tomls_own_words() {
        case("id = \"p\ntitle = \"x\"\n", Slip::UnclosedString);
        case("id = 'p\n", Slip::UnclosedString);
        case("title = \"\"\"abc\n", Slip::UnclosedString);
        case("id = p\n", Slip::Unquoted);
        case("title = Kế hoạch\n", Slip::Unquoted);
        case("id = “p”\n", Slip::CurlyQuotes);
        case("id \"p\"\n", Slip::MissingEquals);
        case("ten nhiem vu = \"a\"\n", Slip::MissingEquals);
        case("id = \"p\"\nid = \"q\"\n", Slip::DuplicateKey);
        case("[plan]\n[plan]\n", Slip::DuplicateKey);
        case("[plan\nid = \"p\"\n", Slip::Unclosed('[', ']'));
        case("id = [\"a\", \"b\"\n", Slip::Unclosed('[', ']'));
        case("p = {a = 1\n", Slip::Unclosed('{', '}'));
        case("path = \"C:\\quy\"\n", Slip::Escape);
        case("id = \"a\" \"b\"\n", Slip::OnePerLine);
        case("issued = 2023-02-30\n", Slip::NoSuchDate);
        case("issued = 2023-13-01\n", Slip::NoSuchDate);
        case("id = 1.2.3\n", Slip::Other);
    }

    #[test]
    fn tomls_words_are_kept_behind_the_runs_own() {
        let text = "[plan]\nid = \"p\nyear = 2024\n";
        let e = crate::document::parse(text).unwrap_err();
        let span = e.span().map_or(Span::FILE, Span::new);
        let vi = diagnostic(FileId(0), text, span, e.message(), Lang::Vi);
        let en = diagnostic(FileId(0), text, span, e.message(), Lang::En);
        assert_eq!(
            vi.message,
            "TOML không hợp lệ: invalid basic string, expected `\"`"
        );
        assert_eq!(
            en.message,
            "invalid TOML: invalid basic string, expected `\"`"
        );
        assert!(vi.help.unwrap().contains("chưa đóng"));
        assert_eq!(vi.check, Check::TomlSyntax);
    }
}
