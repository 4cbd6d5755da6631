//! Recurring forms: how often ("hằng quý", "02 lần/năm", "twice a year", "thứ Sáu hằng
//! tuần"), a day of each period ("trước ngày 20 hằng tháng", "ngày 20 tháng cuối quý"),
//! the reporting period named by its role ("ngày 12 của tháng báo cáo"), a day of the
//! following period ("ngày 15 của tháng tiếp theo"), a window inside each period, and
//! durations from a period's end or from an event.

use super::super::cursor::{Cursor, Step};
use super::super::error::{ErrorKind, Expect, PhraseError};
use super::super::lexicon as lex;
use super::super::model::{Day, DayRule, Item, Mode, MonthOf, Period};
use super::Piece;
use super::once::marker;
use super::point::{day_num, month_num, year_num};

/// A recurrence's period from a count of months: "6 tháng", "định kỳ 3 tháng".
fn months_period(n: u32) -> Option<Period> {
    Some(match n {
        1 => Period::Month,
        3 => Period::Quarter,
        6 => Period::Half,
        9 => Period::NineMonths,
        12 => Period::Year,
        _ => return None,
    })
}

/// "01 lần", "một lần": once (per period), which changes nothing.
fn once_per(c: &mut Cursor) {
    c.maybe(|c| {
        c.num().filter(|&(n, _)| n == 1)?;
        c.accept_any(lex::TIMES).map(|_| ())
    });
}

/// "trong năm 2025", "năm 2025", "of 2025" after a recurrence: that year only.
fn year_scope(c: &mut Cursor) -> Option<i32> {
    c.maybe(|c| {
        let _ = c.accept("trong") || c.accept("cua") || c.accept("in") || c.accept("of");
        c.accept_any(lex::YEAR);
        year_num(c)
    })
}

fn freq(period: Period, year: Option<i32>) -> Piece {
    Piece::Freq {
        period,
        weekday: None,
        year,
    }
}

/// "Hằng tháng", "định kỳ hàng quý", "mỗi năm", "6 tháng", "06 tháng một lần", "9
/// tháng", "every month", "quarterly", "half-yearly"; "năm" and "cuối năm" alone in a
/// list ("Hàng quý, 6 tháng, năm").
pub fn recurring(c: &mut Cursor) -> Step<Piece> {
    c.accept_any(lex::PERIODIC);
    let start = c.at;
    if c.accept_any(lex::EACH).is_some() {
        let period = if c.accept("half") {
            let _ = c.accept_sym('-');
            c.accept("year");
            Period::Half
        } else {
            let Some(p) = c.accept_with(lex::period_word) else {
                return Ok(None);
            };
            p
        };
        once_per(c);
        return Ok(Some(freq(period, year_scope(c))));
    }
    if let Some(p) = c.accept_with(lex::period_adverb) {
        return Ok(Some(freq(p, year_scope(c))));
    }
    if c.accept("half") && c.accept_sym('-') && c.accept("yearly") {
        return Ok(Some(freq(Period::Half, year_scope(c))));
    }
    c.at = start;
    if let Some((n, _)) = c.peek_num() {
        c.at += 1;
        if !(c.accept("thang") || c.accept("months")) {
            return Ok(None);
        }
        // Not "6 tháng đầu năm", "9 tháng năm 2024", "6 tháng 6".
        let next = c.peek_word();
        let once = c.peek_num().is_some_and(|(n, _)| n == 1) && c.word_at(1) == Some("lan");
        if matches!(next, Some("dau" | "cuoi" | "nam" | "first"))
            || (c.peek_num().is_some() && !once)
            || c.peek_sym() == Some('/')
        {
            return Ok(None);
        }
        let Some(p) = months_period(n) else {
            return Ok(None);
        };
        once_per(c);
        return Ok(Some(freq(p, year_scope(c))));
    }
    // "năm" or "cuối năm" alone, as in "Hàng quý, 6 tháng, năm".
    if start == 0 {
        let _ = c.accept("cuoi");
        if c.accept("nam") && c.done() {
            return Ok(Some(freq(Period::Year, None)));
        }
    }
    Ok(None)
}

