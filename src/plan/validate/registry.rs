//! A unit registry (units.toml): its units and groups, each name resolved once, every
//! group expanded to its units (cycles reported once).

use super::*;

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
        simple: ctx.simple,
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
pub(super) fn expand_groups(
    ctx: &mut Ctx,
    registry: &mut Registry,
    raw: &[crate::plan::raw::RawGroup],
) {
    let members: Vec<Vec<UnitRef>> = registry.groups.iter().map(|g| g.members.clone()).collect();
    let expansion = crate::plan::groups::expand(&members);
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
pub(super) fn resolve(
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
    let help = ctx.help_for(Check::UnknownUnit, name.value, || {
        unknown_unit_help(registry, name.value, lang)
    });
    ctx.report(
        Check::UnknownUnit,
        name.span,
        tr!(lang, msg::UNKNOWN_UNIT, name = name.value, field = field),
    )
    .help = Some(help);
    None
}

/// What to write instead of `name`, which `registry` does not know.
fn unknown_unit_help(registry: &Registry, name: &str, lang: crate::i18n::Lang) -> String {
    let look_alike = text::foreign_letter(name);
    match (Suggestion::closest(name, registry.spellings()), look_alike) {
        (Some(s), Some(c)) => tr!(
            lang,
            msg::LOOK_ALIKE,
            name = name,
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
    }
}
