//! The last working day of each period: "ngày làm việc cuối cùng của tháng", "... của
//! quý", "... của năm", "the last working day of the month". Which day that is comes
//! from the holiday calendar (`Calendar::is_working_day`) when the phrase is resolved.

use super::super::cursor::{Cursor, Step};
use super::super::error::Expect;
use super::super::lexicon as lex;
use super::super::model::{Day, DayRule, MonthOf, Period};
use super::Piece;
use super::once::marker;

/// "ngày làm việc cuối cùng", "the last working day", "the last business day".
fn last_working(c: &mut Cursor) -> bool {
    c.maybe(|c| {
        if c.accept_seq(&["ngay", "lam", "viec"]) {
            return c.accept_any(lex::LAST).map(|_| ());
        }
        c.accept("the");
        c.accept_any(lex::LAST)?;
        (c.accept("working") || c.accept("business")).then_some(())?;
        c.accept("day").then_some(())
    })
    .is_some()
}

pub fn last_working_day(c: &mut Cursor) -> Step<Piece> {
    let mode = marker(c);
    c.skip_all(lex::LINKS);
    if !last_working(c) {
        return Ok(None);
    }
    let after = c.at;
    let of = c.accept_any(lex::OF).is_some();
    c.accept("the");
    let each = c.accept_any(lex::EACH).is_some() || c.accept("cac");
    let period = match c.accept_with(lex::period_word) {
        Some(Period::Week) => return c.hard(Expect::PeriodOfDay),
        Some(p) => Some(p),
        None if of || each => return c.hard(Expect::PeriodOfDay),
        None => {
            c.at = after;
            None
        }
    };
    // "của tháng liền trước tháng đáo hạn": a month counted from an event, not read.
    if period.is_some()
        && (c.accept("lien") || c.looking_at(&["truoc"]) || c.looking_at(&["before"]))
    {
        return c.hard(Expect::PeriodOfDay);
    }
    let _ = c.accept_any(lex::ROLE);
    let rule = DayRule {
        day: Day::LastWorking,
        month: MonthOf::Last,
        offset: 0,
        before: false,
    };
    super::weekday::day_in_period(c, rule, mode, period, each)
}
