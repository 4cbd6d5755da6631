//! Hostile input: every kind of broken file in one tree. Each gets a clear diagnostic with
//! a location (or is read as it should be), the good files are still checked, and nothing
//! panics. See docs/hardening.md.

use crate::common::*;

const GOOD_TASK: &str = "\n[[task]]\nid = \"1\"\ntitle = \"Nhiệm vụ\"\nlead = [\"VP\"]\noutput = \"Báo cáo\"\ndue = \"Thường xuyên\"\n";

fn plan(id: &str, extra: &str) -> String {
    format!("[plan]\nid = \"{id}\"\ntitle = \"Kế hoạch\"\nyear = 2024\n{GOOD_TASK}{extra}")
}

#[test]
fn every_broken_file_is_reported_and_the_good_ones_are_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let w = |name: &str, bytes: &[u8]| std::fs::write(d.join(name), bytes).unwrap();
    std::fs::copy(fixture("clean").join("units.toml"), d.join("units.toml")).unwrap();
    w("good.toml", plan("good", "").as_bytes());
    w(
        "bom.toml",
        format!("\u{feff}{}", plan("bom", "")).as_bytes(),
    );
    w(
        "crlf.toml",
        plan("crlf", "support = [\"Không rõ\"]\n")
            .replace('\n', "\r\n")
            .as_bytes(),
    );
    w(
        "utf8.toml",
        b"[plan]\nid = \"u\"\ntitle = \"Vi\xea\xa1t \xff\"\n",
    );
    w(
        "nul.toml",
        b"[plan]\nid = \"n\0ul\"\ntitle = \"t\"\nyear = 2024\n",
    );
    w(
        "deep.toml",
        format!("x = {}", "[".repeat(200_000)).as_bytes(),
    );
    w(
        "dupkey.toml",
        b"[plan]\nid = \"k\"\nid = \"k2\"\ntitle = \"t\"\nyear = 2024\n",
    );
    w(
        "date.toml",
        plan("date", "")
            .replace("year = 2024", "year = 2024\nissued = 2023-02-29")
            .as_bytes(),
    );
    w(
        "phrase-date.toml",
        plan("phrase-date", "")
            .replace("Thường xuyên", "Trước ngày 30/2/2024")
            .as_bytes(),
    );
    w(
        "year0.toml",
        plan("year0", "")
            .replace("year = 2024", "year = 0")
            .as_bytes(),
    );
    w(
        "year9999.toml",
        plan("year9999", "")
            .replace(
                "year = 2024",
                "period = { from = 0000-01-01, to = 9999-12-31 }",
            )
            .as_bytes(),
    );
    w(
        "phrase-9999.toml",
        plan("phrase-9999", "")
            .replace("Thường xuyên", "Trước ngày 20/6/9999")
            .as_bytes(),
    );
    w(
        "lookalike.toml",
        plan("lookalike", "")
            .replace("lead = [\"VP\"]", "lead = [\"\u{412}P\"]")
            .as_bytes(),
    );
    // A title of 5 MB on one line, then a typo: the location is exact and the message short.
    let long = format!(
        "{}\ntitel = \"x\"\n",
        plan("long", "").replace(
            "title = \"Nhiệm vụ\"",
            &format!("title = \"{}\"", "Cải cách hành chính ".repeat(250_000))
        )
    );
    w("longline.toml", long.as_bytes());
    // A folder named like a plan, a dangling link, a symlink loop.
    std::fs::create_dir(d.join("folder.toml")).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("nowhere.toml", d.join("dangling.toml")).unwrap();
        std::fs::create_dir(d.join("loop")).unwrap();
        std::os::unix::fs::symlink("..", d.join("loop/up")).unwrap();
    }

    let (status, report) = check_json(d, &["."]);
    assert_eq!(status, 1);
    let got = located(&report, "./");
    let has = |check: &str, file: &str| got.iter().any(|(c, f, _, _)| c == check && f == file);
    let at = |check: &str, file: &str| {
        got.iter()
            .find(|(c, f, _, _)| c == check && f == file)
            .map(|g| (g.2, g.3))
    };
    assert_eq!(at("invalid-utf8", "utf8.toml"), Some((3, 12)), "{got:?}");
    assert!(has("toml-syntax", "nul.toml"), "{got:?}");
    assert!(has("toml-syntax", "deep.toml"), "{got:?}");
    assert_eq!(at("toml-syntax", "dupkey.toml"), Some((3, 1)), "{got:?}");
    assert_eq!(at("invalid-date", "date.toml"), Some((5, 10)), "{got:?}");
    assert!(has("invalid-date", "phrase-date.toml"), "{got:?}");
    assert_eq!(at("invalid-value", "year0.toml"), Some((4, 8)), "{got:?}");
    assert!(has("invalid-value", "year9999.toml"), "{got:?}");
    assert!(has("unreadable-deadline", "phrase-9999.toml"), "{got:?}");
    assert_eq!(
        at("unknown-unit", "lookalike.toml"),
        Some((9, 9)),
        "{got:?}"
    );
    assert_eq!(at("unknown-unit", "crlf.toml"), Some((12, 12)), "{got:?}");
    assert_eq!(
        at("unknown-field", "longline.toml"),
        Some((13, 1)),
        "{got:?}"
    );
    #[cfg(unix)]
    {
        assert!(has("unreadable-file", "dangling.toml"), "{got:?}");
        assert!(has("unreadable-file", "loop/up"), "{got:?}");
    }
    // The good files load: good, bom, and the others whose errors are not fatal.
    assert!(report["plans"].as_u64().unwrap() >= 5, "{report}");
    assert!(
        !got.iter()
            .any(|(_, f, _, _)| f == "good.toml" || f == "bom.toml"),
        "{got:?}"
    );

    // The human rendering of the 5 MB line stays short.
    let r = run(d, &["check", "longline.toml"]);
    assert!(!r.stderr.contains("panicked"));
    assert!(
        r.stderr.len() < 4_000,
        "{} bytes of diagnostics",
        r.stderr.len()
    );
    assert!(r.stderr.contains("longline.toml:13:1"), "{}", r.stderr);
}

#[test]
fn a_plan_folder_that_is_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("plans"), "không phải thư mục").unwrap();
    let r = run(tmp.path(), &["check"]);
    assert_eq!(r.status, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("unreadable-file") && r.stderr.contains("not a .toml file"),
        "{}",
        r.stderr
    );
    let r = run(tmp.path(), &["due", "--unit", "VP"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no plan files found"), "{}", r.stderr);
}

#[test]
fn commands_other_than_check_survive_broken_files() {
    let tmp = demo_copy();
    let d = tmp.path();
    std::fs::write(d.join("plans/so-y-te/broken.toml"), b"[plan\n\xff").unwrap();
    for args in [
        &[
            "--lang",
            "en",
            "--as-of",
            "2024-07-02",
            "due",
            "--unit",
            "VP",
        ][..],
        &[
            "--lang",
            "en",
            "--as-of",
            "2024-07-02",
            "overdue",
            "--format",
            "json",
        ],
        &[
            "--lang",
            "en",
            "--as-of",
            "2024-07-02",
            "assignments",
            "--unit",
            "CDC",
        ],
        &["--lang", "en", "units"],
    ] {
        // The answer comes from what could be read; the broken file is named with its
        // place; the exit status says the answer is incomplete (DESIGN.md 6.1).
        let r = run(d, args);
        assert_eq!(r.status, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains("the answer is incomplete")
                && r.stderr.contains("plans/so-y-te/broken.toml:2:1")
                && r.stderr.contains("kpi check"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(!r.stdout.is_empty());
    }
}
