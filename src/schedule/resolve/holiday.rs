//! The day a named holiday sets ("trước Tết Nguyên đán", "dịp 30/4", "sau Tết"), from
//! the calendar's break for the holiday (`Calendar::break_of`).

use chrono::NaiveDate;

use super::Occurrence;
use super::generate::Candidate;
use super::periods::ymd;
use crate::schedule::calendar::{Calendar, NamedHoliday};
use crate::schedule::phrase::When;

fn holiday_name(h: NamedHoliday) -> &'static str {
    match h {
        NamedHoliday::NewYear => "new-year",
        NamedHoliday::Tet => "tet",
        NamedHoliday::HungKings => "hung-kings",
        NamedHoliday::Reunification => "30-4",
        NamedHoliday::Labour => "1-5",
        NamedHoliday::National => "2-9",
    }
}

/// The day a holiday sets in year `y`; the key when the calendar does not know it.
/// Before the New Year's Day of a year-less phrase is the end of the plan's year (the
/// next 1 January), so that it falls inside the year.
pub fn holiday_day(
    h: NamedHoliday,
    when: When,
    y: i32,
    written: bool,
    calendar: &Calendar,
) -> Result<Candidate, String> {
    let hy = if h == NamedHoliday::NewYear && when == When::Before && !written {
        y + 1
    } else {
        y
    };
    let key = format!("{hy}-{}", holiday_name(h));
    let fixed = match h {
        NamedHoliday::NewYear => ymd(hy, 1, 1),
        NamedHoliday::Reunification => ymd(hy, 4, 30),
        NamedHoliday::Labour => ymd(hy, 5, 1),
        NamedHoliday::National => ymd(hy, 9, 2),
        NamedHoliday::Tet | NamedHoliday::HungKings => None,
    };
    // Without the year's schedule, a solar holiday is its own day; a lunar one is unknown.
    let Some((first, last)) = calendar.break_of(h, hy).or(fixed.map(|d| (d, d))) else {
        return Err(key);
    };
    let step = |mut d: NaiveDate, forward: bool| {
        for _ in 0..60 {
            if calendar.is_working_day(d) {
                break;
            }
            d = if forward {
                d.succ_opt()?
            } else {
                d.pred_opt()?
            };
        }
        Some(d)
    };
    let day = match when {
        When::Before => first.pred_opt().and_then(|d| step(d, false)),
        When::At => Some(first),
        When::After => last.succ_opt().and_then(|d| step(d, true)),
    }
    .ok_or_else(|| key.clone())?;
    Ok(Candidate {
        occ: Occurrence {
            key,
            start: None,
            last_day: day,
            due: day,
            recurring: false,
        },
        from: day,
        to: day,
    })
}
