//! `kpi import FILE [-o OUT]`: read a plan's document (src/import/), write the plan file
//! atomically, and tell on stderr what was read and what a person must still check.

use std::io::Write;
use std::path::Path;

use crate::cli::ImportArgs;
use crate::config::Context;
use crate::diagnostic::Severity;
use crate::i18n::Lang;
use crate::i18n::import::*;
use crate::import::format::Format;
use crate::import::header::{Period, PeriodSource};
use crate::import::writer::{self, Target};
use crate::import::{self, ImportError, Imported, Remark};
use crate::plan::model::Registry;
use crate::{Exit, UsageError, tr};

/// Documents larger than this are refused: a plan's document is a few hundred KiB.
const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

pub fn run(
    ctx: &Context,
    args: &ImportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let lang = ctx.lang;
    let file = args.file.display().to_string();
    let bytes = read_input(&args.file, lang)?;
    let period = match (args.year, &args.from, &args.to) {
        (Some(y), _, _) if (1900..=2200).contains(&y) => Some(Period::Year(y)),
        (Some(y), _, _) => {
            return Err(UsageError::Argument(tr!(
                lang,
                YEAR_RANGE,
                year = y,
                first = 1900,
                last = 2200
            )));
        }
        (None, Some(f), Some(t)) => {
            let (f, t) = (ctx.date("--from", f)?, ctx.date("--to", t)?);
            if f > t {
                let (from, to) = (crate::i18n::date(lang, f), crate::i18n::date(lang, t));
                return Err(UsageError::Argument(tr!(
                    lang,
                    crate::i18n::phrase::SCHEDULE_FROM_AFTER_TO,
                    from = from,
                    to = to
                )));
            }
            Some(Period::Range(f, t))
        }
        _ => None,
    };

    // The registry the plan will use: the nearest units.toml above OUT (or the working
    // folder), read and validated by the loader, as `kpi check` reads it.
    let cwd =
        std::env::current_dir().map_err(|e| UsageError::cannot_read(lang, Path::new("."), e))?;
    let out_path = args.output.as_ref().map(|o| cwd.join(o));
    let dir = out_path
        .as_ref()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| cwd.clone());
    let registry_path = crate::discover::registry_above(&dir, None);
    let registry = match &registry_path {
        Some(p) => load_registry(p, ctx, err)?,
        None => None,
    };
    let shown_registry = registry_path.as_ref().map(|p| shown(p, &cwd));

    let plan = import::import(
        &bytes,
        &file,
        registry.as_ref(),
        &import::Options { period },
    )
    .map_err(|e| UsageError::Read(error_text(lang, &file, &e)))?;

    let (id, id_chosen) = match &args.id {
        Some(id) => {
            if id.is_empty() || id.contains(char::is_whitespace) || id.contains(':') {
                let suggestion = slug(id);
                return Err(UsageError::Argument(tr!(
                    lang,
                    BAD_ID,
                    id = id,
                    suggestion = suggestion
                )));
            }
            (id.clone(), false)
        }
        None => (
            default_id(&plan, registry.as_ref(), args.output.as_deref()),
            true,
        ),
    };
    let name = args
        .file
        .file_name()
        .map_or_else(|| file.clone(), |n| n.to_string_lossy().into_owned());
    let text = writer::write(
        &plan,
        &Target {
            id: &id,
            id_chosen,
            file: &name,
            registry: shown_registry.as_deref(),
        },
        lang,
    );

    summary(
        err,
        lang,
        &plan,
        &file,
        &id,
        id_chosen,
        shown_registry.as_deref(),
    )?;
    match out_path {
        None => {
            out.write_all(text.as_bytes())?;
            writeln!(err, "{}", SUMMARY_STDOUT.text(lang))?;
        }
        Some(path) => {
            let shown_out = shown(&path, &cwd);
            let (errors, warnings) = write_atomically(&path, &text, args.force, ctx)
                .map_err(|e| e.into_usage(lang, &shown_out))?;
            writeln!(
                err,
                "{}",
                tr!(
                    lang,
                    SUMMARY_WROTE,
                    out = shown_out,
                    errors = errors,
                    warnings = warnings
                )
            )?;
        }
    }
    Ok(Exit::Success)
}

fn read_input(path: &Path, lang: Lang) -> Result<Vec<u8>, UsageError> {
    let fail = |why: &dyn std::fmt::Display| UsageError::cannot_read(lang, path, why);
    let meta = std::fs::metadata(path).map_err(|e| fail(&e))?;
    if meta.is_dir() {
        return Err(fail(&tr!(lang, crate::i18n::checks::WHY_FOLDER)));
    }
    if meta.len() > MAX_INPUT_BYTES {
        let why = format!("{} MiB > {} MiB", meta.len() >> 20, MAX_INPUT_BYTES >> 20);
        return Err(fail(&why));
    }
    std::fs::read(path).map_err(|e| fail(&e))
}

