//! Occurrences + progress records + the as-of day → the status of each occurrence.
//!
//! DESIGN.md section 5. Pure: the as-of day and the `--within` window come in as
//! arguments. A record names its occurrence by `period`; a record without one belongs
//! to a task's only occurrence. A record dated after the as-of day does not count.

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::config::Lang;
use crate::plan::model::{Plan, Record, RecordStatus, Repository, Task};
use crate::schedule::Occurrence;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Overdue,
    Due,
    Upcoming,
    Done,
    DoneLate,
    /// A `not-applicable` record: the occurrence is not owed.
    NotApplicable,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Overdue => "overdue",
            Status::Due => "due",
            Status::Upcoming => "upcoming",
            Status::Done => "done",
            Status::DoneLate => "done-late",
            Status::NotApplicable => "not-applicable",
        }
    }

    /// The label of Vietnamese task-tracking reports, or its English counterpart.
    pub fn label(self, lang: Lang, within: u32) -> String {
        use crate::i18n::{self as m};
        let msg = match self {
            Status::Overdue => &m::STATUS_OVERDUE,
            Status::Due => return crate::tr!(lang, m::STATUS_DUE, days = within),
            Status::Upcoming => &m::STATUS_UPCOMING,
            Status::Done => &m::STATUS_DONE,
            Status::DoneLate => &m::STATUS_DONE_LATE,
            Status::NotApplicable => &m::STATUS_NOT_APPLICABLE,
        };
        msg.text(lang).to_string()
    }

    /// How a table shows it on a terminal: overdue red, due yellow, done green.
    pub fn tint(self) -> Option<crate::render::table::Tint> {
        use crate::render::table::Tint;
        match self {
            Status::Overdue => Some(Tint::Red),
            Status::Due => Some(Tint::Yellow),
            Status::Done | Status::DoneLate => Some(Tint::Green),
            Status::Upcoming | Status::NotApplicable => None,
        }
    }
}

/// One occurrence of one task, with its status as of a day.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    pub plan: &'a Plan,
    pub task: &'a Task,
    /// The task's position in its plan (the plan's order).
    pub task_index: usize,
    pub occurrence: &'a Occurrence,
    pub status: Status,
    /// Days from the as-of day to the due day: negative when late.
    pub days: i64,
    /// The day of the first `done` record, if any.
    pub done_on: Option<NaiveDate>,
    /// The plan's place among the repository's plans in id order, and the occurrence's
    /// in its schedule: the last parts of `sort`'s key.
    plan_rank: u32,
    occurrence_index: u32,
}

impl Entry<'_> {
    /// The occurrence key, or none for a task with a single occurrence (a request's key
    /// is always shown).
    pub fn period(&self) -> Option<&str> {
        self.task
            .names_period(self.occurrence)
            .then_some(self.occurrence.key.as_str())
    }
}

/// The records that speak of `occurrence` of `task`, in their file's order: those that
/// name its key, and those that name none when it is the task's one occurrence. Found
/// in the task's records (sorted by period, `Plan::records`) by binary search: a task
/// asked for thousands of times has as many occurrences and records.
pub fn records_of<'a>(
    plan: &'a Plan,
    task_index: usize,
    occurrence: &'a Occurrence,
) -> impl Iterator<Item = &'a Record> {
    let records = plan.records_for(task_index);
    let (unnamed, named) = records.split_at(records.partition_point(|r| r.period.is_none()));
    let key = occurrence.key.as_str();
    let from = named.partition_point(|r| r.period() < Some(key));
    let to = from + named[from..].partition_point(|r| r.period() == Some(key));
    // (Whether records that name none are for it counts the task's occurrences: only
    // asked when there are such records.)
    let unnamed =
        match !unnamed.is_empty() && plan.tasks[task_index].unnamed_record_is_for(occurrence) {
            true => unnamed,
            false => &[],
        };
    // Both runs are in the file's order: merged by place in the file.
    let (mut a, mut b) = (unnamed.iter().peekable(), named[from..to].iter().peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y.span.start < x.span.start => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// The status of one occurrence as of `today`, `within` days counting as due.
pub fn status_of(
    plan: &Plan,
    task_index: usize,
    occurrence: &Occurrence,
    today: NaiveDate,
    within: u32,
) -> (Status, Option<NaiveDate>) {
    // One pass, no allocation: this runs for every occurrence of every task.
    let mut not_applicable = false;
    // A done record without a date counts as done on time: kpi done always writes one.
    let mut done: Option<Option<NaiveDate>> = None;
    for r in records_of(plan, task_index, occurrence) {
        // As of `today`, only what was known on `today` counts (DESIGN.md 5.1): a record
        // dated later has not happened yet.
        if r.date.is_some_and(|d| d > today) {
            continue;
        }
        match r.status {
            RecordStatus::NotApplicable => not_applicable = true,
            RecordStatus::Done => {
                done = Some(match (done, r.date) {
                    (Some(Some(a)), Some(b)) => Some(a.min(b)),
                    (Some(None), _) | (_, None) => None,
                    (None, Some(b)) => Some(b),
                });
            }
            RecordStatus::InProgress => {}
        }
    }
    if not_applicable {
        return (Status::NotApplicable, None);
    }
    match done {
        Some(None) => (Status::Done, None),
        Some(Some(d)) if d <= occurrence.due => (Status::Done, Some(d)),
        Some(Some(d)) => (Status::DoneLate, Some(d)),
        None if occurrence.due < today => (Status::Overdue, None),
        None if (occurrence.due - today).num_days() <= i64::from(within) => (Status::Due, None),
        None => (Status::Upcoming, None),
    }
}

/// Every occurrence of every task of the repository, with its status.
pub fn entries(repo: &Repository, today: NaiveDate, within: u32) -> Vec<Entry<'_>> {
    entries_where(repo, today, within, |_, _| true, |_| true)
}

