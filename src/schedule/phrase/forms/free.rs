//! Forms without a date of their own, and the named ones: ongoing work, on request, set
//! elsewhere; holidays by name; the milestones of a multi-year plan; open-ended years.

use super::super::cursor::{Cursor, Step};
use super::super::error::Expect;
use super::super::lexicon as lex;
use super::super::model::{Due, Fuzz, Item, Mode, Period, Point, When};
use super::Piece;
use super::point::{day_num, month_num, year_num, year_suffix};

fn previous_word<'a>(c: &Cursor<'a>) -> Option<&'a str> {
    let k = c.at.checked_sub(1)?;
    c.tokens.word(c.toks.get(k)?)
}

/// "Thường xuyên", "Liên tục", "hằng ngày", "ongoing", "daily".
pub fn ongoing(c: &mut Cursor) -> Step<Piece> {
    Ok(c.accept_any(lex::ONGOING)
        .map(|_| Piece::Free(Item::Ongoing)))
}

/// "Khi có yêu cầu", "Khi có văn bản triệu tập", "Đột xuất", "on request"; and, weaker,
/// "Theo yêu cầu", "Theo chỉ đạo".
pub fn on_request(c: &mut Cursor) -> Step<Piece> {
    // "kể từ khi", "sau khi", "trước khi" belong to durations and events.
    if c.looking_at(&["khi"]) && matches!(previous_word(c), Some("tu" | "sau" | "truoc")) {
        return Ok(None);
    }
    if c.accept_any(lex::ON_REQUEST_WEAK).is_some() {
        return Ok(Some(Piece::Weak(Item::OnRequest)));
    }
    Ok(c.accept_any(lex::ON_REQUEST)
        .map(|_| Piece::Free(Item::OnRequest)))
}

/// "Theo Kế hoạch", "Theo quy định", "Theo lộ trình", "as planned": another document
/// fixes the deadline; so does an event ("tại kỳ họp đầu tiên trong năm"). Weak: a time
/// read anywhere else in the phrase wins.
pub fn elsewhere(c: &mut Cursor) -> Step<Piece> {
    // "tiếp theo", "kế theo": not "according to".
    if c.looking_at(&["theo"]) && matches!(previous_word(c), Some("tiep" | "ke" | "sau")) {
        return Ok(None);
    }
    if c.accept_any(lex::ELSEWHERE).is_some() || c.accept_any(lex::EVENTS).is_some() {
        return Ok(Some(Piece::Weak(Item::Elsewhere)));
    }
    Ok(None)
}

/// A reporting period's data window or reference day, not a deadline: "Số liệu báo cáo
/// tính từ ngày 01/01 đến ngày 30/06", "chốt số liệu ngày 25", "Tính đến ngày 1.2.2025".
/// It takes the rest of its part, and yields to any deadline elsewhere in the phrase.
pub fn data_period(c: &mut Cursor) -> Step<Piece> {
    if c.accept_any(lex::DATA_PERIOD).is_none() {
        return Ok(None);
    }
    c.at = c.toks.len();
    Ok(Some(Piece::Data))
}

/// "trước Tết Nguyên đán", "trước Tết Dương lịch 2026", "dịp 30/4", "nhân dịp Quốc
/// khánh", "sau Tết", "before Tet".
pub fn holiday(c: &mut Cursor) -> Step<Piece> {
    let when = if c.accept_any(lex::BEFORE).is_some() {
        When::Before
    } else if c.accept_any(lex::AFTER_HOLIDAY).is_some() {
        When::After
    } else if c.accept_any(lex::AT_HOLIDAY).is_some() {
        When::At
    } else {
        return Ok(None);
    };
    // Only "dịp", "lễ" promise a holiday; "sau", "on" may be followed by anything.
    let promised = c.at > c.from && {
        let w = c.tokens.word(&c.toks[c.at - 1]);
        matches!(w, Some("dip" | "le" | "nghi"))
    };
    c.skip_all(&[
        &["ky", "nghi"],
        &["ky", "niem"],
        &["nghi"],
        &["le"],
        &["the"],
    ]);
    let named = lex::HOLIDAYS
        .iter()
        .find(|(words, _)| c.looking_at(words))
        .map(|(words, h)| (words.len(), *h));
    let holiday = match named {
        Some((n, h)) => {
            c.at += n;
            c.accept("holiday");
            // "Quốc khánh 2/9", "Tết Dương lịch 1/1": the holiday's own date again.
            c.maybe(|c| {
                let d = day_num(c)?;
                c.accept_date_sep()?;
                let m = month_num(c)?;
                (lex::holiday_date(m, d) == Some(h)).then_some(())
            });
            h
        }
        // "dịp 30/4", "lễ 2/9": the date of a holiday, said as the holiday.
        None if when != When::Before => {
            let Some(h) = c.maybe(|c| {
                let d = day_num(c)?;
                c.accept_date_sep()?;
                let m = month_num(c)?;
                lex::holiday_date(m, d)
            }) else {
                return if promised && c.done() {
                    c.miss(Expect::Holiday)
                } else {
                    Ok(None)
                };
            };
            h
        }
        None => return Ok(None),
    };
    let year = year_suffix(c)?;
    Ok(Some(Piece::Item(Item::Holiday {
        holiday,
        year,
        when,
    })))
}

/// "đầu kỳ, giữa kỳ, cuối kỳ" of a multi-year plan; "sơ kết năm 2027", "tổng kết năm
/// 2030" (the named years).
pub fn milestone(c: &mut Cursor) -> Step<Piece> {
    let review = c.accept_seq(&["so", "ket"]) || c.accept_seq(&["tong", "ket"]);
    if review {
        c.accept_seq(&["giai", "doan"]);
    }
    let milestone = c.maybe(|c| {
        let fuzz = fuzz_word(c)?;
        c.accept_any(lex::PLAN_TERM)?;
        // "cuối kỳ báo cáo" is the end of each reporting period, not of the plan.
        (!lex::ROLE.iter().any(|w| c.looking_at(w))).then_some(fuzz)
    });
    if !review && milestone.is_none() {
        return Ok(None);
    }
    // "sơ kết giữa kỳ vào năm 2008", "tổng kết năm 2030": the year named.
    // Not a period of years ("tổng kết giai đoạn 2021-2025 vào quý IV/2025").
    let year = c.maybe(|c| {
        let _ = c.accept("vao") || c.accept("trong");
        c.accept("nam");
        let y = year_num(c)?;
        (!(c.peek_sym() == Some('-') || c.looking_at(&["den"]))).then_some(y)
    });
    Ok(match (year, milestone) {
        (Some(year), _) => Some(Piece::Point {
            mode: Mode::Within,
            marked: true,
            point: Point::Year { year },
        }),
        (None, Some(fuzz)) => Some(Piece::Item(Item::Milestone(fuzz))),
        (None, None) => None,
    })
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

/// "năm 2025 và các năm tiếp theo" (joins the year before it), "từ năm 2025 trở đi",
/// "from 2025 onwards".
pub fn open_ended(c: &mut Cursor) -> Step<Piece> {
    if c.accept_any(lex::FOLLOWING_YEARS).is_some() {
        return Ok(Some(Piece::FollowingYears));
    }
    let _ = c.accept("tu") || c.accept("from");
    c.accept("nam");
    let Some(year) = year_num(c) else {
        return Ok(None);
    };
    if c.accept_any(lex::ONWARDS).is_none() {
        return Ok(None);
    }
    Ok(Some(Piece::Item(Item::Every {
        period: Period::Year,
        due: Due::End,
        year: None,
        from: Some(year),
        only: None,
    })))
}
