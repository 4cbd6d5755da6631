//! A progress file: its requests (each an occurrence of its task) and its records,
//! checked against the plan they belong to.

use super::*;

/// Attach a progress file's requests and records to its plan, checking each. A request
/// known on `today` becomes an occurrence of its task (its last day rolled to a working
/// day by `calendar`), so the records that follow may name it.
pub fn progress(
    ctx: &mut Ctx,
    raw: RawProgress,
    plan: &mut Plan,
    registry: &Registry,
    today: NaiveDate,
    calendar: &crate::schedule::Calendar,
) {
    plan.progress_file = Some(ctx.file);
    let lang = ctx.lang;
    requests(ctx, raw.requests, plan, today, calendar);
    // A progress file holds a record for every occurrence done: each record's task, and
    // the request it names, are found in maps, not by reading the plan's lists.
    let ids = task_ids(&plan.tasks);
    let asked: foldhash::HashSet<(usize, NaiveDate)> =
        plan.requests.iter().map(|q| (q.task, q.date)).collect();
    let mut records = Vec::with_capacity(raw.records.len());
    for r in raw.records {
        let Some(&task) = ids.get(r.task.value.as_str()) else {
            unknown_task(ctx, plan, &r.task);
            continue;
        };
        let Some(status) = r.status.as_ref().and_then(|s| {
            let parsed = RecordStatus::parse(&s.value);
            if parsed.is_none() {
                ctx.report(
                    Check::InvalidValue,
                    s.span,
                    tr!(lang, msg::UNKNOWN_STATUS, status = s.value),
                )
                .help = Some(tr!(lang, msg::STATUSES_ARE));
            }
            parsed
        }) else {
            continue;
        };
        if let Some(d) = &r.date
            && d.value > today
        {
            ctx.report(
                Check::FutureRecord,
                d.span,
                tr!(
                    lang,
                    msg::FUTURE_RECORD,
                    date = i18n::date(lang, d.value),
                    today = i18n::date(lang, today)
                ),
            )
            .help = Some(tr!(lang, msg::FUTURE_RECORD_HELP));
        }
        check_period(ctx, plan, &asked, task, r.period.as_ref(), r.task.span);
        let by = r.by.as_ref().and_then(|b| resolve(ctx, registry, b, "by"));
        nfc_all(ctx, r.evidence.iter().chain(&r.note));
        records.push(Record {
            task,
            period: r.period,
            status,
            date: r.date.map(|d| d.value),
            by,
            evidence: r.evidence.map(|s| s.value),
            note: r.note.map(|s| s.value),
            span: r.span,
        });
    }
    // Sorted by task and period (stable: in the file's order within), as
    // `Plan::records_for` and `status::records_of` find them.
    plan.records.extend(records);
    plan.records
        .sort_by(|a, b| (a.task, a.period()).cmp(&(b.task, b.period())));
}

/// Each task's index by its id (the first, if two share one: `Plan::task`'s).
fn task_ids(tasks: &[Task]) -> foldhash::HashMap<&str, usize> {
    let mut ids = foldhash::HashMap::default();
    for (i, t) in tasks.iter().enumerate() {
        ids.entry(t.id()).or_insert(i);
    }
    ids
}

/// Check each `[[request]]` and give its task the occurrence it makes (DESIGN.md 3.3):
/// key `req-YYYY-MM-DD`, window from the day it arrived to its due day. A request dated
/// after `today` was not known on `today` and makes none (DESIGN.md 5.1).
pub(super) fn requests(
    ctx: &mut Ctx,
    raw: Vec<crate::plan::raw::RawRequest>,
    plan: &mut Plan,
    today: NaiveDate,
    calendar: &crate::schedule::Calendar,
) {
    use crate::i18n::request as rq;
    let lang = ctx.lang;
    let mut made: Vec<Vec<crate::schedule::Occurrence>> = vec![Vec::new(); plan.tasks.len()];
    let ids = task_ids(&plan.tasks);
    let mut seen: foldhash::HashSet<(usize, NaiveDate)> = Default::default();
    for r in raw {
        let Some(&task) = ids.get(r.task.value.as_str()) else {
            unknown_task(ctx, plan, &r.task);
            continue;
        };
        let (Some(date), Some(due)) = (r.date, r.due) else {
            continue; // reported by the raw stage
        };
        if due.value < date.value {
            ctx.report(
                Check::DueBeforeRequest,
                due.span,
                tr!(
                    lang,
                    rq::DUE_BEFORE_REQUEST,
                    due = i18n::date(lang, due.value),
                    date = i18n::date(lang, date.value)
                ),
            )
            .help = Some(tr!(lang, rq::DUE_BEFORE_REQUEST_HELP));
            continue;
        }
        let key = request_key(date.value);
        let t = &plan.tasks[task];
        if !seen.insert((task, date.value)) {
            ctx.report(
                Check::DuplicateRequest,
                date.span,
                tr!(
                    lang,
                    rq::DUPLICATE_REQUEST,
                    task = t.id(),
                    date = i18n::date(lang, date.value),
                    key = key
                ),
            )
            .help = Some(tr!(lang, rq::DUPLICATE_REQUEST_HELP));
            continue;
        }
        if t.schedule.kind != crate::schedule::Kind::OnRequest && !t.schedule.on_request {
            let due_text = crate::cmd::assignments::due_text(t);
            ctx.report(
                Check::NotOnRequest,
                r.task.span,
                tr!(
                    lang,
                    rq::NOT_ON_REQUEST,
                    task = t.id(),
                    due = due_text,
                    key = key
                ),
            )
            .help = Some(tr!(lang, rq::NOT_ON_REQUEST_HELP));
        }
        if date.value > today {
            ctx.report(
                Check::FutureRecord,
                date.span,
                tr!(
                    lang,
                    rq::FUTURE_REQUEST,
                    date = i18n::date(lang, date.value),
                    today = i18n::date(lang, today)
                ),
            )
            .help = Some(tr!(lang, msg::FUTURE_RECORD_HELP));
        } else {
            made[task].push(crate::schedule::Occurrence {
                key,
                start: Some(date.value),
                last_day: due.value,
                due: calendar.due(due.value),
                recurring: false,
            });
        }
        if let Some(text) = &r.reference {
            nfc(ctx, text);
        }
        plan.requests.push(Request {
            task,
            date: date.value,
            due: due.value,
            reference: r.reference.map(|s| s.value),
            span: r.span,
        });
    }
    for (task, occurrences) in plan.tasks.iter_mut().zip(made) {
        task.add_requests(occurrences);
    }
}

