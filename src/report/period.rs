//! The period a report covers: `--period KEY` (2025-Q1, 2025-H1, 2025-9M, 2025, and the
//! way a Vietnamese report names it: Q1/2025, Quý I/2025, 6 tháng đầu năm 2025, 9 tháng
//! năm 2025, Năm 2025), or `--from D --to D`.
//!
//! A key names a window of the calendar, which the deadline reader already knows how to
//! read (`schedule::phrase`): the key is read as a one-off deadline phrase and its window
//! is the period. Only `H1/2025` needs help: as a phrase it reads as January.

use chrono::{Datelike, NaiveDate};

use crate::schedule::{self, Calendar, Kind, Rules};

/// The days a report covers, both included, and how it is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// `2025-Q1`, `2025-H1`, `2025-9M`, `2025`, `2025-05`, or `FROM..TO`.
    pub key: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    /// `--from D --to D`: the days between, keyed `FROM..TO`.
    pub fn between(from: NaiveDate, to: NaiveDate) -> Period {
        Period {
            key: format!("{from}..{to}"),
            from,
            to,
        }
    }

    /// The year of `day`: the report's default.
    pub fn year_of(day: NaiveDate) -> Period {
        let y = day.year();
        Period {
            key: y.to_string(),
            from: NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(day),
            to: NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(day),
        }
    }

    /// Read a period key; a key without a year (`Quý I`) takes the year of `today`.
    /// None when the text names no single window of the calendar.
    pub fn parse(text: &str, today: NaiveDate) -> Option<Period> {
        let text = half_first(text.trim());
        let calendar = Calendar::none();
        let rules = Rules {
            calendar: &calendar,
            report_day: None,
        };
        let phrase = schedule::phrase::parse(&text).ok()?;
        // A key is a period and nothing else: the reader passes over words it does not
        // know ("Q" of `Q5/2023`, which then reads as May), a key may not have any.
        if !read_whole(&text, &phrase) {
            return None;
        }
        let year = Period::year_of(today);
        let s = schedule::resolve::resolve(&phrase, (year.from, year.to), &rules);
        // A period is one window: not a recurrence, not a list, not "or on request"
        // (which the reader calls mixed).
        if s.kind != Kind::Once {
            return None;
        }
        // A year written in the key may lie outside the year of `today`: the reader
        // keeps it aside, and it is the period all the same.
        let mut all = s.occurrences.iter().chain(&s.outside);
        let (o, None) = (all.next()?, all.next()) else {
            return None;
        };
        Some(Period {
            key: o.key.clone(),
            from: o.start?,
            to: o.last_day,
        })
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// Whether the forms the reader used cover every letter and digit of `text`.
fn read_whole(text: &str, phrase: &schedule::phrase::Phrase) -> bool {
    text.char_indices().all(|(i, c)| {
        !c.is_alphanumeric()
            || phrase
                .readings
                .iter()
                .any(|r| r.span.0 as usize <= i && i < r.span.1 as usize)
    })
}

/// `H1/2025`, `h2-2025` → `2025-H1`: the only way of naming a half that the deadline
/// reader does not take (it reads `H1/2025` as a month).
fn half_first(text: &str) -> String {
    let b = text.as_bytes();
    if b.len() == 7
        && b[0].eq_ignore_ascii_case(&b'h')
        && matches!(b[1], b'1' | b'2')
        && matches!(b[2], b'/' | b'-')
        && b[3..].iter().all(u8::is_ascii_digit)
    {
        return format!("{}-H{}", &text[3..], b[1] as char);
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// As of 15/07/2025, what each key covers.
    #[track_caller]
    fn case(text: &str, key: &str, from: NaiveDate, to: NaiveDate) {
        let want = Period {
            key: key.into(),
            from,
            to,
        };
        assert_eq!(Period::parse(text, d(2025, 7, 15)), Some(want), "{text}");
    }

    #[test]
    fn keys_name_windows() {
        case("2025-Q1", "2025-Q1", d(2025, 1, 1), d(2025, 3, 31));
        case("2025-Q4", "2025-Q4", d(2025, 10, 1), d(2025, 12, 31));
        case("2025-H1", "2025-H1", d(2025, 1, 1), d(2025, 6, 30));
        case("2025-H2", "2025-H2", d(2025, 7, 1), d(2025, 12, 31));
        case("2025-9M", "2025-9M", d(2025, 1, 1), d(2025, 9, 30));
        case("2025", "2025", d(2025, 1, 1), d(2025, 12, 31));
        case("2024", "2024", d(2024, 1, 1), d(2024, 12, 31));
        case("2023-Q3", "2023-Q3", d(2023, 7, 1), d(2023, 9, 30));
        case("2025-05", "2025-05", d(2025, 5, 1), d(2025, 5, 31));
        case("Q1/2025", "2025-Q1", d(2025, 1, 1), d(2025, 3, 31));
        case("Quý II/2024", "2024-Q2", d(2024, 4, 1), d(2024, 6, 30));
        case("quy 3 nam 2025", "2025-Q3", d(2025, 7, 1), d(2025, 9, 30));
        case("H1/2025", "2025-H1", d(2025, 1, 1), d(2025, 6, 30));
        case("h2-2024", "2024-H2", d(2024, 7, 1), d(2024, 12, 31));
        case(
            "6 tháng đầu năm 2025",
            "2025-H1",
            d(2025, 1, 1),
            d(2025, 6, 30),
        );
        case("9 tháng năm 2025", "2025-9M", d(2025, 1, 1), d(2025, 9, 30));
        case("Năm 2023", "2023", d(2023, 1, 1), d(2023, 12, 31));
        case("Quý I", "2025-Q1", d(2025, 1, 1), d(2025, 3, 31));
    }

    #[test]
    fn what_is_not_one_window_is_refused() {
        for text in [
            "",
            "hằng quý",
            "2025-Q5",
            "Thường xuyên",
            "Khi có yêu cầu",
            "trước ngày 20/6/2025",
            "quý I, quý II",
            "Quý I/2025, hoặc đột xuất",
            "xyz",
            // Words the reader would pass over: a key has none.
            "Q5/2023",
            "Q9/2023",
            "Q0/2023",
            "13/2023",
            "32/2023",
            "II/2023",
            "2023 Q5",
            "abc 2023",
            "2023-Q1x",
        ] {
            assert_eq!(Period::parse(text, d(2025, 7, 15)), None, "{text}");
        }
    }
}
