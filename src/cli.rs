//! What the user typed: clap types only. `config.rs` and the commands resolve them.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::Lang;
use crate::style::ColorChoice;

#[derive(Parser, Debug)]
#[command(
    name = "kpi",
    version,
    about = "Follow up Vietnamese action plans (Kế hoạch): check plan files, see what is due and overdue, per unit.",
    long_about = "kpi keeps action plans (Kế hoạch) for administrative reform and the PCI, PAPI, SIPAS, \
PAR INDEX and DDCI indices as TOML files in a git repository, checks them, and answers the daily \
questions of the office that follows them up: which unit owes what, what is due, what is overdue.\n\n\
The repository root is the nearest folder with a kpi.toml (like git); without one, kpi reads plans/ \
under the current folder.",
    after_help = "Examples:\n  kpi check plans/\n  kpi check --format json\n  kpi -C ~/ke-hoach check\n\n\
Exit status: 0 success; 1 the command found what it looks for and was asked to fail on it \
(check errors, or warnings with --strict); 2 bad usage or nothing to work on."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args, Debug, Clone)]
pub struct Global {
    /// Run as if kpi was started in DIR (like git -C).
    #[arg(short = 'C', value_name = "DIR", global = true)]
    pub dir: Option<PathBuf>,

    /// The day to compute statuses for (YYYY-MM-DD); default: today in Vietnam (UTC+7).
    #[arg(long, value_name = "DATE", global = true, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    /// Output format of results.
    #[arg(long, value_enum, default_value_t = Format::Table, global = true)]
    pub format: Format,

    /// Language of labels and messages (else `lang` in kpi.toml, else LANG, else en).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<Lang>,

    /// When to use colours (NO_COLOR is respected with auto).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
    Md,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check plan files, registries and progress records (DESIGN.md section 7).
    #[command(
        long_about = "Check plan files, unit registries (units.toml), progress records and kpi.toml.\n\n\
Every file is checked even when some are broken. Each problem is printed like a compiler error: \
file:line:column, the line, a caret under the value, and a hint. Each check has a stable name \
(unknown-unit, duplicate-task-id, ...), listed with --list-checks and in docs/checks.md.",
        after_help = "Examples:\n  kpi check                     # the repository's plans/\n  \
kpi check plans/binh-dinh     # one organisation\n  kpi check --strict            # fail on warnings too\n  \
kpi check --format json | jq '.diagnostics[] | select(.severity == \"error\")'"
    )]
    Check(CheckArgs),
}

#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Files or folders to check (default: plans/ of the repository).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Exit 1 on warnings too, not only on errors.
    #[arg(long)]
    pub strict: bool,

    /// Print the name, severity and meaning of every check, and exit.
    #[arg(long)]
    pub list_checks: bool,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2024-06-10"))
}
