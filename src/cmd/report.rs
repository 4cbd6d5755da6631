//! `kpi report`: the progress report of a period (report/ counts; this writes it as a
//! table, Markdown, CSV, JSON, an xlsx workbook or a web page).

use std::io::Write;

use serde::Serialize;

use crate::cli::{Filters, Format, ReportArgs};
use crate::config::{Context, Lang};
use crate::i18n::{self, report as msg};
use crate::load::Loaded;
use crate::render::{self, table::Tint, xlsx};
use crate::report::{self, Category, Counts, Period, Report};
use crate::{Exit, UsageError, tr};

pub fn run(
    ctx: &Context,
    args: &ReportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let lang = ctx.lang;
    let period = period(ctx, args)?;
    let filters = Filters {
        unit: args.unit.clone(),
        org: args.org.clone(),
        plan: args.plan.clone(),
        index: args.index.clone(),
        lead_only: false,
        paths: args.paths.clone(),
    };
    let w = super::load_selected(ctx, &filters, err)?;
    let loaded = &w.loaded;
    let r = report::build(&loaded.repo, &w.selection, &period, ctx.today);
    let output = args.output.as_deref();
    match ctx.format {
        Format::Xlsx => super::deliver_xlsx(ctx, output, out, &sheets(loaded, &r, lang))?,
        Format::Json => super::emit(ctx, output, out, |o| json(o, loaded, &r))?,
        Format::Csv => super::emit(ctx, output, out, |o| Ok(csv(o, loaded, &r)?))?,
        Format::Html => super::emit(ctx, output, out, |o| {
            Ok(render::html::report(o, loaded, &r, lang)?)
        })?,
        Format::Table | Format::Md | Format::Ics => {
            let screen = super::screen(ctx, output);
            super::emit(ctx, output, out, |o| {
                Ok(text(o, loaded, &r, lang, ctx.format, screen)?)
            })?
        }
    }
    Ok(super::finish(Exit::Success, w.broken))
}

/// `--period`, `--from`/`--to`, or the year of the as-of day.
fn period(ctx: &Context, args: &ReportArgs) -> Result<Period, UsageError> {
    let lang = ctx.lang;
    if let Some(text) = &args.period {
        return Period::parse(text, ctx.today)
            .ok_or_else(|| UsageError::Argument(tr!(lang, msg::BAD_PERIOD, text = text)));
    }
    match (&args.from, &args.to) {
        (Some(f), Some(t)) => {
            let (from, to) = (ctx.date("--from", f)?, ctx.date("--to", t)?);
            if from > to {
                return Err(UsageError::Argument(tr!(
                    lang,
                    msg::FROM_AFTER_TO,
                    from = i18n::date(lang, from),
                    to = i18n::date(lang, to)
                )));
            }
            Ok(Period::between(from, to))
        }
        _ => Ok(Period::year_of(ctx.today)),
    }
}

/// The period as a report's title names it: "Quý I/2025", "6 tháng đầu năm 2025".
pub fn period_words(p: &Period, lang: Lang) -> String {
    let (year, rest) = p.key.split_once('-').unwrap_or((p.key.as_str(), ""));
    match rest {
        "" if !p.key.contains("..") => tr!(lang, msg::PERIOD_YEAR, year = year),
        "H1" => tr!(lang, msg::PERIOD_H1, year = year),
        "H2" => tr!(lang, msg::PERIOD_H2, year = year),
        "9M" => tr!(lang, msg::PERIOD_9M, year = year),
        q if q.len() == 2 && q.starts_with('Q') => {
            let n = &q[1..];
            let shown = match (lang, n) {
                (Lang::Vi, "1") => "I",
                (Lang::Vi, "2") => "II",
                (Lang::Vi, "3") => "III",
                (Lang::Vi, "4") => "IV",
                _ => n,
            };
            tr!(lang, msg::PERIOD_QUARTER, q = shown, year = year)
        }
        m if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => {
            tr!(lang, msg::PERIOD_MONTH, month = m, year = year)
        }
        _ => msg::PERIOD_RANGE.text(lang).to_string(),
    }
}

/// "Năm 2023 (từ 01/01/2023 đến 31/12/2023), tính đến ngày 31/12/2023".
pub fn subtitle(r: &Report, lang: Lang) -> String {
    tr!(
        lang,
        msg::SUBTITLE,
        period = period_words(&r.period, lang),
        from = i18n::date(lang, r.period.from),
        to = i18n::date(lang, r.period.to),
        as_of = i18n::date(lang, r.as_of)
    )
}

