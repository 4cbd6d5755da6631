//! `kpi assignments`: for each unit, every task it leads or supports, across plans.

use std::io::Write;

use rayon::prelude::*;

use chrono::NaiveDate;
use serde::Serialize;

use crate::cli::{AssignmentsArgs, Format};
use crate::config::{Context, Lang};
use crate::i18n::{self, units as msg};
use crate::plan::model::{Plan, Task};
use crate::plan::raw::DueItem;
use crate::render::table::{Fit, Size};
use crate::render::{self, Ahead};
use crate::schedule::Kind;
use crate::select::{self, Role, Selection};
use crate::status::{self, Status};
use crate::tr;
use crate::{Exit, UsageError};

/// One task of one unit's table.
struct Row<'a> {
    task: &'a Task,
    role: Option<Role>,
    via: Option<&'a str>,
    next: Option<(NaiveDate, Status)>,
    /// The widths of the title and the deadline, for a terminal table (see `Chosen`).
    sizes: Option<&'a [Size; 2]>,
}

/// A unit's rows are its tasks, scattered over its organisation's plans: each row's task
/// and texts are asked for a few rows before the row is measured (`render::Ahead`); it is
/// written next from the cache.
fn ask_ahead(r: &Row, what: Ahead) {
    crate::prefetch::task(r.task, what);
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
    tasks: JsonTasks<'a>,
}

/// A unit's rows as the JSON list of their tasks, written without collecting them.
struct JsonTasks<'a>(&'a [Row<'a>]);

impl Serialize for JsonTasks<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|r| JsonTask {
            plan: r.task.plan_id(),
            task: r.task.id(),
            title: r.task.title(),
            role: r.role.map(Role::as_str),
            via: r.via,
            due_text: due_text(r.task),
            next_due: r.next.map(|n| n.0),
            next_status: r.next.map(|n| n.1.as_str()),
        }))
    }
}

#[derive(Serialize)]
struct JsonTask<'a> {
    plan: &'a str,
    task: &'a str,
    title: &'a str,
    /// `lead` or `support`; null in the list of tasks without a lead unit.
    role: Option<&'static str>,
    via: Option<&'a str>,
    due_text: std::borrow::Cow<'a, str>,
    #[serde(serialize_with = "render::serialize_some_date")]
    next_due: Option<NaiveDate>,
    next_status: Option<&'static str>,
}

/// The deadline as the plan writes it.
pub fn due_text(task: &Task) -> std::borrow::Cow<'_, str> {
    if let Some(t) = task.due_text() {
        return t.into();
    }
    match task.due() {
        [one] => match one.value {
            DueItem::Text(s) => task.piece(s).into(),
            DueItem::Date(d) => d.to_string().into(),
        },
        many => many
            .iter()
            .map(|d| match d.value {
                DueItem::Text(s) => task.piece(s).to_string(),
                DueItem::Date(d) => d.to_string(),
            })
            .collect::<Vec<_>>()
            .join("; ")
            .into(),
    }
}

/// The first occurrence still owed by the task at `ti` in its plan (or, when all are
/// done, the last one), with its status; without allocating.
fn next_at(plan: &Plan, ti: usize, today: NaiveDate, within: u32) -> Option<(NaiveDate, Status)> {
    let mut last = None;
    for o in plan.tasks[ti].occurrences() {
        let status = status::status_of(plan, ti, o, today, within).0;
        if matches!(status, Status::Overdue | Status::Due | Status::Upcoming) {
            return Some((o.last_day, status));
        }
        last = Some((o.last_day, status));
    }
    last
}

/// The next occurrence of each chosen task of each plan (by the plan's index).
type Chosen = Vec<Vec<(usize, Option<(NaiveDate, Status)>)>>;

/// For a terminal table, the widths of the title and deadline of each chosen task (as
/// `Chosen`; empty for other formats): a task sits in three units' tables on average, and
/// is measured once.
type Sizes = Vec<Vec<[Size; 2]>>;

/// The sizes of the `k`th chosen task of plan `pi`, if measured.
fn sizes_of(sizes: &Sizes, pi: usize, k: usize) -> Option<&[Size; 2]> {
    sizes.get(pi).and_then(|s| s.get(k))
}

