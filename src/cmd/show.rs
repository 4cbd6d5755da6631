//! `kpi show PLAN:TASK`: one task as the plan writes it, how its deadline reads, each
//! occurrence with its status and the records that speak of it, and its requests.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use crate::cli::{Format, ShowArgs};
use crate::config::{Context, Lang};
use crate::i18n::{self, report as msg};
use crate::load::Loaded;
use crate::plan::model::{Assignee, Plan, Record, RecordStatus, Registry, Task, TaskKind};
use crate::plan::raw::DueItem;
use crate::render::{self, table};
use crate::status;
use crate::{Exit, UsageError, tr};

#[derive(Serialize)]
struct Json<'a> {
    org: &'a str,
    plan: &'a str,
    plan_title: &'a str,
    task: &'a str,
    number: Option<&'a str>,
    section: Option<&'a str>,
    title: &'a str,
    kind: &'static str,
    indices: &'a [String],
    lead: Vec<JsonUnit<'a>>,
    support: Vec<JsonUnit<'a>>,
    output: Option<&'a str>,
    due: Vec<String>,
    due_text: Option<&'a str>,
    note: Option<&'a str>,
    schedule: &'static str,
    on_request: bool,
    as_of: NaiveDate,
    occurrences: Vec<JsonOccurrence<'a>>,
    records: Vec<JsonRecord<'a>>,
    requests: Vec<JsonRequest<'a>>,
}

#[derive(Serialize)]
struct JsonUnit<'a> {
    code: &'a str,
    name: &'a str,
    written: &'a str,
}

#[derive(Serialize)]
struct JsonOccurrence<'a> {
    key: &'a str,
    start: Option<NaiveDate>,
    last_day: NaiveDate,
    due: NaiveDate,
    status: &'static str,
    done_on: Option<NaiveDate>,
}

#[derive(Serialize)]
struct JsonRecord<'a> {
    period: Option<&'a str>,
    status: &'static str,
    date: Option<NaiveDate>,
    by: Option<&'a str>,
    evidence: Option<&'a str>,
    note: Option<&'a str>,
    /// Dated after the as-of day: it does not count yet (DESIGN.md 5.1).
    counted: bool,
}

#[derive(Serialize)]
struct JsonRequest<'a> {
    key: String,
    date: NaiveDate,
    due: NaiveDate,
    #[serde(rename = "ref")]
    reference: Option<&'a str>,
    counted: bool,
}

fn record_status(s: RecordStatus) -> &'static str {
    match s {
        RecordStatus::Done => "done",
        RecordStatus::InProgress => "in-progress",
        RecordStatus::NotApplicable => "not-applicable",
    }
}

fn record_words(s: RecordStatus, lang: Lang) -> &'static str {
    match s {
        RecordStatus::Done => msg::SHOW_RECORD_STATUS_DONE.text(lang),
        RecordStatus::InProgress => msg::SHOW_RECORD_STATUS_IN_PROGRESS.text(lang),
        RecordStatus::NotApplicable => msg::SHOW_RECORD_STATUS_NOT_APPLICABLE.text(lang),
    }
}

/// The deadline's items as the plan writes them.
fn due_items(task: &Task) -> Vec<String> {
    task.due()
        .iter()
        .map(|d| match d.value {
            DueItem::Text(s) => task.piece(s).to_string(),
            DueItem::Date(d) => d.to_string(),
        })
        .collect()
}

