//! `kpi schedule "PHRASE"`: how kpi reads a deadline phrase, occurrence by occurrence.

use std::io::Write;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::cli::{Format, ScheduleArgs};
use crate::config::{Context, Lang};
use crate::diagnostic::render;
use crate::schedule::{self, Calendar, Rules, phrase};
use crate::style::Style;
use crate::{Exit, UsageError};

#[derive(Serialize)]
struct Json<'a> {
    phrase: &'a str,
    kind: &'static str,
    occurrences: Vec<JsonOccurrence>,
}

#[derive(Serialize)]
struct JsonOccurrence {
    key: String,
    start: Option<NaiveDate>,
    last_day: NaiveDate,
    due: NaiveDate,
}

pub fn run(
    ctx: &Context,
    args: &ScheduleArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let (settings, diags, sources) = crate::load::settings(ctx.root.as_deref(), ctx.lang);
    let style_err = Style::stderr(ctx.color);
    for d in &diags {
        writeln!(err, "{}", render::human(&sources, d, &style_err, ctx.lang))?;
    }
    let style = Style::stderr(ctx.color);
    let parsed = match phrase::parse(&args.phrase) {
        Ok(p) => p,
        Err(e) => {
            writeln!(
                err,
                "{}: {}",
                style.error().paint("error"),
                e.describe(&args.phrase)
            )?;
            writeln!(
                err,
                "\nkpi reads deadlines written in these forms:\n{}",
                phrase::FORMS
            )?;
            return Ok(Exit::Found);
        }
    };
    let from = args
        .from
        .as_deref()
        .map(|t| ctx.date("--from", t))
        .transpose()?;
    let to = args
        .to
        .as_deref()
        .map(|t| ctx.date("--to", t))
        .transpose()?;
    let period = match (args.year, from, to) {
        (_, Some(from), Some(to)) if from > to => {
            return Err(UsageError::Usage(format!(
                "--from {from} is after --to {to}"
            )));
        }
        (_, Some(from), Some(to)) => (from, to),
        // Without a period, the years the phrase names, else this year.
        (year, _, _) => {
            let (a, b) = match year {
                Some(y) => (y, y),
                None => parsed
                    .years()
                    .unwrap_or((ctx.today.year(), ctx.today.year())),
            };
            match (
                NaiveDate::from_ymd_opt(a, 1, 1),
                NaiveDate::from_ymd_opt(b, 12, 31),
            ) {
                (Some(a), Some(b)) if (1900..=2200).contains(&a.year()) && b.year() <= 2200 => {
                    (a, b)
                }
                _ => {
                    return Err(UsageError::Usage(format!(
                        "--year {a} is out of range (1900 to 2200)"
                    )));
                }
            }
        }
    };
    let calendar = settings.calendar();
    let rules = Rules {
        calendar: &calendar,
        report_day: settings.report_day,
    };
    let s = schedule::resolve::resolve(&parsed, period, &rules);
    let lang = ctx.lang(&settings);
    match ctx.format {
        Format::Json => {
            let json = Json {
                phrase: &args.phrase,
                kind: s.kind.as_str(),
                occurrences: s
                    .occurrences
                    .iter()
                    .map(|o| JsonOccurrence {
                        key: o.key.clone(),
                        start: o.start,
                        last_day: o.last_day,
                        due: o.due,
                    })
                    .collect(),
            };
            crate::render::write_json(out, &json)?;
        }
        Format::Csv => {
            writeln!(out, "key,start,last_day,due")?;
            for o in &s.occurrences {
                let start = o.start.map(|d| d.to_string()).unwrap_or_default();
                writeln!(out, "{},{start},{},{}", o.key, o.last_day, o.due)?;
            }
        }
        Format::Md | Format::Table | Format::Ics => {
            let md = ctx.format == Format::Md;
            let head = match lang {
                Lang::Vi => ["Kỳ", "Khoảng thời gian", "Hạn cuối", "Đến hạn"],
                Lang::En => ["Key", "Window", "Last day", "Due"],
            };
            let rows: Vec<[String; 4]> = s
                .occurrences
                .iter()
                .map(|o| {
                    let window = o
                        .start
                        .map_or_else(|| "—".to_string(), |st| format!("{st} .. {}", o.last_day));
                    let due = if o.due == o.last_day {
                        o.due.to_string()
                    } else {
                        format!(
                            "{} ({})",
                            o.due,
                            rolled_because(o.last_day, &calendar, lang)
                        )
                    };
                    [
                        o.key.clone(),
                        window,
                        format!("{} {}", o.last_day, weekday(o.last_day, lang)),
                        due,
                    ]
                })
                .collect();
            writeln!(
                out,
                "{}",
                summary(&args.phrase, s.kind.as_str(), period, lang)
            )?;
            if rows.is_empty() {
                writeln!(out, "{}", no_occurrence(s.kind, lang))?;
            } else {
                writeln!(out)?;
                write_rows(out, &head, &rows, md)?;
            }
            if s.on_request && !s.occurrences.is_empty() {
                writeln!(
                    out,
                    "\n{}",
                    match lang {
                        Lang::Vi => "Ngoài ra: khi có yêu cầu (đột xuất).",
                        Lang::En => "Also: on request.",
                    }
                )?;
            }
            if s.yearly {
                writeln!(
                    out,
                    "\n{}",
                    match lang {
                        Lang::Vi =>
                            "Cụm từ không ghi năm: lặp lại hằng năm trong thời gian của kế hoạch.",
                        Lang::En => "The phrase names no year: it recurs every year of the period.",
                    }
                )?;
            }
            for o in &s.outside {
                writeln!(
                    out,
                    "\n{} {} ({})",
                    match lang {
                        Lang::Vi => "Ngoài thời gian của kế hoạch, bỏ qua:",
                        Lang::En => "Outside the period, dropped:",
                    },
                    o.key,
                    o.last_day
                )?;
            }
        }
    }
    Ok(Exit::Success)
}

