//! `kpi completions SHELL`: the script that lets a shell complete kpi's commands and
//! options, and the ids of the repository at hand (plan ids, `PLAN:TASK`, unit codes,
//! organisation ids), which kpi computes each time Tab is pressed.
//!
//! This rests on clap_complete's dynamic completion (`CompleteEnv`, behind its
//! `unstable-dynamic` feature): the script calls `COMPLETE=SHELL kpi -- WORDS...`, and
//! `main` answers that before anything else runs. docs/decisions.md says why we took
//! the unstable feature and what guards it (the exact version is pinned).

use std::ffi::OsStr;
use std::io::Write;

use clap::CommandFactory;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};

use crate::cli::{Cli, CompletionsArgs, Shell};
use crate::config::Context;
use crate::{Exit, UsageError};

/// The environment variable that asks kpi for completions instead of running.
pub const VAR: &str = "COMPLETE";

/// kpi's command line, with the arguments whose values come from the repository.
pub fn command() -> clap::Command {
    let mut cmd = Cli::command();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, with_ids);
    }
    cmd
}

/// Attach candidates to the arguments that name something of the repository, by the
/// argument's name, so that every command that takes `--unit` completes units.
fn with_ids(sub: clap::Command) -> clap::Command {
    let ids: Vec<String> = sub
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    ids.into_iter().fold(sub, |sub, id| {
        let candidates: fn() -> Vec<CompletionCandidate> = match id.as_str() {
            "target" => targets,
            "unit" | "by" => units,
            "plan" => plans,
            "org" => orgs,
            "index" => indices,
            _ => return sub,
        };
        sub.mut_arg(id, |a| a.add(ArgValueCandidates::new(candidates)))
    })
}

/// The repository around the working folder, loaded quietly; `None` outside one or on
/// any trouble (a completion never prints an error).
fn repository() -> Option<crate::load::Loaded> {
    let cwd = std::env::current_dir().ok()?;
    let root = crate::config::find_root(&cwd);
    let paths = crate::default_paths(root.as_deref());
    crate::load::load(
        &paths,
        root.as_deref(),
        crate::config::today_in_vietnam(),
        crate::cli::Lang::En,
    )
    .ok()
}

fn candidate(value: &str, help: &str) -> CompletionCandidate {
    CompletionCandidate::new(value).help(Some(help.to_string().into()))
}

fn targets() -> Vec<CompletionCandidate> {
    let Some(loaded) = repository() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for plan in &loaded.repo.plans {
        for task in &plan.tasks {
            out.push(candidate(
                task.target(),
                &crate::text::visible(task.title()),
            ));
        }
    }
    out
}

fn units() -> Vec<CompletionCandidate> {
    let Some(loaded) = repository() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for r in &loaded.repo.registries {
        for u in &r.units {
            out.push(candidate(&u.code, &crate::text::visible(&u.name)));
        }
        for g in &r.groups {
            out.push(candidate(&g.code, &crate::text::visible(&g.name)));
        }
    }
    // The same code in two organisations is one candidate.
    out.sort_by(|a, b| a.get_value().cmp(b.get_value()));
    out.dedup_by(|a, b| a.get_value() == b.get_value());
    out
}

fn plans() -> Vec<CompletionCandidate> {
    let Some(loaded) = repository() else {
        return Vec::new();
    };
    loaded
        .repo
        .plans
        .iter()
        .map(|p| candidate(&p.id, &crate::text::visible(&p.title)))
        .collect()
}

fn orgs() -> Vec<CompletionCandidate> {
    let Some(loaded) = repository() else {
        return Vec::new();
    };
    loaded
        .repo
        .registries
        .iter()
        .map(|r| candidate(&r.org_id, &crate::text::visible(&r.org_name)))
        .collect()
}

fn indices() -> Vec<CompletionCandidate> {
    crate::select::INDICES
        .iter()
        .map(|i| CompletionCandidate::new(OsStr::new(i)))
        .collect()
}

/// bash splits words at `:` (COMP_WORDBREAKS), so `kpi done PLAN:TA<Tab>` would reach
/// kpi as three words; npm's completion takes `=` and `@` out the same way.
const BASH_COLON: &str = "\n# kpi's ids hold a colon (PLAN:TASK): let bash keep them one word.\n\
COMP_WORDBREAKS=${COMP_WORDBREAKS//:/}\n";

pub fn run(
    _ctx: &Context,
    args: &CompletionsArgs,
    out: &mut dyn Write,
    _err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let shell: &dyn EnvCompleter = match args.shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Powershell => &Powershell,
        Shell::Elvish => &Elvish,
    };
    shell.write_registration(VAR, "kpi", "kpi", "kpi", out)?;
    if args.shell == Shell::Bash {
        out.write_all(BASH_COLON.as_bytes())?;
    }
    Ok(Exit::Success)
}
