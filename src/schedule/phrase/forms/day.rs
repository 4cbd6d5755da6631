//! A day of each period: of every period ("trước ngày 20 hằng tháng", "ngày 20 tháng
//! cuối quý"), of the reporting period named by its role ("ngày 12 của tháng báo cáo"),
//! of the following period ("ngày 15 của tháng tiếp theo"), and a window inside each
//! period ("từ ngày 10 đến ngày 15 hằng tháng").

use super::super::cursor::{Cursor, Step};
use super::super::error::{ErrorKind, Expect, PhraseError};
use super::super::lexicon as lex;
use super::super::model::{Day, DayRule, Mode, MonthOf, Period};
use super::Piece;
use super::once::marker;
use super::point::{day_num, month_num};

/// The day a recurring deadline names, before its period: "trước ngày 20", "ngày cuối
/// cùng", "ngày thứ ba mươi", "ngày 25/11", "ngày 15 tháng 5", "20th", "October 3".
#[derive(Clone, Copy, Debug)]
struct DaySpec {
    day: Day,
    month: Option<u32>,
    mode: Option<Mode>,
    /// Written "ngày thứ N": counted from the period's start when the period is longer
    /// than a month.
    ordinal: bool,
}

fn day_spec(c: &mut Cursor) -> Step<DaySpec> {
    let mode = marker(c);
    c.skip_all(lex::LINKS);
    let start = c.at;
    // "the last day of ..."
    if c.maybe(|c| (c.accept_any(lex::LAST).is_some() && c.accept("day")).then_some(()))
        .is_some()
    {
        return Ok(Some(DaySpec {
            day: Day::Last,
            month: None,
            mode,
            ordinal: false,
        }));
    }
    let said_day = c.accept("ngay") || c.accept("day");
    if said_day && c.accept_any(lex::LAST).is_some() {
        return Ok(Some(DaySpec {
            day: Day::Last,
            month: None,
            mode,
            ordinal: false,
        }));
    }
    if !said_day && c.accept("the") && c.accept_any(lex::LAST).is_some() && c.accept("day") {
        return Ok(Some(DaySpec {
            day: Day::Last,
            month: None,
            mode,
            ordinal: false,
        }));
    }
    if !said_day {
        c.at = start;
        c.accept("the");
        // English: "October 3", "January 10th".
        if let Some(m) = c.accept_with(lex::month_name) {
            let Some(d) = day_num(c) else {
                return Ok(None);
            };
            c.accept_with(|w| lex::ORDINAL_SUFFIX.contains(&w).then_some(()));
            return checked(c, start, d, Some(m), mode);
        }
    }
    let ordinal = said_day && c.accept("thu");
    let Some(d) = day_num(c) else {
        return if said_day && c.done() {
            c.miss(Expect::Day)
        } else {
            Ok(None)
        };
    };
    let suffix = c
        .accept_with(|w| lex::ORDINAL_SUFFIX.contains(&w).then_some(()))
        .is_some();
    // A bare number is a day only with a month: "15/10 năm sau", "trước 20/6", "31
    // January".
    let month_name = c.peek_word().and_then(lex::month_name).is_some();
    if !said_day && !suffix && !month_name && !matches!(c.peek_sym(), Some('/' | '-' | '.')) {
        return Ok(None);
    }
    if suffix {
        c.accept("day");
    }
    // "ngày 25/11", "ngày 15 tháng 5", "20th of June": the month.
    let month = c.maybe(|c| {
        if c.accept_date_sep().is_some() || c.accept("thang") {
            month_num(c)
        } else {
            c.accept("of");
            c.accept_with(lex::month_name)
        }
    });
    checked(c, start, d, month, mode).map(|s| s.map(|s| DaySpec { ordinal, ..s }))
}