/// The labels of the four categories: long ("Hoàn thành đúng hạn") and short ("Đúng hạn").
pub fn category_label(c: Category, lang: Lang, short: bool) -> &'static str {
    match (c, short) {
        (Category::DoneOnTime, false) => msg::CAT_DONE_ON_TIME.text(lang),
        (Category::DoneLate, false) => msg::CAT_DONE_LATE.text(lang),
        (Category::InTime, false) => msg::CAT_IN_TIME.text(lang),
        (Category::Overdue, false) => msg::CAT_OVERDUE.text(lang),
        (Category::DoneOnTime, true) => msg::SHORT_DONE_ON_TIME.text(lang),
        (Category::DoneLate, true) => msg::SHORT_DONE_LATE.text(lang),
        (Category::InTime, true) => msg::SHORT_IN_TIME.text(lang),
        (Category::Overdue, true) => msg::SHORT_OVERDUE.text(lang),
    }
}

/// "66,7%" in Vietnamese, "66.7%" in English; "—" when nothing was owed.
pub fn percent(c: &Counts, lang: Lang) -> String {
    match c.percent_done() {
        None => "—".to_string(),
        Some(p) => {
            let s = format!("{p:.1}%");
            let s = s.replace(".0%", "%");
            match lang {
                Lang::Vi => s.replace('.', ","),
                Lang::En => s,
            }
        }
    }
}

/// The index as people read it; the tasks of no index are named so.
pub fn index_name(index: &Option<String>, lang: Lang) -> String {
    index
        .clone()
        .unwrap_or_else(|| msg::NO_INDEX.text(lang).to_string())
}

// ------------------------------------------------------------------ JSON

#[derive(Serialize)]
struct Json<'a> {
    period: &'a str,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    as_of: chrono::NaiveDate,
    units: Vec<JsonUnit<'a>>,
    plans: Vec<JsonPlan<'a>>,
    indices: Vec<JsonIndex<'a>>,
    overdue: Vec<super::due::JsonEntry<'a>>,
    targets: Vec<JsonTarget<'a>>,
}

#[derive(Serialize)]
struct JsonUnit<'a> {
    org: &'a str,
    unit: &'a str,
    name: &'a str,
    lead: Counts,
    support: Counts,
}

#[derive(Serialize)]
struct JsonPlan<'a> {
    org: &'a str,
    plan: &'a str,
    title: &'a str,
    #[serde(flatten)]
    counts: Counts,
}

#[derive(Serialize)]
struct JsonIndex<'a> {
    /// Null for the tasks that belong to no index.
    index: Option<&'a str>,
    #[serde(flatten)]
    counts: Counts,
}

#[derive(Serialize)]
struct JsonTarget<'a> {
    plan: &'a str,
    id: &'a str,
    text: &'a str,
    index: &'a [String],
}

fn json(out: &mut dyn Write, loaded: &Loaded, r: &Report) -> Result<(), UsageError> {
    let repo = &loaded.repo;
    let value = Json {
        period: &r.period.key,
        from: r.period.from,
        to: r.period.to,
        as_of: r.as_of,
        units: r
            .units
            .iter()
            .map(|u| {
                let reg = &repo.registries[u.registry];
                let unit = &reg.units[u.unit as usize];
                JsonUnit {
                    org: &reg.org_id,
                    unit: &unit.code,
                    name: &unit.name,
                    lead: u.lead,
                    support: u.support,
                }
            })
            .collect(),
        plans: r
            .plans
            .iter()
            .map(|p| JsonPlan {
                org: &repo.registries[p.plan.registry].org_id,
                plan: &p.plan.id,
                title: &p.plan.title,
                counts: p.counts,
            })
            .collect(),
        indices: r
            .indices
            .iter()
            .map(|i| JsonIndex {
                index: i.index.as_deref(),
                counts: i.counts,
            })
            .collect(),
        overdue: r
            .overdue
            .iter()
            .map(|e| super::due::json_entry(loaded, e))
            .collect(),
        targets: r
            .targets
            .iter()
            .map(|(p, t)| JsonTarget {
                plan: &p.id,
                id: &t.id,
                text: &t.text,
                index: &t.index,
            })
            .collect(),
    };
    render::write_json(out, &value)
}

// ------------------------------------------------------------------ CSV and xlsx

