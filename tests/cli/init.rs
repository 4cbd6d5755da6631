//! `kpi init`: a new repository passes `kpi check` at once and `kpi due` lists its
//! example plan on any day of the year; nothing is ever overwritten; the files speak the
//! run's language and name their schemas; two people's `kpi done` merge through git.

use std::path::Path;

use serde_json::Value;

use crate::common::*;

fn init(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["init"];
    all.extend(args);
    run(dir, &all)
}

/// The files a repository made by `kpi init` holds, relative to its root.
fn tree(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(dir).unwrap().display().to_string())
        .collect();
    files.sort();
    files
}

#[test]
fn a_new_repository_passes_check_and_due_lists_the_example_on_any_day() {
    // One repository per day: the example plan is in the year of --as-of.
    for (day, first_listed) in [
        ("2027-01-01", "I.1"), // due within 14 days: 14/01
        ("2027-01-20", "I.1"), // overdue since 14/01
        ("2027-05-15", "I.1"), // and Q1's report
        ("2028-12-31", "I.1"), // a leap year's last day
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let r = run(tmp.path(), &["--as-of", day, "init", "ke-hoach"]);
        assert_eq!(r.status, 0, "{day}: {}", r.stderr);
        let repo = tmp.path().join("ke-hoach");
        let (status, report) = check_json(&repo, &[]);
        assert_eq!(status, 0, "{day}: {report}");
        assert_eq!(report["errors"], 0, "{day}: {report}");
        assert_eq!(report["warnings"], 0, "{day}: {report}");
        assert_eq!(report["plans"], 1);
        let due = run(&repo, &["--as-of", day, "due", "--format", "json"]);
        assert_eq!(due.status, 0, "{day}: {}", due.stderr);
        let rows: Value = serde_json::from_str(&due.stdout).unwrap();
        let rows = rows.as_array().unwrap();
        assert!(!rows.is_empty(), "{day}: kpi due lists nothing");
        let year = &day[..4];
        assert_eq!(rows[0]["task"], first_listed, "{day}: {rows:?}");
        for row in rows {
            assert_eq!(row["plan"], format!("so-mau-{year}-cchc"), "{day}");
            assert!(
                row["last_day"].as_str().unwrap().starts_with(year),
                "{day}: {row}"
            );
        }
    }
}

