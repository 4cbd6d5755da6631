//! Registries (units.toml): each validated on its own, in parallel; organisation ids
//! are compared across them after.

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;

use crate::diagnostic::{Check, Diagnostic, Diagnostics};
use crate::i18n::checks as msg;
use crate::plan::fields::Ctx;
use crate::plan::model::{Registry, Repository};
use crate::plan::raw::RawRegistry;
use crate::plan::validate;
use crate::source::{FileId, Span};
use crate::tr;

use super::Reading;

/// Validate `registries` (each with its position in the files) into `repo`; an
/// organisation id used twice is an error at the second. Returns where each file's
/// registry went in `repo.registries`.
pub(super) fn add(
    reading: &mut Reading,
    registries: Vec<(usize, RawRegistry)>,
    repo: &mut Repository,
) -> HashMap<usize, usize> {
    let lang = reading.lang;
    let checked: Vec<(usize, Option<Span>, Option<Registry>, Diagnostics)> = registries
        .into_par_iter()
        .map(|(i, raw)| {
            let mut diags = Diagnostics::new();
            let mut ctx = Ctx {
                file: FileId(i as u32),
                diags: &mut diags,
                nfc: reading.nfc[i],
                controls: reading.controls[i],
                simple: reading.simple[i],
                lang,
                helps: Default::default(),
            };
            let source = reading.slots[i].as_ref().expect("read before");
            let dir = reading.files[i]
                .0
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            let org_span = raw.org.as_ref().map(|o| o.id.span);
            let reg = validate::registry(&mut ctx, source, dir, raw);
            (i, org_span, reg, diags)
        })
        .collect();
    let mut registry_at = HashMap::new();
    let mut org_first: HashMap<String, usize> = HashMap::new();
    for (i, org_span, reg, diags) in checked {
        reading.diagnostics.extend(diags);
        let Some(reg) = reg else { continue };
        if let Some(&first) = org_first.get(&reg.org_id) {
            reading.diagnostics.push(
                Diagnostic::new(
                    Check::DuplicateOrgId,
                    FileId(i as u32),
                    org_span.unwrap_or(Span::FILE),
                    tr!(lang, msg::DUPLICATE_ORG, org = reg.org_id),
                )
                .help(tr!(
                    lang,
                    msg::DUPLICATE_ORG_HELP,
                    path = reading.files[first].0.display()
                )),
            );
        }
        org_first.entry(reg.org_id.clone()).or_insert(i);
        registry_at.insert(i, repo.registries.len());
        repo.registries.push(reg);
    }
    registry_at
}
