//! The loader: discovered files → source text → raw structs → validated repository.
//!
//! Files are read and parsed in parallel (rayon); each file's diagnostics are collected
//! on its own and merged, so one bad file never stops the others. The cross-file rules
//! live here: which registry a plan uses, duplicate organisation and plan ids, which
//! plan a progress file belongs to.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;
use toml::de::DeTable;

use crate::config::{self, Settings};
use crate::diagnostic::{Check, Diagnostic, Diagnostics};
use crate::discover::{self, FileKind, PROGRESS_SUFFIX};
use crate::plan::fields::{Ctx, span_of};
use crate::plan::model::{Plan, Repository};
use crate::plan::raw::{self, RawPlan, RawProgress, RawRegistry};
use crate::plan::validate;
use crate::schedule::{Calendar, Rules};
use crate::source::{FileId, SourceFile, SourceMap, Span};

/// Files larger than this are refused rather than parsed: no real plan comes close.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// What one run loaded: the sources, the model and every diagnostic.
#[derive(Debug)]
pub struct Loaded {
    pub sources: SourceMap,
    pub repo: Repository,
    pub settings: Settings,
    /// The working-day calendar: the shipped holidays and kpi.toml's.
    pub calendar: Calendar,
    pub diagnostics: Diagnostics,
    /// How many plan files were found (including ones that failed to load).
    pub plan_files: usize,
}

enum Parsed {
    Settings(Box<Settings>),
    Registry(RawRegistry),
    Plan(RawPlan),
    Progress(RawProgress),
    Failed,
}

struct FileResult {
    source: SourceFile,
    kind: FileKind,
    parsed: Parsed,
    diags: Diagnostics,
}