/// Read and validate one units.toml with the loader; its errors are reported, and what
/// could be read is used.
fn load_registry(
    path: &Path,
    ctx: &Context,
    err: &mut dyn Write,
) -> Result<Option<Registry>, UsageError> {
    let loaded = crate::load::load(&[path.to_path_buf()], None, ctx.today, ctx.lang)
        .map_err(UsageError::Read)?;
    if loaded
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        let prefix = crate::i18n::WARNING_PREFIX.text(ctx.lang);
        writeln!(
            err,
            "{prefix}: {}",
            tr!(ctx.lang, BAD_REGISTRY, registry = path.display())
        )?;
    }
    Ok(loaded.repo.registries.into_iter().next())
}

/// A path as the user would type it: relative to the working folder when inside it.
fn shown(path: &Path, cwd: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

/// Lower case, accents dropped, words joined by "-": "Kế hoạch 2024" → "ke-hoach-2024".
fn slug(s: &str) -> String {
    let f = crate::text::fold(s);
    let mut out = String::new();
    for c in f.chars() {
        if c.is_ascii_alphanumeric() || c == '.' || c == '_' {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The organisation's id and OUT's name ("bd-syt" + "2023-cai-thien-chi-so"), or the
/// organisation and the plan's first year.
fn default_id(plan: &Imported, registry: Option<&Registry>, output: Option<&Path>) -> String {
    let stem = output
        .and_then(|o| o.file_stem())
        .map(|s| slug(&s.to_string_lossy()))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("{}", plan.bounds().0.format("%Y")));
    match registry {
        Some(r) => format!("{}-{stem}", r.org_id),
        None => stem,
    }
}

enum WriteError {
    Exists,
    Io(std::io::Error),
}

impl WriteError {
    fn into_usage(self, lang: Lang, out: &str) -> UsageError {
        match self {
            WriteError::Exists => UsageError::Refused(tr!(lang, EXISTS, out = out)),
            WriteError::Io(e) => UsageError::Write(tr!(lang, CANNOT_WRITE, out = out, why = e)),
        }
    }
}

/// Write `text` to `path` through a temporary file in the same folder (fsync, rename,
/// fsync of the folder), never over an existing file unless `force`. Before it lands,
/// the new plan is loaded as `kpi check` would: the counts of its errors and warnings.
fn write_atomically(
    path: &Path,
    text: &str,
    force: bool,
    ctx: &Context,
) -> Result<(usize, usize), WriteError> {
    if !force && path.exists() {
        return Err(WriteError::Exists);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".kpi-import-")
        .suffix(".toml")
        .tempfile_in(dir)
        .map_err(WriteError::Io)?;
    tmp.write_all(text.as_bytes()).map_err(WriteError::Io)?;
    tmp.as_file().sync_all().map_err(WriteError::Io)?;
    let counts = crate::load::load(&[tmp.path().to_path_buf()], None, ctx.today, ctx.lang)
        .map(|l| {
            let errors = l
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            let warnings = l
                .diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Warning)
                .count();
            (errors, warnings)
        })
        .unwrap_or((0, 0));
    let persisted = if force {
        tmp.persist(path).map(|_| ())
    } else {
        tmp.persist_noclobber(path).map(|_| ())
    };
    if let Err(e) = persisted {
        return Err(if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            WriteError::Exists
        } else {
            WriteError::Io(e.error)
        });
    }
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(counts)
}

fn error_text(lang: Lang, file: &str, e: &ImportError) -> String {
    match e {
        ImportError::Unsupported(Format::Pdf) => tr!(lang, UNSUPPORTED_PDF, file = file),
        ImportError::Unsupported(Format::Image) => tr!(lang, UNSUPPORTED_IMAGE, file = file),
        ImportError::Unsupported(Format::OldOffice) => tr!(lang, UNSUPPORTED_OLD, file = file),
        ImportError::Unsupported(_) => tr!(lang, UNSUPPORTED_OTHER, file = file),
        ImportError::Broken(why) => tr!(lang, BROKEN, file = file, why = why),
        ImportError::NotUtf8(at) => tr!(lang, NOT_UTF8, file = file, at = at),
        ImportError::NoTasks => tr!(lang, NO_TASKS, file = file),
        ImportError::NoPeriod => tr!(lang, NO_PERIOD, file = file),
    }
}

fn ids_with(plan: &Imported, pick: impl Fn(&Remark) -> bool) -> Vec<String> {
    plan.tasks
        .iter()
        .filter(|t| t.remarks.iter().any(&pick))
        .map(|t| t.id.clone())
        .collect()
}

fn summary(
    err: &mut dyn Write,
    lang: Lang,
    plan: &Imported,
    file: &str,
    id: &str,
    id_chosen: bool,
    registry: Option<&str>,
) -> std::io::Result<()> {
    let source = match plan.source {
        import::Source::Table(_) => SOURCE_TABLE.text(lang),
        import::Source::Body => SOURCE_BODY.text(lang),
    };
    writeln!(
        err,
        "{}",
        tr!(
            lang,
            SUMMARY_READ,
            tasks = plan.tasks.len(),
            sections = plan.sections.len(),
            file = file,
            source = source
        )
    )?;
    let (a, b) = plan.bounds();
    let period = match plan.period {
        Period::Year(y) => y.to_string(),
        Period::Range(..) => format!(
            "{} – {}",
            crate::i18n::date(lang, a),
            crate::i18n::date(lang, b)
        ),
    };
    writeln!(
        err,
        "{}",
        tr!(lang, SUMMARY_PERIOD, id = id, period = period)
    )?;
    let names: Vec<String> = plan
        .unknown
        .iter()
        .map(|u| format!("\"{}\"", u.name))
        .collect();
    let names = if names.is_empty() {
        String::new()
    } else {
        format!(": {}", names.join(", "))
    };
    let registry = registry.map_or_else(|| NO_REGISTRY.text(lang).to_string(), str::to_string);
    writeln!(
        err,
        "{}",
        tr!(
            lang,
            SUMMARY_UNITS,
            matched = plan.matched,
            registry = registry,
            unknown = plan.unknown.len(),
            names = names
        )
    )?;
    let unreadable: Vec<String> = plan.unreadable().iter().map(|t| t.id.clone()).collect();
    let with_due = plan.tasks.iter().filter(|t| t.due.is_some()).count();
    let ids = if unreadable.is_empty() {
        String::new()
    } else {
        format!(": {}", unreadable.join(", "))
    };
    writeln!(
        err,
        "{}",
        tr!(
            lang,
            SUMMARY_DEADLINES,
            read = with_due - unreadable.len(),
            unreadable = unreadable.len(),
            ids = ids
        )
    )?;
    let mut checks: Vec<String> = Vec::new();
    let mut add = |msg: Msg, ids: Vec<String>| {
        if !ids.is_empty() {
            checks.push(tr!(lang, msg, n = ids.len(), ids = ids.join(", ")));
        }
    };
    add(
        CHECK_EMPTY_LEAD,
        ids_with(plan, |r| matches!(r, Remark::EmptyLead { .. })),
    );
    add(
        CHECK_SHARES,
        ids_with(plan, |r| matches!(r, Remark::SharesAbove { .. })),
    );
    add(
        CHECK_CONTINUED,
        ids_with(plan, |r| matches!(r, Remark::Continued)),
    );
    add(
        CHECK_REJOINED,
        ids_with(plan, |r| matches!(r, Remark::Rejoined { .. })),
    );
    add(
        CHECK_KIND,
        ids_with(plan, |r| matches!(r, Remark::Kind { .. })),
    );
    if id_chosen {
        checks.push(tr!(lang, CHECK_ID, id = id));
    }
    if plan.period_source == PeriodSource::AttachedDate {
        checks.push(CHECK_PERIOD.text(lang).to_string());
    }
    if plan.header.title_from_appendix {
        checks.push(CHECK_TITLE.text(lang).to_string());
    }
    if plan.header.issued.is_none() && plan.header.place.is_some() {
        checks.push(CHECK_ISSUED.text(lang).to_string());
    }
    if plan.no_diacritics {
        checks.push(CHECK_OCR.text(lang).to_string());
    }
    if let Some(part) = &plan.header.body_duties {
        checks.push(tr!(lang, CHECK_BODY, part = part));
    }
    if checks.is_empty() {
        writeln!(err, "{}", SUMMARY_NOTHING.text(lang))?;
    } else {
        writeln!(err, "{}", SUMMARY_CHECK.text(lang))?;
        for c in checks {
            writeln!(err, "{c}")?;
        }
    }
    Ok(())
}

use crate::i18n::Msg;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("2023 cải thiện chỉ số"), "2023-cai-thien-chi-so");
        assert_eq!(slug("bd syt:2023"), "bd-syt-2023");
    }
}