#[test]
fn it_writes_the_promised_files_and_the_next_steps_in_vietnamese() {
    let tmp = tempfile::tempdir().unwrap();
    let r = run(
        tmp.path(),
        &[
            "--as-of",
            "2026-03-02",
            "--lang",
            "vi",
            "init",
            "kho",
            "--org",
            "qn-syt",
            "--name",
            "Sở Y tế tỉnh Quảng Ngãi",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let repo = tmp.path().join("kho");
    assert_eq!(
        tree(&repo),
        [
            ".gitattributes",
            ".gitignore",
            ".taplo.toml",
            "kpi.toml",
            "plans/qn-syt/2026-cai-cach-hanh-chinh.progress.toml",
            "plans/qn-syt/2026-cai-cach-hanh-chinh.toml",
            "plans/qn-syt/units.toml",
            "schemas/plan.schema.json",
            "schemas/progress.schema.json",
            "schemas/settings.schema.json",
            "schemas/units.schema.json",
        ]
    );
    for step in [
        "Việc tiếp theo:",
        "git init",
        "git config --global merge.kpi-progress.driver",
        "plans/qn-syt/units.toml",
        "kpi import ke-hoach.docx -o plans/qn-syt/2026-ten-ke-hoach.toml",
        "kpi check",
        "kpi due",
        "30 7 * * 1-5  cd ",
        "&& git pull -q && kpi notify",
    ] {
        assert!(
            r.stdout.contains(step),
            "next steps lack `{step}`:\n{}",
            r.stdout
        );
    }
    let settings = std::fs::read_to_string(repo.join("kpi.toml")).unwrap();
    assert!(settings.contains("\nlang = \"vi\""), "{settings}");
    for key in [
        "# [mail]",
        "# from = \"Văn phòng Sở <",
        "# errors_to",
        "# password_env",
        "# timeout",
    ] {
        assert!(settings.contains(key), "kpi.toml lacks `{key}`");
    }
    let units = std::fs::read_to_string(repo.join("plans/qn-syt/units.toml")).unwrap();
    assert!(units.contains("name = \"Sở Y tế tỉnh Quảng Ngãi\""));
    assert!(units.contains("# Placeholder:"), "{units}");
    let plan =
        std::fs::read_to_string(repo.join("plans/qn-syt/2026-cai-cach-hanh-chinh.toml")).unwrap();
    for phrase in [
        "Trước ngày 15/01/2026",
        "Hằng quý, 6 tháng, năm",
        "\"6 tháng\"",
        "Thường xuyên",
        "Khi có yêu cầu",
    ] {
        assert!(plan.contains(phrase), "the example plan lacks {phrase}");
    }
    let ignore = std::fs::read_to_string(repo.join(".gitignore")).unwrap();
    assert!(ignore.lines().any(|l| l == ".kpi/") && ignore.lines().any(|l| l == ".*.kpi-*.tmp"));
    let attributes = std::fs::read_to_string(repo.join(".gitattributes")).unwrap();
    assert!(
        attributes
            .lines()
            .any(|l| l == "*.progress.toml merge=kpi-progress")
    );
    // Each TOML file kpi reads names its schema, by a path that exists.
    for file in tree(&repo)
        .iter()
        .filter(|f| f.ends_with(".toml") && !f.starts_with('.'))
    {
        let path = repo.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let first = text.lines().next().unwrap();
        let schema = first
            .strip_prefix("#:schema ")
            .unwrap_or_else(|| panic!("{file} starts with {first:?}"));
        assert!(
            path.parent().unwrap().join(schema).is_file(),
            "{file}: {schema}"
        );
    }
}

#[test]
fn in_english_the_comments_and_steps_are_english_and_so_is_the_repository() {
    let tmp = tempfile::tempdir().unwrap();
    let r = run(tmp.path(), &["--lang", "en", "init", "."]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("Created a plan repository in .:"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Next steps:"));
    assert!(!r.stdout.contains("Việc tiếp theo"));
    // Run from the repository itself: no `cd` to make.
    assert!(
        r.stdout.contains("       git init && git add ."),
        "{}",
        r.stdout
    );
    let settings = std::fs::read_to_string(tmp.path().join("kpi.toml")).unwrap();
    assert!(settings.contains("\nlang = \"en\""));
    assert!(settings.contains("# Settings of the plan repository"));
    let (status, report) = check_json(tmp.path(), &[]);
    assert_eq!(
        (status, report["errors"].as_u64()),
        (0, Some(0)),
        "{report}"
    );
}

#[test]
fn it_never_overwrites_and_names_every_file_in_the_way() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("kpi.toml"), "lang = \"en\"\n").unwrap();
    std::fs::create_dir_all(dir.join("plans/so-mau")).unwrap();
    std::fs::write(dir.join("plans/so-mau/units.toml"), "# mine\n").unwrap();
    let r = run(dir, &["--lang", "en", "init", "."]);
    assert_eq!(r.status, 2, "{}", r.stdout);
    assert!(r.stderr.contains("kpi.toml"), "{}", r.stderr);
    assert!(r.stderr.contains("plans/so-mau/units.toml"), "{}", r.stderr);
    assert!(r.stderr.contains("nothing was written"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.join("kpi.toml")).unwrap(),
        "lang = \"en\"\n"
    );
    assert_eq!(tree(dir), ["kpi.toml", "plans/so-mau/units.toml"]);
    // In Vietnamese too.
    let r = run(dir, &["--lang", "vi", "init", "."]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("không bao giờ ghi đè"), "{}", r.stderr);
    // A second init of a fresh repository is refused the same way.
    let other = dir.join("b");
    assert_eq!(init(dir, &["b"]).status, 0);
    let before = tree(&other);
    let again = init(dir, &["b"]);
    assert_eq!(again.status, 2);
    assert_eq!(tree(&other), before);
}

#[test]
fn an_organisation_id_must_make_a_folder_and_a_name_may_hold_anything() {
    let tmp = tempfile::tempdir().unwrap();
    for bad in ["qn syt", "a/b", ".hidden", ""] {
        let r = run(tmp.path(), &["--lang", "en", "init", "x", "--org", bad]);
        assert_eq!(r.status, 2, "{bad:?}");
        assert!(r.stderr.contains("cannot be used"), "{bad:?}: {}", r.stderr);
        assert!(!tmp.path().join("x").exists(), "{bad:?} wrote something");
    }
    let name = "Sở \"Mẫu\" \\ tỉnh X";
    let r = init(tmp.path(), &["y", "--org", "x-syt", "--name", name]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let units = run(&tmp.path().join("y"), &["units", "--format", "json"]);
    assert_eq!(units.status, 0, "{}", units.stderr);
    assert!(
        units.stdout.contains("Sở \\\"Mẫu\\\" \\\\ tỉnh X"),
        "{}",
        units.stdout
    );
}

#[test]
fn the_example_plan_records_progress_and_mails_the_office() {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path();
    assert_eq!(run(repo, &["--as-of", "2026-07-01", "init"]).status, 0);
    let done = run(
        repo,
        &[
            "--as-of",
            "2026-07-01",
            "done",
            "so-mau-2026-cchc:I.1",
            "--by",
            "VP",
        ],
    );
    assert_eq!(done.status, 0, "{}", done.stderr);
    let progress =
        std::fs::read_to_string(repo.join("plans/so-mau/2026-cai-cach-hanh-chinh.progress.toml"))
            .unwrap();
    assert!(progress.starts_with("#:schema ../../schemas/progress.schema.json\n"));
    assert!(
        progress.contains("[[record]]\ntask = \"I.1\""),
        "{progress}"
    );
    let due = run(repo, &["--as-of", "2026-07-01", "due", "--format", "json"]);
    assert!(!due.stdout.contains("\"I.1\""), "{}", due.stdout);
    let thu = repo.join("thu");
    let notify = run(
        repo,
        &[
            "--as-of",
            "2026-07-01",
            "notify",
            "--dry-run",
            thu.to_str().unwrap(),
        ],
    );
    assert_eq!(notify.status, 0, "{}", notify.stderr);
    assert!(thu.join("so-mau-VP.eml").is_file(), "{}", notify.stderr);
}

/// `git` with a fixed identity and no user configuration, in `dir`.
fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=kpi",
            "-c",
            "user.email=kpi@example.invalid",
        ])
        .args(["-c", "init.defaultBranch=main", "-c", "pull.rebase=false"])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs")
}

