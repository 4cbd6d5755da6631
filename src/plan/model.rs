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
    /// Every text is simple (`text::simple`): read from a file that is.
    pub simple: bool,
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

    /// The units that `r` stands for: itself, or every unit of the group (sorted).
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

/// A unit or group named in `lead` or `support`: as written (`Task::written`) and as
/// resolved.
#[derive(Debug, Clone, Copy)]
pub struct Assignee {
    pub written: Piece,
    pub unit: UnitRef,
}

/// A byte range of the text of a plan's tasks (`TaskData`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Piece {
    start: u32,
    end: u32,
}

/// A range of one of the lists of `TaskData`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Run {
    start: u32,
    end: u32,
}

impl Run {
    fn of<T>(list: &[T], run: Run) -> &[T] {
        &list[run.start as usize..run.end as usize]
    }
}

/// What the tasks of one plan hold, in one place: their strings one after another,
/// their assignees and their `due` items. Each task keeps ranges into it.
///
/// A national repository holds hundreds of thousands of tasks. A few allocations per
/// plan instead of a dozen per task is most of the difference between loading them near
/// the speed of the TOML parser and well below it, and between a model the size of the
/// files and several times it (docs/performance.md).
#[derive(Debug, Default)]
pub struct TaskData {
    text: String,
    assignees: Vec<Assignee>,
    due: Vec<Sp<DueItem<Piece>>>,
    /// Every text is simple (`text::simple`): read from a file that is.
    pub(super) simple: bool,
}

impl TaskData {
    pub fn with_capacity(text: usize, assignees: usize, due: usize) -> TaskData {
        TaskData {
            text: String::with_capacity(text),
            assignees: Vec::with_capacity(assignees),
            due: Vec::with_capacity(due),
            simple: false,
        }
    }

    pub fn push_str(&mut self, s: &str) -> Piece {
        let start = self.text.len() as u32;
        self.text.push_str(s);
        Piece {
            start,
            end: self.text.len() as u32,
        }
    }

    /// `PLAN:TASK`: the whole, and the task's id at its end.
    pub fn push_target(&mut self, plan: &str, task: &str) -> (Piece, Piece) {
        let start = self.text.len() as u32;
        self.text.push_str(plan);
        self.text.push(':');
        let id = self.push_str(task);
        (Piece { start, end: id.end }, id)
    }

    pub fn str(&self, p: Piece) -> &str {
        &self.text[p.start as usize..p.end as usize]
    }

    /// Add one list of assignees, each as written and as resolved.
    pub fn push_assignees<'a>(
        &mut self,
        list: impl IntoIterator<Item = (&'a str, UnitRef)>,
    ) -> Run {
        let start = self.assignees.len() as u32;
        for (written, unit) in list {
            let written = self.push_str(written);
            self.assignees.push(Assignee { written, unit });
        }
        Run {
            start,
            end: self.assignees.len() as u32,
        }
    }

    pub fn assignees(&self, run: Run) -> &[Assignee] {
        Run::of(&self.assignees, run)
    }

    pub fn push_due<'a>(&mut self, items: impl IntoIterator<Item = Sp<DueItem<&'a str>>>) -> Run {
        let start = self.due.len() as u32;
        for d in items {
            let item = match d.value {
                DueItem::Text(s) => DueItem::Text(self.push_str(s)),
                DueItem::Date(date) => DueItem::Date(date),
            };
            self.due.push(Sp::new(item, d.span));
        }
        Run {
            start,
            end: self.due.len() as u32,
        }
    }
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
    /// The strings and lists of the plan's tasks, shared by them (see `TaskData`); read
    /// them through the methods.
    pub(super) data: std::sync::Arc<TaskData>,
    /// `PLAN:TASK`, the plan's id written before the task's: `id` is its end.
    pub(super) target: Piece,
    pub(super) id: Piece,
    pub(super) number: Option<Piece>,
    pub(super) title: Piece,
    pub(super) output: Option<Piece>,
    pub(super) due_text: Option<Piece>,
    pub(super) note: Option<Piece>,
    pub(super) lead: Run,
    pub(super) support: Run,
    pub(super) due: Run,
    pub section: Option<usize>,
    pub kind: TaskKind,
    /// The occurrences read from `due` over the plan's period.
    /// Shared with the other tasks of the run that have the same phrase and period.
    pub schedule: std::sync::Arc<crate::schedule::Schedule>,
    /// The indices of the task's section chain (the nearest section that names one),
    /// else the plan's; shared by the tasks of a section.
    pub indices: std::sync::Arc<[String]>,
    pub span: Span,
}

impl Task {
    /// A piece of the task's text (a phrase of `due`).
    pub fn piece(&self, p: Piece) -> &str {
        self.data.str(p)
    }

    pub fn id(&self) -> &str {
        self.piece(self.id)
    }

