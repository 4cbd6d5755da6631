//! `kpi request PLAN:TASK --date D --due D [--ref TEXT]`: an on-request task received a
//! request (DESIGN.md 3.3, 6.4). It is appended to the plan's progress file as a
//! `[[request]]`, with the same verified, locked, atomic write as `kpi done`
//! (records.rs); from then on it is an occurrence of the task, `req-YYYY-MM-DD`.

use std::io::Write;

use crate::cli::RequestArgs;
use crate::config::Context;
use crate::discover::PROGRESS_SUFFIX;
use crate::i18n::{self, records as rec, request as msg};
use crate::plan::model::request_key;
use crate::records::{Field, NewEntry};
use crate::schedule::Kind;
use crate::{Exit, UsageError, tr};

pub fn run(
    ctx: &Context,
    args: &RequestArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let lang = ctx.lang;
    let date = ctx.date_or_today("--date", args.date.as_ref())?;
    let due = ctx.date("--due", &args.due)?;
    let loaded = ctx.load(&[])?;
    // Other files' problems do not stop a request, but are named (as a warning: this
    // command's answer, the request, is whole).
    super::report_broken(&loaded, lang, err, i18n::WARNING_PREFIX.text(lang))?;
    let (plan, ti) = crate::select::target(&loaded.repo, &args.target, lang)
        .map_err(|e| e.nothing_written(lang))?;
    let task = &plan.tasks[ti];
    let target = task.target();
    let (d, dd) = (i18n::date(lang, date), i18n::date(lang, due));
    if due < date {
        return Err(
            UsageError::Refused(tr!(lang, msg::REFUSE_DUE_BEFORE, due = dd, date = d))
                .nothing_written(lang),
        );
    }
    let key = request_key(date);
    if let Some(q) = plan
        .requests
        .iter()
        .find(|q| q.task == ti && q.date == date)
    {
        return Err(UsageError::Refused(tr!(
            lang,
            msg::REFUSE_DUPLICATE,
            target = target,
            date = d,
            key = key,
            due = i18n::date(lang, q.due)
        ))
        .nothing_written(lang));
    }
    let warn =
        |err: &mut dyn Write, m: String| writeln!(err, "{}: {m}", i18n::WARNING_PREFIX.text(lang));
    if task.schedule.kind != Kind::OnRequest && !task.schedule.on_request {
        let due_text = super::assignments::due_text(task);
        warn(
            err,
            tr!(
                lang,
                msg::WARN_NOT_ON_REQUEST,
                target = target,
                due = due_text
            ),
        )?;
    }
    if date > ctx.today {
        let today = i18n::date(lang, ctx.today);
        warn(err, tr!(lang, msg::WARN_FUTURE, date = d, today = today))?;
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
    let mut fields = vec![
        ("task", Field::Text(task.id().to_string())),
        ("date", Field::Date(date)),
        ("due", Field::Date(due)),
    ];
    if let Some(r) = &args.reference {
        fields.push(("ref", Field::Text(r.clone())));
    }
    let entry = NewEntry {
        table: "request",
        fields,
    };
    let appended = super::done::append(ctx, err, &progress_path, &plan_path, &entry)?;
    if appended.converted {
        let path = appended.path.display();
        let m = tr!(lang, rec::CONVERTED, table = "request", path = path);
        writeln!(err, "{}: {m}", i18n::NOTE_PREFIX.text(lang))?;
    }
    if appended.removed > 0 {
        let m = tr!(lang, rec::REMOVED_STALE, count = appended.removed);
        writeln!(err, "{}: {m}", i18n::NOTE_PREFIX.text(lang))?;
    }
    let reference = args
        .reference
        .as_ref()
        .map(|r| tr!(lang, msg::REF, reference = r))
        .unwrap_or_default();
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            msg::RECORDED,
            target = target,
            date = d,
            due = dd,
            ref = reference,
            path = progress_path.display(),
            key = key
        )
    )?;
    Ok(Exit::Success)
}
