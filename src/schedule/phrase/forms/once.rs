//! One-off forms: a marker ("trước", "đến", "chậm nhất", "trong", "before", "by") and a
//! point, and windows from one point to another.

use super::super::cursor::{Cursor, Step};
use super::super::error::Expect;
use super::super::lexicon as lex;
use super::super::model::{Mode, Point};
use super::Piece;
use super::point::{self, day_num, month_num, year_num, year_slot, year_suffix};

/// The marker before a point, and the link words after it ("chậm nhất là vào").
pub fn marker(c: &mut Cursor) -> Option<Mode> {
    let mode = if c.accept_any(lex::BEFORE).is_some() {
        Mode::Before
    } else if c.accept_any(lex::BY).is_some() {
        Mode::By
    } else if c.accept_any(lex::WITHIN).is_some() {
        Mode::Within
    } else {
        return None;
    };
    c.skip_all(lex::LINKS);
    Some(mode)
}

/// A marker (or none) and a point that `want` accepts.
fn once(c: &mut Cursor, want: impl Fn(Option<Mode>, &Point) -> bool) -> Step<Piece> {
    let start = c.at;
    let read = match &c.point_memo {
        Some((at, read)) if *at == start => read.clone(),
        _ => {
            let read = marked_point(c);
            c.point_memo = Some((start, read.clone()));
            read
        }
    };
    let Some((mode, point, end)) = read? else {
        return Ok(None);
    };
    c.at = end;
    if !want(mode, &point) {
        return Ok(None);
    }
    let marked = mode.is_some();
    let mode = match (mode, point.is_day()) {
        (Some(Mode::Before), _) => Mode::Before,
        (_, true) => Mode::By,
        (Some(m), false) => m,
        (None, false) => Mode::Within,
    };
    Ok(Some(Piece::Point {
        mode,
        marked,
        point,
    }))
}

/// A marker (or none) and a point, and where they end.
fn marked_point(c: &mut Cursor) -> Step<(Option<Mode>, Point, usize)> {
    let mode = marker(c);
    let Some(point) = point::point(c)? else {
        return if mode.is_some() && c.done() {
            c.miss(Expect::Point)
        } else {
            Ok(None)
        };
    };
    Ok(Some((mode, point, c.at)))
}

pub fn date_before(c: &mut Cursor) -> Step<Piece> {
    once(c, |m, p| {
        m == Some(Mode::Before) && matches!(p, Point::Date { .. })
    })
}

pub fn date_by(c: &mut Cursor) -> Step<Piece> {
    once(c, |m, p| {
        m != Some(Mode::Before) && matches!(p, Point::Date { .. })
    })
}

pub fn fuzzy_day(c: &mut Cursor) -> Step<Piece> {
    once(c, |_, p| {
        matches!(
            p,
            Point::FuzzyMonth { .. } | Point::FuzzyQuarter { .. } | Point::FuzzyYear { .. }
        )
    })
}

pub fn month(c: &mut Cursor) -> Step<Piece> {
    once(c, |_, p| matches!(p, Point::Month { .. }))
}

pub fn quarter(c: &mut Cursor) -> Step<Piece> {
    once(c, |_, p| matches!(p, Point::Quarter { .. }))
}

pub fn half(c: &mut Cursor) -> Step<Piece> {
    once(c, |_, p| {
        matches!(p, Point::Half { .. } | Point::NineMonths { .. })
    })
}

pub fn year(c: &mut Cursor) -> Step<Piece> {
    once(c, |_, p| matches!(p, Point::Year { .. }))
}

/// The second point of a window takes the first's year, or the year after when it comes
/// earlier in the year ("từ tháng 11 đến tháng 2/2025" starts in 2024); the first takes
/// the second's the same way.
fn ordered(from: Point, to: Point) -> (Point, Point) {
    match (from.year(), to.year()) {
        (None, Some(y)) if from.month_hint() > to.month_hint() => (from.with_year(y - 1), to),
        (None, Some(y)) => (from.with_year(y), to),
        (Some(y), None) if to.month_hint() < from.month_hint() => (from, to.with_year(y + 1)),
        (Some(y), None) => (from, to.with_year(y)),
        _ => (from, to),
    }
}

