//! `kpi units`: each organisation's registry, with per-unit counts.

use std::io::Write;

use serde::Serialize;

use crate::cli::{Filters, Format, UnitsArgs};
use crate::config::Context;
use crate::i18n::{self, units as msg};
use crate::plan::model::{Registry, Repository, UnitRef};
use crate::render;
use crate::select::Role;
use crate::status::{self, Status};
use crate::{Exit, UsageError};

#[derive(Default, Clone, Copy, Serialize)]
struct Counts {
    lead: usize,
    support: usize,
    overdue: usize,
    due: usize,
}

#[derive(Serialize)]
struct JsonOrg<'a> {
    org: &'a str,
    name: &'a str,
    units: Vec<JsonUnit<'a>>,
    groups: Vec<JsonGroup<'a>>,
}

#[derive(Serialize)]
struct JsonUnit<'a> {
    code: &'a str,
    name: &'a str,
    aliases: &'a [String],
    email: &'a [String],
    external: bool,
    groups: Vec<&'a str>,
    #[serde(flatten)]
    counts: Counts,
}

#[derive(Serialize)]
struct JsonGroup<'a> {
    code: &'a str,
    name: &'a str,
    aliases: &'a [String],
    members: Vec<&'a str>,
}

/// Per unit of registry `ri`: tasks led, supported, occurrences overdue and due. Each
/// task is looked at once: its lead and support units, groups expanded, get its counts
/// (a unit both lead and support counts as lead).
fn counts(repo: &Repository, ri: usize, today: chrono::NaiveDate, within: u32) -> Vec<Counts> {
    let reg = &repo.registries[ri];
    let mut out = vec![Counts::default(); reg.units.len()];
    let mut role: Vec<Option<Role>> = vec![None; reg.units.len()];
    let mut touched: Vec<u32> = Vec::new();
    for plan in repo.plans.iter().filter(|p| p.registry == ri) {
        for (ti, task) in plan.tasks.iter().enumerate() {
            let (mut overdue, mut due) = (0, 0);
            for o in task.occurrences() {
                match status::status_of(plan, ti, o, today, within).0 {
                    Status::Overdue => overdue += 1,
                    Status::Due => due += 1,
                    _ => {}
                }
            }
            for (r, list) in [(Role::Lead, task.lead()), (Role::Support, task.support())] {
                for a in list {
                    for &u in reg.expand(a.unit) {
                        let slot = &mut role[u as usize];
                        if slot.is_none() {
                            *slot = Some(r);
                            touched.push(u);
                        }
                    }
                }
            }
            for u in touched.drain(..) {
                let c = &mut out[u as usize];
                match role[u as usize].take() {
                    Some(Role::Lead) => c.lead += 1,
                    Some(Role::Support) => c.support += 1,
                    None => continue,
                }
                c.overdue += overdue;
                c.due += due;
            }
        }
    }
    out
}

/// The groups that name `unit` directly.
fn groups_of(reg: &Registry, unit: u32) -> Vec<&str> {
    reg.groups
        .iter()
        .filter(|g| g.members.contains(&UnitRef::Unit(unit)))
        .map(|g| g.code.as_str())
        .collect()
}

