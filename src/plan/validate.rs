//! Raw → model: resolve names, check the rules of DESIGN.md section 7 that concern one
//! registry, one plan or one progress file, and collect every diagnostic on the way.
//!
//! Rules that span files (duplicate plan or org ids, which registry a plan uses) live in
//! `load.rs`; deadline phrases are read by `schedule` and checked in `check.rs`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use super::fields::{Ctx, Sp, Str};
use super::model::*;
use super::raw::{DueItem, RawPlan, RawProgress, RawRegistry, RawTask};
use crate::diagnostic::Check;
use crate::i18n::{self, Msg, checks as msg};
use crate::schedule::{Rules, Schedule, phrase, resolve};
use crate::source::SourceFile;
use crate::suggest::Suggestion;
use crate::{text, tr};

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

pub fn registry(
    ctx: &mut Ctx,
    source: &SourceFile,
    dir: PathBuf,
    raw: RawRegistry,
) -> Option<Registry> {
    let org = raw.org?;
    let lang = ctx.lang;
    nfc(ctx, &org.id);
    let mut index: HashMap<String, (UnitRef, Sp<String>)> = HashMap::new();
    let mut exact: foldhash::HashMap<String, UnitRef> = Default::default();
    let mut claim = |ctx: &mut Ctx, spelling: &Sp<String>, target: UnitRef| {
        let key = text::fold(&spelling.value);
        if key.is_empty() {
            ctx.report(
                Check::InvalidValue,
                spelling.span,
                tr!(lang, msg::EMPTY_SPELLING),
            );
            return;
        }
        match index.get(&key) {
            Some((other, _)) if *other == target => {
                exact.entry(spelling.value.clone()).or_insert(target);
            }
            Some((_, first)) => {
                let line = line_of(source, first.span);
                ctx.report(
                    Check::DuplicateUnit,
                    spelling.span,
                    tr!(lang, msg::SPELLING_TAKEN, name = spelling.value),
                )
                .help = Some(tr!(
                    lang,
                    msg::SPELLING_TAKEN_HELP,
                    first = first.value,
                    line = line
                ));
            }
            None => {
                exact.entry(spelling.value.clone()).or_insert(target);
                index.insert(key, (target, spelling.clone()));
            }
        }
    };

    let mut units = Vec::with_capacity(raw.units.len());
    for (i, u) in raw.units.iter().enumerate() {
        let r = UnitRef::Unit(i as u32);
        claim(ctx, &u.code, r);
        if let Some(n) = &u.name {
            claim(ctx, n, r);
        }
        for a in &u.aliases {
            claim(ctx, a, r);
        }
        nfc(ctx, &u.code);
        nfc_all(ctx, u.name.iter().chain(&u.aliases));
        for e in &u.email {
            if crate::mail::mailbox(None, &e.value).is_err() {
                ctx.report(
                    Check::InvalidEmail,
                    e.span,
                    tr!(lang, msg::NOT_AN_EMAIL, address = e.value.trim()),
                )
                .help = Some(tr!(lang, msg::UNIT_EMAIL_HELP, unit = u.code.value));
            }
        }
        units.push(Unit {
            index: i as u32,
            code: u.code.value.clone(),
            name: u
                .name
                .as_ref()
                .map_or_else(|| u.code.value.clone(), |n| n.value.clone()),
            aliases: u.aliases.iter().map(|a| a.value.clone()).collect(),
            email: u.email.iter().map(|e| e.value.clone()).collect(),
            external: u.external,
        });
    }
    for (i, g) in raw.groups.iter().enumerate() {
        let r = UnitRef::Group(i as u32);
        claim(ctx, &g.code, r);
        if let Some(n) = &g.name {
            claim(ctx, n, r);
        }
        for a in &g.aliases {
            claim(ctx, a, r);
        }
        nfc(ctx, &g.code);
        nfc_all(ctx, g.name.iter().chain(&g.aliases));
    }

    let mut registry = Registry {
        file: ctx.file,
        dir,
        org_id: org.id.value,
        org_name: org.name.map_or_else(String::new, |n| n.value),
        units,
        groups: Vec::new(),
        exact,
        index: index.into_iter().map(|(k, (r, _))| (k, r)).collect(),
    };

    // Members are resolved once every group is known, so groups may name later groups.
    let mut groups = Vec::with_capacity(raw.groups.len());
    for g in &raw.groups {
        if g.members.is_empty() {
            ctx.report(
                Check::EmptyGroup,
                g.code.span,
                tr!(lang, msg::GROUP_EMPTY, group = g.code.value),
            )
            .help = Some(tr!(lang, msg::GROUP_EMPTY_HELP));
        }
        let members = g
            .members
            .iter()
            .filter_map(|m| {
                nfc(ctx, m);
                resolve(ctx, &registry, m, "members")
            })
            .collect();
        groups.push(Group {
            code: g.code.value.clone(),
            name: g
                .name
                .as_ref()
                .map_or_else(|| g.code.value.clone(), |n| n.value.clone()),
            aliases: g.aliases.iter().map(|a| a.value.clone()).collect(),
            members,
            units: Vec::new(),
        });
    }
    registry.groups = groups;
    expand_groups(ctx, &mut registry, &raw.groups);
    Some(registry)
}

