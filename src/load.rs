//! The loader: discovered files → source text → raw structs → validated repository.
//!
//! Files are read and parsed in parallel (rayon); each file's diagnostics are collected
//! on its own and merged, so one bad file never stops the others. The cross-file rules
//! live here: which registry a plan uses, duplicate organisation and plan ids, which
//! plan a progress file belongs to.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::document::{self, Table};
use chrono::NaiveDate;
use rayon::prelude::*;

use crate::diagnostic::{Check, Diagnostic, Diagnostics};
use crate::discover::{self, FileKind, PROGRESS_SUFFIX, Unreadable};
use crate::i18n::{Lang, checks as msg};
use crate::plan::fields::Ctx;
use crate::plan::model::{Plan, Registry, Repository};
use crate::plan::raw::{self, RawProgress, RawRegistry};
use crate::plan::validate;
use crate::schedule::{Calendar, Rules};
use crate::settings::{self, Settings};
use crate::source::{FileId, SourceFile, SourceMap, Span};
use crate::tr;

mod syntax;

thread_local! {
    /// The memory of the last plan text a thread read, for the next one: fresh memory is
    /// costly (the kernel clears each new page), and plan texts are let go right away.
    static BUFFER: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Files larger than this are refused rather than parsed: no real plan comes close.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// What one run loaded: the sources, the model and every diagnostic.
#[derive(Debug)]
pub struct Loaded {
    /// The paths of the files read. Their texts are let go as soon as each file is read
    /// (a national repository's text is several times the model's size); every diagnostic
    /// carries the line it points to, and `SourceMap::reload` reads a text again.
    pub sources: SourceMap,
    pub repo: Repository,
    pub settings: Settings,
    /// The working-day calendar: the shipped holidays and kpi.toml's.
    pub calendar: Calendar,
    pub diagnostics: Diagnostics,
    /// How many plan files were found (including ones that failed to load).
    pub plan_files: usize,
}

/// A file other than a plan, read into its raw form. (Plans are read and validated in
/// one step, while their text is at hand: `RawPlan` borrows from it.)
enum Parsed {
    Settings(Box<Settings>),
    Registry(RawRegistry),
    Progress(RawProgress),
    Failed,
}

struct FileResult {
    source: SourceFile,
    /// The whole text is NFC (nearly always): per-value NFC checks are skipped.
    nfc: bool,
    parsed: Parsed,
    diags: Diagnostics,
}

/// Load everything under `paths`. `root` is the folder of `kpi.toml`, if any. Every
/// diagnostic, and the error of a path that does not exist, is worded in `lang`.
pub fn load(
    paths: &[PathBuf],
    root: Option<&Path>,
    today: NaiveDate,
    lang: Lang,
) -> Result<Loaded, String> {
    let boundary = discover::Boundary::new(root, paths);
    let found = discover::discover(paths, &boundary)
        .map_err(|(path, why)| format!("{}: {}", path.display(), unreadable(lang, &why)))?;

    let ToRead {
        files,
        settings_index,
        registry_of_dir,
    } = to_read(found.files, root);

    // Everything but the plans first (registries, settings, progress files), in
    // parallel; then each plan is read, parsed and validated in one parallel step, while
    // its text is still in the cache. File ids are positions in `files`.
    let mut slots: Vec<Option<SourceFile>> = (0..files.len()).map(|_| None).collect();
    let mut nfc = vec![true; files.len()];
    let mut diagnostics = Diagnostics::new();
    let others: Vec<(usize, FileResult)> = files
        .par_iter()
        .enumerate()
        .filter(|(_, (_, kind))| *kind != FileKind::Plan)
        .map(|(i, (path, kind))| {
            let id = FileId(i as u32);
            (i, read_file(id, path, *kind, &boundary, lang))
        })
        .collect();
    let mut settings_at = HashMap::new();
    let (mut registries, mut progress_inputs) = (Vec::new(), Vec::new());
    for (i, r) in others {
        slots[i] = Some(r.source);
        nfc[i] = r.nfc;
        diagnostics.extend(r.diags);
        match r.parsed {
            Parsed::Settings(s) => {
                settings_at.insert(i, s);
            }
            Parsed::Registry(raw) => registries.push((i, raw)),
            Parsed::Progress(raw) => progress_inputs.push((i, raw)),
            Parsed::Failed => {}
        }
    }
    let settings = settings_index
        .and_then(|i| settings_at.remove(&i))
        .map(|s| *s)
        .unwrap_or_default();

    let mut repo = Repository::default();
    let mut registry_at: HashMap<usize, usize> = HashMap::new();
    let mut org_first: HashMap<String, usize> = HashMap::new();
    // Each registry is validated on its own, in parallel; organisation ids are compared
    // across them after.
    let checked: Vec<(usize, Option<Span>, Option<Registry>, Diagnostics)> = registries
        .into_par_iter()
        .map(|(i, raw)| {
            let mut diags = Diagnostics::new();
            let mut ctx = Ctx {
                file: FileId(i as u32),
                diags: &mut diags,
                nfc: nfc[i],
                lang,
            };
            let source = slots[i].as_ref().expect("read above");
            let dir = files[i]
                .0
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            let org_span = raw.org.as_ref().map(|o| o.id.span);
            let reg = validate::registry(&mut ctx, source, dir, raw);
            (i, org_span, reg, diags)
        })
        .collect();
    for (i, org_span, reg, diags) in checked {
        diagnostics.extend(diags);
        let Some(reg) = reg else { continue };
        if let Some(&first) = org_first.get(&reg.org_id) {
            diagnostics.push(
                Diagnostic::new(
                    Check::DuplicateOrgId,
                    FileId(i as u32),
                    org_span.unwrap_or(Span::FILE),
                    tr!(lang, msg::DUPLICATE_ORG, org = reg.org_id),
                )
                .help(tr!(
                    lang,
                    msg::DUPLICATE_ORG_HELP,
                    path = files[first].0.display()
                )),
            );
        }
        org_first.entry(reg.org_id.clone()).or_insert(i);
        registry_at.insert(i, repo.registries.len());
        repo.registries.push(reg);
    }

    let plan_files = files.iter().filter(|(_, k)| *k == FileKind::Plan).count();
    let calendar = settings.calendar();
    let rules = Rules {
        calendar: &calendar,
        report_day: settings.report_day,
    };
    let cache = crate::schedule::Cache::default();
    let validated: Vec<(usize, FileResult, Option<Plan>)> = files
        .par_iter()
        .enumerate()
        .filter(|(_, (_, kind))| *kind == FileKind::Plan)
        .map(|(i, (path, kind))| {
            let id = FileId(i as u32);
            let mut r = match read_text(id, path, *kind, BUFFER.take(), &boundary, lang) {
                Ok(r) => r,
                Err(failed) => return (i, *failed, None),
            };
            let plan = parse(id, &r.source.text, r.nfc, lang, &mut r.diags, raw::plan);
            let plan = plan.and_then(|raw| {
                let mut ctx = Ctx {
                    file: id,
                    diags: &mut r.diags,
                    nfc: r.nfc,
                    lang,
                };
                let file = path
                    .parent()
                    .and_then(|d| registry_of_dir.get(d).copied().flatten());
                let reg = match file.map(|fi| (fi, registry_at.get(&fi).copied())) {
                    Some((_, Some(ri))) => Ok((ri, &repo.registries[ri])),
                    // Found, but it failed to load: say that, not "no registry".
                    Some((fi, None)) => Err(Some(files[fi].0.as_path())),
                    None => Err(None),
                };
                validate::plan(&mut ctx, &r.source, raw, reg, &rules, &cache)
            });
            // The text is not needed any more: each diagnostic keeps the line it points
            // to, and the next file reuses the memory. (SourceMap::reload brings the text
            // back for a diagnostic found later.)
            take_excerpts(&mut r.diags, &r.source);
            let text = r.source.release();
            if text.capacity() <= 1 << 20 {
                BUFFER.set(text.into_bytes());
            }
            (i, r, plan)
        })
        .collect();
    let mut plans = Vec::with_capacity(validated.len());
    for (i, r, plan) in validated {
        slots[i] = Some(r.source);
        nfc[i] = r.nfc;
        diagnostics.extend(r.diags);
        plans.push(plan);
    }
    let mut sources = SourceMap::default();
    for (slot, (path, _)) in slots.into_iter().zip(&files) {
        sources.add(slot.unwrap_or_else(|| SourceFile::new(path.clone(), String::new())));
    }
    add_path_problems(
        found.stale,
        found.problems,
        &mut sources,
        &mut diagnostics,
        lang,
    );
    add_plans(&mut repo, plans, &mut sources, &mut diagnostics, lang);

    let attach = Attach {
        files: &files,
        nfc: &nfc,
        sources: &sources,
        today,
        calendar: &calendar,
        lang,
    };
    attach_progress(&mut repo, progress_inputs, &attach, &mut diagnostics);

    for d in &mut diagnostics {
        if d.excerpt.is_none() {
            d.excerpt = Some(Box::new(
                sources.get(d.file).excerpt_hiding(d.span, d.redact),
            ));
        }
    }
    sources.release_all();
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

/// What `load` reads: the files found, the root's kpi.toml and the registries above the
/// plans that the walk did not reach (each a position in `files`), and which registry
/// each plan folder uses.
struct ToRead {
    files: Vec<(PathBuf, FileKind)>,
    settings_index: Option<usize>,
    registry_of_dir: HashMap<PathBuf, Option<usize>>,
}

fn to_read(found: Vec<discover::Found>, root: Option<&Path>) -> ToRead {
    // The files to read: the discovered ones, the root's kpi.toml, and the registries
    // above the plans that the walk did not reach. One walk spells each path one way, so
    // paths are compared as found; only what lies outside the walk is canonicalised.
    let mut files: Vec<(PathBuf, FileKind)> = found.into_iter().map(|f| (f.path, f.kind)).collect();
    let mut index: HashMap<PathBuf, usize> = files
        .iter()
        .enumerate()
        .map(|(i, (p, _))| (p.clone(), i))
        .collect();
    let settings_index = root.map(|r| {
        let path = r.join(settings::SETTINGS_FILE);
        let canon = canonical(&path);
        files
            .iter()
            .position(|(p, k)| *k == FileKind::Settings && canonical(p) == canon)
            .unwrap_or_else(|| {
                files.push((path, FileKind::Settings));
                files.len() - 1
            })
    });
    let root_canon = root.and_then(|r| r.canonicalize().ok());
    let plan_dirs: Vec<PathBuf> = files
        .iter()
        .filter(|(_, k)| *k == FileKind::Plan)
        .filter_map(|(p, _)| p.parent().map(Path::to_path_buf))
        .collect();
    let mut registry_of_dir: HashMap<PathBuf, Option<usize>> = HashMap::new();
    for dir in plan_dirs {
        if registry_of_dir.contains_key(&dir) {
            continue;
        }
        // The nearest registry the walk found, else one on disk above the walk.
        let walked = dir
            .ancestors()
            .find_map(|d| index.get(&d.join("units.toml")).copied());
        let reg = walked.or_else(|| {
            let abs = canonical(&dir);
            let stop = root_canon.as_deref().filter(|r| abs.starts_with(r));
            discover::registry_above(&abs, stop).map(|path| {
                *index.entry(path.clone()).or_insert_with(|| {
                    files.push((path, FileKind::Registry));
                    files.len() - 1
                })
            })
        });
        registry_of_dir.insert(dir, reg);
    }
    ToRead {
        files,
        settings_index,
        registry_of_dir,
    }
}

/// Add the plans that loaded to the repository; a plan id used twice is an error at the
/// second (its plan is left out).
fn add_plans(
    repo: &mut Repository,
    plans: Vec<Option<Plan>>,
    sources: &mut SourceMap,
    diagnostics: &mut Diagnostics,
    lang: Lang,
) {
    let mut plan_first: HashMap<String, FileId> = HashMap::new();
    for plan in plans {
        let Some(plan) = plan else { continue };
        if let Some(first) = plan_first.get(&plan.id) {
            sources.reload(plan.file);
            let span = header_id_span(sources, plan.file);
            diagnostics.push(
                Diagnostic::new(
                    Check::DuplicatePlanId,
                    plan.file,
                    span,
                    tr!(
                        lang,
                        msg::DUPLICATE_ID,
                        what = msg::NOUN_PLAN.text(lang),
                        id = plan.id
                    ),
                )
                .help(tr!(
                    lang,
                    msg::DUPLICATE_PLAN_HELP,
                    path = sources.path(*first).display(),
                    plan = plan.id
                )),
            );
            continue;
        }
        plan_first.insert(plan.id.clone(), plan.file);
        repo.plans.push(plan);
    }
}

/// The leftovers of killed `kpi done` runs, and the paths that could not be read: each a
/// diagnostic on a file of its own, after the files read.
fn add_path_problems(
    stale: Vec<PathBuf>,
    problems: Vec<(PathBuf, Unreadable)>,
    sources: &mut SourceMap,
    diagnostics: &mut Diagnostics,
    lang: Lang,
) {
    // Temporary files of killed `kpi done` runs: harmless, but worth removing.
    for path in stale {
        let id = sources.add(SourceFile::new(path.clone(), String::new()));
        diagnostics.push(
            Diagnostic::new(
                Check::StaleTempFile,
                id,
                Span::FILE,
                tr!(lang, msg::STALE_TEMP, path = path.display()),
            )
            .help(tr!(lang, msg::STALE_TEMP_HELP)),
        );
    }
    // The paths that could not be read follow the files.
    for (path, why) in problems {
        let id = sources.add(SourceFile::new(path.clone(), String::new()));
        diagnostics.push(Diagnostic::new(
            Check::UnreadableFile,
            id,
            Span::FILE,
            tr!(
                lang,
                msg::CANNOT_READ,
                path = path.display(),
                why = unreadable(lang, &why)
            ),
        ));
    }
}

/// What attaching progress files needs of the load.
struct Attach<'a> {
    files: &'a [(PathBuf, FileKind)],
    nfc: &'a [bool],
    sources: &'a SourceMap,
    today: NaiveDate,
    calendar: &'a Calendar,
    lang: Lang,
}

/// Each progress file belongs to the plan file with the same stem in the same folder:
/// its requests and records are checked against that plan and attached to it.
fn attach_progress(
    repo: &mut Repository,
    progress: Vec<(usize, RawProgress)>,
    at: &Attach,
    diagnostics: &mut Diagnostics,
) {
    let plan_by_path: HashMap<PathBuf, usize> = repo
        .plans
        .iter()
        .enumerate()
        .map(|(i, p)| (at.sources.path(p.file).to_path_buf(), i))
        .collect();
    for (i, raw) in progress {
        let file = FileId(i as u32);
        let path = &at.files[i].0;
        let plan_path = plan_path_of(path);
        let mut ctx = Ctx {
            file,
            diags: diagnostics,
            nfc: at.nfc[i],
            lang: at.lang,
        };
        match plan_by_path.get(&plan_path) {
            Some(&pi) => {
                let plan = &mut repo.plans[pi];
                let registry = &repo.registries[plan.registry];
                validate::progress(&mut ctx, raw, plan, registry, at.today, at.calendar);
            }
            None if plan_path.is_file() => {} // its plan failed to load and was reported
            None => {
                ctx.report(
                    Check::OrphanProgress,
                    Span::FILE,
                    tr!(at.lang, msg::ORPHAN_PROGRESS, path = plan_path.display()),
                )
                .help = Some(tr!(at.lang, msg::ORPHAN_PROGRESS_HELP));
            }
        }
    }
}

impl Loaded {
    /// The first error of each file that has one, in file order: the files whose content
    /// an answer leaves out, in part or whole (DESIGN.md 6.1).
    pub fn broken(&self) -> Vec<&Diagnostic> {
        let mut out: Vec<&Diagnostic> = Vec::new();
        for d in &self.diagnostics {
            if d.severity == crate::diagnostic::Severity::Error
                && out.last().is_none_or(|l| l.file != d.file)
            {
                out.push(d);
            }
        }
        out
    }
}

/// Give each diagnostic of `source` the line it points to.
fn take_excerpts(diags: &mut Diagnostics, source: &SourceFile) {
    for d in diags {
        d.excerpt = Some(Box::new(source.excerpt_hiding(d.span, d.redact)));
    }
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
    document::parse(text)
        .ok()
        .and_then(|t| Some(t.get("plan")?.node.as_table()?.get("id")?.span))
        .unwrap_or(Span::FILE)
}

/// Why a path could not be read, in `lang`.
fn unreadable(lang: Lang, why: &Unreadable) -> String {
    match why {
        Unreadable::Missing => tr!(lang, msg::WHY_MISSING),
        Unreadable::Outside => tr!(lang, msg::WHY_OUTSIDE),
        Unreadable::BrokenLink => tr!(lang, msg::WHY_BROKEN_LINK),
        Unreadable::NotRegular => tr!(lang, msg::WHY_NOT_REGULAR),
        Unreadable::NotToml => tr!(lang, msg::WHY_NOT_TOML),
        Unreadable::LinkLoop => tr!(lang, msg::WHY_LINK_LOOP),
        Unreadable::Folder => tr!(lang, msg::WHY_FOLDER),
        Unreadable::TooLarge { mib } => tr!(
            lang,
            msg::WHY_TOO_LARGE,
            size = mib,
            max = MAX_FILE_BYTES >> 20
        ),
        Unreadable::Io {
            kind: std::io::ErrorKind::PermissionDenied,
            text,
        } => tr!(lang, msg::WHY_DENIED, os = text),
        Unreadable::Io { text, .. } => tr!(lang, msg::WHY_OS, os = text),
    }
}

/// Read, decode and parse one file other than a plan; never panics, never fails:
/// problems are diagnostics.
fn read_file(
    id: FileId,
    path: &Path,
    kind: FileKind,
    boundary: &discover::Boundary,
    lang: Lang,
) -> FileResult {
    let mut r = match read_text(id, path, kind, Vec::new(), boundary, lang) {
        Ok(r) => r,
        Err(failed) => return *failed,
    };
    let parsed = parse(
        id,
        &r.source.text,
        r.nfc,
        lang,
        &mut r.diags,
        |ctx, root, span| match kind {
            FileKind::Settings => {
                Parsed::Settings(Box::new(settings::read_settings(ctx, root, span)))
            }
            FileKind::Registry => Parsed::Registry(raw::registry(ctx, root, span)),
            FileKind::Progress => Parsed::Progress(raw::progress(ctx, root, span)),
            FileKind::Plan => unreachable!("plans are read by `load`"),
        },
    );
    r.parsed = parsed.unwrap_or(Parsed::Failed);
    r
}

/// Parse `text` and read its tables with `read`; a syntax error is reported instead.
fn parse<'i, T>(
    id: FileId,
    text: &'i str,
    nfc: bool,
    lang: Lang,
    diags: &mut Diagnostics,
    read: impl FnOnce(&mut Ctx, &Table<'i>, Span) -> T,
) -> Option<T> {
    let table = match document::parse(text) {
        Ok(table) => table,
        // Only the first error: after one, the parser's recovery mostly reports
        // consequences of it.
        Err(e) => {
            let span = e.span().map_or(Span::FILE, Span::new);
            diags.push(syntax::diagnostic(id, text, span, e.message(), lang));
            return None;
        }
    };
    let mut ctx = Ctx {
        file: id,
        diags,
        nfc,
        lang,
    };
    Some(read(&mut ctx, &table, Span::new(0..0)))
}

/// Read and decode one file into `buffer` (whose memory is reused: see `BUFFER`); what
/// went wrong comes back as a failed `FileResult`.
fn read_text(
    id: FileId,
    path: &Path,
    kind: FileKind,
    buffer: Vec<u8>,
    boundary: &discover::Boundary,
    lang: Lang,
) -> Result<FileResult, Box<FileResult>> {
    let mut diags = Vec::new();
    let fail = |text: String, diags| FileResult {
        source: SourceFile::new(path.to_path_buf(), text),
        nfc: true,
        parsed: Parsed::Failed,
        diags,
    };
    // A link that leads out of the repository is never opened: its target may be a
    // secret, and what kpi cannot read it cannot print.
    let linked = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let bytes = if linked && !boundary.contains(path) {
        Err(Unreadable::Outside)
    } else {
        read_regular(path, buffer)
    };
    let mut bytes = match bytes {
        Ok(b) => b,
        Err(why) => {
            diags.push(Diagnostic::new(
                Check::UnreadableFile,
                id,
                Span::FILE,
                tr!(
                    lang,
                    msg::CANNOT_READ,
                    path = path.display(),
                    why = unreadable(lang, &why)
                ),
            ));
            return Err(Box::new(fail(String::new(), diags)));
        }
    };
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            diags.push(
                Diagnostic::new(
                    Check::InvalidUtf8,
                    id,
                    Span::new(at..at + '\u{FFFD}'.len_utf8()),
                    tr!(lang, msg::NOT_UTF8),
                )
                .label(tr!(lang, msg::NOT_UTF8_LABEL))
                .help(tr!(lang, msg::NOT_UTF8_HELP)),
            );
            return Err(Box::new(fail(text, diags)));
        }
    };
    if text.trim().is_empty() && matches!(kind, FileKind::Plan | FileKind::Registry) {
        diags.push(
            Diagnostic::new(
                Check::EmptyFile,
                id,
                Span::FILE,
                tr!(lang, msg::EMPTY_FILE, path = path.display()),
            )
            .help(match kind {
                FileKind::Plan => tr!(lang, msg::EMPTY_PLAN_HELP),
                _ => tr!(lang, msg::EMPTY_REGISTRY_HELP),
            }),
        );
        return Err(Box::new(fail(text, diags)));
    }
    let nfc = crate::text::is_nfc(&text);
    Ok(FileResult {
        source: SourceFile::new(path.to_path_buf(), text),
        nfc,
        parsed: Parsed::Failed,
        diags,
    })
}

