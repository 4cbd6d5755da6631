//! The README's examples run and print what the README shows.

use crate::common::*;

fn readme() -> String {
    std::fs::read_to_string(root().join("README.md")).unwrap()
}

fn blocks<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
    let fence = format!("```{lang}\n");
    text.split(&fence)
        .skip(1)
        .map(|b| b.split("```").next().unwrap())
        .collect()
}

#[test]
fn console_examples_print_what_the_readme_shows() {
    let text = readme();
    let consoles = blocks(&text, "console");
    assert!(consoles.len() >= 3);
    for block in consoles {
        let (cmd, expected) = block.split_once('\n').unwrap();
        let args = words(
            cmd.strip_prefix("$ kpi ")
                .expect("a console block starts with `$ kpi`"),
        );
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = run(&root(), &args);
        let expected = expected.trim_end();
        assert!(
            r.stdout.trim_end() == expected || r.stderr.starts_with(expected),
            "README example `{cmd}` prints\n{}{}\ninstead of\n{expected}",
            r.stdout,
            r.stderr
        );
    }
}

#[test]
fn every_kpi_line_of_the_shell_examples_runs() {
    let text = readme();
    let copy = tempfile::tempdir().unwrap();
    for entry in walkdir::WalkDir::new(root().join("plans")) {
        let entry = entry.unwrap();
        let to = copy.path().join(entry.path().strip_prefix(root()).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
    let mut ran = 0;
    let repo = root();
    for block in blocks(&text, "sh") {
        for line in block.lines().filter(|l| l.starts_with("kpi ")) {
            let args = words(line.strip_prefix("kpi ").unwrap());
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            // `kpi done` writes: run it on a copy of the plans.
            let dir = if args[0] == "done" {
                copy.path()
            } else {
                repo.as_path()
            };
            let r = run(dir, &args);
            assert_eq!(r.status, 0, "README line `{line}` failed: {}", r.stderr);
            ran += 1;
        }
    }
    assert!(ran >= 7, "ran {ran} README lines");
}

#[test]
fn the_report_table_in_the_readme_is_real() {
    let r = run(
        &root(),
        &[
            "overdue",
            "--unit",
            "VP",
            "--org",
            "ht-syt",
            "--as-of",
            "2025-07-10",
            "--format",
            "md",
            "--lang",
            "vi",
        ],
    );
    assert!(readme().contains(&r.stdout), "README shows:\n{}", r.stdout);
}