pub(super) fn unknown_task(ctx: &mut Ctx, plan: &Plan, task: &Sp<String>) {
    let lang = ctx.lang;
    let help = ctx.help_for(
        Check::UnknownTask,
        &task.value,
        || match Suggestion::closest(&task.value, plan.tasks.iter().map(Task::id)) {
            Some(s) => s.say(lang),
            None => tr!(lang, msg::TASKS_ARE, plan = plan.id),
        },
    );
    ctx.report(
        Check::UnknownTask,
        task.span,
        tr!(lang, msg::UNKNOWN_TASK, plan = plan.id, task = task.value),
    )
    .help = Some(help);
}

/// A record names an occurrence of its task: a key the schedule has, or none when the
/// phrase reads a single occurrence. A request's key (`req-...`) must name a request of
/// the task. Tasks without occurrences of their own (ongoing, on request, set
/// elsewhere) accept any other period: it names the reporting period.
/// `asked` holds the task and day of each of the plan's requests.
pub(super) fn check_period(
    ctx: &mut Ctx,
    plan: &Plan,
    asked: &foldhash::HashSet<(usize, NaiveDate)>,
    ti: usize,
    period: Option<&Sp<String>>,
    at: crate::source::Span,
) {
    let task = &plan.tasks[ti];
    let lang = ctx.lang;
    if let Some(p) = period.filter(|p| p.value.starts_with(REQUEST_PREFIX)) {
        // The key names a request of the task: a day it was asked on, written as
        // `request_key` writes it.
        let known = p.value[REQUEST_PREFIX.len()..]
            .parse::<NaiveDate>()
            .is_ok_and(|d| asked.contains(&(ti, d)) && request_key(d) == p.value);
        if !known {
            let keys: Vec<String> = plan
                .requests
                .iter()
                .filter(|q| q.task == ti)
                .map(Request::key)
                .collect();
            let help = if keys.is_empty() {
                tr!(lang, i18n::request::NO_REQUESTS)
            } else {
                tr!(lang, i18n::request::REQUESTS_ARE, list = keys.join(", "))
            };
            let date = p.value[REQUEST_PREFIX.len()..].to_string();
            ctx.report(
                Check::UnknownPeriod,
                p.span,
                tr!(
                    lang,
                    i18n::request::UNKNOWN_REQUEST,
                    task = task.id(),
                    date = date,
                    period = p.value
                ),
            )
            .help = Some(help);
        }
        return;
    }
    // The phrase's own occurrences: requests are named by their keys, checked above.
    // A progress file names one with each record: the list is made for a wrong one only.
    let own = || task.occurrences().iter().filter(|o| !is_request(o));
    if own().next().is_none() || task.schedule.on_request {
        return;
    }
    let keys = || own().map(|o| o.key.as_str()).collect::<Vec<_>>().join(", ");
    match period {
        Some(p) if task.schedule.occurrence(&p.value).is_some() => {}
        Some(p) => {
            let help = match task.schedule.standing_for(&p.value) {
                Some(o) => tr!(lang, msg::PERIOD_STANDS_FOR, key = o.key),
                None => match Suggestion::closest(&p.value, own().map(|o| o.key.as_str())) {
                    Some(s) => tr!(
                        lang,
                        msg::PERIOD_SUGGESTION,
                        suggestion = s.say(lang),
                        list = keys()
                    ),
                    None => tr!(lang, msg::PERIODS_ARE, list = keys()),
                },
            };
            ctx.report(
                Check::UnknownPeriod,
                p.span,
                tr!(
                    lang,
                    msg::UNKNOWN_PERIOD,
                    task = task.id(),
                    period = p.value
                ),
            )
            .help = Some(help);
        }
        None if own().nth(1).is_some() => {
            ctx.report(
                Check::UnknownPeriod,
                at,
                tr!(
                    lang,
                    msg::PERIOD_NEEDED,
                    task = task.id(),
                    count = own().count()
                ),
            )
            .help = Some(tr!(lang, msg::PERIOD_NEEDED_HELP, list = keys()));
        }
        None => {}
    }
}
