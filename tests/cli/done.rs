//! `kpi done`: records appended byte-exactly, refusals that write nothing, and twenty
//! processes at once on one plan leaving twenty records.

use std::process::Stdio;

use crate::common::*;

const PROGRESS: &str = "plans/so-y-te/2024-cai-cach-hanh-chinh.progress.toml";

fn read(dir: &std::path::Path) -> String {
    std::fs::read_to_string(dir.join(PROGRESS)).unwrap()
}

fn records(text: &str) -> Vec<toml::Value> {
    let t: toml::Table = toml::from_str(text).expect("the progress file stays valid TOML");
    t["record"].as_array().unwrap().clone()
}

#[test]
fn a_record_is_appended_and_the_lists_follow() {
    let tmp = demo_copy();
    let dir = tmp.path();
    let before = read(dir);
    assert_eq!(
        listed(
            dir,
            &[
                "--as-of",
                "2024-06-18",
                "due",
                "--format",
                "json",
                "--unit",
                "VP",
                "--org",
                "demo-syt"
            ]
        )
        .len(),
        3
    );

    let r = run(
        dir,
        &[
            "--lang",
            "en",
            "--as-of",
            "2024-06-18",
            "done",
            "demo-2024-cchc:I.1",
            "--by",
            "văn phòng sở",
            "--evidence",
            "Công văn số 99/SYT-VP",
            "--note",
            "Đã tổ chức \"Hội nghị\"",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("recorded demo-2024-cchc:I.1 done on 2024-06-18 by VP"),
        "{}",
        r.stdout
    );
    let after = read(dir);
    assert!(after.starts_with(&before), "every byte before is kept");
    let added = &records(&after)[4];
    assert_eq!(added["task"].as_str(), Some("I.1"));
    assert_eq!(
        added["by"].as_str(),
        Some("VP"),
        "the unit is written by its code"
    );
    assert_eq!(added["date"].to_string(), "2024-06-18");
    assert_eq!(added["note"].as_str(), Some("Đã tổ chức \"Hội nghị\""));
    assert!(
        added.get("period").is_none(),
        "a task with one occurrence needs no period"
    );

    // I.1 is done now: the due list no longer has it; check stays clean.
    let due = listed(
        dir,
        &[
            "--as-of",
            "2024-06-18",
            "due",
            "--format",
            "json",
            "--unit",
            "VP",
            "--org",
            "demo-syt",
        ],
    );
    assert!(due.iter().all(|(_, t, _, _)| t != "I.1"), "{due:?}");
    assert_eq!(run(dir, &["--as-of", "2024-06-18", "check"]).status, 0);

    // A record for a period, dated after the due day: done late.
    let r = run(
        dir,
        &[
            "--lang",
            "en",
            "--as-of",
            "2024-07-05",
            "done",
            "demo-2024-cchc:I.2",
            "--period",
            "2024-Q2",
            "--by",
            "TCCB",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let r = run(
        dir,
        &[
            "--lang",
            "en",
            "--as-of",
            "2024-07-05",
            "overdue",
            "--format",
            "json",
            "--unit",
            "TCCB",
        ],
    );
    assert!(!r.stdout.contains("\"I.2\""), "{}", r.stdout);
}

#[test]
fn refusals_write_nothing() {
    let tmp = demo_copy();
    let dir = tmp.path();
    let before = read(dir);
    let refuse = |args: &[&str], says: &str| {
        let mut all = vec!["--lang", "en", "--as-of", "2024-07-02", "done"];
        all.extend(args);
        let r = run(dir, &all);
        assert_eq!(r.status, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(says),
            "{args:?} should say {says:?}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("nothing was written"), "{}", r.stderr);
        assert_eq!(read(dir), before, "{args:?} wrote something");
    };
    refuse(&["demo-2024:I.1"], "did you mean `demo-2024-cchc`?");
    refuse(&["demo-2024-cchc:I.9"], "has no task `I.9`");
    refuse(
        &["demo-2024-cchc:I.1", "--by", "Văn phòng Sở Ytế"],
        "did you mean `Văn phòng Sở Y tế`?",
    );
    refuse(
        &["demo-2024-cchc:I.2", "--period", "2024-Q5"],
        "has no period `2024-Q5`",
    );
    // Several occurrences and no --period: the open ones are listed.
    refuse(
        &["demo-2024-cchc:I.2"],
        "open: 2024-Q2 (due 2024-07-01, overdue); 2024-Q3",
    );
    // Q2 and H1 end together: Q2 is recorded as H1.
    refuse(
        &["demo-2024-cchc:II.2", "--period", "2024-Q2"],
        "--period 2024-H1",
    );
    let r = run(dir, &["--lang", "en", "done", "I.1"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("PLAN:TASK"));
    // A broken progress file is not appended to.
    std::fs::write(dir.join(PROGRESS), "[[record]\n").unwrap();
    let r = run(dir, &["--lang", "en", "done", "demo-2024-cchc:II.3"]);
    assert_eq!(r.status, 2);
    assert_eq!(read(dir), "[[record]\n");
}

#[test]
fn a_new_progress_file_is_created_beside_the_plan() {
    let tmp = demo_copy();
    let dir = tmp.path();
    let r = run(
        dir,
        &[
            "--lang",
            "en",
            "--as-of",
            "2024-06-12",
            "done",
            "demo-ttyt-a-2024:1",
            "--by",
            "Phòng TCHC",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(dir.join("plans/ttyt-huyen-a/2024-ke-hoach.progress.toml"))
        .unwrap();
    assert_eq!(
        text,
        "[[record]]\ntask = \"1\"\nstatus = \"done\"\ndate = 2024-06-12\nby = \"VP\"\n"
    );
    assert_eq!(run(dir, &["check"]).status, 0);
}

#[test]
fn twenty_processes_at_once_leave_twenty_records() {
    let tmp = demo_copy();
    let dir = tmp.path();
    let before = records(&read(dir)).len();
    let bin = assert_cmd::cargo::cargo_bin("kpi");
    let children: Vec<_> = (0..20)
        .map(|i| {
            std::process::Command::new(&bin)
                .current_dir(dir)
                .args([
                    "--as-of",
                    "2024-06-12",
                    "done",
                    "demo-2024-cchc:II.3",
                    "--note",
                ])
                .arg(format!("lần {i}"))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let all = records(&read(dir));
    assert_eq!(all.len(), before + 20);
    for i in 0..20 {
        let note = format!("lần {i}");
        let n = all
            .iter()
            .filter(|r| r.get("note").and_then(|v| v.as_str()) == Some(note.as_str()))
            .count();
        assert_eq!(n, 1, "record {note} appears once");
    }
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("plans/so-y-te"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".kpi-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
