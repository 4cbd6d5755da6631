//! What stops a command, as the user reads it: one line on stderr, `lỗi: …` under
//! `--lang vi` and `error: …` under `--lang en`, exit status 2, nothing on stdout. Each
//! kind of usage error (a bad value, an unknown name, a file that cannot be read or
//! written, a missing setting) is run in both languages; a message that exists in one
//! language only reads the same in both and fails here.

use std::path::Path;

use crate::common::*;

/// The letters of `s` outside `` `code` `` and outside paths and options: what a
/// translation changes.
fn words(s: &str) -> String {
    s.split('`')
        .step_by(2)
        .flat_map(|part| part.split_whitespace())
        .filter(|w| !w.contains(['/', '.', '-', '=']))
        .flat_map(str::chars)
        .filter(|c| c.is_alphabetic())
        .collect()
}

/// Run `args` in `dir` in both languages: each an error of one line, in its language.
fn refused_in_both(dir: &Path, args: &[&str]) -> (String, String) {
    let mut said = Vec::new();
    for (lang, prefix) in [("vi", "lỗi: "), ("en", "error: ")] {
        let mut all = vec!["--lang", lang];
        all.extend(args);
        let r = run(dir, &all);
        assert_eq!(r.status, 2, "kpi {all:?}:\n{}{}", r.stdout, r.stderr);
        assert_eq!(r.stdout, "", "kpi {all:?}");
        assert!(
            r.stderr.starts_with(prefix) && r.stderr.lines().count() == 1,
            "kpi {all:?} says one line starting {prefix:?}:\n{}",
            r.stderr
        );
        said.push(r.stderr.trim_end().to_string());
    }
    let en = said.pop().unwrap();
    let vi = said.pop().unwrap();
    assert_ne!(
        words(&vi["lỗi: ".len()..]),
        words(&en["error: ".len()..]),
        "kpi {args:?} says the same words in both languages:\n{vi}\n{en}"
    );
    (vi, en)
}

#[test]
fn every_kind_of_usage_error_is_said_in_vietnamese_and_english() {
    let tmp = demo_copy();
    let dir = tmp.path();
    std::fs::create_dir(dir.join("empty")).unwrap();
    let cases: &[&[&str]] = &[
        // A value on the command line kpi cannot take.
        &["--as-of", "31/02/2024", "due"],
        &["--as-of", "2024-06-10", "overdue", "--format", "ics"],
        &["holidays", "--year", "1800"],
        &["holidays", "--from", "01/05/2024", "--to", "01/01/2024"],
        &["import", "--year", "1800", "kpi.toml"],
        &[
            "import",
            "--from",
            "2024-05-01",
            "--to",
            "2024-01-01",
            "kpi.toml",
        ],
        &["--as-of", "2024-06-10", "report", "--period", "quý V"],
        &["--as-of", "2024-06-10", "done", "demo-2024-cchc"],
        // A name the plans do not hold.
        &["--as-of", "2024-06-10", "show", "demo-2024-cchx:1"],
        &["--as-of", "2024-06-10", "done", "demo-2024-cchc:999"],
        &["--as-of", "2024-06-10", "due", "--unit", "KHÔNG-CÓ"],
        // Files that cannot be read or written.
        &["merge-progress", "no-base", "no-ours", "no-theirs"],
        &["import", "khong-co.docx"],
        &["import", "empty"],
        &[
            "--as-of",
            "2024-06-10",
            "due",
            "--format",
            "xlsx",
            "-o",
            "no/such/dir/x.xlsx",
        ],
        // Nothing to work on.
        &["--as-of", "2024-06-10", "due", "empty"],
    ];
    for args in cases {
        refused_in_both(dir, args);
    }
}

#[test]
fn mail_settings_that_cannot_work_are_said_in_vietnamese() {
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&demo().join("plans"), &tmp.path().join("plans"));
    std::fs::write(
        tmp.path().join("kpi.toml"),
        "[mail]\nhost = \"mail.example.invalid\"\nsecurity = \"none\"\nuser = \"kpi\"\n\
         password_env = \"KPI_TEST_NO_SUCH_VARIABLE\"\nfrom = \"theodoi@example.invalid\"\n",
    )
    .unwrap();
    let (vi, _) = refused_in_both(tmp.path(), &["--as-of", "2024-06-10", "notify"]);
    assert!(vi.contains("KPI_TEST_NO_SUCH_VARIABLE"), "{vi}");
    assert!(vi.contains("chưa đặt biến môi trường"), "{vi}");
}
