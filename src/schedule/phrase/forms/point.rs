//! Points in time, as the forms read them: a date, a month, a quarter, a half-year,
//! nine months, a year, a fuzzy day (đầu / giữa / cuối), in Vietnamese, ISO and English.
//! Each returns `Ok(None)` when the text is not one, and fails the phrase only when it
//! clearly is one that cannot exist ("quý V", "tháng 13", "31/2/2023").

use chrono::NaiveDate;

use super::super::cursor::{Cursor, Step};
use super::super::error::{ErrorKind, Expect, PhraseError};
use super::super::lexicon as lex;
use super::super::model::{Fuzz, Point};
use super::english;

pub const FIRST_YEAR: u32 = 1900;
pub const LAST_YEAR: u32 = 2200;

/// A year written with four digits, 1900 to 2200.
pub fn year_num(c: &mut Cursor) -> Option<i32> {
    match c.peek_num()? {
        (n, 4) if (FIRST_YEAR..=LAST_YEAR).contains(&n) => {
            c.at += 1;
            Some(n as i32)
        }
        _ => None,
    }
}

/// A year where one must be: four digits out of range fail the phrase.
pub fn year_slot(c: &mut Cursor) -> Step<i32> {
    match c.peek_num() {
        Some((_, 4)) => match year_num(c) {
            Some(y) => Ok(Some(y)),
            None => c.hard(Expect::Year),
        },
        _ => Ok(None),
    }
}

pub fn month_num(c: &mut Cursor) -> Option<u32> {
    match c.peek_num()? {
        (n, 1..=2) if (1..=12).contains(&n) => {
            c.at += 1;
            Some(n)
        }
        _ => None,
    }
}

pub fn day_num(c: &mut Cursor) -> Option<u32> {
    match c.peek_num()? {
        (n, 1..=2) if (1..=31).contains(&n) => {
            c.at += 1;
            Some(n)
        }
        _ => None,
    }
}

/// A quarter's number: I to IV, 1 to 4, or an English ordinal.
pub fn quarter_num(c: &mut Cursor) -> Option<u32> {
    if let Some(q) = c.accept_with(lex::roman) {
        return Some(q);
    }
    match c.peek_num()? {
        (n @ 1..=4, 1..=2) => {
            c.at += 1;
            Some(n)
        }
        _ => None,
    }
}

/// " năm 2024", "/2024", "-2024", ".2024", " 2024", "of 2024": the year after a month,
/// a quarter or a date. A dash before one or two digits is not a year: "tháng 02 - 3".
pub fn year_suffix(c: &mut Cursor) -> Step<i32> {
    c.attempt(|c| {
        let word = c.accept("nam") || c.accept("of") || c.accept("year");
        let sym = !word && matches!(c.peek_sym(), Some('/' | '-' | '.' | ','));
        if sym {
            c.at += 1;
        }
        match c.peek_num() {
            Some((_, 4)) if word || sym => year_slot(c),
            Some((_, 4)) => Ok(year_num(c)),
            _ => Ok(None),
        }
    })
}

/// The date must exist: 31/2 does not (a year-less date is checked against a leap year).
pub fn checked(c: &Cursor, from: usize, year: Option<i32>, month: u32, day: u32) -> Step<Point> {
    if NaiveDate::from_ymd_opt(year.unwrap_or(2024), month, day).is_none() {
        return Err(PhraseError::new(
            ErrorKind::NoSuchDate(c.text(from, c.at).to_string()),
            c.span(from, c.at),
        ));
    }
    Ok(Some(Point::Date { year, month, day }))
}

/// Every kind of point, in the order that keeps the longest reading.
pub fn point(c: &mut Cursor) -> Step<Point> {
    let parsers: [fn(&mut Cursor) -> Step<Point>; 10] = [
        iso,
        english::date,
        date,
        fuzzy,
        month,
        quarter,
        half_or_nine,
        year,
        month_slash_year,
        english::month,
    ];
    for p in parsers {
        if let Some(point) = c.attempt(p)? {
            return Ok(Some(point));
        }
    }
    Ok(None)
}

