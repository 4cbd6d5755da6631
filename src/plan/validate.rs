//! Raw → model: resolve names, check the rules of DESIGN.md section 7 that concern one
//! registry, one plan or one progress file, and collect every diagnostic on the way.
//!
//! Rules that span files (duplicate plan or org ids, which registry a plan uses) live in
//! `load.rs`; deadline phrases are read by `schedule` and checked in `check.rs`.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use super::fields::{Ctx, Sp, Str};
use super::model::*;
use super::raw::{DueItem, RawPlan, RawProgress, RawRegistry, RawTask};
use crate::diagnostic::Check;
use crate::schedule::{Rules, Schedule, phrase, resolve};
use crate::source::SourceFile;
use crate::text;

/// Warn about text that is not NFC: it looks right but matches and sorts wrong.
fn nfc(ctx: &mut Ctx, s: &Sp<impl AsRef<str>>) {
    if !ctx.nfc && !text::is_nfc(s.value.as_ref()) {
        ctx.report(Check::NotNfc, s.span, "text is not in Unicode NFC form")
            .help = Some("it was probably pasted from Word or a PDF; `kpi` reads it, but re-save it as NFC (e.g. with `uconv -x nfc`) so that search and sorting work".into());
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
    nfc(ctx, &org.id);
    let mut index: HashMap<String, (UnitRef, Sp<String>)> = HashMap::new();
    let mut exact: foldhash::HashMap<String, UnitRef> = Default::default();
    let mut claim = |ctx: &mut Ctx, spelling: &Sp<String>, target: UnitRef| {
        let key = text::fold(&spelling.value);
        if key.is_empty() {
            ctx.report(
                Check::InvalidValue,
                spelling.span,
                "empty unit code, name or alias",
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
                    format!("`{}` is already used in this registry", spelling.value),
                )
                .help = Some(format!(
                    "`{}` on line {line} spells the same (case, spaces and accents are ignored); each code, name and alias must name one unit or group",
                    first.value
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
                format!("group `{}` has no members", g.code.value),
            )
            .help = Some("add `members = [\"CODE\", ...]`, or remove the group".into());
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

/// Compute each group's units, reporting cycles.
fn expand_groups(ctx: &mut Ctx, registry: &mut Registry, raw: &[super::raw::RawGroup]) {
    for (start, raw_group) in raw.iter().enumerate() {
        let mut reported = false;
        let mut units = HashSet::new();
        let mut stack = vec![(start as u32, vec![start as u32])];
        let mut seen = HashSet::new();
        while let Some((g, path)) = stack.pop() {
            for m in &registry.groups[g as usize].members {
                match *m {
                    UnitRef::Unit(u) => {
                        units.insert(u);
                    }
                    UnitRef::Group(h) if h as usize == start => {
                        if !reported {
                            reported = true;
                            let names: Vec<_> = path
                                .iter()
                                .chain([&h])
                                .map(|&i| registry.groups[i as usize].code.as_str())
                                .collect();
                            ctx.report(
                                Check::GroupCycle,
                                raw_group.code.span,
                                format!("group `{}` contains itself", registry.groups[start].code),
                            )
                            .help = Some(format!(
                                "the members lead back to it: {}; remove one of these memberships",
                                names.join(" → ")
                            ));
                        }
                    }
                    UnitRef::Group(h) => {
                        if seen.insert(h) {
                            let mut p = path.clone();
                            p.push(h);
                            stack.push((h, p));
                        }
                    }
                }
            }
        }
        let mut units: Vec<u32> = units.into_iter().collect();
        units.sort_unstable();
        registry.groups[start].units = units;
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
    let name = Sp::new(written, name.span);
    let look_alike = text::foreign_letter(name.value).map(|c| {
        format!(
            "`{}` contains `{c}` (U+{:04X}), a non-Latin letter that looks like a Latin one; type it again with a Vietnamese keyboard. ",
            name.value, c as u32
        )
    });
    let help = match text::closest(name.value, registry.spellings()) {
        Some(s) if look_alike.is_some() => format!(
            "{}Did you mean `{s}`?",
            look_alike.clone().unwrap_or_default()
        ),
        Some(s) => {
            let r = registry.lookup(s).expect("a spelling of the registry");
            format!(
                "did you mean `{s}`? (unit `{}`, {}); or add this spelling to `aliases` in units.toml",
                registry.code(r),
                registry.name(r)
            )
        }
        None => format!(
            "add a [[unit]] or [[group]] for it to the registry of `{}`, or an alias to an existing one",
            registry.org_id
        ),
    };
    ctx.report(
        Check::UnknownUnit,
        name.span,
        format!("unknown unit `{}` in `{field}`", name.value),
    )
    .help = Some(help);
    None
}

fn check_id(ctx: &mut Ctx, id: &Sp<Str>, what: &str) -> bool {
    let bad = id.value.is_empty() || id.value.chars().any(|c| c.is_whitespace() || c == ':');
    if bad {
        ctx.report(
            Check::InvalidValue,
            id.span,
            format!(
                "{what} id `{}` must be non-empty, without spaces or `:`",
                id.value
            ),
        )
        .help = Some(format!(
            "ids are typed on the command line (`kpi done PLAN:TASK`); try `{}`",
            id.value
                .split_whitespace()
                .collect::<Vec<_>>()
                .join("-")
                .replace(':', ".")
        ));
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
    what: &str,
) {
    if let Some(first) = seen.get(&*id.value) {
        let line = line_of(source, *first);
        ctx.report(
            check,
            id.span,
            format!("duplicate {what} id `{}`", id.value),
        )
        .help = Some(format!(
            "the first {what} with this id is on line {line}; give each {what} its own id (for example `{}.b`)",
            id.value
        ));
    } else {
        seen.insert(&id.value, id.span);
    }
}

pub fn plan(
    ctx: &mut Ctx,
    source: &SourceFile,
    raw: RawPlan<'_>,
    registry: Option<(usize, &Registry)>,
    rules: &Rules,
    cache: &crate::schedule::Cache,
) -> Option<Plan> {
    let header = raw.header?;
    check_id(ctx, &header.id, "plan");
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
    if let (Some(issued), true) = (&header.issued, header.period.is_none())
        && issued.value.year() > period.1.year()
    {
        ctx.report(
            Check::InvalidValue,
            issued.span,
            format!(
                "the plan is issued in {} but covers {}",
                issued.value.year(),
                period.1.year()
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
                "target",
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
            "section",
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
            let help = match text::closest(&id.value, raw.sections.iter().map(|s| &*s.id.value)) {
                Some(s) => format!("did you mean `{s}`?"),
                None if raw.sections.is_empty() => {
                    "this plan has no [[section]]; add one with this id".into()
                }
                None => format!(
                    "the sections of this plan are: {}",
                    raw.sections
                        .iter()
                        .map(|s| &*s.id.value)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            ctx.report(
                Check::UnknownSection,
                id.span,
                format!("unknown section `{}`", id.value),
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
        check_id(ctx, &t.id, "task");
        unique(
            ctx,
            source,
            &mut seen,
            &t.id,
            Check::DuplicateTaskId,
            "task",
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
                    format!("unknown task kind `{}`", k.value),
                )
                .help = Some("kind is one of: task, report, meeting".into());
                TaskKind::Task
            }),
        };
        let (lead, support) = match registry {
            Some((_, reg)) => (
                assign(ctx, reg, &t.lead, "lead", &mut data),
                assign(ctx, reg, &t.support, "support", &mut data),
            ),
            None => Default::default(),
        };
        five_clear(ctx, t, &data, lead, support, kind, registry.map(|r| r.1));
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
                format!(
                    "1 occurrence of a recurring deadline ends before the plan was issued on {}: it is left out",
                    d.value
                )
            } else {
                format!(
                    "{left_out} occurrences of recurring deadlines end before the plan was issued on {}: they are left out",
                    d.value
                )
            },
        )
        .help = Some("a recurrence starts with the plan; write a date (\"Trong quý I\") for work the plan asks for before its issue".into());
    }
    // The tasks share the plan's TaskData, complete only now.
    let data = Arc::new(data);
    for t in &mut tasks {
        t.data = data.clone();
    }

    let Some((registry, _)) = registry else {
        ctx.report(
            Check::NoRegistry,
            header.id.span,
            format!("plan `{}` has no unit registry", header.id.value),
        )
        .help = Some("put a units.toml with [org] and the [[unit]]s in this plan's folder or a folder above it".into());
        return None;
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
    if schedule.yearly {
        ctx.report(
            Check::YearlyRecurrence,
            at,
            format!(
                "this deadline names no year, so it recurs every year of the plan ({} to {})",
                period.0.year(),
                period.1.year()
            ),
        )
        .help = Some("name the year (\"Trước ngày 20/6/2024\") if it is meant once".into());
    }
    for o in &schedule.outside {
        ctx.report(
            Check::OutsidePeriod,
            at,
            format!(
                "occurrence {} (last day {}) is outside the plan's period {} to {}; it is dropped",
                o.key, o.last_day, period.0, period.1
            ),
        )
        .help = Some("check the year of the deadline, or the plan's `year` / `period`".into());
    }
    for key in &schedule.unknown {
        ctx.report(
            Check::UnknownHoliday,
            at,
            format!("kpi does not know the days off of {key}: this occurrence has no date"),
        )
        .help = Some(
            "write the date instead: kpi's calendar has no days off for that holiday in that year"
                .into(),
        );
    }
    *left_out += schedule.left_out;
    if let Some(d) = issued {
        for o in schedule.before_issue(d) {
            ctx.report(
                Check::BeforeIssue,
                at,
                format!(
                    "occurrence {} is due on {}, before the plan was issued on {d}",
                    o.key, o.last_day
                ),
            )
            .help = Some("kept as the plan writes it; check the date, or record it done".into());
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
    let lang = crate::i18n::Lang::En;
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
    let at = t.id.span;
    if t.lead.is_empty() {
        ctx.report(
            Check::NoLead,
            at,
            format!("task `{}` has no lead unit", t.id.value),
        )
        .help = Some("name the unit in charge (chủ trì) with `lead = [\"...\"]`".into());
    }
    let no_due = t
        .due
        .iter()
        .all(|d| matches!(&d.value, DueItem::Text(s) if s.trim().is_empty()));
    if no_due {
        ctx.report(Check::NoDeadline, at, format!("task `{}` has no deadline", t.id.value))
            .help = Some("add `due = \"...\"` (a phrase such as \"Trước ngày 20/6/2024\", \"Hàng quý\" or \"Thường xuyên\")".into());
    }
    let no_output = t.output.as_ref().is_none_or(|o| o.value.trim().is_empty());
    if no_output && kind == TaskKind::Task {
        ctx.report(
            Check::NoOutput,
            at,
            format!("task `{}` has no expected result", t.id.value),
        )
        .help = Some("add `output = \"...\"` (kết quả, sản phẩm)".into());
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
                    format!(
                        "`{}` is both lead and support of task `{}`",
                        reg.code(l.unit),
                        t.id.value
                    ),
                )
                .help = Some(format!(
                    "it is named as `{}` in lead and `{}` in support",
                    data.str(l.written),
                    data.str(s.written)
                ));
            }
        }
    }
}

/// Attach a progress file's records to its plan, checking each.
pub fn progress(
    ctx: &mut Ctx,
    raw: RawProgress,
    plan: &mut Plan,
    registry: &Registry,
    today: NaiveDate,
) {
    plan.progress_file = Some(ctx.file);
    for r in raw.records {
        let Some(task) = plan.task(&r.task.value) else {
            let help = match text::closest(&r.task.value, plan.tasks.iter().map(Task::id)) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "the tasks of plan `{}` are the [[task]] blocks of its plan file",
                    plan.id
                ),
            };
            ctx.report(
                Check::UnknownTask,
                r.task.span,
                format!("plan `{}` has no task `{}`", plan.id, r.task.value),
            )
            .help = Some(help);
            continue;
        };
        let Some(status) = r.status.as_ref().and_then(|s| {
            let parsed = RecordStatus::parse(&s.value);
            if parsed.is_none() {
                ctx.report(
                    Check::InvalidValue,
                    s.span,
                    format!("unknown status `{}`", s.value),
                )
                .help = Some(format!(
                    "status is one of: {}",
                    RecordStatus::ALL.join(", ")
                ));
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
                format!("record dated {}, after today ({today})", d.value),
            )
            .help = Some("check the year; a record says what has happened".into());
        }
        check_period(ctx, &plan.tasks[task], r.period.as_ref(), r.task.span);
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

/// A record names an occurrence of its task: a key the schedule has, or none when the
/// task has a single occurrence. Tasks without occurrences (ongoing, on request, set
/// elsewhere) accept any period: it names the request or the reporting period.
fn check_period(ctx: &mut Ctx, task: &Task, period: Option<&Sp<String>>, at: crate::source::Span) {
    let occs = &task.schedule.occurrences;
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
            let closest = text::closest(&p.value, occs.iter().map(|o| o.key.as_str()));
            let help = match (task.schedule.standing_for(&p.value), closest) {
                (Some(o), _) => format!(
                    "`{}` ends on the same day and stands for it: write `{}`",
                    o.key, o.key
                ),
                (None, Some(k)) => format!(
                    "did you mean `{k}`? The periods of this task are: {}",
                    keys()
                ),
                (None, None) => format!("the periods of this task are: {}", keys()),
            };
            ctx.report(
                Check::UnknownPeriod,
                p.span,
                format!("task `{}` has no period `{}`", task.id(), p.value),
            )
            .help = Some(help);
        }
        None if occs.len() > 1 => {
            ctx.report(
                Check::UnknownPeriod,
                at,
                format!(
                    "task `{}` has {} periods; the record must name one",
                    task.id(),
                    occs.len()
                ),
            )
            .help = Some(format!("add `period = \"...\"`, one of: {}", keys()));
        }
        None => {}
    }
}
