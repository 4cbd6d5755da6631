//! Working days in Vietnam: weekends, the public holidays of each year, and what
//! `kpi.toml` adds.
//!
//! A last day that falls on a day off moves to the next working day (Civil Code 2015,
//! art. 148). Each year's days off come from its decisions (`decisions.rs`, 2023 to 2026)
//! or, for a year without one, from the Labour Code's rule (`provisional.rs`), with Tết
//! and Giỗ Tổ from the Vietnamese lunar calendar (`lunar.rs`, 1900 to 2100; outside it
//! only 1/1, 30/4, 1/5 and 2/9 are known). `[[holiday]]` and `[[workday]]` in kpi.toml win
//! over both. A year is computed once per process and shared.

mod days;
pub mod decisions;
pub mod lunar;
mod provisional;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, Weekday};

pub use days::{DayOff, Doc, Kind, MakeUp, NamedHoliday, Source, Status, Year};

use crate::cli::Lang;
use crate::settings::Holiday as Local;

/// The shipped schedule of `year`: its record, else the provisional rule.
pub fn shipped(year: i32) -> Option<&'static Year> {
    static YEARS: [OnceLock<Year>; 201] = [const { OnceLock::new() }; 201];
    let i = usize::try_from(year - lunar::YEARS.start()).ok()?;
    let slot = YEARS.get(i)?;
    Some(slot.get_or_init(|| official(year).unwrap_or_else(|| provisional::year(year))))
}

/// The record of `year`, if a decision fixed it.
fn official(year: i32) -> Option<Year> {
    let rec = decisions::RECORDS.iter().find(|r| r.year == year)?;
    let date = |(m, d): (u32, u32)| NaiveDate::from_ymd_opt(year, m, d);
    let source = |by: decisions::By| match by {
        decisions::By::Doc(doc) => Source::Decision(doc),
        decisions::By::Code => Source::LabourCode,
    };
    let mut days = Vec::new();
    let mut workdays = Vec::new();
    for row in rec.days {
        let day = date(row.day)?;
        let worked = row.worked.and_then(date);
        days.push(DayOff {
            date: day,
            holiday: Some(row.holiday),
            kind: row.kind,
            source: source(row.by),
            worked,
            name: None,
        });
        if let Some(w) = worked {
            workdays.push(MakeUp {
                date: w,
                holiday: Some(row.holiday),
                swapped: Some(day),
                source: source(row.by),
                name: None,
            });
        }
    }
    Some(
        Year {
            year,
            status: Status::Official,
            documents: rec.documents.to_vec(),
            days,
            workdays,
        }
        .tidy(),
    )
}

/// Whether `year` has a decision shipped with kpi (else it is provisional).
pub fn is_official(year: i32) -> bool {
    decisions::RECORDS.iter().any(|r| r.year == year)
}

fn weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Days off beyond weekends, and weekend days that are working days.
#[derive(Clone, Debug, Default)]
pub struct Calendar {
    /// Whether the shipped holidays count (false for `none`).
    shipped: bool,
    /// `[[holiday]]` of kpi.toml, by date, with its name.
    local_off: HashMap<NaiveDate, String>,
    /// `[[workday]]` of kpi.toml.
    local_work: HashMap<NaiveDate, String>,
    /// Whether last days move off days off at all (`roll_to_working_day`).
    pub roll: bool,
}

impl Calendar {
    /// The shipped calendar, with `holidays` and `workdays` from kpi.toml winning over it.
    pub fn vietnam(holidays: &[Local], workdays: &[Local], roll: bool) -> Calendar {
        Calendar {
            shipped: true,
            local_off: holidays.iter().map(|h| (h.date, h.name.clone())).collect(),
            local_work: workdays.iter().map(|h| (h.date, h.name.clone())).collect(),
            roll,
        }
    }

    /// A calendar without holidays or rolling, for reading phrases as written.
    pub fn none() -> Calendar {
        Calendar::default()
    }

