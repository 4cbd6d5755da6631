//! `kpi check`: load everything, report every diagnostic, choose the exit status.

use std::io::Write;
use std::path::{Path, PathBuf};

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
        list_checks(ctx, out)?;
        return Ok(Exit::Success);
    }
    let paths = with_what_they_need(&args.paths, ctx.root.as_deref());
    let loaded = ctx.load(&paths)?;
    // Files named one by one (a pre-commit hook names the changed ones) may hold no plan.
    let named_files = args.paths.iter().any(|p| p.is_file());
    if loaded.plan_files == 0 && loaded.diagnostics.is_empty() && !named_files {
        return Err(UsageError::NoPlans(tr!(ctx.lang, i18n::NO_PLAN_FILES)));
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

/// The paths to load so that each file named is checked against what it depends on
/// (a pre-commit hook passes only the files that changed): a plan with its progress
/// file, whose records name its tasks; a progress file with the plan beside it; a units.toml with the plans in its folder, which it may break; kpi.toml
/// with the repository's plans, whose deadlines its holidays move. A plan finds its
/// registry above it by itself. A file inside a folder that is also loaded is dropped,
/// so that nothing is read twice.
fn with_what_they_need(paths: &[PathBuf], root: Option<&Path>) -> Vec<PathBuf> {
    use crate::discover::{FileKind, PROGRESS_SUFFIX};
    let mut out: Vec<PathBuf> = Vec::with_capacity(paths.len());
    for p in paths {
        out.push(p.clone());
        if !p.is_file() {
            continue;
        }
        let folder = p.parent().map(Path::to_path_buf).unwrap_or_default();
        let folder = if folder.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            folder
        };
        match FileKind::of(p) {
            Some(FileKind::Progress) => {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                let stem = name.strip_suffix(PROGRESS_SUFFIX).unwrap_or(name);
                let plan = folder.join(format!("{stem}.toml"));
                if plan.is_file() {
                    out.push(plan);
                }
            }
            Some(FileKind::Plan) => {
                // Its records name its tasks: a renamed task leaves them pointing nowhere.
                let progress = p.with_extension("progress.toml");
                if progress.is_file() {
                    out.push(progress);
                }
            }
            Some(FileKind::Registry) => out.push(folder),
            Some(FileKind::Settings) => {
                let plans = crate::default_paths(root.or(Some(&folder)));
                out.extend(plans.into_iter().filter(|d| d.is_dir()));
            }
            _ => {}
        }
    }
    let canon = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let folders: Vec<PathBuf> = out
        .iter()
        .filter(|p| p.is_dir())
        .map(|p| canon(p))
        .collect();
    // Whether the walk of a folder loaded anyway finds this file: a file kpi reads, under
    // no hidden or target folder. Anything else named (notes.txt) stays, to be reported.
    let walked = |file: &Path| {
        FileKind::of(file).is_some()
            && folders.iter().any(|f| {
                canon(file).strip_prefix(f).is_ok_and(|rest| {
                    rest.components().all(|c| {
                        let name = c.as_os_str().to_string_lossy();
                        !name.starts_with('.') && name != "target"
                    })
                })
            })
    };
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| !(p.is_file() && walked(p)) && seen.insert(canon(p)));
    out
}

/// `kpi check --list-checks`: every rule, its severity and what it means, in the run's
/// language; names and severities stay English in CSV and JSON (they are keys).
fn list_checks(ctx: &Context, out: &mut dyn Write) -> Result<(), UsageError> {
    let lang = ctx.lang;
    match ctx.format {
        Format::Json => {
            let list: Vec<serde_json::Value> = Check::ALL
                .iter()
                .map(|c| {
                    serde_json::json!({
                        "check": c.name(),
                        "severity": c.severity().as_str(),
                        "description": c.description(lang),
                    })
                })
                .collect();
            crate::render::write_json(out, &list)?;
        }
        Format::Csv => {
            crate::render::csv_row(out, &["check", "severity", "description"])?;
            for c in Check::ALL {
                let row = [c.name(), c.severity().as_str(), c.description(lang)];
                crate::render::csv_row(out, &row)?;
            }
        }
        Format::Md => {
            use crate::render::table::{self, Cell, Column, Screen};
            let columns = [
                Column::pieces(i18n::COL_CHECK.text(lang)),
                Column::pieces(i18n::COL_SEVERITY.text(lang)),
                Column::words(i18n::COL_MEANING.text(lang)),
            ];
            let screen = Screen {
                width: None,
                colours: false,
            };
            table::write(out, Format::Md, screen, &columns, Check::ALL, |c| {
                vec![
                    Cell::new(format!("`{}`", c.name())),
                    Cell::new(c.severity().word(lang)),
                    Cell::new(c.description(lang)),
                ]
            })?;
        }
        Format::Table | Format::Ics | Format::Xlsx | Format::Html => {
            use unicode_width::UnicodeWidthStr;
            let name = Check::ALL.iter().map(|c| c.name().len()).max().unwrap_or(0);
            let word = Check::ALL
                .iter()
                .map(|c| c.severity().word(lang).width())
                .max()
                .unwrap_or(0);
            for c in Check::ALL {
                let severity = c.severity().word(lang);
                let pad = word - severity.width();
                let description = c.description(lang);
                writeln!(
                    out,
                    "{:<name$} {severity}{:pad$} {description}",
                    c.name(),
                    ""
                )?;
            }
        }
    }
    Ok(())
}
