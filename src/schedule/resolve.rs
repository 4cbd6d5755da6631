//! A `Phrase` and a plan's period → the schedule: occurrences with keys, windows, last
//! days and due days. Pure: the period and the calendar come in as arguments.
//!
//! Rules (DESIGN.md section 4, and docs/deadlines.md):
//! - a year-less item takes the plan's year; in a plan spanning several years it recurs
//!   each year, and the schedule says so (`yearly`, a `kpi check` note);
//! - occurrences whose last day falls outside the period are dropped; the ones the text
//!   named with an explicit year are kept in `outside`, for a `kpi check` warning;
//! - a union whose occurrences end on the same day keeps the longest period's key
//!   (Q2 → H1, Q4 → year, Q3 → 9M when "9 tháng" is named);
//! - a recurring occurrence without a day falls due at its period's end, or on
//!   `report_day` of the period's last month when kpi.toml sets one;
//! - the due day is the last day moved to the next working day (Civil Code art. 148).

use chrono::{Datelike, Duration, NaiveDate};

use super::calendar::Calendar;
use super::phrase::{DayRule, Fuzz, Item, Mode, Period, Phrase, Point};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Once,
    Recurring,
    Ongoing,
    OnRequest,
    Elsewhere,
    Mixed,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Once => "once",
            Kind::Recurring => "recurring",
            Kind::Ongoing => "ongoing",
            Kind::OnRequest => "on-request",
            Kind::Elsewhere => "elsewhere",
            Kind::Mixed => "mixed",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    /// What progress records name: `2024-Q3`, `2024-05`, `2023-06-20`, `2024`.
    pub key: String,
    /// The window's first day; none for a plain deadline.
    pub start: Option<NaiveDate>,
    /// The last day as the phrase says it, before the working-day roll.
    pub last_day: NaiveDate,
    /// The last day moved to a working day.
    pub due: NaiveDate,
}

impl Occurrence {
    fn length(&self) -> i64 {
        self.start.map_or(0, |s| (self.last_day - s).num_days())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub kind: Kind,
    /// Sorted by last day.
    pub occurrences: Vec<Occurrence>,
    /// The phrase also allows requests ("hoặc đột xuất").
    pub on_request: bool,
    /// A year-less item became a yearly recurrence over a multi-year period.
    pub yearly: bool,
    /// Occurrences named with an explicit year but outside the period: dropped.
    pub outside: Vec<Occurrence>,
}

impl Schedule {
    /// The schedule of a task with no deadline at all.
    pub fn empty() -> Schedule {
        Schedule {
            kind: Kind::Elsewhere,
            occurrences: Vec::new(),
            on_request: false,
            yearly: false,
            outside: Vec::new(),
        }
    }

    pub fn occurrence(&self, key: &str) -> Option<&Occurrence> {
        self.occurrences.iter().find(|o| o.key == key)
    }

    /// The occurrence that stands for `key` when a union merged it away: `2024-Q2` is
    /// reported with `2024-H1`, `2024-Q4` with `2024` (they end on the same day).
    pub fn standing_for(&self, key: &str) -> Option<&Occurrence> {
        let phrase = super::phrase::parse(key).ok()?;
        let (first, last) = phrase.years()?;
        let period = (
            NaiveDate::from_ymd_opt(first, 1, 1)?,
            NaiveDate::from_ymd_opt(last, 12, 31)?,
        );
        let calendar = Calendar::none();
        let rules = Rules {
            calendar: &calendar,
            report_day: None,
        };
        let own = resolve(&phrase, period, &rules);
        let end = own.occurrences.first()?.last_day;
        let period_end = |o: &&Occurrence| {
            // Compare period ends, not last days, which report_day may have moved.
            super::phrase::parse(&o.key)
                .ok()
                .map(|p| resolve(&p, period, &rules))
                .and_then(|s| s.occurrences.first().map(|x| x.last_day))
                == Some(end)
        };
        self.occurrences.iter().find(period_end)
    }
}

/// What besides the phrase decides the schedule.
#[derive(Clone, Copy, Debug)]
pub struct Rules<'a> {
    pub calendar: &'a Calendar,
    pub report_day: Option<u32>,
}