    /// The shipped day off on `d`, if any (kpi.toml aside).
    fn shipped_day(&self, d: NaiveDate) -> Option<&'static DayOff> {
        if !self.shipped {
            return None;
        }
        shipped(d.year())?.day(d)
    }

    fn shipped_workday(&self, d: NaiveDate) -> Option<&'static MakeUp> {
        if !self.shipped {
            return None;
        }
        shipped(d.year())?.workday(d)
    }

    /// Outside 1900–2100: the solar holidays of art. 112 only.
    fn solar_outside_range(&self, d: NaiveDate) -> bool {
        self.shipped
            && shipped(d.year()).is_none()
            && matches!((d.month(), d.day()), (1, 1) | (4, 30) | (5, 1) | (9, 2))
    }

    /// Whether `d` is a public holiday (or a day off in lieu or by a swap).
    pub fn is_holiday(&self, d: NaiveDate) -> bool {
        if self.local_off.contains_key(&d) {
            return true;
        }
        if self.local_work.contains_key(&d) {
            return false;
        }
        self.shipped_day(d).is_some() || self.solar_outside_range(d)
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        if self.local_off.contains_key(&d) {
            return false;
        }
        if self.local_work.contains_key(&d) || self.shipped_workday(d).is_some() {
            return true;
        }
        !weekend(d) && !self.is_holiday(d)
    }

    /// The day a last day falls due: itself, or the next working day (art. 148).
    pub fn due(&self, last_day: NaiveDate) -> NaiveDate {
        if !self.roll {
            return last_day;
        }
        let mut d = last_day;
        // A run of days off is a few weeks at most, unless kpi.toml declares a long
        // range: 400 days bounds the walk either way.
        for _ in 0..400 {
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

    /// The break of `holiday` in `year`: its first and last day off, weekends around it
    /// included. Tết is the one whose mùng 1 falls in `year`. Known for every year from
    /// 1900 to 2100 (computed where no decision is shipped); outside that, for the solar
    /// holidays only.
    ///
    /// A phrase "trước Tết Nguyên đán" falls due on the last working day before the
    /// break's first day; "dịp 30/4" on the holiday's first day.
    pub fn break_of(&self, holiday: NamedHoliday, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        let days: Vec<NaiveDate> = match shipped(year) {
            Some(y) => y
                .days
                .iter()
                .filter(|d| d.holiday == Some(holiday))
                .map(|d| d.date)
                .collect(),
            None => {
                let (m, d) = match holiday {
                    NamedHoliday::NewYear => (1, 1),
                    NamedHoliday::Reunification => (4, 30),
                    NamedHoliday::Labour => (5, 1),
                    NamedHoliday::National => (9, 2),
                    NamedHoliday::Tet | NamedHoliday::HungKings => return None,
                };
                NaiveDate::from_ymd_opt(year, m, d).into_iter().collect()
            }
        };
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

    /// The name of the day off (or make-up working day) on `d`, for explaining a roll
    /// and for `kpi holidays`: the name kpi.toml gives, else the shipped one.
    pub fn holiday_name(&self, d: NaiveDate, lang: Lang) -> Option<String> {
        if let Some(name) = self.local_off.get(&d) {
            return Some(local_name(name, lang, false));
        }
        if let Some(name) = self.local_work.get(&d) {
            return Some(local_name(name, lang, true));
        }
        if let Some(day) = self.shipped_day(d) {
            return Some(day_label(day, lang));
        }
        if let Some(w) = self.shipped_workday(d) {
            return Some(workday_label(w, lang));
        }
        self.solar_outside_range(d).then(|| {
            let h = match d.month() {
                1 => NamedHoliday::NewYear,
                4 => NamedHoliday::Reunification,
                5 => NamedHoliday::Labour,
                _ => NamedHoliday::National,
            };
            h.name(lang).to_string()
        })
    }

    /// The years from `from` to `to` whose holidays are provisional, when holidays move
    /// deadlines at all.
    pub fn provisional_years(&self, from: i32, to: i32) -> Vec<i32> {
        if !self.shipped || !self.roll {
            return Vec::new();
        }
        (from..=to).filter(|&y| !is_official(y)).collect()
    }

    /// Every day off and make-up day from `from` to `to`, kpi.toml's entries winning, in
    /// date order: what `kpi holidays` lists.
    pub fn listing(&self, from: NaiveDate, to: NaiveDate) -> Vec<Entry> {
        let mut out = Vec::new();
        for year in from.year()..=to.year() {
            if let Some(y) = shipped(year).filter(|_| self.shipped) {
                for day in &y.days {
                    if !self.local_off.contains_key(&day.date)
                        && !self.local_work.contains_key(&day.date)
                    {
                        out.push(Entry::Off(day.clone()));
                    }
                }
                for w in &y.workdays {
                    if !self.local_off.contains_key(&w.date)
                        && !self.local_work.contains_key(&w.date)
                    {
                        out.push(Entry::Work(w.clone()));
                    }
                }
            }
        }
        for (&date, name) in &self.local_off {
            out.push(Entry::Off(DayOff {
                date,
                holiday: None,
                kind: Kind::Local,
                source: Source::Local,
                worked: None,
                name: Some(name.clone()),
            }));
        }
        for (&date, name) in &self.local_work {
            out.push(Entry::Work(MakeUp {
                date,
                holiday: None,
                swapped: None,
                source: Source::Local,
                name: Some(name.clone()),
            }));
        }
        out.retain(|e| (from..=to).contains(&e.date()));
        out.sort_by_key(Entry::date);
        out
    }
}

/// One line of `kpi holidays`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Off(DayOff),
    Work(MakeUp),
}

impl Entry {
    pub fn date(&self) -> NaiveDate {
        match self {
            Entry::Off(d) => d.date,
            Entry::Work(w) => w.date,
        }
    }

    pub fn source(&self) -> Source {
        match self {
            Entry::Off(d) => d.source,
            Entry::Work(w) => w.source,
        }
    }

    pub fn holiday(&self) -> Option<NamedHoliday> {
        match self {
            Entry::Off(d) => d.holiday,
            Entry::Work(w) => w.holiday,
        }
    }

    /// `holiday`, `in-lieu`, `swapped`, `local` or `workday`: what machines read.
    pub fn kind_id(&self) -> &'static str {
        match self {
            Entry::Off(d) => d.kind.id(),
            Entry::Work(_) => "workday",
        }
    }

    /// The name a person reads.
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Entry::Off(d) => match &d.name {
                Some(n) => local_name(n, lang, false),
                None => day_label(d, lang),
            },
            Entry::Work(w) => match &w.name {
                Some(n) => local_name(n, lang, true),
                None => workday_label(w, lang),
            },
        }
    }
}

