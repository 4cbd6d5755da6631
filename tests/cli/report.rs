//! `kpi report` on tests/fixtures/report, whose four counts are worked out by hand below,
//! as of 2024-07-02 (a Tuesday). The files hold, besides groups and a second plan:
//!
//! | occurrence        | last day          | due day    | record                  | as of 02/07/2024  | lead     | support   |
//! |-------------------|-------------------|------------|-------------------------|-------------------|----------|-----------|
//! | p1:T1             | 19/03 (Trước 20/3)| 19/03      | done 19/03 (the due day)| done on time      | VP       | TC, KH    |
//! | p1:T2             | 20/03             | 20/03      | done 21/03 (the day after) | done late      | TC       | VP        |
//! | p1:T3             | 30/06 (Sunday)    | 01/07      | done 01/07 (rolled day) | done on time      | KH       | CDC, GD   |
//! | p1:T4 2024-Q1     | 31/03 (Sunday)    | 01/04      | done 01/04              | done on time      | CDC, GD  | VP        |
//! | p1:T4 2024-Q2     | 30/06 (Sunday)    | 01/07      | done 05/07: after as-of | overdue           | CDC, GD  | VP        |
//! | p1:T4 2024-Q3     | 30/09             | 30/09      |                         | in time           | CDC, GD  | VP        |
//! | p1:T4 2024-Q4     | 31/12             | 31/12      |                         | in time           | CDC, GD  | VP        |
//! | p1:T5 2024-Q2     | 30/06 (Sunday)    | 01/07      |                         | overdue           | GD       | CDC       |
//! | p1:T6             | 15/07             | 15/07      |                         | in time           | VP       | KH        |
//! | p1:T7 req-2024-05-02 | 10/05          | 10/05      |                         | overdue           | CDC      | TC        |
//! | p1:T7 req-2024-06-20 | 20/07 (Saturday) | 22/07    | done 28/06              | done on time      | CDC      | TC        |
//! | p1:T7 req-2024-07-10 | request dated after the as-of day: no occurrence yet |  |              |          |           |
//! | p1:T8             | ongoing: no occurrence |       |                         |                   |          |           |
//! | p1:T9             | 10/05             | 10/05      | in-progress 01/05       | overdue           | TC, KH (group PHONG; TC also support) | — |
//! | p1:T10            | 10/06             | 10/06      | not-applicable          | not counted       | VP       |           |
//! | p2:1              | 31/01             | 31/01      |                         | overdue           | DN       |           |
//!
//! T1 to T3 and T6 to T10 are PCI (the plan's index), T4 and T5 PAPI (their section's),
//! p2 belongs to no index.

use serde_json::Value;

use crate::common::*;

fn fixture_dir() -> std::path::PathBuf {
    root().join("tests/fixtures/report")
}

fn report_json(args: &[&str]) -> Value {
    let mut all = vec!["--as-of", "2024-07-02", "report", "--format", "json"];
    all.extend(args);
    all.push("tests/fixtures/report");
    let r = run(&root(), &all);
    assert_eq!(r.status, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

/// [done on time, done late, in time, overdue, total] of a counts object, checking that
/// it holds exactly those five keys.
fn counts(v: &Value) -> [u64; 5] {
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["done_late", "done_on_time", "in_time", "overdue", "total"],
        "{v}"
    );
    ["done_on_time", "done_late", "in_time", "overdue", "total"].map(|k| v[k].as_u64().unwrap())
}

/// (unit, lead, support) of each unit.
fn units(v: &Value) -> Vec<(String, [u64; 5], [u64; 5])> {
    v["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            assert_eq!(u["org"], "t");
            (
                u["unit"].as_str().unwrap().to_string(),
                counts(&u["lead"]),
                counts(&u["support"]),
            )
        })
        .collect()
}