/// The occurrences of the tasks `wanted` accepts whose status `keep` accepts, without
/// building the others.
pub fn entries_where(
    repo: &Repository,
    today: NaiveDate,
    within: u32,
    wanted: impl Fn(&Plan, &Task) -> bool + Sync,
    keep: impl Fn(Status) -> bool + Sync,
) -> Vec<Entry<'_>> {
    let mut by_id: Vec<usize> = (0..repo.plans.len()).collect();
    by_id.sort_unstable_by_key(|&i| &repo.plans[i].id);
    let mut rank = vec![0; repo.plans.len()];
    for (r, i) in by_id.into_iter().enumerate() {
        rank[i] = r as u32;
    }
    repo.plans
        .par_iter()
        .zip(rank)
        .flat_map_iter(|(plan, plan_rank)| {
            let (wanted, keep) = (&wanted, &keep);
            let tasks = plan.tasks.iter().enumerate();
            tasks
                .filter(move |(_, task)| wanted(plan, task))
                .flat_map(move |(ti, task)| {
                    task.occurrences()
                        .iter()
                        .enumerate()
                        .filter_map(move |(oi, occurrence)| {
                            let (status, done_on) = status_of(plan, ti, occurrence, today, within);
                            keep(status).then(|| Entry {
                                plan,
                                task,
                                task_index: ti,
                                occurrence,
                                status,
                                days: (occurrence.due - today).num_days(),
                                done_on,
                                plan_rank,
                                occurrence_index: oi as u32,
                            })
                        })
                })
        })
        .collect()
}

