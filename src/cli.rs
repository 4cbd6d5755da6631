//! What the user typed: clap types only. This module is a leaf: it imports nothing of
//! kpi. `context.rs` resolves what it holds (dates are read there, in the user's
//! language), and the commands take the resolved values.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// The language of everything a person reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    /// `vi`, `vi_VN.UTF-8`, `en_US` ...
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.to_ascii_lowercase();
        if s.starts_with("vi") {
            Some(Lang::Vi)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// When to colour the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

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
    after_help = "Examples:\n  kpi check plans/\n  kpi due --unit VP --as-of 2024-06-10\n  kpi overdue -q --unit VP           # for cron: silent when nothing is late\n  \
kpi done bd-syt-2023-chi-so:IV.1.3 --by CDC\n  kpi assignments --org bd-syt --format md\n  kpi schedule \"Hàng quý, 6 tháng, năm\" --year 2024\n  \
kpi -C ~/ke-hoach notify --dry-run /tmp/thu\n  kpi holidays --year 2027\n\n\
Exit status: 0 success; 1 the command found what it looks for and was asked to fail on it \
(check errors, warnings with --strict, --fail-if-any); 2 bad usage, nothing to work on, or a file \
that could not be read (the answer is then incomplete)."
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

    /// The day to compute statuses for (2025-07-15 or 15/07/2025); default: today in Vietnam (UTC+7).
    #[arg(long, value_name = "DATE", global = true)]
    pub as_of: Option<String>,

    /// Output format of results (ics: holidays, calendar; xlsx: due, overdue, assignments, units, report; html: report).
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
    /// iCalendar (RFC 5545): `kpi holidays` and `kpi calendar`.
    Ics,
    /// An Excel workbook: due, overdue, assignments, units, report; to -o FILE, or to
    /// stdout when it is not a terminal.
    Xlsx,
    /// One self-contained web page: `kpi report`.
    Html,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check plan files, registries and progress records (every check: docs/checks.md).
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

    /// Show how kpi reads a deadline phrase: its kind and every occurrence.
    #[command(
        long_about = "Show how kpi reads a deadline phrase (docs/deadlines.md): what kind of deadline it is \
(one deadline, recurring, ongoing, on request, set elsewhere), which form read which words and what \
that form means, and each occurrence with its key (what progress records name), its window, its last \
day, and the day it falls due after a weekend or public holiday moves it to the next working day \
(Civil Code art. 148).\n\n\
A phrase without a year takes the year given with --year (default: the years it names, else this \
year); over --from/--to spanning several years it recurs every year. Settings of kpi.toml \
(report_day, holidays, roll_to_working_day) apply when run inside a repository. --forms lists every \
form kpi reads, with what it means and examples.",
        after_help = crate::schedule::phrase::forms::help()
    )]
    Schedule(ScheduleArgs),

    /// List what is overdue and what falls due soon, oldest first.
    #[command(
        long_about = "List the occurrences that are overdue (due day before today) or due within --within days \
(default 14), oldest first: status, last day, days left or late, plan, task, title, lead and support \
units, and the period key. Today is today in Vietnam (UTC+7) unless --as-of is given.\n\n\
--unit takes a code, name or alias (accents and case ignored) and reaches tasks given to a group the \
unit belongs to; naming a group selects every unit in it.",
        after_help = "Examples:\n  kpi due --unit VP --as-of 2024-06-10\n  kpi due --unit \"văn phòng sở\" --within 30\n  \
kpi due --org bd-syt --index \"PAR INDEX\" --format md\n  kpi due --unit CDC --lead-only --format json"
    )]
    Due(DueArgs),

    /// List only what is overdue; with -q print nothing when nothing is (for cron).
    #[command(
        after_help = "Examples:\n  kpi overdue --unit VP\n  kpi overdue -q --unit VP   # in a crontab with MAILTO: mail only when something is overdue\n  \
kpi overdue --fail-if-any  # exit 1 when the list is not empty"
    )]
    Overdue(OverdueArgs),

    /// Record progress on a task: append a record to the plan's progress file.
    #[command(
        long_about = "Append a record to the plan's progress file (PLAN.progress.toml beside the plan), creating \
it if needed. Nothing already in the file changes: comments and layout stay byte for byte. The write \
is atomic (temporary file, fsync, rename) and locked, so that concurrent runs never lose a record.\n\n\
A task with several occurrences needs --period (the key shown by kpi due, e.g. 2024-Q2); kpi \
refuses, writing nothing, an unknown plan, task, unit or period.",
        after_help = "Examples:\n  kpi done bd-syt-2023-chi-so:IV.1.3 --by CDC --evidence \"Công văn số 1234/SYT-VP\"\n  \
kpi done bd-syt-2023-chi-so:IV.5.5 --period 2023-H1 --date 2023-06-28\n  \
kpi done kt-syt-2023-pci:II.1 --status in-progress --note \"Đã tổ chức 2 buổi\""
    )]
    Done(DoneArgs),

    /// Per-unit assignment tables: everything each unit leads or supports.
    #[command(
        long_about = "For each unit (or the ones named with --unit), a heading with its code, name and \
organisation, then one row per task it is responsible for: plan, task, title, role (Chủ trì / Phối \
hợp), the group it came through, the deadline as the plan writes it, and the next last day with its \
status. Units with nothing assigned are listed as such; tasks with no lead unit are listed in a \
section of their own, so that nothing assigned to nobody goes unseen.\n\n\
--format md prints one Markdown table per unit, ready to paste into a report.",
        after_help = "Examples:\n  kpi assignments --unit VP --org bd-syt\n  kpi assignments --org bd-syt --format md > phan-cong.md\n  \
kpi assignments --plan kt-bcd-2024-pci --format csv"
    )]
    Assignments(AssignmentsArgs),

    /// The unit registries, with what each unit leads, supports, owes and has due.
    #[command(
        after_help = "Examples:\n  kpi units\n  kpi units --org bd-syt --format md\n  kpi units --format json --as-of 2024-06-10"
    )]
    Units(UnitsArgs),

    /// Mail each unit with an e-mail address its overdue and due tasks (for cron).
    #[command(
        long_about = "Send one message to each unit that has an e-mail address in its registry and something \
overdue or due within --within days: a subject with the unit and the counts, a plain-text body in the \
repository's language (with an HTML alternative) listing the overdue items first, then those due \
soon, and how to record completion with kpi done.\n\n\
SMTP settings come from [mail] in kpi.toml (from, host, port, security = none|starttls|tls, user, \
password_env); the password comes from the environment variable password_env names, never from a \
file. A password is never sent without TLS to a host that is not this machine.\n\n\
A unit is mailed at most once a day: the day is kept in .kpi/notified.toml at the repository root \
(ignored by git); --force sends again. One unit's failure does not stop the others; the run then \
exits 1 and names it. Units with overdue items but no address are named in a warning.",
        after_help = "Examples:\n  kpi notify --dry-run /tmp/thu      # write one .eml per unit instead of sending\n  \
KPI_SMTP_PASSWORD=... kpi notify   # send, as set in kpi.toml [mail]\n  kpi notify --unit VP --force"
    )]
    Notify(NotifyArgs),

    /// Turn a plan's Word or Excel document (or its text) into a plan file.
    #[command(
        long_about = "Read a plan from the document it was issued in: a Word document (.docx), an Excel \
workbook (.xlsx) holding its appendix, or the text copied out of Word (tab-separated rows). kpi reads \
the header (Số, place and date of issue, title, the period the title names, basis, signer) and the \
appendix table, whose columns it finds by their headings (TT, Nội dung / Nhiệm vụ, Chủ trì, Phối \
hợp, Kết quả / Sản phẩm, Thời gian / Thời hạn / Tiến độ, Ghi chú) in any order, with or without \
accents, on one or two rows. Rows merged across are sections; a cell merged down applies to every \
row it spans.\n\n\
Unit names are matched against the units.toml nearest above OUT, longest names first, so that a \
name holding commas stays whole; each is kept as the document writes it. Names the registry lacks \
are listed at the end of the file as [[unit]] blocks to paste. Deadlines are kept as written. \
Wherever kpi guessed, a \"# kpi:\" comment says so; a summary on stderr says what to check.\n\n\
The file is written atomically and never over an existing file without --force. PDF files and \
scans are not read: save the document as .docx. docs/import.md tells more.",
        after_help = "Examples:\n  kpi import tests/fixtures/import/seeds/binh-dinh.docx\n  \
kpi import ke-hoach.docx -o plans/binh-dinh/so-y-te/2023-cai-thien-chi-so.toml\n  \
kpi import phu-luc.xlsx -o plans/kon-tum/so-y-te/2024-pci.toml --id kt-syt-2024-pci\n  \
kpi import ke-hoach.txt --from 01/01/2023 --to 31/10/2030 -o plans/x/2023-2030.toml\n  \
kpi --lang vi import ke-hoach.docx -o plans/x/2024.toml --force"
    )]
    Import(ImportArgs),
    /// The days off and make-up working days of a year, with their names and sources.
    #[command(
        long_about = "List every public holiday, day in lieu (nghỉ bù), swapped day off (hoán đổi) and \
make-up working day (làm bù) of a year for civil servants, with its weekday, its name and the document \
it comes from.\n\n\
kpi ships the official schedules of 2023 to 2026 (each row cites its decision). For any other year from \
1900 to 2100 it computes a provisional schedule from the Labour Code 2019 (art. 111, 112): Tết and Giỗ Tổ \
from the Vietnamese lunar calendar (UTC+7), the last two days of the lunar year and mùng 1-3 for Tết, \
1/9 next to 2/9 (3/9 when 2/9 is a Thursday), days in lieu for holidays on a weekend; such rows say \
\"provisional\". [[holiday]] and [[workday]] entries of kpi.toml are listed too and win over the \
shipped ones.\n\n\
--format ics writes an iCalendar file (all-day events) to import into a calendar program.",
        after_help = "Examples:\n  kpi holidays                          # this year\n  kpi holidays --year 2027\n  \
kpi holidays --from 2026-01-01 --to 2027-12-31 --format csv\n  kpi holidays --year 2027 --format ics > ngay-nghi-2027.ics\n  \
kpi --lang vi holidays --year 2026 --format md"
    )]
    Holidays(HolidaysArgs),

    /// Start a plan repository: kpi.toml, a unit registry, an example plan, what to do next.
    #[command(
        long_about = "Create a plan repository that passes kpi check at once: kpi.toml (lang = \"vi\", or \"en\" with \
--lang en; a commented [mail]), plans/ORG/units.toml with the typical units of a Sở and a group to edit, one short example \
plan whose deadlines use the common phrases (Trước ngày ..., Hằng quý, 6 tháng, Năm, Thường xuyên, \
Khi có yêu cầu) in the current year (or the year of --as-of), a .gitignore, a .gitattributes that \
lets git merge two people's progress records, and the JSON Schemas that editors use to complete \
and check the files (schemas/, named by the #:schema line at the top of each file and by \
.taplo.toml).\n\n\
kpi init never overwrites: when any of these files exists, it names them and writes nothing. Then \
it prints the next steps, in the language of the run (--lang, else LANG).",
        after_help = "Examples:\n  kpi init ke-hoach\n  \
kpi init ke-hoach-syt --org qn-syt --name \"Sở Y tế tỉnh Quảng Ngãi\"\n  \
kpi --lang en init plans-stc --org hn-stc --name \"Sở Tài chính Hà Nội\""
    )]
    Init(InitArgs),

    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(
        long_about = "Print the script that teaches a shell to complete kpi's commands and options, and the \
plan ids, PLAN:TASK ids and unit codes of the repository you are in (kpi is asked for them as \
you press Tab). Load it from the shell's start-up file, as the examples show.",
        after_help = "Examples:\n  \
kpi completions bash > ~/.local/share/bash-completion/completions/kpi\n  \
kpi completions zsh > ~/.zfunc/_kpi         # with fpath+=~/.zfunc before compinit\n  \
kpi completions fish > ~/.config/fish/completions/kpi.fish\n  \
kpi completions powershell | Out-String | Invoke-Expression   # in $PROFILE\n\n\
Or load it afresh in each new shell (then an upgrade of kpi never leaves an old script):\n  \
source <(kpi completions bash)   # in ~/.bashrc; the same with zsh in ~/.zshrc"
    )]
    Completions(CompletionsArgs),

    /// Print kpi's manual page (roff), or write one page per command with --out.
    #[command(
        after_help = "Examples:\n  kpi man | man -l -\n  kpi man --out man    # then: sudo cp man/*.1 /usr/local/share/man/man1/"
    )]
    Man(ManArgs),

    /// Print the JSON Schema of a file (plan, units, progress, settings) for editors.
    #[command(
        long_about = "Print the JSON Schema (draft-07) of one of kpi's files: plan (a plan file), units \
(units.toml), progress (PLAN.progress.toml) or settings (kpi.toml). Editors that read TOML with \
Taplo (VS Code's Even Better TOML, Helix, Zed, Neovim) then complete field names and known values \
and flag a misspelled field as you type. Each field is described in Vietnamese and English.\n\n\
With --out DIR, kpi writes DIR/plan.schema.json and the others (or only the one named): run it \
after upgrading kpi, in the repository, to refresh schemas/. docs/editors.md tells how to set up \
an editor.",
        after_help = "Examples:\n  kpi schema plan\n  kpi schema --out schemas\n  kpi schema units --out schemas"
    )]
    Schema(SchemaArgs),

    /// For git: merge two versions of a progress file that each appended records.
    #[command(
        long_about = "A merge driver for git, so that two people who each recorded progress (kpi done) \
and then pull get both records without a conflict. When both sides only appended to the common \
version, the result is ours followed by what the other side appended, checked to be valid TOML; \
anything else is left to git's usual merge, which marks the conflict for a person to resolve.\n\n\
kpi init writes the .gitattributes line that names this driver; each machine declares it once:\n  \
git config --global merge.kpi-progress.driver \"kpi merge-progress %O %A %B %P\"",
        after_help = "git runs it as `kpi merge-progress %O %A %B %P` (base, ours, theirs, the path): \
the merged file is written over OURS, and the exit status is 0 when merged, 1 when a conflict \
is left for a person."
    )]
    MergeProgress(MergeProgressArgs),

    /// The progress report of a quarter, half-year or year: per unit, plan and index, the four counts.
    #[command(
        long_about = "The progress report an office sends each quarter, half-year and year (\"báo cáo kết quả \
thực hiện kế hoạch\"): for each unit, as lead and as support, for each plan and each index, how many \
occurrences were done on time, done late, are not done but still in time, and are overdue, with the \
total and the share done; then the overdue items and the plans' targets (chỉ tiêu).\n\n\
An occurrence belongs to the period in which its last day falls; statuses are as of --as-of (default \
today): a record dated later does not count. --period takes 2025-Q1, 2025-H1, 2025-9M, 2025 (also \
Q1/2025, \"Quý I/2025\", \"6 tháng đầu năm 2025\"); --from/--to any days; default: the year of the \
as-of day.\n\n\
--format html writes one self-contained page (charts included, nothing loaded from the network) to \
read in a browser or print on A4; --format xlsx an Excel workbook whose totals are formulas.",
        after_help = "Examples:\n  kpi report --period 2023 --as-of 2023-12-31\n  \
kpi report --period 2023-Q2 --org bd-syt --format md\n  kpi report --period 2023-H1 --unit VP --format json\n  \
kpi --lang vi report --period 2023 --as-of 2023-12-31 --format html -o bao-cao-2023.html\n  \
kpi report --from 2023-01-01 --to 2023-09-30 --format xlsx -o bao-cao.xlsx"
    )]
    Report(ReportArgs),

    /// An iCalendar file of every occurrence the units owe, to subscribe to.
    #[command(
        long_about = "Write an iCalendar file (RFC 5545) of every occurrence the selected units owe: one all-day \
event on its due day, with the task's title, plan, lead and support units and deadline in the event, a \
reminder --remind days before, and done occurrences marked as such. Each event's UID is PLAN:TASK:KEY, \
so a calendar program that subscribes to the file updates events instead of doubling them.",
        after_help = "Examples:\n  kpi calendar --unit VP -o vp.ics\n  kpi calendar --org bd-syt --remind 7 > bd-syt.ics\n  \
kpi calendar --plan bd-syt-2023-chi-so --unit CDC --lead-only -o cdc.ics"
    )]
    Calendar(CalendarArgs),

    /// One task: as the plan writes it, how its deadline reads, each occurrence with its records.
    #[command(
        after_help = "Examples:\n  kpi show bd-syt-2023-chi-so:IV.1.3\n  kpi --lang vi show kt-bcd-2024-pci:II.4 --as-of 2024-06-10\n  \
kpi show bd-syt-2023-chi-so:TCTH.2 --format json"
    )]
    Show(ShowArgs),

    /// Record a request received for an on-request task: it becomes an occurrence, due like any other.
    #[command(
        long_about = "Append a [[request]] to the plan's progress file: the task (one \"on request\", \
\"Khi có yêu cầu\", \"Khi có văn bản triệu tập\") received a request on --date that must be answered by \
--due. The request is then an occurrence of the task with the key req-YYYY-MM-DD: due, overdue and \
done like any other; close it with kpi done PLAN:TASK --period req-YYYY-MM-DD. The write is the same \
atomic, verified and locked append as kpi done's.",
        after_help = "Examples:\n  kpi request kt-syt-2023-pci:II.4 --date 2023-08-07 --due 2023-08-18 --ref \"Giấy mời số 1234/GM-UBND\"\n  \
kpi done kt-syt-2023-pci:II.4 --period req-2023-08-07 --date 2023-08-17"
    )]
    Request(RequestArgs),
}