pub fn run(
    ctx: &Context,
    args: &ShowArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let lang = ctx.lang;
    let loaded = ctx.load(&args.paths)?;
    if loaded.plan_files == 0 {
        return Err(UsageError::NoPlans(tr!(lang, i18n::NO_PLAN_FILES)));
    }
    let broken = super::report_broken(&loaded, lang, err, i18n::ERROR_PREFIX.text(lang))?;
    let (plan, ti) = crate::select::target(&loaded.repo, &args.target, lang)?;
    let task = &plan.tasks[ti];
    let reg = &loaded.repo.registries[plan.registry];
    // In the file's order (the plan keeps them by period).
    let mut records: Vec<&Record> = plan.records_for(ti).iter().collect();
    records.sort_by_key(|r| r.span.start);
    match ctx.format {
        Format::Json => {
            let units = |list: &[Assignee]| -> Vec<JsonUnit> {
                list.iter()
                    .map(|a| JsonUnit {
                        code: reg.code(a.unit),
                        name: reg.name(a.unit),
                        written: task.written(a),
                    })
                    .collect()
            };
            let json = Json {
                org: &reg.org_id,
                plan: &plan.id,
                plan_title: &plan.title,
                task: task.id(),
                number: task.number(),
                section: task.section.map(|s| plan.sections[s].id.as_str()),
                title: task.title(),
                kind: task.kind.as_str(),
                indices: &task.indices,
                lead: units(task.lead()),
                support: units(task.support()),
                output: task.output(),
                due: due_items(task),
                due_text: task.due_text(),
                note: task.note(),
                schedule: task.schedule.kind.as_str(),
                on_request: task.schedule.on_request,
                as_of: ctx.today,
                occurrences: task
                    .occurrences()
                    .iter()
                    .map(|o| {
                        let (s, done_on) = status::status_of(plan, ti, o, ctx.today, 14);
                        JsonOccurrence {
                            key: &o.key,
                            start: o.start,
                            last_day: o.last_day,
                            due: o.due,
                            status: s.as_str(),
                            done_on,
                        }
                    })
                    .collect(),
                records: records
                    .iter()
                    .map(|r| JsonRecord {
                        period: r.period.as_ref().map(|p| p.value.as_str()),
                        status: record_status(r.status),
                        date: r.date,
                        by: r.by.map(|u| reg.code(u)),
                        evidence: r.evidence.as_deref(),
                        note: r.note.as_deref(),
                        counted: r.date.is_none_or(|d| d <= ctx.today),
                    })
                    .collect(),
                requests: plan
                    .requests
                    .iter()
                    .filter(|q| q.task == ti)
                    .map(|q| JsonRequest {
                        key: q.key(),
                        date: q.date,
                        due: q.due,
                        reference: q.reference.as_deref(),
                        counted: q.date <= ctx.today,
                    })
                    .collect(),
            };
            render::write_json(out, &json)?;
        }
        _ => text_view(out, ctx, &loaded, plan, ti, &records)?,
    }
    Ok(super::finish(Exit::Success, broken))
}