/// One line of the counts: what the CSV writes and the xlsx sheets hold.
struct Line<'a> {
    scope: &'static str,
    org: &'a str,
    id: &'a str,
    name: &'a str,
    role: &'static str,
    counts: Counts,
}

/// Every line of counts: units (as lead, then as support), plans, indices.
fn lines<'a>(loaded: &'a Loaded, r: &'a Report) -> Vec<Line<'a>> {
    let repo = &loaded.repo;
    let mut out = Vec::new();
    for u in &r.units {
        let reg = &repo.registries[u.registry];
        let unit = &reg.units[u.unit as usize];
        for (role, counts) in [("lead", u.lead), ("support", u.support)] {
            out.push(Line {
                scope: "unit",
                org: &reg.org_id,
                id: &unit.code,
                name: &unit.name,
                role,
                counts,
            });
        }
    }
    for p in &r.plans {
        out.push(Line {
            scope: "plan",
            org: &repo.registries[p.plan.registry].org_id,
            id: &p.plan.id,
            name: &p.plan.title,
            role: "",
            counts: p.counts,
        });
    }
    for i in &r.indices {
        let name = i.index.as_deref().unwrap_or("");
        out.push(Line {
            scope: "index",
            org: "",
            id: name,
            name,
            role: "",
            counts: i.counts,
        });
    }
    out
}

fn csv(out: &mut dyn Write, loaded: &Loaded, r: &Report) -> std::io::Result<()> {
    let mut header = vec!["scope", "org", "id", "name", "role"];
    header.extend(Category::ALL.iter().map(|c| c.as_str()));
    header.extend(["total", "percent_done"]);
    render::csv_row(out, &header)?;
    for l in lines(loaded, r) {
        let c = l.counts;
        let pct = c
            .percent_done()
            .map(|p| format!("{p:.1}"))
            .unwrap_or_default();
        render::csv_row(
            out,
            &[
                l.scope,
                l.org,
                l.id,
                l.name,
                l.role,
                &c.done_on_time.to_string(),
                &c.done_late.to_string(),
                &c.in_time.to_string(),
                &c.overdue.to_string(),
                &c.total.to_string(),
                &pct,
            ],
        )?;
    }
    Ok(())
}

/// The count columns, from `first`: four categories, total, % done (a share of them).
fn count_columns(lang: Lang) -> Vec<xlsx::Column> {
    let mut cols: Vec<xlsx::Column> = Category::ALL
        .iter()
        .map(|&c| xlsx::Column::new(category_label(c, lang, false), xlsx::Kind::Count))
        .collect();
    cols.push(xlsx::Column::new(
        msg::COL_TOTAL.text(lang),
        xlsx::Kind::Count,
    ));
    cols.push(xlsx::Column::new(
        msg::COL_PERCENT.text(lang),
        xlsx::Kind::Percent,
    ));
    cols
}

fn count_values(c: &Counts, first: usize) -> Vec<xlsx::Value> {
    let mut v: Vec<xlsx::Value> = Category::ALL
        .iter()
        .map(|&k| match (k, c.get(k)) {
            (Category::Overdue, n) if n > 0 => xlsx::Value::TintedInt(n as i64, Tint::Red),
            (_, n) => xlsx::Value::Int(n as i64),
        })
        .collect();
    v.push(xlsx::Value::Int(c.total as i64));
    v.push(xlsx::Value::Share {
        parts: vec![first, first + 1],
        whole: first + 4,
    });
    v
}

