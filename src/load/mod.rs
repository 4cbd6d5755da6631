//! The loader: discovered files → source text → raw structs → validated repository.
//!
//! Files are read and parsed in parallel (rayon); each file's diagnostics are collected
//! on its own and merged, so one bad file never stops the others. The stages, one module
//! each: `files` reads and decodes (and parses what is not a plan), `registries`
//! validates the units.toml files, `plans` reads and validates every plan while its text
//! is at hand, `progress` attaches each progress file to its plan. The cross-file rules
//! live in those stages: which registry a plan uses, duplicate organisation and plan
//! ids, which plan a progress file belongs to.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::diagnostic::{Check, Diagnostic, Diagnostics, Severity};
use crate::discover::{self, FileKind, Unreadable};
use crate::i18n::{Lang, checks as msg};
use crate::plan::model::Repository;
use crate::plan::raw::{RawProgress, RawRegistry};
use crate::schedule::{Calendar, Rules};
use crate::settings::{self, Settings};
use crate::source::{FileId, SourceFile, SourceMap, Span};
use crate::tr;

mod files;
mod plans;
mod progress;
mod registries;
mod syntax;

pub use files::{MAX_FILE_BYTES, read_regular};
pub use progress::plan_path_of;

use files::{FileResult, Parsed};

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

/// The files of one load and what each stage has learnt of them, by position (a file's
/// position is its `FileId`).
struct Reading<'a> {
    files: &'a [(PathBuf, FileKind)],
    boundary: &'a discover::Boundary,
    lang: Lang,
    kept: Keep,
    /// Each file's source, once read.
    slots: Vec<Option<SourceFile>>,
    /// Whether each file's whole text is NFC (nearly always): per-value NFC checks are
    /// skipped then.
    nfc: Vec<bool>,
    /// Whether each file may hold a control character (see `plan::fields::Ctx`).
    controls: Vec<bool>,
    /// Whether each file's text values are all simple (see `plan::fields::Ctx`).
    simple: Vec<bool>,
    diagnostics: Diagnostics,
}

/// What the files other than plans hold, by the position of their file.
#[derive(Default)]
struct Others {
    settings: HashMap<usize, Box<Settings>>,
    registries: Vec<(usize, RawRegistry)>,
    progress: Vec<(usize, RawProgress)>,
}

impl<'a> Reading<'a> {
    fn new(
        files: &'a [(PathBuf, FileKind)],
        boundary: &'a discover::Boundary,
        lang: Lang,
        kept: Keep,
    ) -> Self {
        Reading {
            files,
            boundary,
            lang,
            kept,
            slots: (0..files.len()).map(|_| None).collect(),
            nfc: vec![true; files.len()],
            controls: vec![true; files.len()],
            simple: vec![false; files.len()],
            diagnostics: Diagnostics::new(),
        }
    }

    /// Keep what reading file `i` gave: its source and its diagnostics.
    fn keep(&mut self, i: usize, r: FileResult) {
        self.slots[i] = Some(r.source);
        self.nfc[i] = r.nfc;
        self.controls[i] = r.controls;
        self.simple[i] = r.simple;
        self.diagnostics.extend(r.diags);
    }

    /// Read every file but the plans (settings, registries, progress files), in
    /// parallel, into their raw forms.
    fn others(&mut self) -> Others {
        let (boundary, lang) = (self.boundary, self.lang);
        let read: Vec<(usize, FileResult)> = self
            .files
            .par_iter()
            .enumerate()
            .filter(|(_, (_, kind))| *kind != FileKind::Plan)
            .map(|(i, (path, kind))| {
                let id = FileId(i as u32);
                (i, files::read_file(id, path, *kind, boundary, lang))
            })
            .collect();
        let mut others = Others::default();
        for (i, mut r) in read {
            match std::mem::replace(&mut r.parsed, Parsed::Failed) {
                Parsed::Settings(s) => {
                    others.settings.insert(i, s);
                }
                Parsed::Registry(raw) => others.registries.push((i, raw)),
                Parsed::Progress(raw) => others.progress.push((i, raw)),
                Parsed::Failed => {}
            }
            self.keep(i, r);
        }
        others
    }

    /// The sources of every file, in order (an empty one for a file never read).
    fn sources(&mut self) -> SourceMap {
        let mut sources = SourceMap::default();
        for (slot, (path, _)) in std::mem::take(&mut self.slots).into_iter().zip(self.files) {
            sources.add(slot.unwrap_or_else(|| SourceFile::new(path.clone(), String::new())));
        }
        sources
    }
}

/// Load everything under `paths`. `root` is the folder of `kpi.toml`, if any. Every
/// diagnostic, and the error of a path that does not exist, is worded in `lang`.
pub fn load(
    paths: &[PathBuf],
    root: Option<&Path>,
    today: NaiveDate,
    lang: Lang,
) -> Result<Loaded, String> {
    load_keeping(paths, root, today, lang, Keep::All)
}