#[track_caller]
fn ok(out: std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A shared repository made by `kpi init`, and two clones of it, one for each person.
/// With `driver`, each clone declares kpi's merge driver as `kpi init` says to.
fn two_clones(tmp: &Path, driver: bool) -> (std::path::PathBuf, std::path::PathBuf) {
    let seed = tmp.join("seed");
    assert_eq!(
        run(tmp, &["--as-of", "2026-07-01", "init", "seed"]).status,
        0
    );
    ok(git(&seed, &["init", "-q"]));
    ok(git(&seed, &["add", "."]));
    ok(git(&seed, &["commit", "-qm", "kpi init"]));
    ok(git(tmp, &["clone", "-q", "--bare", "seed", "shared.git"]));
    let bin = assert_cmd::cargo::cargo_bin("kpi");
    let mut clones = Vec::new();
    for name in ["a", "b"] {
        ok(git(tmp, &["clone", "-q", "shared.git", name]));
        let clone = tmp.join(name);
        if driver {
            let line = format!("{} merge-progress %O %A %B %P", bin.display());
            ok(git(&clone, &["config", "merge.kpi-progress.driver", &line]));
        }
        clones.push(clone);
    }
    (clones.remove(0), clones.remove(0))
}

const PROGRESS: &str = "plans/so-mau/2026-cai-cach-hanh-chinh.progress.toml";

/// Each person records a different task with the same unit, commits; a pushes, b pulls.
fn both_record(a: &Path, b: &Path) -> std::process::Output {
    for (clone, task) in [(a, "so-mau-2026-cchc:I.1"), (b, "so-mau-2026-cchc:III.2")] {
        let r = run(
            clone,
            &["--as-of", "2026-07-01", "done", task, "--by", "VP"],
        );
        assert_eq!(r.status, 0, "{}", r.stderr);
        ok(git(clone, &["commit", "-qam", task]));
    }
    ok(git(a, &["push", "-q", "origin", "HEAD"]));
    git(b, &["pull", "-q", "--no-edit", "origin", "main"])
}

#[test]
fn two_people_who_record_at_once_merge_without_a_conflict() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("git not found: the merge of two clones was not tried");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = two_clones(tmp.path(), true);
    ok(both_record(&a, &b));
    let merged = std::fs::read_to_string(b.join(PROGRESS)).unwrap();
    assert_eq!(merged.matches("[[record]]\n").count(), 2, "{merged}");
    let t: toml::Table = toml::from_str(&merged).unwrap();
    let records = t["record"].as_array().unwrap();
    let tasks: Vec<&str> = records
        .iter()
        .map(|r| r["task"].as_str().unwrap())
        .collect();
    assert_eq!(tasks, ["III.2", "I.1"], "b's own record, then a's");
    assert!(
        records.iter().all(|r| r["by"].as_str() == Some("VP")),
        "{merged}"
    );
    let (status, report) = check_json(&b, &[]);
    assert_eq!(
        (status, report["errors"].as_u64()),
        (0, Some(0)),
        "{report}"
    );
    // And a pulls the merge as it is.
    ok(git(&b, &["push", "-q", "origin", "HEAD"]));
    ok(git(&a, &["pull", "-q", "--no-edit", "origin", "main"]));
    assert_eq!(std::fs::read_to_string(a.join(PROGRESS)).unwrap(), merged);
}

