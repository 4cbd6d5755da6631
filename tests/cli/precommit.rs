//! The pre-commit hooks: `.pre-commit-hooks.yaml` declares them, `pre-commit try-repo`
//! runs the `system` one on a repository made by `kpi init` (scripts/pre-commit-check.sh),
//! and `kpi check` given single files (as a hook gives them) checks each against what it
//! needs: a plan with its registry above it, a registry with its plans, a progress file
//! with its plan, kpi.toml with the plans.

use std::path::Path;
use std::process::Command;

use crate::common::*;

#[test]
fn the_hooks_file_declares_a_rust_and_a_system_hook() {
    let text = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    let hooks: Vec<&str> = text.split("\n- id: ").skip(1).collect();
    assert_eq!(hooks.len(), 2, "{text}");
    for (hook, id, language) in [
        (hooks[0], "kpi-check", "rust"),
        (hooks[1], "kpi-check-system", "system"),
    ] {
        let field = |name: &str| {
            hook.lines()
                .find_map(|l| l.trim().strip_prefix(&format!("{name}: ")))
                .unwrap_or_else(|| panic!("{id} has no {name}"))
        };
        assert_eq!(hook.lines().next(), Some(id));
        assert_eq!(field("language"), language);
        assert_eq!(field("entry"), "kpi check");
        assert_eq!(field("files"), "\\.toml$");
    }
}

#[test]
fn pre_commit_try_repo_runs_the_system_hook() {
    let bin = assert_cmd::cargo::cargo_bin("kpi");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .arg(root().join("scripts/pre-commit-check.sh"))
        .env("PATH", path)
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if out.status.code() == Some(77) {
        eprintln!("pre-commit not found (pip install pre-commit): the hook was not tried");
        return;
    }
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("kpi-check-system behaves as expected"),
        "{said}"
    );
}

/// A repository with a plan one folder below its registry, for the single-file checks.
fn repository(dir: &Path) {
    assert_eq!(run(dir, &["--as-of", "2026-03-02", "init"]).status, 0);
    let org = dir.join("plans/so-mau");
    std::fs::create_dir(org.join("2026")).unwrap();
    for name in [
        "2026-cai-cach-hanh-chinh.toml",
        "2026-cai-cach-hanh-chinh.progress.toml",
    ] {
        std::fs::rename(org.join(name), org.join("2026").join(name)).unwrap();
    }
}

fn checked(dir: &Path, files: &[&str]) -> (i32, Vec<(String, String)>, u64) {
    let (status, report) = check_json(dir, files);
    let found = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["check"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (status, found, report["plans"].as_u64().unwrap())
}

const PLAN: &str = "plans/so-mau/2026/2026-cai-cach-hanh-chinh.toml";
const PROGRESS: &str = "plans/so-mau/2026/2026-cai-cach-hanh-chinh.progress.toml";
const UNITS: &str = "plans/so-mau/units.toml";

#[test]
fn check_takes_single_files_and_loads_what_each_needs() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    repository(dir);
    for files in [
        &[PLAN][..],
        &[UNITS],
        &[PROGRESS],
        &["kpi.toml"],
        &[UNITS, PLAN, PROGRESS],
    ] {
        let (status, found, plans) = checked(dir, files);
        assert_eq!((status, found, plans), (0, vec![], 1), "{files:?}");
    }
    // From the plan's own folder too.
    let (status, found, _) = checked(
        &dir.join("plans/so-mau/2026"),
        &["2026-cai-cach-hanh-chinh.progress.toml"],
    );
    assert_eq!((status, found), (0, vec![]));

    // A plan alone finds its registry above it: a unit that is not there is an error.
    let plan = dir.join(PLAN);
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(
        &plan,
        text.replace("lead = [\"KHTC\"]", "lead = [\"KHTX\"]"),
    )
    .unwrap();
    let (status, found, _) = checked(dir, &[PLAN]);
    assert_eq!(
        (status, found),
        (1, vec![("unknown-unit".into(), PLAN.into())])
    );
    std::fs::write(&plan, &text).unwrap();

    // A registry alone brings the plans it may break: a unit removed is one a plan names.
    let units = dir.join(UNITS);
    let registry = std::fs::read_to_string(&units).unwrap();
    std::fs::write(&units, registry.replace("code = \"KHTC\"", "code = \"KH\"")).unwrap();
    let (status, found, _) = checked(dir, &[UNITS]);
    assert_eq!(status, 1);
    assert!(
        found.contains(&("unknown-unit".into(), PLAN.into())),
        "{found:?}"
    );
    // kpi.toml alone brings every plan too.
    let (status, found, _) = checked(dir, &["kpi.toml"]);
    assert_eq!(status, 1);
    assert!(
        found.contains(&("unknown-unit".into(), PLAN.into())),
        "{found:?}"
    );
    std::fs::write(&units, &registry).unwrap();

    // A progress file alone is checked against its plan.
    let progress = dir.join(PROGRESS);
    let mut records = std::fs::read_to_string(&progress).unwrap();
    records.push_str("\n[[record]]\ntask = \"IX.9\"\nstatus = \"done\"\ndate = 2026-01-05\n");
    std::fs::write(&progress, records).unwrap();
    let (status, found, _) = checked(dir, &[PROGRESS]);
    assert_eq!(
        (status, found),
        (1, vec![("unknown-task".into(), PROGRESS.into())])
    );

    // A broken kpi.toml alone is reported, not "no plan files".
    std::fs::write(dir.join("kpi.toml"), "lang = \"fr\"\n").unwrap();
    let (status, found, _) = checked(dir, &["kpi.toml"]);
    assert_eq!(status, 1);
    assert!(
        found.contains(&("invalid-value".into(), "kpi.toml".into())),
        "{found:?}"
    );
}

/// The CI examples install kpi the way the README says and run `kpi check`; when Python's
/// yaml module is at hand, they parse as YAML.
#[test]
fn the_ci_examples_run_kpi_check() {
    for file in [
        "examples/ci/github-actions.yml",
        "examples/ci/gitlab-ci.yml",
    ] {
        let path = root().join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("cargo install --locked --git \"$KPI_GIT\" --rev \"$KPI_REV\" kpi"),
            "{file}"
        );
        assert!(text.contains("kpi --lang vi check"), "{file}");
        let parsed = Command::new("python3")
            .args(["-c", "import sys, yaml; yaml.safe_load(open(sys.argv[1]))"])
            .arg(&path)
            .output();
        match parsed {
            Ok(out) if out.status.success() => {}
            Ok(out) if String::from_utf8_lossy(&out.stderr).contains("No module named 'yaml'") => {
                eprintln!("python3 has no yaml module: {file} was not parsed");
            }
            Ok(out) => panic!("{file}: {}", String::from_utf8_lossy(&out.stderr)),
            Err(_) => eprintln!("python3 not found: {file} was not parsed"),
        }
    }
}