/// Oldest first: by due day, then plan, then task (in the plan's order).
pub fn sort(entries: &mut [Entry]) {
    // Plan ids are unique, so their rank stands for them; no two entries share the whole
    // key, so an unstable sort (no buffer) gives the one order.
    entries.par_sort_unstable_by_key(|e| {
        (
            e.occurrence.due,
            e.plan_rank,
            e.task_index,
            e.occurrence.last_day,
            e.occurrence_index,
        )
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-task repository, its deadline `due`, with a done record dated `done` if
    /// any, loaded and judged as of `today`, 14 days counting as due.
    fn status_as_of(due: &str, done: Option<&str>, today: &str) -> Status {
        let plan = format!(
            "[plan]\nid = \"p\"\ntitle = \"t\"\nyear = 2024\n\n[[task]]\nid = \"1\"\ntitle = \"x\"\nlead = [\"VP\"]\noutput = \"y\"\ndue = \"{due}\"\n"
        );
        let progress = done
            .map(|done| format!("[[record]]\ntask = \"1\"\nstatus = \"done\"\ndate = {done}\n"));
        let today: NaiveDate = today.parse().unwrap();
        let loaded = crate::load::one_plan(&plan, progress.as_deref(), today);
        let plan = &loaded.repo.plans[0];
        let occurrence = &plan.tasks[0].occurrences()[0];
        status_of(plan, 0, occurrence, today, 14).0
    }

    fn status_with_done(due: &str, done: &str) -> Status {
        status_as_of(due, Some(done), "2024-12-31")
    }

    /// An open occurrence on the edges: due up to `within` days ahead and on its due
    /// day, overdue the day after, upcoming beyond the window.
    #[test]
    fn open_occurrences_on_the_edges() {
        // Trước ngày 20/6/2024: last day (and due day) Wednesday 19/6.
        let due = "Trước ngày 20/6/2024";
        for (today, status) in [
            ("2024-06-04", Status::Upcoming),
            ("2024-06-05", Status::Due),
            ("2024-06-18", Status::Due),
            ("2024-06-19", Status::Due),
            ("2024-06-20", Status::Overdue),
            ("2024-09-01", Status::Overdue),
        ] {
            assert_eq!(status_as_of(due, None, today), status, "as of {today}");
        }
    }

    /// A record counts from its own day on, not before (DESIGN.md 5.1).
    #[test]
    fn a_record_counts_from_its_day() {
        let due = "Trước ngày 20/6/2024";
        assert_eq!(
            status_as_of(due, Some("2024-06-25"), "2024-06-24"),
            Status::Overdue
        );
        assert_eq!(
            status_as_of(due, Some("2024-06-25"), "2024-06-25"),
            Status::DoneLate
        );
        assert_eq!(
            status_as_of(due, Some("2024-06-10"), "2024-06-10"),
            Status::Done
        );
    }

    /// A task "Tháng 6 năm 2024, hoặc đột xuất" with requests, as of 2024-12-31: the
    /// status of each occurrence, for the progress file `progress`.
    fn statuses_with_requests(progress: &str) -> Vec<(String, Status)> {
        let today = NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
        let loaded = crate::load::one_plan(
            "[plan]\nid = \"p\"\ntitle = \"t\"\nyear = 2024\n\n[[task]]\nid = \"1\"\ntitle = \"x\"\nlead = [\"VP\"]\noutput = \"y\"\ndue = \"Tháng 6 năm 2024, hoặc đột xuất\"\n",
            Some(progress),
            today,
        );
        let plan = &loaded.repo.plans[0];
        plan.tasks[0]
            .occurrences()
            .iter()
            .map(|o| (o.key.clone(), status_of(plan, 0, o, today, 14).0))
            .collect()
    }

    /// A record without a period belongs to the phrase's own occurrence, never to a
    /// request; a request is closed by a record that names its key.
    #[test]
    fn requests_are_occurrences_named_by_their_keys() {
        let request = "[[request]]\ntask = \"1\"\ndate = 2024-09-02\ndue = 2024-09-13\n\n";
        let unnamed = "[[record]]\ntask = \"1\"\nstatus = \"done\"\ndate = 2024-06-20\n\n";
        let named = "[[record]]\ntask = \"1\"\nperiod = \"req-2024-09-02\"\nstatus = \"done\"\ndate = 2024-09-16\n";
        let s = |key: &str, status| (key.to_string(), status);
        assert_eq!(
            statuses_with_requests(request),
            [
                s("2024-06", Status::Overdue),
                s("req-2024-09-02", Status::Overdue)
            ]
        );
        assert_eq!(
            statuses_with_requests(&format!("{request}{unnamed}")),
            [
                s("2024-06", Status::Done),
                s("req-2024-09-02", Status::Overdue)
            ]
        );
        // Friday 13/09 is the due day: done on Monday 16/09 is late.
        assert_eq!(
            statuses_with_requests(&format!("{request}{named}")),
            [
                s("2024-06", Status::Overdue),
                s("req-2024-09-02", Status::DoneLate)
            ]
        );
    }

    /// The line that tells the two "done" statuses apart, on its edges: on the due day
    /// is on time, the day after is late; a last day on a Sunday falls due on Monday.
    #[test]
    fn done_on_time_and_done_late() {
        // Trước ngày 20/6/2024: last day Wednesday 19/6.
        assert_eq!(
            status_with_done("Trước ngày 20/6/2024", "2024-06-18"),
            Status::Done
        );
        assert_eq!(
            status_with_done("Trước ngày 20/6/2024", "2024-06-19"),
            Status::Done
        );
        assert_eq!(
            status_with_done("Trước ngày 20/6/2024", "2024-06-20"),
            Status::DoneLate
        );
        // Đến ngày 30/6/2024: a Sunday, due Monday 1/7.
        assert_eq!(
            status_with_done("Đến ngày 30/6/2024", "2024-07-01"),
            Status::Done
        );
        assert_eq!(
            status_with_done("Đến ngày 30/6/2024", "2024-07-02"),
            Status::DoneLate
        );
    }
}