/// The task as a page of `label: value` lines and tables (terminal or Markdown).
fn text_view(
    out: &mut dyn Write,
    ctx: &Context,
    loaded: &Loaded,
    plan: &Plan,
    ti: usize,
    records: &[&Record],
) -> std::io::Result<()> {
    use table::{Cell, Column};
    let lang = ctx.lang;
    let md = ctx.format == Format::Md;
    let task = &plan.tasks[ti];
    let reg = &loaded.repo.registries[plan.registry];
    let t = |m: &i18n::Msg| m.text(lang);
    let target = task.target();
    if md {
        writeln!(
            out,
            "# {} — {}\n",
            render::md_cell(target),
            render::md_cell(task.title())
        )?;
    } else {
        let head = format!("{target} — {}", task.title());
        table::write_prose(out, "", &head, super::screen(ctx, None).width)?;
        writeln!(out)?;
    }
    let mut fields: Vec<(&str, String)> = Vec::new();
    fields.push((t(&msg::SHOW_PLAN), format!("{} – {}", plan.id, plan.title)));
    fields.push((
        t(&msg::SHOW_FILE),
        loaded.sources.path(plan.file).display().to_string(),
    ));
    if let Some(n) = task.number() {
        fields.push((t(&msg::SHOW_NUMBER), n.to_string()));
    }
    if let Some(s) = task.section {
        let s = &plan.sections[s];
        fields.push((t(&msg::SHOW_SECTION), format!("{} {}", s.id, s.title)));
    }
    if !task.indices.is_empty() {
        fields.push((t(&msg::SHOW_INDICES), task.indices.join(", ")));
    }
    let kind = match task.kind {
        TaskKind::Task => &msg::SHOW_KIND_TASK,
        TaskKind::Report => &msg::SHOW_KIND_REPORT,
        TaskKind::Meeting => &msg::SHOW_KIND_MEETING,
    };
    fields.push((t(&msg::SHOW_KIND), t(kind).to_string()));
    for (label, list) in [
        (t(&i18n::COL_LEAD), task.lead()),
        (t(&i18n::COL_SUPPORT), task.support()),
    ] {
        if list.is_empty() {
            continue;
        }
        let names: Vec<String> = list
            .iter()
            .map(|a| unit_words(reg, task, a, lang))
            .collect();
        fields.push((label, names.join("; ")));
    }
    if let Some(o) = task.output() {
        fields.push((t(&msg::CAL_OUTPUT), o.to_string()));
    }
    fields.push((t(&i18n::COL_DEADLINE), due_items(task).join("; ")));
    if let Some(d) = task.due_text() {
        fields.push((t(&msg::SHOW_DUE_TEXT), d.to_string()));
    }
    let mut reads = task.schedule.kind.words(lang).to_string();
    if task.schedule.on_request && task.schedule.kind != crate::schedule::Kind::OnRequest {
        reads.push_str(&format!(" {}", t(&msg::SHOW_ALSO_ON_REQUEST)));
    }
    if task.schedule.yearly {
        reads.push_str(&format!(", {}", t(&msg::SHOW_YEARLY)));
    }
    fields.push((t(&msg::SHOW_READS), reads));
    if let Some(n) = task.note() {
        fields.push((t(&msg::SHOW_NOTE), n.to_string()));
    }
    if let Some(f) = plan.progress_file {
        fields.push((
            t(&msg::SHOW_PROGRESS_FILE),
            loaded.sources.path(f).display().to_string(),
        ));
    }
    let screen = super::screen(ctx, None);
    for (label, value) in &fields {
        if md {
            writeln!(
                out,
                "- **{}**: {}",
                render::md_cell(label),
                render::md_cell(value)
            )?;
        } else {
            // On a terminal, a long value wraps at words under itself.
            table::write_prose(out, &format!("{label}: "), value, screen.width)?;
        }
    }
    writeln!(out)?;

    let heading = |out: &mut dyn Write, s: &str| -> std::io::Result<()> {
        if md {
            writeln!(out, "## {}\n", render::md_cell(s))
        } else {
            writeln!(out, "{}", render::nfc(s))
        }
    };
    heading(
        out,
        &tr!(
            lang,
            msg::SHOW_OCCURRENCES,
            day = i18n::date(lang, ctx.today)
        ),
    )?;
    let occurrences = task.occurrences();
    if occurrences.is_empty() {
        writeln!(
            out,
            "{}\n",
            tr!(
                lang,
                msg::SHOW_NO_OCCURRENCE,
                kind = task.schedule.kind.words(lang)
            )
        )?;
    } else {
        let columns = [
            Column::pieces(t(&i18n::COL_PERIOD)),
            Column::pieces(t(&msg::SHOW_COL_WINDOW)),
            Column::pieces(t(&i18n::COL_LAST_DAY)),
            Column::pieces(t(&i18n::COL_STATUS)),
            Column::words(t(&msg::SHOW_COL_RECORDS)),
        ];
        let sep = if md { "; " } else { "\n" };
        table::write(out, ctx.format, screen, &columns, occurrences, |o| {
            let (s, _) = status::status_of(plan, ti, o, ctx.today, 14);
            let window = o.start.map_or_else(String::new, |st| {
                format!(
                    "{} – {}",
                    i18n::date(lang, st),
                    i18n::date(lang, o.last_day)
                )
            });
            let mut last = i18n::date(lang, o.last_day);
            if o.due != o.last_day {
                last.push_str(&format!(" → {}", i18n::date(lang, o.due)));
            }
            let recs: Vec<String> = status::records_of(plan, ti, o)
                .map(|r| record_line(r, reg, ctx.today, lang))
                .collect();
            vec![
                Cell::new(o.key.as_str()),
                Cell::new(window),
                Cell::new(last),
                Cell {
                    tint: s.tint(),
                    ..Cell::new(s.label(lang, 14))
                },
                Cell::new(recs.join(sep)),
            ]
        })?;
        writeln!(out)?;
    }

    // Every record of the task, those that name no occurrence of it included.
    heading(out, t(&msg::SHOW_RECORDS))?;
    if records.is_empty() {
        writeln!(out, "{}\n", t(&msg::SHOW_NO_RECORDS))?;
    } else {
        for r in records {
            let period = r
                .period
                .as_ref()
                .map_or_else(String::new, |p| format!("[{}] ", p.value));
            let line = format!("{period}{}", record_line(r, reg, ctx.today, lang));
            if md {
                writeln!(out, "- {}", render::md_cell(&line))?;
            } else {
                writeln!(out, "  {}", render::nfc(&line))?;
            }
        }
        writeln!(out)?;
    }

    let requests: Vec<_> = plan.requests.iter().filter(|q| q.task == ti).collect();
    if !requests.is_empty() {
        heading(out, t(&msg::SHOW_REQUESTS))?;
        let columns = [
            Column::pieces(t(&i18n::COL_PERIOD)),
            Column::pieces(t(&msg::SHOW_COL_ARRIVED)),
            Column::pieces(t(&i18n::COL_LAST_DAY)),
            Column::words(t(&msg::SHOW_COL_REF)),
        ];
        table::write(out, ctx.format, screen, &columns, &requests, |q| {
            let mut arrived = i18n::date(lang, q.date);
            if q.date > ctx.today {
                let after = tr!(
                    lang,
                    msg::SHOW_AFTER_AS_OF,
                    day = i18n::date(lang, ctx.today)
                );
                arrived.push_str(&format!(" ({after})"));
            }
            vec![
                Cell::new(q.key()),
                Cell::new(arrived),
                Cell::new(i18n::date(lang, q.due)),
                Cell::new(q.reference.as_deref().unwrap_or("")),
            ]
        })?;
    }
    Ok(())
}

