//! `kpi show PLAN:TASK`: the task as written, how its deadline reads, each occurrence
//! with its status and records, and its requests.

use serde_json::Value;

use crate::common::*;

fn show(args: &[&str]) -> String {
    let mut all = vec!["--as-of", "2024-07-02"];
    all.extend(args);
    all.push("tests/fixtures/report");
    let r = run(&root(), &all);
    assert_eq!(r.status, 0, "{args:?}: {}", r.stderr);
    r.stdout
}

#[test]
fn a_task_with_its_occurrences_and_records() {
    let out = show(&["--lang", "vi", "show", "p1:T4"]);
    for want in [
        "p1:T4 — Báo cáo hằng quý của các đơn vị trực thuộc",
        "Kế hoạch: p1 – Kế hoạch thử năm 2024",
        "Mục: B Chỉ số PAPI",
        "Chỉ số: PAPI",
        "Loại: nhiệm vụ",
        "Chủ trì: DVTT (Các đơn vị trực thuộc)",
        "Phối hợp: VP (Văn phòng Sở)",
        "Thời hạn: Hằng quý",
        "Cách đọc: định kỳ",
        "Các kỳ, tính đến ngày 02/07/2024",
        // Q1: the last day rolled from Sunday, done on the day it rolled to.
        "31/03/2024 → 01/04/2024",
        "Hoàn thành đúng hạn",
        "01/04/2024 hoàn thành",
        // Q2: its record is after the as-of day and does not count yet.
        "Quá hạn, chưa hoàn thành",
        "05/07/2024 hoàn thành [sau ngày 02/07/2024: chưa tính]",
        "Chưa đến hạn",
        "Bản ghi tiến độ",
    ] {
        assert!(out.contains(want), "{want}:\n{out}");
    }
}

#[test]
fn json_holds_every_occurrence_record_and_request() {
    let v: Value = serde_json::from_str(&show(&["show", "p1:T7", "--format", "json"])).unwrap();
    assert_eq!(v["plan"], "p1");
    assert_eq!(v["task"], "T7");
    assert_eq!(v["schedule"], "on-request");
    assert_eq!(v["lead"][0]["code"], "CDC");
    assert_eq!(v["support"][0]["name"], "Phòng Tổ chức");
    let occ: Vec<(String, String, String)> = v["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["key"].as_str().unwrap().into(),
                o["due"].as_str().unwrap().into(),
                o["status"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        occ,
        [
            (
                "req-2024-05-02".into(),
                "2024-05-10".into(),
                "overdue".into()
            ),
            ("req-2024-06-20".into(), "2024-07-22".into(), "done".into()),
        ]
    );
    let requests = v["requests"].as_array().unwrap();
    assert_eq!(requests.len(), 3, "the one after the as-of day too");
    assert_eq!(requests[0]["ref"], "Công văn số 12/UBND");
    assert_eq!(requests[2]["counted"], false);
    assert_eq!(v["records"][0]["period"], "req-2024-06-20");
}

#[test]
fn markdown_and_tasks_without_occurrences() {
    let out = show(&["show", "p1:T8", "--format", "md"]);
    assert!(out.starts_with("# p1:T8 — Thường xuyên\n"), "{out}");
    assert!(out.contains("- **Reads as**: ongoing"), "{out}");
    assert!(
        out.contains("The task has no occurrence with a deadline (ongoing)."),
        "{out}"
    );
    assert!(out.contains("No progress record yet."), "{out}");
}

#[test]
fn an_unknown_task_is_named_with_a_suggestion() {
    let r = run(&root(), &["show", "p1:T77", "tests/fixtures/report"]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains("plan `p1` has no task `T77`"),
        "{}",
        r.stderr
    );
    let r = run(&root(), &["show", "p1", "tests/fixtures/report"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("write PLAN:TASK"), "{}", r.stderr);
}

#[test]
fn on_the_real_plans() {
    let r = run(
        &root(),
        &[
            "--lang",
            "vi",
            "--as-of",
            "2023-12-31",
            "show",
            "bd-syt-2023-chi-so:TCTH.2",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.contains("2023-Q4"), "{}", r.stdout);
    assert!(r.stdout.contains("Chủ trì: PHONG"), "{}", r.stdout);
}

/// On an 80-column terminal every line fits: the heading and long values wrap at words,
/// a value's lines under its first; piped without COLUMNS, nothing is wrapped.
#[test]
fn a_task_fits_an_80_column_terminal() {
    use unicode_width::UnicodeWidthStr;
    let args = [
        "--lang",
        "vi",
        "--as-of",
        "2023-12-31",
        "show",
        "kt-syt-2023-pci:III.1.a",
    ];
    let out = kpi(&root())
        .env("COLUMNS", "80")
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let widest = text.lines().map(|l| l.width()).max().unwrap();
    assert!(widest <= 80, "a line is {widest} wide:\n{text}");
    assert!(
        text.contains("\nKết quả: Báo cáo bằng văn bản: kết quả thực hiện nhiệm vụ của các cơ quan, đơn\n         vị trong"),
        "{text}"
    );
    let piped = run(&root(), &args);
    assert!(
        piped
            .stdout
            .lines()
            .any(|l| l.starts_with("Kết quả: ") && l.width() > 200),
        "{}",
        piped.stdout
    );
}