#[derive(Args, Debug)]
pub struct MergeProgressArgs {
    /// The common ancestor's version (git's %O).
    #[arg(value_name = "BASE")]
    pub base: PathBuf,

    /// Our version (git's %A): the merged file is written here.
    #[arg(value_name = "OURS")]
    pub ours: PathBuf,

    /// The other side's version (git's %B).
    #[arg(value_name = "THEIRS")]
    pub theirs: PathBuf,

    /// The file's path in the repository (git's %P), for messages.
    #[arg(value_name = "PATH")]
    pub path: Option<String>,
}

#[derive(Args, Debug)]
pub struct InitArgs {
    /// The folder to make a repository of (created if needed; default: the current folder).
    #[arg(value_name = "DIR")]
    pub folder: Option<PathBuf>,

    /// The organisation's id: short, no spaces (e.g. qn-syt); the folder plans/ID.
    #[arg(long, value_name = "ID", default_value = "so-mau")]
    pub org: String,

    /// The organisation's name, e.g. "Sở Y tế tỉnh Quảng Ngãi".
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
}

/// The shells kpi writes completion scripts for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Args, Debug)]
pub struct ManArgs {
    /// Write kpi.1 and one page per command (kpi-due.1 ...) into DIR instead of printing.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

/// The files kpi has a schema for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaFile {
    /// A plan file.
    Plan,
    /// units.toml.
    Units,
    /// PLAN.progress.toml.
    Progress,
    /// kpi.toml.
    Settings,
}

