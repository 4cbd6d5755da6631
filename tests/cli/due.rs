//! `kpi due` and `kpi overdue` on the demo repository (examples/demo): exact lists as of
//! several days, for units, groups, nested groups, organisations and indices.

use crate::common::*;

type Row = (String, String, Option<String>, String);

fn row(plan: &str, task: &str, period: Option<&str>, status: &str) -> Row {
    (
        plan.into(),
        task.into(),
        period.map(Into::into),
        status.into(),
    )
}

const SYT: &str = "demo-2024-cchc";
const TTYT: &str = "demo-ttyt-a-2024";

fn due(as_of: &str, extra: &[&str]) -> Vec<Row> {
    let mut args = vec!["--as-of", as_of, "due", "--format", "json"];
    args.extend(extra);
    listed(&demo(), &args)
}

fn overdue(as_of: &str, extra: &[&str]) -> Vec<Row> {
    let mut args = vec!["--as-of", as_of, "overdue", "--format", "json"];
    args.extend(extra);
    listed(&demo(), &args)
}

#[test]
fn due_and_overdue_as_of_several_days() {
    // Nothing is owed before the first deadline (I.2 Q1 and III.1 Q1 were done on time).
    assert_eq!(overdue("2024-01-05", &[]), []);
    assert_eq!(
        due("2024-06-10", &[]),
        [
            row(TTYT, "1", None, "due"),
            row(SYT, "I.1", None, "due"),
            row(SYT, "III.1", Some("2024-Q2"), "due"),
        ]
    );
    // I.3 was done late (3 June for 31 May): not owed, so not listed.
    assert_eq!(
        overdue("2024-07-02", &[]),
        [
            row(TTYT, "1", None, "overdue"),
            row(SYT, "I.1", None, "overdue"),
            row(SYT, "III.1", Some("2024-Q2"), "overdue"),
            row(SYT, "I.2", Some("2024-Q2"), "overdue"),
            row(SYT, "II.2", Some("2024-H1"), "overdue"),
        ]
    );
    // The last day of Q2 (30 June, a Sunday) falls due on Monday 1 July.
    assert_eq!(overdue("2024-07-01", &[]).len(), 3);
}