/// Compute each group's units (one linear pass, `plan::groups`), reporting each cycle
/// once, at the first group of it in the file.
fn expand_groups(ctx: &mut Ctx, registry: &mut Registry, raw: &[super::raw::RawGroup]) {
    let members: Vec<Vec<UnitRef>> = registry.groups.iter().map(|g| g.members.clone()).collect();
    let expansion = super::groups::expand(&members);
    for cycle in &expansion.cycles {
        let code = |i: &u32| registry.groups[*i as usize].code.as_str();
        let first = cycle[0] as usize;
        // A cycle of thousands of groups is named by its ends, not listed whole.
        let names: Vec<&str> = if cycle.len() <= 12 {
            cycle.iter().map(code).collect()
        } else {
            let mut n: Vec<&str> = cycle[..5].iter().map(code).collect();
            n.push("…");
            n.extend(cycle[cycle.len() - 5..].iter().map(code));
            n
        };
        let lang = ctx.lang;
        let message = if cycle.len() == 2 {
            tr!(lang, msg::GROUP_SELF, group = code(&cycle[0]))
        } else {
            tr!(
                lang,
                msg::GROUP_CYCLE,
                group = code(&cycle[0]),
                count = cycle.len() - 1
            )
        };
        ctx.report(Check::GroupCycle, raw[first].code.span, message)
            .help = Some(tr!(lang, msg::GROUP_CYCLE_HELP, path = names.join(" → ")));
    }
    for (group, units) in registry.groups.iter_mut().zip(expansion.units) {
        group.units = units;
    }
}

