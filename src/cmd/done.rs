//! `kpi done PLAN:TASK`: check the target, then append a progress record.

use std::io::Write;

use crate::cli::{DoneArgs, RecordStatusArg};
use crate::config::Context;
use crate::discover::PROGRESS_SUFFIX;
use crate::plan::model::RecordStatus;
use crate::progress::{self, NewRecord};
use crate::status::{self, Status};
use crate::text;
use crate::{Exit, UsageError};

pub fn run(
    ctx: &Context,
    args: &DoneArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let Some((plan_id, task_id)) = args.target.split_once(':') else {
        return Err(UsageError::Usage(format!(
            "`{}` does not name a task: write PLAN:TASK, e.g. bd-syt-2023-chi-so:IV.1.3",
            args.target
        )));
    };
    let loaded = ctx.load(&[])?;
    let repo = &loaded.repo;
    let Some(plan) = repo.plans.iter().find(|p| p.id == plan_id) else {
        let hint = text::closest(plan_id, repo.plans.iter().map(|p| p.id.as_str()))
            .map(|s| format!("did you mean `{s}`?"))
            .unwrap_or_else(|| {
                "run `kpi check` to see the plans and whether one failed to load".to_string()
            });
        return Err(UsageError::Usage(format!(
            "unknown plan `{plan_id}`: {hint}; nothing was written"
        )));
    };
    let Some(ti) = plan.task(task_id) else {
        let hint = text::closest(task_id, plan.tasks.iter().map(|t| t.id()))
            .map(|s| format!("did you mean `{s}`?"))
            .unwrap_or_else(|| {
                format!(
                    "its tasks are: {}",
                    plan.tasks
                        .iter()
                        .map(|t| t.id())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            });
        return Err(UsageError::Usage(format!(
            "plan `{plan_id}` has no task `{task_id}`: {hint}; nothing was written"
        )));
    };
    let task = &plan.tasks[ti];
    let registry = &repo.registries[plan.registry];
    let schedule = &task.schedule;
    let occurrences = &schedule.occurrences;

    let period = match &args.period {
        Some(p) if occurrences.is_empty() || schedule.on_request => Some(p.clone()),
        Some(p) if schedule.occurrence(p).is_some() => Some(p.clone()),
        Some(p) => {
            let keys: Vec<&str> = occurrences.iter().map(|o| o.key.as_str()).collect();
            let hint = match schedule.standing_for(p) {
                Some(o) => format!(
                    "{p} ends with {} and is recorded as `--period {}`; ",
                    o.key, o.key
                ),
                None => text::closest(p, keys.iter().copied())
                    .map(|s| format!("did you mean `{s}`? "))
                    .unwrap_or_default(),
            };
            return Err(UsageError::Usage(format!(
                "task `{task_id}` has no period `{p}`: {hint}its periods are {}; nothing was written",
                keys.join(", ")
            )));
        }
        None if occurrences.len() > 1 => {
            let open: Vec<String> = occurrences
                .iter()
                .filter_map(|o| {
                    let (s, _) = status::status_of(plan, ti, o, ctx.today, 14);
                    matches!(s, Status::Overdue | Status::Due | Status::Upcoming)
                        .then(|| format!("{} (due {}, {})", o.key, o.due, s.as_str()))
                })
                .collect();
            let list = if open.is_empty() {
                "none is open".to_string()
            } else {
                format!("open: {}", open.join("; "))
            };
            return Err(UsageError::Usage(format!(
                "task `{task_id}` has {} periods; say which with --period ({list}); nothing was written",
                occurrences.len()
            )));
        }
        None => None,
    };
    let by = match &args.by {
        None => None,
        Some(name) => match registry.lookup(name) {
            Some(u) => Some(registry.code(u).to_string()),
            None => {
                let hint = text::closest(name, registry.spellings())
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| {
                        format!("the units of `{}` are in its units.toml", registry.org_id)
                    });
                return Err(UsageError::Usage(format!(
                    "unknown unit `{name}`: {hint}; nothing was written"
                )));
            }
        },
    };
    let date = match &args.date {
        Some(text) => ctx.date("--date", text)?,
        None => ctx.today,
    };
    if date > ctx.today {
        writeln!(
            err,
            "warning: the record is dated {date}, after today ({})",
            ctx.today
        )?;
    }
    let status = match args.status {
        RecordStatusArg::Done => "done",
        RecordStatusArg::InProgress => "in-progress",
        RecordStatusArg::NotApplicable => "not-applicable",
    };
    // Saying it twice is allowed (a second document, a correction) but worth a word.
    if args.status == RecordStatusArg::Done {
        let key = period.as_deref();
        let already = plan.records.iter().find(|r| {
            r.task == ti
                && r.status == RecordStatus::Done
                && r.period.as_ref().map(|p| p.value.as_str()) == key
        });
        if let Some(r) = already {
            let on = r.date.map(|d| format!(" on {d}")).unwrap_or_default();
            writeln!(
                err,
                "note: this was already recorded as done{on}; the new record is added too"
            )?;
        }
    }

    let plan_path = loaded.sources.path(plan.file).to_path_buf();
    let progress_path = plan
        .progress_file
        .map(|f| loaded.sources.path(f).to_path_buf())
        .unwrap_or_else(|| {
            let stem = plan_path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("plan");
            plan_path.with_file_name(format!("{stem}{PROGRESS_SUFFIX}"))
        });
    let record = NewRecord {
        task: task_id.to_string(),
        period: period.clone(),
        status,
        date,
        by: by.clone(),
        evidence: args.evidence.clone(),
        note: args.note.clone(),
    };
    progress::append(&progress_path, &plan_path, &record).map_err(|e| {
        UsageError::Usage(format!(
            "{}: {e}; nothing was written",
            progress_path.display()
        ))
    })?;
    writeln!(
        out,
        "recorded {plan_id}:{task_id}{} {status} on {date}{} in {}",
        period.map(|p| format!(" {p}")).unwrap_or_default(),
        by.map(|b| format!(" by {b}")).unwrap_or_default(),
        progress_path.display()
    )?;
    Ok(Exit::Success)
}