#[track_caller]
fn expect(got: Vec<(String, [u64; 5], [u64; 5])>, want: &[(&str, [u64; 5], [u64; 5])]) {
    let want: Vec<(String, [u64; 5], [u64; 5])> = want
        .iter()
        .map(|(u, l, s)| (u.to_string(), *l, *s))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn the_four_counts_of_the_year_per_unit_plan_and_index() {
    let v = report_json(&["--period", "2024"]);
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    for k in ["period", "from", "to", "as_of", "units", "plans", "indices"] {
        assert!(keys.contains(&k), "{k} in {keys:?}");
    }
    assert_eq!(v["period"], "2024");
    assert_eq!(v["from"], "2024-01-01");
    assert_eq!(v["to"], "2024-12-31");
    assert_eq!(v["as_of"], "2024-07-02");
    // From the table above, unit by unit:
    // VP leads T1 (on time), T6 (in time); supports T2 (late), T4 Q1 (on time), Q2
    //   (overdue), Q3 and Q4 (in time).
    // TC leads T2 (late), T9 (overdue: lead through PHONG wins over its support);
    //   supports T1 (on time), T7's two requests (overdue, on time).
    // KH leads T3 (on time), T9 (overdue); supports T1 (on time), T6 (in time).
    // CDC leads T4 (through DVTT: on time, overdue, in time, in time) and T7 (overdue,
    //   on time); supports T3 (on time), T5 (overdue).
    // GD leads T4 (on time, overdue, in time, in time) and T5 (overdue); supports T3.
    // DN leads p2:1 (overdue).
    expect(
        units(&v),
        &[
            ("VP", [1, 0, 1, 0, 2], [1, 1, 2, 1, 5]),
            ("TC", [0, 1, 0, 1, 2], [2, 0, 0, 1, 3]),
            ("KH", [1, 0, 0, 1, 2], [1, 0, 1, 0, 2]),
            ("CDC", [2, 0, 2, 2, 6], [1, 0, 0, 1, 2]),
            ("GD", [1, 0, 2, 2, 5], [1, 0, 0, 0, 1]),
            ("DN", [0, 0, 0, 1, 1], [0, 0, 0, 0, 0]),
        ],
    );
    // p1: on time T1, T3, T4 Q1, T7 req-06-20; late T2; in time T4 Q3, Q4, T6; overdue
    // T4 Q2, T5, T7 req-05-02, T9. T10 is not applicable, T8 has no occurrence.
    let plans: Vec<(String, [u64; 5])> = v["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let mut c = p.clone();
            let o = c.as_object_mut().unwrap();
            let id = o.remove("plan").unwrap().as_str().unwrap().to_string();
            o.remove("org");
            o.remove("title");
            (id, counts(&c))
        })
        .collect();
    assert_eq!(
        plans,
        [
            ("p1".to_string(), [4, 1, 3, 4, 12]),
            ("p2".to_string(), [0, 0, 0, 1, 1])
        ]
    );
    let indices: Vec<(Value, [u64; 5])> = v["indices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let mut c = i.clone();
            let index = c.as_object_mut().unwrap().remove("index").unwrap();
            (index, counts(&c))
        })
        .collect();
    assert_eq!(
        indices,
        [
            (Value::from("PCI"), [3, 1, 1, 2, 7]),
            (Value::from("PAPI"), [1, 0, 2, 2, 5]),
            (Value::Null, [0, 0, 0, 1, 1]),
        ]
    );
    let overdue: Vec<String> = v["overdue"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            format!(
                "{}:{}:{}",
                e["plan"].as_str().unwrap(),
                e["task"].as_str().unwrap(),
                e["period"].as_str().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        overdue,
        [
            "p2:1:-",
            "p1:T7:req-2024-05-02",
            "p1:T9:-",
            "p1:T4:2024-Q2",
            "p1:T5:-"
        ]
    );
    assert_eq!(v["targets"][0]["id"], "CT1");
}

