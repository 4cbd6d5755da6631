//! Which tasks a command speaks of: `--unit`, `--org`, `--plan`, `--index`, `--lead-only`.
//!
//! A unit is responsible for a task when it is named in `lead` or `support`, directly or
//! through any group that contains it (DESIGN.md 3.1). Naming a group with `--unit` selects
//! the tasks of every unit in it. Names are resolved in every registry (the same code
//! may exist in several organisations); one that no registry knows is an error.

use std::collections::HashSet;

use crate::UsageError;
use crate::i18n::{self, Lang, select as msg};
use crate::plan::model::{Plan, Registry, Repository, Task};
use crate::suggest::Suggestion;
use crate::text;
use crate::tr;

#[derive(Debug, Default, Clone)]
pub struct Selection {
    /// (registry index, unit index) pairs named with `--unit`; none: every unit.
    pub units: Option<HashSet<(usize, u32)>>,
    pub orgs: Option<HashSet<usize>>,
    pub plans: Option<Vec<String>>,
    pub index: Option<String>,
    pub lead_only: bool,
}

#[derive(Debug, Clone)]
pub struct Wanted<'a> {
    pub units: &'a [String],
    pub orgs: &'a [String],
    pub plans: &'a [String],
    pub index: Option<&'a str>,
    pub lead_only: bool,
    /// The language of the errors.
    pub lang: Lang,
}

/// The indices kpi knows by name; a plan may use others, which are known once loaded.
pub const INDICES: &[&str] = &["PCI", "PAPI", "SIPAS", "PAR INDEX", "DDCI"];

impl Selection {
    pub fn resolve(repo: &Repository, w: &Wanted) -> Result<Selection, UsageError> {
        let orgs = if w.orgs.is_empty() {
            None
        } else {
            let mut set = HashSet::new();
            for o in w.orgs {
                let key = text::fold(o);
                let found: Vec<usize> = repo
                    .registries
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| text::fold(&r.org_id) == key || text::fold(&r.org_name) == key)
                    .map(|(i, _)| i)
                    .collect();
                if found.is_empty() {
                    return Err(unknown(
                        w.lang,
                        &msg::ORGANISATION,
                        o,
                        repo.registries.iter().map(|r| r.org_id.as_str()),
                    ));
                }
                set.extend(found);
            }
            Some(set)
        };
        let in_scope = |i: usize| orgs.as_ref().is_none_or(|s| s.contains(&i));
        let units = if w.units.is_empty() {
            None
        } else {
            let mut set = HashSet::new();
            for u in w.units {
                let mut found = false;
                for (ri, reg) in repo
                    .registries
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| in_scope(*i))
                {
                    if let Some(r) = reg.lookup(u) {
                        found = true;
                        set.extend(reg.expand(r).iter().map(|&x| (ri, x)));
                    }
                }
                if !found {
                    let spellings = repo
                        .registries
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| in_scope(*i))
                        .flat_map(|(_, r)| r.spellings());
                    return Err(unknown(w.lang, &msg::UNIT, u, spellings));
                }
            }
            Some(set)
        };
        let plans = if w.plans.is_empty() {
            None
        } else {
            for p in w.plans {
                if !repo.plans.iter().any(|x| &x.id == p) {
                    return Err(unknown(
                        w.lang,
                        &msg::PLAN,
                        p,
                        repo.plans.iter().map(|x| x.id.as_str()),
                    ));
                }
            }
            Some(w.plans.to_vec())
        };
        if let Some(i) = w.index {
            check_index(repo, i, w.lang)?;
        }
        Ok(Selection {
            units,
            orgs,
            plans,
            index: w.index.map(text::fold),
            lead_only: w.lead_only,
        })
    }

    /// The (registry, unit) pairs named with `--unit`, else every unit of the
    /// organisations in scope; in registry order.
    pub fn units_in_scope(&self, repo: &Repository) -> Vec<(usize, u32)> {
        let mut units: Vec<(usize, u32)> = match &self.units {
            Some(set) => set.iter().copied().collect(),
            None => repo
                .registries
                .iter()
                .enumerate()
                .filter(|(i, _)| self.orgs.as_ref().is_none_or(|o| o.contains(i)))
                .flat_map(|(ri, r)| (0..r.units.len() as u32).map(move |u| (ri, u)))
                .collect(),
        };
        units.sort_unstable();
        units
    }

    pub fn plan(&self, plan: &Plan) -> bool {
        self.orgs
            .as_ref()
            .is_none_or(|o| o.contains(&plan.registry))
            && self.plans.as_ref().is_none_or(|p| p.contains(&plan.id))
    }

    pub fn task(&self, repo: &Repository, plan: &Plan, task: &Task) -> bool {
        if !self.plan(plan) {
            return false;
        }
        if let Some(i) = &self.index
            && !task.indices.iter().any(|x| text::fold(x) == *i)
        {
            return false;
        }
        match &self.units {
            None => !self.lead_only || !task.lead().is_empty(),
            Some(units) => {
                let reg = &repo.registries[plan.registry];
                responsible(reg, task, self.lead_only).any(|u| units.contains(&(plan.registry, u)))
            }
        }
    }
}

/// The units responsible for a task, groups expanded (with repeats).
pub fn responsible<'a>(
    reg: &'a Registry,
    task: &'a Task,
    lead_only: bool,
) -> impl Iterator<Item = u32> + 'a {
    let support: &[_] = if lead_only { &[] } else { task.support() };
    task.lead()
        .iter()
        .chain(support)
        .flat_map(move |a| reg.expand(a.unit).iter().copied())
}