/// Load everything under `paths`. `root` is the folder of `kpi.toml`, if any.
pub fn load(paths: &[PathBuf], root: Option<&Path>, today: NaiveDate) -> Result<Loaded, String> {
    let found = discover::discover(paths)?;
    let root_canon = root.and_then(|r| r.canonicalize().ok());

    // The list of files to read: the discovered ones, the root's kpi.toml, and the
    // registries above the plans that the walk did not reach.
    let mut files: Vec<(PathBuf, FileKind)> =
        found.files.into_iter().map(|f| (f.path, f.kind)).collect();
    let mut canon: HashMap<PathBuf, usize> = HashMap::new();
    for (i, (p, _)) in files.iter().enumerate() {
        canon.insert(canonical(p), i);
    }
    if let Some(r) = root {
        let settings = r.join(config::SETTINGS_FILE);
        if let std::collections::hash_map::Entry::Vacant(e) = canon.entry(canonical(&settings)) {
            e.insert(files.len());
            files.push((settings, FileKind::Settings));
        }
    }
    let plan_dirs: Vec<PathBuf> = files
        .iter()
        .filter(|(_, k)| *k == FileKind::Plan)
        .filter_map(|(p, _)| canonical(p).parent().map(Path::to_path_buf))
        .collect();
    let mut registry_of_dir: HashMap<PathBuf, Option<usize>> = HashMap::new();
    for dir in plan_dirs {
        if registry_of_dir.contains_key(&dir) {
            continue;
        }
        let stop = root_canon.as_deref().filter(|r| dir.starts_with(r));
        let reg = discover::registry_above(&dir, stop).map(|path| {
            *canon.entry(path.clone()).or_insert_with(|| {
                files.push((path, FileKind::Registry));
                files.len() - 1
            })
        });
        registry_of_dir.insert(dir, reg);
    }

    let results: Vec<FileResult> = files
        .par_iter()
        .enumerate()
        .map(|(i, (path, kind))| read_file(FileId(i as u32), path, *kind))
        .collect();

    // File ids are positions in `files`; the paths that could not be read follow them.
    let mut sources = SourceMap::default();
    let mut diagnostics = Diagnostics::new();
    let mut parsed = Vec::with_capacity(results.len());
    for r in results {
        sources.add(r.source);
        diagnostics.extend(r.diags);
        parsed.push((r.kind, r.parsed));
    }
    for (path, why) in found.problems {
        let id = sources.add(SourceFile::new(path.clone(), String::new()));
        diagnostics.push(Diagnostic::new(
            Check::UnreadableFile,
            id,
            Span::FILE,
            format!("cannot read {}: {why}", path.display()),
        ));
    }

    // Split the parsed files by kind, keeping each one's file index.
    let mut settings_at = HashMap::new();
    let (mut registries, mut plan_inputs, mut progress_inputs) =
        (Vec::new(), Vec::new(), Vec::new());
    for (i, (_, p)) in parsed.into_iter().enumerate() {
        match p {
            Parsed::Settings(s) => {
                settings_at.insert(i, s);
            }
            Parsed::Registry(r) => registries.push((i, r)),
            Parsed::Plan(p) => plan_inputs.push((i, p)),
            Parsed::Progress(p) => progress_inputs.push((i, p)),
            Parsed::Failed => {}
        }
    }
    let settings = root
        .map(|r| canonical(&r.join(config::SETTINGS_FILE)))
        .and_then(|p| canon.get(&p))
        .and_then(|i| settings_at.remove(i))
        .map(|s| *s)
        .unwrap_or_default();

    let mut repo = Repository::default();
    let mut registry_at: HashMap<usize, usize> = HashMap::new();
    let mut org_first: HashMap<String, FileId> = HashMap::new();
    for (i, raw) in registries {
        let file = FileId(i as u32);
        let mut ctx = Ctx {
            file,
            diags: &mut diagnostics,
        };
        let dir = files[i]
            .0
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let org_span = raw.org.as_ref().map(|o| o.id.span);
        if let Some(reg) = validate::registry(&mut ctx, &sources, dir, raw) {
            if let Some(first) = org_first.get(&reg.org_id) {
                ctx.report(
                    Check::DuplicateOrgId,
                    org_span.unwrap_or(Span::FILE),
                    format!("organisation id `{}` is already declared", reg.org_id),
                )
                .help = Some(format!(
                    "{} declares it too; each units.toml needs its own [org] id",
                    sources.path(*first).display()
                ));
            }
            org_first.entry(reg.org_id.clone()).or_insert(file);
            registry_at.insert(i, repo.registries.len());
            repo.registries.push(reg);
        }
    }

    let plan_files = files.iter().filter(|(_, k)| *k == FileKind::Plan).count();
    let calendar = settings.calendar();
    let rules = Rules {
        calendar: &calendar,
        report_day: settings.report_day,
    };
    let validated: Vec<(Option<Plan>, Diagnostics)> = plan_inputs
        .into_par_iter()
        .map(|(i, raw)| {
            let mut diags = Vec::new();
            let mut ctx = Ctx {
                file: FileId(i as u32),
                diags: &mut diags,
            };
            let dir = canonical(&files[i].0).parent().map(Path::to_path_buf);
            let reg = dir
                .and_then(|d| registry_of_dir.get(&d).copied().flatten())
                .and_then(|r| registry_at.get(&r).copied())
                .map(|r| (r, &repo.registries[r]));
            let plan = validate::plan(&mut ctx, &sources, raw, reg, &rules);
            (plan, diags)
        })
        .collect();
    let mut plan_first: HashMap<String, FileId> = HashMap::new();
    for (plan, diags) in validated {
        diagnostics.extend(diags);
        let Some(plan) = plan else { continue };
        if let Some(first) = plan_first.get(&plan.id) {
            let span = header_id_span(&sources, plan.file);
            diagnostics.push(
                Diagnostic::new(
                    Check::DuplicatePlanId,
                    plan.file,
                    span,
                    format!("duplicate plan id `{}`", plan.id),
                )
                .help(format!(
                    "{} uses it already; plan ids are unique in the repository (`kpi done {}:TASK` must name one plan)",
                    sources.path(*first).display(),
                    plan.id
                )),
            );
            continue;
        }
        plan_first.insert(plan.id.clone(), plan.file);
        repo.plans.push(plan);
    }

    // Progress files belong to the plan file with the same stem in the same folder.
    let plan_by_path: HashMap<PathBuf, usize> = repo
        .plans
        .iter()
        .enumerate()
        .map(|(i, p)| (canonical(sources.path(p.file)), i))
        .collect();
    for (i, raw) in progress_inputs {
        let file = FileId(i as u32);
        let path = &files[i].0;
        let plan_path = plan_path_of(path);
        let mut ctx = Ctx {
            file,
            diags: &mut diagnostics,
        };
        match plan_by_path.get(&canonical(&plan_path)) {
            Some(&pi) => {
                let plan = &mut repo.plans[pi];
                let registry = &repo.registries[plan.registry];
                validate::progress(&mut ctx, raw, plan, registry, today);
            }
            None if plan_path.is_file() => {} // its plan failed to load and was reported
            None => {
                ctx.report(
                    Check::OrphanProgress,
                    Span::FILE,
                    format!("no plan file {} for this progress file", plan_path.display()),
                )
                .help = Some("a progress file sits beside its plan and shares its name: PLAN.toml and PLAN.progress.toml".into());
            }
        }
    }

    diagnostics.sort_by_key(|d| (d.file, d.span.start, d.severity));
    Ok(Loaded {
        sources,
        repo,
        calendar,
        settings,
        diagnostics,
        plan_files,
    })
}

fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

/// `a/b/plan.progress.toml` → `a/b/plan.toml`.
pub fn plan_path_of(progress: &Path) -> PathBuf {
    let name = progress
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let stem = name.strip_suffix(PROGRESS_SUFFIX).unwrap_or(name);
    progress.with_file_name(format!("{stem}.toml"))
}

/// The span of `id` in `[plan]`, for diagnostics about the plan as a whole.
fn header_id_span(sources: &SourceMap, file: FileId) -> Span {
    let text = &sources.get(file).text;
    DeTable::parse(text)
        .ok()
        .and_then(|t| {
            let plan = t.get_ref().get("plan")?;
            let id = plan.get_ref().as_table()?.get("id")?;
            Some(span_of(id))
        })
        .unwrap_or(Span::FILE)
}

