//! Helpers shared by the integration tests: run the real `kpi` binary on real files.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/check").join(name)
}

/// `kpi` started in `dir`, with a fixed environment (no colour, English, fixed day).
pub fn kpi(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("kpi").expect("the kpi binary is built");
    cmd.current_dir(dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1");
    cmd
}

pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(dir: &Path, args: &[&str]) -> Run {
    let out = kpi(dir).args(args).output().expect("kpi runs");
    Run {
        status: out
            .status
            .code()
            .expect("kpi exits with a status, not a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// `kpi check --format json` in `dir` on `paths`: the status and the parsed report.
pub fn check_json(dir: &Path, paths: &[&str]) -> (i32, Value) {
    let mut args = vec!["--as-of", "2024-06-10", "check", "--format", "json"];
    args.extend(paths);
    let r = run(dir, &args);
    assert!(
        !r.stderr.contains("panicked"),
        "kpi panicked:\n{}",
        r.stderr
    );
    let v: Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("check --format json prints JSON ({e}):\n{}", r.stdout));
    (r.status, v)
}

/// (check, file name relative to the checked folder, line, column) of each diagnostic.
pub fn located(report: &Value, base: &str) -> Vec<(String, String, u64, u64)> {
    report["diagnostics"]
        .as_array()
        .expect("diagnostics is an array")
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap();
            let file = file
                .strip_prefix(base)
                .unwrap_or(file)
                .trim_start_matches('/');
            (
                d["check"].as_str().unwrap().to_string(),
                file.to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

pub fn demo() -> PathBuf {
    root().join("examples/demo")
}

/// The demo's plan of the Sở Y tế, relative to the demo repository.
pub const DEMO_PLAN: &str = "plans/so-y-te/2024-cai-cach-hanh-chinh.toml";

/// A copy of the demo repository in a temporary folder, for tests that write.
pub fn demo_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&demo(), tmp.path());
    tmp
}

/// Copy the folder `from` to `to`, files and folders.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let dest = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// `(plan, task, period, status)` of a `kpi due`/`overdue --format json` run.
pub fn listed(dir: &Path, args: &[&str]) -> Vec<(String, String, Option<String>, String)> {
    let r = run(dir, args);
    assert_eq!(r.status, 0, "kpi {args:?} failed: {}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    v.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["plan"].as_str().unwrap().to_string(),
                e["task"].as_str().unwrap().to_string(),
                e["period"].as_str().map(str::to_string),
                e["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Compare `actual` with tests/snapshots/NAME; `KPI_BLESS=1` writes it instead.
#[track_caller]
pub fn snapshot(name: &str, actual: &str) {
    let path = root().join("tests/snapshots").join(name);
    if std::env::var_os("KPI_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {name}: run with KPI_BLESS=1 and review it"));
    assert!(
        expected == actual,
        "output differs from tests/snapshots/{name} (KPI_BLESS=1 rewrites it):\n--- expected\n{expected}\n--- actual\n{actual}"
    );
}

/// Split a `kpi ...` line into arguments, honouring double quotes; a `#` comment ends it.
pub fn words(line: &str) -> Vec<String> {
    let line = line.split(" #").next().unwrap().trim();
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}
