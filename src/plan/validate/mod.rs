//! Raw → model: resolve names, check the rules that concern one registry, one plan or one
//! progress file, and collect every diagnostic on the way. A plan is here; a registry in
//! `registry`, a task's deadline in `deadline`, a progress file in `progress`.
//!
//! Rules that span files (duplicate plan or org ids, which registry a plan uses) live in
//! `load.rs`; deadline phrases are read by `schedule`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use crate::diagnostic::Check;
use crate::i18n::{self, Msg, checks as msg};
use crate::plan::fields::{Ctx, Sp, Str};
use crate::plan::model::*;
use crate::plan::raw::{DueItem, RawPlan, RawProgress, RawRegistry, RawTask};
use crate::schedule::{Rules, Schedule, phrase, resolve};
use crate::source::SourceFile;
use crate::suggest::Suggestion;
use crate::{text, tr};

mod deadline;
mod progress;
mod registry;

use deadline::*;
use registry::*;

pub use progress::progress;
pub use registry::registry;

/// Warn about text that is not NFC: it looks right but matches and sorts wrong.
fn nfc(ctx: &mut Ctx, s: &Sp<impl AsRef<str>>) {
    if !ctx.nfc && !text::is_nfc(s.value.as_ref()) {
        let lang = ctx.lang;
        ctx.report(Check::NotNfc, s.span, tr!(lang, msg::NOT_NFC))
            .help = Some(tr!(lang, msg::NOT_NFC_HELP));
    }
}

fn nfc_all<'a, S: AsRef<str> + 'a>(ctx: &mut Ctx, items: impl IntoIterator<Item = &'a Sp<S>>) {
    for s in items {
        nfc(ctx, s);
    }
}

fn line_of(source: &SourceFile, span: crate::source::Span) -> usize {
    source.line_col(span.start).0
}

/// `what` is the noun of the id's owner: `msg::NOUN_PLAN`, `msg::NOUN_TASK`.
fn check_id(ctx: &mut Ctx, id: &Sp<Str>, what: Msg) -> bool {
    let bad = id.value.is_empty() || id.value.chars().any(|c| c.is_whitespace() || c == ':');
    if bad {
        let lang = ctx.lang;
        let fix = id
            .value
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("-")
            .replace(':', ".");
        ctx.report(
            Check::InvalidValue,
            id.span,
            tr!(lang, msg::BAD_ID, what = what.text(lang), id = id.value),
        )
        .help = Some(tr!(lang, msg::BAD_ID_HELP, fix = fix));
    }
    !bad
}

/// Report ids seen twice; `seen` keeps the first span of each.
fn unique<'a>(
    ctx: &mut Ctx,
    source: &SourceFile,
    seen: &mut foldhash::HashMap<&'a str, crate::source::Span>,
    id: &'a Sp<Str>,
    check: Check,
    what: Msg,
) {
    if let Some(first) = seen.get(&*id.value) {
        let line = line_of(source, *first);
        let (lang, what) = (ctx.lang, what.text(ctx.lang));
        ctx.report(
            check,
            id.span,
            tr!(lang, msg::DUPLICATE_ID, what = what, id = id.value),
        )
        .help = Some(tr!(
            lang,
            msg::DUPLICATE_ID_HELP,
            what = what,
            line = line,
            id = id.value
        ));
    } else {
        seen.insert(&id.value, id.span);
    }
}

