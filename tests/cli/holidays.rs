//! `kpi holidays` and the calendar of days off as users meet it: the 2026 decisions, a
//! provisional 2027, named `[[holiday]]` ranges in kpi.toml, the `provisional-holidays`
//! note, iCalendar read back by a real parser, formats refused by other commands.

use std::path::Path;

use serde_json::Value;

use crate::common::*;

fn json(dir: &Path, args: &[&str]) -> Value {
    let r = run(dir, args);
    assert_eq!(r.status, 0, "kpi {args:?}: {}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

/// (date, kind, source) of each listed day.
fn days(v: &Value) -> Vec<(String, String, String)> {
    v["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (s("date"), s("kind"), s("source"))
        })
        .collect()
}

fn repo(kpi_toml: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("kpi.toml"), kpi_toml).unwrap();
    tmp
}

#[test]
fn the_2026_decisions_with_their_numbers() {
    let tmp = repo("");
    let v = json(
        tmp.path(),
        &["holidays", "--year", "2026", "--format", "json"],
    );
    let got = days(&v);
    for want in [
        ("2026-01-02", "swapped", "12729/VPCP-KGVX"),
        ("2026-01-10", "workday", "12729/VPCP-KGVX"),
        ("2026-02-16", "holiday", "9441/TB-BNV"),
        ("2026-02-20", "holiday", "9441/TB-BNV"),
        ("2026-04-27", "in-lieu", "labour-code"),
        ("2026-08-22", "workday", "9441/TB-BNV"),
        ("2026-08-31", "swapped", "9441/TB-BNV"),
        ("2026-09-01", "holiday", "9441/TB-BNV"),
    ] {
        let want = (want.0.to_string(), want.1.to_string(), want.2.to_string());
        assert!(got.contains(&want), "{want:?} missing from {got:?}");
    }
    assert_eq!(
        got.len(),
        16,
        "14 days off and 2 make-up Saturdays: {got:?}"
    );
    assert_eq!(v["years"][0]["status"], "official");
    let numbers: Vec<&str> = v["years"][0]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["number"].as_str().unwrap())
        .collect();
    assert_eq!(
        numbers,
        ["9859/VPCP-KGVX", "9441/TB-BNV", "12729/VPCP-KGVX"]
    );
}

#[test]
fn a_year_without_a_decision_is_provisional_and_says_so() {
    let tmp = repo("");
    let r = run(
        tmp.path(),
        &["holidays", "--year", "2027", "--format", "csv"],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let mut lines = r.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("date,weekday,kind,holiday,name,source,status")
    );
    let rows: Vec<&str> = lines.collect();
    assert!(
        rows.iter().all(|l| l.ends_with(",provisional,provisional")),
        "{rows:#?}"
    );
    assert!(
        rows.contains(&"2027-02-06,Sat,holiday,tet,Lunar New Year (Tết),provisional,provisional")
    );
    assert!(
        rows.iter()
            .any(|l| l.starts_with("2027-02-10,Wed,in-lieu,tet,"))
    );
    let vi = run(tmp.path(), &["--lang", "vi", "holidays", "--year", "2027"]);
    assert!(vi.stdout.contains("Năm 2027: TẠM TÍNH"), "{}", vi.stdout);
    assert!(
        vi.stdout.contains("Nghỉ bù Tết Nguyên đán"),
        "{}",
        vi.stdout
    );
    // Defaults to the year of --as-of.
    let this = json(
        tmp.path(),
        &["--as-of", "2025-06-01", "holidays", "--format", "json"],
    );
    assert_eq!(this["from"], "2025-01-01");
}

