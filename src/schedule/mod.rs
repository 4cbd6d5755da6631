//! Deadline phrases: text → `Phrase` (phrase/) → occurrences over a plan's period
//! (resolve/), with the working-day roll of the calendar (calendar.rs).

pub mod calendar;
pub mod phrase;
pub mod resolve;

pub use calendar::{Calendar, NamedHoliday};
pub use phrase::{Phrase, PhraseError};
pub use resolve::{Kind, Occurrence, Rules, Schedule, compact};

/// Schedules already read in one load, by phrase and period: a corpus repeats a few dozen
/// phrases over thousands of tasks. Shared by the threads that validate plans; valid only
/// for the one set of `Rules` it was filled with.
#[derive(Default)]
pub struct Cache {
    map: std::sync::Mutex<CacheMap>,
}

type Period = (chrono::NaiveDate, chrono::NaiveDate);
type CacheMap = foldhash::HashMap<Period, foldhash::HashMap<String, std::sync::Arc<Schedule>>>;

impl Cache {
    pub fn get(&self, text: &str, period: Period) -> Option<std::sync::Arc<Schedule>> {
        let map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.get(&period)?.get(text).cloned()
    }

    pub fn insert(&self, text: &str, period: Period, s: &std::sync::Arc<Schedule>) {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(period)
            .or_default()
            .insert(text.to_string(), s.clone());
    }
}

/// Read and resolve a phrase in one step.
pub fn schedule(
    text: &str,
    period: (chrono::NaiveDate, chrono::NaiveDate),
    rules: &Rules,
) -> Result<Schedule, PhraseError> {
    Ok(resolve::resolve(&phrase::parse(text)?, period, rules))
}

#[cfg(test)]
#[cfg(test)]
mod harvest;
#[cfg(test)]
#[cfg(test)]
mod tests;