#[derive(Args, Debug)]
pub struct SchemaArgs {
    /// Which file's schema (with --out: default all four).
    #[arg(value_enum, required_unless_present = "out")]
    pub file: Option<SchemaFile>,

    /// Write NAME.schema.json files into DIR instead of printing.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// The period: 2025-Q1, 2025-H1, 2025-9M, 2025 (or Q1/2025, "Quý I/2025"); default: the year of the as-of day.
    #[arg(long, value_name = "KEY", conflicts_with_all = ["from", "to"])]
    pub period: Option<String>,

    /// First day of the period (with --to): 2025-01-01 or 01/01/2025.
    #[arg(long, requires = "to", value_name = "DATE")]
    pub from: Option<String>,

    /// Last day of the period (with --from): 2025-03-31 or 31/03/2025.
    #[arg(long, requires = "from", value_name = "DATE")]
    pub to: Option<String>,

    /// Only this unit or group (code, name or alias); repeatable.
    #[arg(long, value_name = "UNIT")]
    pub unit: Vec<String>,

    /// Only plans of this organisation (its id in units.toml); repeatable.
    #[arg(long, value_name = "ORG")]
    pub org: Vec<String>,

    /// Only this plan (its id); repeatable.
    #[arg(long, value_name = "PLAN")]
    pub plan: Vec<String>,