    /// `PLAN:TASK`, as `kpi done` takes it: kept whole in the text, not put together for
    /// each row of a long list.
    pub fn target(&self) -> &str {
        self.piece(self.target)
    }

    /// The id of the task's plan: `PLAN:TASK` without `:TASK`.
    pub fn plan_id(&self) -> &str {
        let target = self.target();
        &target[..target.len() - self.id().len() - 1]
    }

    /// Whether every text of the task is simple (`text::simple`): shown as written.
    pub fn simple(&self) -> bool {
        self.data.simple
    }

    pub fn number(&self) -> Option<&str> {
        self.number.map(|p| self.piece(p))
    }

    pub fn title(&self) -> &str {
        self.piece(self.title)
    }

    /// Where the texts a list shows of the task (`PLAN:TASK`, then the title) begin and
    /// end in memory, for a prefetch (`crate::prefetch`): nothing is read there.
    pub fn text_addresses(&self) -> [*const u8; 2] {
        let text = self.data.text.as_ptr();
        [
            text.wrapping_add(self.target.start as usize),
            text.wrapping_add(self.title.end as usize),
        ]
    }

    /// The expected result (kết quả), when the plan writes one.
    pub fn output(&self) -> Option<&str> {
        self.output.map(|p| self.piece(p))
    }

    /// The deadline as the plan prints it, when `due` is not enough to show it.
    pub fn due_text(&self) -> Option<&str> {
        self.due_text.map(|p| self.piece(p))
    }

    pub fn note(&self) -> Option<&str> {
        self.note.map(|p| self.piece(p))
    }

    /// The units in charge (chủ trì).
    pub fn lead(&self) -> &[Assignee] {
        self.data.assignees(self.lead)
    }

    /// The units that take part (phối hợp).
    pub fn support(&self) -> &[Assignee] {
        self.data.assignees(self.support)
    }

    /// `due` as written: phrases are pieces of the text (`Task::piece`).
    pub fn due(&self) -> &[Sp<DueItem<Piece>>] {
        Run::of(&self.data.due, self.due)
    }

    /// How the plan names an assignee of this task.
    pub fn written(&self, a: &Assignee) -> &str {
        self.piece(a.written)
    }

    /// Every occurrence the task owes, sorted by last day: those its deadline phrase
    /// reads, and one for each request recorded for it as of the load's day (key
    /// `req-YYYY-MM-DD`, DESIGN.md 3.3). Everything that speaks of what a task owes
    /// (statuses, due and overdue, counts, reports, calendars, mail) goes through here,
    /// so that a request is due, overdue and done like any other occurrence.
    pub fn occurrences(&self) -> &[crate::schedule::Occurrence] {
        &self.schedule.occurrences
    }

    /// Whether a record that names no period belongs to `o`: the phrase reads a single
    /// occurrence and `o` is it. Requests are always named (`--period req-...`): they
    /// come and go, and a record must not change its meaning when one arrives.
    pub fn unnamed_record_is_for(&self, o: &crate::schedule::Occurrence) -> bool {
        !is_request(o) && self.occurrences().iter().filter(|x| !is_request(x)).count() == 1
    }

    /// Whether the key of `o` must be shown (and named by a record): the task has
    /// several occurrences, or `o` is a request.
    pub fn names_period(&self, o: &crate::schedule::Occurrence) -> bool {
        self.occurrences().len() > 1 || is_request(o)
    }

    /// The task's occurrences with the requests recorded for it: what validation gives a
    /// task once its progress file is read (the phrase's schedule is shared with other
    /// tasks; this one gets its own copy).
    pub(super) fn add_requests(&mut self, requests: Vec<crate::schedule::Occurrence>) {
        if requests.is_empty() {
            return;
        }
        let mut s = (*self.schedule).clone();
        s.occurrences.extend(requests);
        s.occurrences.sort_by_key(|o| o.last_day);
        self.schedule = std::sync::Arc::new(s);
    }
}

/// The prefix of a request's occurrence key: `req-2025-03-03`.
pub const REQUEST_PREFIX: &str = "req-";

/// Whether an occurrence is a request's (its key is `req-YYYY-MM-DD`; no phrase makes
/// such a key).
pub fn is_request(o: &crate::schedule::Occurrence) -> bool {
    o.key.starts_with(REQUEST_PREFIX)
}

