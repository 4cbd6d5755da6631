//! `kpi completions` and `kpi man`: the scripts are valid for their shells, bash computes
//! real completions with them (commands, options, PLAN:TASK ids and unit codes of the
//! repository at hand), and the manual pages render with groff and mandoc.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::*;

fn found(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A folder holding `kpi`, to put first on PATH: the completion scripts call it.
fn bin_dir() -> PathBuf {
    assert_cmd::cargo::cargo_bin("kpi")
        .parent()
        .unwrap()
        .to_path_buf()
}

fn script(shell: &str) -> String {
    let r = run(&root(), &["completions", shell]);
    assert_eq!(r.status, 0, "{shell}: {}", r.stderr);
    r.stdout
}

#[test]
fn every_shell_gets_a_script_that_calls_kpi_back() {
    for (shell, marker) in [
        ("bash", "complete -o nospace -o bashdefault"),
        ("zsh", "compdef _clap_dynamic_completer_kpi kpi"),
        ("fish", "complete --keep-order --exclusive --command kpi"),
        (
            "powershell",
            "Register-ArgumentCompleter -Native -CommandName kpi",
        ),
        ("elvish", "set edit:completion:arg-completer[kpi]"),
    ] {
        let text = script(shell);
        assert!(text.contains(marker), "{shell}:\n{text}");
        assert!(text.contains("COMPLETE"), "{shell}:\n{text}");
    }
    assert_eq!(run(&root(), &["completions", "tcsh"]).status, 2);
}

#[test]
fn the_scripts_parse_in_their_shells() {
    let tmp = tempfile::tempdir().unwrap();
    for (shell, check) in [
        ("bash", &["bash", "-n"][..]),
        ("zsh", &["zsh", "-n"]),
        ("fish", &["fish", "--no-execute"]),
    ] {
        if !found(check[0]) {
            eprintln!(
                "{} not found: its completion script was not parsed",
                check[0]
            );
            assert_ne!(shell, "bash", "bash is needed for this test");
            continue;
        }
        let file = tmp.path().join(format!("kpi.{shell}"));
        std::fs::write(&file, script(shell)).unwrap();
        let out = Command::new(check[0])
            .args(&check[1..])
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// What bash completes for the words typed so far (the last is the word being
/// completed), with kpi's script loaded, in `dir`.
fn complete(dir: &Path, script_file: &Path, words: &[&str]) -> Vec<String> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}'\n\
         COMP_WORDS=({})\n\
         COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))\n\
         COMP_LINE=\"${{COMP_WORDS[*]}}\"; COMP_POINT=${{#COMP_LINE}}; COMP_TYPE=9\n\
         _clap_complete_kpi kpi \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        script_file.display(),
        quoted.join(" ")
    );
    let path = format!(
        "{}:{}",
        bin_dir().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(program)
        .current_dir(dir)
        .env("PATH", path)
        .env_remove("LANG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_commands_options_ids_and_units_of_the_repository() {
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    assert_eq!(
        run(tmp.path(), &["--as-of", "2026-03-02", "init", "repo"]).status,
        0
    );
    let file = tmp.path().join("kpi.bash");
    std::fs::write(&file, script("bash")).unwrap();

    assert_eq!(
        complete(&repo, &file, &["kpi", "sch"]),
        ["schedule", "schema"]
    );
    assert_eq!(complete(&repo, &file, &["kpi", "init", "--or"]), ["--org"]);
    let ids = complete(&repo, &file, &["kpi", "done", "so-mau-2026-cchc:III"]);
    assert_eq!(
        ids,
        [
            "so-mau-2026-cchc:III.1",
            "so-mau-2026-cchc:III.2",
            "so-mau-2026-cchc:III.3"
        ]
    );
    // `show` and `request` take PLAN:TASK too (show before its PATH arguments).
    for command in ["show", "request"] {
        assert_eq!(
            complete(&repo, &file, &["kpi", command, "so-mau-2026-cchc:III.2"]),
            ["so-mau-2026-cchc:III.2"],
            "{command}"
        );
    }
    assert_eq!(
        complete(&repo, &file, &["kpi", "due", "--unit", "TT"]),
        ["TTCNTT", "TTDV", "TTRA"]
    );
    assert_eq!(
        complete(&repo, &file, &["kpi", "done", "x:I.1", "--by", "K"]),
        ["KHTC"]
    );
    assert_eq!(
        complete(&repo, &file, &["kpi", "overdue", "--plan", "so"]),
        ["so-mau-2026-cchc"]
    );
    assert_eq!(
        complete(&repo, &file, &["kpi", "units", "--org", ""]),
        ["so-mau"]
    );
    assert_eq!(
        complete(&repo, &file, &["kpi", "due", "--index", "PA"]),
        ["PAPI", "PAR INDEX"]
    );
    // Outside a repository there are no ids, and no error either.
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert_eq!(
        complete(&empty, &file, &["kpi", "done", "so"]),
        Vec::<String>::new()
    );
    // bash would split PLAN:TASK at the colon; the script keeps it one word.
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source '{}'; printf %s \"$COMP_WORDBREAKS\"",
            file.display()
        ))
        .output()
        .unwrap();
    let breaks = String::from_utf8(out.stdout).unwrap();
    assert!(!breaks.contains(':') && breaks.contains('='), "{breaks:?}");
}

#[test]
fn the_manual_page_renders_and_out_writes_one_page_per_command() {
    let r = run(&root(), &["man"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let page = &r.stdout;
    assert!(page.contains("\n.TH kpi 1 "), "{page}");
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH DESCRIPTION",
        ".SH OPTIONS",
        ".SH SUBCOMMANDS",
    ] {
        assert!(page.contains(section), "no {section}");
    }
    for command in [
        "init",
        "completions",
        "man",
        "schema",
        "merge\\-progress",
        "check",
        "due",
    ] {
        assert!(
            page.contains(&format!("kpi\\-{command}(1)")),
            "{command} is not listed"
        );
    }
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kpi.1");
    std::fs::write(&file, page).unwrap();
    let mut rendered = 0;
    if found("groff") {
        // -k: the page is UTF-8 (Vietnamese words); -ww: every warning; -z: no output.
        let out = Command::new("groff")
            .args(["-k", "-man", "-Tutf8", "-ww", "-z"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = Command::new("groff")
            .args(["-k", "-man", "-Tutf8"])
            .arg(&file)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains("Kế hoạch"), "the Vietnamese words survive");
        rendered += 1;
    }
    if found("mandoc") {
        let out = Command::new("mandoc")
            .args(["-T", "lint", "-W", "error"])
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        rendered += 1;
    }
    if rendered == 0 {
        eprintln!("neither groff nor mandoc found: the page was checked for its sections only");
    }
    let out = tmp.path().join("man");
    let r = run(tmp.path(), &["man", "--out", "man"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    for name in [
        "kpi",
        "kpi-check",
        "kpi-due",
        "kpi-done",
        "kpi-init",
        "kpi-schema",
        "kpi-completions",
    ] {
        let page = std::fs::read_to_string(out.join(format!("{name}.1"))).unwrap();
        assert!(
            page.contains(&format!(".TH {name} 1")),
            "{name}: {}",
            &page[..200.min(page.len())]
        );
    }
}