#[test]
fn an_occurrence_belongs_to_the_period_of_its_last_day() {
    // The first half: T3, T4 Q2 and T5 end on Sunday 30/06 and fall due on Monday 01/07,
    // after the period, and still belong to it; T6 (15/07) and T7's second request
    // (20/07) do not.
    for key in ["2024-H1", "H1/2024", "6 tháng đầu năm 2024"] {
        let v = report_json(&["--period", key]);
        assert_eq!(v["period"], "2024-H1", "{key}");
        expect(
            units(&v),
            &[
                ("VP", [1, 0, 0, 0, 1], [1, 1, 0, 1, 3]),
                ("TC", [0, 1, 0, 1, 2], [1, 0, 0, 1, 2]),
                ("KH", [1, 0, 0, 1, 2], [1, 0, 0, 0, 1]),
                ("CDC", [1, 0, 0, 2, 3], [1, 0, 0, 1, 2]),
                ("GD", [1, 0, 0, 2, 3], [1, 0, 0, 0, 1]),
                ("DN", [0, 0, 0, 1, 1], [0, 0, 0, 0, 0]),
            ],
        );
    }
    // The third quarter as of 02/07: T4 Q3 and T6 in time, T7's second request done
    // early; its third request (10/07) is not known yet.
    let v = report_json(&["--period", "Q3/2024"]);
    expect(
        units(&v),
        &[
            ("VP", [0, 0, 1, 0, 1], [0, 0, 1, 0, 1]),
            ("TC", [0, 0, 0, 0, 0], [1, 0, 0, 0, 1]),
            ("KH", [0, 0, 0, 0, 0], [0, 0, 1, 0, 1]),
            ("CDC", [1, 0, 1, 0, 2], [0, 0, 0, 0, 0]),
            ("GD", [0, 0, 1, 0, 1], [0, 0, 0, 0, 0]),
            ("DN", [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]),
        ],
    );
    // --from/--to: the days of March, both included: T1, T2 and T4's first quarter,
    // whose last day is Sunday 31/03 (due Monday 01/04).
    let v = report_json(&["--from", "01/03/2024", "--to", "2024-03-31"]);
    assert_eq!(v["period"], "2024-03-01..2024-03-31");
    assert_eq!(counts(&v["units"][0]["lead"]), [1, 0, 0, 0, 1], "VP");
    assert_eq!(counts(&v["units"][0]["support"]), [1, 1, 0, 0, 2], "VP");
    // The day before: T4's quarter is out.
    let v = report_json(&["--from", "01/03/2024", "--to", "2024-03-30"]);
    assert_eq!(counts(&v["units"][0]["support"]), [0, 1, 0, 0, 1], "VP");
}

