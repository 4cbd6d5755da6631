//! `kpi check`: load everything, report every diagnostic, choose the exit status.

use std::io::Write;

use crate::cli::{CheckArgs, Format};
use crate::config::Context;
use crate::diagnostic::render::{self, Report};
use crate::diagnostic::{Check, Severity};
use crate::style::Style;
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
                c.severity().as_str(),
                c.description()
            )?;
        }
        return Ok(Exit::Success);
    }
    let loaded = ctx.load(&args.paths)?;
    if loaded.plan_files == 0 && loaded.diagnostics.is_empty() {
        return Err(UsageError(
            "no plan files found; give the folder that holds them (kpi check plans/) or run kpi inside a plan repository".into(),
        ));
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
                    let line: Vec<_> = cells(r).iter().map(|c| csv_field(c)).collect();
                    writeln!(out, "{}", line.join(","))?;
                }
            } else {
                writeln!(out, "| {} |", header.join(" | "))?;
                writeln!(out, "|{}", "---|".repeat(header.len()))?;
                for r in &rows {
                    let line: Vec<_> = cells(r).iter().map(|c| c.replace('|', "\\|")).collect();
                    writeln!(out, "| {} |", line.join(" | "))?;
                }
            }
        }
        Format::Table | Format::Ics => {
            let style = Style::stderr(ctx.color);
            for d in diags {
                writeln!(err, "{}", render::human(&loaded.sources, d, &style))?;
            }
            let style = Style::stdout(ctx.color);
            let verdict = if errors > 0 {
                style.error().paint("failed")
            } else {
                style.ok().paint("ok")
            };
            writeln!(
                out,
                "{verdict}: {files} files, {plans} plans, {tasks} tasks: {errors} {}, {warnings} {}, {notes} {}",
                plural(errors, "error"),
                plural(warnings, "warning"),
                plural(notes, "note"),
            )?;
        }
    }
    let failed = errors > 0 || (args.strict && warnings > 0);
    Ok(if failed { Exit::Found } else { Exit::Success })
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// Quote a CSV field when it needs it (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