/// The occurrence key of a request that arrived on `date`.
pub fn request_key(date: NaiveDate) -> String {
    format!("{REQUEST_PREFIX}{date}")
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

impl Record {
    /// The occurrence key it names, if any.
    pub fn period(&self) -> Option<&str> {
        self.period.as_ref().map(|p| p.value.as_str())
    }
}

/// A `[[request]]`: a task asked for on `date`, to be answered by `due` (DESIGN.md 3.3).
#[derive(Debug)]
pub struct Request {
    pub task: usize,
    pub date: NaiveDate,
    pub due: NaiveDate,
    /// The document that asked ("Công văn số 512/UBND-KT").
    pub reference: Option<String>,
    pub span: Span,
}

impl Request {
    /// The key of the occurrence it makes.
    pub fn key(&self) -> String {
        request_key(self.date)
    }
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
    /// Sorted by task, then by period (none first), in their file's order within:
    /// `Plan::records_for` finds a task's, and `status::records_of` an occurrence's,
    /// without reading the others (a plan's progress file grows by a record for every
    /// occurrence done).
    pub records: Vec<Record>,
    /// Every request of the progress file, those dated after the load's day included
    /// (they make no occurrence as of that day).
    pub requests: Vec<Request>,
    pub progress_file: Option<FileId>,
}

impl Plan {
    pub fn task(&self, id: &str) -> Option<usize> {
        self.tasks.iter().position(|t| t.id() == id)
    }

    /// The records of the task at `ti`, by period (none first), in their file's order
    /// within.
    pub fn records_for(&self, ti: usize) -> &[Record] {
        let from = self.records.partition_point(|r| r.task < ti);
        let len = self.records[from..].partition_point(|r| r.task == ti);
        &self.records[from..from + len]
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

#[cfg(test)]
mod tests {
    use super::Record;
    use crate::load::Loaded;

    /// The plan file `plan` and its progress file, if any, loaded as of 2024-07-01.
    fn load(plan: &str, progress: Option<&str>) -> Loaded {
        let today = chrono::NaiveDate::from_ymd_opt(2024, 7, 1).unwrap();
        crate::load::one_plan(plan, progress, today)
    }

    const THREE_TASKS: &str = "[plan]\nid = \"p\"\ntitle = \"t\"\nyear = 2024\n\n\
         [[task]]\nid = \"1\"\ntitle = \"Rà soát thủ tục\"\nlead = [\"VP\"]\noutput = \"x\"\ndue = \"Hằng quý\"\n\n\
         [[task]]\nid = \"2\"\ntitle = \"Báo cáo\"\nlead = [\"VP\"]\noutput = \"x\"\ndue = \"Tháng 6/2024\"\n\n\
         [[task]]\nid = \"3\"\ntitle = \"Tự kiểm tra\"\nlead = [\"VP\"]\noutput = \"x\"\ndue = \"Tháng 5/2024\"\n";

    /// The addresses a list prefetches are those of the texts it then reads.
    #[test]
    fn text_addresses_are_where_the_texts_lie() {
        let loaded = load(THREE_TASKS, None);
        for task in &loaded.repo.plans[0].tasks {
            let [target, title_end] = task.text_addresses();
            assert_eq!(target, task.target().as_ptr(), "{}", task.target());
            let title = task.title();
            assert_eq!(title_end, title.as_bytes().as_ptr_range().end, "{title}");
        }
    }

    /// A task's records are its own, by period and in their file's order within, however
    /// the file mixes the tasks; an occurrence's are those that name it, and those that
    /// name none when it is its task's one occurrence, in the file's order.
    #[test]
    fn records_are_found_by_task_and_occurrence() {
        let record = |task: &str, period: Option<&str>, note: &str| {
            let period = period.map_or(String::new(), |p| format!("period = \"{p}\"\n"));
            format!(
                "[[record]]\ntask = \"{task}\"\n{period}status = \"in-progress\"\n\
                 date = 2024-06-01\nnote = \"{note}\"\n\n"
            )
        };
        let progress = [
            record("3", Some("2024-05"), "a"),
            record("1", Some("2024-Q2"), "b"),
            record("3", Some("2024-05"), "c"),
            record("1", Some("2024-Q1"), "d"),
            record("3", None, "u"),
            record("3", Some("2024-05"), "e"),
            record("1", Some("2024-Q2"), "f"),
        ]
        .concat();
        let loaded = load(THREE_TASKS, Some(&progress));
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        let plan = &loaded.repo.plans[0];
        let notes = |records: &mut dyn Iterator<Item = &Record>| -> Vec<String> {
            records.map(|r| r.note.clone().unwrap()).collect()
        };
        assert_eq!(notes(&mut plan.records_for(0).iter()), ["d", "b", "f"]);
        assert!(plan.records_for(1).is_empty());
        assert_eq!(notes(&mut plan.records_for(2).iter()), ["u", "a", "c", "e"]);
        let of = |ti: usize, key: &str| {
            let task = &plan.tasks[ti];
            let o = task.occurrences().iter().find(|o| o.key == key).unwrap();
            notes(&mut crate::status::records_of(plan, ti, o))
        };
        assert_eq!(of(0, "2024-Q2"), ["b", "f"]);
        assert_eq!(of(0, "2024-Q1"), ["d"]);
        assert_eq!(of(0, "2024-Q3"), Vec::<String>::new());
        assert_eq!(of(2, "2024-05"), ["a", "c", "u", "e"]);
        assert_eq!(plan.records.len(), 7);
    }
}
