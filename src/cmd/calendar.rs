//! `kpi calendar`: an iCalendar file of every occurrence the selected units owe
//! (DESIGN.md 6.4), to import into a calendar program or subscribe to.
//!
//! One all-day event per occurrence on its due day (the last day rolled to a working
//! day), UID `PLAN:TASK:KEY` so that a calendar that reads the file again updates its
//! events instead of doubling them, a reminder `--remind` days before. Done occurrences
//! stay, marked done and without reminder: the calendar is also the record of what was
//! done when. Occurrences marked not applicable are not owed and left out. Statuses are
//! as of `--as-of` (default today), which is also each event's DTSTAMP.

use std::io::Write;

use crate::cli::{CalendarArgs, Format};
use crate::config::{Context, Lang};
use crate::i18n::{self, report as msg};
use crate::load::Loaded;
use crate::render::ics;
use crate::status::{self, Entry, Status};
use crate::{Exit, UsageError, tr};

pub fn run(
    ctx: &Context,
    args: &CalendarArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let lang = ctx.lang;
    let w = super::load_selected(ctx, &args.filters, err)?;
    let loaded = &w.loaded;
    let wanted = [
        Status::Overdue,
        Status::Due,
        Status::Upcoming,
        Status::Done,
        Status::DoneLate,
    ];
    let mut entries = super::due::matching(loaded, &w.selection, ctx, 14, &wanted);
    status::sort(&mut entries);
    let events: Vec<ics::Event> = entries
        .iter()
        .map(|e| event(loaded, e, lang, ctx.today, args.remind))
        .collect();
    let who = if args.filters.unit.is_empty() {
        msg::CAL_EVERYONE.text(lang).to_string()
    } else {
        args.filters.unit.join(", ")
    };
    let name = tr!(lang, msg::CAL_NAME, who = who);
    let calendar = ics::Calendar {
        product: "kpi calendar",
        name: &name,
        stamp: ctx.today,
        events: &events,
    };
    super::emit_as(ctx, Format::Ics, args.output.as_deref(), out, |o| {
        Ok(ics::write(o, &calendar)?)
    })?;
    // A calendar without events is valid, but rarely what was meant: say so (on stderr,
    // the file stays a calendar).
    if events.is_empty() {
        writeln!(err, "{}", tr!(lang, msg::CAL_EMPTY, who = who))?;
    }
    Ok(super::finish(Exit::Success, w.broken))
}

/// The event of one occurrence.
fn event(
    loaded: &Loaded,
    e: &Entry,
    lang: Lang,
    today: chrono::NaiveDate,
    remind: u32,
) -> ics::Event {
    let reg = &loaded.repo.registries[e.plan.registry];
    let o = e.occurrence;
    let target = e.task.target();
    let done = matches!(e.status, Status::Done | Status::DoneLate);
    let summary = if done {
        tr!(
            lang,
            msg::CAL_DONE_SUMMARY,
            task = e.task.id(),
            title = e.task.title()
        )
    } else {
        tr!(
            lang,
            msg::CAL_SUMMARY,
            task = e.task.id(),
            title = e.task.title()
        )
    };
    let names = |list: &[crate::plan::model::Assignee]| {
        list.iter()
            .map(|a| format!("{} ({})", reg.code(a.unit), reg.name(a.unit)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut lines = vec![
        format!(
            "{}: {} – {}",
            msg::CAL_PLAN.text(lang),
            e.plan.id,
            e.plan.title
        ),
        format!("{}: {}", i18n::COL_TASK.text(lang), target),
        format!("{}: {}", i18n::COL_LEAD.text(lang), names(e.task.lead())),
    ];
    if !e.task.support().is_empty() {
        lines.push(format!(
            "{}: {}",
            i18n::COL_SUPPORT.text(lang),
            names(e.task.support())
        ));
    }
    lines.push(format!(
        "{}: {}",
        i18n::COL_DEADLINE.text(lang),
        super::assignments::due_text(e.task)
    ));
    if let Some(p) = e.period() {
        lines.push(format!("{}: {p}", i18n::COL_PERIOD.text(lang)));
    }
    if o.due != o.last_day {
        lines.push(tr!(
            lang,
            msg::CAL_ROLLED,
            last = i18n::date(lang, o.last_day),
            due = i18n::date(lang, o.due)
        ));
    }
    if let Some(output) = e.task.output() {
        lines.push(format!("{}: {output}", msg::CAL_OUTPUT.text(lang)));
    }
    lines.push(format!(
        "{}: {}",
        tr!(lang, msg::CAL_STATUS_AS_OF, day = i18n::date(lang, today)),
        e.status.label(lang, 14)
    ));
    if !done {
        let period = e
            .period()
            .map(|p| format!(" --period {p}"))
            .unwrap_or_default();
        lines.push(format!(
            "{}: kpi done {target}{period}",
            msg::CAL_HOW.text(lang)
        ));
    }
    ics::Event {
        uid: format!("{target}:{}", o.key),
        day: o.due,
        summary,
        description: lines.join("\n"),
        category: e.status.as_str().into(),
        alarm_days: (!done && remind > 0).then_some(remind),
    }
}
