//! `kpi check` on fixture trees: one tree per check, asserting the check name, the file,
//! the line and the column of every diagnostic, and the exit status.

use crate::common::*;

/// Each fixture folder under tests/fixtures/check and exactly what `kpi check` reports.
#[track_caller]
fn case(name: &str, status: i32, expected: &[(&str, &str, u64, u64)]) {
    let dir = fixture(name);
    let (got_status, report) = check_json(&dir, &["."]);
    let got = located(&report, "./");
    let expected: Vec<_> = expected
        .iter()
        .map(|(c, f, l, col)| (c.to_string(), f.to_string(), *l, *col))
        .collect();
    assert_eq!(got, expected, "diagnostics of fixture {name}");
    assert_eq!(got_status, status, "exit status of fixture {name}");
}

#[test]
fn each_check_points_at_the_right_place() {
    case("clean", 0, &[]);
    case("toml-syntax", 1, &[("toml-syntax", "plan.toml", 8, 25)]);
    case("invalid-utf8", 1, &[("invalid-utf8", "plan.toml", 8, 12)]);
    case("empty-file", 1, &[("empty-file", "plan.toml", 1, 1)]);
    case(
        "missing-field",
        1,
        &[
            ("missing-field", "plan.toml", 1, 1),
            ("missing-field", "plan.toml", 5, 1),
            ("no-deadline", "plan.toml", 6, 6),
            ("no-output", "plan.toml", 6, 6),
        ],
    );
    case(
        "wrong-type",
        1,
        &[
            ("wrong-type", "plan.toml", 4, 8),
            ("wrong-type", "plan.toml", 12, 11),
        ],
    );
    case("unknown-field", 1, &[("unknown-field", "plan.toml", 8, 1)]);
    case("invalid-value", 1, &[("invalid-value", "plan.toml", 12, 8)]);
    case("invalid-date", 1, &[("invalid-date", "plan.toml", 4, 10)]);
    case("no-registry", 1, &[("no-registry", "plan.toml", 2, 6)]);
    case(
        "duplicate-org-id",
        1,
        &[("duplicate-org-id", "b/units.toml", 2, 6)],
    );
    case(
        "duplicate-plan-id",
        1,
        &[("duplicate-plan-id", "b.toml", 2, 6)],
    );
    case(
        "duplicate-task-id",
        1,
        &[("duplicate-task-id", "plan.toml", 21, 6)],
    );
    case(
        "duplicate-section-id",
        1,
        &[("duplicate-section-id", "plan.toml", 11, 6)],
    );
    case(
        "duplicate-target-id",
        1,
        &[("duplicate-target-id", "plan.toml", 11, 6)],
    );
    case(
        "duplicate-unit",
        1,
        &[("duplicate-unit", "units.toml", 26, 12)],
    );
    case(
        "unknown-unit",
        1,
        &[
            ("unknown-unit", "plan.toml", 9, 9),
            ("unknown-unit", "plan.toml", 10, 12),
        ],
    );
    case(
        "unknown-section",
        1,
        &[("unknown-section", "plan.toml", 16, 11)],
    );
    // A cycle is reported once, at its first group.
    case("group-cycle", 1, &[("group-cycle", "units.toml", 24, 8)]);
    case(
        "unknown-task",
        1,
        &[("unknown-task", "plan.progress.toml", 7, 8)],
    );
    case("no-lead", 0, &[("no-lead", "plan.toml", 7, 6)]);
    case("no-deadline", 0, &[("no-deadline", "plan.toml", 7, 6)]);
    // A report needs no separate expected result: only the plain task is warned about.
    case("no-output", 0, &[("no-output", "plan.toml", 7, 6)]);
    case(
        "lead-is-support",
        0,
        &[("lead-is-support", "plan.toml", 12, 19)],
    );
    case(
        "future-record",
        0,
        &[("future-record", "plan.progress.toml", 5, 8)],
    );
    case("not-nfc", 0, &[("not-nfc", "plan.toml", 8, 9)]);
    case("empty-group", 0, &[("empty-group", "units.toml", 24, 8)]);
    case(
        "invalid-email",
        0,
        &[
            ("invalid-email", "units.toml", 9, 38),
            ("invalid-email", "units.toml", 14, 9),
        ],
    );
    // An escape sequence in a title, a bidi override in a unit's name.
    case(
        "control-character",
        0,
        &[
            ("control-character", "plan.toml", 3, 9),
            ("control-character", "units.toml", 12, 8),
        ],
    );
    case(
        "stale-temp-file",
        0,
        &[(
            "stale-temp-file",
            ".plan.progress.toml.kpi-Ab12Cd.tmp",
            1,
            1,
        )],
    );
    case(
        "orphan-progress",
        0,
        &[("orphan-progress", "old.progress.toml", 1, 1)],
    );
    // Deadline phrases.
    case(
        "unreadable-deadline",
        1,
        // The caret is under the part of the phrase that failed, inside the string.
        &[
            ("unreadable-deadline", "plan.toml", 18, 8),
            ("unreadable-deadline", "plan.toml", 25, 24),
        ],
    );
    case(
        "invalid-date-in-phrase",
        1,
        &[("invalid-date", "plan.toml", 11, 14)],
    );
    case(
        "outside-period",
        0,
        &[("outside-period", "plan.toml", 11, 7)],
    );
    case(
        "yearly-recurrence",
        0,
        &[("yearly-recurrence", "plan.toml", 11, 7)],
    );
    // The edges of a plan's period (DESIGN.md section 4).
    case("before-issue", 0, &[("before-issue", "plan.toml", 13, 7)]);
    case(
        "recurrence-before-issue",
        0,
        &[("recurrence-before-issue", "plan.toml", 5, 10)],
    );
    // Year 2200 is beyond the lunar calendar (1900-2100): Tết has no date there, and the
    // year's days off are provisional.
    case(
        "unknown-holiday",
        0,
        &[
            ("provisional-holidays", "plan.toml", 4, 8),
            ("unknown-holiday", "plan.toml", 12, 7),
        ],
    );
    case(
        "provisional-holidays",
        0,
        &[("provisional-holidays", "plan.toml", 4, 8)],
    );
    case(
        "unknown-period",
        1,
        &[
            ("unknown-period", "plan.progress.toml", 9, 10),
            ("unknown-period", "plan.progress.toml", 14, 8),
        ],
    );
    // Requests (DESIGN.md 3.3): one for a quarterly task is counted but worth a word; one
    // due before it arrived, or a second one on the same day, is refused.
    case(
        "not-on-request",
        0,
        &[("not-on-request", "plan.progress.toml", 8, 8)],
    );
    case(
        "due-before-request",
        1,
        &[("due-before-request", "plan.progress.toml", 4, 7)],
    );
    case(
        "duplicate-request",
        1,
        &[("duplicate-request", "plan.progress.toml", 8, 8)],
    );
    // A byte-order mark and CRLF line ends are read as the user sees the text.
    case("bom-crlf", 1, &[("unknown-unit", "plan.toml", 12, 12)]);
    // One broken file does not hide the others: b.toml is still checked, c.toml loads.
    case(
        "one-bad-file",
        1,
        &[
            ("toml-syntax", "a.toml", 8, 9),
            ("unknown-unit", "b.toml", 12, 12),
        ],
    );
}