pub fn plan(
    ctx: &mut Ctx,
    source: &SourceFile,
    raw: RawPlan<'_>,
    registry: Result<(usize, &Registry), Option<&std::path::Path>>,
    rules: &Rules,
    cache: &crate::schedule::Cache,
) -> Option<Plan> {
    let header = raw.header?;
    let lang = ctx.lang;
    check_id(ctx, &header.id, msg::NOUN_PLAN);
    nfc_all(
        ctx,
        [
            &header.number,
            &header.title,
            &header.place,
            &header.signer,
            &header.signer_title,
        ]
        .into_iter()
        .flatten()
        .chain(&header.basis)
        .chain(&header.indices),
    );
    let period = match (&header.period, &header.year) {
        (Some(p), _) => p.value,
        (None, Some(y)) => {
            let y = y.value as i32;
            (
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            )
        }
        (None, None) => return None,
    };
    let period_span = header.period.as_ref().map(|p| p.span);
    provisional_holidays(
        ctx,
        period,
        period_span.or(header.year.as_ref().map(|y| y.span)),
        rules,
    );
    if let (Some(issued), true) = (&header.issued, header.period.is_none())
        && issued.value.year() > period.1.year()
    {
        ctx.report(
            Check::InvalidValue,
            issued.span,
            tr!(
                lang,
                msg::ISSUED_AFTER,
                issued = issued.value.year(),
                year = period.1.year()
            ),
        );
    }

    let mut seen = foldhash::HashMap::default();
    let targets = raw
        .targets
        .iter()
        .map(|t| {
            unique(
                ctx,
                source,
                &mut seen,
                &t.id,
                Check::DuplicateTargetId,
                msg::NOUN_TARGET,
            );
            nfc_all(ctx, t.text.iter());
            Target {
                id: t.id.value.to_string(),
                text: t
                    .text
                    .as_ref()
                    .map_or_else(String::new, |s| s.value.to_string()),
                index: t.index.iter().map(|s| s.value.to_string()).collect(),
            }
        })
        .collect();

    let mut seen = foldhash::HashMap::default();
    for s in &raw.sections {
        unique(
            ctx,
            source,
            &mut seen,
            &s.id,
            Check::DuplicateSectionId,
            msg::NOUN_SECTION,
        );
        nfc_all(ctx, s.title.iter());
    }
    let section_at: foldhash::HashMap<&str, usize> = raw
        .sections
        .iter()
        .enumerate()
        .rev()
        .map(|(i, s)| (&*s.id.value, i))
        .collect();
    let find_section = |ctx: &mut Ctx, id: &Sp<Str>| -> Option<usize> {
        let found = section_at.get(&*id.value).copied();
        if found.is_none() {
            let ids = || raw.sections.iter().map(|s| &*s.id.value);
            let help = match Suggestion::closest(&id.value, ids()) {
                Some(s) => s.say(lang),
                None if raw.sections.is_empty() => tr!(lang, msg::NO_SECTIONS),
                None => tr!(
                    lang,
                    msg::SECTIONS_ARE,
                    list = ids().collect::<Vec<_>>().join(", ")
                ),
            };
            ctx.report(
                Check::UnknownSection,
                id.span,
                tr!(lang, msg::UNKNOWN_SECTION, id = id.value),
            )
            .help = Some(help);
        }
        found
    };
    let mut sections: Vec<Section> = raw
        .sections
        .iter()
        .map(|s| Section {
            id: s.id.value.to_string(),
            parent: s.parent.as_ref().and_then(|p| find_section(ctx, p)),
            title: s
                .title
                .as_ref()
                .map_or_else(String::new, |t| t.value.to_string()),
            index: s.index.iter().map(|i| i.value.to_string()).collect(),
        })
        .collect();
    inherit_indices(&mut sections);
    // One shared list per section (and for the plan): tasks point to it.
    let plan_indices: Arc<[String]> = header.indices.iter().map(|s| s.value.to_string()).collect();
    let section_indices: Vec<Arc<[String]>> = sections
        .iter()
        .map(|s| {
            if s.index.is_empty() {
                plan_indices.clone()
            } else {
                s.index.clone().into()
            }
        })
        .collect();

    let mut seen = foldhash::HashMap::default();
    let mut tasks = Vec::with_capacity(raw.tasks.len());
    let mut data = TaskData::with_capacity(
        raw.tasks
            .iter()
            .map(|t| header.id.value.len() + 1 + text_len(t))
            .sum(),
        raw.tasks
            .iter()
            .map(|t| t.lead.len() + t.support.len())
            .sum(),
        raw.tasks.iter().map(|t| t.due.len()).sum(),
    );
    let placeholder = Arc::new(TaskData::default());
    let mut plan_cache = foldhash::HashMap::default();
    let issued = header.issued.as_ref().map(|d| d.value);
    // Occurrences of recurring deadlines left out because they end before the issue.
    let mut left_out = 0;
    for t in &raw.tasks {
        check_id(ctx, &t.id, msg::NOUN_TASK);
        unique(
            ctx,
            source,
            &mut seen,
            &t.id,
            Check::DuplicateTaskId,
            msg::NOUN_TASK,
        );
        nfc_all(
            ctx,
            [&t.title, &t.output, &t.due_text, &t.note, &t.number]
                .into_iter()
                .flatten()
                .chain(&t.lead)
                .chain(&t.support),
        );
        for d in &t.due {
            if let DueItem::Text(s) = &d.value {
                nfc(ctx, &Sp::new(s, d.span));
            }
        }
        let section = t.section.as_ref().and_then(|s| find_section(ctx, s));
        let kind = match &t.kind {
            None => TaskKind::Task,
            Some(k) => TaskKind::parse(&k.value).unwrap_or_else(|| {
                ctx.report(
                    Check::InvalidValue,
                    k.span,
                    tr!(lang, msg::UNKNOWN_KIND, kind = k.value),
                )
                .help = Some(tr!(lang, msg::KINDS_ARE));
                TaskKind::Task
            }),
        };
        let (lead, support) = match registry {
            Ok((_, reg)) => (
                assign(ctx, reg, &t.lead, "lead", &mut data),
                assign(ctx, reg, &t.support, "support", &mut data),
            ),
            Err(_) => Default::default(),
        };
        five_clear(
            ctx,
            t,
            &data,
            lead,
            support,
            kind,
            registry.ok().map(|r| r.1),
        );
        let schedule = deadline(
            ctx,
            &t.due,
            (period, issued),
            rules,
            cache,
            &mut plan_cache,
            &mut left_out,
        );
        let indices = section.map_or_else(|| plan_indices.clone(), |s| section_indices[s].clone());
        let (target, id) = data.push_target(&header.id.value, &t.id.value);
        let number = t.number.as_ref().map(|n| data.push_str(&n.value));
        let title = data.push_str(t.title.as_ref().map_or("", |s| &s.value));
        let mut written = |s: &Option<Sp<Str>>| {
            s.as_ref()
                .map(|s| &*s.value)
                .filter(|s| !s.trim().is_empty())
                .map(|s| data.push_str(s))
        };
        let (output, due_text, note) = (written(&t.output), written(&t.due_text), written(&t.note));
        let due = data.push_due(t.due.iter().map(|d| {
            let item = match &d.value {
                DueItem::Text(s) => DueItem::Text(&**s),
                DueItem::Date(date) => DueItem::Date(*date),
            };
            Sp::new(item, d.span)
        }));
        tasks.push(Task {
            data: placeholder.clone(),
            target,
            id,
            number,
            title,
            output,
            due_text,
            note,
            lead,
            support,
            due,
            section,
            kind,
            schedule,
            indices,
            span: t.span,
        });
    }
    if let (Some(d), true) = (&header.issued, left_out > 0) {
        ctx.report(
            Check::RecurrenceBeforeIssue,
            d.span,
            if left_out == 1 {
                crate::tr!(
                    ctx.lang,
                    msg::ONE_LEFT_OUT,
                    issued = i18n::date(ctx.lang, d.value)
                )
            } else {
                crate::tr!(
                    ctx.lang,
                    msg::MANY_LEFT_OUT,
                    count = left_out,
                    issued = i18n::date(ctx.lang, d.value)
                )
            },
        )
        .help = Some(msg::LEFT_OUT_HELP.text(ctx.lang).to_string());
    }
    // The tasks share the plan's TaskData, complete only now.
    data.simple = ctx.simple;
    let data = Arc::new(data);
    for t in &mut tasks {
        t.data = data.clone();
    }

    let registry = match registry {
        Ok((r, _)) => r,
        Err(None) => {
            ctx.report(
                Check::NoRegistry,
                header.id.span,
                tr!(lang, msg::NO_REGISTRY, plan = header.id.value),
            )
            .help = Some(tr!(lang, msg::NO_REGISTRY_HELP));
            return None;
        }
        Err(Some(path)) => {
            ctx.report(
                Check::NoRegistry,
                header.id.span,
                tr!(
                    lang,
                    msg::REGISTRY_FAILED,
                    plan = header.id.value,
                    path = path.display()
                ),
            )
            .help = Some(tr!(lang, msg::REGISTRY_FAILED_HELP));
            return None;
        }
    };
    let owned = |s: Sp<Str>| s.value.into_owned();
    Some(Plan {
        file: ctx.file,
        registry,
        id: owned(header.id),
        number: header.number.map(owned),
        title: header.title.map_or_else(String::new, owned),
        place: header.place.map(owned),
        issued: header.issued.map(|d| d.value),
        period,
        indices: header.indices.into_iter().map(owned).collect(),
        basis: header.basis.into_iter().map(owned).collect(),
        signer: header.signer.map(owned),
        signer_title: header.signer_title.map(owned),
        targets,
        sections,
        tasks,
        records: Vec::new(),
        requests: Vec::new(),
        progress_file: None,
    })
}

