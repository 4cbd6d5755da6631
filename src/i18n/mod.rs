//! Every word a person reads, in Vietnamese and English, in one place.
//!
//! A message is a `Msg`: a stable id and its text in both languages, with `{name}`
//! where an argument goes. `messages!` declares them, so that a message cannot exist in
//! one language only, and a test checks that both texts name the same arguments. Code
//! that speaks to a person writes `tr!(lang, MSG_NAME, arg = value, ...)`.
//!
//! What machines read (check names, JSON keys, CSV headers, statuses in csv/json) is not
//! here: it never changes with the language.

use std::fmt::Display;

use chrono::{Datelike, NaiveDate, Weekday};

pub use crate::cli::Lang;

/// One message in both languages. `{name}` marks an argument; `{{` and `}}` are braces.
#[derive(Clone, Copy, Debug)]
pub struct Msg {
    pub id: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
}

impl Msg {
    pub fn text(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }

    /// The text in `lang` with each `{name}` replaced by its argument. An argument the
    /// text does not name is ignored; a name without an argument stays as written (a
    /// test keeps both from happening).
    pub fn fill(&self, lang: Lang, args: &[(&str, &dyn Display)]) -> String {
        fill(self.text(lang), args)
    }
}

fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        if let Some(end) = tail.find('}').filter(|_| tail.starts_with('{')) {
            let name = &tail[1..end];
            match args.iter().find(|(n, _)| *n == name) {
                // Arguments come from files and the command line: their control
                // characters are shown, never obeyed (`text::visible`).
                Some((_, v)) => {
                    let v = v.to_string();
                    out.push_str(&crate::text::visible(&v));
                }
                None => out.push_str(&tail[..=end]),
            }
            rest = &tail[end + 1..];
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The names of the arguments a template uses, in order of first use.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix("{{") {
            rest = after;
            continue;
        }
        match tail.find('}') {
            Some(end) => {
                let name = &tail[1..end];
                if !names.contains(&name) {
                    names.push(name);
                }
                rest = &tail[end + 1..];
            }
            None => break,
        }
    }
    names
}

/// `tr!(lang, MSG, name = value, ...)`: a message in `lang` with its arguments.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $msg:expr $(, $name:ident = $value:expr)* $(,)?) => {
        $msg.fill($lang, &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),*])
    };
}

/// Declare messages: `NAME "id" { vi: "...", en: "..." }`, and `ALL`, the list of them
/// (each area's file of messages has one; `sets()` gathers them for the tests).
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident $id:literal { vi: $vi:literal, en: $en:literal })*) => {
        $($(#[$doc])* pub const $name: $crate::i18n::Msg = $crate::i18n::Msg { id: $id, vi: $vi, en: $en };)*
        /// Every message of this file, for the tests that keep both languages complete.
        pub const ALL: &[$crate::i18n::Msg] = &[$($name),*];
    };
}

pub mod checks;
mod common;
pub use common::*;
pub mod help;
pub mod holidays;
pub mod import;
pub mod init;
pub mod notify;
pub mod phrase;
pub mod records;
pub mod report;
pub mod request;
pub mod select;
pub mod units;

/// Every set of messages. A new area's file of messages is added here.
pub fn sets() -> Vec<(&'static str, &'static [Msg])> {
    vec![
        ("checks", checks::ALL),
        ("check descriptions", crate::diagnostic::Check::DESCRIPTIONS),
        ("common", common::ALL),
        ("holidays", holidays::ALL),
        ("import", import::ALL),
        ("init", init::ALL),
        ("notify", notify::ALL),
        ("phrase", phrase::ALL),
        ("records", records::ALL),
        ("report", report::ALL),
        ("request", request::ALL),
        ("select", select::ALL),
        ("units", units::ALL),
    ]
}

/// A date as a person reads it: dd/mm/yyyy in Vietnamese, yyyy-mm-dd in English.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Vi => format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year()),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// The short name of a weekday: "T2" … "CN", "Mon" … "Sun".
pub fn weekday(lang: Lang, d: NaiveDate) -> &'static str {
    let i = d.weekday().num_days_from_monday() as usize;
    match lang {
        Lang::Vi => ["T2", "T3", "T4", "T5", "T6", "T7", "CN"][i],
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i],
    }
}

/// The full name of a weekday: "thứ Hai" … "Chủ nhật", "Monday" … "Sunday".
pub fn weekday_long(lang: Lang, w: Weekday) -> &'static str {
    let i = w.num_days_from_monday() as usize;
    match lang {
        Lang::Vi => [
            "thứ Hai",
            "thứ Ba",
            "thứ Tư",
            "thứ Năm",
            "thứ Sáu",
            "thứ Bảy",
            "Chủ nhật",
        ][i],
        Lang::En => [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][i],
    }
}

