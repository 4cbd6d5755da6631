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
    let (check, message) = match slip {
        Slip::NoSuchDate => (
            Check::InvalidDate,
            tr!(
                lang,
                msg::TOML_NO_SUCH_DATE,
                detail = no_such_date(lang, first_line)
            ),
        ),
        _ => (
            Check::TomlSyntax,
            tr!(lang, msg::INVALID_TOML, detail = first_line),
        ),
    };
    Diagnostic::new(check, id, span, message).help(slip.hint(lang))
}

/// What is wrong with a date, from toml's "invalid date, expected day between 01 and
/// 28": said in `lang` when toml's words are the known ones, else toml's words.
fn no_such_date(lang: Lang, first_line: &str) -> String {
    let days = first_line
        .split_once("expected day between 01 and ")
        .map(|(_, n)| n.trim())
        .filter(|n| n.len() == 2 && n.bytes().all(|b| b.is_ascii_digit()));
    match days {
        Some(days) => tr!(lang, msg::DAYS_IN_MONTH, days = days),
        None if first_line.contains("expected month between 01 and 12") => {
            tr!(lang, msg::MONTHS_IN_YEAR)
        }
        None => first_line.to_string(),
    }
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

    #[track_caller]
    fn date_case(text: &str, lang: Lang, expected: &str) {
        let e = crate::document::parse(text).unwrap_err();
        let d = diagnostic(FileId(0), text, Span::FILE, e.message(), lang);
        assert_eq!(d.check, Check::InvalidDate, "{text:?}");
        assert_eq!(d.message, expected, "{text:?}");
    }

    #[test]
    fn a_date_that_does_not_exist_is_said_plainly() {
        date_case(
            "d = 2023-02-29\n",
            Lang::Vi,
            "ngày này không có trong lịch: tháng này chỉ có 28 ngày",
        );
        date_case(
            "d = 2024-02-30\n",
            Lang::Vi,
            "ngày này không có trong lịch: tháng này chỉ có 29 ngày",
        );
        date_case(
            "d = 2024-04-31\n",
            Lang::En,
            "this date does not exist: that month has 30 days",
        );
        date_case(
            "d = 2024-13-01\n",
            Lang::Vi,
            "ngày này không có trong lịch: tháng chỉ từ 01 đến 12",
        );
    }
}
