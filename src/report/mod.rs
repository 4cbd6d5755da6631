//! The progress report of a period ("báo cáo kết quả thực hiện kế hoạch", DESIGN.md 6.4):
//! statuses as of a day → the four counts of Vietnamese task tracking, per unit (as lead
//! and as support), per plan and per index, with the overdue items and the plans'
//! targets. Pure: the period, the as-of day and the selection come in as arguments;
//! `cmd::report` and the renderers write what this builds.
//!
//! An occurrence belongs to the period in which its last day falls (before the
//! working-day roll: a quarter that ends on a Sunday is still that quarter's). Its status
//! is its status as of the as-of day (DESIGN.md 5 and 5.1: a record dated later does not
//! count). A `not-applicable` occurrence is not owed and is not counted.

pub mod period;

use std::collections::HashMap;

use chrono::NaiveDate;

pub use period::Period;

use crate::plan::model::{Plan, Repository, Target};
use crate::select::{INDICES, Role, Selection};
use crate::status::{self, Entry, Status};
use crate::text;

/// The four categories of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Hoàn thành đúng hạn.
    DoneOnTime,
    /// Hoàn thành quá hạn.
    DoneLate,
    /// Chưa hoàn thành, còn trong hạn.
    InTime,
    /// Quá hạn, chưa hoàn thành.
    Overdue,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Category::DoneOnTime,
        Category::DoneLate,
        Category::InTime,
        Category::Overdue,
    ];

    /// The category of a status; none for an occurrence that is not owed.
    pub fn of(status: Status) -> Option<Category> {
        match status {
            Status::Done => Some(Category::DoneOnTime),
            Status::DoneLate => Some(Category::DoneLate),
            Status::Due | Status::Upcoming => Some(Category::InTime),
            Status::Overdue => Some(Category::Overdue),
            Status::NotApplicable => None,
        }
    }

    /// The key machines read (JSON, CSV headers).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::DoneOnTime => "done_on_time",
            Category::DoneLate => "done_late",
            Category::InTime => "in_time",
            Category::Overdue => "overdue",
        }
    }
}

/// How many occurrences fall in each category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub done_on_time: usize,
    pub done_late: usize,
    pub in_time: usize,
    pub overdue: usize,
    pub total: usize,
}

impl Counts {
    pub fn add(&mut self, c: Category) {
        *self.slot(c) += 1;
        self.total += 1;
    }

    pub fn get(&self, c: Category) -> usize {
        match c {
            Category::DoneOnTime => self.done_on_time,
            Category::DoneLate => self.done_late,
            Category::InTime => self.in_time,
            Category::Overdue => self.overdue,
        }
    }

    fn slot(&mut self, c: Category) -> &mut usize {
        match c {
            Category::DoneOnTime => &mut self.done_on_time,
            Category::DoneLate => &mut self.done_late,
            Category::InTime => &mut self.in_time,
            Category::Overdue => &mut self.overdue,
        }
    }

    /// Done, on time or late.
    pub fn done(&self) -> usize {
        self.done_on_time + self.done_late
    }

    /// The share done, in percent; none when nothing was owed.
    pub fn percent_done(&self) -> Option<f64> {
        (self.total > 0).then(|| self.done() as f64 * 100.0 / self.total as f64)
    }

    pub fn merge(&mut self, other: &Counts) {
        for c in Category::ALL {
            *self.slot(c) += other.get(c);
        }
        self.total += other.total;
    }
}

/// One unit's line: what it owes as lead and as support.
#[derive(Clone, Debug)]
pub struct UnitRow {
    pub registry: usize,
    pub unit: u32,
    pub lead: Counts,
    pub support: Counts,
}

pub struct PlanRow<'a> {
    pub plan: &'a Plan,
    pub counts: Counts,
}

/// One index's line; `index` none for the tasks that belong to no index.
pub struct IndexRow {
    pub index: Option<String>,
    pub counts: Counts,
}

pub struct Report<'a> {
    pub period: Period,
    pub as_of: NaiveDate,
    pub units: Vec<UnitRow>,
    pub plans: Vec<PlanRow<'a>>,
    pub indices: Vec<IndexRow>,
    /// The occurrences of the period overdue as of the day, oldest first.
    pub overdue: Vec<Entry<'a>>,
    /// The targets ("chỉ tiêu") of the plans whose period meets the report's.
    pub targets: Vec<(&'a Plan, &'a Target)>,
    /// Every occurrence counted (the plans' lines add up to it).
    pub total: Counts,
}