/// A single day: a date or a fuzzy day.
pub fn day_point(c: &mut Cursor) -> Step<Point> {
    for p in [iso, english::date, date, fuzzy] {
        if let Some(point) = c.attempt(p)? {
            if point.is_day() {
                return Ok(Some(point));
            }
            return Ok(None);
        }
    }
    Ok(None)
}

/// 2024-06-20, 2024-06, 2024-Q3, 2024-H1, 2024-9M.
pub fn iso(c: &mut Cursor) -> Step<Point> {
    let start = c.at;
    let Some(year) = year_num(c) else {
        return Ok(None);
    };
    if !c.accept_sym('-') {
        return Ok(None);
    }
    let year = Some(year);
    if c.accept("q") {
        return match c.peek_num() {
            Some((q @ 1..=4, 1)) => {
                c.at += 1;
                Ok(Some(Point::Quarter { year, quarter: q }))
            }
            _ => c.hard(Expect::Quarter),
        };
    }
    if c.accept("h") {
        return match c.peek_num() {
            Some((h @ 1..=2, 1)) => {
                c.at += 1;
                Ok(Some(Point::Half { year, half: h }))
            }
            _ => c.hard(Expect::Half),
        };
    }
    match c.peek_num() {
        Some((9, 1)) if c.word_at(1) == Some("m") => {
            c.at += 2;
            Ok(Some(Point::NineMonths { year }))
        }
        Some((_, 1..=2)) => {
            let Some(month) = month_num(c) else {
                return c.hard(Expect::Month);
            };
            if !c.accept_sym('-') {
                return Ok(Some(Point::Month { year, month }));
            }
            match c.peek_num() {
                Some((d @ 1..=31, 1..=2)) => {
                    c.at += 1;
                    checked(c, start, year, month, d)
                }
                _ => c.hard(Expect::Day),
            }
        }
        _ => Ok(None),
    }
}

/// "ngày 20/6/2023", "20-6-2023", "20.06", "15/3/25", "ngày 20 tháng 6 năm 2023".
pub fn date(c: &mut Cursor) -> Step<Point> {
    let start = c.at;
    let said_day = c.accept("ngay");
    let Some((d, dl)) = c.peek_num() else {
        return if said_day {
            c.miss(Expect::Day)
        } else {
            Ok(None)
        };
    };
    if dl > 2 {
        return Ok(None);
    }
    let sep = c
        .peek_at(1)
        .and_then(|t| t.sym())
        .filter(|s| matches!(s, '/' | '-' | '.'));
    let then_month = c.word_at(1) == Some("thang");
    if !(1..=31).contains(&d) {
        // "ngày 32/1", "32/1/2024": a day that cannot be.
        let dated = sep.is_some()
            && c.peek_at(2)
                .and_then(|t| t.num())
                .is_some_and(|(_, l)| l <= 2);
        if (said_day && (then_month || sep.is_some())) || (dated && year_follows(c, 3)) {
            return c.hard(Expect::Day);
        }
        return Ok(None);
    }
    c.at += 1;
    if c.accept("thang") {
        let Some((m, ml)) = c.peek_num() else {
            return c.miss(Expect::Month);
        };
        if ml > 2 || !(1..=12).contains(&m) {
            return c.hard(Expect::Month);
        }
        c.at += 1;
        let year = year_suffix(c)?;
        return checked(c, start, year, m, d);
    }
    let Some(sep) = c.accept_date_sep() else {
        return Ok(None);
    };
    let Some((m, ml)) = c.peek_num() else {
        return Ok(None);
    };
    if ml > 2 {
        return Ok(None);
    }
    if !(1..=12).contains(&m) {
        if said_day || year_follows(c, 1) {
            return c.hard(Expect::Month);
        }
        return Ok(None);
    }
    c.at += 1;
    // The year: with the same separator (four digits, or two: "15/3/25" is 2025), or
    // "năm 2024".
    let save = c.at;
    let mut year = None;
    if c.accept_sym(sep) {
        match c.peek_num() {
            Some((_, 4)) => year = year_slot(c)?,
            Some((yy, 2)) => {
                c.at += 1;
                year = Some(2000 + yy as i32);
            }
            _ => c.at = save,
        }
    } else if c.looking_at(&["nam"]) {
        year = year_suffix(c)?;
    }
    // "1/2/3" or "20/6/QĐ": not a date kpi reads.
    if year.is_none() && !said_day && matches!(c.peek_sym(), Some(s) if s == sep) {
        return Ok(None);
    }
    checked(c, start, year, m, d)
}

