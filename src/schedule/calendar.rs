//! Working days in Vietnam: weekends, the public holidays the law and the Prime
//! Minister's yearly notices fix, and what `kpi.toml` adds.
//!
//! A last day that falls on a day off moves to the next working day (Civil Code 2015,
//! art. 148). The shipped table covers 2023 to 2026; for other years only the solar
//! holidays fixed by the Labour Code (1/1, 30/4, 1/5, 2/9) are known, since Tết and the
//! Hùng Kings' day follow the lunar calendar and the notices that fix the days around
//! them. `[[holiday]]` and `[[workday]]` in kpi.toml add or cancel days for any year.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate, Weekday};

/// Days off for public servants, as (year, month, day, name). Weekends inside a holiday
/// period are listed only when they are holidays themselves; they are days off anyway.
const HOLIDAYS: &[(i32, u32, u32, &str)] = &[
    // 2023: Tết Quý Mão 20-26/1; Giỗ Tổ (Sat 29/4) and 30/4 (Sun) compensated on 2-3/5;
    // Quốc khánh 2/9 (Sat) with 1/9, compensated on 4/9.
    (2023, 1, 1, "Tết Dương lịch"),
    (2023, 1, 2, "Nghỉ bù Tết Dương lịch"),
    (2023, 1, 20, "Tết Nguyên đán"),
    (2023, 1, 23, "Tết Nguyên đán"),
    (2023, 1, 24, "Tết Nguyên đán"),
    (2023, 1, 25, "Tết Nguyên đán"),
    (2023, 1, 26, "Tết Nguyên đán"),
    (2023, 4, 29, "Giỗ Tổ Hùng Vương"),
    (2023, 4, 30, "Ngày Chiến thắng"),
    (2023, 5, 1, "Quốc tế Lao động"),
    (2023, 5, 2, "Nghỉ bù Giỗ Tổ Hùng Vương"),
    (2023, 5, 3, "Nghỉ bù Ngày Chiến thắng"),
    (2023, 9, 1, "Quốc khánh"),
    (2023, 9, 2, "Quốc khánh"),
    (2023, 9, 4, "Nghỉ bù Quốc khánh"),
    // 2024: Tết Giáp Thìn 8-14/2; Giỗ Tổ 18/4; 30/4-1/5 with 29/4 swapped for Sat 4/5;
    // Quốc khánh 2/9 with 3/9.
    (2024, 1, 1, "Tết Dương lịch"),
    (2024, 2, 8, "Tết Nguyên đán"),
    (2024, 2, 9, "Tết Nguyên đán"),
    (2024, 2, 12, "Tết Nguyên đán"),
    (2024, 2, 13, "Tết Nguyên đán"),
    (2024, 2, 14, "Tết Nguyên đán"),
    (2024, 4, 18, "Giỗ Tổ Hùng Vương"),
    (2024, 4, 29, "Nghỉ hoán đổi (làm bù thứ Bảy 4/5)"),
    (2024, 4, 30, "Ngày Chiến thắng"),
    (2024, 5, 1, "Quốc tế Lao động"),
    (2024, 9, 2, "Quốc khánh"),
    (2024, 9, 3, "Quốc khánh"),
    // 2025: Tết Ất Tỵ 25/1-2/2; Giỗ Tổ 7/4; 30/4-1/5 with 2/5 swapped for Sat 26/4;
    // Quốc khánh 2/9 with 1/9.
    (2025, 1, 1, "Tết Dương lịch"),
    (2025, 1, 27, "Tết Nguyên đán"),
    (2025, 1, 28, "Tết Nguyên đán"),
    (2025, 1, 29, "Tết Nguyên đán"),
    (2025, 1, 30, "Tết Nguyên đán"),
    (2025, 1, 31, "Tết Nguyên đán"),
    (2025, 4, 7, "Giỗ Tổ Hùng Vương"),
    (2025, 4, 30, "Ngày Chiến thắng"),
    (2025, 5, 1, "Quốc tế Lao động"),
    (2025, 5, 2, "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)"),
    (2025, 9, 1, "Quốc khánh"),
    (2025, 9, 2, "Quốc khánh"),
    // 2026: Tết Bính Ngọ 14-22/2; Giỗ Tổ 26/4 (Sun) compensated on 27/4; 30/4-1/5;
    // Quốc khánh 2/9 with 1/9. Check against the Prime Minister's notice for the year and
    // correct with [[holiday]] / [[workday]] in kpi.toml where it differs.
    (2026, 1, 1, "Tết Dương lịch"),
    (2026, 2, 16, "Tết Nguyên đán"),
    (2026, 2, 17, "Tết Nguyên đán"),
    (2026, 2, 18, "Tết Nguyên đán"),
    (2026, 2, 19, "Tết Nguyên đán"),
    (2026, 2, 20, "Tết Nguyên đán"),
    (2026, 4, 27, "Nghỉ bù Giỗ Tổ Hùng Vương"),
    (2026, 4, 30, "Ngày Chiến thắng"),
    (2026, 5, 1, "Quốc tế Lao động"),
    (2026, 9, 1, "Quốc khánh"),
    (2026, 9, 2, "Quốc khánh"),
];