fn sheets(loaded: &Loaded, r: &Report, lang: Lang) -> Vec<xlsx::Sheet> {
    use xlsx::{Column, Kind, Sheet, Value};
    let t = |m: &i18n::Msg| m.text(lang).to_string();
    let all = lines(loaded, r);
    let of_scope = |scope: &'static str| all.iter().filter(move |l| l.scope == scope);
    let role = |r: &str| match r {
        "lead" => t(&i18n::COL_LEAD),
        _ => t(&i18n::COL_SUPPORT),
    };

    let mut unit_cols = vec![
        Column::new(t(&msg::COL_ORG), Kind::Code),
        Column::new(t(&msg::COL_UNIT), Kind::Code),
        Column::new(t(&crate::i18n::units::COL_NAME), Kind::Words),
        Column::new(t(&i18n::COL_ROLE), Kind::Code),
    ];
    unit_cols.extend(count_columns(lang));
    let units = Sheet {
        name: t(&msg::SHEET_UNITS),
        columns: unit_cols,
        rows: of_scope("unit")
            .map(|l| {
                let mut v = vec![
                    Value::Text(l.org.into()),
                    Value::Text(l.id.into()),
                    Value::Text(l.name.into()),
                    Value::Text(role(l.role)),
                ];
                v.extend(count_values(&l.counts, 4));
                v
            })
            .collect(),
        // Units share tasks (a group, lead and support): their lines do not add up to
        // anything a reader wants; the plans' do.
        totals: None,
    };
    let mut plan_cols = vec![
        Column::new(t(&msg::COL_ORG), Kind::Code),
        Column::new(t(&msg::COL_PLAN), Kind::Code),
        Column::new(t(&i18n::COL_TITLE), Kind::Words),
    ];
    plan_cols.extend(count_columns(lang));
    let plans = Sheet {
        name: t(&msg::SHEET_PLANS),
        columns: plan_cols,
        rows: of_scope("plan")
            .map(|l| {
                let mut v = vec![
                    Value::Text(l.org.into()),
                    Value::Text(l.id.into()),
                    Value::Text(l.name.into()),
                ];
                v.extend(count_values(&l.counts, 3));
                v
            })
            .collect(),
        totals: Some(t(&msg::SHEET_TOTAL)),
    };
    let mut index_cols = vec![Column::new(t(&msg::COL_INDEX), Kind::Code)];
    index_cols.extend(count_columns(lang));
    let indices = Sheet {
        name: t(&msg::SHEET_INDICES),
        columns: index_cols,
        rows: r
            .indices
            .iter()
            .map(|i| {
                let mut v = vec![Value::Text(index_name(&i.index, lang))];
                v.extend(count_values(&i.counts, 1));
                v
            })
            .collect(),
        totals: None,
    };
    let overdue = Sheet {
        name: t(&msg::SHEET_OVERDUE),
        columns: vec![
            Column::new(t(&i18n::COL_LAST_DAY), Kind::Date),
            Column::new(t(&msg::COL_DUE_DAY), Kind::Date),
            Column::new(t(&msg::COL_DAYS), Kind::Number),
            Column::new(t(&msg::COL_ORG), Kind::Code),
            Column::new(t(&msg::COL_PLAN), Kind::Code),
            Column::new(t(&i18n::COL_TASK), Kind::Code),
            Column::new(t(&i18n::COL_TITLE), Kind::Words),
            Column::new(t(&i18n::COL_LEAD), Kind::Code),
            Column::new(t(&i18n::COL_SUPPORT), Kind::Code),
            Column::new(t(&i18n::COL_PERIOD), Kind::Code),
        ],
        rows: r
            .overdue
            .iter()
            .map(|e| {
                let reg = &loaded.repo.registries[e.plan.registry];
                vec![
                    Value::Date(e.occurrence.last_day),
                    Value::Date(e.occurrence.due),
                    Value::Int(e.days),
                    Value::Text(reg.org_id.clone()),
                    Value::Text(e.plan.id.clone()),
                    Value::Text(e.task.id().into()),
                    Value::Text(e.task.title().into()),
                    Value::Tinted(
                        super::due::codes(reg, e.task.lead()).join(", "),
                        Some(Tint::Red),
                    ),
                    Value::Text(super::due::codes(reg, e.task.support()).join(", ")),
                    Value::Text(e.period().unwrap_or("").into()),
                ]
            })
            .collect(),
        totals: None,
    };
    let targets = Sheet {
        name: t(&msg::SHEET_TARGETS),
        columns: vec![
            Column::new(t(&msg::COL_PLAN), Kind::Code),
            Column::new(t(&msg::COL_TARGET_ID), Kind::Code),
            Column::new(t(&msg::COL_TARGET), Kind::Words),
            Column::new(t(&msg::COL_INDEX), Kind::Code),
        ],
        rows: r
            .targets
            .iter()
            .map(|(p, tg)| {
                vec![
                    Value::Text(p.id.clone()),
                    Value::Text(tg.id.clone()),
                    Value::Text(tg.text.clone()),
                    Value::Text(tg.index.join(", ")),
                ]
            })
            .collect(),
        totals: None,
    };
    let about = Sheet {
        name: t(&msg::SHEET_ABOUT),
        columns: vec![
            Column::new(t(&msg::TITLE), Kind::Words),
            Column::new("", Kind::Words),
        ],
        rows: vec![
            vec![
                Value::Text(t(&msg::PERIOD_RANGE)),
                Value::Text(period_words(&r.period, lang)),
            ],
            vec![Value::Text(t(&msg::LABEL_FROM)), Value::Date(r.period.from)],
            vec![Value::Text(t(&msg::LABEL_TO)), Value::Date(r.period.to)],
            vec![Value::Text(t(&msg::LABEL_AS_OF)), Value::Date(r.as_of)],
            vec![
                Value::Text(t(&msg::HEAD_SUMMARY)),
                Value::Text(summary(&r.total, lang)),
            ],
        ],
        totals: None,
    };
    vec![units, plans, indices, overdue, targets, about]
}

