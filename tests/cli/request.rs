//! `kpi request` (DESIGN.md 3.3, 6.4): a request appended with the same verified, locked
//! write as `kpi done`, after which it is an occurrence `req-YYYY-MM-DD` of its task:
//! due, overdue and done like any other, in every command.

use crate::common::*;

const UNITS: &str = "[org]\nid = \"o\"\nname = \"Sở Thử\"\n\n[[unit]]\ncode = \"VP\"\nname = \"Văn phòng Sở\"\n\n[[unit]]\ncode = \"TC\"\nname = \"Phòng Tổ chức\"\n";

const PLAN: &str = r#"[plan]
id = "kh"
title = "Kế hoạch thử"
year = 2025

[[task]]
id = "II.4"
title = "Tham dự hội nghị đối thoại doanh nghiệp"
lead = ["VP"]
support = ["TC"]
output = "Báo cáo"
due = "Khi có văn bản triệu tập"

[[task]]
id = "III.1"
title = "Báo cáo quý"
lead = ["TC"]
output = "Báo cáo"
due = "Hằng quý"
"#;

const PROGRESS: &str = "# Tiến độ, ghi bằng kpi done\n\n[[record]]\ntask = \"III.1\"\nperiod = \"2025-Q1\"\nstatus = \"done\"\ndate = 2025-03-20\n";

fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(d.join("kpi.toml"), "").unwrap();
    std::fs::create_dir_all(d.join("plans")).unwrap();
    std::fs::write(d.join("plans/units.toml"), UNITS).unwrap();
    std::fs::write(d.join("plans/kh.toml"), PLAN).unwrap();
    std::fs::write(d.join("plans/kh.progress.toml"), PROGRESS).unwrap();
    tmp
}

fn progress(dir: &std::path::Path) -> String {
    std::fs::read_to_string(dir.join("plans/kh.progress.toml")).unwrap()
}