#[test]
fn later_as_of_days_count_later_records_and_requests() {
    // As of 12/07/2024 the record of 05/07 counts (T4 Q2 done late), T6 is still in time,
    // and the request of 10/07 (due 31/07) is in time.
    let r = run(
        &root(),
        &[
            "--as-of",
            "2024-07-12",
            "report",
            "--period",
            "2024",
            "--format",
            "json",
            "--unit",
            "CDC",
            "tests/fixtures/report",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    expect(units(&v), &[("CDC", [2, 1, 3, 1, 7], [1, 0, 0, 1, 2])]);
}

#[test]
fn csv_rows_match_the_json() {
    let r = run(
        &root(),
        &[
            "--as-of",
            "2024-07-02",
            "report",
            "--period",
            "2024",
            "--format",
            "csv",
            "tests/fixtures/report",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "scope,org,id,name,role,done_on_time,done_late,in_time,overdue,total,percent_done"
    );
    assert!(lines.contains(&"unit,t,CDC,Trung tâm Kiểm soát bệnh tật,lead,2,0,2,2,6,33.3"));
    assert!(lines.contains(&"unit,t,DN,Doanh nghiệp,support,0,0,0,0,0,"));
    assert!(lines.contains(&"plan,t,p1,Kế hoạch thử năm 2024,,4,1,3,4,12,41.7"));
    assert!(lines.contains(&"index,,PAPI,PAPI,,1,0,2,2,5,20.0"));
    assert!(lines.contains(&"index,,,,,0,0,0,1,1,0.0"));
    // Six units twice, two plans, three indices.
    assert_eq!(lines.len(), 1 + 12 + 2 + 3);
}

#[test]
fn the_table_speaks_vietnamese() {
    let r = run(
        &root(),
        &[
            "--lang",
            "vi",
            "--as-of",
            "02/07/2024",
            "report",
            "--period",
            "2024-H1",
            "tests/fixtures/report",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    for want in [
        "Báo cáo kết quả thực hiện kế hoạch",
        "6 tháng đầu năm 2024 (từ 01/01/2024 đến 30/06/2024), tính đến ngày 02/07/2024",
        "Kết quả theo đơn vị",
        "Đúng hạn",
        "Trễ hạn",
        "Trong hạn",
        "Quá hạn",
        "% hoàn thành",
        "Chủ trì",
        "Phối hợp",
        "Không thuộc chỉ số",
        "Nhiệm vụ quá hạn, chưa hoàn thành",
        "Chỉ tiêu của kế hoạch",
        "100% nhiệm vụ hoàn thành đúng hạn",
        "01/07/2024 (trễ 1 ngày)",
    ] {
        assert!(r.stdout.contains(want), "{want}:\n{}", r.stdout);
    }
    let md = run(
        &root(),
        &[
            "--lang",
            "vi",
            "--as-of",
            "2024-07-02",
            "report",
            "--format",
            "md",
            "tests/fixtures/report",
        ],
    );
    assert!(
        md.stdout
            .starts_with("# Báo cáo kết quả thực hiện kế hoạch\n"),
        "{}",
        md.stdout
    );
    assert!(
        md.stdout.contains(
            "| CDC | Trung tâm Kiểm soát bệnh tật | Chủ trì | 2 | 0 | 2 | 2 | 6 | 33,3% |"
        ),
        "{}",
        md.stdout
    );
}

#[test]
fn bad_periods_are_refused_with_what_to_write() {
    for (args, want) in [
        (&["--period", "2024-Q5"][..], "is not a reporting period"),
        // Keys the deadline reader would half read (May, the year): refused whole.
        (&["--period", "Q5/2024"][..], "is not a reporting period"),
        (&["--period", "13/2024"][..], "is not a reporting period"),
        (&["--period", "abc 2024"][..], "is not a reporting period"),
        (
            &["--period", "hằng quý"][..],
            "2025-Q1, 2025-H1, 2025-9M, 2025",
        ),
        (
            &["--from", "2024-06-01", "--to", "2024-05-01"][..],
            "is after --to",
        ),
        (
            &["--from", "31/02/2024", "--to", "2024-05-01"][..],
            "--from",
        ),
    ] {
        let mut all = vec!["--as-of", "2024-07-02", "report"];
        all.extend(args);
        all.push("tests/fixtures/report");
        let r = run(&root(), &all);
        assert_eq!(r.status, 2, "{args:?}");
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
    }
    let r = run(
        &root(),
        &[
            "report",
            "--period",
            "2024",
            "--from",
            "2024-01-01",
            "--to",
            "2024-02-01",
        ],
    );
    assert_eq!(r.status, 2, "--period and --from do not go together");
}

#[test]
fn a_broken_file_makes_the_answer_incomplete() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&fixture_dir(), tmp.path());
    std::fs::write(tmp.path().join("broken.toml"), "[plan\nid = 1\n").unwrap();
    let r = run(
        tmp.path(),
        &["--as-of", "2024-07-02", "report", "--format", "json", "."],
    );
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("broken.toml"), "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["plans"].as_array().unwrap().len(), 2, "still answers");
}

/// The page is one file: no address of the network, no script, SVG charts, every unit
/// that owes something, in Vietnamese with dd/mm/yyyy.
#[test]
fn the_html_page_is_self_contained() {
    let r = run(
        &root(),
        &[
            "--lang",
            "vi",
            "--as-of",
            "2024-07-02",
            "report",
            "--period",
            "2024",
            "--format",
            "html",
            "tests/fixtures/report",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let html = &r.stdout;
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("<html lang=\"vi\">"));
    assert_no_network(html);
    assert!(!html.to_lowercase().contains("<script"), "no script at all");
    assert!(
        html.contains("<svg") && html.contains("<rect"),
        "SVG charts"
    );
    assert!(html.contains("@page") && html.contains("A4"), "print CSS");
    for unit in ["VP", "TC", "KH", "CDC", "GD", "DN"] {
        assert!(html.contains(&format!(">{unit} – ")), "{unit} in the chart");
        assert!(
            html.contains(&format!(">{unit}</td>")),
            "{unit} in the table"
        );
    }
    for want in [
        "Báo cáo kết quả thực hiện kế hoạch",
        "Năm 2024 (từ 01/01/2024 đến 31/12/2024), tính đến ngày 02/07/2024",
        "Kết quả theo chỉ số",
        "01/07/2024<br>(trễ 1 ngày)",
    ] {
        assert!(html.contains(want), "{want}");
    }
    // Text from files is escaped.
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&fixture_dir(), tmp.path());
    let p2 = tmp.path().join("p2.toml");
    let text = std::fs::read_to_string(&p2).unwrap().replace(
        "Việc của doanh nghiệp",
        "<script>alert(1)</script> & \\\"x\\\"",
    );
    std::fs::write(&p2, text).unwrap();
    let r = run(
        tmp.path(),
        &["--as-of", "2024-07-02", "report", "--format", "html", "."],
    );
    assert!(!r.stdout.contains("<script>"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;")
    );
}

fn assert_no_network(html: &str) {
    let lower = html.to_lowercase();
    for bad in ["http://", "https://", "//cdn", "@import", "url("] {
        // The SVG namespace is a name, not an address that is fetched.
        let found = lower
            .match_indices(bad)
            .filter(|(i, _)| {
                !lower[i.saturating_sub(7)..].starts_with("xmlns=\"http://www.w3.org/2000/svg")
            })
            .count();
        assert_eq!(found, 0, "{bad} in the page");
    }
}

#[test]
fn output_goes_to_a_file_with_o() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("bao-cao.html");
    let r = run(
        &root(),
        &[
            "--as-of",
            "2024-07-02",
            "report",
            "--format",
            "html",
            "-o",
            file.to_str().unwrap(),
            "tests/fixtures/report",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("wrote "), "{}", r.stdout);
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.ends_with("</html>\n"));
    // A folder that does not exist: a clear error, exit 2.
    let r = run(
        &root(),
        &[
            "report",
            "--format",
            "csv",
            "-o",
            "/nonexistent-kpi-dir/x.csv",
            "tests/fixtures/report",
        ],
    );
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains(
            "cannot write /nonexistent-kpi-dir/x.csv: the folder /nonexistent-kpi-dir does not exist"
        ),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains("kpi-output"),
        "no temporary name: {}",
        r.stderr
    );
}

/// `-o` with a name whose extension says another format is refused, and nothing is
/// written over the file: a workbook is never replaced by a text table or a page.
#[test]
fn a_file_named_for_another_format_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let book = tmp.path().join("bao-cao.xlsx");
    std::fs::write(&book, b"the old workbook").unwrap();
    for format in [None, Some("html"), Some("csv")] {
        let mut args = vec!["--as-of", "2024-07-02", "report"];
        if let Some(f) = format {
            args.extend(["--format", f]);
        }
        args.extend(["-o", book.to_str().unwrap(), "tests/fixtures/report"]);
        let r = run(&root(), &args);
        assert_eq!(r.status, 2, "{format:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("is named .xlsx but kpi would write")
                && r.stderr.contains("--format xlsx"),
            "{format:?}: {}",
            r.stderr
        );
        assert_eq!(std::fs::read(&book).unwrap(), b"the old workbook");
    }
    // The calendar writes iCalendar without --format: .ics is its name.
    let ics = tmp.path().join("vp.ics");
    let r = run(
        &root(),
        &[
            "--as-of",
            "2024-07-02",
            "calendar",
            "-o",
            ics.to_str().unwrap(),
            "tests/fixtures/report",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let r = run(
        &root(),
        &[
            "--as-of",
            "2024-07-02",
            "calendar",
            "-o",
            book.to_str().unwrap(),
            "tests/fixtures/report",
        ],
    );
    assert_eq!(r.status, 2, "{}", r.stderr);
}

/// A PNG as rows of RGBA pixels: enough of the format to read what Chromium writes
/// (8-bit RGB or RGBA, not interlaced).
fn decode_png(bytes: &[u8]) -> (usize, usize, Vec<[u8; 4]>) {
    use std::io::Read;
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    let (mut width, mut height, mut channels) = (0, 0, 0);
    let mut data = Vec::new();
    let mut at = 8;
    while at + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        let kind = &bytes[at + 4..at + 8];
        let body = &bytes[at + 8..at + 8 + len];
        match kind {
            b"IHDR" => {
                width = u32::from_be_bytes(body[0..4].try_into().unwrap()) as usize;
                height = u32::from_be_bytes(body[4..8].try_into().unwrap()) as usize;
                assert_eq!(body[8], 8, "8 bits a channel");
                channels = match body[9] {
                    2 => 3,
                    6 => 4,
                    t => panic!("colour type {t}"),
                };
                assert_eq!(body[12], 0, "not interlaced");
            }
            b"IDAT" => data.extend_from_slice(body),
            _ => {}
        }
        at += 12 + len;
    }
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(&data[..])
        .read_to_end(&mut raw)
        .unwrap();
    let stride = width * channels;
    let mut prev = vec![0u8; stride];
    let mut pixels = Vec::with_capacity(width * height);
    for y in 0..height {
        let line = &raw[y * (stride + 1)..(y + 1) * (stride + 1)];
        let (filter, src) = (line[0], &line[1..]);
        let mut cur = vec![0u8; stride];
        for i in 0..stride {
            let a = if i >= channels {
                cur[i - channels] as i16
            } else {
                0
            };
            let b = prev[i] as i16;
            let c = if i >= channels {
                prev[i - channels] as i16
            } else {
                0
            };
            let predicted = match filter {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                4 => {
                    let p = a + b - c;
                    let (pa, pb, pc) = ((p - a).abs(), (p - b).abs(), (p - c).abs());
                    if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    }
                }
                f => panic!("filter {f}"),
            };
            cur[i] = src[i].wrapping_add(predicted as u8);
        }
        for px in cur.chunks(channels) {
            pixels.push([px[0], px[1], px[2], if channels == 4 { px[3] } else { 255 }]);
        }
        prev = cur;
    }
    (width, height, pixels)
}

/// Headless Chromium, if this machine has it (.ci/run installs it).
fn chromium() -> Option<std::path::PathBuf> {
    [
        "chromium",
        "chromium-browser",
        "chromium-headless-shell",
        "google-chrome",
    ]
    .iter()
    .find_map(|name| {
        std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join(name))
                .find(|p| p.is_file())
        })
    })
}