#[test]
fn without_the_driver_git_reports_a_conflict_and_union_runs_records_together() {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("git not found: the merge of two clones was not tried");
        return;
    }
    // A machine that has not declared the driver: git's own line merge, a conflict that
    // `kpi check` points at (what the README shows).
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = two_clones(tmp.path(), false);
    let pull = both_record(&a, &b);
    assert!(!pull.status.success());
    let text = std::fs::read_to_string(b.join(PROGRESS)).unwrap();
    assert!(
        text.contains("<<<<<<< HEAD\ntask = \"III.2\"\n=======\ntask = \"I.1\"\n>>>>>>>"),
        "{text}"
    );
    let (status, report) = check_json(&b, &[]);
    assert_eq!(status, 1);
    assert_eq!(report["diagnostics"][0]["check"], "toml-syntax", "{report}");

    // Why not `merge=union`: git moves the lines both records begin and end with
    // (`[[record]]`, `status`, `date`, `by`) out of the conflict and keeps the rest of
    // both sides, so the pull succeeds and the two records run into one table.
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = two_clones(tmp.path(), false);
    std::fs::write(a.join(".gitattributes"), "*.progress.toml merge=union\n").unwrap();
    ok(git(&a, &["commit", "-qam", "union"]));
    ok(git(&a, &["push", "-q", "origin", "HEAD"]));
    ok(git(&b, &["pull", "-q", "origin", "main"]));
    ok(both_record(&a, &b));
    let text = std::fs::read_to_string(b.join(PROGRESS)).unwrap();
    assert_eq!(text.matches("\n[[record]]\n").count(), 1, "{text}");
    assert!(
        text.contains("task = \"III.2\"\ntask = \"I.1\"\n"),
        "{text}"
    );
    let (status, report) = check_json(&b, &[]);
    assert_eq!(status, 1, "{report}");
}

/// The README's "first hour", run as written in an empty folder, with the year of today
/// in its ids: every command succeeds and does what the README says it does.
#[test]
fn the_first_hour_of_the_readme_runs_as_written() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = readme
        .split("\n## The first hour\n")
        .nth(1)
        .expect("the README has a first hour")
        .split("\n## ")
        .next()
        .unwrap();
    let block = section
        .split("```bash\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a bash block");
    assert!(
        block.starts_with("kpi init ")
            && block.contains("kpi due")
            && block.contains("kpi notify --dry-run")
    );
    let year = chrono::Datelike::year(&kpi::config::today_in_vietnam()).to_string();
    let script = block.replace("2026", &year);
    let tmp = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("kpi");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .args(["-e", "-c", &script])
        .current_dir(tmp.path())
        .env("PATH", path)
        .env_remove("LANG")
        .env("NO_COLOR", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Văn phòng")
        .env("GIT_AUTHOR_EMAIL", "vanphong@example.invalid")
        .env("GIT_COMMITTER_NAME", "Văn phòng")
        .env("GIT_COMMITTER_EMAIL", "vanphong@example.invalid")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    // What the README says each step prints or leaves.
    assert!(stdout.contains("Next steps:"), "{stdout}");
    assert!(
        stdout.contains("đạt: 4 tệp, 1 kế hoạch, 6 nhiệm vụ: 0 lỗi, 0 cảnh báo, 0 ghi chú"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("qn-syt-{year}-cchc")),
        "kpi due listed the example: {stdout}"
    );
    let repo = tmp.path().join("ke-hoach");
    assert!(repo.join("thu/qn-syt-VP.eml").is_file(), "{stderr}");
    let due = run(&repo, &["due", "--format", "json"]);
    assert!(!due.stdout.contains("\"task\":\"I.1\""), "{}", due.stdout);
    let log = std::process::Command::new("git")
        .args(["log", "--oneline"])
        .current_dir(&repo)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&log.stdout).lines().count(), 2);
}