    /// Only tasks of this index: PCI, PAPI, SIPAS, PAR INDEX, DDCI.
    #[arg(long, value_name = "INDEX")]
    pub index: Option<String>,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Plan folders or files (default: plans/ of the repository).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub struct CalendarArgs {
    #[command(flatten)]
    pub filters: Filters,

    /// Days before the due day on which the calendar reminds (0: no reminder).
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub remind: u32,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// The plan and task: PLAN:TASK, e.g. bd-syt-2023-chi-so:IV.1.3.
    // The indices are explicit: completion (cmd/completions.rs) re-adds `target` with its
    // candidates, which would otherwise put it after `paths`.
    #[arg(value_name = "PLAN:TASK", index = 1)]
    pub target: String,

    /// Plan folders or files (default: plans/ of the repository).
    #[arg(value_name = "PATH", index = 2)]
    pub paths: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub struct RequestArgs {
    /// The plan and task: PLAN:TASK, e.g. kt-syt-2023-pci:II.4.
    #[arg(value_name = "PLAN:TASK")]
    pub target: String,

    /// The day the request arrived (2025-03-03 or 03/03/2025); default: today (or --as-of).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,

    /// The day it must be answered by (2025-03-14 or 14/03/2025).
    #[arg(long, value_name = "DATE")]
    pub due: String,

    /// The document that asked: "Công văn số 512/UBND-KT".
    #[arg(long = "ref", value_name = "TEXT")]
    pub reference: Option<String>,
}

#[derive(Args, Debug)]
pub struct HolidaysArgs {
    /// The year to list (default: this year, or the year of --as-of).
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,

    /// First day of the range (with --to): 2027-01-01 or 01/01/2027.
    #[arg(long, requires = "to", value_name = "DATE")]
    pub from: Option<String>,

    /// Last day of the range (with --from): 2027-12-31 or 31/12/2027.
    #[arg(long, requires = "from", value_name = "DATE")]
    pub to: Option<String>,
}

#[derive(Args, Debug)]
pub struct NotifyArgs {
    #[command(flatten)]
    pub filters: Filters,

    /// Days ahead that count as due.
    #[arg(long, default_value_t = 14, value_name = "N")]
    pub within: u32,

    /// Write each message as DIR/ORG-UNIT.eml instead of sending it.
    #[arg(long, value_name = "DIR")]
    pub dry_run: Option<PathBuf>,

    /// Send even to units already mailed today.
    #[arg(long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct AssignmentsArgs {
    #[command(flatten)]
    pub filters: Filters,

    /// Days ahead that count as due, for the status of the next occurrence.
    #[arg(long, default_value_t = 14, value_name = "N")]
    pub within: u32,

    /// Write to FILE instead of standard output (needed for xlsx on a terminal).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct UnitsArgs {
    /// Only this organisation (its id in units.toml); repeatable.
    #[arg(long, value_name = "ORG")]
    pub org: Vec<String>,

    /// Days ahead that count as due.
    #[arg(long, default_value_t = 14, value_name = "N")]
    pub within: u32,

    /// Plan folders or files (default: plans/ of the repository).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Write to FILE instead of standard output (needed for xlsx on a terminal).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Which tasks: shared by due, overdue and the other listing commands.
#[derive(Args, Debug, Clone, Default)]
pub struct Filters {
    /// Only tasks of this unit or group (code, name or alias); repeatable.
    #[arg(long, value_name = "UNIT")]
    pub unit: Vec<String>,

    /// Only plans of this organisation (its id in units.toml); repeatable.
    #[arg(long, value_name = "ORG")]
    pub org: Vec<String>,

    /// Only this plan (its id); repeatable.
    #[arg(long, value_name = "PLAN")]
    pub plan: Vec<String>,

    /// Only tasks of this index: PCI, PAPI, SIPAS, PAR INDEX, DDCI.
    #[arg(long, value_name = "INDEX")]
    pub index: Option<String>,

    /// Only tasks the unit leads (chủ trì), not those it supports.
    #[arg(long, requires = "unit")]
    pub lead_only: bool,

    /// Plan folders or files (default: plans/ of the repository).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Args, Debug)]
pub struct DueArgs {
    #[command(flatten)]
    pub filters: Filters,

    /// Days ahead that count as due.
    #[arg(long, default_value_t = 14, value_name = "N")]
    pub within: u32,

    /// Exit 1 when the list is not empty.
    #[arg(long)]
    pub fail_if_any: bool,

    /// Write to FILE instead of standard output (needed for xlsx on a terminal).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct OverdueArgs {
    #[command(flatten)]
    pub filters: Filters,

    /// Print nothing at all when nothing is overdue.
    #[arg(short, long)]
    pub quiet: bool,

    /// Exit 1 when the list is not empty.
    #[arg(long)]
    pub fail_if_any: bool,

    /// Write to FILE instead of standard output (needed for xlsx on a terminal).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RecordStatusArg {
    Done,
    InProgress,
    NotApplicable,
}

#[derive(Args, Debug)]
pub struct DoneArgs {
    /// The plan and task: PLAN:TASK, e.g. bd-syt-2023-chi-so:IV.1.3.
    #[arg(value_name = "PLAN:TASK")]
    pub target: String,

    /// The occurrence, for a task with several (e.g. 2024-Q2, 2024-05, 2024).
    #[arg(long, value_name = "KEY")]
    pub period: Option<String>,

    /// When it happened (2025-07-15 or 15/07/2025); default: today (or --as-of).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,

    /// The unit that did it (code, name or alias).
    #[arg(long, value_name = "UNIT")]
    pub by: Option<String>,

    /// The evidence ("tài liệu kiểm chứng"): a document number, a link.
    #[arg(long, value_name = "TEXT")]
    pub evidence: Option<String>,

    /// A free note.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,

    /// What to record.
    #[arg(long, value_enum, default_value_t = RecordStatusArg::Done)]
    pub status: RecordStatusArg,
}

#[derive(Args, Debug)]
pub struct ScheduleArgs {
    /// The deadline phrase, as a plan writes it (quote it).
    #[arg(required_unless_present = "forms")]
    pub phrase: Option<String>,

    /// List every form of deadline kpi reads, with its meaning and examples, and exit.
    #[arg(long, conflicts_with_all = ["phrase", "year", "from", "to"])]
    pub forms: bool,

    /// The plan year: the phrase is read over 1 January to 31 December of it.
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,

    /// First day of the period (with --to): 2025-01-01 or 01/01/2025.
    #[arg(long, requires = "to", value_name = "DATE")]
    pub from: Option<String>,

    /// Last day of the period (with --from): 2025-12-31 or 31/12/2025.
    #[arg(long, requires = "from", value_name = "DATE")]
    pub to: Option<String>,
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

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The plan's document: .docx, .xlsx, or its text copied out of Word (.txt).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Write the plan to OUT (default: standard output). Unit names are matched against
    /// the units.toml nearest above OUT.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// The plan's id (default: the organisation's id and OUT's name).
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,

    /// The plan's year, when the document does not say.
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,

    /// First day of the plan's period (with --to), when the document does not say.
    #[arg(long, requires = "to", value_name = "DATE")]
    pub from: Option<String>,

    /// Last day of the plan's period (with --from).
    #[arg(long, requires = "from", value_name = "DATE")]
    pub to: Option<String>,

    /// Replace OUT if it exists.
    #[arg(long)]
    pub force: bool,
}