/// "01 lần/quý", "ít nhất 01 lần/tháng", "02 lần/năm", "1 lần mỗi tháng", "twice a year",
/// "4 times a year".
pub fn times(c: &mut Cursor) -> Step<Piece> {
    c.skip_all(lex::AT_LEAST);
    let n = match c.peek_num() {
        Some((n, _)) => {
            c.at += 1;
            if c.accept_any(lex::TIMES).is_none() {
                return Ok(None);
            }
            n
        }
        None => match c.accept_with(lex::times_word) {
            Some(n) => {
                c.accept_any(lex::TIMES);
                n
            }
            None => return Ok(None),
        },
    };
    let from = c.at;
    let _ = c.accept_sym('/') || c.accept_any(lex::TIMES_PER).is_some();
    let Some(per) = c.accept_with(lex::period_word) else {
        return Ok(None);
    };
    let period = match (n, per) {
        (1, p) => p,
        (2, Period::Year) => Period::Half,
        (4, Period::Year) => Period::Quarter,
        (12, Period::Year) => Period::Month,
        (3, Period::Quarter) => Period::Month,
        _ => {
            c.at = from;
            return Err(c.error_at(c.from, c.at, Expect::Times));
        }
    };
    Ok(Some(freq(period, year_scope(c))))
}

/// "thứ Sáu hằng tuần", "thứ 6 hàng tuần", "every Friday".
pub fn weekly(c: &mut Cursor) -> Step<Piece> {
    c.accept_any(lex::PERIODIC);
    if c.accept_any(lex::WEEKLY).is_some() {
        return Ok(Some(Piece::Freq {
            period: Period::Week,
            weekday: None,
            year: None,
        }));
    }
    let _ = c.accept("vao") || c.accept("on");
    let every = c.accept("every") || c.accept("each");
    let day = if c.accept("thu") {
        match c.peek_num() {
            Some((d @ 2..=7, 1)) => {
                c.at += 1;
                Some(d - 2)
            }
            _ => c.accept_with(lex::weekday_vi),
        }
    } else if c.accept_seq(&["chu", "nhat"]) {
        Some(6)
    } else {
        c.accept_with(lex::weekday_en)
    };
    let Some(day) = day else {
        return Ok(None);
    };
    if c.accept_any(lex::WEEKLY).is_none() && !every {
        return Ok(None);
    }
    Ok(Some(Piece::Freq {
        period: Period::Week,
        weekday: Some(day),
        year: None,
    }))
}

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
    // A bare number is a day only with a month: "15/10 năm sau", "trước 20/6".
    if !said_day && !suffix && !matches!(c.peek_sym(), Some('/' | '-' | '.')) {
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
    checked(c, start, d, month, mode).map(|s| {
        s.map(|s| DaySpec {
            ordinal: ordinal || suffix,
            ..s
        })
    })
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
fn period_or_term(c: &mut Cursor) -> Option<Option<Period>> {
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
            let first_en = c.accept_any(lex::FIRST).is_some();
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
    }))
}

/// A day of each period: "trước ngày 20 hằng tháng", "ngày 15 hàng quý", "trước ngày 20
/// tháng cuối quý", "trước ngày 25/11 hằng năm", "trước ngày 15 của tháng", "20th of each
/// month", "before October 3 each year"; and a day whose period is said elsewhere in the
/// phrase ("Hằng tháng (trước ngày 25)").
pub fn recurring_day(c: &mut Cursor) -> Step<Piece> {
    let from = c.at;
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
    // A day alone: its period comes from a recurrence elsewhere in the phrase.
    if day.month.is_none()
        && matches!(day.day, Day::Nth(_))
        && !matches!(c.peek_sym(), Some('/' | '-' | '.'))
        && c.peek_word() != Some("thang")
        && c.peek_num().is_none()
    {
        return piece(c, from, day, PeriodSpec::default());
    }
    Ok(None)
}