/// Whether a separator and a four-digit year come `k` tokens ahead.
fn year_follows(c: &Cursor, k: usize) -> bool {
    c.peek_at(k).and_then(|t| t.sym()).is_some()
        && c.peek_at(k + 1)
            .and_then(|t| t.num())
            .is_some_and(|(_, l)| l == 4)
}

fn fuzz_word(c: &mut Cursor) -> Option<Fuzz> {
    if c.accept("dau") {
        Some(Fuzz::Start)
    } else if c.accept("giua") {
        Some(Fuzz::Middle)
    } else if c.accept("cuoi") {
        Some(Fuzz::End)
    } else {
        None
    }
}

/// "đầu tháng 6", "giữa tháng 6/2024", "cuối quý II/2025", "cuối năm 2024", "the end of
/// 2025", "mid-2025", "end of June 2025".
pub fn fuzzy(c: &mut Cursor) -> Step<Point> {
    if let Some(fuzz) = fuzz_word(c) {
        if c.accept("thang") {
            let Some(month) = month_num(c) else {
                return Ok(None);
            };
            let year = year_suffix(c)?;
            return Ok(Some(Point::FuzzyMonth { year, month, fuzz }));
        }
        if c.accept_any(lex::QUARTER).is_some() {
            let Some(quarter) = quarter_num(c) else {
                return Ok(None);
            };
            let year = year_suffix(c)?;
            return Ok(Some(Point::FuzzyQuarter {
                year,
                quarter,
                fuzz,
            }));
        }
        if c.accept("nam") {
            let year = year_slot(c)?;
            return Ok(Some(Point::FuzzyYear { year, fuzz }));
        }
        return Ok(None);
    }
    // English.
    c.accept("the");
    let fuzz = match c.peek_word() {
        Some("end") => Fuzz::End,
        Some("beginning" | "start" | "early") => Fuzz::Start,
        Some("middle" | "mid") => Fuzz::Middle,
        _ => return Ok(None),
    };
    c.at += 1;
    let _ = c.accept("of") || c.accept_sym('-');
    c.accept("the");
    if let Some(month) = c.accept_with(lex::month_name) {
        let year = year_suffix(c)?;
        return Ok(Some(Point::FuzzyMonth { year, month, fuzz }));
    }
    if c.accept("year") {
        return Ok(Some(Point::FuzzyYear { year: None, fuzz }));
    }
    match year_slot(c)? {
        Some(y) => Ok(Some(Point::FuzzyYear {
            year: Some(y),
            fuzz,
        })),
        None => Ok(None),
    }
}

/// "tháng 5 năm 2024", "tháng 5/2024", "tháng 05".
pub fn month(c: &mut Cursor) -> Step<Point> {
    if c.accept_any(lex::MONTH).is_none() {
        return Ok(None);
    }
    let Some((m, len)) = c.peek_num() else {
        return c.miss(Expect::Month);
    };
    if len > 2 || !(1..=12).contains(&m) {
        return c.hard(Expect::Month);
    }
    c.at += 1;
    let year = year_suffix(c)?;
    Ok(Some(Point::Month { year, month: m }))
}

