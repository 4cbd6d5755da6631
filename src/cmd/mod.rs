//! The commands: each takes the resolved context and its arguments, writes results to
//! `out` and diagnostics to `err`, and returns the exit status.
//!
//! Every command that answers from the plans (all but `check`) answers from what it could
//! read, names on stderr each file it had to leave out in part or whole, and then exits 2
//! (DESIGN.md 6.1): an incomplete answer is never silent, not even with `-q`, so that cron
//! mails the message and systemd marks the run failed.

pub mod assignments;
pub mod calendar;
pub mod check;
pub mod completions;
pub mod done;
pub mod due;
pub mod holidays;
pub mod import;
pub mod init;
pub mod man;
pub mod merge;
pub mod notify;
pub mod report;
pub mod request;
pub mod schedule;
pub mod schema;
pub mod show;
pub mod units;

use std::io::Write;

use crate::cli::Filters;
use crate::config::{Context, Lang};
use crate::i18n;
use crate::load::Loaded;
use crate::select::{Selection, Wanted};
use crate::tr;
use crate::{Exit, UsageError};

/// What a listing command works on: the plans it could read, the selection, and how many
/// files it had to leave out.
pub struct Work {
    /// Never freed: a listing command is the last thing its process does, and the
    /// system takes a national model's hundreds of thousands of allocations back at once
    /// when it exits, where freeing them one by one took 15 to 18 ms of `kpi overdue`
    /// (docs/performance.md).
    pub loaded: std::mem::ManuallyDrop<Loaded>,
    pub selection: Selection,
    /// Files with errors, named on stderr already.
    pub broken: usize,
}

/// Load the plans, name the broken files on stderr, and resolve the filters.
pub fn load_selected(
    ctx: &Context,
    filters: &Filters,
    err: &mut dyn Write,
) -> Result<Work, UsageError> {
    // `--index PAR INDEX` typed without quotes: "INDEX" arrives as a path.
    if filters
        .index
        .as_deref()
        .is_some_and(|i| i.eq_ignore_ascii_case("par"))
        && filters
            .paths
            .iter()
            .any(|p| p.as_os_str().eq_ignore_ascii_case("index"))
    {
        return Err(UsageError::Argument(tr!(
            ctx.lang,
            i18n::select::QUOTE_INDEX
        )));
    }
    // A list says which files it leaves out, and shows no warning.
    let loaded = ctx.load_keeping(&filters.paths, crate::load::Keep::Errors)?;
    if loaded.plan_files == 0 {
        return Err(UsageError::NoPlans(tr!(ctx.lang, i18n::NO_PLAN_FILES)));
    }
    let broken = report_broken(&loaded, ctx.lang, err, i18n::ERROR_PREFIX.text(ctx.lang))?;
    let wanted = Wanted {
        units: &filters.unit,
        orgs: &filters.org,
        plans: &filters.plan,
        index: filters.index.as_deref(),
        lead_only: filters.lead_only,
        lang: ctx.lang,
    };
    let selection = Selection::resolve(&loaded.repo, &wanted)?;
    Ok(Work {
        loaded: std::mem::ManuallyDrop::new(loaded),
        selection,
        broken,
    })
}

/// Name each file with errors and its first error on `err`, under `prefix` ("error",
/// or "warning" where the answer does not depend on them); the count of them.
pub fn report_broken(
    loaded: &Loaded,
    lang: Lang,
    err: &mut dyn Write,
    prefix: &str,
) -> std::io::Result<usize> {
    let broken = loaded.broken();
    if broken.is_empty() {
        return Ok(0);
    }
    writeln!(
        err,
        "{prefix}: {}",
        tr!(lang, i18n::INCOMPLETE_HEAD, count = broken.len())
    )?;
    for d in &broken {
        writeln!(
            err,
            "  {}",
            crate::diagnostic::render::one_line(&loaded.sources, d)
        )?;
    }
    writeln!(
        err,
        "  = {}: {}",
        i18n::HELP_PREFIX.text(lang),
        tr!(lang, i18n::INCOMPLETE_HELP)
    )?;
    Ok(broken.len())
}

/// The exit status of a command that answered: 2 when files were left out (an error
/// occurred, as ripgrep says it), else what the command found.
pub fn finish(exit: Exit, broken: usize) -> Exit {
    if broken > 0 { Exit::Usage } else { exit }
}

/// Write what `body` writes to `out`, or to FILE when `-o FILE` is given (then say so on
/// `out`). The file's text passes the same guard as stdout's.
pub fn emit(
    ctx: &Context,
    output: Option<&std::path::Path>,
    out: &mut dyn Write,
    body: impl FnOnce(&mut dyn Write) -> Result<(), UsageError>,
) -> Result<(), UsageError> {
    emit_as(ctx, ctx.format, output, out, body)
}

/// `emit` for a command whose output is `written` whatever `--format` says (`kpi
/// calendar` writes iCalendar).
pub fn emit_as(
    ctx: &Context,
    written: crate::cli::Format,
    output: Option<&std::path::Path>,
    out: &mut dyn Write,
    body: impl FnOnce(&mut dyn Write) -> Result<(), UsageError>,
) -> Result<(), UsageError> {
    crate::render::binary::check_extension(output, written, ctx.lang)?;
    let Some(path) = output else {
        return body(out);
    };
    let mut buf = Vec::new();
    {
        let mut guarded = crate::render::guard::Guard::new(&mut buf, false);
        body(&mut guarded)?;
        guarded.flush()?;
    }
    crate::render::binary::to_file(&buf, path, ctx.lang)?;
    wrote(ctx, out, path)
}

/// "wrote FILE", on `out`, after `-o FILE`.
fn wrote(ctx: &Context, out: &mut dyn Write, path: &std::path::Path) -> Result<(), UsageError> {
    let said = tr!(ctx.lang, i18n::report::WROTE_FILE, path = path.display());
    writeln!(out, "{said}")?;
    Ok(())
}

/// The screen a table is laid out for: the terminal, or, for a file (`-o`), none: no
/// wrapping, no colours.
pub fn screen(ctx: &Context, output: Option<&std::path::Path>) -> crate::render::table::Screen {
    match output {
        Some(_) => crate::render::table::Screen {
            width: None,
            colours: false,
        },
        None => {
            crate::render::table::Screen::stdout(crate::style::Style::stdout(ctx.color).enabled())
        }
    }
}

/// Write a workbook to `-o FILE`, or to stdout when it is not a terminal; say where on
/// `out` when it is a file.
pub fn deliver_xlsx(
    ctx: &Context,
    output: Option<&std::path::Path>,
    out: &mut dyn Write,
    sheets: &[crate::render::xlsx::Sheet],
) -> Result<(), UsageError> {
    crate::render::binary::check_extension(output, crate::cli::Format::Xlsx, ctx.lang)?;
    let bytes = crate::render::xlsx::workbook(sheets, ctx.today).map_err(UsageError::Write)?;
    crate::render::binary::deliver(&bytes, output, "xlsx", ctx.lang)?;
    if let Some(path) = output {
        wrote(ctx, out, path)?;
    }
    Ok(())
}