fn checked(
    c: &Cursor,
    start: usize,
    d: u32,
    month: Option<u32>,
    mode: Option<Mode>,
) -> Step<DaySpec> {
    if let Some(m) = month
        && chrono::NaiveDate::from_ymd_opt(2024, m, d).is_none()
    {
        return Err(PhraseError::new(
            ErrorKind::NoSuchDate(c.text(start, c.at).to_string()),
            c.span(start, c.at),
        ));
    }
    Ok(Some(DaySpec {
        day: Day::Nth(d),
        month,
        mode,
        ordinal: false,
    }))
}

/// The period a day belongs to, after the day.
#[derive(Clone, Copy, Debug, Default)]
struct PeriodSpec {
    /// None: "kỳ", whatever period the task recurs over.
    period: Option<Period>,
    month: Option<MonthOf>,
    offset: i8,
    /// "tháng báo cáo", "the reporting quarter".
    role: bool,
}

/// English words before a period word: "the following month", "the reporting quarter".
fn before_period(c: &mut Cursor, spec: &mut PeriodSpec) {
    loop {
        if c.accept_any(&[&["following"], &["next"], &["subsequent"]])
            .is_some()
        {
            spec.offset = 1;
        } else if c
            .accept_any(&[&["previous"], &["preceding"], &["prior"]])
            .is_some()
        {
            spec.offset = -1;
        } else if c
            .accept_any(&[&["reporting"], &["planning"], &["statistical"], &["report"]])
            .is_some()
        {
            spec.role = true;
        } else if !(c.accept("calendar") || c.accept("fiscal")) {
            return;
        }
    }
}

/// A period word, or "kỳ" (None inside).
pub fn period_or_term(c: &mut Cursor) -> Option<Option<Period>> {
    if let Some(p) = c.accept_with(lex::period_word) {
        // "năm tài chính", "năm dương lịch", "calendar year": the year.
        let _ = c.accept_seq(&["tai", "chinh"]) || c.accept_seq(&["duong", "lich"]);
        return Some(Some(p));
    }
    if c.accept("calendar") || c.accept("fiscal") {
        return c.accept_with(lex::period_word).map(Some);
    }
    c.accept_any(lex::ANY_PERIOD).map(|_| None)
}

/// "hằng tháng", "tháng cuối quý", "của tháng báo cáo", "tháng tiếp theo", "năm sau",
/// "of the last month of the reporting quarter", "of the following year".
fn period_spec(c: &mut Cursor) -> Option<PeriodSpec> {
    c.maybe(|c| {
        let of = c.accept_any(lex::OF).is_some();
        c.accept("the");
        if c.accept_any(lex::EACH).is_some() {
            let p = c.accept_with(lex::period_word)?;
            return Some(PeriodSpec {
                period: Some(p),
                ..PeriodSpec::default()
            });
        }
        // "tháng cuối (cùng) (của) (mỗi) quý", "tháng đầu quý sau", "the last month of the
        // reporting quarter", "the 1st month of the following quarter".
        if let Some(which) = c.maybe(|c| {
            // "the 1st month" ("1st" is a number and a suffix).
            let first_en = c.accept_any(lex::FIRST).is_some()
                || c.maybe(|c| {
                    c.num().filter(|&(n, _)| n == 1)?;
                    c.accept("st").then_some(())
                })
                .is_some();
            let last_en = !first_en && c.accept_any(lex::LAST).is_some();
            let _ = c.accept("month") || c.accept("thang");
            let which = if first_en || c.accept_any(lex::FIRST).is_some() {
                MonthOf::First
            } else if last_en || c.accept_any(lex::LAST).is_some() {
                MonthOf::Last
            } else {
                return None;
            };
            c.accept_any(lex::OF);
            c.accept("the");
            let _ = c.accept_any(lex::EACH).is_some() || c.accept("cac");
            let mut spec = PeriodSpec {
                month: Some(which),
                ..PeriodSpec::default()
            };
            before_period(c, &mut spec);
            spec.period = period_or_term(c)?;
            if spec.period == Some(Period::Month) || spec.period == Some(Period::Week) {
                return None;
            }
            Some(spec)
        }) {
            let mut spec = which;
            tail(c, &mut spec);
            return Some(spec);
        }
        let mut spec = PeriodSpec::default();
        before_period(c, &mut spec);
        let period = period_or_term(c)?;
        spec.period = period;
        tail(c, &mut spec);
        // "của tháng": the month itself (a monthly deadline); "kỳ" alone is no period.
        if !(spec.role || spec.offset != 0 || (of && period.is_some() && c.peek_num().is_none())) {
            return None;
        }
        Some(spec)
    })
}