/// "5/2024" (a month: the second number has four digits), not "12/2023/NĐ-CP".
pub fn month_slash_year(c: &mut Cursor) -> Step<Point> {
    let Some(month) = month_num(c) else {
        return Ok(None);
    };
    if c.accept_date_sep().is_none() {
        return Ok(None);
    }
    let Some(year) = year_num(c) else {
        return Ok(None);
    };
    if matches!(c.peek_sym(), Some('/' | '-'))
        && c.peek_at(1).is_some_and(|t| c.tokens.word(t).is_some())
    {
        return Ok(None);
    }
    Ok(Some(Point::Month {
        year: Some(year),
        month,
    }))
}

/// "quý I", "quí III năm 2024", "quý II/2024", "quý 3", "Q3/2025", "the third quarter of
/// 2025".
pub fn quarter(c: &mut Cursor) -> Step<Point> {
    let english = c.accept("the");
    if english || lex::ordinal(c.peek_word().unwrap_or("")).is_some() {
        let Some(quarter) = c.accept_with(lex::ordinal) else {
            return Ok(None);
        };
        if !c.accept("quarter") {
            return Ok(None);
        }
        let year = year_suffix(c)?;
        return Ok(Some(Point::Quarter { year, quarter }));
    }
    let Some(which) = c.accept_any(lex::QUARTER) else {
        return Ok(None);
    };
    let Some(quarter) = quarter_num(c) else {
        let wrong_number =
            c.peek_num().is_some_and(|(_, l)| l <= 2) || c.peek_word().is_some_and(lex::roman_like);
        // "Q" alone is any letter; "quý" must have its number.
        return if which == 2 {
            Ok(None)
        } else if wrong_number {
            c.hard(Expect::Quarter)
        } else if c.done() {
            c.miss(Expect::Quarter)
        } else {
            Ok(None)
        };
    };
    let year = year_suffix(c)?;
    Ok(Some(Point::Quarter { year, quarter }))
}

/// "6 tháng đầu năm", "6 tháng cuối năm 2024", "9 tháng đầu năm", "9 tháng năm 2024",
/// "nửa đầu năm", "the first half of 2025".
pub fn half_or_nine(c: &mut Cursor) -> Step<Point> {
    if c.accept("nua") {
        let half = if c.accept("dau") {
            1
        } else if c.accept("cuoi") || c.accept("sau") {
            2
        } else {
            return Ok(None);
        };
        if !c.accept("nam") {
            return Ok(None);
        }
        let year = year_suffix(c)?;
        return Ok(Some(Point::Half { year, half }));
    }
    c.accept("the");
    if let Some(half) = c.accept_with(|w| match w {
        "first" => Some(1),
        "second" | "last" => Some(2),
        _ => None,
    }) {
        // "the first half of 2025", "the first 6 months of the year".
        let six = c
            .maybe(|c| {
                c.num().filter(|&(n, _)| n == 6)?;
                c.accept("months").then_some(())
            })
            .is_some();
        if !six && !c.accept("half") {
            return Ok(None);
        }
        if six {
            c.accept_seq(&["of", "the", "year"]);
        }
        let year = year_suffix(c)?;
        return Ok(Some(Point::Half { year, half }));
    }
    let Some((n, _)) = c.num() else {
        return Ok(None);
    };
    if !(c.accept("thang") || c.accept("months")) {
        return Ok(None);
    }
    let first = c.accept_seq(&["dau", "nam"]) || c.accept_seq(&["first"]);
    let second = !first && c.accept_seq(&["cuoi", "nam"]);
    let year = year_suffix(c)?;
    Ok(match (n, first, second) {
        (6, true, _) => Some(Point::Half { year, half: 1 }),
        (6, _, true) => Some(Point::Half { year, half: 2 }),
        (9, false, false) if year.is_some() => Some(Point::NineMonths { year }),
        (9, true, _) => Some(Point::NineMonths { year }),
        _ => None,
    })
}

/// "năm 2024", "2024", "in 2025".
pub fn year(c: &mut Cursor) -> Step<Point> {
    let said = c.accept("nam") || c.accept("year");
    let y = if said { year_slot(c)? } else { year_num(c) };
    Ok(y.map(|year| Point::Year { year }))
}