/// Windows: "Từ ngày A đến ngày B", "từ tháng 3 đến tháng 6/2024", "tháng 02 - 3/2025",
/// "năm 2024-2025", "06–15/02/2013", "from December 2024 to January 2025".
pub fn range(c: &mut Cursor) -> Step<Piece> {
    if lex::FROM_NOW.iter().any(|w| c.looking_at(w)) {
        return Ok(None);
    }
    let _ = c.accept_seq(&["trong", "khoang", "thoi", "gian"])
        || c.accept_seq(&["vao", "khoang", "thoi", "gian"])
        || c.accept_seq(&["trong", "thoi", "gian"]);
    c.accept_any(lex::WITHIN);
    if let Some(p) = c.attempt(years)? {
        return Ok(Some(p));
    }
    let from_word = c.accept_any(lex::FROM).is_some();
    if let Some(p) = c.attempt(days_of_a_month)? {
        return Ok(Some(p));
    }
    if let Some(p) = c.attempt(months)? {
        return Ok(Some(p));
    }
    let Some(from) = point::point(c)? else {
        return if from_word && c.done() {
            c.miss(Expect::Point)
        } else {
            Ok(None)
        };
    };
    let before_to = c.at;
    // "Tháng 5- Ngày 15/6/2021": from a month to a day.
    let month_dash = matches!(from, Point::Month { .. })
        && c.peek_sym() == Some('-')
        && c.word_at(1) == Some("ngay");
    // "01/4/2025 - 30/4/2025": two dates of a year joined by a dash.
    let date_dash = matches!(from, Point::Date { year: Some(_), .. })
        && c.peek_sym() == Some('-')
        && year_follows_at(c, 1);
    // "tháng 11/2025 - tháng 1/2026", "quý IV/2025 - quý I/2026".
    let window_dash = matches!(
        from,
        Point::Month { year: Some(_), .. } | Point::Quarter { year: Some(_), .. }
    ) && c.peek_sym() == Some('-')
        && matches!(c.word_at(1), Some("thang" | "quy" | "qui"));
    let month_dash = month_dash || date_dash || window_dash;
    let to_word =
        c.accept_any(lex::TO).is_some() || ((from_word || month_dash) && c.accept_sym('-'));
    if !to_word {
        // "từ ngày 1/9" with no end: only the start of something.
        if from_word {
            c.at = before_to;
            c.miss::<()>(Expect::RangeEnd)?;
            c.at = before_to;
            return Ok(Some(Piece::Start));
        }
        return Ok(None);
    }
    // "A đến B" without "từ": two days.
    if !from_word && !from.is_day() && !month_dash {
        return Ok(None);
    }
    let Some(to) = point::point(c)? else {
        if from_word {
            c.at = before_to;
            c.miss::<()>(Expect::RangeEnd)?;
            c.at = before_to;
            return Ok(Some(Piece::Start));
        }
        return Ok(None);
    };
    let (from, to) = ordered(from, to);
    Ok(Some(Piece::Range { from, to }))
}

/// Whether a date with a four-digit year starts `k` tokens ahead: `30/4/2025`.
fn year_follows_at(c: &Cursor, k: usize) -> bool {
    let num = |i: usize, digits: u32| {
        c.peek_at(i)
            .and_then(|t| t.num())
            .is_some_and(|(_, l)| if digits == 4 { l == 4 } else { l <= 2 })
    };
    let sep = |i: usize| {
        c.peek_at(i)
            .and_then(|t| t.sym())
            .is_some_and(|s| matches!(s, '/' | '.' | '-'))
    };
    num(k, 2) && sep(k + 1) && num(k + 2, 2) && sep(k + 3) && num(k + 4, 4)
}

/// "giai đoạn 2023 - 2030", "năm 2024-2025", "từ năm 2022-2024", "2024 - 2025".
fn years(c: &mut Cursor) -> Step<Piece> {
    let _ = c.accept_seq(&["giai", "doan"]) || c.accept("tu") || c.accept("from");
    c.accept("nam");
    let Some(a) = year_num(c) else {
        return Ok(None);
    };
    if !(c.accept_sym('-') || c.accept("den") || c.accept("to") || c.accept_sym('/')) {
        return Ok(None);
    }
    c.accept("nam");
    let Some(b) = year_slot(c)? else {
        return Ok(None);
    };
    if a >= b {
        return Ok(None);
    }
    Ok(Some(Piece::Range {
        from: Point::Year { year: a },
        to: Point::Year { year: b },
    }))
}

/// "06–15/02/2013", "từ ngày 04 – 21/2/2021", "12-23/12/2016": days of one month.
fn days_of_a_month(c: &mut Cursor) -> Step<Piece> {
    c.accept("ngay");
    let Some(d1) = day_num(c) else {
        return Ok(None);
    };
    if !(c.accept_sym('-') || c.accept_any(lex::TO).is_some()) {
        return Ok(None);
    }
    c.accept("ngay");
    let Some(Point::Date { year, month, day }) = point::date(c)? else {
        return Ok(None);
    };
    if d1 >= day {
        return Ok(None);
    }
    Ok(Some(Piece::Range {
        from: Point::Date {
            year,
            month,
            day: d1,
        },
        to: Point::Date { year, month, day },
    }))
}

/// "tháng 02 - 3/2025", "tháng 3 - tháng 5 năm 2025", "tháng 3 đến tháng 5".
fn months(c: &mut Cursor) -> Step<Piece> {
    if c.accept_any(lex::MONTH).is_none() {
        return Ok(None);
    }
    let Some(m1) = month_num(c) else {
        return Ok(None);
    };
    if !(c.accept_sym('-') || c.accept_any(lex::TO).is_some()) {
        return Ok(None);
    }
    c.accept_any(lex::MONTH);
    let Some(m2) = month_num(c) else {
        return Ok(None);
    };
    let year = year_suffix(c)?;
    let (from, to) = ordered(
        Point::Month {
            year: None,
            month: m1,
        },
        Point::Month { year, month: m2 },
    );
    Ok(Some(Piece::Range { from, to }))
}