/// "VP (Văn phòng Sở)", and how the plan wrote it when that differs.
fn unit_words(reg: &Registry, task: &Task, a: &Assignee, lang: Lang) -> String {
    let (code, name) = (reg.code(a.unit), reg.name(a.unit));
    let written = task.written(a);
    let mut s = format!("{code} ({name})");
    if written != code && written != name {
        s.push_str(&format!(
            ", {}",
            tr!(lang, msg::SHOW_WRITTEN, text = written)
        ));
    }
    s
}

/// "28/06/2023 hoàn thành, bởi CDC: Công văn số 1234/SYT-VP (ghi chú)".
fn record_line(r: &Record, reg: &Registry, today: NaiveDate, lang: Lang) -> String {
    let mut s = match r.date {
        Some(d) => format!("{} {}", i18n::date(lang, d), record_words(r.status, lang)),
        None => record_words(r.status, lang).to_string(),
    };
    if let Some(u) = r.by {
        s.push_str(&format!(
            ", {}",
            tr!(lang, msg::SHOW_BY, unit = reg.code(u))
        ));
    }
    if let Some(e) = &r.evidence {
        s.push_str(&format!(": {e}"));
    }
    if let Some(n) = &r.note {
        s.push_str(&format!(" ({n})"));
    }
    if r.date.is_some_and(|d| d > today) {
        let after = tr!(lang, msg::SHOW_AFTER_AS_OF, day = i18n::date(lang, today));
        s.push_str(&format!(" [{after}]"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_word_for_each_record_status() {
        for (s, code) in [
            (RecordStatus::Done, "done"),
            (RecordStatus::InProgress, "in-progress"),
            (RecordStatus::NotApplicable, "not-applicable"),
        ] {
            assert_eq!(record_status(s), code);
            assert_eq!(RecordStatus::parse(code), Some(s));
            assert_ne!(record_words(s, Lang::Vi), record_words(s, Lang::En));
        }
    }
}