#[test]
fn every_check_has_a_fixture_or_a_test_elsewhere() {
    let listed = run(&root(), &["check", "--list-checks"]);
    assert_eq!(listed.status, 0);
    let fixtures: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/check"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    // unreadable-file needs trees made at run time (symlink loops): tested below.
    let elsewhere = ["unreadable-file"];
    for line in listed.stdout.lines() {
        let name = line.split_whitespace().next().unwrap();
        assert!(
            fixtures.iter().any(|f| f == name) || elsewhere.contains(&name),
            "check {name} has no fixture folder"
        );
    }
}

#[test]
fn json_report_has_exactly_the_documented_fields() {
    let (_, report) = check_json(&fixture("unknown-unit"), &["."]);
    let mut keys: Vec<_> = report.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "diagnostics",
            "errors",
            "files",
            "plans",
            "tasks",
            "warnings"
        ]
    );
    assert_eq!(report["errors"], 2);
    assert_eq!(report["plans"], 1);
    let d = &report["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["check"], "unknown-unit");
    assert!(d["message"].as_str().unwrap().contains("Van phong So Y"));
    assert!(
        d["help"]
            .as_str()
            .unwrap()
            .contains("did you mean `Văn phòng Sở`"),
        "help suggests the closest spelling: {}",
        d["help"]
    );
    // A diagnostic without help has no help field at all.
    let (_, report) = check_json(&fixture("wrong-type"), &["."]);
    assert!(report["diagnostics"][0].get("help").is_none());
}

