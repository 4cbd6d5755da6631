//! The periods of a year (weeks, months, quarters, halves, nine months, the year), their
//! windows and keys, and the day a `DayRule` names in one of them.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::schedule::phrase::{Day, DayRule, Fuzz, MonthOf, Period, Point};

pub fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1).map(|d| d - Duration::days(1))
}

/// One period: its window and the key progress records name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub key: String,
}

fn months(y: i32, first: u32, count: u32, key: String) -> Option<Instance> {
    Some(Instance {
        start: ymd(y, first, 1)?,
        end: month_end(y, first + count - 1)?,
        key,
    })
}

/// The periods of kind `p` in year `y` (weeks: of ISO week-year `y`, keyed `2025-W07`).
pub fn instances(p: Period, y: i32) -> Vec<Instance> {
    match p {
        Period::Week => (1..=53)
            .filter_map(|w| {
                let start = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
                Some(Instance {
                    start,
                    end: start + Duration::days(6),
                    key: format!("{y}-W{w:02}"),
                })
            })
            .collect(),
        Period::Month => (1..=12)
            .filter_map(|m| months(y, m, 1, format!("{y}-{m:02}")))
            .collect(),
        Period::Quarter => (1..=4)
            .filter_map(|q| months(y, q * 3 - 2, 3, format!("{y}-Q{q}")))
            .collect(),
        Period::Half => (1..=2)
            .filter_map(|h| months(y, h * 6 - 5, 6, format!("{y}-H{h}")))
            .collect(),
        Period::NineMonths => months(y, 1, 9, format!("{y}-9M")).into_iter().collect(),
        Period::Year => months(y, 1, 12, y.to_string()).into_iter().collect(),
    }
}

/// The window of the period `offset` periods after the one starting on `start`.
pub fn shifted(p: Period, start: NaiveDate, offset: i8) -> Option<(NaiveDate, NaiveDate)> {
    let off = i32::from(offset);
    if p == Period::Week {
        let s = start + Duration::days(7 * i64::from(off));
        return Some((s, s + Duration::days(6)));
    }
    let (step, len) = match p {
        Period::Month => (1, 1),
        Period::Quarter => (3, 3),
        Period::Half => (6, 6),
        Period::NineMonths => (12, 9),
        _ => (12, 12),
    };
    let index = start.year() * 12 + start.month0() as i32 + step * off;
    let (y, m) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    let last = (y * 12 + m as i32 - 1) + len - 1;
    Some((
        ymd(y, m, 1)?,
        month_end(last.div_euclid(12), last.rem_euclid(12) as u32 + 1)?,
    ))
}

/// The day `rule` names for the period `(start, end)`; none when it names a month the
/// period does not have (a half-year's "ngày 6/6" has no second half).
///
/// `contained`: a date of the year names a period shorter than a year only when it falls
/// in it; a period named by the text ("6 tháng đầu năm ... trước ngày 10/07") takes the
/// date of its year wherever it falls.
pub fn day_of(
    rule: DayRule,
    p: Period,
    start: NaiveDate,
    end: NaiveDate,
    contained: bool,
) -> Option<NaiveDate> {
    let (ts, te) = if rule.offset == 0 {
        (start, end)
    } else {
        shifted(p, start, rule.offset)?
    };
    let (y, m) = match rule.month {
        MonthOf::Fixed(m) => {
            let y = ts.year();
            let in_window = |d: NaiveDate| d >= ts && d <= te;
            // A date of the year in a period shorter than a year: only the period that
            // holds it.
            if contained
                && p != Period::Year
                && rule.offset == 0
                && !ymd(y, m, 1).is_some_and(in_window)
            {
                return None;
            }
            (y, m)
        }
        MonthOf::First => (ts.year(), ts.month()),
        MonthOf::Middle => {
            let months = (te.year() - ts.year()) * 12 + te.month() as i32 - ts.month() as i32;
            let index = ts.year() * 12 + ts.month0() as i32 + months / 2;
            (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
        }
        MonthOf::Last => (te.year(), te.month()),
    };
    let last_of_month = month_end(y, m)?.day();
    let d = match rule.day {
        Day::Nth(n) => ymd(y, m, n.min(last_of_month))?,
        Day::Last => ymd(y, m, last_of_month)?,
        Day::Counted(n) => ts + Duration::days(i64::from(n.max(1)) - 1),
        // The calendar moves it back to a working day (`generate::every`).
        Day::LastWorking => ymd(y, m, last_of_month)?,
        Day::Weekday { weekday, nth } => weekday_in(y, m, weekday, nth)?,
    };
    let d = if rule.before { d.pred_opt()? } else { d };
    // "trước ngày 01 hàng tháng": the day before the 1st is the month before; the
    // occurrence of a month is then due at its own end (found by fuzzing). A date of the
    // year stays what it says: "before January 1 of the planning year" is 31 December
    // of the year before.
    if rule.offset == 0 && d < start && !matches!(rule.month, MonthOf::Fixed(_)) {
        return Some(end);
    }
    Some(d)
}

/// A point's window (first day, last day) and key, its year known.
pub fn window(point: Point) -> Option<(NaiveDate, NaiveDate, String)> {
    let y = point.year()?;
    let day = |d: NaiveDate| Some((d, d, d.format("%Y-%m-%d").to_string()));
    let months = |first: u32, count: u32, key: String| {
        Some((ymd(y, first, 1)?, month_end(y, first + count - 1)?, key))
    };
    match point {
        Point::Date { month, day: d, .. } => day(ymd(y, month, d)?),
        Point::FuzzyMonth { month, fuzz, .. } => day(match fuzz {
            Fuzz::Start => ymd(y, month, 1)?,
            Fuzz::Middle => ymd(y, month, 15)?,
            Fuzz::End => month_end(y, month)?,
        }),
        Point::FuzzyQuarter {
            quarter: q, fuzz, ..
        } => day(match fuzz {
            Fuzz::Start => ymd(y, q * 3 - 2, 1)?,
            Fuzz::Middle => ymd(y, q * 3 - 1, 15)?,
            Fuzz::End => month_end(y, q * 3)?,
        }),
        Point::FuzzyYear { fuzz, .. } => day(match fuzz {
            Fuzz::Start => ymd(y, 1, 1)?,
            Fuzz::Middle => ymd(y, 6, 30)?,
            Fuzz::End => ymd(y, 12, 31)?,
        }),
        Point::Month { month, .. } => months(month, 1, format!("{y}-{month:02}")),
        Point::Quarter { quarter: q, .. } => months(q * 3 - 2, 3, format!("{y}-Q{q}")),
        Point::Half { half: h, .. } => months(h * 6 - 5, 6, format!("{y}-H{h}")),
        Point::NineMonths { .. } => months(1, 9, format!("{y}-9M")),
        Point::Year { .. } => months(1, 12, y.to_string()),
    }
}

/// The `nth` `weekday` (0 = Monday) of month `m`, or its last when `nth` is negative;
/// none when the month has no such day (a fifth Friday).
pub fn weekday_in(y: i32, m: u32, weekday: u32, nth: i8) -> Option<NaiveDate> {
    let first = ymd(y, m, 1)?;
    let last = month_end(y, m)?;
    let w = i64::from(weekday.min(6));
    if nth < 0 {
        let back = (i64::from(last.weekday().num_days_from_monday()) - w).rem_euclid(7);
        return Some(last - Duration::days(back));
    }
    let ahead = (w - i64::from(first.weekday().num_days_from_monday())).rem_euclid(7);
    let d = first + Duration::days(ahead + 7 * (i64::from(nth.max(1)) - 1));
    (d <= last).then_some(d)
}
