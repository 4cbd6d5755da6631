//! `kpi schedule`: how a phrase is read, through the real binary, with kpi.toml settings.

use crate::common::*;
use serde_json::{Value, json};

fn schedule_json(dir: &std::path::Path, args: &[&str]) -> Value {
    let mut all = vec!["schedule", "--format", "json"];
    all.extend(args);
    let r = run(dir, &all);
    assert_eq!(r.status, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

#[test]
fn json_has_exactly_phrase_kind_and_occurrences() {
    let v = schedule_json(&root(), &["Hàng quý, 6 tháng, năm", "--year", "2024"]);
    assert_eq!(
        v,
        json!({
            "phrase": "Hàng quý, 6 tháng, năm",
            "kind": "recurring",
            "occurrences": [
                {"key": "2024-Q1", "start": "2024-01-01", "last_day": "2024-03-31", "due": "2024-04-01"},
                {"key": "2024-H1", "start": "2024-01-01", "last_day": "2024-06-30", "due": "2024-07-01"},
                {"key": "2024-Q3", "start": "2024-07-01", "last_day": "2024-09-30", "due": "2024-09-30"},
                {"key": "2024", "start": "2024-01-01", "last_day": "2024-12-31", "due": "2024-12-31"},
            ]
        })
    );
}

#[test]
fn kinds() {
    let kind = |p: &str| schedule_json(&root(), &[p, "--year", "2024"])["kind"].clone();
    assert_eq!(kind("Trước ngày 20/6/2024"), "once");
    assert_eq!(kind("Hằng tháng"), "recurring");
    assert_eq!(kind("Thường xuyên"), "ongoing");
    assert_eq!(
        kind("Khi có văn bản triệu tập của cấp thẩm quyền"),
        "on-request"
    );
    assert_eq!(kind("Theo Kế hoạch"), "elsewhere");
    assert_eq!(
        kind("Tháng 6 năm 2024, tháng 12 năm 2024, hoặc đột xuất"),
        "mixed"
    );
    let v = schedule_json(&root(), &["Trước ngày 20/6/2024"]);
    assert_eq!(v["occurrences"][0]["start"], Value::Null);
    assert_eq!(v["occurrences"][0]["last_day"], "2024-06-19");
}

#[test]
fn a_year_less_phrase_recurs_over_several_years() {
    let v = schedule_json(
        &root(),
        &["Trong quý I", "--from", "2023-01-01", "--to", "2025-12-31"],
    );
    assert_eq!(v["kind"], "recurring");
    let keys: Vec<_> = v["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["key"].clone())
        .collect();
    assert_eq!(keys, ["2023-Q1", "2024-Q1", "2025-Q1"]);
}

#[test]
fn unreadable_phrase_exits_1_and_shows_the_forms() {
    let r = run(&root(), &["schedule", "càng sớm càng tốt"]);
    assert_eq!(r.status, 1);
    assert!(
        r.stderr
            .contains("kpi cannot read the deadline `càng sớm càng tốt`"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("Trước ngày 20/6/2024"),
        "lists the forms: {}",
        r.stderr
    );
    assert!(r.stdout.is_empty());
    let r = run(&root(), &["schedule", "Trước ngày 31/2/2023"]);
    assert_eq!(r.status, 1);
    assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(
        run(&root(), &["schedule", "Hằng quý", "--from", "2024-01-01"]).status,
        2
    );
    assert_eq!(
        run(
            &root(),
            &[
                "schedule",
                "Hằng quý",
                "--year",
                "2024",
                "--from",
                "2024-01-01",
                "--to",
                "2024-02-01"
            ]
        )
        .status,
        2
    );
    assert_eq!(
        run(
            &root(),
            &[
                "schedule",
                "Hằng quý",
                "--from",
                "2024-05-01",
                "--to",
                "2024-02-01"
            ]
        )
        .status,
        2
    );
}

#[test]
fn table_output_explains_the_roll() {
    let r = run(&root(), &["schedule", "Trước ngày 2/9/2024"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains("2024-09-01"), "{}", r.stdout);
    assert!(
        r.stdout.contains("2024-09-04"),
        "rolled over Quốc khánh to the 4th: {}",
        r.stdout
    );
    let r = run(
        &root(),
        &["schedule", "Hằng quý", "--year", "2024", "--lang", "vi"],
    );
    assert!(r.stdout.contains("Hạn cuối"), "{}", r.stdout);
    let r = run(&root(), &["schedule", "Thường xuyên", "--year", "2024"]);
    assert!(r.stdout.contains("never overdue"), "{}", r.stdout);
}

#[test]
fn kpi_toml_settings_apply() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(
        dir.join("kpi.toml"),
        "report_day = 20\n\n[[holiday]]\ndate = 2024-06-20\nname = \"Nghỉ của tỉnh\"\n",
    )
    .unwrap();
    let v = schedule_json(dir, &["Hằng quý", "--year", "2024"]);
    let q2 = &v["occurrences"][1];
    assert_eq!(q2["key"], "2024-Q2");
    assert_eq!(q2["last_day"], "2024-06-20", "report_day = 20");
    assert_eq!(q2["due"], "2024-06-21", "the holiday of kpi.toml rolls it");

    std::fs::write(dir.join("kpi.toml"), "roll_to_working_day = false\n").unwrap();
    let v = schedule_json(dir, &["Hằng quý", "--year", "2024"]);
    assert_eq!(v["occurrences"][0]["due"], "2024-03-31", "no roll");

    // -C runs from another folder, finding the same kpi.toml.
    let r = run(
        &root(),
        &[
            "-C",
            dir.to_str().unwrap(),
            "schedule",
            "Quý I/2024",
            "--format",
            "csv",
        ],
    );
    assert_eq!(
        r.stdout,
        "key,start,last_day,due\n2024-Q1,2024-01-01,2024-03-31,2024-03-31\n"
    );

    // A mistyped setting is reported, and the command still answers.
    std::fs::write(dir.join("kpi.toml"), "report_dya = 20\n").unwrap();
    let r = run(dir, &["schedule", "Quý I/2024"]);
    assert_eq!(r.status, 0);
    assert!(
        r.stderr.contains("unknown-field") && r.stderr.contains("did you mean `report_day`"),
        "{}",
        r.stderr
    );
}
