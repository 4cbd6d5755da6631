//! A weekday of a month: "thứ Sáu tuần thứ 2 hằng tháng", "ngày thứ tư của tuần lễ thứ
//! hai trong tháng", "thứ Sáu của tuần cuối tháng", "thứ Hai đầu tiên của tháng 3/2025".
//!
//! "Tuần thứ 2" is the month's second such weekday, not the second calendar week
//! (docs/decisions.md). A weekday before a week that names no week of a month ("thứ Sáu
//! tuần sau") is refused here: otherwise the period word after it ("cuối tháng") would be
//! read alone and the phrase would silently mean another day.

use super::super::cursor::{Cursor, Step};
use super::super::error::Expect;
use super::super::lexicon as lex;
use super::super::model::{Day, DayRule, Due, Item, Mode, MonthOf, Period};
use super::Piece;
use super::once::marker;
use super::point::{month_num, year_num};

/// "thứ Sáu", "thứ 6", "chủ nhật" (0 = Monday).
fn weekday(c: &mut Cursor) -> Option<u32> {
    if c.accept("thu") {
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
        None
    }
}

/// "đầu tiên", "đầu", "thứ 2", "thứ hai", "cuối cùng", "cuối": 1 to 5, or -1 (the last).
fn nth(c: &mut Cursor) -> Option<i8> {
    c.maybe(|c| {
        if c.accept_any(lex::FIRST).is_some() {
            return Some(1);
        }
        if c.accept_any(lex::LAST).is_some() {
            return Some(-1);
        }
        if !c.accept("thu") {
            return None;
        }
        match c.peek_num() {
            Some((n @ 1..=5, _)) => {
                c.at += 1;
                Some(n as i8)
            }
            _ => c.accept_with(lex::nth_of_month),
        }
    })
}

/// "the last Friday", "the second Wednesday", "the 2nd Monday": the n-th and the weekday.
fn en_nth_weekday(c: &mut Cursor) -> Option<(u32, i8)> {
    c.maybe(|c| {
        c.accept("the");
        let nth = match c.accept_with(lex::en_nth) {
            Some(n) => n,
            None => {
                let (n, _) = c.num().filter(|&(n, _)| (1..=5).contains(&n))?;
                c.accept_with(|w| lex::ORDINAL_SUFFIX.contains(&w).then_some(()))?;
                n as i8
            }
        };
        let weekday = c.accept_with(lex::weekday_en)?;
        Some((weekday, nth))
    })
}

/// "thứ Sáu tuần thứ 2 (hằng tháng)", "ngày thứ Sáu cuối cùng của tháng", "thứ Hai đầu
/// tiên của quý", "thứ Hai đầu tiên của tháng 3/2025".
pub fn weekday_of_month(c: &mut Cursor) -> Step<Piece> {
    let mode = marker(c);
    c.skip_all(lex::LINKS);
    // "tuần đầu tháng", "tuần thứ 2 của tháng" with no weekday: which day of that week is
    // not said; refused rather than read as the month's first or last day.
    // "2 tuần đầu tháng" (a count of weeks) only before a period word.
    let counted = c.at > 0 && c.toks[c.at - 1].num().is_some();
    if c.accept_any(lex::WEEK).is_some() {
        if nth(c).is_none() {
            return Ok(None);
        }
        let before = c.at;
        c.accept_any(lex::OF);
        let period = c.accept_with(lex::period_word).is_some();
        c.at = before;
        if counted && !period {
            return Ok(None);
        }
        return c.hard(Expect::WeekdayOfWeek);
    }
    c.accept("ngay");
    let (weekday, nth) = match weekday(c) {
        Some(w) => {
            // "thứ Sáu hằng tuần" is the weekly form's.
            if lex::WEEKLY.iter().any(|w| c.looking_at(w)) {
                return Ok(None);
            }
            let week = c
                .maybe(|c| {
                    c.accept_any(lex::OF);
                    c.accept_any(lex::WEEK).map(|_| ())
                })
                .is_some();
            let Some(nth) = nth(c) else {
                // "ngày thứ 6 của tuần" and nothing after: no week of a month, no
                // deadline here.
                if week && !c.done() && c.peek_sym().is_none() {
                    return c.hard(Expect::WeekOfMonth);
                }
                return Ok(None);
            };
            (w, nth)
        }
        None => match en_nth_weekday(c) {
            Some(x) => x,
            None => return Ok(None),
        },
    };
    let after_nth = c.at;
    let of = c.accept_any(lex::OF).is_some();
    c.accept("the");
    let each = of && c.accept_any(lex::EACH).is_some();
    let period = match c.accept_with(lex::period_word) {
        Some(Period::Week) => return c.hard(Expect::WeekOfMonth),
        Some(p) => Some(p),
        None if each => return c.hard(Expect::PeriodOfDay),
        None => {
            c.at = after_nth;
            None
        }
    };
    let _ = c.accept_any(lex::ROLE);
    let rule = DayRule {
        day: Day::Weekday { weekday, nth },
        month: if nth < 0 {
            MonthOf::Last
        } else {
            MonthOf::First
        },
        offset: 0,
        before: false,
    };
    day_in_period(c, rule, mode, period, each)
}

/// The end of a day of a period (`weekday-of-month`, `last-working-day`): "của tháng
/// 3/2025" (or "tháng 3 năm 2025") names one month; else the day recurs in each `period`,
/// or in the phrase's. A day of one named quarter ("của quý II") is not read yet: refused
/// rather than read as the quarter alone.
pub(super) fn day_in_period(
    c: &mut Cursor,
    rule: DayRule,
    mode: Option<Mode>,
    period: Option<Period>,
    each: bool,
) -> Step<Piece> {
    if period == Some(Period::Month) && !each && c.peek_num().is_some() {
        let Some(month) = month_num(c) else {
            return c.hard(Expect::Month);
        };
        let year = c.maybe(|c| {
            if c.accept_date_sep().is_none() {
                c.accept("nam");
            }
            year_num(c)
        });
        return Ok(Some(Piece::Item(Item::Every {
            period: Period::Month,
            due: Due::On(rule),
            year,
            from: None,
            only: Some(month),
        })));
    }
    if period.is_some() && (c.peek_num().is_some() || c.peek_word().is_some_and(lex::roman_like)) {
        return c.hard(Expect::PeriodOfDay);
    }
    Ok(Some(Piece::Day {
        rule,
        mode,
        period,
        alone: false,
    }))
}
