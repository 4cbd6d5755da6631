//! Points written in English: "April 10, 2025", "15 March 2025", "the 20th of June",
//! "June 2025", "in June".

use super::super::cursor::{Cursor, Step};
use super::super::lexicon as lex;
use super::super::model::Point;
use super::point::{checked, day_num, year_suffix};

/// English dates: "April 10, 2025", "January 10th", "15 March 2025", "the 20th of June".
pub fn date(c: &mut Cursor) -> Step<Point> {
    let start = c.at;
    c.accept("the");
    if let Some(month) = c.accept_with(lex::month_name) {
        let Some(day) = day_num(c) else {
            return Ok(None);
        };
        c.accept_with(|w| lex::ORDINAL_SUFFIX.contains(&w).then_some(()));
        let year = year_suffix(c)?;
        return checked(c, start, year, month, day);
    }
    let Some(day) = day_num(c) else {
        return Ok(None);
    };
    c.accept_with(|w| lex::ORDINAL_SUFFIX.contains(&w).then_some(()));
    c.accept("of");
    let Some(month) = c.accept_with(lex::month_name) else {
        return Ok(None);
    };
    let year = year_suffix(c)?;
    checked(c, start, year, month, day)
}

/// "June 2025", "in June": a month by its English name (without a year only after a
/// word that introduces a time, since "may" is also a verb).
pub fn month(c: &mut Cursor) -> Step<Point> {
    let marked =
        c.at.checked_sub(1)
            .and_then(|k| c.toks.get(k))
            .and_then(|t| c.tokens.word(t))
            .is_some_and(|w| {
                matches!(
                    w,
                    "in" | "before" | "by" | "until" | "during" | "till" | "from" | "to"
                )
            });
    let Some(month) = c.accept_with(lex::month_name) else {
        return Ok(None);
    };
    let year = year_suffix(c)?;
    if year.is_none() && !marked {
        return Ok(None);
    }
    Ok(Some(Point::Month { year, month }))
}
