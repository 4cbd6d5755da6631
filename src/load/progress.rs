//! Progress files: each belongs to the plan file with the same stem in the same folder;
//! its requests and records are checked against that plan and attached to it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diagnostic::{Check, Diagnostics};
use crate::discover::{FileKind, PROGRESS_SUFFIX};
use crate::i18n::{Lang, checks as msg};
use crate::plan::fields::Ctx;
use crate::plan::model::Repository;
use crate::plan::raw::RawProgress;
use crate::plan::validate;
use crate::schedule::Calendar;
use crate::source::{FileId, SourceMap, Span};
use crate::tr;

/// What attaching progress files needs of the load.
pub(super) struct Attach<'a> {
    pub(super) files: &'a [(PathBuf, FileKind)],
    pub(super) nfc: &'a [bool],
    pub(super) controls: &'a [bool],
    pub(super) sources: &'a SourceMap,
    pub(super) today: NaiveDate,
    pub(super) calendar: &'a Calendar,
    pub(super) lang: Lang,
}

/// Each progress file belongs to the plan file with the same stem in the same folder:
/// its requests and records are checked against that plan and attached to it.
pub(super) fn attach_progress(
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
            controls: at.controls[i],
            simple: false,
            lang: at.lang,
            helps: Default::default(),
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

/// `a/b/plan.progress.toml` → `a/b/plan.toml`.
pub fn plan_path_of(progress: &Path) -> PathBuf {
    let name = progress
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let stem = name.strip_suffix(PROGRESS_SUFFIX).unwrap_or(name);
    progress.with_file_name(format!("{stem}.toml"))
}
