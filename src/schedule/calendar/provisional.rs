//! A year without a decision: its days off computed from the Labour Code (2019).
//!
//! Art. 112 gives eleven days: 1/1; five days of Tết; Giỗ Tổ (10/3 lunar); 30/4; 1/5;
//! 2/9 and one day before or after it. Art. 112(3) leaves two choices to the Prime
//! Minister each year, which kpi makes the way past decisions made them most often:
//!
//! - Tết: the last two days of the old lunar year and mùng 1, 2, 3. Every decision under
//!   this Code kept mùng 1 to 3; four of six (2021, 2023, 2024, 2025) added the two days
//!   before, two (2022, 2026) one day before and mùng 4. A deadline on mùng 1 so never
//!   falls due before mùng 4, whichever of the two the decision takes.
//! - The day next to 2/9: 1/9, except when 2/9 is a Thursday, when 3/9 (a Friday) joins
//!   the weekend — as decided in 2021 (Thursday: 3/9) and 2022 to 2026 (1/9, or for a
//!   Monday 2/9 in 2024, 3/9, which gives the same days off as 1/9 with its day in lieu).
//!
//! Art. 111(3): a holiday on a Saturday or Sunday gives a day in lieu on the next working
//! day, after the days off of that holiday. Swaps with a make-up Saturday are decided
//! case by case and are never guessed.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::days::{DayOff, Kind, NamedHoliday, Source, Status, Year};
use super::lunar::LunarYear;

fn ymd(year: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, m, d)
}

/// The eleven days of art. 112 in `year`, by the choices above. Tết and Giỗ Tổ need the
/// lunar calendar (1900 to 2100); outside it only the solar days are known.
pub(super) fn statutory(year: i32) -> Vec<(NaiveDate, NamedHoliday)> {
    use NamedHoliday::*;
    let mut days = Vec::with_capacity(11);
    let mut add = |d: Option<NaiveDate>, h| days.extend(d.map(|d| (d, h)));
    add(ymd(year, 1, 1), NewYear);
    if let Some(lunar) = LunarYear::of(year) {
        let tet = lunar.new_year;
        for k in [-2i64, -1, 0, 1, 2] {
            add(tet.checked_add_signed(chrono::Duration::days(k)), Tet);
        }
        add(Some(lunar.hung_kings()), HungKings);
    }
    add(ymd(year, 4, 30), Reunification);
    add(ymd(year, 5, 1), Labour);
    let national = ymd(year, 9, 2);
    add(national, National);
    let next_to = match national.map(|d| d.weekday()) {
        Some(Weekday::Thu) => ymd(year, 9, 3),
        _ => ymd(year, 9, 1),
    };
    add(next_to, National);
    days.sort();
    days
}

fn weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The provisional schedule of `year`: the statutory days and their days in lieu.
pub(super) fn year(year: i32) -> Year {
    let statutory = statutory(year);
    let mut days: Vec<DayOff> = statutory
        .iter()
        .map(|&(date, holiday)| DayOff {
            date,
            holiday: Some(holiday),
            kind: Kind::Statutory,
            source: Source::Provisional,
            worked: None,
            name: None,
        })
        .collect();
    // Each weekend holiday, in date order, takes the next weekday that is neither a
    // holiday nor already a day in lieu.
    let mut taken: Vec<NaiveDate> = statutory.iter().map(|&(d, _)| d).collect();
    for &(date, holiday) in &statutory {
        if !weekend(date) {
            continue;
        }
        // The eleven days and their days in lieu fit in a fortnight after any of them.
        let Some(d) = (1..=14)
            .filter_map(|k| date.checked_add_days(Days::new(k)))
            .find(|d| !weekend(*d) && !taken.contains(d))
        else {
            continue;
        };
        taken.push(d);
        days.push(DayOff {
            date: d,
            holiday: Some(holiday),
            kind: Kind::InLieu,
            source: Source::Provisional,
            worked: None,
            name: None,
        });
    }
    Year {
        year,
        status: Status::Provisional,
        documents: Vec::new(),
        days,
        workdays: Vec::new(),
    }
    .tidy()
}
