//! `kpi check`: load everything, report every diagnostic, choose the exit status.

use std::io::Write;

use crate::cli::{CheckArgs, Format};
use crate::config::Context;
use crate::diagnostic::render::{self, Report};
use crate::diagnostic::{Check, Severity};
use crate::i18n::{self, Noun};
use crate::style::Style;
use crate::tr;
use crate::{Exit, UsageError};

pub fn run(
    ctx: &Context,
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    if args.list_checks {
        for c in Check::ALL {
            writeln!(
                out,
                "{:<20} {:<8} {}",
                c.name(),
                c.severity().word(ctx.lang),
                c.description(ctx.lang)
            )?;
        }
        return Ok(Exit::Success);
    }
    let loaded = ctx.load(&args.paths)?;
    if loaded.plan_files == 0 && loaded.diagnostics.is_empty() {
        return Err(UsageError::Usage(tr!(ctx.lang, i18n::NO_PLAN_FILES)));
    }
    let diags = &loaded.diagnostics;
    let count = |s| diags.iter().filter(|d| d.severity == s).count();
    let (errors, warnings, notes) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Note),
    );
    let tasks: usize = loaded.repo.plans.iter().map(|p| p.tasks.len()).sum();
    let plans = loaded.repo.plans.len();
    let files = loaded.sources.len();

    match ctx.format {
        Format::Json => {
            let report = Report {
                files,
                plans,
                tasks,
                errors,
                warnings,
                diagnostics: diags
                    .iter()
                    .map(|d| render::json(&loaded.sources, d))
                    .collect(),
            };
            crate::render::write_json(out, &report)?;
        }
        Format::Csv | Format::Md => {
            let rows: Vec<_> = diags
                .iter()
                .map(|d| render::json(&loaded.sources, d))
                .collect();
            let header = [
                "check", "severity", "file", "line", "column", "message", "help",
            ];
            let cells = |r: &render::JsonDiagnostic| {
                [
                    r.check.to_string(),
                    r.severity.to_string(),
                    r.file.clone(),
                    r.line.to_string(),
                    r.column.to_string(),
                    r.message.to_string(),
                    r.help.unwrap_or_default().to_string(),
                ]
            };
            if ctx.format == Format::Csv {
                writeln!(out, "{}", header.join(","))?;
                for r in &rows {
                    let line: Vec<_> = cells(r)
                        .iter()
                        .map(|c| crate::render::csv_field(c))
                        .collect();
                    writeln!(out, "{}", line.join(","))?;
                }
            } else {
                writeln!(out, "| {} |", header.join(" | "))?;
                writeln!(out, "|{}", "---|".repeat(header.len()))?;
                for r in &rows {
                    let line: Vec<_> = cells(r).iter().map(|c| crate::render::md_cell(c)).collect();
                    writeln!(out, "| {} |", line.join(" | "))?;
                }
            }
        }
        Format::Table | Format::Ics | Format::Xlsx | Format::Html => {
            let style = Style::stderr(ctx.color);
            for d in diags {
                writeln!(
                    err,
                    "{}",
                    render::human(&loaded.sources, d, &style, ctx.lang)
                )?;
            }
            let style = Style::stdout(ctx.color);
            let lang = ctx.lang;
            let verdict = if errors > 0 {
                style.error().paint(i18n::VERDICT_FAILED.text(lang))
            } else {
                style.ok().paint(i18n::VERDICT_OK.text(lang))
            };
            let n = |k, noun| i18n::count(lang, k, noun);
            // The verdict is painted after the sentence is made: arguments of a message are
            // escaped (they may come from files), kpi's own colours must not be.
            writeln!(
                out,
                "{verdict}: {}",
                tr!(
                    lang,
                    i18n::CHECK_SUMMARY,
                    files = n(files, Noun::File),
                    plans = n(plans, Noun::Plan),
                    tasks = n(tasks, Noun::Task),
                    errors = n(errors, Noun::Error),
                    warnings = n(warnings, Noun::Warning),
                    notes = n(notes, Noun::Note)
                )
            )?;
        }
    }
    let failed = errors > 0 || (args.strict && warnings > 0);
    Ok(if failed { Exit::Found } else { Exit::Success })
}
