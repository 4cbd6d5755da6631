//! Plans: each read, parsed and validated in one parallel step, while its text is in
//! the cache (and `RawPlan` borrows from it); the text is let go right after. A plan id
//! used twice is an error at the second.

use std::collections::HashMap;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::diagnostic::{Check, Diagnostic, Diagnostics};
use crate::discover::FileKind;
use crate::document;
use crate::i18n::{Lang, checks as msg};
use crate::plan::fields::Ctx;
use crate::plan::model::{Plan, Repository};
use crate::plan::raw;
use crate::plan::validate;
use crate::schedule::Rules;
use crate::source::{FileId, SourceMap, Span};
use crate::tr;

use super::Reading;
use super::files::{BUFFER, FileResult, parse, read_text};

/// Read and validate every plan file under the rules of the run; `registry_of_dir`
/// says which file's registry each plan folder uses, `registry_at` where that registry
/// is in `repo` (none: it failed to load). A plan that fails is `None`.
pub(super) fn read(
    reading: &mut Reading,
    registry_of_dir: &HashMap<PathBuf, Option<usize>>,
    registry_at: &HashMap<usize, usize>,
    repo: &Repository,
    rules: &Rules,
) -> Vec<Option<Plan>> {
    let (files, boundary, lang, keep) =
        (reading.files, reading.boundary, reading.lang, reading.kept);
    let cache = crate::schedule::Cache::default();
    let validated: Vec<(usize, FileResult, Option<Plan>)> = files
        .par_iter()
        .enumerate()
        .filter(|(_, (_, kind))| *kind == FileKind::Plan)
        .map(|(i, (path, kind))| {
            let id = FileId(i as u32);
            let mut r = match read_text(id, path, *kind, BUFFER.take(), boundary, lang) {
                Ok(r) => r,
                Err(failed) => return (i, *failed, None),
            };
            let plan = parse(
                id,
                &r.source.text,
                (r.nfc, r.controls),
                lang,
                &mut r.diags,
                raw::plan,
            );
            let plan = plan.and_then(|raw| {
                let mut ctx = Ctx {
                    file: id,
                    diags: &mut r.diags,
                    nfc: r.nfc,
                    controls: r.controls,
                    simple: r.simple,
                    lang,
                    helps: Default::default(),
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
                validate::plan(&mut ctx, &r.source, raw, reg, rules, &cache)
            });
            // The text is not needed any more: each diagnostic keeps the line it points
            // to, and the next file reuses the memory. (SourceMap::reload brings the text
            // back for a diagnostic found later.)
            super::take_excerpts(&mut r.diags, &r.source, keep);
            let text = r.source.release();
            if text.capacity() <= 1 << 20 {
                BUFFER.set(text.into_bytes());
            }
            (i, r, plan)
        })
        .collect();
    let mut plans = Vec::with_capacity(validated.len());
    for (i, r, plan) in validated {
        reading.keep(i, r);
        plans.push(plan);
    }
    plans
}

/// Add the plans that loaded to the repository; a plan id used twice is an error at the
/// second (its plan is left out).
pub(super) fn add(
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

/// The span of `id` in `[plan]`, for diagnostics about the plan as a whole.
fn header_id_span(sources: &SourceMap, file: FileId) -> Span {
    let text = &sources.get(file).text;
    document::parse(text)
        .ok()
        .and_then(|t| Some(t.get("plan")?.node.as_table()?.get("id")?.span))
        .unwrap_or(Span::FILE)
}