/// What follows a period word: its role ("báo cáo"), or "tiếp theo" / "trước".
fn tail(c: &mut Cursor, spec: &mut PeriodSpec) {
    // "thuộc kỳ báo cáo", "của kỳ báo cáo" after "tháng cuối quý".
    let _ = c.accept_seq(&["thuoc", "ky"]) || c.accept_seq(&["cua", "ky"]);
    if c.accept_any(lex::ROLE).is_some() {
        spec.role = true;
    } else if c.accept_any(lex::NEXT).is_some() {
        spec.offset = 1;
    } else if c.accept_any(lex::PREVIOUS).is_some() {
        spec.offset = -1;
    }
}

fn rule(day: DaySpec, spec: PeriodSpec) -> DayRule {
    let month = match (day.month, spec.month) {
        (Some(m), _) => MonthOf::Fixed(m),
        (None, Some(m)) => m,
        (None, None) => MonthOf::Last,
    };
    // "ngày thứ ba mươi của quý tiếp theo", "ngày 15 của quý sau": counted from the start
    // of a period longer than a month.
    let longer = spec.period.is_none_or(|p| p > Period::Month);
    let counted = longer && day.month.is_none() && spec.month.is_none();
    let which = match day.day {
        Day::Nth(n) if counted && (day.ordinal || spec.offset != 0) => Day::Counted(n),
        d => d,
    };
    DayRule {
        day: which,
        month,
        offset: spec.offset,
        before: day.mode == Some(Mode::Before),
    }
}

fn piece(c: &Cursor, from: usize, day: DaySpec, spec: PeriodSpec) -> Step<Piece> {
    // A weekday of each week is the weekly form's; "ngày 6 của tuần" is no deadline.
    if spec.period == Some(Period::Week) {
        return Ok(None);
    }
    if let (Some(_), Some(Period::Month | Period::Week)) = (day.month, spec.period) {
        return Err(PhraseError::new(
            ErrorKind::DateInShortPeriod(c.text(from, c.at).to_string()),
            c.span(from, c.at),
        ));
    }
    Ok(Some(Piece::Day {
        rule: rule(day, spec),
        mode: day.mode,
        period: spec.period,
        alone: false,
    }))
}

/// A day of each period: "trước ngày 20 hằng tháng", "ngày 15 hàng quý", "trước ngày 20
/// tháng cuối quý", "trước ngày 25/11 hằng năm", "trước ngày 15 của tháng", "20th of each
/// month", "before October 3 each year"; and a day whose period is said elsewhere in the
/// phrase ("Hằng tháng (trước ngày 25)").
pub fn recurring_day(c: &mut Cursor) -> Step<Piece> {
    let from = c.at;
    if let Some(p) = c.maybe(fuzzy_period) {
        return Ok(Some(p));
    }
    let Some(day) = day_spec(c)? else {
        return Ok(None);
    };
    let after_day = c.at;
    if let Some(spec) = period_spec(c)
        && !spec.role
        && spec.offset == 0
    {
        return piece(c, from, day, spec);
    }
    c.at = after_day;
    // A day alone: its period comes from a recurrence elsewhere in the phrase; not a
    // count of days ("ngày thứ mười, kể từ ngày phát sinh").
    let since = c.maybe(|c| {
        c.accept_sym(',');
        c.accept_any(lex::SINCE)
    });
    c.at = after_day;
    if day.month.is_none()
        && matches!(day.day, Day::Nth(_))
        && !matches!(c.peek_sym(), Some('/' | '-' | '.'))
        && c.peek_word() != Some("thang")
        && c.peek_num().is_none()
        && since.is_none()
    {
        return piece(c, from, day, PeriodSpec::default());
    }
    Ok(None)
}