/// Resolve a name written in a plan or registry, reporting an unknown one.
fn resolve(
    ctx: &mut Ctx,
    registry: &Registry,
    name: &Sp<impl AsRef<str>>,
    field: &str,
) -> Option<UnitRef> {
    let written = name.value.as_ref();
    if let Some(r) = registry.lookup(written) {
        return Some(r);
    }
    let lang = ctx.lang;
    let name = Sp::new(written, name.span);
    // "CCHC, VP" in one string: several names that the registry knows one by one.
    let parts: Vec<&str> = name
        .value
        .split([',', ';'])
        .flat_map(|p| p.split(" và ").flat_map(|q| q.split(" and ")))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() > 1 && parts.iter().all(|p| registry.lookup(p).is_some()) {
        let list: Vec<String> = parts
            .iter()
            .map(|p| toml::Value::String(p.to_string()).to_string())
            .collect();
        ctx.report(
            Check::UnknownUnit,
            name.span,
            tr!(
                lang,
                msg::UNITS_IN_ONE,
                name = name.value,
                count = parts.len()
            ),
        )
        .help = Some(tr!(
            lang,
            msg::UNITS_AS_LIST,
            field = field,
            list = list.join(", ")
        ));
        return None;
    }
    let look_alike = text::foreign_letter(name.value);
    let help = match (
        Suggestion::closest(name.value, registry.spellings()),
        look_alike,
    ) {
        (Some(s), Some(c)) => tr!(
            lang,
            msg::LOOK_ALIKE,
            name = name.value,
            letter = c,
            code = format!("{:04X}", c as u32),
            suggestion = s.say(lang)
        ),
        (Some(s), None) => {
            let r = registry.lookup(s.it).expect("a spelling of the registry");
            tr!(
                lang,
                msg::UNIT_SUGGESTION,
                suggestion = s.say(lang),
                code = registry.code(r),
                unit = registry.name(r)
            )
        }
        (None, _) => tr!(lang, msg::ADD_UNIT, org = registry.org_id),
    };
    ctx.report(
        Check::UnknownUnit,
        name.span,
        tr!(lang, msg::UNKNOWN_UNIT, name = name.value, field = field),
    )
    .help = Some(help);
    None
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
        raw.tasks.iter().map(text_len).sum(),
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
        let id = data.push_str(&t.id.value);
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

/// Read a task's `due` items into one schedule, reporting what cannot be read, and
/// apply the plan's date of issue (`left_out` counts what it leaves out).
fn deadline<'a>(
    ctx: &mut Ctx,
    due: &'a [Sp<DueItem<Str>>],
    (period, issued): ((NaiveDate, NaiveDate), Option<NaiveDate>),
    rules: &Rules,
    cache: &crate::schedule::Cache,
    plan_cache: &mut foldhash::HashMap<&'a str, Arc<Schedule>>,
    left_out: &mut usize,
) -> Arc<Schedule> {
    // Plans repeat their phrases ("Thường xuyên", "Hàng quý"): read each one once per run
    // (`cache`, shared by the threads, by phrase and period), and look it up once per plan
    // (`plan_cache`, which holds it with the plan's date of issue applied).
    let single = match due {
        [
            Sp {
                value: DueItem::Text(t),
                ..
            },
        ] => Some(&**t),
        _ => None,
    };
    let since = |s: Arc<Schedule>| match issued.and_then(|d| s.since(d)) {
        Some(trimmed) => Arc::new(trimmed),
        None => s,
    };
    let cached = single.and_then(|t| {
        if let Some(s) = plan_cache.get(t) {
            return Some(s.clone());
        }
        let s = since(cache.get(t, period)?);
        plan_cache.insert(t, s.clone());
        Some(s)
    });
    let schedule = match cached {
        Some(s) => s,
        None => {
            let (s, readable) = read_deadline(ctx, due, period, rules);
            let s = Arc::new(s);
            if let (Some(t), true) = (single, readable) {
                cache.insert(t, period, &s);
                let s = since(s);
                plan_cache.insert(t, s.clone());
                s
            } else {
                since(s)
            }
        }
    };
    let at = due.first().map_or(crate::source::Span::FILE, |d| d.span);
    let lang = ctx.lang;
    if schedule.yearly {
        let m = crate::tr!(
            lang,
            msg::YEARLY_RECURRENCE,
            first = period.0.year(),
            last = period.1.year()
        );
        ctx.report(Check::YearlyRecurrence, at, m).help =
            Some(msg::YEARLY_RECURRENCE_HELP.text(lang).to_string());
    }
    for o in &schedule.outside {
        let m = crate::tr!(
            lang,
            msg::OUTSIDE_PERIOD,
            key = o.key,
            last = i18n::date(lang, o.last_day),
            from = i18n::date(lang, period.0),
            to = i18n::date(lang, period.1)
        );
        ctx.report(Check::OutsidePeriod, at, m).help =
            Some(msg::OUTSIDE_PERIOD_HELP.text(lang).to_string());
    }
    for key in &schedule.unknown {
        let m = crate::tr!(lang, msg::UNKNOWN_HOLIDAY, key = key);
        ctx.report(Check::UnknownHoliday, at, m).help =
            Some(msg::UNKNOWN_HOLIDAY_HELP.text(lang).to_string());
    }
    *left_out += schedule.left_out;
    if let Some(d) = issued {
        for o in schedule.before_issue(d) {
            let m = crate::tr!(
                lang,
                msg::BEFORE_ISSUE,
                key = o.key,
                last = i18n::date(lang, o.last_day),
                issued = i18n::date(lang, d)
            );
            ctx.report(Check::BeforeIssue, at, m).help =
                Some(msg::BEFORE_ISSUE_HELP.text(lang).to_string());
        }
    }
    schedule
}