/// How many bytes the strings of a task take in its plan's `TaskData`.
fn text_len(t: &RawTask) -> usize {
    let len = |s: &Option<Sp<Str>>| s.as_ref().map_or(0, |s| s.value.len());
    let names = |l: &[Sp<Str>]| l.iter().map(|s| s.value.len()).sum::<usize>();
    let due: usize = t
        .due
        .iter()
        .map(|d| match &d.value {
            DueItem::Text(s) => s.len(),
            DueItem::Date(_) => 0,
        })
        .sum();
    t.id.value.len()
        + len(&t.number)
        + len(&t.title)
        + len(&t.output)
        + len(&t.due_text)
        + len(&t.note)
        + names(&t.lead)
        + names(&t.support)
        + due
}

/// Resolve the names of `lead` or `support` into `data`, keeping each as written.
fn assign(
    ctx: &mut Ctx,
    registry: &Registry,
    names: &[Sp<Str>],
    field: &str,
    data: &mut TaskData,
) -> Run {
    data.push_assignees(
        names
            .iter()
            .filter_map(|n| Some((&*n.value, resolve(ctx, registry, n, field)?))),
    )
}

/// A section without an index takes its parent's, recursively.
fn inherit_indices(sections: &mut [Section]) {
    for i in 0..sections.len() {
        let mut at = i;
        let mut hops = 0;
        while sections[at].index.is_empty() && hops <= sections.len() {
            match sections[at].parent {
                Some(p) => at = p,
                None => break,
            }
            hops += 1;
        }
        if at != i {
            sections[i].index = sections[at].index.clone();
        }
    }
}

