//! A `Phrase` and a plan's period → the schedule: occurrences with keys, windows, last
//! days and due days. Pure: the period and the calendar come in as arguments.
//!
//! Rules (DESIGN.md section 4, and docs/deadlines.md):
//! - a year-less item takes the plan's year; in a plan spanning several years it recurs
//!   each year, and the schedule says so (`yearly`, a `kpi check` note);
//! - what the text dates itself (a year written) is kept when its last day is inside the
//!   period, else listed in `outside` (a `kpi check` warning);
//! - what kpi generates (recurrences, year-less items) is kept when its period meets the
//!   plan's: a period cut by the plan's end keeps its occurrence, due on the plan's last
//!   day; a deadline in the following period may fall after the plan's end and is kept;
//! - a union whose occurrences end on the same day keeps the longest period's key
//!   (Q2 → H1, Q4 → year, Q3 → 9M when "9 tháng" is named);
//! - a recurring occurrence without a day falls due at its period's end, or on
//!   `report_day` of the period's last month when kpi.toml sets one;
//! - the due day is the last day moved to the next working day (Civil Code art. 148).
//!
//! The plan's date of issue is applied afterwards, per plan (`Schedule::since`), so that
//! one resolved phrase serves every plan of the same period.

mod generate;
mod holiday;
pub mod periods;

use chrono::NaiveDate;

use super::calendar::Calendar;
use super::phrase::{Item, Phrase};

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
    /// The code machines read (JSON, the table tests).
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

    /// The kind in words, for a person.
    pub fn words(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::phrase as m;
        match self {
            Kind::Once => m::KIND_ONCE,
            Kind::Recurring => m::KIND_RECURRING,
            Kind::Ongoing => m::KIND_ONGOING,
            Kind::OnRequest => m::KIND_ON_REQUEST,
            Kind::Elsewhere => m::KIND_ELSEWHERE,
            Kind::Mixed => m::KIND_MIXED,
        }
        .text(lang)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    /// What progress records name: `2024-Q3`, `2024-05`, `2023-06-20`, `2024`, `2025-W07`.
    pub key: String,
    /// The window's first day; none for a plain deadline.
    pub start: Option<NaiveDate>,
    /// The last day as the phrase says it, before the working-day roll.
    pub last_day: NaiveDate,
    /// The last day moved to a working day.
    pub due: NaiveDate,
    /// Made by a recurrence (or a year-less item over several years), not dated by the
    /// text itself: left out when it ends before the plan was issued.
    pub recurring: bool,
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
    /// Holidays the calendar does not know in a year (their keys): no occurrence.
    pub unknown: Vec<String>,
    /// Recurring occurrences left out because they end before the plan was issued.
    pub left_out: usize,
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
            unknown: Vec::new(),
            left_out: 0,
        }
    }

    pub fn occurrence(&self, key: &str) -> Option<&Occurrence> {
        self.occurrences.iter().find(|o| o.key == key)
    }

    /// The schedule in a plan issued on `issued`: a recurrence starts with the plan, so
    /// its occurrences that end before the issue are left out (counted in `left_out`).
    /// None when nothing changes.
    pub fn since(&self, issued: NaiveDate) -> Option<Schedule> {
        let early = |o: &Occurrence| o.recurring && o.last_day < issued;
        let n = self.occurrences.iter().filter(|o| early(o)).count();
        if n == 0 {
            return None;
        }
        let mut s = self.clone();
        s.occurrences.retain(|o| !early(o));
        s.left_out = n;
        Some(s)
    }

    /// One-off deadlines the plan dates before its own issue (a `before-issue` warning).
    pub fn before_issue(&self, issued: NaiveDate) -> impl Iterator<Item = &Occurrence> {
        self.occurrences
            .iter()
            .filter(move |o| !o.recurring && o.last_day < issued)
    }

    /// The occurrence that stands for `key` when a union merged it away: `2024-Q2` is
    /// reported with `2024-H1`, `2024-Q4` with `2024` (they end on the same day).
    pub fn standing_for(&self, key: &str) -> Option<&Occurrence> {
        let end = period_end(key)?;
        self.occurrences
            .iter()
            .find(|o| period_end(&o.key) == Some(end))
    }
}

/// The end of the period a key names (`2024-Q2`, `2024-H1`, `2024`, `2024-05`).
fn period_end(key: &str) -> Option<NaiveDate> {
    let phrase = super::phrase::parse(key).ok()?;
    match phrase.items.as_slice() {
        [Item::Once { point, .. }] if !point.is_day() => periods::window(*point).map(|w| w.1),
        _ => None,
    }
}

/// What besides the phrase decides the schedule.
#[derive(Clone, Copy, Debug)]
pub struct Rules<'a> {
    pub calendar: &'a Calendar,
    pub report_day: Option<u32>,
}

pub fn resolve(phrase: &Phrase, period: (NaiveDate, NaiveDate), rules: &Rules) -> Schedule {
    generate::resolve(phrase, period, rules)
}

/// A schedule on one line, for table tests and the registry's examples:
/// `kind: KEY START LAST [→DUE]; ...` with `-` for no window start, then ` +request` when
/// the phrase also allows requests, ` !outside KEY ...` for dropped occurrences and
/// ` ?unknown KEY ...` for holidays the calendar does not know.
pub fn compact(s: &Schedule) -> String {
    use std::fmt::Write as _;
    let mut out = format!("{}:", s.kind.as_str());
    for (i, o) in s.occurrences.iter().enumerate() {
        out.push_str(if i == 0 { " " } else { "; " });
        let start = o.start.map_or("-".to_string(), |d| d.to_string());
        let _ = write!(out, "{} {start} {}", o.key, o.last_day);
        if o.due != o.last_day {
            let _ = write!(out, " →{}", o.due);
        }
    }
    if s.on_request {
        out.push_str(" +request");
    }
    if !s.outside.is_empty() {
        out.push_str(" !outside");
        for o in &s.outside {
            out.push(' ');
            out.push_str(&o.key);
        }
    }
    if !s.unknown.is_empty() {
        out.push_str(" ?unknown");
        for k in &s.unknown {
            out.push(' ');
            out.push_str(k);
        }
    }
    out
}