fn local_name(name: &str, lang: Lang, work: bool) -> String {
    use crate::i18n::holidays as m;
    if !name.trim().is_empty() {
        return name.to_string();
    }
    let msg = if work {
        m::LOCAL_WORKDAY
    } else {
        m::LOCAL_HOLIDAY
    };
    msg.text(lang).to_string()
}

fn day_label(day: &DayOff, lang: Lang) -> String {
    use crate::i18n::holidays as m;
    use crate::tr;
    let Some(h) = day.holiday else {
        return local_name(day.name.as_deref().unwrap_or(""), lang, false);
    };
    let name = h.name(lang);
    match day.kind {
        Kind::Statutory | Kind::Local => name.to_string(),
        Kind::InLieu => tr!(lang, m::IN_LIEU, holiday = name),
        Kind::Swapped => match day.worked {
            Some(w) => tr!(
                lang,
                m::SWAPPED,
                holiday = name,
                worked = crate::i18n::date(lang, w)
            ),
            None => tr!(lang, m::IN_LIEU, holiday = name),
        },
    }
}

fn workday_label(w: &MakeUp, lang: Lang) -> String {
    use crate::i18n::holidays as m;
    use crate::tr;
    let holiday = w.holiday.map_or("", |h| h.name(lang));
    match w.swapped {
        Some(s) => tr!(
            lang,
            m::MAKE_UP,
            holiday = holiday,
            swapped = crate::i18n::date(lang, s)
        ),
        None => m::LOCAL_WORKDAY.text(lang).to_string(),
    }
}