/// The "5 rõ" rule of task assignment: clear who, what, when, result, responsibility.
fn five_clear(
    ctx: &mut Ctx,
    t: &RawTask,
    data: &TaskData,
    lead: Run,
    support: Run,
    kind: TaskKind,
    registry: Option<&Registry>,
) {
    let (at, lang) = (t.id.span, ctx.lang);
    if t.lead.is_empty() {
        ctx.report(
            Check::NoLead,
            at,
            tr!(lang, msg::NO_LEAD, task = t.id.value),
        )
        .help = Some(tr!(lang, msg::NO_LEAD_HELP));
    }
    let no_due = t
        .due
        .iter()
        .all(|d| matches!(&d.value, DueItem::Text(s) if s.trim().is_empty()));
    if no_due {
        ctx.report(
            Check::NoDeadline,
            at,
            tr!(lang, msg::NO_DEADLINE, task = t.id.value),
        )
        .help = Some(tr!(lang, msg::NO_DEADLINE_HELP));
    }
    let no_output = t.output.as_ref().is_none_or(|o| o.value.trim().is_empty());
    if no_output && kind == TaskKind::Task {
        ctx.report(
            Check::NoOutput,
            at,
            tr!(lang, msg::NO_OUTPUT, task = t.id.value),
        )
        .help = Some(tr!(lang, msg::NO_OUTPUT_HELP));
    }
    let (lead, support) = (data.assignees(lead), data.assignees(support));
    if let Some(reg) = registry {
        for l in lead {
            if let Some(s) = support.iter().find(|s| s.unit == l.unit) {
                let span = t
                    .support
                    .iter()
                    .find(|x| x.value == data.str(s.written))
                    .map_or(at, |x| x.span);
                ctx.report(
                    Check::LeadIsSupport,
                    span,
                    tr!(
                        lang,
                        msg::LEAD_IS_SUPPORT,
                        unit = reg.code(l.unit),
                        task = t.id.value
                    ),
                )
                .help = Some(tr!(
                    lang,
                    msg::LEAD_IS_SUPPORT_HELP,
                    lead = data.str(l.written),
                    support = data.str(s.written)
                ));
            }
        }
    }
}

/// `provisional-holidays`: the plan reaches into years whose days off kpi computed from
/// the Labour Code, with no decision shipped; its deadlines there may move once the
/// decision is out.
fn provisional_holidays(
    ctx: &mut Ctx,
    period: (NaiveDate, NaiveDate),
    at: Option<crate::source::Span>,
    rules: &Rules,
) {
    let years = rules
        .calendar
        .provisional_years(period.0.year(), period.1.year());
    let (Some(first), Some(last)) = (years.first(), years.last()) else {
        return;
    };
    // Runs of years as ranges: "2020-2022, 2027-2031".
    let mut runs: Vec<(i32, i32)> = Vec::new();
    for &y in &years {
        match runs.last_mut() {
            Some(run) if run.1 + 1 == y => run.1 = y,
            _ => runs.push((y, y)),
        }
    }
    let list = runs
        .iter()
        .map(|&(a, b)| match b - a {
            0 => a.to_string(),
            1 => format!("{a}, {b}"),
            _ => format!("{a}-{b}"),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let lang = ctx.lang;
    let which = if years.len() > 1 {
        msg::THOSE_YEARS.text(lang)
    } else {
        msg::THAT_YEAR.text(lang)
    };
    let span = at.unwrap_or(crate::source::Span::FILE);
    let m = crate::tr!(lang, msg::PROVISIONAL_HOLIDAYS, list = list, which = which);
    let range = if first != last {
        crate::tr!(lang, msg::PROVISIONAL_YEARS, first = first, last = last)
    } else {
        String::new()
    };
    ctx.report(Check::ProvisionalHolidays, span, m).help = Some(crate::tr!(
        lang,
        msg::PROVISIONAL_HOLIDAYS_HELP,
        first = first,
        range = range
    ));
}
