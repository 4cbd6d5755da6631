//! `kpi units`: each organisation's registry, with per-unit counts.

use std::io::Write;

use serde::Serialize;

use crate::cli::{Filters, Format, UnitsArgs};
use crate::config::{Context, Lang};
use crate::plan::model::{Registry, Repository, UnitRef};
use crate::render::{self, Table};
use crate::select::{self, Role};
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

/// Per unit of registry `ri`: tasks led, supported, occurrences overdue and due.
fn counts(repo: &Repository, ri: usize, today: chrono::NaiveDate, within: u32) -> Vec<Counts> {
    let reg = &repo.registries[ri];
    let mut out = vec![Counts::default(); reg.units.len()];
    for plan in repo.plans.iter().filter(|p| p.registry == ri) {
        for (ti, task) in plan.tasks.iter().enumerate() {
            let statuses: Vec<Status> = task
                .schedule
                .occurrences
                .iter()
                .map(|o| status::status_of(plan, ti, o, today, within).0)
                .collect();
            let overdue = statuses.iter().filter(|s| **s == Status::Overdue).count();
            let due = statuses.iter().filter(|s| **s == Status::Due).count();
            for (u, c) in out.iter_mut().enumerate() {
                match select::role_of(reg, task, u as u32) {
                    Some((Role::Lead, _)) => c.lead += 1,
                    Some((Role::Support, _)) => c.support += 1,
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
    let (loaded, sel) = super::due::load_selected(ctx, &filters, err)?;
    let repo = &loaded.repo;
    let lang = ctx.lang(&loaded.settings);
    let regs: Vec<usize> = (0..repo.registries.len())
        .filter(|i| sel.orgs.as_ref().is_none_or(|o| o.contains(i)))
        .collect();
    let all: Vec<(usize, Vec<Counts>)> = regs
        .iter()
        .map(|&ri| (ri, counts(repo, ri, ctx.today, args.within)))
        .collect();

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
            let mut t = Table::new(&[
                "org", "code", "name", "aliases", "email", "external", "groups", "lead", "support",
                "overdue", "due",
            ]);
            for (ri, counts) in &all {
                let reg = &repo.registries[*ri];
                for (u, c) in reg.units.iter().zip(counts) {
                    t.push(vec![
                        reg.org_id.clone(),
                        u.code.clone(),
                        u.name.clone(),
                        u.aliases.join("; "),
                        u.email.join("; "),
                        u.external.to_string(),
                        groups_of(reg, u.index).join(" "),
                        c.lead.to_string(),
                        c.support.to_string(),
                        c.overdue.to_string(),
                        c.due.to_string(),
                    ]);
                }
            }
            t.write(Format::Csv, 0, out)?;
        }
        Format::Table | Format::Md | Format::Ics => {
            let md = ctx.format == Format::Md;
            let header: &[&str] = match lang {
                Lang::Vi => &[
                    "Mã",
                    "Tên",
                    "Tên khác",
                    "Email",
                    "Nhóm",
                    "Chủ trì",
                    "Phối hợp",
                    "Quá hạn",
                    "Đến hạn",
                ],
                Lang::En => &[
                    "Code", "Name", "Aliases", "Email", "Groups", "Lead", "Support", "Overdue",
                    "Due",
                ],
            };
            for (i, (ri, counts)) in all.iter().enumerate() {
                let reg = &repo.registries[*ri];
                if i > 0 {
                    writeln!(out)?;
                }
                let title = render::nfc(&format!("{} ({})", reg.org_id, reg.org_name));
                writeln!(
                    out,
                    "{}",
                    if md {
                        format!("### {}\n", render::md_cell(&title))
                    } else {
                        title
                    }
                )?;
                let mut t = Table::new(header);
                t.wrap = vec![1, 2, 4];
                for (u, c) in reg.units.iter().zip(counts) {
                    let external = match (u.external, lang) {
                        (true, Lang::Vi) => " (ngoài đơn vị)",
                        (true, Lang::En) => " (external)",
                        _ => "",
                    };
                    t.push(vec![
                        u.code.clone(),
                        format!("{}{external}", u.name),
                        u.aliases.join("; "),
                        u.email.join("; "),
                        groups_of(reg, u.index).join(", "),
                        c.lead.to_string(),
                        c.support.to_string(),
                        c.overdue.to_string(),
                        c.due.to_string(),
                    ]);
                }
                t.write(ctx.format, render::width(), out)?;
                if !reg.groups.is_empty() {
                    let gh: &[&str] = match lang {
                        Lang::Vi => &["Nhóm", "Tên", "Thành viên"],
                        Lang::En => &["Group", "Name", "Members"],
                    };
                    let mut g = Table::new(gh);
                    g.wrap = vec![1, 2];
                    for grp in &reg.groups {
                        g.push(vec![
                            grp.code.clone(),
                            grp.name.clone(),
                            grp.members
                                .iter()
                                .map(|m| reg.code(*m))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ]);
                    }
                    writeln!(out)?;
                    g.write(ctx.format, render::width(), out)?;
                }
            }
        }
    }
    Ok(Exit::Success)
}