/// Read a regular file whole into `buffer`. Anything else (a FIFO, a device, a socket, a
/// folder) is refused without blocking: the file is opened non-blocking and checked to
/// be regular before a byte is read, so a FIFO named like a plan never hangs kpi.
pub fn read_regular(path: &Path, mut buffer: Vec<u8>) -> Result<Vec<u8>, Unreadable> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let mut file = options.open(path).map_err(|e| Unreadable::io(&e))?;
    let meta = file.metadata().map_err(|e| Unreadable::io(&e))?;
    if meta.is_dir() {
        return Err(Unreadable::Folder);
    }
    if !meta.is_file() {
        return Err(Unreadable::NotRegular);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Unreadable::TooLarge {
            mib: meta.len() >> 20,
        });
    }
    buffer.clear();
    buffer.reserve(meta.len() as usize);
    // Read at most one byte past the limit: a file that grows while it is read stops there.
    (&mut file)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buffer)
        .map_err(|e| Unreadable::io(&e))?;
    Ok(buffer)
}

/// Only the settings of the repository at `root` (for commands that read no plans),
/// with the diagnostics of kpi.toml, worded in `lang`.
pub fn settings(root: Option<&Path>, lang: Lang) -> (Settings, Diagnostics, SourceMap) {
    let mut sources = SourceMap::default();
    let Some(root) = root else {
        return (Settings::default(), Vec::new(), sources);
    };
    let boundary = discover::Boundary::new(Some(root), &[]);
    let r = read_file(
        FileId(0),
        &root.join(settings::SETTINGS_FILE),
        FileKind::Settings,
        &boundary,
        lang,
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
        Calendar::vietnam(&self.holidays, &self.workdays, self.roll_to_working_day)
    }
}
