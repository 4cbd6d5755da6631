//! What a deadline phrase says, before any calendar: the output of the reader
//! (`super::parse`) and the input of the resolver (`crate::schedule::resolve`).
//!
//! A `Phrase` is a list of `Item`s, each one deadline, window, recurrence or one of the
//! kinds without an occurrence. Years the text leaves out stay `None` here: the plan's
//! period supplies them.

use crate::schedule::calendar::NamedHoliday;

/// The kinds of period a recurring phrase or a window can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Week,
    Month,
    Quarter,
    Half,
    NineMonths,
    Year,
}

/// Civil Code art. 146: đầu = the first day, giữa = the 15th (30 June for a year, the
/// 15th of the middle month for a quarter), cuối = the last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fuzz {
    Start,
    Middle,
    End,
}

/// A point or window in time, its year possibly left to the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    FuzzyMonth {
        year: Option<i32>,
        month: u32,
        fuzz: Fuzz,
    },
    FuzzyQuarter {
        year: Option<i32>,
        quarter: u32,
        fuzz: Fuzz,
    },
    FuzzyYear {
        year: Option<i32>,
        fuzz: Fuzz,
    },
    Month {
        year: Option<i32>,
        month: u32,
    },
    Quarter {
        year: Option<i32>,
        quarter: u32,
    },
    Half {
        year: Option<i32>,
        half: u32,
    },
    NineMonths {
        year: Option<i32>,
    },
    Year {
        year: i32,
    },
}

impl Point {
    pub fn year(&self) -> Option<i32> {
        match *self {
            Point::Date { year, .. }
            | Point::FuzzyMonth { year, .. }
            | Point::FuzzyQuarter { year, .. }
            | Point::FuzzyYear { year, .. }
            | Point::Month { year, .. }
            | Point::Quarter { year, .. }
            | Point::Half { year, .. }
            | Point::NineMonths { year } => year,
            Point::Year { year } => Some(year),
        }
    }

    pub fn with_year(self, y: i32) -> Point {
        let year = Some(y);
        match self {
            Point::Date { month, day, .. } => Point::Date { year, month, day },
            Point::FuzzyMonth { month, fuzz, .. } => Point::FuzzyMonth { year, month, fuzz },
            Point::FuzzyQuarter { quarter, fuzz, .. } => Point::FuzzyQuarter {
                year,
                quarter,
                fuzz,
            },
            Point::FuzzyYear { fuzz, .. } => Point::FuzzyYear { year, fuzz },
            Point::Month { month, .. } => Point::Month { year, month },
            Point::Quarter { quarter, .. } => Point::Quarter { year, quarter },
            Point::Half { half, .. } => Point::Half { year, half },
            Point::NineMonths { .. } => Point::NineMonths { year },
            Point::Year { .. } => Point::Year { year: y },
        }
    }

    /// A single day (a date or a fuzzy point), not a window.
    pub fn is_day(&self) -> bool {
        matches!(
            self,
            Point::Date { .. }
                | Point::FuzzyMonth { .. }
                | Point::FuzzyQuarter { .. }
                | Point::FuzzyYear { .. }
        )
    }

    /// The first month of the point, for ordering the two ends of a range.
    pub fn month_hint(&self) -> u32 {
        match *self {
            Point::Date { month, .. }
            | Point::FuzzyMonth { month, .. }
            | Point::Month { month, .. } => month,
            Point::Quarter { quarter, .. } | Point::FuzzyQuarter { quarter, .. } => quarter * 3 - 2,
            Point::Half { half, .. } => half * 6 - 5,
            Point::FuzzyYear {
                fuzz: Fuzz::Middle, ..
            } => 6,
            Point::FuzzyYear {
                fuzz: Fuzz::End, ..
            } => 12,
            _ => 1,
        }
    }
}

/// How a one-off item relates to its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// "Trước ngày 20/6": the last day is the day before the point begins.
    Before,
    /// "Đến ngày 20/6", "chậm nhất": the last day is the point's last day; no window.
    By,
    /// "Trong tháng 5", "Quý III", "2024-05": the point's window, due at its end.
    Within,
}