/// The rows of one table: the chosen tasks of `plans`, in order, that `keep` gives a role
/// (and the group it comes through).
fn rows_of<'a>(
    repo: &'a crate::plan::model::Repository,
    plans: &[usize],
    chosen: &Chosen,
    sizes: &'a Sizes,
    keep: impl Fn(&'a Task) -> Option<(Option<Role>, Option<&'a str>)>,
) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    for &pi in plans {
        let plan = &repo.plans[pi];
        for (k, &(ti, next)) in chosen[pi].iter().enumerate() {
            let task = &plan.tasks[ti];
            if let Some((role, via)) = keep(task) {
                rows.push(Row {
                    task,
                    role,
                    via,
                    next,
                    sizes: sizes_of(sizes, pi, k),
                });
            }
        }
    }
    rows
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
    // Each task's next occurrence does not depend on the unit: found once per task, on
    // every core, for the tasks chosen; the plans of each registry listed once.
    let chosen: Chosen = repo
        .plans
        .par_iter()
        .map(|plan| {
            if !tasks_sel.plan(plan) {
                return Vec::new();
            }
            (0..plan.tasks.len())
                .filter(|&ti| tasks_sel.task(repo, plan, &plan.tasks[ti]))
                .map(|ti| (ti, next_at(plan, ti, ctx.today, args.within)))
                .collect()
        })
        .collect();
    let sizes: Sizes = match ctx.format {
        Format::Table => (repo.plans.par_iter().zip(&chosen))
            .map(|(plan, chosen)| {
                let measured = |task: &Task| {
                    let simple = task.simple();
                    [
                        Size::of(task.title(), Fit::Words, simple),
                        Size::of(&due_text(task), Fit::Words, simple),
                    ]
                };
                chosen
                    .iter()
                    .map(|&(ti, _)| measured(&plan.tasks[ti]))
                    .collect()
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut plans_by_registry: Vec<Vec<usize>> = vec![Vec::new(); repo.registries.len()];
    for (pi, plan) in repo.plans.iter().enumerate() {
        if tasks_sel.plan(plan) {
            plans_by_registry[plan.registry].push(pi);
        }
    }
    // Every unit's rows in one pass over each organisation's tasks, in order: a task is
    // asked about the units it names (directly or through a group), not about every unit.
    let wanted: std::collections::HashSet<(usize, u32)> = units.iter().copied().collect();
    let mut by_unit: Vec<foldhash::HashMap<u32, Vec<Row>>> = (0..repo.registries.len())
        .into_par_iter()
        .map(|ri| {
            let reg = &repo.registries[ri];
            let mut rows: foldhash::HashMap<u32, Vec<Row>> = Default::default();
            let mut named: Vec<u32> = Vec::new();
            for &pi in &plans_by_registry[ri] {
                let plan = &repo.plans[pi];
                for (k, &(ti, next)) in chosen[pi].iter().enumerate() {
                    let task = &plan.tasks[ti];
                    // Each unit the task names, once (a group of the province's
                    // communes names hundreds: sorted, not looked for one by one).
                    named.clear();
                    for a in task.lead().iter().chain(task.support()) {
                        named.extend(
                            reg.expand(a.unit)
                                .iter()
                                .filter(|&&u| wanted.contains(&(ri, u))),
                        );
                    }
                    named.sort_unstable();
                    named.dedup();
                    for &u in &named {
                        if let Some((role, via)) = select::role_of(reg, task, u) {
                            rows.entry(u).or_default().push(Row {
                                task,
                                role: Some(role),
                                via: via.map(|g| reg.code(g)),
                                next,
                                sizes: sizes_of(&sizes, pi, k),
                            });
                        }
                    }
                }
            }
            rows
        })
        .collect();
    let mut sections: Vec<Section> = units
        .iter()
        .map(|&(ri, u)| Section {
            unit: Some(u),
            registry: ri,
            rows: by_unit[ri].remove(&u).unwrap_or_default(),
        })
        .collect();
    // Tasks assigned to nobody, per organisation in scope.
    let mut orgs: Vec<usize> = units.iter().map(|&(ri, _)| ri).collect();
    orgs.dedup();
    for ri in orgs {
        let rows = rows_of(repo, &plans_by_registry[ri], &chosen, &sizes, |task| {
            task.lead().is_empty().then_some((None, None))
        });
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
                // Each unit's element made apart from the others: several at once.
                render::write_json_list(
                    out,
                    &sections,
                    8,
                    |sec| {
                        let reg = &repo.registries[sec.registry];
                        JsonUnit {
                            org: &reg.org_id,
                            unit: sec.unit.map(|u| reg.units[u as usize].code.as_str()),
                            name: sec.unit.map_or("", |u| reg.units[u as usize].name.as_str()),
                            tasks: JsonTasks(&sec.rows),
                        }
                    },
                    |sec| {
                        repo.registries[sec.registry].simple
                            && sec.rows.iter().all(|r| r.task.simple())
                    },
                )?;
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
                // Several units' rows at once, written in order. Every field goes through
                // write_csv_field, which shows control characters: nothing for the guard.
                render::in_order_made(out, &sections, 8, render::Made::Shown, |_, run, buf| {
                    for sec in run {
                        let reg = &repo.registries[sec.registry];
                        let (code, name) = sec.unit.map_or(("", ""), |u| {
                            (&reg.units[u as usize].code, &reg.units[u as usize].name)
                        });
                        for r in &sec.rows {
                            let mut date = Vec::with_capacity(10);
                            if let Some((d, _)) = r.next {
                                render::push_date(&mut date, d);
                            }
                            render::csv_row(
                                buf,
                                &[
                                    &reg.org_id,
                                    code,
                                    name,
                                    r.task.plan_id(),
                                    r.task.id(),
                                    r.task.title(),
                                    r.role.map_or("", Role::as_str),
                                    r.via.unwrap_or(""),
                                    &due_text(r.task),
                                    std::str::from_utf8(&date).unwrap_or_default(),
                                    r.next.map(|n| n.1.as_str()).unwrap_or_default(),
                                ],
                            )?;
                        }
                    }
                    Ok(())
                })?;
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
                // The roles are worded once, and (a national table has 600,000 rows but a
                // few hundred distinct next days) each day and status.
                let [lead, support, no_role] =
                    [Some(Role::Lead), Some(Role::Support), None].map(|r| {
                        table::Worded::new(r.map_or("—", |x| x.label(lang)).into(), Fit::Pieces)
                    });
                // The next days of the chosen tasks (the rows' and perhaps a few more),
                // gathered on every core.
                let days: foldhash::HashSet<(NaiveDate, Status)> = chosen
                    .par_iter()
                    .fold(foldhash::HashSet::default, |mut days, chosen| {
                        days.extend(chosen.iter().filter_map(|&(_, next)| next));
                        days
                    })
                    .reduce(foldhash::HashSet::default, |mut a, b| {
                        a.extend(b);
                        a
                    });
                let worded: foldhash::HashMap<(NaiveDate, Status), table::Worded> = days
                    .into_iter()
                    .map(|(d, st)| {
                        // "19/06/2023: Quá hạn, chưa hoàn thành", not a label in brackets.
                        let day = i18n::date(lang, d);
                        let text = format!("{day}: {}", st.label(lang, args.within));
                        ((d, st), table::Worded::new(text, Fit::Pieces))
                    })
                    .collect();
                // The tables of an organisation's units are made one after another, and
                // wrap the titles they share once (`table::Wraps`); organisations several
                // at once. A heading is shown as `render::nfc` shows it, a table as its
                // cells are.
                let mut orgs: Vec<std::ops::Range<usize>> = Vec::new();
                for (i, sec) in sections.iter().enumerate() {
                    match orgs.last_mut() {
                        Some(org) if sections[org.start].registry == sec.registry => {
                            org.end = i + 1
                        }
                        _ => orgs.push(i..i + 1),
                    }
                }
                render::in_order_made(out, &orgs, 1, render::Made::Shown, |_, run, buf| {
                    let mut wraps = table::Wraps::default();
                    for (i, sec) in run
                        .iter()
                        .flat_map(|org| org.clone())
                        .map(|i| (i, &sections[i]))
                    {
                        let out: &mut dyn Write = buf;
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
                        let reg_simple = repo.registries[sec.registry].simple;
                        let row = table::row_maker(|r: &Row| {
                            let next = match r.next {
                                Some((d, st)) => Cell {
                                    tint: st.tint(),
                                    ..worded[&(d, st)].cell()
                                },
                                None => Cell::new(no_occurrence_label(r.task.schedule.kind, lang)),
                            };
                            let simple = r.task.simple();
                            let (title, deadline) = (r.task.title(), due_text(r.task));
                            let (title, deadline) = match r.sizes {
                                Some(&[t, d]) => (
                                    Cell::sized(title, simple, t),
                                    Cell::sized(deadline, simple, d),
                                ),
                                None => (Cell::known(title, simple), Cell::known(deadline, simple)),
                            };
                            vec![
                                Cell::known(r.task.target(), simple),
                                title,
                                match r.role {
                                    Some(Role::Lead) => lead.cell(),
                                    Some(Role::Support) => support.cell(),
                                    None => no_role.cell(),
                                },
                                Cell::known(r.via.unwrap_or(""), reg_simple),
                                // The task's phrases and ISO dates: simple as it is.
                                deadline,
                                next,
                            ]
                        });
                        table::fit_ahead(ctx.format, screen, &columns, &sec.rows, row, ask_ahead)
                            .append(buf, &sec.rows, row, &mut wraps)?;
                    }
                    Ok(())
                })?;
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
                Value::Text(row.task.plan_id().into()),
                Value::Text(row.task.id().into()),
                Value::Text(row.task.title().into()),
                Value::Text(row.role.map_or("", |x| x.label(lang)).into()),
                Value::Text(row.via.unwrap_or("").into()),
                Value::Text(due_text(row.task).into_owned()),
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