/// "đầu quý", "giữa tháng", "cuối quý" without a number: that day of each period
/// (Civil Code art. 146, and by analogy for a quarter: its first day, the 15th of its
/// middle month, its last day).
fn fuzzy_period(c: &mut Cursor) -> Option<Piece> {
    let (day, month) = if c.accept("dau") {
        (Day::Nth(1), MonthOf::First)
    } else if c.accept("giua") {
        (Day::Nth(15), MonthOf::Middle)
    } else if c.accept("cuoi") {
        (Day::Last, MonthOf::Last)
    } else {
        return None;
    };
    let period = match c.accept_with(lex::period_word)? {
        p @ (Period::Month | Period::Quarter) => p,
        _ => return None,
    };
    // "cuối quý II" is a day of that quarter: the one-off form's.
    if c.peek_num().is_some() || c.peek_word().is_some_and(lex::roman_like) {
        return None;
    }
    Some(Piece::Day {
        rule: DayRule {
            day,
            month,
            offset: 0,
            before: false,
        },
        mode: None,
        period: Some(period),
        alone: false,
    })
}

/// A period of each period without a day, due at its end: "tháng cuối quý báo cáo",
/// "tháng đầu của quý sau", "năm báo cáo".
fn period_alone(c: &mut Cursor, want: impl Fn(&PeriodSpec) -> bool) -> Step<Piece> {
    c.accept_any(lex::WITHIN);
    match period_spec(c) {
        Some(spec) if want(&spec) && !matches!(spec.period, None | Some(Period::Week)) => {
            let rule = DayRule {
                day: Day::Last,
                month: spec.month.unwrap_or(MonthOf::Last),
                offset: spec.offset,
                before: false,
            };
            Ok(Some(Piece::Day {
                rule,
                mode: None,
                period: spec.period,
                alone: true,
            }))
        }
        _ => Ok(None),
    }
}

/// The reporting period named by its role: "chậm nhất ngày 12 của tháng báo cáo",
/// "ngày 20 tháng cuối quý báo cáo", "trước ngày 10/07 của năm báo cáo", "before the
/// 20th of the last month of the reporting quarter".
pub fn role_period(c: &mut Cursor) -> Step<Piece> {
    let from = c.at;
    let Some(day) = day_spec(c)? else {
        c.at = from;
        return period_alone(c, |s| s.role);
    };
    match period_spec(c) {
        Some(spec) if spec.role => piece(c, from, day, spec),
        _ => Ok(None),
    }
}

/// A day of the following period: "ngày 15 của tháng tiếp theo", "trước ngày 10 tháng
/// đầu của quý sau", "ngày 31/01 năm sau", "20th day of the next month", "before January
/// 10th of the following year".
pub fn following_period(c: &mut Cursor) -> Step<Piece> {
    let from = c.at;
    let Some(day) = day_spec(c)? else {
        c.at = from;
        return period_alone(c, |s| s.offset != 0 && !s.role && s.month.is_some());
    };
    match period_spec(c) {
        Some(spec) if spec.offset != 0 && !spec.role => piece(c, from, day, spec),
        _ => Ok(None),
    }
}

/// A window inside each period: "từ ngày 10 đến ngày 15 hằng tháng", "từ ngày 1 đến ngày
/// 7 của tháng đầu quý".
pub fn recurring_window(c: &mut Cursor) -> Step<Piece> {
    if c.accept_any(lex::FROM).is_none() {
        return Ok(None);
    }
    let Some(a) = day_spec(c)? else {
        return Ok(None);
    };
    if !(c.accept_any(lex::TO).is_some() || c.accept_sym('-')) {
        return Ok(None);
    }
    let Some(b) = day_spec(c)? else {
        return Ok(None);
    };
    let Some(spec) = period_spec(c) else {
        return Ok(None);
    };
    if a.month.is_some() != b.month.is_some() {
        return Ok(None);
    }
    Ok(Some(Piece::Window {
        from: rule(a, spec),
        to: rule(b, spec),
        period: spec.period,
    }))
}