fn summary(phrase: &str, kind: &str, period: (NaiveDate, NaiveDate), lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "“{phrase}”: {kind}, trong thời gian {} .. {}",
            period.0, period.1
        ),
        Lang::En => format!("“{phrase}”: {kind}, over {} .. {}", period.0, period.1),
    }
}

fn no_occurrence(kind: schedule::Kind, lang: Lang) -> &'static str {
    use schedule::Kind::*;
    match (kind, lang) {
        (Ongoing, Lang::Vi) => "Thường xuyên: không có hạn, không bao giờ quá hạn.",
        (Ongoing, Lang::En) => "Ongoing: no occurrence, never overdue.",
        (OnRequest, Lang::Vi) => "Khi có yêu cầu: chưa có hạn cho đến khi có yêu cầu.",
        (OnRequest, Lang::En) => "On request: no occurrence until a request is recorded.",
        (Elsewhere, Lang::Vi) => "Theo kế hoạch khác: thời hạn do văn bản khác quy định.",
        (Elsewhere, Lang::En) => "Set elsewhere: the deadline is fixed by another document.",
        (_, Lang::Vi) => "Không có lần nào trong thời gian này.",
        (_, Lang::En) => "No occurrence in this period.",
    }
}

fn weekday(d: NaiveDate, lang: Lang) -> &'static str {
    let i = d.weekday().num_days_from_monday() as usize;
    match lang {
        Lang::Vi => ["T2", "T3", "T4", "T5", "T6", "T7", "CN"][i],
        Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i],
    }
}

/// Why a last day moved: the weekday, or the holiday's name.
fn rolled_because(last: NaiveDate, calendar: &Calendar, lang: Lang) -> String {
    match calendar.holiday_name(last, lang) {
        Some(name) => name,
        None if calendar.is_holiday(last) => match lang {
            Lang::Vi => "ngày nghỉ lễ".into(),
            Lang::En => "public holiday".into(),
        },
        None => match lang {
            Lang::Vi => format!("{} là ngày nghỉ", weekday(last, lang)),
            Lang::En => format!("{} is a day off", weekday(last, lang)),
        },
    }
}

fn write_rows(
    out: &mut dyn Write,
    head: &[&str; 4],
    rows: &[[String; 4]],
    md: bool,
) -> std::io::Result<()> {
    use unicode_width::UnicodeWidthStr;
    if md {
        writeln!(out, "| {} |", head.join(" | "))?;
        writeln!(out, "|---|---|---|---|")?;
        for r in rows {
            writeln!(out, "| {} |", r.join(" | "))?;
        }
        return Ok(());
    }
    let mut widths = head.map(|h| h.width());
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.width());
        }
    }
    let line = |cells: [&str; 4]| {
        cells
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.width())))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(*head))?;
    for r in rows {
        writeln!(out, "{}", line([&r[0], &r[1], &r[2], &r[3]]))?;
    }
    Ok(())
}
