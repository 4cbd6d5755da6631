//! `kpi holidays [--year Y | --from D --to D]`: the days off and make-up working days of a
//! year, each with its weekday, name and source ("provisional" for a computed year), as a
//! table, Markdown, CSV, JSON or iCalendar.

use std::io::Write;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::cli::{Format, HolidaysArgs};
use crate::config::{Context, Lang};
use crate::diagnostic::{Severity, render};
use crate::i18n::{self, holidays as m};
use crate::schedule::calendar::{self, Entry, Source, Status, lunar};
use crate::style::Style;
use crate::{Exit, UsageError, tr};

/// The longest range listed at once.
const MAX_YEARS: i32 = 10;

#[derive(Serialize)]
struct Json {
    from: NaiveDate,
    to: NaiveDate,
    years: Vec<JsonYear>,
    days: Vec<JsonDay>,
}

#[derive(Serialize)]
struct JsonYear {
    year: i32,
    status: &'static str,
    documents: Vec<JsonDoc>,
}

#[derive(Serialize)]
struct JsonDoc {
    number: &'static str,
    date: NaiveDate,
    url: &'static str,
}

#[derive(Serialize)]
struct JsonDay {
    date: NaiveDate,
    weekday: String,
    kind: &'static str,
    holiday: Option<&'static str>,
    name: String,
    source: String,
    status: &'static str,
}

/// The source as machines read it: a document number, `labour-code`, `provisional`,
/// `kpi.toml`.
fn source_id(s: Source) -> String {
    match s {
        Source::Decision(doc) => doc.number.to_string(),
        Source::LabourCode => "labour-code".into(),
        Source::Provisional => "provisional".into(),
        Source::Local => "kpi.toml".into(),
    }
}

fn status_id(s: Source) -> &'static str {
    match s {
        Source::Decision(_) | Source::LabourCode => "official",
        Source::Provisional => "provisional",
        Source::Local => "local",
    }
}

fn kind_label(e: &Entry, lang: Lang) -> &'static str {
    let msg = match e.kind_id() {
        "holiday" => m::KIND_HOLIDAY,
        "in-lieu" => m::KIND_IN_LIEU,
        "swapped" => m::KIND_SWAPPED,
        "local" => m::KIND_LOCAL,
        _ => m::KIND_WORKDAY,
    };
    msg.text(lang)
}

/// The period asked for: --from/--to, --year, else this year.
fn period(ctx: &Context, args: &HolidaysArgs) -> Result<(NaiveDate, NaiveDate), UsageError> {
    let range = |y: i32| {
        lunar::YEARS
            .contains(&y)
            .then(|| NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31)))
            .flatten()
    };
    let out_of_range = |what: &str| {
        UsageError::Argument(tr!(
            ctx.lang,
            m::YEARS_KNOWN,
            what = what,
            first = lunar::YEARS.start(),
            last = lunar::YEARS.end()
        ))
    };
    if let (Some(from), Some(to)) = (&args.from, &args.to) {
        let (from, to) = (ctx.date("--from", from)?, ctx.date("--to", to)?);
        if to < from {
            return Err(UsageError::Argument(tr!(
                ctx.lang,
                m::RANGE_ORDER,
                from = i18n::date(ctx.lang, from),
                to = i18n::date(ctx.lang, to)
            )));
        }
        if !lunar::YEARS.contains(&from.year()) || !lunar::YEARS.contains(&to.year()) {
            return Err(out_of_range("--from/--to"));
        }
        if to.year() - from.year() >= MAX_YEARS {
            return Err(UsageError::Argument(
                m::RANGE_TOO_LONG.text(ctx.lang).to_string(),
            ));
        }
        return Ok((from, to));
    }
    let year = args.year.unwrap_or(ctx.today.year());
    range(year).ok_or_else(|| out_of_range(&format!("--year {year}")))
}