/// A repository of one registry (organisation `o`, unit `VP`), the plan file `plan` and,
/// if any, its progress file `progress`, loaded in English as of `today`: for the unit
/// tests of what a load gives.
#[cfg(test)]
pub(crate) fn one_plan(plan: &str, progress: Option<&str>, today: NaiveDate) -> Loaded {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("units.toml"),
        "[org]\nid = \"o\"\nname = \"O\"\n\n[[unit]]\ncode = \"VP\"\nname = \"Văn phòng\"\n",
    )
    .unwrap();
    std::fs::write(d.join("p.toml"), plan).unwrap();
    if let Some(progress) = progress {
        std::fs::write(d.join("p.progress.toml"), progress).unwrap();
    }
    load(&[d.to_path_buf()], None, today, Lang::En).unwrap()
}

/// Which diagnostics `load_keeping` keeps.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Keep {
    /// Every one, each with the line it points to (`kpi check`, and whatever shows them).
    All,
    /// The errors alone: a list says which files its answer leaves out (`broken`) and
    /// shows no warning, so the lines of a repository's thousands of warnings are not
    /// taken (docs/performance.md).
    Errors,
}

/// `load`, keeping the diagnostics `keep` names.
pub fn load_keeping(
    paths: &[PathBuf],
    root: Option<&Path>,
    today: NaiveDate,
    lang: Lang,
    keep: Keep,
) -> Result<Loaded, String> {
    let boundary = discover::Boundary::new(root, paths);
    let found = discover::discover(paths, &boundary)
        .map_err(|(path, why)| format!("{}: {}", path.display(), files::unreadable(lang, &why)))?;
    let files::ToRead {
        files,
        settings_index,
        registry_of_dir,
    } = files::to_read(found.files, root);
    let mut reading = Reading::new(&files, &boundary, lang, keep);

    // Everything but the plans first; then the registries; then each plan is read,
    // parsed and validated in one parallel step, under the settings' calendar.
    let mut others = reading.others();
    let settings = settings_index
        .and_then(|i| others.settings.remove(&i))
        .map(|s| *s)
        .unwrap_or_default();
    let mut repo = Repository::default();
    let registry_at = registries::add(&mut reading, others.registries, &mut repo);
    let calendar = settings.calendar();
    let rules = Rules {
        calendar: &calendar,
        report_day: settings.report_day,
    };
    let plans = plans::read(&mut reading, &registry_of_dir, &registry_at, &repo, &rules);

    let mut sources = reading.sources();
    let mut diagnostics = std::mem::take(&mut reading.diagnostics);
    add_path_problems(
        found.stale,
        found.problems,
        &mut sources,
        &mut diagnostics,
        lang,
    );
    plans::add(&mut repo, plans, &mut sources, &mut diagnostics, lang);
    let attach = progress::Attach {
        files: &files,
        nfc: &reading.nfc,
        controls: &reading.controls,
        sources: &sources,
        today,
        calendar: &calendar,
        lang,
    };
    progress::attach_progress(&mut repo, others.progress, &attach, &mut diagnostics);

    if keep == Keep::Errors {
        diagnostics.retain(|d| d.severity == Severity::Error);
    }
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
        plan_files: files.iter().filter(|(_, k)| *k == FileKind::Plan).count(),
    })
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
        diagnostics.push(files::cannot_read(id, &path, &why, lang));
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

/// Give each diagnostic of `source` the line it points to, having let go of those
/// `keep` does not keep.
fn take_excerpts(diags: &mut Diagnostics, source: &SourceFile, keep: Keep) {
    if keep == Keep::Errors {
        diags.retain(|d| d.severity == Severity::Error);
    }
    for d in diags {
        d.excerpt = Some(Box::new(source.excerpt_hiding(d.span, d.redact)));
    }
}

/// Only the settings of the repository at `root` (for commands that read no plans),
/// with the diagnostics of kpi.toml, worded in `lang`.
pub fn settings(root: Option<&Path>, lang: Lang) -> (Settings, Diagnostics, SourceMap) {
    let mut sources = SourceMap::default();
    let Some(root) = root else {
        return (Settings::default(), Vec::new(), sources);
    };
    let boundary = discover::Boundary::new(Some(root), &[]);
    let r = files::read_file(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_load_that_keeps_errors_keeps_them_as_a_full_load_does() {
        // Every broken repository of the check fixtures: the same errors, each with the
        // same line; no warning or note; the same plans.
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
        let today = NaiveDate::from_ymd_opt(2024, 7, 1).unwrap();
        let (mut errors, mut dropped) = (0, 0);
        for entry in std::fs::read_dir(fixtures).unwrap() {
            let dir = entry.unwrap().path();
            let all = load(std::slice::from_ref(&dir), None, today, Lang::Vi).unwrap();
            let kept = load_keeping(
                std::slice::from_ref(&dir),
                None,
                today,
                Lang::Vi,
                Keep::Errors,
            )
            .unwrap();
            let shown = |l: &Loaded, only_errors: bool| {
                l.diagnostics
                    .iter()
                    .filter(|d| !only_errors || d.severity == Severity::Error)
                    .map(|d| format!("{d:?}"))
                    .collect::<Vec<_>>()
            };
            assert_eq!(shown(&kept, false), shown(&all, true), "{}", dir.display());
            assert_eq!(kept.repo.plans.len(), all.repo.plans.len());
            assert_eq!(kept.broken().len(), all.broken().len());
            errors += shown(&all, true).len();
            dropped += all.diagnostics.len() - kept.diagnostics.len();
        }
        assert!(
            errors > 20 && dropped > 10,
            "{errors} errors, {dropped} others"
        );
    }
}