/// Read a date as a person types it: `2025-07-15`, `15/07/2025`, `15/7/2025`,
/// `15-07-2025`, `15.07.2025`. The error is in the user's language.
pub fn parse_date(s: &str, lang: Lang) -> Result<NaiveDate, String> {
    let t = s.trim();
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    let nums: Option<Vec<u32>> = match parts.as_slice() {
        [a, b, c] if [a, b, c].iter().all(|p| !p.is_empty() && p.len() <= 4) => {
            parts.iter().map(|p| p.parse().ok()).collect()
        }
        _ => None,
    };
    let Some(nums) = nums else {
        return Err(tr!(lang, BAD_DATE, text = s));
    };
    let (y, m, d) = if parts[0].len() == 4 && t.contains('-') && !t.contains(['/', '.']) {
        (nums[0], nums[1], nums[2])
    } else if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        (nums[2], nums[1], nums[0])
    } else {
        return Err(tr!(lang, BAD_DATE, text = s));
    };
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(|| tr!(lang, NO_SUCH_DATE, text = s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages_with_the_same_arguments() {
        let mut ids = std::collections::HashSet::new();
        for m in sets().into_iter().flat_map(|(_, set)| set) {
            assert!(ids.insert(m.id), "message id `{}` used twice", m.id);
            assert!(!m.vi.trim().is_empty(), "`{}` has no Vietnamese text", m.id);
            assert!(!m.en.trim().is_empty(), "`{}` has no English text", m.id);
            let (mut vi, mut en) = (placeholders(m.vi), placeholders(m.en));
            vi.sort_unstable();
            en.sort_unstable();
            assert_eq!(vi, en, "`{}`: the two texts name different arguments", m.id);
            // Same text twice means one language was not written, unless all it holds
            // besides arguments is code (`[mail]`, `kpi check`) and punctuation.
            if m.vi == m.en {
                let words = words_outside_code(m.vi);
                // An abbreviation such as "TT" (thứ tự) is the same in both.
                let abbreviation =
                    words.chars().count() <= 4 && words.chars().all(char::is_uppercase);
                assert!(
                    words.is_empty() || abbreviation,
                    "`{}` is not translated: {:?}",
                    m.id,
                    m.vi
                );
            }
        }
    }

    /// The letters of `s` outside `{arguments}`, `[sections]` and `` `code` ``.
    fn words_outside_code(s: &str) -> String {
        let mut out = String::new();
        let mut closing: Option<char> = None;
        for c in s.chars() {
            match closing {
                Some(end) if c == end => closing = None,
                Some(_) => {}
                None => match c {
                    '{' => closing = Some('}'),
                    '[' => closing = Some(']'),
                    '`' => closing = Some('`'),
                    c if c.is_alphabetic() => out.push(c),
                    _ => {}
                },
            }
        }
        out
    }

    #[test]
    fn arguments_are_filled_in() {
        let today = NaiveDate::from_ymd_opt(2024, 7, 5).unwrap();
        assert_eq!(
            tr!(Lang::Vi, BAD_DATE, text = "32/1/2024"),
            "`32/1/2024` không phải là một ngày; viết dd/mm/yyyy (15/07/2025) hoặc yyyy-mm-dd (2025-07-15)"
        );
        assert_eq!(
            fill("{a} và {b} {{x}}", &[("a", &1), ("b", &"hai")]),
            "1 và hai {x}"
        );
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
        assert_eq!(date(Lang::Vi, today), "05/07/2024");
        assert_eq!(date(Lang::En, today), "2024-07-05");
        assert_eq!(weekday(Lang::Vi, today), "T6");
    }

    #[test]
    fn dates_are_read_as_people_type_them() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        for (text, want) in [
            ("2025-07-15", d(2025, 7, 15)),
            ("15/07/2025", d(2025, 7, 15)),
            ("15/7/2025", d(2025, 7, 15)),
            ("5/7/2025", d(2025, 7, 5)),
            ("15-07-2025", d(2025, 7, 15)),
            ("15.7.2025", d(2025, 7, 15)),
            (" 31/03/2027 ", d(2027, 3, 31)),
        ] {
            assert_eq!(parse_date(text, Lang::En), Ok(want), "{text}");
        }
        for bad in [
            "2025/07/15x",
            "15/07",
            "07/2025",
            "",
            "2025-13-01",
            "abc",
            "1/2/25",
        ] {
            assert!(parse_date(bad, Lang::En).is_err(), "{bad}");
        }
        let e = parse_date("31/02/2025", Lang::Vi).unwrap_err();
        assert!(e.contains("không có trong lịch"), "{e}");
    }
}