/// The span, in the file, of bytes `inner` of a string value written at `outer`: exact
/// when the value is the file's text (no escapes), else the whole value.
fn inner_span(outer: crate::source::Span, text: &Str, inner: (u32, u32)) -> crate::source::Span {
    let written = outer.end.saturating_sub(outer.start);
    let quotes = written.saturating_sub(text.len() as u32);
    // "…" and '…' (2), """…""" (6), with a newline after the opening quotes (7 or 8).
    let opening = match quotes {
        2 => 1,
        6 => 3,
        7 => 4,
        8 => 5,
        _ => return outer,
    };
    if !matches!(text, std::borrow::Cow::Borrowed(_))
        || inner.0 > inner.1
        || inner.1 as usize > text.len()
    {
        return outer;
    }
    let start = outer.start + opening + inner.0;
    crate::source::Span {
        start,
        end: (outer.start + opening + inner.1).max(start + 1),
    }
}

/// Parse and resolve `due`; false when some part could not be read (and was reported).
fn read_deadline(
    ctx: &mut Ctx,
    due: &[Sp<DueItem<Str>>],
    period: (NaiveDate, NaiveDate),
    rules: &Rules,
) -> (Schedule, bool) {
    // The loader speaks English for now: the language reaches validation with issue 16.
    let lang = ctx.lang;
    let mut readable = true;
    let mut items = Vec::new();
    for d in due {
        match &d.value {
            DueItem::Date(date) => items.push(phrase::Item::Once {
                mode: phrase::Mode::By,
                point: phrase::Point::Date {
                    year: Some(date.year()),
                    month: date.month(),
                    day: date.day(),
                },
            }),
            DueItem::Text(t) if t.trim().is_empty() => {}
            DueItem::Text(t) => match phrase::parse(t) {
                Ok(p) => items.extend(p.items),
                Err(e) => {
                    readable = false;
                    let check = if e.is_no_such_date() {
                        Check::InvalidDate
                    } else {
                        Check::UnreadableDeadline
                    };
                    let diag = ctx.report(check, inner_span(d.span, t, e.span), e.message(lang, t));
                    diag.label = Some(e.label(lang));
                    diag.help = Some(phrase::PhraseError::hint(lang).to_string());
                }
            },
        }
    }
    if items.is_empty() {
        return (Schedule::empty(), readable);
    }
    (
        resolve::resolve(&phrase::Phrase::new(items), period, rules),
        readable,
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

/// Attach a progress file's requests and records to its plan, checking each. A request
/// known on `today` becomes an occurrence of its task (its last day rolled to a working
/// day by `calendar`), so the records that follow may name it.
pub fn progress(
    ctx: &mut Ctx,
    raw: RawProgress,
    plan: &mut Plan,
    registry: &Registry,
    today: NaiveDate,
    calendar: &crate::schedule::Calendar,
) {
    plan.progress_file = Some(ctx.file);
    let lang = ctx.lang;
    requests(ctx, raw.requests, plan, today, calendar);
    for r in raw.records {
        let Some(task) = plan.task(&r.task.value) else {
            unknown_task(ctx, plan, &r.task);
            continue;
        };
        let Some(status) = r.status.as_ref().and_then(|s| {
            let parsed = RecordStatus::parse(&s.value);
            if parsed.is_none() {
                ctx.report(
                    Check::InvalidValue,
                    s.span,
                    tr!(lang, msg::UNKNOWN_STATUS, status = s.value),
                )
                .help = Some(tr!(lang, msg::STATUSES_ARE));
            }
            parsed
        }) else {
            continue;
        };
        if let Some(d) = &r.date
            && d.value > today
        {
            ctx.report(
                Check::FutureRecord,
                d.span,
                tr!(
                    lang,
                    msg::FUTURE_RECORD,
                    date = i18n::date(lang, d.value),
                    today = i18n::date(lang, today)
                ),
            )
            .help = Some(tr!(lang, msg::FUTURE_RECORD_HELP));
        }
        check_period(ctx, plan, task, r.period.as_ref(), r.task.span);
        let by = r.by.as_ref().and_then(|b| resolve(ctx, registry, b, "by"));
        nfc_all(ctx, r.evidence.iter().chain(&r.note));
        plan.records.push(Record {
            task,
            period: r.period,
            status,
            date: r.date.map(|d| d.value),
            by,
            evidence: r.evidence.map(|s| s.value),
            note: r.note.map(|s| s.value),
            span: r.span,
        });
    }
}

/// Check each `[[request]]` and give its task the occurrence it makes (DESIGN.md 3.3):
/// key `req-YYYY-MM-DD`, window from the day it arrived to its due day. A request dated
/// after `today` was not known on `today` and makes none (DESIGN.md 5.1).
fn requests(
    ctx: &mut Ctx,
    raw: Vec<super::raw::RawRequest>,
    plan: &mut Plan,
    today: NaiveDate,
    calendar: &crate::schedule::Calendar,
) {
    use crate::i18n::request as rq;
    let lang = ctx.lang;
    let mut made: Vec<Vec<crate::schedule::Occurrence>> = vec![Vec::new(); plan.tasks.len()];
    for r in raw {
        let Some(task) = plan.task(&r.task.value) else {
            unknown_task(ctx, plan, &r.task);
            continue;
        };
        let (Some(date), Some(due)) = (r.date, r.due) else {
            continue; // reported by the raw stage
        };
        if due.value < date.value {
            ctx.report(
                Check::DueBeforeRequest,
                due.span,
                tr!(
                    lang,
                    rq::DUE_BEFORE_REQUEST,
                    due = i18n::date(lang, due.value),
                    date = i18n::date(lang, date.value)
                ),
            )
            .help = Some(tr!(lang, rq::DUE_BEFORE_REQUEST_HELP));
            continue;
        }
        let key = request_key(date.value);
        let t = &plan.tasks[task];
        if plan
            .requests
            .iter()
            .any(|q| q.task == task && q.date == date.value)
        {
            ctx.report(
                Check::DuplicateRequest,
                date.span,
                tr!(
                    lang,
                    rq::DUPLICATE_REQUEST,
                    task = t.id(),
                    date = i18n::date(lang, date.value),
                    key = key
                ),
            )
            .help = Some(tr!(lang, rq::DUPLICATE_REQUEST_HELP));
            continue;
        }
        if t.schedule.kind != crate::schedule::Kind::OnRequest && !t.schedule.on_request {
            let due_text = crate::cmd::assignments::due_text(t);
            ctx.report(
                Check::NotOnRequest,
                r.task.span,
                tr!(
                    lang,
                    rq::NOT_ON_REQUEST,
                    task = t.id(),
                    due = due_text,
                    key = key
                ),
            )
            .help = Some(tr!(lang, rq::NOT_ON_REQUEST_HELP));
        }
        if date.value > today {
            ctx.report(
                Check::FutureRecord,
                date.span,
                tr!(
                    lang,
                    rq::FUTURE_REQUEST,
                    date = i18n::date(lang, date.value),
                    today = i18n::date(lang, today)
                ),
            )
            .help = Some(tr!(lang, msg::FUTURE_RECORD_HELP));
        } else {
            made[task].push(crate::schedule::Occurrence {
                key,
                start: Some(date.value),
                last_day: due.value,
                due: calendar.due(due.value),
                recurring: false,
            });
        }
        if let Some(text) = &r.reference {
            nfc(ctx, text);
        }
        plan.requests.push(Request {
            task,
            date: date.value,
            due: due.value,
            reference: r.reference.map(|s| s.value),
            span: r.span,
        });
    }
    for (task, occurrences) in plan.tasks.iter_mut().zip(made) {
        task.add_requests(occurrences);
    }
}

fn unknown_task(ctx: &mut Ctx, plan: &Plan, task: &Sp<String>) {
    let lang = ctx.lang;
    let help = match Suggestion::closest(&task.value, plan.tasks.iter().map(Task::id)) {
        Some(s) => s.say(lang),
        None => tr!(lang, msg::TASKS_ARE, plan = plan.id),
    };
    ctx.report(
        Check::UnknownTask,
        task.span,
        tr!(lang, msg::UNKNOWN_TASK, plan = plan.id, task = task.value),
    )
    .help = Some(help);
}

/// A record names an occurrence of its task: a key the schedule has, or none when the
/// phrase reads a single occurrence. A request's key (`req-...`) must name a request of
/// the task. Tasks without occurrences of their own (ongoing, on request, set
/// elsewhere) accept any other period: it names the reporting period.
fn check_period(
    ctx: &mut Ctx,
    plan: &Plan,
    ti: usize,
    period: Option<&Sp<String>>,
    at: crate::source::Span,
) {
    let task = &plan.tasks[ti];
    let lang = ctx.lang;
    if let Some(p) = period.filter(|p| p.value.starts_with(REQUEST_PREFIX)) {
        let known = plan
            .requests
            .iter()
            .any(|q| q.task == ti && q.key() == p.value);
        if !known {
            let keys: Vec<String> = plan
                .requests
                .iter()
                .filter(|q| q.task == ti)
                .map(Request::key)
                .collect();
            let help = if keys.is_empty() {
                tr!(lang, i18n::request::NO_REQUESTS)
            } else {
                tr!(lang, i18n::request::REQUESTS_ARE, list = keys.join(", "))
            };
            let date = p.value[REQUEST_PREFIX.len()..].to_string();
            ctx.report(
                Check::UnknownPeriod,
                p.span,
                tr!(
                    lang,
                    i18n::request::UNKNOWN_REQUEST,
                    task = task.id(),
                    date = date,
                    period = p.value
                ),
            )
            .help = Some(help);
        }
        return;
    }
    // The phrase's own occurrences: requests are named by their keys, checked above.
    let occs: Vec<&crate::schedule::Occurrence> = task
        .occurrences()
        .iter()
        .filter(|o| !is_request(o))
        .collect();
    if occs.is_empty() || task.schedule.on_request {
        return;
    }
    let keys = || {
        occs.iter()
            .map(|o| o.key.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match period {
        Some(p) if task.schedule.occurrence(&p.value).is_some() => {}
        Some(p) => {
            let closest = Suggestion::closest(&p.value, occs.iter().map(|o| o.key.as_str()));
            let help = match (task.schedule.standing_for(&p.value), closest) {
                (Some(o), _) => tr!(lang, msg::PERIOD_STANDS_FOR, key = o.key),
                (None, Some(s)) => tr!(
                    lang,
                    msg::PERIOD_SUGGESTION,
                    suggestion = s.say(lang),
                    list = keys()
                ),
                (None, None) => tr!(lang, msg::PERIODS_ARE, list = keys()),
            };
            ctx.report(
                Check::UnknownPeriod,
                p.span,
                tr!(
                    lang,
                    msg::UNKNOWN_PERIOD,
                    task = task.id(),
                    period = p.value
                ),
            )
            .help = Some(help);
        }
        None if occs.len() > 1 => {
            ctx.report(
                Check::UnknownPeriod,
                at,
                tr!(
                    lang,
                    msg::PERIOD_NEEDED,
                    task = task.id(),
                    count = occs.len()
                ),
            )
            .help = Some(tr!(lang, msg::PERIOD_NEEDED_HELP, list = keys()));
        }
        None => {}
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
