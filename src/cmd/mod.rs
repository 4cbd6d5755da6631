//! The commands: each takes the resolved context and its arguments, writes results to
//! `out` and diagnostics to `err`, and returns the exit status.

pub mod assignments;
pub mod check;
pub mod done;
pub mod due;
pub mod holidays;
pub mod notify;
pub mod schedule;
pub mod units;