/// Render `html` to a PNG of an A4 page's proportions; the PNG's bytes and Chromium's
/// log.
pub fn render_png(html: &std::path::Path, png: &std::path::Path) -> (Vec<u8>, String) {
    let Some(browser) = chromium() else {
        panic!(
            "no Chromium on this machine: install it (apt-get install -y chromium; .ci/run does)"
        )
    };
    let profile = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            // Nothing may be fetched: any host name resolves to nothing.
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg("--window-size=1240,1754")
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "chromium failed: {log}");
    (std::fs::read(png).expect("a PNG was written"), log)
}

#[test]
fn the_page_renders_in_a_real_browser() {
    let tmp = tempfile::tempdir().unwrap();
    let html = tmp.path().join("bao-cao.html");
    let png = tmp.path().join("bao-cao.png");
    let r = run(
        &root(),
        &[
            "--lang",
            "vi",
            "--as-of",
            "2024-07-02",
            "report",
            "--period",
            "2024",
            "--format",
            "html",
            "-o",
            html.to_str().unwrap(),
            "tests/fixtures/report",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let (bytes, log) = render_png(&html, &png);
    // The page ran nothing and asked for nothing: no message of its console, no request
    // that failed.
    for line in log.lines() {
        assert!(
            !line.contains("CONSOLE") && !line.contains("ERR_NAME_NOT_RESOLVED"),
            "{line}"
        );
    }
    assert!(
        bytes.len() > 20_000,
        "{} bytes: a page with text and charts",
        bytes.len()
    );
    let (w, h, pixels) = decode_png(&bytes);
    assert_eq!((w, h), (1240, 1754));
    let white = pixels
        .iter()
        .filter(|p| p[0] > 245 && p[1] > 245 && p[2] > 245)
        .count();
    assert!(
        white < pixels.len() * 97 / 100,
        "not blank: {white} of {} white",
        pixels.len()
    );
    // The charts drew: the colours of overdue (#d32f2f) and done on time (#2e7d32).
    let near = |p: &[u8; 4], c: [u8; 3]| (0..3).all(|i| (p[i] as i16 - c[i] as i16).abs() < 8);
    for (name, colour) in [
        ("overdue", [0xd3, 0x2f, 0x2f]),
        ("on time", [0x2e, 0x7d, 0x32]),
    ] {
        let n = pixels.iter().filter(|p| near(p, colour)).count();
        assert!(n > 500, "{name}: {n} pixels of its colour");
    }
}

/// Every `kpi` line of docs/report.md runs as written, in order, on a copy of the
/// repository's plans (files it writes go to a temporary folder).
#[test]
fn the_examples_of_docs_report_run() {
    let text = std::fs::read_to_string(root().join("docs/report.md")).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    copy_tree(&root().join("plans"), &dir.join("plans"));
    let mut ran = 0;
    for block in text.split("```sh\n").skip(1) {
        let block = block.split("```").next().unwrap();
        for line in block.lines().filter(|l| l.starts_with("kpi ")) {
            let args: Vec<String> = words(line.strip_prefix("kpi ").unwrap())
                .into_iter()
                .map(|a| a.replace("/tmp/", &format!("{}/", dir.display())))
                .collect();
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let r = run(dir, &args);
            assert_eq!(r.status, 0, "docs/report.md: `{line}` failed: {}", r.stderr);
            if line.contains("overdue --plan kt-syt-2023-pci") {
                assert!(r.stdout.contains("req-2023-08-07"), "{}", r.stdout);
            }
            ran += 1;
        }
    }
    assert!(ran >= 14, "ran {ran}");
    for f in [
        "bao-cao-2023.html",
        "bao-cao-2023.xlsx",
        "vp.xlsx",
        "vp.ics",
        "kt-syt.ics",
    ] {
        assert!(dir.join(f).is_file(), "{f} written");
    }
}

/// Across organisations, one with nothing in the period gets no table: its units are
/// named after the tables, under its id, as are the idle units of the others.
#[test]
fn organisations_with_nothing_in_the_period_get_no_table() {
    let r = run(
        &root(),
        &[
            "--lang",
            "vi",
            "--as-of",
            "2023-12-31",
            "report",
            "--period",
            "2023",
            "plans",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("bd-syt (Sở Y tế tỉnh Bình Định)\n"),
        "{}",
        r.stdout
    );
    for absent in ["ht-syt (Sở Y tế tỉnh Hà Tĩnh)", "kt-bcd-pci (Ban Chỉ đạo"] {
        assert!(!r.stdout.contains(absent), "{absent}:\n{}", r.stdout);
    }
    assert!(
        r.stdout.contains(
            "Đơn vị không có nhiệm vụ trong kỳ: bd-syt (DN); ht-syt (VP, TCCB, CDC, PK, DVK, STTTT);"
        ),
        "{}",
        r.stdout
    );
}

/// On an 80-column terminal every line of the report fits, its prose wrapped at words;
/// piped without COLUMNS, a paragraph stays one line.
#[test]
fn the_report_fits_an_80_column_terminal() {
    use unicode_width::UnicodeWidthStr;
    let args = [
        "--lang",
        "vi",
        "--as-of",
        "2023-12-31",
        "report",
        "--period",
        "2023",
        "plans",
    ];
    let out = kpi(&root())
        .env("COLUMNS", "80")
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let widest = text.lines().map(|l| l.width()).max().unwrap();
    assert!(widest <= 80, "a line is {widest} wide:\n{text}");
    assert!(text.contains("\nthành 0%.\n"), "the summary wraps:\n{text}");
    let piped = run(&root(), &args);
    assert!(
        piped.stdout.contains("tỷ lệ hoàn thành 0%.\n"),
        "{}",
        piped.stdout
    );
    assert!(
        piped
            .stdout
            .lines()
            .any(|l| l.starts_with("33 lượt") && l.ends_with("thành 0%.")),
        "{}",
        piped.stdout
    );
}