#[test]
fn a_request_becomes_an_occurrence_due_overdue_and_done() {
    let tmp = repo();
    let d = tmp.path();
    // Before the request: nothing owed.
    assert!(listed(d, &["--as-of", "2025-03-10", "due", "--format", "json"]).is_empty());
    let r = run(
        d,
        &[
            "--as-of",
            "2025-03-04",
            "request",
            "kh:II.4",
            "--date",
            "03/03/2025",
            "--due",
            "2025-03-14",
            "--ref",
            "Công văn số 512/UBND-KT",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "no warning: {}", r.stderr);
    assert!(
        r.stdout.contains("period req-2025-03-03")
            && r.stdout
                .contains("kpi done kh:II.4 --period req-2025-03-03"),
        "{}",
        r.stdout
    );
    // Appended after the old text, which is unchanged.
    let text = progress(d);
    assert_eq!(
        text,
        format!(
            "{PROGRESS}\n[[request]]\ntask = \"II.4\"\ndate = 2025-03-03\ndue = 2025-03-14\nref = \"Công văn số 512/UBND-KT\"\n"
        )
    );
    let check = run(d, &["--as-of", "2025-03-04", "check"]);
    assert_eq!(check.status, 0, "{}", check.stderr);

    // Due within the window on 10/03, overdue on 17/03 (the Monday after), for VP and TC.
    let key = Some("req-2025-03-03".to_string());
    let due = listed(
        d,
        &[
            "--as-of",
            "2025-03-10",
            "due",
            "--format",
            "json",
            "--unit",
            "TC",
        ],
    );
    assert!(
        due.contains(&("kh".into(), "II.4".into(), key.clone(), "due".into())),
        "{due:?}"
    );
    let overdue = listed(
        d,
        &[
            "--as-of",
            "2025-03-17",
            "overdue",
            "--format",
            "json",
            "--unit",
            "VP",
        ],
    );
    assert_eq!(
        overdue,
        [("kh".into(), "II.4".into(), key.clone(), "overdue".into())]
    );
    // As of a day before the request arrived, it is not known.
    assert!(
        listed(
            d,
            &[
                "--as-of",
                "2025-03-02",
                "due",
                "--within",
                "30",
                "--format",
                "json",
                "--unit",
                "VP"
            ]
        )
        .is_empty()
    );

    // The report counts it as overdue in the first quarter.
    let r = run(
        d,
        &[
            "--as-of",
            "2025-03-17",
            "report",
            "--period",
            "2025-Q1",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["units"][0]["unit"], "VP");
    assert_eq!(v["units"][0]["lead"]["overdue"], 1);

    // kpi done without --period: the task's only occurrence is the request, named.
    let r = run(
        d,
        &["--as-of", "2025-03-18", "done", "kh:II.4", "--by", "VP"],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(progress(d).ends_with("[[record]]\ntask = \"II.4\"\nperiod = \"req-2025-03-03\"\nstatus = \"done\"\ndate = 2025-03-18\nby = \"VP\"\n"), "{}", progress(d));
    assert!(listed(d, &["--as-of", "2025-03-20", "overdue", "--format", "json"]).is_empty());
    let r = run(
        d,
        &[
            "--as-of",
            "2025-03-20",
            "report",
            "--period",
            "2025-Q1",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["units"][0]["lead"]["done_late"], 1, "{v}");

    // A second request: two occurrences now, each named by its key.
    let r = run(
        d,
        &[
            "--as-of",
            "2025-05-02",
            "request",
            "kh:II.4",
            "--due",
            "2025-05-16",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let r = run(d, &["--as-of", "2025-05-02", "done", "kh:II.4"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("req-2025-05-02"), "{}", r.stderr);
    let r = run(
        d,
        &[
            "--as-of",
            "2025-05-02",
            "done",
            "kh:II.4",
            "--period",
            "req-2025-05-03",
        ],
    );
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains("did you mean `req-2025-05-02`?"),
        "{}",
        r.stderr
    );
    // kpi show lists both requests and the record.
    let r = run(d, &["--as-of", "2025-05-02", "show", "kh:II.4"]);
    assert!(
        r.stdout.contains("req-2025-03-03") && r.stdout.contains("req-2025-05-02"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Công văn số 512/UBND-KT"), "{}", r.stdout);
}

#[test]
fn refusals_write_nothing() {
    let tmp = repo();
    let d = tmp.path();
    for (args, want) in [
        (
            &[
                "request",
                "kh:II.4",
                "--date",
                "2025-03-14",
                "--due",
                "2025-03-03",
            ][..],
            "before --date",
        ),
        (
            &["request", "kh:II.9", "--due", "2025-03-03"][..],
            "has no task `II.9`",
        ),
        (
            &["request", "kx:II.4", "--due", "2025-03-03"][..],
            "unknown plan `kx`",
        ),
        (
            &["request", "II.4", "--due", "2025-03-03"][..],
            "write PLAN:TASK",
        ),
        (&["request", "kh:II.4", "--due", "31/02/2025"][..], "--due"),
    ] {
        let r = run(d, &[&["--as-of", "2025-03-04"][..], args].concat());
        assert_eq!(r.status, 2, "{args:?}");
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
        assert_eq!(progress(d), PROGRESS, "{args:?}: nothing written");
    }
    let ok = [
        "--as-of",
        "2025-03-04",
        "request",
        "kh:II.4",
        "--date",
        "2025-03-03",
        "--due",
        "2025-03-14",
    ];
    assert_eq!(run(d, &ok).status, 0);
    let before = progress(d);
    let r = run(d, &ok);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains("already has a request of 2025-03-03"),
        "{}",
        r.stderr
    );
    assert_eq!(progress(d), before);
}

#[test]
fn warnings_and_vietnamese() {
    let tmp = repo();
    let d = tmp.path();
    let r = run(
        d,
        &[
            "--lang",
            "vi",
            "--as-of",
            "2025-03-04",
            "request",
            "kh:III.1",
            "--date",
            "2025-03-10",
            "--due",
            "2025-03-20",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("không phải \"khi có yêu cầu\""),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("ngày nhận 10/03/2025 sau hôm nay (04/03/2025)"),
        "{}",
        r.stderr
    );
    assert!(
        r.stdout.starts_with(
            "đã ghi yêu cầu cho kh:III.1 nhận ngày 10/03/2025, hạn trả lời 20/03/2025"
        ),
        "{}",
        r.stdout
    );
    // kpi check: the same two points, as a warning each.
    let (_, report) = check_json(d, &[]);
    let checks: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["check"].as_str().unwrap())
        .collect();
    assert!(checks.contains(&"not-on-request"), "{checks:?}");
}

/// The verified append names the table it could not add to.
#[test]
fn a_progress_file_kpi_cannot_add_to_is_named() {
    let tmp = repo();
    let d = tmp.path();
    std::fs::write(d.join("plans/kh.progress.toml"), "request = \"x\"\n").unwrap();
    let r = run(
        d,
        &[
            "--as-of",
            "2025-03-04",
            "request",
            "kh:II.4",
            "--due",
            "2025-03-14",
        ],
    );
    assert_eq!(r.status, 2);
    assert!(
        r.stderr
            .contains("`request` is a string; kpi writes entries as [[request]] blocks"),
        "{}",
        r.stderr
    );
    assert_eq!(progress(d), "request = \"x\"\n");
    // A request table written inline is added to in place.
    std::fs::write(
        d.join("plans/kh.progress.toml"),
        "request = [{ task = \"II.4\", date = 2025-01-06, due = 2025-01-10 }]\n",
    )
    .unwrap();
    let r = run(
        d,
        &[
            "--as-of",
            "2025-03-04",
            "request",
            "kh:II.4",
            "--due",
            "2025-03-14",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let text = progress(d);
    assert!(
        text.starts_with("request = [{ task = \"II.4\", date = 2025-01-06"),
        "{text}"
    );
    assert!(text.contains("date = 2025-03-04"), "{text}");
    let overdue = listed(d, &["--as-of", "2025-03-04", "overdue", "--format", "json"]);
    assert_eq!(overdue.len(), 1, "the January request: {overdue:?}");
}

#[test]
fn check_reads_requests_like_records() {
    let tmp = repo();
    let d = tmp.path();
    std::fs::write(
        d.join("plans/kh.progress.toml"),
        "[[request]]\ntask = \"II.9\"\ndate = 2025-03-03\ndue = 2025-03-14\n\n[[request]]\ntask = \"II.4\"\ndue = 2025-03-14\n\n[[record]]\ntask = \"II.4\"\nperiod = \"req-2025-02-02\"\nstatus = \"done\"\ndate = 2025-03-01\n\n[[request]]\ntask = \"II.4\"\ndate = 2025-03-03\ndue = 2025-03-14\nnote = \"x\"\n\n[[record]]\ntask = \"II.4\"\nperiod = \"req-2025-3-3\"\nstatus = \"in-progress\"\n\n[[record]]\ntask = \"II.4\"\nperiod = \"req-2025-03-03\"\nstatus = \"in-progress\"\n",
    )
    .unwrap();
    // check_json checks as of 2024-06-10: the dates of 2025 are in the future. A key
    // names a request as kpi writes it (`req-2025-3-3` is not the request of 3 March).
    let (status, report) = check_json(d, &[]);
    assert_eq!(status, 1);
    let unknown = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["check"] == "unknown-period")
        .unwrap();
    assert_eq!(unknown["help"], "its requests are: req-2025-03-03");
    let found = located(&report, "");
    let checks: Vec<(&str, u64)> = found.iter().map(|(c, _, l, _)| (c.as_str(), *l)).collect();
    assert_eq!(
        checks,
        [
            ("unknown-task", 2),
            ("missing-field", 6),
            ("unknown-period", 12),
            ("future-record", 14),
            ("future-record", 18),
            ("unknown-field", 20),
            ("unknown-period", 24),
        ],
        "{report}"
    );
}

/// A task due on a date "or on request" accepts records of any period it names (the
/// reporting period of a request made before requests were recorded), except a request's
/// key it never received; a task with one deadline needs none.
#[test]
fn periods_of_on_request_tasks() {
    let tmp = repo();
    let d = tmp.path();
    let plan = PLAN.replace(
        "Khi có văn bản triệu tập",
        "Tháng 6 năm 2025, hoặc đột xuất",
    );
    std::fs::write(d.join("plans/kh.toml"), plan).unwrap();
    let record = |period: &str| {
        format!(
            "[[record]]\ntask = \"II.4\"\nperiod = \"{period}\"\nstatus = \"done\"\ndate = 2024-06-01\n"
        )
    };
    for (period, errors) in [("dot-xuat-1", 0), ("2025-06", 0), ("req-2025-01-02", 1)] {
        std::fs::write(d.join("plans/kh.progress.toml"), record(period)).unwrap();
        let (_, report) = check_json(d, &[]);
        assert_eq!(report["errors"], errors, "{period}: {report}");
    }
}

/// A request answered before it arrived is recorded (the record is the user's word) but
/// warned about: `--date` or `--period` is most likely a typo.
#[test]
fn a_record_dated_before_its_request_is_warned_about() {
    let tmp = repo();
    let d = tmp.path();
    let asked = run(
        d,
        &[
            "--as-of",
            "2025-03-20",
            "request",
            "kh:III.1",
            "--date",
            "2025-03-10",
            "--due",
            "2025-03-20",
        ],
    );
    assert_eq!(asked.status, 0, "{}", asked.stderr);
    let done = |date: &str| {
        run(
            d,
            &[
                "--lang",
                "vi",
                "--as-of",
                "2025-03-20",
                "done",
                "kh:III.1",
                "--period",
                "req-2025-03-10",
                "--date",
                date,
            ],
        )
    };
    let early = done("2025-03-05");
    assert_eq!(early.status, 0, "{}", early.stderr);
    assert!(
        early
            .stderr
            .contains("bản ghi mang ngày 05/03/2025, trước ngày nhận yêu cầu (10/03/2025)"),
        "{}",
        early.stderr
    );
    let on_time = done("2025-03-12");
    assert!(
        !on_time.stderr.contains("trước ngày nhận"),
        "{}",
        on_time.stderr
    );
}

/// A request may be due the day it arrives, and a task due on a date "or on request"
/// ("hoặc đột xuất") takes requests as one due only on request does: neither is warned of.
#[test]
fn requests_due_the_day_they_arrive_and_for_tasks_also_on_request_are_fine() {
    let tmp = repo();
    let d = tmp.path();
    let plan = format!(
        "{PLAN}\n[[task]]\nid = \"III.2\"\ntitle = \"Báo cáo chuyên đề\"\nlead = [\"VP\"]\noutput = \"Báo cáo\"\ndue = \"Trước ngày 30/6/2025, hoặc đột xuất\"\n"
    );
    std::fs::write(d.join("plans/kh.toml"), plan).unwrap();
    std::fs::write(
        d.join("plans/kh.progress.toml"),
        "[[request]]\ntask = \"II.4\"\ndate = 2025-03-03\ndue = 2025-03-03\n\n[[request]]\ntask = \"III.2\"\ndate = 2025-03-05\ndue = 2025-03-14\n",
    )
    .unwrap();
    let r = run(d, &["--as-of", "2025-04-01", "check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(report["diagnostics"], serde_json::json!([]), "{report}");
    assert_eq!(r.status, 0, "{report}");
    // Both are occurrences of the office's tasks, owed and overdue as of April.
    let overdue = listed(
        d,
        &[
            "--as-of",
            "2025-04-01",
            "overdue",
            "--unit",
            "VP",
            "--format",
            "json",
        ],
    );
    let keys: Vec<(&str, Option<&str>)> = overdue
        .iter()
        .map(|(_, task, period, _)| (task.as_str(), period.as_deref()))
        .collect();
    assert_eq!(
        keys,
        [
            ("II.4", Some("req-2025-03-03")),
            ("III.2", Some("req-2025-03-05"))
        ],
        "{overdue:?}"
    );
}