/// An index that neither kpi nor any loaded plan knows is an error with a suggestion
/// (`--index XYZ` used to answer nothing, silently).
fn check_index(repo: &Repository, index: &str, lang: Lang) -> Result<(), UsageError> {
    let mut known: Vec<&str> = INDICES.to_vec();
    for p in &repo.plans {
        for i in p
            .indices
            .iter()
            .chain(p.sections.iter().flat_map(|s| &s.index))
        {
            if !known.iter().any(|k| text::fold(k) == text::fold(i)) {
                known.push(i);
            }
        }
    }
    let key = text::fold(index);
    if known.iter().any(|k| text::fold(k) == key) {
        return Ok(());
    }
    let mut e = unknown(lang, &msg::INDEX, index, known.iter().copied());
    // `--index PAR INDEX` unquoted leaves "PAR" here and INDEX as a path.
    if "par".starts_with(&key)
        && !key.is_empty()
        && let UsageError::Unknown(m) = &mut e
    {
        m.push_str("; ");
        m.push_str(&tr!(lang, msg::QUOTE_INDEX));
    }
    Err(e)
}

fn unknown<'a>(
    lang: Lang,
    what: &i18n::Msg,
    name: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> UsageError {
    let known: Vec<&str> = known.into_iter().collect();
    let what = what.text(lang);
    let hint = match Suggestion::closest(name, known.iter().copied()) {
        Some(s) => s.say(lang),
        None if known.len() <= 12 => tr!(lang, msg::KNOWN, list = known.join(", ")),
        None => tr!(
            lang,
            msg::KNOWN_SOME,
            what = what,
            list = known[..12].join(", ")
        ),
    };
    UsageError::Unknown(tr!(
        lang,
        msg::UNKNOWN,
        what = what,
        name = name,
        hint = hint
    ))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Lead,
    Support,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Lead => "lead",
            Role::Support => "support",
        }
    }

    pub fn label(self, lang: crate::config::Lang) -> &'static str {
        match (self, lang) {
            (Role::Lead, crate::config::Lang::Vi) => "Chủ trì",
            (Role::Support, crate::config::Lang::Vi) => "Phối hợp",
            (Role::Lead, crate::config::Lang::En) => "Lead",
            (Role::Support, crate::config::Lang::En) => "Support",
        }
    }
}

/// How `unit` is responsible for `task`: lead before support, named directly before
/// through a group; `via` is the group as the task names it.
pub fn role_of(
    reg: &Registry,
    task: &Task,
    unit: u32,
) -> Option<(Role, Option<crate::plan::model::UnitRef>)> {
    use crate::plan::model::UnitRef;
    for (role, list) in [(Role::Lead, task.lead()), (Role::Support, task.support())] {
        if list.iter().any(|a| a.unit == UnitRef::Unit(unit)) {
            return Some((role, None));
        }
        if let Some(a) = list
            .iter()
            .find(|a| reg.expand(a.unit).binary_search(&unit).is_ok())
        {
            return Some((role, Some(a.unit)));
        }
    }
    None
}

/// The plan and the task's index that `PLAN:TASK` names (`kpi done`, `show`, `request`);
/// the refusal is worded, with the closest id or the plan's tasks.
pub fn target<'a>(
    repo: &'a Repository,
    target: &str,
    lang: Lang,
) -> Result<(&'a Plan, usize), UsageError> {
    use crate::i18n::records as r;
    let Some((plan_id, task_id)) = target.split_once(':') else {
        return Err(UsageError::Argument(tr!(
            lang,
            r::NOT_A_TARGET,
            text = target
        )));
    };
    let Some(plan) = repo.plans.iter().find(|p| p.id == plan_id) else {
        let hint = Suggestion::closest(plan_id, repo.plans.iter().map(|p| p.id.as_str()))
            .map_or_else(|| tr!(lang, r::RUN_CHECK), |s| s.say(lang));
        return Err(UsageError::Unknown(tr!(
            lang,
            r::UNKNOWN_PLAN,
            plan = plan_id,
            hint = hint
        )));
    };
    let Some(ti) = plan.task(task_id) else {
        let hint = Suggestion::closest(task_id, plan.tasks.iter().map(|t| t.id())).map_or_else(
            || {
                let list: Vec<&str> = plan.tasks.iter().map(|t| t.id()).collect();
                tr!(lang, r::ITS_TASKS, list = list.join(", "))
            },
            |s| s.say(lang),
        );
        return Err(UsageError::Unknown(tr!(
            lang,
            r::UNKNOWN_TASK,
            plan = plan_id,
            task = task_id,
            hint = hint
        )));
    };
    Ok((plan, ti))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A task named on the command line: a malformed name is an argument error, a plan
    /// or task the plans do not hold is unknown, with the nearest one suggested.
    #[test]
    fn a_target_is_refused_by_kind() {
        let today = chrono::NaiveDate::from_ymd_opt(2024, 6, 10).unwrap();
        let loaded = crate::load::load(&["plans/kon-tum".into()], None, today, Lang::Vi).unwrap();
        let repo = &loaded.repo;
        let (plan, ti) = target(repo, "kt-syt-2023-pci:II.2", Lang::Vi).unwrap();
        assert_eq!(
            (plan.id.as_str(), plan.tasks[ti].id()),
            ("kt-syt-2023-pci", "II.2")
        );
        let kind = |t: &str| target(repo, t, Lang::Vi).err().map(|e| e.kind());
        assert_eq!(kind("kt-syt-2023-pci"), Some("argument"));
        assert_eq!(kind("kt-syt-2023-pcj:II.2"), Some("unknown"));
        assert_eq!(kind("kt-syt-2023-pci:II.999"), Some("unknown"));
        let e = target(repo, "kt-syt-2023-pcj:II.2", Lang::Vi)
            .err()
            .unwrap();
        assert!(e.message(Lang::Vi).contains("kt-syt-2023-pci"), "{e}");
    }
}