pub fn resolve(phrase: &Phrase, period: (NaiveDate, NaiveDate), rules: &Rules) -> Schedule {
    let (from, to) = period;
    let years: Vec<i32> = (from.year()..=to.year()).collect();
    let inside = |o: &Occurrence| o.last_day >= from && o.last_day <= to;
    let mut kinds = Vec::new();
    let mut found = Vec::new();
    let mut outside = Vec::new();
    let mut yearly = false;
    let mut on_request = false;
    for item in &phrase.items {
        // (occurrences, whether the text fixed the year)
        let (occs, explicit, kind): (Vec<Occurrence>, bool, Kind) = match item {
            Item::Ongoing => (Vec::new(), true, Kind::Ongoing),
            Item::OnRequest => {
                on_request = true;
                (Vec::new(), true, Kind::OnRequest)
            }
            Item::Elsewhere => (Vec::new(), true, Kind::Elsewhere),
            Item::Once { mode, point } => match point.year() {
                Some(_) => (once(*mode, *point).into_iter().collect(), true, Kind::Once),
                None => {
                    yearly |= years.len() > 1;
                    each_year(&years, |y| once(*mode, point.with_year(y)))
                }
            },
            Item::Range { from: a, to: b } => match (a.year(), b.year()) {
                (Some(_), Some(_)) => (range(*a, *b).into_iter().collect(), true, Kind::Once),
                _ => {
                    yearly |= years.len() > 1;
                    each_year(&years, |y| range(a.with_year(y), b.with_year(y)))
                }
            },
            Item::Every {
                period: p,
                day,
                year,
            } => {
                let ys: Vec<i32> = match year {
                    Some(y) => vec![*y],
                    None => years.clone(),
                };
                let occs = ys
                    .iter()
                    .flat_map(|&y| every(*p, *day, y, rules.report_day))
                    .collect();
                (occs, year.is_some(), Kind::Recurring)
            }
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
        for o in occs {
            if inside(&o) {
                found.push(o);
            } else if explicit {
                outside.push(o);
            }
        }
    }

    // The union: one occurrence per last day, the longest period's key standing.
    found.sort_by(|a, b| {
        a.last_day
            .cmp(&b.last_day)
            .then(b.length().cmp(&a.length()))
    });
    found.dedup_by(|later, kept| later.last_day == kept.last_day);
    for o in found.iter_mut().chain(outside.iter_mut()) {
        o.due = rules.calendar.due(o.last_day);
    }
    let kind = match kinds.as_slice() {
        [one] => *one,
        [] => Kind::Elsewhere,
        _ => Kind::Mixed,
    };
    Schedule {
        kind,
        occurrences: found,
        on_request,
        yearly,
        outside,
    }
}

/// A year-less item in each year of the period: recurring when there are several, and
/// never "explicit" (occurrences outside the period are dropped silently).
fn each_year(
    years: &[i32],
    f: impl Fn(i32) -> Option<Occurrence>,
) -> (Vec<Occurrence>, bool, Kind) {
    let occs = years.iter().filter_map(|&y| f(y)).collect();
    let kind = if years.len() > 1 {
        Kind::Recurring
    } else {
        Kind::Once
    };
    (occs, false, kind)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1).map(|d| d - Duration::days(1))
}