/// Saturdays made working days by the swaps above.
const WORKDAYS: &[(i32, u32, u32)] = &[(2024, 5, 4), (2025, 4, 26)];

const FIRST_YEAR: i32 = 2023;
const LAST_YEAR: i32 = 2026;

/// A public holiday a phrase can name ("trước Tết Nguyên đán", "dịp 30/4").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NamedHoliday {
    /// Tết Dương lịch, 1/1.
    NewYear,
    /// Tết Nguyên đán: the lunar new year.
    Tet,
    /// Giỗ Tổ Hùng Vương, 10/3 of the lunar calendar.
    HungKings,
    /// Ngày Chiến thắng, 30/4.
    Reunification,
    /// Quốc tế Lao động, 1/5.
    Labour,
    /// Quốc khánh, 2/9.
    National,
}

/// Days off beyond weekends, and weekend days that are working days.
#[derive(Clone, Debug, Default)]
pub struct Calendar {
    holidays: HashSet<NaiveDate>,
    workdays: HashSet<NaiveDate>,
    /// Whether last days move off days off at all (`roll_to_working_day`).
    pub roll: bool,
}

impl Calendar {
    /// The shipped calendar, plus `extra` holidays and `workdays` from kpi.toml.
    pub fn vietnam(extra: &[NaiveDate], workdays: &[NaiveDate], roll: bool) -> Calendar {
        let mut holidays: HashSet<NaiveDate> = HOLIDAYS
            .iter()
            .filter_map(|&(y, m, d, _)| NaiveDate::from_ymd_opt(y, m, d))
            .collect();
        holidays.extend(extra.iter().copied());
        let mut work: HashSet<NaiveDate> = WORKDAYS
            .iter()
            .filter_map(|&(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
            .collect();
        work.extend(workdays.iter().copied());
        Calendar {
            holidays,
            workdays: work,
            roll,
        }
    }

    /// A calendar without holidays or rolling, for reading phrases as written.
    pub fn none() -> Calendar {
        Calendar::default()
    }

    pub fn is_holiday(&self, d: NaiveDate) -> bool {
        if self.holidays.contains(&d) {
            return true;
        }
        // Years without a table: the solar holidays of the Labour Code, art. 112.
        let y = d.year();
        !(FIRST_YEAR..=LAST_YEAR).contains(&y)
            && matches!((d.month(), d.day()), (1, 1) | (4, 30) | (5, 1) | (9, 2))
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        if self.workdays.contains(&d) {
            return true;
        }
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !self.is_holiday(d)
    }

    /// The day a last day falls due: itself, or the next working day (art. 148).
    pub fn due(&self, last_day: NaiveDate) -> NaiveDate {
        if !self.roll {
            return last_day;
        }
        let mut d = last_day;
        // A run of days off is never longer than a few weeks; 60 is a safe bound.
        for _ in 0..60 {
            if self.is_working_day(d) {
                return d;
            }
            match d.succ_opt() {
                Some(n) => d = n,
                None => return last_day,
            }
        }
        last_day
    }

    /// The break of `holiday` in `year`: its first and last day off (weekends inside
    /// it included), or none when the calendar does not know it. Tết is the one whose
    /// first lunar day falls in `year` (January or February).
    ///
    /// A phrase "trước Tết Nguyên đán" falls due on the last working day before the
    /// break's first day; "dịp 30/4" on the holiday's first day.
    pub fn break_of(&self, holiday: NamedHoliday, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        let (name, months): (&str, &[u32]) = match holiday {
            NamedHoliday::NewYear => ("Tết Dương lịch", &[1]),
            NamedHoliday::Tet => ("Tết Nguyên đán", &[1, 2]),
            NamedHoliday::HungKings => ("Giỗ Tổ Hùng Vương", &[3, 4, 5]),
            NamedHoliday::Reunification => ("Ngày Chiến thắng", &[4, 5]),
            NamedHoliday::Labour => ("Quốc tế Lao động", &[4, 5]),
            NamedHoliday::National => ("Quốc khánh", &[8, 9]),
        };
        let days: Vec<NaiveDate> = HOLIDAYS
            .iter()
            .filter(|&&(y, m, _, n)| y == year && months.contains(&m) && n.contains(name))
            .filter_map(|&(y, m, d, _)| NaiveDate::from_ymd_opt(y, m, d))
            .collect();
        let (first, last) = (*days.iter().min()?, *days.iter().max()?);
        // Widen over the days off around it (weekends, other holidays of the break).
        let mut start = first;
        while let Some(p) = start.pred_opt().filter(|p| !self.is_working_day(*p)) {
            start = p;
        }
        let mut end = last;
        while let Some(n) = end.succ_opt().filter(|n| !self.is_working_day(*n)) {
            end = n;
        }
        Some((start, end))
    }

    /// The name of the holiday on `d`, for explaining a roll.
    pub fn holiday_name(d: NaiveDate) -> Option<&'static str> {
        HOLIDAYS
            .iter()
            .find(|&&(y, m, dd, _)| (y, m, dd) == (d.year(), d.month(), d.day()))
            .map(|&(_, _, _, n)| n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn rolls_over_weekends_and_holidays() {
        let c = Calendar::vietnam(&[], &[], true);
        assert_eq!(c.due(d(2024, 3, 31)), d(2024, 4, 1), "Sunday → Monday");
        assert_eq!(c.due(d(2024, 6, 19)), d(2024, 6, 19), "a Wednesday stays");
        assert_eq!(c.due(d(2025, 1, 25)), d(2025, 2, 3), "Tết Ất Tỵ");
        assert_eq!(
            c.due(d(2024, 4, 27)),
            d(2024, 5, 2),
            "30/4-1/5 with the swapped Monday"
        );
        assert_eq!(
            c.due(d(2024, 5, 4)),
            d(2024, 5, 4),
            "a make-up Saturday is a working day"
        );
        assert_eq!(
            c.due(d(2023, 9, 2)),
            d(2023, 9, 5),
            "Quốc khánh 2023 and its compensation"
        );
        assert_eq!(
            c.due(d(2030, 9, 2)),
            d(2030, 9, 3),
            "solar holiday in a year without a table"
        );
    }

    #[test]
    fn kpi_toml_adds_and_cancels_days() {
        let c = Calendar::vietnam(&[d(2024, 6, 19)], &[d(2024, 6, 22)], true);
        assert_eq!(c.due(d(2024, 6, 19)), d(2024, 6, 20));
        assert_eq!(c.due(d(2024, 6, 22)), d(2024, 6, 22));
        let off = Calendar::vietnam(&[], &[], false);
        assert_eq!(off.due(d(2024, 3, 31)), d(2024, 3, 31));
    }

    #[test]
    fn a_named_holiday_spans_its_break() {
        let c = Calendar::vietnam(&[], &[], true);
        assert_eq!(
            c.break_of(NamedHoliday::Tet, 2025),
            Some((d(2025, 1, 25), d(2025, 2, 2))),
            "Tết Ất Tỵ: Saturday 25/1 to Sunday 2/2"
        );
        assert_eq!(
            c.break_of(NamedHoliday::National, 2024),
            Some((d(2024, 8, 31), d(2024, 9, 3)))
        );
        assert_eq!(c.break_of(NamedHoliday::Tet, 2031), None, "not known yet");
    }
}
