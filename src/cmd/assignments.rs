//! `kpi assignments`: for each unit, every task it leads or supports, across plans.

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;

use crate::cli::{AssignmentsArgs, Format};
use crate::config::{Context, Lang};
use crate::i18n::{self, units as msg};
use crate::plan::model::{Plan, Task};
use crate::plan::raw::DueItem;
use crate::render;
use crate::schedule::Kind;
use crate::select::{self, Role, Selection};
use crate::status::{self, Status};
use crate::tr;
use crate::{Exit, UsageError};

/// One task of one unit's table.
struct Row<'a> {
    plan: &'a Plan,
    task: &'a Task,
    role: Option<Role>,
    via: Option<&'a str>,
    next: Option<(NaiveDate, Status)>,
}

/// One unit's table, or (unit none) the tasks of an organisation without a lead.
struct Section<'a> {
    unit: Option<u32>,
    registry: usize,
    rows: Vec<Row<'a>>,
}

#[derive(Serialize)]
struct JsonUnit<'a> {
    org: &'a str,
    /// The unit's code; null for the list of tasks without a lead unit.
    unit: Option<&'a str>,
    name: &'a str,
    tasks: Vec<JsonTask<'a>>,
}

#[derive(Serialize)]
struct JsonTask<'a> {
    plan: &'a str,
    task: &'a str,
    title: &'a str,
    /// `lead` or `support`; null in the list of tasks without a lead unit.
    role: Option<&'static str>,
    via: Option<&'a str>,
    due_text: String,
    next_due: Option<NaiveDate>,
    next_status: Option<&'static str>,
}

