//! The Vietnamese lunar calendar (âm lịch) from 1900 to 2100: when Tết and Giỗ Tổ fall.
//!
//! The rules are the Chinese ones, observed from UTC+7: a month begins on the day (in
//! Vietnam) of a new moon, the 11th month holds the December solstice, and in a year of
//! 13 months the first month without a major solar term is the leap month. The astronomy
//! and those rules come from `calendrical_calculations` (ICU4X's implementation of
//! Reingold and Dershowitz's *Calendrical Calculations*); this file gives it Vietnam's
//! time zone. China observes from UTC+8, so the two calendars part when a new moon falls
//! between 23:00 and 24:00 Vietnam time: Tết 1985, 2007 and 2030, Giỗ Tổ 2037 and 2038.
//!
//! UTC+7 is used for every year, also before 1968 when the North still printed the UTC+8
//! calendar; deadlines do not reach back that far. tests/data/lunar-1900-2100.csv, written
//! by scripts/lunar-reference.py from PyEphem, checks every year of the range.

use calendrical_calculations::chinese_based::{
    ChineseBased, YearBounds, days_until_month, get_leap_month_from_new_year,
};
use calendrical_calculations::gregorian::fixed_from_gregorian;
use calendrical_calculations::rata_die::RataDie;
use chrono::{Datelike, Days, NaiveDate};

/// The years the lunar calendar is computed and tested for.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The Vietnamese calendar for `calendrical_calculations`: new moons and solar terms as
/// seen from UTC+7.
struct Vietnamese;

impl ChineseBased for Vietnamese {
    fn utc_offset(_fixed: RataDie) -> f64 {
        7.0 / 24.0
    }
    // Only the numbering of years depends on it, and kpi names years by the Gregorian
    // year in which they begin.
    const EPOCH: RataDie = fixed_from_gregorian(-2636, 2, 15);
    const DEBUG_NAME: &'static str = "vietnamese";
}

/// One lunar year: the one whose first day (mùng 1 Tết) falls in a given Gregorian year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LunarYear {
    /// Mùng 1 tháng Giêng: Tết.
    pub new_year: NaiveDate,
    /// Mùng 1 Tết of the next lunar year (so the last day of this one is the day before).
    pub next_new_year: NaiveDate,
    /// The first day of month 3 (not its leap repeat).
    month3: NaiveDate,
}

fn to_rd(d: NaiveDate) -> RataDie {
    RataDie::new(i64::from(d.num_days_from_ce()))
}

fn from_rd(rd: RataDie) -> Option<NaiveDate> {
    i32::try_from(rd.to_i64_date())
        .ok()
        .and_then(NaiveDate::from_num_days_from_ce_opt)
}

impl LunarYear {
    /// The lunar year that begins in Gregorian `year`, for 1900 to 2100.
    pub fn of(year: i32) -> Option<LunarYear> {
        if !YEARS.contains(&year) {
            return None;
        }
        // Tết falls between 21 January and 20 February: 1 July is always in that year.
        let mid = to_rd(NaiveDate::from_ymd_opt(year, 7, 1)?);
        let bounds = YearBounds::compute::<Vietnamese>(mid);
        let new_year = bounds.new_year;
        // The ordinal of month 3 among the year's months: 3, or 4 after a leap 1 or 2.
        // The crate's leap finder takes the first month without a major solar term after
        // Tết; in 2033 that is month 8, which is no leap month (its solar year has 12
        // months; the leap month is 11). Only months before month 3 matter here, and the
        // reference table checks them for every year.
        let leap_ordinal = bounds
            .is_leap()
            .then(|| get_leap_month_from_new_year::<Vietnamese>(new_year));
        let month3_ordinal = match leap_ordinal {
            Some(l) if l <= 3 => 4,
            _ => 3,
        };
        let month3 = new_year + i64::from(days_until_month::<Vietnamese>(new_year, month3_ordinal));
        Some(LunarYear {
            new_year: from_rd(new_year)?,
            next_new_year: from_rd(bounds.next_new_year)?,
            month3: from_rd(month3)?,
        })
    }

    /// Giỗ Tổ Hùng Vương: the 10th day of month 3.
    pub fn hung_kings(&self) -> NaiveDate {
        self.month3 + Days::new(9)
    }

    /// The last day of the previous lunar year (30 or 29 tháng Chạp): the day before Tết.
    pub fn eve(&self) -> NaiveDate {
        self.new_year.pred_opt().unwrap_or(self.new_year)
    }
}

/// Tết in China (UTC+8), for the tests that show where the two calendars part.
#[cfg(test)]
fn chinese_new_year(year: i32) -> Option<NaiveDate> {
    let mid = to_rd(NaiveDate::from_ymd_opt(year, 7, 1)?);
    from_rd(YearBounds::compute::<calendrical_calculations::chinese_based::Chinese>(mid).new_year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Every year from 1900 to 2100 against the table PyEphem gives (see the script).
    #[test]
    fn every_year_matches_the_reference_table() {
        let table = include_str!("../../../tests/data/lunar-1900-2100.csv");
        let mut rows = 0;
        let mut wrong = Vec::new();
        for line in table.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            let year: i32 = f[0].parse().unwrap();
            let (tet, gio_to) = (d(f[1]), d(f[2]));
            let y = LunarYear::of(year).unwrap();
            let got = (y.new_year, y.hung_kings());
            if got != (tet, gio_to) {
                wrong.push(format!(
                    "{year}: kpi {got:?}, reference {:?}",
                    (tet, gio_to)
                ));
            }
            rows += 1;
        }
        assert_eq!(rows, 201, "the table covers 1900 to 2100");
        assert!(
            wrong.is_empty(),
            "{} years differ:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[track_caller]
    fn differs(year: i32, vietnam: &str, china: &str) {
        assert_eq!(
            LunarYear::of(year).unwrap().new_year,
            d(vietnam),
            "{year} in Vietnam"
        );
        assert_eq!(chinese_new_year(year).unwrap(), d(china), "{year} in China");
    }

    #[test]
    fn vietnam_and_china_part_where_a_new_moon_falls_between_23_and_24_hours() {
        differs(1985, "1985-01-21", "1985-02-20");
        differs(2007, "2007-02-17", "2007-02-18");
        differs(2030, "2030-02-02", "2030-02-03");
        differs(2024, "2024-02-10", "2024-02-10");
    }

    #[test]
    fn hung_kings_day() {
        for (year, day) in [
            (2023, "2023-04-29"),
            (2024, "2024-04-18"),
            (2025, "2025-04-07"),
            (2026, "2026-04-26"),
            (2027, "2027-04-16"),
            // 2023 has a leap month 2: month 3 comes after it.
            (2037, "2037-04-24"), // China: 25/4
            (2038, "2038-04-13"), // China: 14/4
        ] {
            assert_eq!(LunarYear::of(year).unwrap().hung_kings(), d(day), "{year}");
        }
        let y2027 = LunarYear::of(2027).unwrap();
        assert_eq!(y2027.eve(), d("2027-02-05"), "29 tháng Chạp Bính Ngọ");
        assert_eq!(y2027.next_new_year, d("2028-01-26"));
    }

    #[test]
    fn outside_the_range_nothing_is_computed() {
        assert_eq!(LunarYear::of(1899), None);
        assert_eq!(LunarYear::of(2101), None);
        assert!(LunarYear::of(1900).is_some() && LunarYear::of(2100).is_some());
    }
}