/// The sentence that sums the period up.
pub fn summary(c: &Counts, lang: Lang) -> String {
    tr!(
        lang,
        msg::SUMMARY_LINE,
        total = c.total,
        done_on_time = c.done_on_time,
        done_late = c.done_late,
        in_time = c.in_time,
        overdue = c.overdue,
        percent = percent(c, lang)
    )
}

// ------------------------------------------------------------------ table and Markdown

fn text(
    out: &mut dyn Write,
    loaded: &Loaded,
    r: &Report,
    lang: Lang,
    format: Format,
    screen: render::table::Screen,
) -> std::io::Result<()> {
    use render::table::{self, Cell, Column};
    let md = format == Format::Md;
    let repo = &loaded.repo;
    let t = |m: &i18n::Msg| m.text(lang);
    let heading = |out: &mut dyn Write, level: usize, s: &str| -> std::io::Result<()> {
        if md {
            writeln!(out, "{} {}\n", "#".repeat(level), render::md_cell(s))
        } else {
            writeln!(out, "{}", render::nfc(s))?;
            if level <= 2 {
                writeln!(
                    out,
                    "{}",
                    "=".repeat(unicode_width::UnicodeWidthStr::width(s))
                )?;
            }
            Ok(())
        }
    };
    // Prose, wrapped at words to the screen like the tables' titles.
    let para = |out: &mut dyn Write, text: &str| {
        table::write_prose(out, "", text, screen.width.filter(|_| !md))
    };
    heading(out, 1, t(&msg::TITLE))?;
    para(out, &subtitle(r, lang))?;
    writeln!(out)?;
    para(out, &summary(&r.total, lang))?;
    writeln!(out)?;

    let counts_columns = || -> Vec<Column> {
        let mut c: Vec<Column> = Category::ALL
            .iter()
            .map(|&k| Column::pieces(category_label(k, lang, true)))
            .collect();
        c.push(Column::pieces(t(&msg::COL_TOTAL)));
        c.push(Column::pieces(t(&msg::COL_PERCENT)));
        c
    };
    let count_cells = |c: &Counts| -> Vec<Cell<'static>> {
        let mut v: Vec<Cell> = Category::ALL
            .iter()
            .map(|&k| {
                let n = c.get(k);
                match (k, n) {
                    (Category::Overdue, n) if n > 0 => Cell::tinted(n.to_string(), Tint::Red),
                    _ => Cell::new(n.to_string()),
                }
            })
            .collect();
        v.push(Cell::new(c.total.to_string()));
        v.push(Cell::new(percent(c, lang)));
        v
    };

    heading(out, 2, t(&msg::HEAD_UNITS))?;
    let several = {
        let mut regs: Vec<usize> = r.units.iter().map(|u| u.registry).collect();
        regs.dedup();
        regs.len() > 1
    };
    let mut columns = vec![
        Column::pieces(t(&msg::COL_UNIT)),
        Column::words(t(&crate::i18n::units::COL_NAME)),
        Column::pieces(t(&i18n::COL_ROLE)),
    ];
    columns.extend(counts_columns());
    // Units with nothing in the period are named after the tables, by organisation; an
    // organisation with no such unit gets no table.
    let mut idle: Vec<String> = Vec::new();
    let mut regs: Vec<usize> = r.units.iter().map(|u| u.registry).collect();
    regs.dedup();
    for ri in regs {
        let reg = &repo.registries[ri];
        let mut rows: Vec<(&str, &str, &str, &Counts)> = Vec::new();
        let mut none: Vec<&str> = Vec::new();
        for u in r.units.iter().filter(|u| u.registry == ri) {
            let unit = &reg.units[u.unit as usize];
            if u.lead.total == 0 && u.support.total == 0 {
                none.push(&unit.code);
                continue;
            }
            for (role, c) in [
                (t(&msg::AS_LEAD), &u.lead),
                (t(&msg::AS_SUPPORT), &u.support),
            ] {
                if c.total > 0 {
                    rows.push((&unit.code, &unit.name, role, c));
                }
            }
        }
        if !none.is_empty() {
            idle.push(match several {
                true => format!("{} ({})", reg.org_id, none.join(", ")),
                false => none.join(", "),
            });
        }
        if rows.is_empty() {
            continue;
        }
        if several {
            heading(out, 3, &format!("{} ({})", reg.org_id, reg.org_name))?;
        }
        table::write(
            out,
            format,
            screen,
            &columns,
            &rows,
            |(code, name, role, c)| {
                let mut v = vec![Cell::new(*code), Cell::new(*name), Cell::new(*role)];
                v.extend(count_cells(c));
                v
            },
        )?;
        writeln!(out)?;
    }
    if !idle.is_empty() {
        para(
            out,
            &tr!(lang, msg::UNITS_WITHOUT_TASKS, list = idle.join("; ")),
        )?;
        writeln!(out)?;
    }

    heading(out, 2, t(&msg::HEAD_PLANS))?;
    let mut columns = vec![
        Column::pieces(t(&msg::COL_PLAN)),
        Column::words(t(&i18n::COL_TITLE)),
    ];
    columns.extend(counts_columns());
    table::write(out, format, screen, &columns, &r.plans, |p| {
        let mut v = vec![
            Cell::new(p.plan.id.as_str()),
            Cell::new(p.plan.title.as_str()),
        ];
        v.extend(count_cells(&p.counts));
        v
    })?;
    writeln!(out)?;

    heading(out, 2, t(&msg::HEAD_INDICES))?;
    let mut columns = vec![Column::pieces(t(&msg::COL_INDEX))];
    columns.extend(counts_columns());
    table::write(out, format, screen, &columns, &r.indices, |i| {
        let mut v = vec![Cell::new(index_name(&i.index, lang))];
        v.extend(count_cells(&i.counts));
        v
    })?;
    writeln!(out)?;

    heading(out, 2, t(&msg::HEAD_OVERDUE))?;
    if r.overdue.is_empty() {
        writeln!(out, "{}\n", t(&msg::NOTHING_OVERDUE))?;
    } else {
        let columns = [
            Column::pieces(t(&i18n::COL_LAST_DAY)),
            Column::pieces(t(&i18n::COL_TASK)),
            Column::words(t(&i18n::COL_TITLE)),
            Column::pieces(t(&i18n::COL_LEAD)),
            Column::pieces(t(&i18n::COL_SUPPORT)),
            Column::pieces(t(&i18n::COL_PERIOD)),
        ];
        table::write(out, format, screen, &columns, &r.overdue, |e| {
            let reg = &repo.registries[e.plan.registry];
            let sep = if md { " " } else { "\n" };
            let last = format!(
                "{}{sep}({})",
                i18n::date(lang, e.occurrence.due),
                super::due::days_text(e.days, lang)
            );
            vec![
                Cell::tinted(last, Tint::Red),
                Cell::known(e.task.target(), e.task.simple()),
                Cell::known(e.task.title(), e.task.simple()),
                Cell::new(super::due::joined(reg, e.task.lead())),
                Cell::new(super::due::joined(reg, e.task.support())),
                Cell::new(e.period().unwrap_or("")),
            ]
        })?;
        writeln!(out)?;
    }

    heading(out, 2, t(&msg::HEAD_TARGETS))?;
    if r.targets.is_empty() {
        writeln!(out, "{}", t(&msg::NO_TARGETS))?;
    } else {
        let columns = [
            Column::pieces(t(&msg::COL_PLAN)),
            Column::pieces(t(&msg::COL_TARGET_ID)),
            Column::words(t(&msg::COL_TARGET)),
        ];
        table::write(out, format, screen, &columns, &r.targets, |(p, tg)| {
            vec![
                Cell::new(p.id.as_str()),
                Cell::new(tg.id.as_str()),
                Cell::new(tg.text.as_str()),
            ]
        })?;
    }
    if !md {
        writeln!(out)?;
        para(
            out,
            &tr!(lang, msg::NOTE_COUNTING, as_of = i18n::date(lang, r.as_of)),
        )?;
    } else {
        writeln!(
            out,
            "\n_{}_",
            tr!(lang, msg::NOTE_COUNTING, as_of = i18n::date(lang, r.as_of))
        )?;
    }
    Ok(())
}
