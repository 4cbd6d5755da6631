//! Every example in `kpi --help` and in each command's `--help` runs as written, on a copy
//! of the real plans (with a real SMTP server for the mail examples): none ends in a usage
//! error. An example that fails teaches the wrong thing.

use crate::cli::notify::smtp_server;
use crate::common::*;

const COMMANDS: &[&str] = &[
    "",
    "check",
    "schedule",
    "due",
    "overdue",
    "done",
    "assignments",
    "units",
    "notify",
    "init",
    "completions",
    "man",
    "schema",
    "merge-progress",
    "report",
    "calendar",
    "show",
    "request",
];

/// The example lines of one help text: the indented `kpi ...` lines under "Examples:".
fn examples(help: &str) -> Vec<String> {
    let Some((_, rest)) = help
        .split_once("Examples:")
        .or_else(|| help.split_once("Ví dụ:"))
    else {
        return Vec::new();
    };
    rest.lines()
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .map(|l| l.trim().to_string())
        .filter(|l| l.contains("kpi "))
        .collect()
}

#[test]
fn every_help_example_runs() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    copy_tree(&root().join("plans"), &dir.join("plans"));
    // An address for Văn phòng of Bình Định, so that the mail examples send mail.
    let units = dir.join("plans/binh-dinh/so-y-te/units.toml");
    let text = std::fs::read_to_string(&units).unwrap().replacen(
        "code = \"VP\"\n",
        "code = \"VP\"\nemail = \"vp@example.invalid\"\n",
        1,
    );
    std::fs::write(&units, text).unwrap();
    let (port, inbox) = smtp_server();
    std::fs::write(
        dir.join("kpi.toml"),
        format!(
            "[mail]\nfrom = \"theodoi@example.invalid\"\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\n"
        ),
    )
    .unwrap();
    let mut ran = 0;
    for (lang, command) in ["en", "vi"]
        .iter()
        .flat_map(|l| COMMANDS.iter().map(move |c| (*l, *c)))
    {
        let mut args = vec!["--lang", lang];
        if !command.is_empty() {
            args.push(command);
        }
        args.push("--help");
        let help = run(dir, &args);
        assert_eq!(help.status, 0, "{args:?}");
        for line in examples(&help.stdout) {
            // Only the kpi part of a shell line: no pipe, no redirection; a variable
            // set before it is set for it; ~/ke-hoach stands for the repository.
            let line = line
                .split(" | ")
                .next()
                .unwrap()
                .split(" > ")
                .next()
                .unwrap();
            let mut env = Vec::new();
            let mut w = words(line);
            while w
                .first()
                .is_some_and(|a| a.contains('=') && !a.starts_with('-'))
            {
                let a = w.remove(0);
                let (k, v) = a.split_once('=').unwrap();
                env.push((k.to_string(), v.to_string()));
            }
            assert_eq!(w.first().map(String::as_str), Some("kpi"), "{line}");
            let mut argv: Vec<String> = w[1..]
                .iter()
                .map(|a| match a.as_str() {
                    "~/ke-hoach" => dir.display().to_string(),
                    "/tmp/thu" => dir.join("thu").display().to_string(),
                    other => other.to_string(),
                })
                .collect();
            // A fixed day, so that the answer does not depend on when the test runs.
            if !argv.iter().any(|a| a == "--as-of") {
                argv.insert(0, "2024-06-10".into());
                argv.insert(0, "--as-of".into());
            }
            // kpi init never overwrites: each of its examples makes a repository of its own.
            let fresh = tempfile::tempdir().unwrap();
            let cwd = if argv.iter().any(|a| a == "init") {
                fresh.path()
            } else {
                dir
            };
            let out = kpi(cwd).args(&argv).envs(env).output().unwrap();
            let code = out.status.code().expect("no signal");
            assert!(
                code == 0 || code == 1,
                "`{line}` exited {code}:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
            ran += 1;
        }
    }
    assert!(ran >= 50, "only {ran} examples found");
    assert!(
        !inbox.lock().unwrap().is_empty(),
        "the mail examples sent mail"
    );
}

/// Mistakes on the command line are explained in Vietnamese in a Vietnamese run, with
/// clap's suggestion kept, and in English otherwise; both exit 2.
#[test]
fn command_line_mistakes_speak_the_run_language() {
    let dir = tempfile::tempdir().unwrap();
    for (args, vi) in [
        (&["dew"][..], "không có lệnh 'dew'"),
        (&["due", "--untl", "VP"], "có phải ý bạn là '--unit'?"),
        (
            &["due", "--format", "xml"],
            "'xml' không phải giá trị hợp lệ",
        ),
        (&["due", "--within", "abc"], "cần một số nguyên không âm"),
        (&["done"], "thiếu '<PLAN:TASK>'"),
        (
            &[
                "holidays",
                "--year",
                "2026",
                "--from",
                "2026-01-01",
                "--to",
                "2026-02-01",
            ],
            "không dùng '--year <YEAR>' cùng với",
        ),
    ] {
        let out = run(dir.path(), &[&["--lang", "vi"][..], args].concat());
        assert_eq!(out.status, 2, "{args:?}");
        assert!(out.stderr.starts_with("lỗi: "), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(vi), "{args:?}: {}", out.stderr);
        for english in ["error:", "Usage:", "unexpected", "invalid", "required"] {
            assert!(!out.stderr.contains(english), "{args:?}: {}", out.stderr);
        }
        let out = run(dir.path(), &[&["--lang", "en"][..], args].concat());
        assert_eq!(out.status, 2, "{args:?}");
        assert!(
            out.stderr.starts_with("error: "),
            "{args:?}: {}",
            out.stderr
        );
    }
}