#[test]
fn human_output_is_rustc_style() {
    let r = run(&fixture("unknown-unit"), &["check", "."]);
    assert_eq!(r.status, 1);
    let expected = "\
error[unknown-unit]: unknown unit `Van phong So Y` in `lead`
 --> ./plan.toml:9:9
  |
9 | lead = [\"Van phong So Y\"]
  |         ^^^^^^^^^^^^^^^^
  |
  = help: did you mean `Văn phòng Sở`? (unit `VP`, Văn phòng Sở); or add this spelling to `aliases` in units.toml
";
    assert!(r.stderr.starts_with(expected), "stderr was:\n{}", r.stderr);
    assert_eq!(
        r.stdout,
        "failed: 2 files, 1 plan, 1 task: 2 errors, 0 warnings, 0 notes\n"
    );
}

#[test]
fn strict_fails_on_warnings() {
    let dir = fixture("no-lead");
    assert_eq!(run(&dir, &["check", "."]).status, 0);
    assert_eq!(run(&dir, &["check", "--strict", "."]).status, 1);
}

#[test]
fn bad_usage_exits_2() {
    let r = run(&root(), &["check", "no/such/folder"]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains("no/such/folder: no such file or folder"),
        "{}",
        r.stderr
    );

    let empty = tempfile::tempdir().unwrap();
    let r = run(empty.path(), &["check"]);
    assert_eq!(r.status, 2, "no plans at all is exit 2");
    assert!(r.stderr.contains("no such file or folder") || r.stderr.contains("no plan files"));

    let r = run(&root(), &["--as-of", "2024-13-01", "check"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("--as-of: `2024-13-01`"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn unreadable_paths_are_reported_and_the_rest_is_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path();
    for f in ["units.toml", "plan.toml"] {
        std::fs::copy(fixture("clean").join(f), base.join(f)).unwrap();
    }
    // A symbolic link loop, and a plan "folder" that is a plain file.
    std::fs::create_dir(base.join("loop")).unwrap();
    std::os::unix::fs::symlink("..", base.join("loop/up")).unwrap();
    std::fs::write(base.join("notes.txt"), "không phải kế hoạch").unwrap();

    let (status, report) = check_json(base, &[".", "notes.txt"]);
    let got = located(&report, "./");
    assert_eq!(status, 1);
    assert!(
        got.contains(&("unreadable-file".into(), "loop/up".into(), 1, 1)),
        "symlink loop reported: {got:?}"
    );
    assert!(
        got.iter()
            .any(|(c, f, _, _)| c == "unreadable-file" && f == "notes.txt"),
        "a non-TOML file named on the command line is reported: {got:?}"
    );
    assert_eq!(report["plans"], 1, "the good plan is still loaded");
}

#[test]
fn a_file_of_tens_of_megabytes_is_handled() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("clean").join("units.toml"),
        tmp.path().join("units.toml"),
    )
    .unwrap();
    let mut plan = String::from("[plan]\nid = \"big\"\ntitle = \"Lớn\"\nyear = 2024\n");
    let mut i = 0;
    while plan.len() < 24 << 20 {
        plan.push_str(&format!(
            "\n[[task]]\nid = \"T{i}\"\ntitle = \"Nhiệm vụ số {i} về cải cách hành chính\"\nlead = [\"VP\"]\noutput = \"Báo cáo\"\ndue = \"Thường xuyên\"\n"
        ));
        i += 1;
    }
    plan.push_str("\n[[task]]\nid = \"T0\"\ntitle = \"trùng\"\n");
    std::fs::write(tmp.path().join("big.toml"), &plan).unwrap();
    let (status, report) = check_json(tmp.path(), &["."]);
    assert_eq!(status, 1);
    assert_eq!(report["tasks"], i + 1);
    let got = located(&report, "./");
    assert!(
        got.iter().any(|(c, _, _, _)| c == "duplicate-task-id"),
        "{got:?}"
    );
}

#[test]
fn deep_nesting_and_nul_bytes_do_not_crash() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("deep.toml"),
        format!("a = {}", "[".repeat(100_000)),
    )
    .unwrap();
    std::fs::write(tmp.path().join("nul.toml"), "[plan]\nid = \"a\0b\"\n").unwrap();
    let (status, report) = check_json(tmp.path(), &["."]);
    assert_eq!(status, 1);
    let got = located(&report, "./");
    assert_eq!(got.len(), 2, "one diagnostic per broken file: {got:?}");
    assert!(got.iter().all(|(c, _, _, _)| c == "toml-syntax"));
}

#[test]
fn docs_list_every_check() {
    let docs = std::fs::read_to_string(root().join("docs/checks.md")).unwrap();
    let listed = run(&root(), &["check", "--list-checks"]);
    for line in listed.stdout.lines() {
        let name = line.split_whitespace().next().unwrap();
        assert!(
            docs.contains(&format!("| `{name}` |")),
            "docs/checks.md lacks {name}"
        );
    }
}

