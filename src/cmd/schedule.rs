//! `kpi schedule "PHRASE"`: how kpi reads a deadline phrase, form by form and occurrence
//! by occurrence; `kpi schedule --forms`: the registry of forms.

use std::io::Write;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::cli::{Format, ScheduleArgs};
use crate::config::{Context, Lang};
use crate::diagnostic::render;
use crate::i18n::{self, phrase as m};
use crate::schedule::phrase::{self, FORMS, PhraseError, RULES};
use crate::schedule::{self, Calendar, Rules};
use crate::style::Style;
use crate::{Exit, UsageError, tr};

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

#[derive(Serialize)]
struct JsonForm {
    id: &'static str,
    meaning: &'static str,
    examples: Vec<&'static str>,
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
    let lang = ctx.lang(&settings);
    let Some(text) = args.phrase.as_deref().filter(|_| !args.forms) else {
        forms(out, ctx.format, lang)?;
        return Ok(Exit::Success);
    };
    let parsed = match phrase::parse(text) {
        Ok(p) => p,
        Err(e) => {
            explain_error(err, &style, text, &e, lang)?;
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
            return Err(UsageError::Argument(tr!(
                lang,
                m::SCHEDULE_FROM_AFTER_TO,
                from = from,
                to = to
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
                    return Err(UsageError::Argument(tr!(
                        lang,
                        m::SCHEDULE_BAD_YEAR,
                        year = a
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
    match ctx.format {
        Format::Json => {
            let json = Json {
                phrase: text,
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
        Format::Md | Format::Table | Format::Ics | Format::Xlsx | Format::Html => {
            let md = ctx.format == Format::Md;
            let date = |d: NaiveDate| i18n::date(lang, d);
            writeln!(
                out,
                "{}",
                tr!(
                    lang,
                    m::SCHEDULE_SUMMARY,
                    phrase = text,
                    kind = s.kind.words(lang),
                    from = date(period.0),
                    to = date(period.1)
                )
            )?;
            // What each form read, and what it means; the parts one form read, together.
            writeln!(out, "\n{}", m::SCHEDULE_READ_AS.text(lang))?;
            let bullet = if md { "-" } else { " " };
            let part = |r: &phrase::Reading| {
                text.get(r.span.0 as usize..r.span.1 as usize)
                    .unwrap_or(text)
            };
            let mut readings = parsed.readings.iter().peekable();
            while let Some(r) = readings.next() {
                let mut quoted = vec![format!("“{}”", part(r))];
                while let Some(next) = readings.next_if(|n| n.form == r.form) {
                    quoted.push(format!("“{}”", part(next)));
                }
                let meaning = FORMS
                    .iter()
                    .find(|f| f.id == r.form)
                    .map_or("", |f| f.meaning(lang));
                writeln!(out, "{bullet} {}: {meaning}", quoted.join(", "))?;
            }
            let head = [
                m::SCHEDULE_HEAD_KEY.text(lang),
                m::SCHEDULE_HEAD_WINDOW.text(lang),
                m::SCHEDULE_HEAD_LAST.text(lang),
                m::SCHEDULE_HEAD_DUE.text(lang),
            ];
            let rows: Vec<[String; 4]> = s
                .occurrences
                .iter()
                .map(|o| {
                    let window = o.start.map_or_else(
                        || "—".to_string(),
                        |st| format!("{} .. {}", date(st), date(o.last_day)),
                    );
                    let due = if o.due == o.last_day {
                        date(o.due)
                    } else {
                        format!(
                            "{} ({})",
                            date(o.due),
                            rolled_because(o.last_day, &calendar, lang)
                        )
                    };
                    [
                        o.key.clone(),
                        window,
                        format!("{} {}", date(o.last_day), i18n::weekday(lang, o.last_day)),
                        due,
                    ]
                })
                .collect();
            writeln!(out)?;
            if rows.is_empty() {
                writeln!(out, "{}", no_occurrence(s.kind, lang))?;
            } else {
                write_rows(out, &head, &rows, md)?;
            }
            let mut notes: Vec<String> = Vec::new();
            if s.on_request && !s.occurrences.is_empty() {
                notes.push(m::SCHEDULE_ALSO_REQUEST.text(lang).to_string());
            }
            if s.yearly {
                notes.push(m::SCHEDULE_YEARLY.text(lang).to_string());
            }
            for o in s.occurrences.iter().filter(|o| o.last_day > period.1) {
                notes.push(tr!(
                    lang,
                    m::SCHEDULE_AFTER_PERIOD,
                    key = o.key,
                    day = date(o.last_day)
                ));
            }
            for o in &s.outside {
                notes.push(tr!(
                    lang,
                    m::SCHEDULE_OUTSIDE,
                    key = o.key,
                    day = date(o.last_day)
                ));
            }
            for k in &s.unknown {
                notes.push(tr!(lang, m::SCHEDULE_UNKNOWN, key = k));
            }
            for n in notes {
                writeln!(out, "\n{n}")?;
            }
        }
    }
    Ok(Exit::Success)
}

/// The error with a caret under the part of the phrase that failed.
fn explain_error(
    err: &mut dyn Write,
    style: &Style,
    text: &str,
    e: &PhraseError,
    lang: Lang,
) -> std::io::Result<()> {
    use unicode_width::UnicodeWidthStr;
    writeln!(
        err,
        "{}: {}",
        style.error().paint(i18n::ERROR_PREFIX.text(lang)),
        e.message(lang, text)
    )?;
    let (a, b) = (e.span.0 as usize, e.span.1 as usize);
    let shown = visible(text);
    if let (Some(before), Some(part)) = (text.get(..a), text.get(a..b.max(a))) {
        let pad = visible(before).width();
        let carets = visible(part).width().max(1);
        writeln!(err, "  {shown}")?;
        writeln!(
            err,
            "  {}{} {}",
            " ".repeat(pad),
            style.error().paint(&"^".repeat(carets)),
            e.label(lang)
        )?;
    } else {
        writeln!(err, "  {shown}\n  {}", e.label(lang))?;
    }
    writeln!(
        err,
        "{}: {}",
        i18n::HELP_PREFIX.text(lang),
        PhraseError::hint(lang)
    )
}

/// Control characters shown as `�`, so that the caret lines up and nothing typed moves
/// the terminal.
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}

/// `kpi schedule --forms`: the registry, and the rules that put parts together.
fn forms(out: &mut dyn Write, format: Format, lang: Lang) -> std::io::Result<()> {
    let all = FORMS
        .iter()
        .map(|f| (f.id, f.meaning(lang), f.examples))
        .chain(
            RULES
                .iter()
                .map(|r| (r.id, r.meaning.text(lang), r.examples)),
        );
    match format {
        Format::Json => {
            let list: Vec<JsonForm> = all
                .map(|(id, meaning, ex)| JsonForm {
                    id,
                    meaning,
                    examples: ex.iter().map(|e| e.phrase).collect(),
                })
                .collect();
            crate::render::write_json(out, &list).map_err(|e| std::io::Error::other(e.to_string()))
        }
        Format::Csv => {
            writeln!(out, "form,example")?;
            for (id, _, ex) in all {
                for e in ex {
                    writeln!(out, "{id},\"{}\"", e.phrase.replace('"', "\"\""))?;
                }
            }
            Ok(())
        }
        Format::Md | Format::Table | Format::Ics | Format::Xlsx | Format::Html => {
            writeln!(out, "{}\n", m::SCHEDULE_FORMS_TITLE.text(lang))?;
            for (i, (id, meaning, ex)) in all.enumerate() {
                if i == FORMS.len() {
                    writeln!(out, "{}\n", m::SCHEDULE_RULES_TITLE.text(lang))?;
                }
                writeln!(out, "{id}: {meaning}")?;
                let examples: Vec<&str> = ex.iter().map(|e| e.phrase).collect();
                writeln!(out, "    {}\n", examples.join(" · "))?;
            }
            Ok(())
        }
    }
}

fn no_occurrence(kind: schedule::Kind, lang: Lang) -> &'static str {
    use schedule::Kind::*;
    match kind {
        Ongoing => m::SCHEDULE_NONE_ONGOING,
        OnRequest => m::SCHEDULE_NONE_ON_REQUEST,
        Elsewhere => m::SCHEDULE_NONE_ELSEWHERE,
        _ => m::SCHEDULE_NONE,
    }
    .text(lang)
}

/// Why a last day moved: the weekday, or the holiday's name.
fn rolled_because(last: NaiveDate, calendar: &Calendar, lang: Lang) -> String {
    match calendar.holiday_name(last, lang) {
        Some(name) => name,
        None if calendar.is_holiday(last) => m::SCHEDULE_PUBLIC_HOLIDAY.text(lang).to_string(),
        None => tr!(lang, m::SCHEDULE_DAY_OFF, day = i18n::weekday(lang, last)),
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
