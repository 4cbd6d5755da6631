//! Deadline phrases: text → `Phrase` (phrase.rs) → occurrences over a plan's period
//! (resolve.rs), with the working-day roll of the calendar (calendar.rs).

pub mod calendar;
pub mod phrase;
pub mod resolve;

pub use calendar::Calendar;
pub use phrase::{Phrase, PhraseError};
pub use resolve::{Kind, Occurrence, Rules, Schedule};

/// Read and resolve a phrase in one step.
pub fn schedule(
    text: &str,
    period: (chrono::NaiveDate, chrono::NaiveDate),
    rules: &Rules,
) -> Result<Schedule, PhraseError> {
    Ok(resolve::resolve(&phrase::parse(text)?, period, rules))
}

#[cfg(test)]
mod tests;