/// The report of `period` as of `as_of` over what `sel` selects. Units are the ones
/// `--unit` names, else every unit of the organisations in scope (those of the plans
/// named with `--plan`, if any); a unit counts a task as lead when any of its lead units
/// or groups reaches it, else as support.
pub fn build<'a>(
    repo: &'a Repository,
    sel: &Selection,
    period: &Period,
    as_of: NaiveDate,
) -> Report<'a> {
    let plans_in: Vec<&Plan> = repo
        .plans
        .iter()
        .filter(|p| sel.plan(p) && p.period.0 <= period.to && period.from <= p.period.1)
        .collect();
    let units: Vec<(usize, u32)> = sel
        .units_in_scope(repo)
        .into_iter()
        // With --plan, the units of its organisation, whatever the plan's own period: a
        // plan of 2023 still owes its yearly report (or a request) in 2024.
        .filter(|(ri, _)| {
            sel.plans.is_none() || repo.plans.iter().any(|p| sel.plan(p) && p.registry == *ri)
        })
        .collect();
    let mut row_of: HashMap<(usize, u32), usize> = HashMap::with_capacity(units.len());
    for (i, &(ri, u)) in units.iter().enumerate() {
        row_of.insert((ri, u), i);
    }
    let mut unit_rows: Vec<UnitRow> = units
        .iter()
        .map(|&(registry, unit)| UnitRow {
            registry,
            unit,
            lead: Counts::default(),
            support: Counts::default(),
        })
        .collect();
    let mut plan_counts: HashMap<&str, Counts> = HashMap::new();
    let mut index_counts: HashMap<Option<String>, (String, Counts)> = HashMap::new();
    let mut total = Counts::default();
    let mut overdue = Vec::new();
    // The role of each unit for the entry at hand: lead wins over support.
    let mut roles: HashMap<usize, Role> = HashMap::new();

    let mut entries = status::entries(repo, as_of, 0);
    entries.retain(|e| period.contains(e.occurrence.last_day));
    status::sort(&mut entries);
    for e in entries {
        let Some(category) = Category::of(e.status) else {
            continue;
        };
        // With --unit, only the tasks of those units: their lines get nothing from the
        // others, and the plans and indices count their tasks only.
        if !sel.task(repo, e.plan, e.task) {
            continue;
        }
        let reg = &repo.registries[e.plan.registry];
        roles.clear();
        for (role, list) in [
            (Role::Lead, e.task.lead()),
            (Role::Support, e.task.support()),
        ] {
            for a in list {
                for &u in reg.expand(a.unit) {
                    if let Some(&row) = row_of.get(&(e.plan.registry, u)) {
                        roles.entry(row).or_insert(role);
                    }
                }
            }
        }
        for (&row, &role) in &roles {
            let r = &mut unit_rows[row];
            match role {
                Role::Lead => r.lead.add(category),
                Role::Support => r.support.add(category),
            }
        }
        total.add(category);
        plan_counts.entry(&e.plan.id).or_default().add(category);
        let mut seen: Vec<String> = Vec::new();
        for i in e.task.indices.iter() {
            let key = text::fold(i);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key.clone());
            index_counts
                .entry(Some(key))
                .or_insert_with(|| (i.clone(), Counts::default()))
                .1
                .add(category);
        }
        if seen.is_empty() {
            index_counts
                .entry(None)
                .or_insert_with(|| (String::new(), Counts::default()))
                .1
                .add(category);
        }
        if category == Category::Overdue {
            overdue.push(e);
        }
    }

    // A plan whose period ends before the report's may still owe something in it (a
    // deadline in the following period): it is listed too.
    let mut plans_listed = plans_in.clone();
    let mut listed: std::collections::HashSet<&str> =
        plans_in.iter().map(|p| p.id.as_str()).collect();
    for p in &repo.plans {
        if plan_counts.contains_key(p.id.as_str()) && listed.insert(p.id.as_str()) {
            plans_listed.push(p);
        }
    }
    plans_listed.sort_by(|a, b| a.id.cmp(&b.id));
    let plans = plans_listed
        .iter()
        .map(|p| PlanRow {
            plan: p,
            counts: plan_counts.get(p.id.as_str()).copied().unwrap_or_default(),
        })
        .collect();
    let targets = plans_listed
        .iter()
        .flat_map(|p| p.targets.iter().map(move |t| (*p, t)))
        .collect();
    Report {
        period: period.clone(),
        as_of,
        units: unit_rows,
        plans,
        indices: indices_in_order(index_counts),
        overdue,
        targets,
        total,
    }
}

/// The indices kpi knows first, in their usual order, then the others by name, then the
/// tasks of no index.
fn indices_in_order(counts: HashMap<Option<String>, (String, Counts)>) -> Vec<IndexRow> {
    // (group, place in INDICES, name): the known, the others, none.
    let rank = |key: &Option<String>, name: &str| -> (u8, usize, String) {
        match key {
            None => (2, 0, String::new()),
            Some(k) => match INDICES.iter().position(|i| text::fold(i) == *k) {
                Some(p) => (0, p, String::new()),
                None => (1, 0, name.to_string()),
            },
        }
    };
    let mut rows: Vec<(Option<String>, String, Counts)> = counts
        .into_iter()
        .map(|(k, (name, c))| (k, name, c))
        .collect();
    rows.sort_by_key(|(k, name, _)| rank(k, name));
    rows.into_iter()
        .map(|(k, name, counts)| IndexRow {
            index: k.map(|_| name),
            counts,
        })
        .collect()
}

#[cfg(test)]
mod tests;