/// The reporting period named by its role: "chậm nhất ngày 12 của tháng báo cáo",
/// "ngày 20 tháng cuối quý báo cáo", "trước ngày 10/07 của năm báo cáo", "before the
/// 20th of the last month of the reporting quarter".
pub fn role_period(c: &mut Cursor) -> Step<Piece> {
    let from = c.at;
    let Some(day) = day_spec(c)? else {
        return Ok(None);
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
        return Ok(None);
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

/// "30 ngày", "05 ngày làm việc", "ngày thứ chín mươi", "90th day", "twenty days": the
/// count and whether it counts working days.
fn duration(c: &mut Cursor) -> Option<(u32, bool)> {
    c.maybe(|c| {
        marker(c);
        c.skip_all(lex::DURATION_LEAD);
        c.skip_all(lex::AT_LEAST);
        let _ = c.accept("sau") || c.accept("after");
        c.accept("la");
        if c.accept_seq(&["ngay", "thu"]) {
            let (n, _) = c.num()?;
            return Some((n, false));
        }
        let (n, len) = c.num()?;
        if len > 4 {
            return None;
        }
        if c.accept_with(|w| lex::ORDINAL_SUFFIX.contains(&w).then_some(()))
            .is_some()
        {
            return c.accept("day").then_some((n, false));
        }
        if c.accept_any(lex::WORKING_DAYS).is_some() {
            return Some((n, true));
        }
        c.accept_any(lex::DAYS).map(|_| (n, false))
    })
}

/// "trong 30 ngày kể từ ngày kết thúc quý", "05 ngày làm việc kể từ thời điểm kết thúc
/// kỳ báo cáo", "90 days from the end of the quarter".
pub fn after_period_end(c: &mut Cursor) -> Step<Piece> {
    let Some((days, working)) = duration(c) else {
        return Ok(None);
    };
    if c.accept_any(lex::SINCE).is_none() {
        return Ok(None);
    }
    if c.accept_any(lex::PERIOD_END).is_none() {
        return Ok(None);
    }
    c.accept("each");
    let _ = c.accept("calendar") || c.accept("fiscal");
    // "6 tháng đầu năm", "quý", "năm tài chính", "kỳ báo cáo", "the reporting month".
    let role_first = c.accept_any(lex::ROLE).is_some();
    let period = if c
        .maybe(|c| {
            c.num().filter(|&(n, _)| n == 6)?;
            c.accept("thang").then_some(())
        })
        .is_some()
    {
        c.accept_seq(&["dau", "nam"]);
        Some(Period::Half)
    } else {
        match period_or_term(c) {
            Some(p) => p,
            None => return c.miss(Expect::DurationFrom),
        }
    };
    if !role_first {
        c.accept_any(lex::ROLE);
    }
    Ok(Some(Piece::After {
        days,
        working,
        period,
    }))
}

/// A duration from an event, which only a request can date: "trong vòng 30 ngày kể từ
/// ngày nhận được hồ sơ", "chậm nhất 10 ngày trước khi khai mạc", "within 10 working
/// days of the request", "sau khi ...".
pub fn after_event(c: &mut Cursor) -> Step<Piece> {
    if c.accept_seq(&["ngay", "sau", "khi"]) || c.accept_seq(&["sau", "khi"]) {
        return Ok(Some(Piece::Free(Item::OnRequest)));
    }
    if duration(c).is_none() {
        return Ok(None);
    }
    let anchored = c.accept_any(lex::SINCE).is_some()
        || c.accept_seq(&["truoc", "khi"])
        || c.accept_seq(&["truoc", "ngay"])
        || c.accept("before")
        || c.done();
    if !anchored {
        return Ok(None);
    }
    Ok(Some(Piece::Free(Item::OnRequest)))
}
