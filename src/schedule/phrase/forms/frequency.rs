//! How often: "hằng quý", "định kỳ 6 tháng", "02 lần/năm", "twice a year", "thứ Sáu
//! hằng tuần".

use super::super::cursor::{Cursor, Step};
use super::super::error::Expect;
use super::super::lexicon as lex;
use super::super::model::Period;
use super::Piece;
use super::point::year_num;

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
    // "semi-annually", "bi-annually": twice a year.
    if (c.accept("semi") || c.accept("bi"))
        && c.accept_sym('-')
        && matches!(c.peek_word(), Some("annually" | "annual" | "yearly"))
    {
        c.at += 1;
        return Ok(Some(freq(Period::Half, year_scope(c))));
    }
    c.at = start;
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
            // "01 ngày trong 01 tuần": one day in each week.
            let days =
                c.looking_at(&["ngay"]) && matches!(c.word_at(1), Some("trong" | "moi" | "tren"));
            if days {
                c.at += 1;
            } else if c.accept_any(lex::TIMES).is_none() {
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
    // "2 lần/1 tháng", "trong 01 tuần".
    c.maybe(|c| c.num().filter(|&(n, _)| n == 1));
    // "twice yearly".
    let Some(per) = c
        .accept_with(lex::period_word)
        .or_else(|| c.accept_with(lex::period_adverb))
    else {
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
    c.accept("ngay");
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