#[test]
fn huge_registries_expand_in_one_pass_and_a_cycle_is_said_once() {
    let tmp = tempfile::tempdir().unwrap();
    let n = 50_000;
    let mut units = String::from("[org]\nid = \"o\"\nname = \"O\"\n\n[[unit]]\ncode = \"VP\"\n");
    // A chain G0 ⊃ G1 ⊃ ... ⊃ VP, and a ring R0 ⊃ R1 ⊃ ... ⊃ R0.
    for i in 0..n {
        let next = if i + 1 < n {
            format!("\"G{}\"", i + 1)
        } else {
            "\"VP\"".into()
        };
        units.push_str(&format!(
            "\n[[group]]\ncode = \"G{i}\"\nmembers = [{next}]\n"
        ));
        units.push_str(&format!(
            "\n[[group]]\ncode = \"R{i}\"\nmembers = [\"R{}\"]\n",
            (i + 1) % n
        ));
    }
    std::fs::write(tmp.path().join("units.toml"), units).unwrap();
    std::fs::write(
        tmp.path().join("p.toml"),
        "[plan]\nid = \"p\"\ntitle = \"t\"\nyear = 2024\n\n[[task]]\nid = \"1\"\ntitle = \"x\"\nlead = [\"G0\"]\noutput = \"y\"\ndue = \"Thường xuyên\"\n",
    )
    .unwrap();
    let (status, report) = check_json(tmp.path(), &["."]);
    assert_eq!(status, 1);
    let cycles: Vec<_> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["check"] == "group-cycle")
        .collect();
    assert_eq!(cycles.len(), 1, "one cycle, said once");
    assert!(cycles[0]["help"].as_str().unwrap().len() < 300);
    let r = run(
        tmp.path(),
        &[
            "--as-of",
            "2024-01-02",
            "due",
            "--unit",
            "VP",
            "--within",
            "400",
        ],
    );
    assert_eq!(r.status, 2, "the registry has an error: {}", r.stderr);
    assert!(r.stderr.len() < 2_000, "{} bytes of stderr", r.stderr.len());
}

/// Control characters written raw (no escape, no backslash anywhere in the files: a C1
/// control, which TOML allows raw unlike ESC, and a bidi override) are found as well as
/// escaped ones: a file is passed over only when it holds neither.
#[test]
fn raw_control_characters_are_found_too() {
    let tmp = tempfile::tempdir().unwrap();
    for f in ["plan.toml", "units.toml"] {
        let text = std::fs::read_to_string(fixture("control-character").join(f))
            .unwrap()
            .replace("\\u001B", "\u{9b}")
            .replace("\\u202E", "\u{202e}");
        assert!(!text.contains('\\'), "{f} has no escape left");
        std::fs::write(tmp.path().join(f), text).unwrap();
    }
    let (_, report) = check_json(tmp.path(), &["."]);
    let found: Vec<(String, String)> = located(&report, "")
        .into_iter()
        .filter(|(c, _, _, _)| c == "control-character")
        .map(|(c, f, _, _)| (c, f))
        .collect();
    assert_eq!(found.len(), 2, "{report:#}");
    assert!(
        found.iter().any(|(_, f)| f.ends_with("plan.toml")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(_, f)| f.ends_with("units.toml")),
        "{found:?}"
    );
}

/// A name written wrong again and again gets the same help each time (worded once a
/// file), and another name its own.
#[test]
fn a_name_written_wrong_twice_gets_the_same_help_as_the_first_time() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::copy(
        fixture("unknown-unit").join("units.toml"),
        d.join("units.toml"),
    )
    .unwrap();
    let task = |id: &str, lead: &str| {
        format!(
            "\n[[task]]\nid = \"{id}\"\ntitle = \"Nhiệm vụ\"\nlead = [\"{lead}\"]\noutput = \"x\"\ndue = \"Thường xuyên\"\n"
        )
    };
    let plan = [
        "[plan]\nid = \"p\"\ntitle = \"Kế hoạch thử\"\nyear = 2024\n".to_string(),
        task("1", "Van phong So Y"),
        task("2", "Phòng Không Có"),
        task("3", "Van phong So Y"),
        task("4", "Phòng Không Có"),
    ]
    .concat();
    std::fs::write(d.join("plan.toml"), plan).unwrap();
    let (status, report) = check_json(d, &["."]);
    assert_eq!(status, 1, "{report}");
    let helps: Vec<(&str, &str)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["message"].as_str().unwrap(), x["help"].as_str().unwrap()))
        .collect();
    assert_eq!(helps.len(), 4, "{report}");
    assert!(helps[0].1.contains("VP"), "{helps:?}");
    assert!(!helps[1].1.contains("VP"), "{helps:?}");
    assert_ne!(helps[0].1, helps[1].1);
    assert_eq!(helps[2], helps[0]);
    assert_eq!(helps[3], helps[1]);
}