#[test]
fn units_through_groups_and_organisations() {
    // VP exists in both organisations.
    assert_eq!(
        overdue("2024-07-02", &["--unit", "VP"]),
        [
            row(TTYT, "1", None, "overdue"),
            row(SYT, "I.1", None, "overdue"),
            row(SYT, "III.1", Some("2024-Q2"), "overdue"),
            row(SYT, "II.2", Some("2024-H1"), "overdue"),
        ]
    );
    assert_eq!(
        overdue("2024-07-02", &["--unit", "VP", "--org", "demo-syt"]).len(),
        3
    );
    // TTYT-A reaches I.2 through DVTT ⊃ TTYT ⊃ TTYT-A, and III.1 through NGANH.
    assert_eq!(
        overdue("2024-07-02", &["--unit", "TTYT-A"]),
        [
            row(SYT, "III.1", Some("2024-Q2"), "overdue"),
            row(SYT, "I.2", Some("2024-Q2"), "overdue")
        ]
    );
    assert_eq!(
        due(
            "2024-07-02",
            &["--unit", "Trung tâm Y tế huyện A", "--within", "90"]
        ),
        [
            row(SYT, "III.1", Some("2024-Q2"), "overdue"),
            row(SYT, "I.2", Some("2024-Q2"), "overdue"),
            row(SYT, "III.1", Some("2024-Q3"), "due"),
            row(SYT, "I.2", Some("2024-Q3"), "due"),
            row(SYT, "II.1", None, "due"),
        ]
    );
    // Naming a group selects the tasks of each of its units.
    assert_eq!(
        overdue("2024-07-02", &["--unit", "DVTT"]),
        overdue("2024-07-02", &["--unit", "TTYT-A"])
    );
    // Names, aliases, no accents, NFD, case: all the same unit.
    let by_code = overdue("2024-07-02", &["--unit", "CDC"]);
    assert_eq!(
        by_code,
        overdue("2024-07-02", &["--unit", "trung tam kiem soat benh tat"])
    );
    assert_eq!(
        by_code,
        overdue("2024-07-02", &["--unit", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"])
    );
    let nfd: String =
        unicode_normalization::UnicodeNormalization::nfd("Trung tâm Kiểm soát bệnh tật").collect();
    assert_eq!(by_code, overdue("2024-07-02", &["--unit", &nfd]));
    // --lead-only drops I.2, where CDC only supports (through DVTT).
    assert_eq!(
        overdue("2024-07-02", &["--unit", "CDC", "--lead-only"]),
        [row(SYT, "III.1", Some("2024-Q2"), "overdue")]
    );
    // Repeated --unit: the union.
    // KHTC: I.1 and III.1 through PHONG and NGANH, II.2 as lead; TCCB adds I.2.
    assert_eq!(
        overdue("2024-07-02", &["--unit", "KHTC", "--org", "demo-syt"]).len(),
        3
    );
    assert_eq!(
        overdue(
            "2024-07-02",
            &["--unit", "KHTC", "--unit", "TCCB", "--org", "demo-syt"]
        )
        .len(),
        4
    );
}

#[test]
fn plan_and_index_filters() {
    assert_eq!(
        overdue("2024-07-02", &["--plan", TTYT]),
        [row(TTYT, "1", None, "overdue")]
    );
    // Section II is SIPAS; III.1 has no section and takes the plan's indices.
    assert_eq!(
        overdue("2024-07-02", &["--index", "sipas"]),
        [
            row(SYT, "III.1", Some("2024-Q2"), "overdue"),
            row(SYT, "II.2", Some("2024-H1"), "overdue")
        ]
    );
    assert_eq!(
        overdue("2024-07-02", &["--index", "PAR INDEX", "--plan", TTYT]).len(),
        1
    );
}

#[test]
fn unknown_names_are_errors_with_a_suggestion() {
    let r = run(&demo(), &["--lang", "en", "due", "--unit", "VPP"]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains("unknown unit `VPP`") && r.stderr.contains("did you mean `VP`?"),
        "{}",
        r.stderr
    );
    // The repository speaks Vietnamese (kpi.toml), and so do its errors.
    let r = run(&demo(), &["due", "--unit", "VPP"]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr
            .starts_with("lỗi: không có đơn vị `VPP`: có phải ý bạn là `VP`?"),
        "{}",
        r.stderr
    );
    // An index nobody knows is an error too, not an empty list.
    let r = run(&demo(), &["--lang", "en", "due", "--index", "PCII"]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr
            .contains("unknown index `PCII`: did you mean `PCI`?"),
        "{}",
        r.stderr
    );
    let r = run(&demo(), &["--lang", "en", "due", "--index", "PAR", "INDEX"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("--index \"PAR INDEX\""), "{}", r.stderr);
    let r = run(&demo(), &["--lang", "en", "due", "--plan", "demo-2024"]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains("did you mean `demo-2024-cchc`?"),
        "{}",
        r.stderr
    );
    let r = run(&demo(), &["due", "--org", "nowhere"]);
    assert_eq!(r.status, 2);
    assert_eq!(
        run(&demo(), &["due", "--lead-only"]).status,
        2,
        "--lead-only needs --unit"
    );
}

#[test]
fn quiet_and_fail_if_any_for_cron() {
    let r = run(&demo(), &["--as-of", "2024-01-05", "overdue", "-q"]);
    assert_eq!(
        (r.status, r.stdout.as_str(), r.stderr.as_str()),
        (0, "", "")
    );
    let r = run(
        &demo(),
        &["--as-of", "2024-01-05", "overdue", "-q", "--fail-if-any"],
    );
    assert_eq!((r.status, r.stdout.as_str()), (0, ""));
    let r = run(
        &demo(),
        &["--as-of", "2024-07-02", "overdue", "-q", "--fail-if-any"],
    );
    assert_eq!(r.status, 1);
    assert!(r.stdout.contains("I.1"));
    let r = run(
        &demo(),
        &[
            "--as-of",
            "2024-07-02",
            "due",
            "--fail-if-any",
            "--unit",
            "BVDK",
        ],
    );
    assert_eq!(r.status, 1, "BVDK owes III.1");
    let r = run(&demo(), &["--as-of", "2024-01-05", "overdue"]);
    assert_eq!(r.status, 0);
    assert!(
        r.stdout.contains("Không có nhiệm vụ quá hạn"),
        "without -q it says so: {}",
        r.stdout
    );
}

#[test]
fn json_fields() {
    let r = run(
        &demo(),
        &[
            "--as-of",
            "2024-07-02",
            "overdue",
            "--format",
            "json",
            "--unit",
            "KHTC",
            "--lead-only",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let e = v
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["task"] == "II.2")
        .expect("II.2 is listed");
    for key in [
        "org", "plan", "task", "title", "period", "status", "last_day", "due", "days", "lead",
        "support",
    ] {
        assert!(e.get(key).is_some(), "field {key} in {e}");
    }
    assert_eq!(e["org"], "demo-syt");
    assert_eq!(e["task"], "II.2");
    assert_eq!(e["last_day"], "2024-06-30");
    assert_eq!(e["due"], "2024-07-01");
    assert_eq!(e["days"], -1);
    assert_eq!(e["lead"], serde_json::json!(["KHTC"]));
    assert_eq!(e["support"], serde_json::json!(["VP"]));
}

#[test]
fn languages_and_formats() {
    // kpi.toml says lang = "vi"; --lang en overrides; LANG decides where nothing else does.
    let r = run(&demo(), &["--as-of", "2024-07-02", "overdue"]);
    assert!(r.stdout.contains("Quá hạn,"), "{}", r.stdout);
    let r = run(
        &demo(),
        &["--as-of", "2024-07-02", "overdue", "--lang", "en"],
    );
    assert!(
        r.stdout.contains("Overdue") && r.stdout.contains("13 days late"),
        "{}",
        r.stdout
    );
    let r = kpi(&root())
        .env("LANG", "vi_VN.UTF-8")
        .args(["--as-of", "2024-06-10", "due", "--unit", "VP"])
        .output()
        .unwrap();
    assert!(String::from_utf8(r.stdout).unwrap().contains("Quá hạn"));
    let r = run(
        &demo(),
        &[
            "--as-of",
            "2024-07-02",
            "overdue",
            "--format",
            "csv",
            "--unit",
            "KHTC",
            "--lead-only",
        ],
    );
    assert_eq!(
        r.stdout,
        "status,last_day,due,days,org,plan,task,title,lead,support,period\n\
overdue,2024-06-19,2024-06-19,-13,demo-syt,demo-2024-cchc,III.1,Báo cáo kết quả cải cách hành chính định kỳ,NGANH,,2024-Q2\n\
overdue,2024-06-30,2024-07-01,-1,demo-syt,demo-2024-cchc,II.2,Giải ngân vốn đầu tư công cho số hoá hồ sơ,KHTC,VP,2024-H1\n"
    );
    let r = run(
        &demo(),
        &[
            "--as-of",
            "2024-07-02",
            "overdue",
            "--format",
            "md",
            "--unit",
            "KHTC",
            "--lead-only",
            "--lang",
            "en",
        ],
    );
    assert!(
        r.stdout.starts_with("| Status | Last day | Task |"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("| demo-2024-cchc:II.2 |"), "{}", r.stdout);
}

#[test]
fn the_table_fits_the_width_and_wraps_titles() {
    let r = kpi(&root())
        .env("COLUMNS", "100")
        .args([
            "--as-of",
            "2024-06-10",
            "due",
            "--unit",
            "VP",
            "--lang",
            "vi",
        ])
        .output()
        .unwrap();
    let out = String::from_utf8(r.stdout).unwrap();
    use unicode_width::UnicodeWidthStr;
    let widest = out.lines().map(|l| l.width()).max().unwrap();
    assert!(widest <= 100, "the table is {widest} wide:\n{out}");
    assert!(out.contains("bd-syt-2023-chi-so"), "{out}");
}

#[test]
fn texts_written_as_escapes_are_shown_like_written_ones() {
    // The demo repository twice: as written, and with every letter outside ASCII
    // decomposed (NFD) and written as a `\u` escape. The second plan's bytes are plain
    // ASCII, but its texts are not: the loader must not take them as shown as written.
    // Every list, in every format, comes out the same from both (but for the normal
    // form where a list keeps the files' own).
    let tmp = tempfile::tempdir().unwrap();
    let (written, escaped) = (tmp.path().join("written"), tmp.path().join("escaped"));
    copy_tree(&demo(), &written);
    copy_tree(&demo(), &escaped);
    let plan = escaped.join(DEMO_PLAN);
    let text = std::fs::read_to_string(&plan).unwrap();
    let decomposed: String = unicode_normalization::UnicodeNormalization::nfd(text.as_str())
        .map(|c| match c.is_ascii() {
            true => c.to_string(),
            false => format!("\\u{:04X}", c as u32),
        })
        .collect();
    assert!(decomposed.is_ascii() && decomposed.contains("\\u0301"));
    std::fs::write(&plan, decomposed).unwrap();
    let list = |dir: &std::path::Path, args: &[&str], format: &str| {
        let r = kpi(dir)
            .env("COLUMNS", "72")
            .args(["--as-of", "2024-07-02", "--format", format])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(0), "{args:?} {format}");
        String::from_utf8(r.stdout).unwrap()
    };
    let lists: [&[&str]; 3] = [
        &["overdue"],
        &["due", "--within", "60"],
        &["assignments", "--unit", "CDC"],
    ];
    for args in lists {
        for format in ["table", "csv", "json", "md"] {
            let shown = list(&written, args, format);
            assert!(shown.contains("hành chính"), "{args:?} {format}: {shown}");
            let mut twin = list(&escaped, args, format);
            // A terminal table shows texts NFC, and so does the CSV of due and overdue
            // (titles); the other lists give them as the files hold them, NFD here.
            let nfc = format == "table" || (format == "csv" && args[0] != "assignments");
            if !nfc {
                twin = unicode_normalization::UnicodeNormalization::nfc(twin.as_str()).collect();
            }
            assert_eq!(shown, twin, "{args:?} {format}");
        }
    }
}

#[test]
fn json_lists_are_laid_out_as_serde_json_lays_them_out() {
    // due and overdue write their JSON by hand (render::json), for speed: the text must
    // be what serde_json's pretty printer makes of the same values, escapes included.
    let tmp = demo_copy();
    let plan = tmp.path().join(DEMO_PLAN);
    let text = std::fs::read_to_string(&plan).unwrap().replace(
        r#"title = "Ban hành và phổ biến Kế hoạch cải cách hành chính năm 2024""#,
        r#"title = "Ban hành \"Kế hoạch\" C:\\CCHC\ttab, dòng\nmới — Tổng""#,
    );
    assert!(text.contains(r#"\"Kế hoạch\""#));
    std::fs::write(&plan, text).unwrap();

    #[derive(serde::Deserialize, serde::Serialize)]
    #[serde(deny_unknown_fields)]
    struct Entry {
        org: String,
        plan: String,
        task: String,
        title: String,
        period: Option<String>,
        status: String,
        last_day: String,
        due: String,
        days: i64,
        lead: Vec<String>,
        support: Vec<String>,
        kind: String,
        indices: Vec<String>,
    }
    let lists: [&[&str]; 4] = [
        &["--as-of", "2024-07-02", "overdue"],
        &["--as-of", "2024-06-10", "due", "--within", "400"],
        &["--as-of", "2024-06-10", "due", "--unit", "VP"],
        &["--as-of", "2023-01-01", "overdue"],
    ];
    let mut seen_title = false;
    for args in lists {
        let r = kpi(tmp.path())
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(0), "{args:?}");
        let written = String::from_utf8(r.stdout).unwrap();
        let entries: Vec<Entry> = serde_json::from_str(&written).unwrap();
        seen_title |= entries
            .iter()
            .any(|e| e.title == "Ban hành \"Kế hoạch\" C:\\CCHC\ttab, dòng\nmới — Tổng");
        let expected = serde_json::to_string_pretty(&entries).unwrap() + "\n";
        assert_eq!(written, expected, "{args:?}");
    }
    assert!(seen_title, "the title with escapes is listed");
}