/// A point's window (first day, last day) and key, its year known.
fn window(point: Point) -> Option<(NaiveDate, NaiveDate, String)> {
    let y = point.year()?;
    let day = |d: NaiveDate| Some((d, d, d.format("%Y-%m-%d").to_string()));
    match point {
        Point::Date { month, day: d, .. } => day(ymd(y, month, d)?),
        Point::FuzzyMonth { month, fuzz, .. } => day(match fuzz {
            Fuzz::Start => ymd(y, month, 1)?,
            Fuzz::Middle => ymd(y, month, 15)?,
            Fuzz::End => month_end(y, month)?,
        }),
        Point::FuzzyYear { fuzz, .. } => day(match fuzz {
            Fuzz::Start => ymd(y, 1, 1)?,
            Fuzz::Middle => ymd(y, 6, 30)?,
            Fuzz::End => ymd(y, 12, 31)?,
        }),
        Point::Month { month, .. } => Some((
            ymd(y, month, 1)?,
            month_end(y, month)?,
            format!("{y}-{month:02}"),
        )),
        Point::Quarter { quarter: q, .. } => Some((
            ymd(y, q * 3 - 2, 1)?,
            month_end(y, q * 3)?,
            format!("{y}-Q{q}"),
        )),
        Point::Half { half: h, .. } => Some((
            ymd(y, h * 6 - 5, 1)?,
            month_end(y, h * 6)?,
            format!("{y}-H{h}"),
        )),
        Point::NineMonths { .. } => Some((ymd(y, 1, 1)?, ymd(y, 9, 30)?, format!("{y}-9M"))),
        Point::Year { .. } => Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?, y.to_string())),
    }
}

fn is_day(point: Point) -> bool {
    matches!(
        point,
        Point::Date { .. } | Point::FuzzyMonth { .. } | Point::FuzzyYear { .. }
    )
}

fn once(mode: Mode, point: Point) -> Option<Occurrence> {
    let (start, end, key) = window(point)?;
    let (start, last_day) = match mode {
        Mode::Before => (None, start.pred_opt()?),
        Mode::By => (None, end),
        Mode::Within if is_day(point) => (None, end),
        Mode::Within => (Some(start), end),
    };
    Some(Occurrence {
        key,
        start,
        last_day,
        due: last_day,
    })
}

fn range(a: Point, b: Point) -> Option<Occurrence> {
    let (start, _, ka) = window(a)?;
    let (_, end, kb) = window(b)?;
    if end < start {
        return None;
    }
    Some(Occurrence {
        key: format!("{ka}..{kb}"),
        start: Some(start),
        last_day: end,
        due: end,
    })
}

/// The occurrences of a recurring period in year `y`.
fn every(p: Period, day: Option<DayRule>, y: i32, report_day: Option<u32>) -> Vec<Occurrence> {
    let points: Vec<Point> = match p {
        Period::Month => (1..=12)
            .map(|month| Point::Month {
                year: Some(y),
                month,
            })
            .collect(),
        Period::Quarter => (1..=4)
            .map(|quarter| Point::Quarter {
                year: Some(y),
                quarter,
            })
            .collect(),
        Period::Half => (1..=2)
            .map(|half| Point::Half {
                year: Some(y),
                half,
            })
            .collect(),
        Period::NineMonths => vec![Point::NineMonths { year: Some(y) }],
        Period::Year => vec![Point::Year { year: y }],
    };
    points
        .into_iter()
        .filter_map(|point| {
            let (start, end, key) = window(point)?;
            let last_day = match (day, report_day) {
                (Some(rule), _) => {
                    let month = rule.month.unwrap_or(end.month());
                    let len = month_end(y, month)?.day();
                    let d = ymd(y, month, rule.day.min(len))?;
                    let last = if rule.before { d.pred_opt()? } else { d };
                    // "trước ngày 01 hằng tháng": the day before the 1st is the end of
                    // the month before; the occurrence of a month is then due at its
                    // own end (found by fuzzing: the last day fell before the window).
                    if last < start { end } else { last }
                }
                (None, Some(n)) => ymd(y, end.month(), n.min(end.day()))?,
                (None, None) => end,
            };
            Some(Occurrence {
                key,
                start: Some(start),
                last_day,
                due: last_day,
            })
        })
        .collect()
}
