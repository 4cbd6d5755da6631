//! `kpi done PLAN:TASK`: check the target, then append a progress record (records.rs).

use std::io::Write;

use crate::cli::{DoneArgs, RecordStatusArg};
use crate::config::Context;
use crate::discover::{Boundary, PROGRESS_SUFFIX};
use crate::i18n::{self, records as msg};
use crate::plan::model::{Plan, RecordStatus, Registry};
use crate::records::{self, AppendError, Field, NewEntry};
use crate::status::{self, Status};
use crate::suggest::Suggestion;
use crate::tr;
use crate::{Exit, UsageError};

pub fn run(
    ctx: &Context,
    args: &DoneArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let lang = ctx.lang;
    let date = ctx.date_or_today("--date", args.date.as_ref())?;
    let loaded = ctx.load(&[])?;
    // Other files' problems do not stop a record, but are named (as a warning: this
    // command's answer, the record, is whole).
    super::report_broken(&loaded, lang, err, i18n::WARNING_PREFIX.text(lang))?;
    let repo = &loaded.repo;
    let (plan, ti) =
        crate::select::target(repo, &args.target, lang).map_err(|e| e.nothing_written(lang))?;
    let (plan_id, task_id) = (plan.id.as_str(), plan.tasks[ti].id());
    let task = &plan.tasks[ti];
    let registry = &repo.registries[plan.registry];
    let period = period(ctx, args, plan, ti).map_err(|e| e.nothing_written(lang))?;
    let by = match &args.by {
        None => None,
        Some(name) => match registry.lookup(name) {
            Some(u) => {
                warn_if_not_its_unit(ctx, err, registry, plan, ti, u, task_id)?;
                Some(registry.code(u).to_string())
            }
            None => {
                let hint = Suggestion::closest(name, registry.spellings()).map_or_else(
                    || tr!(lang, msg::UNITS_ARE_IN, org = registry.org_id),
                    |s| s.say(lang),
                );
                let e = UsageError::Unknown(tr!(lang, msg::UNKNOWN_UNIT, unit = name, hint = hint));
                return Err(e.nothing_written(lang));
            }
        },
    };
    let warn =
        |err: &mut dyn Write, m: String| writeln!(err, "{}: {m}", i18n::WARNING_PREFIX.text(lang));
    if date > ctx.today {
        let (d, t) = (i18n::date(lang, date), i18n::date(lang, ctx.today));
        warn(err, tr!(lang, msg::FUTURE_DATE, date = d, today = t))?;
    }
    // A request answered before it arrived is most likely a typo in --date or --period.
    let arrived = period
        .as_deref()
        .and_then(|p| p.strip_prefix(crate::plan::model::REQUEST_PREFIX))
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    if let Some(arrived) = arrived.filter(|a| date < *a) {
        let (d, a) = (i18n::date(lang, date), i18n::date(lang, arrived));
        warn(err, tr!(lang, msg::BEFORE_REQUEST, date = d, arrived = a))?;
    }
    let status = match args.status {
        RecordStatusArg::Done => "done",
        RecordStatusArg::InProgress => "in-progress",
        RecordStatusArg::NotApplicable => "not-applicable",
    };
    // Saying it twice is allowed (a second document, a correction) but worth a word.
    if args.status == RecordStatusArg::Done {
        let key = period.as_deref();
        let already = plan
            .records_for(ti)
            .iter()
            .find(|r| r.status == RecordStatus::Done && r.period() == key);
        if let Some(r) = already {
            let on = r.date.map_or_else(String::new, |d| {
                tr!(lang, msg::ON_DAY, date = i18n::date(lang, d))
            });
            writeln!(
                err,
                "{}: {}",
                i18n::NOTE_PREFIX.text(lang),
                tr!(lang, msg::ALREADY_DONE, on = on)
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
    let mut fields = vec![("task", Field::Text(task.id().to_string()))];
    if let Some(p) = &period {
        fields.push(("period", Field::Text(p.clone())));
    }
    fields.push(("status", Field::Text(status.into())));
    fields.push(("date", Field::Date(date)));
    for (key, value) in [
        ("by", &by),
        ("evidence", &args.evidence),
        ("note", &args.note),
    ] {
        if let Some(v) = value {
            fields.push((key, Field::Text(v.clone())));
        }
    }
    let entry = NewEntry {
        table: "record",
        fields,
    };
    let appended = append(ctx, err, &progress_path, &plan_path, &entry)?;
    if appended.converted {
        let path = appended.path.display();
        let m = tr!(lang, msg::CONVERTED, table = "record", path = path);
        writeln!(err, "{}: {m}", i18n::NOTE_PREFIX.text(lang))?;
    }
    if appended.removed > 0 {
        let m = tr!(lang, msg::REMOVED_STALE, count = appended.removed);
        writeln!(err, "{}: {m}", i18n::NOTE_PREFIX.text(lang))?;
    }
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            msg::RECORDED,
            target = format!("{plan_id}:{task_id}"),
            period = period.map(|p| format!(" {p}")).unwrap_or_default(),
            status = match args.status {
                RecordStatusArg::Done => msg::STATUS_DONE.text(lang),
                RecordStatusArg::InProgress => msg::STATUS_IN_PROGRESS.text(lang),
                RecordStatusArg::NotApplicable => msg::STATUS_NOT_APPLICABLE.text(lang),
            },
            date = i18n::date(lang, date),
            by = by.map_or_else(String::new, |b| tr!(lang, msg::BY_UNIT, unit = b)),
            path = progress_path.display()
        )
    )?;
    Ok(Exit::Success)
}

/// The occurrence the record is for: `--period`, checked against the task's schedule,
/// or none for a task with a single occurrence.
fn period(
    ctx: &Context,
    args: &DoneArgs,
    plan: &Plan,
    ti: usize,
) -> Result<Option<String>, UsageError> {
    let lang = ctx.lang;
    let task = &plan.tasks[ti];
    let schedule = &task.schedule;
    let occurrences = task.occurrences();
    let is_request_key = |p: &str| p.starts_with(crate::plan::model::REQUEST_PREFIX);
    match &args.period {
        Some(p) if occurrences.iter().any(|o| o.key == *p) => Ok(Some(p.clone())),
        // A request is named by its own key: one the task does not have is a typo.
        Some(p) if is_request_key(p) => {
            use crate::i18n::request as rq;
            let keys: Vec<&str> = occurrences
                .iter()
                .filter(|o| crate::plan::model::is_request(o))
                .map(|o| o.key.as_str())
                .collect();
            let date = &p[crate::plan::model::REQUEST_PREFIX.len()..];
            let unknown = tr!(
                lang,
                rq::UNKNOWN_REQUEST,
                task = task.id(),
                date = date,
                period = p
            );
            let hint = match Suggestion::closest(p, keys.iter().copied()) {
                _ if keys.is_empty() => tr!(lang, rq::NO_REQUESTS),
                Some(s) => s.say(lang),
                None => tr!(lang, rq::REQUESTS_ARE, list = keys.join(", ")),
            };
            Err(UsageError::Unknown(format!("{unknown}; {hint}")))
        }
        Some(p) if occurrences.is_empty() || schedule.on_request => Ok(Some(p.clone())),
        Some(p) => {
            let keys: Vec<&str> = occurrences.iter().map(|o| o.key.as_str()).collect();
            let hint = match schedule.standing_for(p) {
                Some(o) => tr!(lang, msg::STANDS_FOR, period = p, key = o.key),
                None => Suggestion::closest(p, keys.iter().copied())
                    .map(|s| format!("{} ", s.say(lang)))
                    .unwrap_or_default(),
            };
            Err(UsageError::Unknown(tr!(
                lang,
                msg::UNKNOWN_PERIOD,
                task = task.id(),
                period = p,
                hint = hint,
                list = keys.join(", ")
            )))
        }
        None if occurrences.len() > 1 => {
            let open: Vec<String> = occurrences
                .iter()
                .filter_map(|o| {
                    let (s, _) = status::status_of(plan, ti, o, ctx.today, 14);
                    matches!(s, Status::Overdue | Status::Due | Status::Upcoming).then(|| {
                        tr!(
                            lang,
                            msg::OPEN_PERIOD,
                            key = o.key,
                            due = i18n::date(lang, o.due),
                            status = lower_first(&s.label(lang, 14))
                        )
                    })
                })
                .collect();
            let open = if open.is_empty() {
                tr!(lang, msg::NONE_OPEN)
            } else {
                tr!(lang, msg::OPEN_PERIODS, list = open.join("; "))
            };
            Err(UsageError::Argument(tr!(
                lang,
                msg::NEEDS_PERIOD,
                task = task.id(),
                count = occurrences.len(),
                open = open
            )))
        }
        // A request's occurrence is always named, even when it is the task's only one.
        None => Ok(occurrences
            .first()
            .filter(|o| crate::plan::model::is_request(o))
            .map(|o| o.key.clone())),
    }
}

/// A record `--by` a unit that has no part in the task is allowed (a unit may do what
/// another owed), but worth a word: it is often a typo of the code.
fn warn_if_not_its_unit(
    ctx: &Context,
    err: &mut dyn Write,
    registry: &Registry,
    plan: &Plan,
    ti: usize,
    unit: crate::plan::model::UnitRef,
    task_id: &str,
) -> std::io::Result<()> {
    let task = &plan.tasks[ti];
    let units = registry.expand(unit);
    let responsible: Vec<u32> = crate::select::responsible(registry, task, false).collect();
    if units.iter().any(|u| responsible.contains(u)) {
        return Ok(());
    }
    let lead: Vec<&str> = task.lead().iter().map(|a| registry.code(a.unit)).collect();
    let lead = if lead.is_empty() {
        "—".to_string()
    } else {
        lead.join(", ")
    };
    writeln!(
        err,
        "{}: {}",
        i18n::WARNING_PREFIX.text(ctx.lang),
        tr!(
            ctx.lang,
            msg::NOT_ITS_UNIT,
            unit = registry.code(unit),
            task = task_id,
            lead = lead
        )
    )
}

/// Append `entry`, saying when it waits for a lock; a refusal in the user's words.
pub fn append(
    ctx: &Context,
    err: &mut dyn Write,
    progress: &std::path::Path,
    plan: &std::path::Path,
    entry: &NewEntry,
) -> Result<records::Appended, UsageError> {
    let lang = ctx.lang;
    let boundary = Boundary::new(ctx.root.as_deref(), &[]);
    let inside = |p: &std::path::Path| boundary.contains(p);
    let wait = crate::lock::timeout();
    let waiting = tr!(
        lang,
        msg::WAITING,
        path = plan.display(),
        secs = wait.as_secs()
    );
    let result = records::append(progress, plan, entry, &inside, wait, || {
        let _ = writeln!(err, "{}: {waiting}", i18n::NOTE_PREFIX.text(lang));
        let _ = err.flush();
    });
    result.map_err(|e| {
        let said = describe(lang, &e, entry.table);
        match e {
            AppendError::Busy(_) => UsageError::Busy(said),
            AppendError::Io { .. } => UsageError::Write(said),
            _ => UsageError::Refused(said),
        }
    })
}

/// A refusal of `records::append`, worded; `table` is the kind of entry that was being
/// added (`record`, `request`).
pub fn describe(lang: i18n::Lang, e: &AppendError, table: &str) -> String {
    match e {
        AppendError::Io { path, error } => {
            tr!(lang, msg::IO, path = path.display(), why = error)
        }
        AppendError::Busy(d) => tr!(lang, msg::BUSY, secs = d.as_secs()),
        AppendError::NotRegular(p) => tr!(lang, msg::NOT_REGULAR, path = p.display()),
        AppendError::OutsideRepository(p) => tr!(lang, msg::OUTSIDE, path = p.display()),
        AppendError::HardLinked { path, links } => {
            tr!(lang, msg::HARD_LINKED, path = path.display(), links = links)
        }
        AppendError::ReadOnly(p) => tr!(lang, msg::READ_ONLY, path = p.display()),
        AppendError::Invalid { path, message } => {
            tr!(lang, msg::INVALID, path = path.display(), why = message)
        }
        AppendError::Shape { path, found } => tr!(
            lang,
            msg::SHAPE,
            path = path.display(),
            table = table,
            found = found
        ),
        AppendError::Verify(p) => tr!(lang, msg::VERIFY, path = p.display()),
    }
}

/// A label as a word inside a sentence: "Overdue" → "overdue".
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}