/// One line per year: official (with its documents) or provisional (with the rule).
fn year_lines(from: NaiveDate, to: NaiveDate, lang: Lang) -> Vec<String> {
    (from.year()..=to.year())
        .filter_map(calendar::shipped)
        .map(|y| match y.status {
            Status::Official => tr!(
                lang,
                m::YEAR_OFFICIAL,
                year = y.year,
                documents = y
                    .documents
                    .iter()
                    .map(|d| d.cite())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Status::Provisional => tr!(lang, m::YEAR_PROVISIONAL, year = y.year),
        })
        .collect()
}

pub fn run(
    ctx: &Context,
    args: &HolidaysArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let (settings, diags, sources) = crate::load::settings(ctx.root.as_deref(), ctx.lang);
    let style = Style::stderr(ctx.color);
    for d in &diags {
        writeln!(err, "{}", render::human(&sources, d, &style, ctx.lang))?;
    }
    let broken = diags.iter().any(|d| d.severity == Severity::Error);
    let (from, to) = period(ctx, args)?;
    let lang = ctx.lang;
    let entries = settings.calendar().listing(from, to);
    match ctx.format {
        Format::Json => {
            let years = (from.year()..=to.year())
                .filter_map(calendar::shipped)
                .map(|y| JsonYear {
                    year: y.year,
                    status: y.status.id(),
                    documents: y
                        .documents
                        .iter()
                        .map(|d| JsonDoc {
                            number: d.number,
                            date: d.issued(),
                            url: d.url,
                        })
                        .collect(),
                })
                .collect();
            let days = entries
                .iter()
                .map(|e| JsonDay {
                    date: e.date(),
                    weekday: e.date().weekday().to_string(),
                    kind: e.kind_id(),
                    holiday: e.holiday().map(|h| h.id()),
                    name: e.label(lang),
                    source: source_id(e.source()),
                    status: status_id(e.source()),
                })
                .collect();
            crate::render::write_json(
                out,
                &Json {
                    from,
                    to,
                    years,
                    days,
                },
            )?;
        }
        Format::Csv => {
            crate::render::csv_row(
                out,
                &[
                    "date", "weekday", "kind", "holiday", "name", "source", "status",
                ],
            )?;
            for e in &entries {
                crate::render::csv_row(
                    out,
                    &[
                        &e.date().to_string(),
                        &e.date().weekday().to_string(),
                        e.kind_id(),
                        e.holiday().map_or("", |h| h.id()),
                        &e.label(lang),
                        &source_id(e.source()),
                        status_id(e.source()),
                    ],
                )?;
            }
        }
        Format::Ics => {
            let events: Vec<crate::render::ics::Event> = entries
                .iter()
                .map(|e| {
                    let provisional = e.source() == Source::Provisional;
                    let mut summary = e.label(lang);
                    if provisional {
                        summary.push_str(match lang {
                            Lang::Vi => " (tạm tính)",
                            Lang::En => " (provisional)",
                        });
                    }
                    crate::render::ics::Event {
                        uid: format!("{}-{}@holidays.kpi", e.date(), e.kind_id()),
                        day: e.date(),
                        summary,
                        description: format!("{}: {}", kind_label(e, lang), e.source().text(lang)),
                        category: e.kind_id().into(),
                        alarm_days: None,
                    }
                })
                .collect();
            let years = if from.year() == to.year() {
                from.year().to_string()
            } else {
                format!("{}–{}", from.year(), to.year())
            };
            let name = match lang {
                Lang::Vi => format!("Ngày nghỉ lễ {years}"),
                Lang::En => format!("Public holidays {years}"),
            };
            crate::render::ics::write(
                out,
                &crate::render::ics::Calendar {
                    product: "kpi holidays",
                    name: &name,
                    stamp: ctx.today,
                    events: &events,
                },
            )?;
        }
        Format::Table | Format::Md | Format::Xlsx | Format::Html => {
            let md = ctx.format == Format::Md;
            for l in year_lines(from, to, lang) {
                writeln!(out, "{l}")?;
                if md {
                    writeln!(out)?;
                }
            }
            if !md {
                writeln!(out)?;
            }
            use crate::render::table::{self, Cell, Column, Screen};
            let columns = [
                Column::pieces(m::HEAD_DATE.text(lang)),
                Column::pieces(m::HEAD_WEEKDAY.text(lang)),
                Column::words(m::HEAD_KIND.text(lang)),
                Column::words(m::HEAD_NAME.text(lang)),
                Column::words(m::HEAD_SOURCE.text(lang)),
            ];
            let screen = Screen::stdout(Style::stdout(ctx.color).enabled());
            table::write(out, ctx.format, screen, &columns, &entries, |e| {
                vec![
                    Cell::new(i18n::date(lang, e.date())),
                    Cell::new(i18n::weekday(lang, e.date())),
                    Cell::new(kind_label(e, lang)),
                    Cell::new(e.label(lang)),
                    Cell::new(e.source().text(lang)),
                ]
            })?;
        }
    }
    Ok(if broken { Exit::Usage } else { Exit::Success })
}