pub fn run(
    ctx: &Context,
    args: &UnitsArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let filters = Filters {
        org: args.org.clone(),
        paths: args.paths.clone(),
        ..Filters::default()
    };
    let w = super::load_selected(ctx, &filters, err)?;
    let (loaded, sel) = (&w.loaded, &w.selection);
    let repo = &loaded.repo;
    let lang = ctx.lang(&loaded.settings);
    let regs: Vec<usize> = (0..repo.registries.len())
        .filter(|i| sel.orgs.as_ref().is_none_or(|o| o.contains(i)))
        .collect();
    let all: Vec<(usize, Vec<Counts>)> = regs
        .iter()
        .map(|&ri| (ri, counts(repo, ri, ctx.today, args.within)))
        .collect();

    let output = args.output.as_deref();
    if ctx.format == Format::Xlsx {
        super::deliver_xlsx(ctx, output, out, &sheets(repo, &all, lang))?;
        return Ok(super::finish(Exit::Success, w.broken));
    }
    super::emit(ctx, output, out, |out| {
        match ctx.format {
            Format::Json => {
                let list: Vec<JsonOrg> = all
                    .iter()
                    .map(|(ri, counts)| {
                        let reg = &repo.registries[*ri];
                        JsonOrg {
                            org: &reg.org_id,
                            name: &reg.org_name,
                            units: reg
                                .units
                                .iter()
                                .zip(counts)
                                .map(|(u, c)| JsonUnit {
                                    code: &u.code,
                                    name: &u.name,
                                    aliases: &u.aliases,
                                    email: &u.email,
                                    external: u.external,
                                    groups: groups_of(reg, u.index),
                                    counts: *c,
                                })
                                .collect(),
                            groups: reg
                                .groups
                                .iter()
                                .map(|g| JsonGroup {
                                    code: &g.code,
                                    name: &g.name,
                                    aliases: &g.aliases,
                                    members: g.members.iter().map(|m| reg.code(*m)).collect(),
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
                        "org", "code", "name", "aliases", "email", "external", "groups", "lead",
                        "support", "overdue", "due",
                    ],
                )?;
                for (ri, counts) in &all {
                    let reg = &repo.registries[*ri];
                    for (u, c) in reg.units.iter().zip(counts) {
                        render::csv_row(
                            out,
                            &[
                                &reg.org_id,
                                &u.code,
                                &u.name,
                                &u.aliases.join("; "),
                                &u.email.join("; "),
                                if u.external { "true" } else { "false" },
                                &groups_of(reg, u.index).join(" "),
                                &c.lead.to_string(),
                                &c.support.to_string(),
                                &c.overdue.to_string(),
                                &c.due.to_string(),
                            ],
                        )?;
                    }
                }
            }
            Format::Table | Format::Md | Format::Ics | Format::Xlsx | Format::Html => {
                use crate::render::table::{self, Cell, Column};
                let md = ctx.format == Format::Md;
                let screen = super::screen(ctx, output);
                let t = |m: &i18n::Msg| m.text(lang);
                let columns = [
                    Column::pieces(t(&msg::COL_CODE)),
                    Column::words(t(&msg::COL_NAME)),
                    Column::words(t(&msg::COL_ALIASES)),
                    Column::pieces(t(&msg::COL_EMAIL)),
                    Column::pieces(t(&msg::COL_GROUPS)),
                    Column::pieces(t(&i18n::COL_LEAD)),
                    Column::pieces(t(&i18n::COL_SUPPORT)),
                    Column::pieces(t(&msg::COL_OVERDUE)),
                    Column::pieces(t(&msg::COL_DUE)),
                ];
                let group_columns = [
                    Column::pieces(t(&msg::COL_GROUP)),
                    Column::words(t(&msg::COL_NAME)),
                    Column::pieces(t(&msg::COL_MEMBERS)),
                ];
                for (i, (ri, counts)) in all.iter().enumerate() {
                    let reg = &repo.registries[*ri];
                    if i > 0 {
                        writeln!(out)?;
                    }
                    let title = render::nfc(&format!("{} ({})", reg.org_id, reg.org_name));
                    if md {
                        writeln!(out, "### {}\n", render::md_cell(&title))?;
                    } else {
                        writeln!(out, "{title}")?;
                    }
                    let rows: Vec<(&crate::plan::model::Unit, &Counts)> =
                        reg.units.iter().zip(counts).collect();
                    table::write(out, ctx.format, screen, &columns, &rows, |(u, c)| {
                        let external = if u.external { t(&msg::EXTERNAL) } else { "" };
                        vec![
                            Cell::new(u.code.as_str()),
                            Cell::new(format!("{}{external}", u.name)),
                            Cell::new(u.aliases.join("; ")),
                            Cell::new(u.email.join("; ")),
                            Cell::new(groups_of(reg, u.index).join(", ")),
                            Cell::new(c.lead.to_string()),
                            Cell::new(c.support.to_string()),
                            Cell::new(c.overdue.to_string()),
                            Cell::new(c.due.to_string()),
                        ]
                    })?;
                    if !reg.groups.is_empty() {
                        writeln!(out)?;
                        table::write(out, ctx.format, screen, &group_columns, &reg.groups, |g| {
                            vec![
                                Cell::new(g.code.as_str()),
                                Cell::new(g.name.as_str()),
                                Cell::new(
                                    g.members
                                        .iter()
                                        .map(|m| reg.code(*m))
                                        .collect::<Vec<_>>()
                                        .join(", "),
                                ),
                            ]
                        })?;
                    }
                }
            }
        }
        Ok(())
    })?;
    Ok(super::finish(Exit::Success, w.broken))
}

/// The registry as a workbook: the units with their counts (the rows of the CSV) and the
/// groups.
fn sheets(
    repo: &Repository,
    all: &[(usize, Vec<Counts>)],
    lang: crate::config::Lang,
) -> Vec<crate::render::xlsx::Sheet> {
    use crate::i18n::report as r;
    use crate::render::xlsx::{Column, Kind, Sheet, Value};
    let t = |m: &i18n::Msg| m.text(lang).to_string();
    let count = |n: usize| Value::Int(n as i64);
    let mut units = Vec::new();
    let mut groups = Vec::new();
    for (ri, counts) in all {
        let reg = &repo.registries[*ri];
        for (u, c) in reg.units.iter().zip(counts) {
            units.push(vec![
                Value::Text(reg.org_id.clone()),
                Value::Text(u.code.clone()),
                Value::Text(u.name.clone()),
                Value::Text(u.aliases.join("; ")),
                Value::Text(u.email.join("; ")),
                Value::Text(if u.external {
                    t(&r::YES)
                } else {
                    String::new()
                }),
                Value::Text(groups_of(reg, u.index).join(" ")),
                count(c.lead),
                count(c.support),
                if c.overdue > 0 {
                    Value::TintedInt(c.overdue as i64, crate::render::table::Tint::Red)
                } else {
                    count(0)
                },
                count(c.due),
            ]);
        }
        for g in &reg.groups {
            groups.push(vec![
                Value::Text(reg.org_id.clone()),
                Value::Text(g.code.clone()),
                Value::Text(g.name.clone()),
                Value::Text(g.aliases.join("; ")),
                Value::Text(
                    g.members
                        .iter()
                        .map(|m| reg.code(*m))
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            ]);
        }
    }
    vec![
        Sheet {
            name: t(&r::SHEET_UNITS),
            columns: vec![
                Column::new(t(&r::COL_ORG), Kind::Code),
                Column::new(t(&msg::COL_CODE), Kind::Code),
                Column::new(t(&msg::COL_NAME), Kind::Words),
                Column::new(t(&msg::COL_ALIASES), Kind::Words),
                Column::new(t(&msg::COL_EMAIL), Kind::Code),
                Column::new(t(&r::COL_EXTERNAL), Kind::Code),
                Column::new(t(&msg::COL_GROUPS), Kind::Code),
                Column::new(t(&i18n::COL_LEAD), Kind::Count),
                Column::new(t(&i18n::COL_SUPPORT), Kind::Count),
                Column::new(t(&msg::COL_OVERDUE), Kind::Count),
                Column::new(t(&msg::COL_DUE), Kind::Count),
            ],
            rows: units,
            totals: Some(t(&r::SHEET_TOTAL)),
        },
        Sheet {
            name: t(&r::SHEET_GROUPS),
            columns: vec![
                Column::new(t(&r::COL_ORG), Kind::Code),
                Column::new(t(&msg::COL_GROUP), Kind::Code),
                Column::new(t(&msg::COL_NAME), Kind::Words),
                Column::new(t(&msg::COL_ALIASES), Kind::Words),
                Column::new(t(&msg::COL_MEMBERS), Kind::Code),
            ],
            rows: groups,
            totals: None,
        },
    ]
}
