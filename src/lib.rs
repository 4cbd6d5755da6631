//! kpi: follow up Vietnamese action plans kept as TOML files.
//!
//! The pipeline, one module per stage: `discover` finds the files, `source` holds their
//! text, `plan::raw` reads the TOML with spans, `plan::validate` builds the model,
//! `load` runs those stages over a repository in parallel, and the commands in `cmd`
//! render results. Diagnostics (`diagnostic`) flow alongside every stage.
//!
//! The library never prints: commands write to the writers they are given.

pub mod cli;
pub mod cmd;
pub mod config;
pub mod corpus;
pub mod diagnostic;
pub mod discover;
pub mod document;
mod error;
pub mod fuzzing;
pub mod help;
pub mod i18n;
pub mod import;
pub mod load;
pub mod lock;
pub mod mail;
pub mod notified;
pub mod plan;
pub mod prefetch;
pub mod records;
pub mod render;
pub mod report;
pub mod schedule;
pub mod schema;
pub mod select;
pub mod settings;
pub mod source;
pub mod status;
pub mod style;
pub mod suggest;
pub mod text;

use std::io::Write;
use std::path::PathBuf;

use cli::{Cli, Command, Format};
pub use error::UsageError;

/// Exit statuses of DESIGN.md section 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    Success = 0,
    Found = 1,
    Usage = 2,
}

/// Run one command. `out` receives results, `err` diagnostics.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit, UsageError> {
    let ctx = config::Context::resolve(&cli.global)?;
    check_format(&cli.command, ctx.format, ctx.lang)?;
    match cli.command {
        Command::Check(args) => cmd::check::run(&ctx, &args, out, err),
        Command::Schedule(args) => cmd::schedule::run(&ctx, &args, out, err),
        Command::Due(args) => cmd::due::due(&ctx, &args, out, err),
        Command::Overdue(args) => cmd::due::overdue(&ctx, &args, out, err),
        Command::Done(args) => cmd::done::run(&ctx, &args, out, err),
        Command::Assignments(args) => cmd::assignments::run(&ctx, &args, out, err),
        Command::Units(args) => cmd::units::run(&ctx, &args, out, err),
        Command::Notify(args) => cmd::notify::run(&ctx, &args, out, err),
        Command::Import(args) => cmd::import::run(&ctx, &args, out, err),
        Command::Holidays(args) => cmd::holidays::run(&ctx, &args, out, err),
        Command::Init(args) => cmd::init::run(&ctx, &args, cli.global.lang, out, err),
        Command::Completions(args) => cmd::completions::run(&ctx, &args, out, err),
        Command::Man(args) => cmd::man::run(&ctx, &args, out, err),
        Command::Schema(args) => cmd::schema::run(&ctx, &args, out, err),
        Command::MergeProgress(args) => cmd::merge::run(&ctx, &args, out, err),
        Command::Report(args) => cmd::report::run(&ctx, &args, out, err),
        Command::Calendar(args) => cmd::calendar::run(&ctx, &args, out, err),
        Command::Show(args) => cmd::show::run(&ctx, &args, out, err),
        Command::Request(args) => cmd::request::run(&ctx, &args, out, err),
    }
}

/// Run one command and say on `err` what stopped it, in the user's language: the exit
/// status. A closed pipe ends the run quietly, with success.
pub fn run_and_report(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let lang = config::resolve_lang(
        cli.global.lang,
        std::env::current_dir()
            .ok()
            .and_then(|d| config::find_root(&d))
            .as_deref(),
    );
    match run(cli, out, err) {
        Ok(exit) => exit,
        Err(UsageError::BrokenPipe) => Exit::Success,
        Err(e) => {
            let _ = writeln!(
                err,
                "{}: {}",
                i18n::ERROR_PREFIX.text(lang),
                text::visible(&e.message(lang))
            );
            Exit::Usage
        }
    }
}

/// The formats every command writes; `kpi holidays` writes iCalendar too.
const LISTINGS: &[Format] = &[Format::Table, Format::Csv, Format::Json, Format::Md];
const WITH_ICS: &[Format] = &[
    Format::Table,
    Format::Csv,
    Format::Json,
    Format::Md,
    Format::Ics,
];

/// Commands that write one fixed form (a script, a page, a schema, files) take no --format.
const TEXT: &[Format] = &[Format::Table];
/// The listings a spreadsheet is made of (DESIGN.md 6.4).
const WITH_XLSX: &[Format] = &[
    Format::Table,
    Format::Csv,
    Format::Json,
    Format::Md,
    Format::Xlsx,
];
const REPORT: &[Format] = &[
    Format::Table,
    Format::Csv,
    Format::Json,
    Format::Md,
    Format::Xlsx,
    Format::Html,
];
/// `kpi calendar` writes iCalendar, with `--format ics` or without a format.
const CALENDAR: &[Format] = &[Format::Table, Format::Ics];
const SHOW: &[Format] = &[Format::Table, Format::Json, Format::Md];

/// The name of a command as typed, and the formats it writes.
fn writes(command: &Command) -> (&'static str, &'static [Format]) {
    match command {
        Command::Check(_) => ("check", LISTINGS),
        Command::Schedule(_) => ("schedule", LISTINGS),
        Command::Due(_) => ("due", WITH_XLSX),
        Command::Overdue(_) => ("overdue", WITH_XLSX),
        Command::Done(_) => ("done", LISTINGS),
        Command::Assignments(_) => ("assignments", WITH_XLSX),
        Command::Units(_) => ("units", WITH_XLSX),
        Command::Notify(_) => ("notify", LISTINGS),
        Command::Import(_) => ("import", LISTINGS),
        Command::Holidays(_) => ("holidays", WITH_ICS),
        Command::Init(_) => ("init", TEXT),
        Command::Completions(_) => ("completions", TEXT),
        Command::Man(_) => ("man", TEXT),
        Command::Schema(_) => ("schema", TEXT),
        Command::MergeProgress(_) => ("merge-progress", TEXT),
        Command::Report(_) => ("report", REPORT),
        Command::Calendar(_) => ("calendar", CALENDAR),
        Command::Show(_) => ("show", SHOW),
        Command::Request(_) => ("request", LISTINGS),
    }
}

/// Refuse, as a usage error, a `--format` the command does not write.
fn check_format(command: &Command, format: Format, lang: cli::Lang) -> Result<(), UsageError> {
    use clap::ValueEnum;
    let name = |f: &Format| f.to_possible_value().map(|v| v.get_name().to_string());
    let (command, formats) = writes(command);
    if formats.contains(&format) {
        return Ok(());
    }
    let list: Vec<String> = formats.iter().filter_map(name).collect();
    Err(UsageError::Argument(tr!(
        lang,
        i18n::holidays::FORMAT_NOT_WRITTEN,
        command = command,
        format = name(&format).unwrap_or_default(),
        formats = list.join(", ")
    )))
}

/// The default plan folder: `plans/` of the repository root, or of the working folder.
pub fn default_paths(root: Option<&std::path::Path>) -> Vec<PathBuf> {
    let cwd = std::env::current_dir().unwrap_or_default();
    match root {
        Some(r) if r == cwd => vec![PathBuf::from("plans")],
        Some(r) => vec![r.join("plans")],
        None => vec![PathBuf::from("plans")],
    }
}