/// Which day of a month: the n-th, the last, or the n-th counted from the period's start
/// ("ngày thứ ba mươi của quý tiếp theo").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Day {
    Nth(u32),
    Last,
    Counted(u32),
    /// "thứ Sáu tuần thứ 2": the `nth` occurrence (1 to 5) of a weekday (0 = Monday) in
    /// the month, or the last when `nth` is -1 ("thứ Sáu cuối cùng của tháng").
    Weekday {
        weekday: u32,
        nth: i8,
    },
    /// "ngày làm việc cuối cùng của tháng": the month's last working day by the calendar.
    LastWorking,
}

/// Which month of the period a day falls in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthOf {
    /// The period's last month: "ngày 20 tháng cuối quý", and the default of
    /// "ngày 15 hàng quý" (DESIGN.md section 4).
    Last,
    /// "tháng đầu quý", "tháng đầu của quý sau".
    First,
    /// "giữa quý": the middle month (of three).
    Middle,
    /// A month of the year: "ngày 25/11 hằng năm", "ngày 31/01 năm sau".
    Fixed(u32),
}

/// A day written into a recurring phrase: "trước ngày 20 hằng tháng", "ngày 25/11 hằng
/// năm", "ngày 15 của tháng tiếp theo".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRule {
    pub day: Day,
    pub month: MonthOf,
    /// 0: the occurrence's own period; 1: the one after ("tháng tiếp theo", "năm sau");
    /// -1: the one before ("của năm trước").
    pub offset: i8,
    /// "trước ngày N": the day before.
    pub before: bool,
}

/// When, inside or after its period, a recurring occurrence falls due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// At the period's end (or on `report_day` of its last month when kpi.toml sets one);
    /// a week's Friday.
    End,
    /// On a day of the period (or of the next one).
    On(DayRule),
    /// "từ ngày 10 đến ngày 15 hằng tháng": a window inside each period, due at its end.
    Window(DayRule, DayRule),
    /// "trong 30 ngày kể từ ngày kết thúc quý": days after the period's end; working days
    /// skip the days off.
    After { days: u32, working: bool },
    /// "thứ Sáu hằng tuần": a weekday of each week (0 = Monday).
    Weekday(u32),
}

/// A holiday named in a phrase, and the day it sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// "trước Tết Nguyên đán": the last working day before the break.
    Before,
    /// "dịp 30/4": the break's first day.
    At,
    /// "sau Tết": the first working day after the break.
    After,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Once {
        mode: Mode,
        point: Point,
    },
    Range {
        from: Point,
        to: Point,
    },
    Every {
        period: Period,
        due: Due,
        /// "01 lần/quý trong năm 2025": that year only.
        year: Option<i32>,
        /// "năm 2025 và các năm tiếp theo": from that year to the plan's end.
        from: Option<i32>,
        /// "6 tháng đầu năm": only the n-th period of each year (1 = the first half).
        only: Option<u32>,
    },
    Holiday {
        holiday: NamedHoliday,
        year: Option<i32>,
        when: When,
    },
    /// "đầu kỳ, giữa kỳ, cuối kỳ": the plan's first day, the middle of its period, its
    /// last day.
    Milestone(Fuzz),
    Ongoing,
    OnRequest,
    Elsewhere,
}

/// Which form read which part of the text, for `kpi schedule` and the registry's tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub form: &'static str,
    /// Byte range in the phrase as written.
    pub span: (u32, u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub items: Vec<Item>,
    pub readings: Vec<Reading>,
}

impl Phrase {
    pub fn new(items: Vec<Item>) -> Phrase {
        Phrase {
            items,
            readings: Vec::new(),
        }
    }

    /// The first and last year the phrase names, if it names any.
    pub fn years(&self) -> Option<(i32, i32)> {
        let mut years = self.items.iter().flat_map(|i| {
            let (a, b) = match i {
                Item::Once { point, .. } => (point.year(), None),
                Item::Range { from, to } => (from.year(), to.year()),
                Item::Every { year, from, .. } => (*year, *from),
                Item::Holiday { year, .. } => (*year, None),
                _ => (None, None),
            };
            a.into_iter().chain(b)
        });
        let first = years.next()?;
        let (lo, hi) = years.fold((first, first), |(lo, hi), y| (lo.min(y), hi.max(y)));
        Some((lo, hi))
    }
}
