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
fn unreadable_phrase_points_at_the_part_that_failed() {
    let r = run(&root(), &["schedule", "càng sớm càng tốt"]);
    assert_eq!(r.status, 1);
    assert!(
        r.stderr
            .contains("kpi cannot read the deadline `càng sớm càng tốt`"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty());
    // The caret is under the quarter that cannot be, with what was expected there; the
    // list of forms is one command away, not repeated.
    let r = run(&root(), &["schedule", "Báo cáo quý V năm 2024"]);
    assert_eq!(r.status, 1);
    assert_eq!(
        r.stderr,
        "error: kpi cannot read the deadline `Báo cáo quý V năm 2024`\n  Báo cáo quý V năm 2024\n              ^ after `quý`: I, II, III, IV or 1–4\nhelp: the forms of deadline kpi reads, with examples: `kpi schedule --forms`\n"
    );
    let r = run(&root(), &["schedule", "trước ngày 32/1", "--lang", "vi"]);
    assert_eq!(r.status, 1);
    assert!(
        r.stderr
            .contains("^^ sau `trước ngày`: cần một ngày từ 1 đến 31"),
        "{}",
        r.stderr
    );
    let r = run(&root(), &["schedule", "Trước ngày 31/2/2023"]);
    assert_eq!(r.status, 1);
    assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
}

#[test]
fn forms_lists_the_registry_in_both_languages() {
    let en = run(&root(), &["schedule", "--forms"]);
    assert_eq!(en.status, 0, "{}", en.stderr);
    let vi = run(&root(), &["schedule", "--forms", "--lang", "vi"]);
    for f in kpi::schedule::phrase::FORMS {
        assert!(
            en.stdout
                .contains(&format!("{}: {}", f.id, f.meaning(kpi::i18n::Lang::En))),
            "{}",
            f.id
        );
        assert!(
            vi.stdout
                .contains(&format!("{}: {}", f.id, f.meaning(kpi::i18n::Lang::Vi))),
            "{}",
            f.id
        );
        for e in f.examples {
            assert!(en.stdout.contains(e.phrase), "{}", e.phrase);
        }
    }
    let json: Value =
        serde_json::from_str(&run(&root(), &["schedule", "--forms", "--format", "json"]).stdout)
            .unwrap();
    assert_eq!(json[0]["id"], "ongoing");
    // --help shows one line of examples per form, from the same registry.
    let help = run(&root(), &["schedule", "--help"]);
    assert!(
        help.stdout
            .contains("trước ngày 20 hằng tháng · ngày 15 hàng quý"),
        "{}",
        help.stdout
    );
}

#[test]
fn the_table_says_the_kind_and_each_form_in_words() {
    let r = run(
        &root(),
        &[
            "schedule",
            "chậm nhất ngày 12 của tháng báo cáo",
            "--year",
            "2025",
            "--lang",
            "vi",
        ],
    );
    assert_eq!(r.status, 0);
    assert!(r.stdout.starts_with("“chậm nhất ngày 12 của tháng báo cáo”: định kỳ, trong thời gian 01/01/2025 đến 31/12/2025"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("kỳ báo cáo: hạn là ngày ghi trong chính kỳ đó"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("2025-01  01/01/2025 .. 12/01/2025  12/01/2025 CN  13/01/2025"),
        "{}",
        r.stdout
    );
    let r = run(
        &root(),
        &["schedule", "Trước ngày 20/6/2025", "--year", "2025"],
    );
    assert!(
        r.stdout
            .starts_with("“Trước ngày 20/6/2025”: one deadline, over"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("“Trước ngày 20/6/2025”: before a date: due the day before"),
        "{}",
        r.stdout
    );
    // A deadline in the following period falls after the plan: said, and kept.
    let r = run(
        &root(),
        &["schedule", "ngày 15 của tháng tiếp theo", "--year", "2025"],
    );
    assert!(
        r.stdout
            .contains("2025-12: due in the following period, after the plan's end (2026-01-15)."),
        "{}",
        r.stdout
    );
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

/// The two rules at the edges of a plan's period (DESIGN.md section 4; issue 20).
#[test]
fn a_period_cut_by_the_plans_end_keeps_its_occurrence() {
    let v = schedule_json(
        &root(),
        &["Hằng năm", "--from", "2023-01-01", "--to", "2030-10-31"],
    );
    let occ = v["occurrences"].as_array().unwrap();
    assert_eq!(occ.len(), 8, "2023 to 2030: {v}");
    assert_eq!(occ[7]["key"], "2030");
    assert_eq!(occ[7]["last_day"], "2030-10-31");
    assert_eq!(occ[7]["due"], "2030-10-31");
}

#[test]
fn a_recurrence_starts_with_the_plan() {
    // Bình Định's plan was issued on 15/6/2023: its "Hàng quý, 6 tháng, năm" tasks have
    // no 2023-Q1, while "Trong quý I", which the plan itself dates, stays.
    let r = run(
        &root(),
        &[
            "due",
            "--org",
            "bd-syt",
            "--as-of",
            "2023-06-16",
            "--format",
            "csv",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(!r.stdout.contains("2023-Q1"), "{}", r.stdout);
    assert!(r.stdout.contains("IV.2.4.a"), "{}", r.stdout);
    assert!(r.stdout.contains(",IV.2.4.b,"), "{}", r.stdout);
    let r = run(&root(), &["check", "plans/binh-dinh"]);
    assert!(
        r.stderr.contains("note[recurrence-before-issue]: 8 occurrences of recurring deadlines end before the plan was issued on 2023-06-15"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("warning[before-issue]: occurrence 2023-Q1 is due on 2023-03-31, before the plan was issued on 2023-06-15"),
        "{}",
        r.stderr
    );
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

/// The last days of a phrase's occurrences, as `kpi schedule --format json` prints them.
fn last_days(phrase: &str, year: &str) -> Vec<String> {
    let v = schedule_json(&root(), &[phrase, "--year", year]);
    v["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["last_day"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_weekday_of_a_week_of_the_month_is_read_not_left_out() {
    // The last Friday of each month, not the month's last day.
    let fridays = last_days("ngày thứ sáu của tuần lễ cuối tháng", "2025");
    assert_eq!(fridays.len(), 12);
    assert_eq!(fridays[2], "2025-03-28");
    assert_eq!(fridays[11], "2025-12-26");
    // Week 2 and week 4: the second and fourth Friday (Friday 3 January is the first).
    let two = last_days(
        "thứ Sáu tuần thứ 2 và thứ Sáu tuần thứ 4 hàng tháng",
        "2025",
    );
    assert_eq!(two.len(), 24);
    assert_eq!(&two[..2], ["2025-01-10", "2025-01-24"]);
    // A list of weeks, and English.
    assert_eq!(last_days("thứ Sáu tuần thứ 2, 4 hàng tháng", "2025"), two);
    assert_eq!(last_days("the last Friday of each month", "2025"), fridays);
    let v = schedule_json(
        &root(),
        &["thứ Hai đầu tiên của tháng 3/2025", "--year", "2025"],
    );
    assert_eq!(v["kind"], "once");
    assert_eq!(v["occurrences"][0]["last_day"], "2025-03-03");
    // A week that names no week of the month is refused, with the place and what to write.
    let r = run(&root(), &["schedule", "trong tuần đầu tháng"]);
    assert_eq!(r.status, 1, "{}", r.stdout);
    assert!(r.stderr.contains("which day of that week"), "{}", r.stderr);
    let r = run(&root(), &["schedule", "thứ Sáu tuần sau, cuối tháng"]);
    assert_eq!(r.status, 1, "{}", r.stdout);
    assert!(
        r.stderr
            .contains("^^^ after `thứ Sáu tuần`: which week of the month (tuần thứ 2"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_last_working_day_and_a_named_report_read_by_the_calendar() {
    // 25 to 31 January 2025 are Tết and a weekend; 30 April and 1 May are holidays.
    let days = last_days("ngày làm việc cuối cùng của tháng", "2025");
    assert_eq!(days.len(), 12);
    assert_eq!(days[0], "2025-01-24");
    assert_eq!(days[3], "2025-04-29");
    assert_eq!(days[4], "2025-05-30");
    // Five working days after each quarter; 7 April 2025 is Hùng Kings' day.
    let q = last_days(
        "Báo cáo quý: 05 ngày làm việc kể từ thời điểm kết thúc kỳ thống kê",
        "2025",
    );
    assert_eq!(q, ["2025-04-08", "2025-07-07", "2025-10-07", "2026-01-09"]);
    // Without the report's period: an error that says to name it.
    let r = run(
        &root(),
        &[
            "schedule",
            "05 ngày làm việc kể từ thời điểm kết thúc kỳ thống kê",
        ],
    );
    assert_eq!(r.status, 1, "{}", r.stdout);
    assert!(
        r.stderr.contains("does not say which period is reported") && r.stderr.contains("hằng quý"),
        "{}",
        r.stderr
    );
}
