//! The validated model: registries with resolved groups, plans with resolved units and
//! sections, progress records attached to their tasks.
//!
//! Code after validation works on these types only; what validation ruled out (a task
//! without an id, a unit that does not exist) cannot be expressed here.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::fields::Sp;
use super::raw::DueItem;
use crate::source::{FileId, Span};
use crate::text;

/// A unit or a group of one registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnitRef {
    Unit(u32),
    Group(u32),
}

#[derive(Debug)]
pub struct Unit {
    /// This unit's position in its registry, so that `expand` can lend it as a slice.
    pub index: u32,
    pub code: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub email: Vec<String>,
    pub external: bool,
}

#[derive(Debug)]
pub struct Group {
    pub code: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub members: Vec<UnitRef>,
    /// Every unit reached through the members, nested groups included, sorted.
    pub units: Vec<u32>,
}

/// The units of one organisation (`units.toml`).
#[derive(Debug)]
pub struct Registry {
    pub file: FileId,
    /// The folder whose plans use this registry (the folder of `units.toml`).
    pub dir: PathBuf,
    pub org_id: String,
    pub org_name: String,
    pub units: Vec<Unit>,
    pub groups: Vec<Group>,
    /// Folded code, name and aliases → unit or group.
    pub index: foldhash::HashMap<String, UnitRef>,
    /// The same spellings exactly as written, tried first: plans mostly copy them, and
    /// this skips folding (the costly part of a lookup).
    pub exact: foldhash::HashMap<String, UnitRef>,
}

impl Registry {
    /// Find a unit or group by code, name or alias, ignoring case, spacing, NFC/NFD and
    /// diacritics, but not script: a Cyrillic "В" never stands for a Latin "V".
    pub fn lookup(&self, name: &str) -> Option<UnitRef> {
        if let Some(r) = self.exact.get(name) {
            return Some(*r);
        }
        if text::foreign_letter(name).is_some() {
            return None;
        }
        self.index.get(&text::fold(name)).copied()
    }

    pub fn code(&self, r: UnitRef) -> &str {
        match r {
            UnitRef::Unit(i) => &self.units[i as usize].code,
            UnitRef::Group(i) => &self.groups[i as usize].code,
        }
    }

    pub fn name(&self, r: UnitRef) -> &str {
        match r {
            UnitRef::Unit(i) => &self.units[i as usize].name,
            UnitRef::Group(i) => &self.groups[i as usize].name,
        }
    }

    /// The units that `r` stands for: itself, or every unit of the group.
    pub fn expand(&self, r: UnitRef) -> &[u32] {
        match r {
            UnitRef::Unit(i) => std::slice::from_ref(&self.units[i as usize].index),
            UnitRef::Group(i) => &self.groups[i as usize].units,
        }
    }

    /// Every code, name and alias, for "did you mean" suggestions.
    pub fn spellings(&self) -> impl Iterator<Item = &str> {
        let units = self.units.iter().flat_map(|u| {
            [u.code.as_str(), u.name.as_str()]
                .into_iter()
                .chain(u.aliases.iter().map(String::as_str))
        });
        let groups = self.groups.iter().flat_map(|g| {
            [g.code.as_str(), g.name.as_str()]
                .into_iter()
                .chain(g.aliases.iter().map(String::as_str))
        });
        units.chain(groups)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskKind {
    Task,
    Report,
    Meeting,
}

impl TaskKind {
    pub fn parse(s: &str) -> Option<TaskKind> {
        match s {
            "task" => Some(TaskKind::Task),
            "report" => Some(TaskKind::Report),
            "meeting" => Some(TaskKind::Meeting),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            TaskKind::Task => "task",
            TaskKind::Report => "report",
            TaskKind::Meeting => "meeting",
        }
    }
}

/// A unit or group named in `lead` or `support`, as written and as resolved.
#[derive(Debug, Clone)]
pub struct Assignee {
    pub written: String,
    pub unit: UnitRef,
}

#[derive(Debug)]
pub struct Section {
    pub id: String,
    pub parent: Option<usize>,
    pub title: String,
    pub index: Vec<String>,
}

#[derive(Debug)]
pub struct Target {
    pub id: String,
    pub text: String,
    pub index: Vec<String>,
}

#[derive(Debug)]
pub struct Task {
    pub id: String,
    pub number: Option<String>,
    pub section: Option<usize>,
    pub title: String,
    pub lead: Vec<Assignee>,
    pub support: Vec<Assignee>,
    pub output: Option<String>,
    pub due: Vec<Sp<DueItem>>,
    pub due_text: Option<String>,
    pub note: Option<String>,
    pub kind: TaskKind,
    /// The occurrences read from `due` over the plan's period.
    /// Shared with the other tasks of the run that have the same phrase and period.
    pub schedule: std::sync::Arc<crate::schedule::Schedule>,
    /// The indices of the task's section chain (the nearest section that names one),
    /// else the plan's; shared by the tasks of a section.
    pub indices: std::sync::Arc<[String]>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordStatus {
    Done,
    InProgress,
    NotApplicable,
}

impl RecordStatus {
    pub const ALL: &'static [&'static str] = &["done", "in-progress", "not-applicable"];

    pub fn parse(s: &str) -> Option<RecordStatus> {
        match s {
            "done" => Some(RecordStatus::Done),
            "in-progress" => Some(RecordStatus::InProgress),
            "not-applicable" => Some(RecordStatus::NotApplicable),
            _ => None,
        }
    }
}

#[derive(Debug)]
pub struct Record {
    pub task: usize,
    pub period: Option<Sp<String>>,
    pub status: RecordStatus,
    pub date: Option<NaiveDate>,
    pub by: Option<UnitRef>,
    pub evidence: Option<String>,
    pub note: Option<String>,
    pub span: Span,
}

#[derive(Debug)]
pub struct Plan {
    pub file: FileId,
    pub registry: usize,
    pub id: String,
    pub number: Option<String>,
    pub title: String,
    pub place: Option<String>,
    pub issued: Option<NaiveDate>,
    /// The plan's first and last day: its `year`, or its `period`.
    pub period: (NaiveDate, NaiveDate),
    pub indices: Vec<String>,
    pub basis: Vec<String>,
    pub signer: Option<String>,
    pub signer_title: Option<String>,
    pub targets: Vec<Target>,
    pub sections: Vec<Section>,
    pub tasks: Vec<Task>,
    pub records: Vec<Record>,
    pub progress_file: Option<FileId>,
}

impl Plan {
    pub fn task(&self, id: &str) -> Option<usize> {
        self.tasks.iter().position(|t| t.id == id)
    }

    /// Whether the plan spans more than one calendar year.
    pub fn multi_year(&self) -> bool {
        use chrono::Datelike;
        self.period.0.year() != self.period.1.year()
    }
}

/// Everything loaded from one run over the plan folders.
#[derive(Debug, Default)]
pub struct Repository {
    pub registries: Vec<Registry>,
    pub plans: Vec<Plan>,
}
