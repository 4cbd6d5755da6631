//! Durations: from a period's end ("trong 30 ngày kể từ ngày kết thúc quý"), which
//! make a recurring deadline, and from an event ("kể từ ngày nhận được hồ sơ"), which
//! only a request can date.

use super::super::cursor::{Cursor, Step};
use super::super::error::Expect;
use super::super::lexicon as lex;
use super::super::model::{Item, Period};
use super::Piece;
use super::day::period_or_term;
use super::once::marker;

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
        if c.accept_any(lex::WEEKS).is_some() {
            return Some((n.saturating_mul(7), false));
        }
        c.accept_any(lex::DAYS).map(|_| (n, false))
    })
}

/// What a duration counts from, after its count: "kể từ", ", kể từ", "sau", "of".
fn since(c: &mut Cursor) -> bool {
    c.maybe(|c| {
        // ", kể từ", "... kể từ" (words left out).
        while matches!(c.peek_sym(), Some(',' | '.' | '…')) {
            c.at += 1;
        }
        c.accept_any(lex::SINCE)
    })
    .is_some()
}

/// "trong 30 ngày kể từ ngày kết thúc quý", "05 ngày làm việc kể từ thời điểm kết thúc
/// kỳ báo cáo", "90 days from the end of the quarter".
pub fn after_period_end(c: &mut Cursor) -> Step<Piece> {
    let Some((days, working)) = duration(c) else {
        return Ok(None);
    };
    if !since(c) || c.accept_any(lex::PERIOD_END).is_none() {
        return Ok(None);
    }
    let _ = c.accept("each") || c.accept("moi") || c.accept("tung");
    let _ = c.accept("calendar") || c.accept("fiscal");
    // "6 tháng đầu năm", "quý", "năm tài chính", "kỳ báo cáo", "the reporting month".
    let role_first = c.accept_any(lex::ROLE).is_some();
    let half = c.maybe(|c| {
        c.num().filter(|&(n, _)| n == 6)?;
        c.accept("thang").then_some(())?;
        Some(if c.accept_seq(&["dau", "nam"]) {
            Some(1)
        } else if c.accept_seq(&["cuoi", "nam"]) {
            Some(2)
        } else {
            None
        })
    });
    let (period, only) = match half {
        Some(only) => (Some(Period::Half), only),
        None => match period_or_term(c) {
            Some(p) => (p, None),
            None => return c.miss(Expect::DurationFrom),
        },
    };
    if !role_first {
        c.accept_any(lex::ROLE);
    }
    Ok(Some(Piece::After {
        days,
        working,
        period,
        only,
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
    let anchored = since(c)
        || c.accept_seq(&["truoc", "khi"])
        || c.accept_seq(&["truoc", "ngay"])
        || c.accept("before")
        || c.done();
    if !anchored {
        return Ok(None);
    }
    Ok(Some(Piece::Free(Item::OnRequest)))
}