/// The deadline as the plan writes it.
pub fn due_text(task: &Task) -> String {
    if let Some(t) = task.due_text() {
        return t.to_string();
    }
    task.due()
        .iter()
        .map(|d| match d.value {
            DueItem::Text(s) => task.piece(s).to_string(),
            DueItem::Date(d) => d.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The first occurrence still owed (or, when all are done, the last one), with status.
pub fn next_of(
    plan: &Plan,
    task: &Task,
    today: NaiveDate,
    within: u32,
) -> Option<(NaiveDate, Status)> {
    let ti = plan.task(task.id())?;
    let all: Vec<_> = task
        .occurrences()
        .iter()
        .map(|o| (o.last_day, status::status_of(plan, ti, o, today, within).0))
        .collect();
    all.iter()
        .find(|(_, s)| matches!(s, Status::Overdue | Status::Due | Status::Upcoming))
        .or(all.last())
        .copied()
}

fn no_occurrence_label(kind: Kind, lang: Lang) -> &'static str {
    match kind {
        Kind::Ongoing => i18n::NO_OCCURRENCE_ONGOING.text(lang),
        Kind::OnRequest => i18n::NO_OCCURRENCE_ON_REQUEST.text(lang),
        _ => i18n::NO_OCCURRENCE_ELSEWHERE.text(lang),
    }
}

pub fn run(
    ctx: &Context,
    args: &AssignmentsArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let w = super::load_selected(ctx, &args.filters, err)?;
    let (loaded, sel) = (&w.loaded, &w.selection);
    let repo = &loaded.repo;
    let lang = ctx.lang(&loaded.settings);
    // Tasks are chosen by plan and index; units are the table's rows.
    let tasks_sel = Selection {
        units: None,
        lead_only: false,
        ..sel.clone()
    };
    let units = sel.units_in_scope(repo);
    let tasks_sel = &tasks_sel;
    let plans_of = |ri: usize| {
        repo.plans
            .iter()
            .filter(move |p| p.registry == ri && tasks_sel.plan(p))
    };

    let mut sections: Vec<Section> = Vec::new();
    for &(ri, u) in &units {
        let reg = &repo.registries[ri];
        let mut rows = Vec::new();
        for plan in plans_of(ri) {
            for task in plan.tasks.iter().filter(|t| tasks_sel.task(repo, plan, t)) {
                if let Some((role, via)) = select::role_of(reg, task, u) {
                    rows.push(Row {
                        plan,
                        task,
                        role: Some(role),
                        via: via.map(|g| reg.code(g)),
                        next: next_of(plan, task, ctx.today, args.within),
                    });
                }
            }
        }
        sections.push(Section {
            unit: Some(u),
            registry: ri,
            rows,
        });
    }
    // Tasks assigned to nobody, per organisation in scope.
    let mut orgs: Vec<usize> = units.iter().map(|&(ri, _)| ri).collect();
    orgs.dedup();
    for ri in orgs {
        let rows: Vec<Row> = plans_of(ri)
            .flat_map(|plan| {
                plan.tasks
                    .iter()
                    .filter(|t| t.lead().is_empty() && tasks_sel.task(repo, plan, t))
                    .map(move |task| Row {
                        plan,
                        task,
                        role: None,
                        via: None,
                        next: next_of(plan, task, ctx.today, args.within),
                    })
            })
            .collect();
        if !rows.is_empty() {
            sections.push(Section {
                unit: None,
                registry: ri,
                rows,
            });
        }
    }

    let heading = |unit: Option<u32>, ri: usize| {
        let reg = &repo.registries[ri];
        match unit {
            Some(u) => {
                let unit = &reg.units[u as usize];
                format!(
                    "{} — {} · {} ({})",
                    unit.code, unit.name, reg.org_id, reg.org_name
                )
            }
            None => tr!(
                lang,
                msg::NO_LEAD_HEADING,
                org = reg.org_id,
                name = reg.org_name
            ),
        }
    };
    let output = args.output.as_deref();
    if ctx.format == Format::Xlsx {
        let sheet = sheet(repo, &sections, lang, args.within);
        super::deliver_xlsx(ctx, output, out, &[sheet])?;
        return Ok(super::finish(Exit::Success, w.broken));
    }
    super::emit(ctx, output, out, |out| {
        match ctx.format {
            Format::Json => {
                let list: Vec<JsonUnit> = sections
                    .iter()
                    .map(|sec| {
                        let reg = &repo.registries[sec.registry];
                        JsonUnit {
                            org: &reg.org_id,
                            unit: sec.unit.map(|u| reg.units[u as usize].code.as_str()),
                            name: sec.unit.map_or("", |u| reg.units[u as usize].name.as_str()),
                            tasks: sec
                                .rows
                                .iter()
                                .map(|r| JsonTask {
                                    plan: &r.plan.id,
                                    task: r.task.id(),
                                    title: r.task.title(),
                                    role: r.role.map(Role::as_str),
                                    via: r.via,
                                    due_text: due_text(r.task),
                                    next_due: r.next.map(|n| n.0),
                                    next_status: r.next.map(|n| n.1.as_str()),
                                })
                                .collect(),
                        }
                    })
                    .collect();
                crate::render::write_json(out, &list)?;
            }
            Format::Csv => {
                render::csv_row(
                    out,
                    &[
                        "org",
                        "unit",
                        "unit_name",
                        "plan",
                        "task",
                        "title",
                        "role",
                        "via",
                        "due_text",
                        "next_due",
                        "next_status",
                    ],
                )?;
                for sec in &sections {
                    let reg = &repo.registries[sec.registry];
                    let (code, name) = sec.unit.map_or(("", ""), |u| {
                        (&reg.units[u as usize].code, &reg.units[u as usize].name)
                    });
                    for r in &sec.rows {
                        render::csv_row(
                            out,
                            &[
                                &reg.org_id,
                                code,
                                name,
                                &r.plan.id,
                                r.task.id(),
                                r.task.title(),
                                r.role.map_or("", Role::as_str),
                                r.via.unwrap_or(""),
                                &due_text(r.task),
                                &r.next.map(|n| n.0.to_string()).unwrap_or_default(),
                                r.next.map(|n| n.1.as_str()).unwrap_or_default(),
                            ],
                        )?;
                    }
                }
            }
            Format::Table | Format::Md | Format::Ics | Format::Xlsx | Format::Html => {
                use crate::render::table::{self, Cell, Column};
                let md = ctx.format == Format::Md;
                let screen = super::screen(ctx, output);
                let columns = [
                    Column::pieces(i18n::COL_TASK.text(lang)),
                    Column::words(i18n::COL_TITLE.text(lang)),
                    Column::pieces(i18n::COL_ROLE.text(lang)),
                    Column::pieces(i18n::COL_VIA.text(lang)),
                    Column::words(i18n::COL_DEADLINE.text(lang)),
                    Column::pieces(i18n::COL_NEXT.text(lang)),
                ];
                for (i, sec) in sections.iter().enumerate() {
                    if i > 0 {
                        writeln!(out)?;
                    }
                    let title = render::nfc(&heading(sec.unit, sec.registry));
                    if md {
                        writeln!(out, "### {}\n", render::md_cell(&title))?;
                    } else {
                        writeln!(out, "{title}")?;
                    }
                    if sec.rows.is_empty() {
                        let none = msg::NOTHING_ASSIGNED.text(lang);
                        if md {
                            writeln!(out, "_{none}_")?;
                        } else {
                            writeln!(out, "  {none}")?;
                        }
                        continue;
                    }
                    table::write(out, ctx.format, screen, &columns, &sec.rows, |r| {
                        let next = match r.next {
                            // "19/06/2023: Quá hạn, chưa hoàn thành", not a label in brackets.
                            Some((d, s)) => Cell {
                                text: format!(
                                    "{}: {}",
                                    i18n::date(lang, d),
                                    s.label(lang, args.within)
                                )
                                .into(),
                                tint: s.tint(),
                            },
                            None => Cell::new(no_occurrence_label(r.task.schedule.kind, lang)),
                        };
                        vec![
                            Cell::new(format!("{}:{}", r.plan.id, r.task.id())),
                            Cell::new(r.task.title()),
                            Cell::new(r.role.map_or("—", |x| x.label(lang))),
                            Cell::new(r.via.unwrap_or("")),
                            Cell::new(due_text(r.task)),
                            next,
                        ]
                    })?;
                }
            }
        }
        Ok(())
    })?;
    Ok(super::finish(Exit::Success, w.broken))
}

/// The assignments as one sheet: the rows of the CSV, the next last day a date and its
/// status coloured.
fn sheet(
    repo: &crate::plan::model::Repository,
    sections: &[Section],
    lang: Lang,
    within: u32,
) -> crate::render::xlsx::Sheet {
    use crate::i18n::report as r;
    use crate::render::xlsx::{Column, Kind, Sheet, Value};
    let t = |m: &i18n::Msg| m.text(lang).to_string();
    let mut rows = Vec::new();
    for sec in sections {
        let reg = &repo.registries[sec.registry];
        let (code, name) = sec.unit.map_or(("", ""), |u| {
            (&reg.units[u as usize].code, &reg.units[u as usize].name)
        });
        for row in &sec.rows {
            rows.push(vec![
                Value::Text(reg.org_id.clone()),
                Value::Text(code.into()),
                Value::Text(name.into()),
                Value::Text(row.plan.id.clone()),
                Value::Text(row.task.id().into()),
                Value::Text(row.task.title().into()),
                Value::Text(row.role.map_or("", |x| x.label(lang)).into()),
                Value::Text(row.via.unwrap_or("").into()),
                Value::Text(due_text(row.task)),
                row.next.map_or(Value::Empty, |n| Value::Date(n.0)),
                match row.next {
                    Some((_, s)) => Value::Tinted(s.label(lang, within), s.tint()),
                    None => Value::Text(no_occurrence_label(row.task.schedule.kind, lang).into()),
                },
            ]);
        }
    }
    Sheet {
        name: t(&r::SHEET_ASSIGNMENTS),
        columns: vec![
            Column::new(t(&r::COL_ORG), Kind::Code),
            Column::new(t(&r::COL_UNIT), Kind::Code),
            Column::new(t(&msg::COL_NAME), Kind::Words),
            Column::new(t(&r::COL_PLAN), Kind::Code),
            Column::new(t(&i18n::COL_TASK), Kind::Code),
            Column::new(t(&i18n::COL_TITLE), Kind::Words),
            Column::new(t(&i18n::COL_ROLE), Kind::Code),
            Column::new(t(&i18n::COL_VIA), Kind::Code),
            Column::new(t(&i18n::COL_DEADLINE), Kind::Words),
            Column::new(t(&i18n::COL_NEXT), Kind::Date),
            Column::new(t(&i18n::COL_STATUS), Kind::Code),
        ],
        rows,
        totals: None,
    }
}