/// Read, decode and parse one file; never panics, never fails: problems are diagnostics.
fn read_file(id: FileId, path: &Path, kind: FileKind) -> FileResult {
    let mut diags = Vec::new();
    let fail = |text: String, diags| FileResult {
        source: SourceFile::new(path.to_path_buf(), text),
        kind,
        parsed: Parsed::Failed,
        diags,
    };
    let bytes = match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => Err(format!(
            "the file is {} MiB; kpi reads files up to {} MiB",
            m.len() >> 20,
            MAX_FILE_BYTES >> 20
        )),
        Ok(m) if m.is_dir() => Err("it is a folder, not a file".to_string()),
        _ => std::fs::read(path).map_err(|e| e.to_string()),
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(why) => {
            diags.push(Diagnostic::new(
                Check::UnreadableFile,
                id,
                Span::FILE,
                format!("cannot read {}: {why}", path.display()),
            ));
            return fail(String::new(), diags);
        }
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(e) => {
            let at = e.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            diags.push(
                Diagnostic::new(
                    Check::InvalidUtf8,
                    id,
                    Span::new(at..at + '\u{FFFD}'.len_utf8()),
                    "the file is not valid UTF-8 text",
                )
                .label("this byte")
                .help("save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8); Vietnamese text from old Word files is often in Windows-1258 or TCVN3"),
            );
            return fail(text, diags);
        }
    };
    if text.trim().is_empty() && matches!(kind, FileKind::Plan | FileKind::Registry) {
        diags.push(
            Diagnostic::new(
                Check::EmptyFile,
                id,
                Span::FILE,
                format!("{} is empty", path.display()),
            )
            .help(match kind {
                FileKind::Plan => {
                    "write the plan's [plan] table and its [[task]]s, or delete the file"
                }
                _ => "write the registry's [org] table and its [[unit]]s, or delete the file",
            }),
        );
        return fail(text, diags);
    }
    let parsed = {
        let (table, errors) = DeTable::parse_recoverable(&text);
        if errors.is_empty() {
            let span = Span::new(0..0);
            let mut ctx = Ctx {
                file: id,
                diags: &mut diags,
            };
            let root = table.get_ref();
            match kind {
                FileKind::Settings => {
                    Parsed::Settings(Box::new(config::read_settings(&mut ctx, root, span)))
                }
                FileKind::Registry => Parsed::Registry(raw::registry(&mut ctx, root, span)),
                FileKind::Plan => Parsed::Plan(raw::plan(&mut ctx, root, span)),
                FileKind::Progress => Parsed::Progress(raw::progress(&mut ctx, root, span)),
            }
        } else {
            // Only the first: after one syntax error the parser's recovery mostly
            // reports consequences of it.
            if let Some(e) = errors.first() {
                let span = e.span().map_or(Span::FILE, Span::new);
                diags.push(syntax_diagnostic(id, span, e.message()));
            }
            Parsed::Failed
        }
    };
    FileResult {
        source: SourceFile::new(path.to_path_buf(), text),
        kind,
        parsed,
        diags,
    }
}

fn syntax_diagnostic(id: FileId, span: Span, message: &str) -> Diagnostic {
    let first_line = message
        .lines()
        .next()
        .unwrap_or(message)
        .trim_end_matches('.');
    let help = if first_line.contains("duplicate key") {
        "each key may appear once in a table; for several tasks use [[task]] blocks"
    } else if first_line.contains("string") || first_line.contains("quote") {
        "text values are written in double quotes: title = \"...\""
    } else {
        "see docs/format.md for the layout of plan files"
    };
    if first_line.contains("invalid date") {
        return Diagnostic::new(
            Check::InvalidDate,
            id,
            span,
            format!("this date does not exist: {first_line}"),
        )
        .help("check the day and the month; dates are written YYYY-MM-DD");
    }
    Diagnostic::new(
        Check::TomlSyntax,
        id,
        span,
        format!("invalid TOML: {first_line}"),
    )
    .help(help)
}

/// Only the settings of the repository at `root` (for commands that read no plans),
/// with the diagnostics of kpi.toml.
pub fn settings(root: Option<&Path>) -> (Settings, Diagnostics, SourceMap) {
    let mut sources = SourceMap::default();
    let Some(root) = root else {
        return (Settings::default(), Vec::new(), sources);
    };
    let r = read_file(
        FileId(0),
        &root.join(config::SETTINGS_FILE),
        FileKind::Settings,
    );
    sources.add(r.source);
    let settings = match r.parsed {
        Parsed::Settings(s) => *s,
        _ => Settings::default(),
    };
    (settings, r.diags, sources)
}

impl Settings {
    /// The working-day calendar these settings describe.
    pub fn calendar(&self) -> Calendar {
        let holidays: Vec<NaiveDate> = self.holidays.iter().map(|h| h.date).collect();
        Calendar::vietnam(&holidays, &self.workdays, self.roll_to_working_day)
    }
}