#[test]
fn a_named_holiday_range_and_a_workday_from_kpi_toml() {
    let tmp = repo(
        "[[holiday]]\nfrom = 2027-02-11\nto = 2027-02-12\nname = \"Nghỉ Tết thêm của tỉnh\"\n\n\
         [[holiday]]\ndate = 2027-11-24\nname = \"Ngày Văn hóa Việt Nam\"\n\n\
         [[holiday]]\nfrom = 2027-03-01\nto = 2027-03-01\nname = \"Một ngày\"\n\n\
         [[workday]]\ndate = 2027-02-20\nname = \"Làm bù ngày 12/2\"\n",
    );
    let r = run(
        tmp.path(),
        &["holidays", "--year", "2027", "--format", "csv"],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    for row in [
        "2027-02-11,Thu,local,,Nghỉ Tết thêm của tỉnh,kpi.toml,local",
        "2027-02-12,Fri,local,,Nghỉ Tết thêm của tỉnh,kpi.toml,local",
        "2027-02-20,Sat,workday,,Làm bù ngày 12/2,kpi.toml,local",
        "2027-03-01,Mon,local,,Một ngày,kpi.toml,local",
        "2027-11-24,Wed,local,,Ngày Văn hóa Việt Nam,kpi.toml,local",
    ] {
        assert!(
            r.stdout.lines().any(|l| l == row),
            "{row} missing:\n{}",
            r.stdout
        );
    }
    // kpi schedule names the day a deadline rolled over.
    let s = run(tmp.path(), &["schedule", "Đến ngày 11/02/2027"]);
    assert_eq!(s.status, 0, "{}", s.stderr);
    assert!(
        s.stdout.contains("2027-02-15 (Nghỉ Tết thêm của tỉnh)"),
        "{}",
        s.stdout
    );
    let s = run(tmp.path(), &["schedule", "Đến ngày 20/02/2027"]);
    assert!(
        s.stdout.contains("2027-02-20 Sat  2027-02-20"),
        "a worked Saturday: {}",
        s.stdout
    );
}

#[test]
fn mung_1_of_2027_falls_due_after_the_break() {
    let tmp = repo("");
    let v = json(
        tmp.path(),
        &["schedule", "Đến ngày 06/02/2027", "--format", "json"],
    );
    assert_eq!(v["occurrences"][0]["due"], "2027-02-11");
    let v = json(
        tmp.path(),
        &["schedule", "Đến ngày 16/04/2027", "--format", "json"],
    );
    assert_eq!(
        v["occurrences"][0]["due"], "2027-04-19",
        "Giỗ Tổ 2027 moves"
    );
}

#[test]
fn bad_holiday_entries_are_reported_where_they_are() {
    let tmp = repo(
        "[[holiday]]\nfrom = 2027-02-12\nto = 2027-02-11\n\n\
         [[holiday]]\ndate = 2027-02-11\nfrom = 2027-02-11\n\n\
         [[holiday]]\nfrom = 2027-02-11\n\n\
         [[holiday]]\nname = \"Không có ngày\"\n\n\
         [[workday]]\nname = \"Không có ngày\"\n",
    );
    let plans = tmp.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    for f in ["plan.toml", "units.toml"] {
        std::fs::copy(fixture("provisional-holidays").join(f), plans.join(f)).unwrap();
    }
    let (status, report) = check_json(tmp.path(), &[]);
    let got: Vec<(String, String, u64, u64)> = located(&report, "")
        .into_iter()
        .filter(|(_, f, _, _)| f.ends_with("kpi.toml"))
        .collect();
    let want = [
        ("invalid-value", 3, 6),
        ("invalid-value", 7, 8),
        ("missing-field", 9, 1),
        ("missing-field", 12, 1),
        ("missing-field", 15, 1),
    ];
    let got: Vec<(&str, u64, u64)> = got
        .iter()
        .map(|(c, _, l, col)| (c.as_str(), *l, *col))
        .collect();
    assert_eq!(got, want, "{report:#}");
    assert_eq!(status, 1);
    let r = run(tmp.path(), &["holidays", "--year", "2027"]);
    assert_eq!(r.status, 2, "a broken kpi.toml is never silent");
    assert!(
        r.stderr
            .contains("`to` (2027-02-11) is before `from` (2027-02-12)"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_2031_plan_gets_the_provisional_holidays_note() {
    let dir = fixture("provisional-holidays");
    let r = run(&dir, &["check", "."]);
    assert_eq!(r.status, 0, "a note never fails the check: {}", r.stderr);
    assert!(
        r.stderr
            .contains("note[provisional-holidays]: the plan reaches into 2031"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("kpi holidays --year 2031"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("[[holiday]]"), "{}", r.stderr);
}

#[test]
fn ics_is_read_back_by_a_real_parser() {
    use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
    let tmp = repo("[[holiday]]\ndate = 2027-11-24\nname = \"Ngày Văn hóa Việt Nam; thử, dài\"\n");
    let r = run(
        tmp.path(),
        &[
            "--as-of",
            "2026-11-30",
            "holidays",
            "--year",
            "2027",
            "--format",
            "ics",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.ends_with("END:VCALENDAR\r\n"));
    assert!(
        r.stdout.split("\r\n").all(|l| l.len() <= 75),
        "lines are folded"
    );
    assert!(
        !r.stdout.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    let cal: Calendar = r.stdout.parse().expect("icalendar parses it");
    let csv = run(
        tmp.path(),
        &["holidays", "--year", "2027", "--format", "csv"],
    );
    let mut uids = std::collections::HashSet::new();
    let mut events = 0;
    for c in &cal.components {
        let CalendarComponent::Event(e) = c else {
            continue;
        };
        events += 1;
        let (Some(DatePerhapsTime::Date(start)), Some(DatePerhapsTime::Date(end))) =
            (e.get_start(), e.get_end())
        else {
            panic!("an all-day event: {e:?}");
        };
        assert_eq!(end, start.succ_opt().unwrap(), "DTEND is the next day");
        assert!(
            uids.insert(e.get_uid().unwrap().to_string()),
            "UIDs are unique"
        );
        assert!(
            csv.stdout.contains(&start.to_string()),
            "{start} is a listed day"
        );
        if start.to_string() == "2027-11-24" {
            assert_eq!(e.get_summary(), Some("Ngày Văn hóa Việt Nam; thử, dài"));
        }
    }
    assert_eq!(
        events,
        csv.stdout.lines().count() - 1,
        "one event a listed day"
    );
    let again = run(
        tmp.path(),
        &[
            "--as-of",
            "2026-11-30",
            "holidays",
            "--year",
            "2027",
            "--format",
            "ics",
        ],
    );
    assert_eq!(
        again.stdout, r.stdout,
        "the same input writes the same file"
    );
}

#[test]
fn other_commands_refuse_ics_and_bad_ranges_are_usage_errors() {
    let tmp = repo("");
    for args in [
        &["check", "--format", "ics"][..],
        &["due", "--format", "ics"][..],
        &["schedule", "hằng quý", "--format", "ics"][..],
    ] {
        let r = run(tmp.path(), args);
        assert_eq!(r.status, 2, "{args:?}");
        assert!(
            r.stderr
                .contains("does not write ics; it writes: table, csv, json, md"),
            "{}",
            r.stderr
        );
    }
    let vi = run(tmp.path(), &["--lang", "vi", "units", "--format", "ics"]);
    assert!(
        vi.stderr.contains("không xuất định dạng ics"),
        "{}",
        vi.stderr
    );
    for args in [
        &["holidays", "--year", "2101"][..],
        &["holidays", "--from", "2027-02-01", "--to", "2027-01-01"][..],
        &["holidays", "--from", "2020-01-01", "--to", "2031-01-01"][..],
    ] {
        let r = run(tmp.path(), args);
        assert_eq!(r.status, 2, "{args:?}: {}", r.stdout);
        assert!(!r.stderr.contains("panicked"));
    }
    let span = json(
        tmp.path(),
        &[
            "holidays",
            "--from",
            "31/12/2026",
            "--to",
            "01/01/2027",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        days(&span).len(),
        1,
        "only 1/1/2027 in that range: {span:#}"
    );
}

#[test]
fn the_note_names_the_provisional_years_as_runs() {
    let tmp = repo("");
    let plans = tmp.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    std::fs::copy(
        fixture("provisional-holidays").join("units.toml"),
        plans.join("units.toml"),
    )
    .unwrap();
    let plan = std::fs::read_to_string(fixture("provisional-holidays").join("plan.toml"))
        .unwrap()
        .replace(
            "year = 2031",
            "period = { from = 2020-01-01, to = 2031-12-31 }",
        );
    std::fs::write(plans.join("plan.toml"), plan).unwrap();
    let r = run(tmp.path(), &["check"]);
    assert!(
        r.stderr
            .contains("the plan reaches into 2020-2022, 2027-2031: no official"),
        "{}",
        r.stderr
    );
    std::fs::write(tmp.path().join("kpi.toml"), "roll_to_working_day = false\n").unwrap();
    let r = run(tmp.path(), &["check"]);
    assert!(
        !r.stderr.contains("provisional-holidays"),
        "no roll, no note: {}",
        r.stderr
    );
}

#[test]
fn table_and_markdown_say_the_kind_of_each_day_in_both_languages() {
    let tmp = repo("[[holiday]]\ndate = 2026-11-24\nname = \"Ngày Văn hóa Việt Nam\"\n");
    let r = run(tmp.path(), &["holidays", "--year", "2026"]);
    let first: Vec<&str> = r.stdout.lines().take(2).collect();
    assert!(
        first[0].starts_with("2026: official schedule (9859/VPCP-KGVX"),
        "{}",
        r.stdout
    );
    assert_eq!(first[1], "", "a blank line before the table");
    for word in [
        "holiday",
        "in lieu",
        "swapped",
        "make-up day",
        "kpi.toml (local)",
    ] {
        assert!(
            r.stdout.contains(&format!(" {word} ")),
            "{word}: {}",
            r.stdout
        );
    }
    let vi = run(
        tmp.path(),
        &[
            "--lang", "vi", "holidays", "--year", "2026", "--format", "md",
        ],
    );
    let mut lines = vi.stdout.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("Năm 2026: lịch nghỉ chính thức")
    );
    assert_eq!(lines.next(), Some(""));
    assert_eq!(lines.next(), Some("| Ngày | Thứ | Loại | Tên | Căn cứ |"));
    for row in [
        "| 02/01/2026 | T6 | hoán đổi | Tết Dương lịch: nghỉ hoán đổi (làm bù ngày 10/01/2026) | 12729/VPCP-KGVX (25/12/2025) |",
        "| 10/01/2026 | T7 | làm bù | Làm bù cho ngày 02/01/2026 (Tết Dương lịch) | 12729/VPCP-KGVX (25/12/2025) |",
        "| 27/04/2026 | T2 | nghỉ bù | Nghỉ bù Giỗ Tổ Hùng Vương | Bộ luật Lao động 2019 |",
        "| 16/02/2026 | T2 | nghỉ lễ | Tết Nguyên đán | 9441/TB-BNV (16/10/2025) |",
        "| 24/11/2026 | T3 | kpi.toml | Ngày Văn hóa Việt Nam | kpi.toml |",
    ] {
        assert!(vi.stdout.lines().any(|l| l == row), "{row}:\n{}", vi.stdout);
    }
}

#[test]
fn ranges_at_the_edges() {
    let tmp = repo("");
    let one = json(
        tmp.path(),
        &[
            "holidays",
            "--from",
            "2027-02-06",
            "--to",
            "2027-02-06",
            "--format",
            "json",
        ],
    );
    assert_eq!(days(&one).len(), 1, "a one-day range: {one:#}");
    for (from, to) in [("2100-12-01", "2101-01-31"), ("1899-12-01", "1900-01-31")] {
        let r = run(tmp.path(), &["holidays", "--from", from, "--to", to]);
        assert_eq!(r.status, 2, "{from}..{to}: {}", r.stdout);
        assert!(r.stderr.contains("1900 to 2100"), "{}", r.stderr);
    }
    let ics = run(
        tmp.path(),
        &["holidays", "--year", "2026", "--format", "ics"],
    );
    assert!(!ics.stdout.contains("(provisional)"), "2026 is official");
    let ics = run(
        tmp.path(),
        &["holidays", "--year", "2027", "--format", "ics"],
    );
    assert!(
        ics.stdout.contains("SUMMARY:New Year's Day (provisional)"),
        "{}",
        ics.stdout
    );
}

#[test]
fn two_years_at_once() {
    let tmp = repo("");
    let md = run(
        tmp.path(),
        &[
            "holidays",
            "--from",
            "2026-12-01",
            "--to",
            "2027-01-31",
            "--format",
            "md",
        ],
    );
    let head: Vec<&str> = md.stdout.lines().take(5).collect();
    assert!(
        head[0].starts_with("2026: official schedule"),
        "{}",
        md.stdout
    );
    assert_eq!(head[1], "", "Markdown: a paragraph per year");
    assert!(head[2].starts_with("2027: PROVISIONAL"), "{}", md.stdout);
    assert_eq!(
        (head[3], head[4]),
        ("", "| Date | Day | Kind | Name | Source |")
    );
    let table = run(
        tmp.path(),
        &["holidays", "--from", "2026-12-01", "--to", "2027-01-31"],
    );
    let head: Vec<&str> = table.stdout.lines().take(3).collect();
    assert!(
        head[1].starts_with("2027: PROVISIONAL"),
        "a line per year: {}",
        table.stdout
    );
    assert_eq!(head[2], "");
    let ics = |args: &[&str]| run(tmp.path(), args).stdout;
    assert!(
        ics(&["holidays", "--year", "2027", "--format", "ics"])
            .contains("X-WR-CALNAME:Public holidays 2027\r\n")
    );
    assert!(
        ics(&[
            "holidays",
            "--from",
            "2026-12-01",
            "--to",
            "2027-01-31",
            "--format",
            "ics"
        ])
        .contains("X-WR-CALNAME:Public holidays 2026–2027\r\n")
    );
}

/// Every diagnostic of `[[holiday]]` and `[[workday]]`, and its hint, is worded in the
/// run's language: the same kpi.toml checked in Vietnamese and in English says each
/// in other words.
#[test]
fn bad_holiday_entries_are_said_in_both_languages() {
    let tmp = repo(
        "[[holiday]]\nfrom = 2027-02-12\nto = 2027-02-11\n\n\
         [[holiday]]\ndate = 2027-02-11\nfrom = 2027-02-11\n\n\
         [[holiday]]\nfrom = 2027-02-11\n\n\
         [[holiday]]\nname = \"Không có ngày\"\n\n\
         [[holiday]]\nfrom = 2027-01-01\nto = 2028-12-31\n\n\
         [[workday]]\nname = \"Không có ngày\"\n",
    );
    let plans = tmp.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    for f in ["plan.toml", "units.toml"] {
        std::fs::copy(fixture("provisional-holidays").join(f), plans.join(f)).unwrap();
    }
    let said = |lang: &str| -> Vec<(String, String)> {
        let r = run(tmp.path(), &["--lang", lang, "check", "--format", "json"]);
        assert_eq!(r.status, 1, "{}", r.stderr);
        let v: Value = serde_json::from_str(&r.stdout).unwrap();
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["file"].as_str().unwrap_or_default().ends_with("kpi.toml"))
            .map(|d| {
                let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
                (s("message"), s("help"))
            })
            .collect()
    };
    // The letters outside `code`: what a translation changes.
    let words = |s: &str| -> String {
        s.split('`')
            .step_by(2)
            .flat_map(str::chars)
            .filter(|c| c.is_alphabetic())
            .collect()
    };
    let (vi, en) = (said("vi"), said("en"));
    assert_eq!(vi.len(), 6, "{vi:?}");
    assert_eq!(vi.len(), en.len());
    for ((vm, vh), (em, eh)) in vi.iter().zip(&en) {
        assert_ne!(words(vm), words(em), "{vm} | {em}");
        assert_ne!(words(vh), words(eh), "{vh} | {eh}");
    }
    assert!(
        vi[0].0.contains("(11/02/2027) trước `from` (12/02/2027)"),
        "{:?}",
        vi[0]
    );
}
