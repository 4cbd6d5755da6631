//! `kpi check` in Vietnamese: every diagnostic of every fixture is worded in the run's
//! language, the renderer's own words too, and whole outputs are pinned as snapshots
//! (tests/snapshots/check-vi-*.txt) that read as the documentation of what a user sees.

use std::path::Path;

use serde_json::Value;

use crate::common::{fixture, root, run, snapshot};

/// The diagnostics of `kpi --lang LANG check --format json .` in `dir`.
fn diagnostics(dir: &Path, lang: &str) -> Vec<Value> {
    let r = run(
        dir,
        &[
            "--lang",
            lang,
            "--as-of",
            "2024-06-10",
            "check",
            "--format",
            "json",
            ".",
        ],
    );
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} in {}", r.stdout, dir.display()));
    v["diagnostics"].as_array().unwrap().clone()
}

/// The letters of `s` outside `` `code` ``: what a translation changes.
fn words(s: &str) -> String {
    s.split('`')
        .step_by(2)
        .flat_map(str::chars)
        .filter(|c| c.is_alphabetic())
        .collect()
}

#[test]
fn every_diagnostic_of_every_fixture_is_in_vietnamese() {
    let mut fixtures: Vec<_> = std::fs::read_dir(root().join("tests/fixtures/check"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    fixtures.sort();
    let mut compared = 0;
    for name in &fixtures {
        let (en, vi) = (
            diagnostics(&fixture(name), "en"),
            diagnostics(&fixture(name), "vi"),
        );
        assert_eq!(en.len(), vi.len(), "{name}: the same diagnostics in both");
        for (e, v) in en.iter().zip(&vi) {
            // What machines read does not change with the language.
            for key in ["check", "severity", "file", "line", "column"] {
                assert_eq!(e[key], v[key], "{name}: `{key}` differs");
            }
            let check = e["check"].as_str().unwrap();
            for key in ["message", "help"] {
                assert_eq!(e[key].is_null(), v[key].is_null(), "{name}: {key}");
                let (Some(e), Some(v)) = (e[key].as_str(), v[key].as_str()) else {
                    continue;
                };
                // Only code (`[[task]]`, a path) may read the same in both.
                assert!(
                    e != v || words(e).is_empty(),
                    "{name} [{check}]: the {key} is not translated: {v}"
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 60, "only {compared} texts compared");
}

#[test]
fn the_renderer_speaks_the_run_language_too() {
    let r = run(
        &fixture("no-lead"),
        &["--lang", "vi", "--as-of", "2024-06-10", "check", "."],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "cảnh báo[no-lead]: nhiệm vụ `1` chưa có đơn vị chủ trì (nguyên tắc “5 rõ”: rõ người)"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("  = gợi ý: ghi đơn vị chủ trì"),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains("help") && !r.stderr.contains("warning"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.starts_with("đạt: "), "{}", r.stdout);

    let r = run(
        &fixture("yearly-recurrence"),
        &["--lang", "vi", "--as-of", "2024-06-10", "check", "."],
    );
    assert!(
        r.stderr.contains("ghi chú[yearly-recurrence]:"),
        "{}",
        r.stderr
    );
}

#[test]
fn unknown_unit_as_a_vietnamese_office_reads_it() {
    let r = run(
        &fixture("unknown-unit"),
        &["--lang", "vi", "--as-of", "2024-06-10", "check", "."],
    );
    snapshot(
        "check-vi-unknown-unit.txt",
        &format!(
            "$ kpi --lang vi check .\n--- stderr\n{}--- stdout\n{}--- exit {}\n",
            r.stderr, r.stdout, r.status
        ),
    );
    // The same in JSON: keys and check names stay, the words change.
    let d = &diagnostics(&fixture("unknown-unit"), "vi")[0];
    assert_eq!(d["check"], "unknown-unit");
    assert_eq!(d["severity"], "error");
    assert_eq!(
        d["message"],
        "trường `lead`: không có đơn vị `Van phong So Y` trong danh sách đơn vị (units.toml)"
    );
    assert!(
        d["help"]
            .as_str()
            .unwrap()
            .starts_with("có phải ý bạn là `Văn phòng Sở`? (đơn vị `VP`, Văn phòng Sở)"),
        "{}",
        d["help"]
    );
}

#[test]
fn toml_syntax_keeps_tomls_words_behind_a_vietnamese_hint() {
    let r = run(
        &fixture("toml-syntax"),
        &["--lang", "vi", "--as-of", "2024-06-10", "check", "."],
    );
    assert_eq!(r.status, 1);
    snapshot(
        "check-vi-toml-syntax.txt",
        &format!(
            "$ kpi --lang vi check .\n--- stderr\n{}--- stdout\n{}--- exit {}\n",
            r.stderr, r.stdout, r.status
        ),
    );
}

/// The slips people make most, each with its own Vietnamese hint.
#[test]
fn common_toml_slips_get_a_hint_of_their_own() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("clean").join("units.toml"),
        tmp.path().join("units.toml"),
    )
    .unwrap();
    let head = "[plan]\nid = \"p\"\nyear = 2024\n";
    for (line, hint) in [
        ("title = \"Kế hoạch\n", "chưa đóng"),
        ("title = Kế hoạch\n", "phải đặt trong dấu ngoặc kép"),
        (
            "title = “Kế hoạch”\n",
            "không dùng dấu “ ” mà Word tự đổi sang",
        ),
        ("so hieu = \"12/KH\"\n", "tên trường không có dấu cách"),
        ("year = 2025\n", "mỗi trường chỉ được ghi một lần"),
        ("indices = [\"PCI\"\n", "thiếu dấu đóng `]`"),
        ("note = \"C:\\tai lieu\\quy che\"\n", "dấu gạch chéo ngược"),
    ] {
        std::fs::write(tmp.path().join("p.toml"), format!("{head}{line}")).unwrap();
        let d = &diagnostics(tmp.path(), "vi")[0];
        assert_eq!(d["check"], "toml-syntax", "{line:?}");
        let message = d["message"].as_str().unwrap();
        assert!(
            message.starts_with("TOML không hợp lệ: "),
            "{line:?}: {message}"
        );
        let help = d["help"].as_str().unwrap();
        assert!(help.contains(hint), "{line:?}: {help}");
    }
}

#[test]
fn list_checks_describes_each_check_in_vietnamese() {
    let vi = run(&root(), &["--lang", "vi", "check", "--list-checks"]);
    assert_eq!(vi.status, 0);
    snapshot("check-vi-list-checks.txt", &vi.stdout);
    let en = run(&root(), &["--lang", "en", "check", "--list-checks"]);
    let names = |out: &str| -> Vec<String> {
        out.lines()
            .map(|l| l.split_whitespace().next().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names(&vi.stdout),
        names(&en.stdout),
        "the names never change"
    );
    for (v, e) in vi.stdout.lines().zip(en.stdout.lines()) {
        assert_ne!(v, e, "not translated: {e}");
    }
}

/// kpi.toml's `lang = "vi"` is enough, and kpi.toml's own diagnostics follow it.
#[test]
fn the_language_of_kpi_toml_words_the_diagnostics_of_kpi_toml() {
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path();
    std::fs::create_dir(base.join("plans")).unwrap();
    for f in ["units.toml", "plan.toml"] {
        std::fs::copy(fixture("clean").join(f), base.join("plans").join(f)).unwrap();
    }
    std::fs::write(
        base.join("kpi.toml"),
        "lang = \"vi\"\nreport_day = 31\n\n[mail]\nhost = \"smtp.example.org\"\nport = 0\nsecurity = \"ssl\"\nfrom = \"van phong\"\npassword = \"bí mật\"\n",
    )
    .unwrap();
    let r = run(
        base,
        &["--as-of", "2024-06-10", "check", "--format", "json"],
    );
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let said: Vec<(&str, &str)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["check"].as_str().unwrap(), d["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        said,
        [
            (
                "invalid-value",
                "`report_day` phải là một ngày trong tháng, từ 1 đến 28"
            ),
            ("invalid-value", "`port` phải từ 1 đến 65535"),
            ("invalid-value", "giá trị `ssl` không hợp lệ"),
            (
                "invalid-email",
                "trường `from`: `van phong` không phải là địa chỉ e-mail"
            ),
            ("invalid-value", "không được ghi mật khẩu trong kpi.toml"),
        ]
    );
    assert!(!r.stdout.contains("bí mật"), "a password is never shown");
}

#[test]
fn other_commands_name_broken_files_in_vietnamese() {
    let r = run(
        &fixture("one-bad-file"),
        &["--lang", "vi", "--as-of", "2024-06-10", "overdue", "."],
    );
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("a.toml:8:9: TOML không hợp lệ: string values must be quoted"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("không có đơn vị `Không rõ`"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_path_that_does_not_exist_is_said_in_vietnamese() {
    let r = run(&root(), &["--lang", "vi", "check", "khong/co"]);
    assert_eq!(r.status, 2);
    assert_eq!(r.stderr, "lỗi: khong/co: không có tệp hay thư mục này\n");
}

#[test]
fn the_example_of_docs_checks_md_prints_what_it_shows() {
    let docs = std::fs::read_to_string(root().join("docs/checks.md")).unwrap();
    let block = docs
        .split("```console\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("docs/checks.md has a console example");
    let (cmd, expected) = block.split_once('\n').unwrap();
    let args = crate::common::words(cmd.strip_prefix("$ kpi ").unwrap());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let r = run(&root(), &args);
    assert!(
        r.stderr.starts_with(expected),
        "`{cmd}` prints\n{}\ninstead of\n{expected}",
        r.stderr
    );
}

/// Why a path cannot be read is said in the run's language, the system's own words
/// (English) only where kpi has none of its own.
#[cfg(unix)]
#[test]
fn unreadable_paths_are_explained_in_vietnamese() {
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path();
    for f in ["units.toml", "plan.toml"] {
        std::fs::copy(fixture("clean").join(f), base.join(f)).unwrap();
    }
    std::os::unix::fs::symlink("loop", base.join("loop")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", base.join("out.toml")).unwrap();
    let fifo = std::ffi::CString::new(base.join("f.toml").to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    let said: Vec<String> = diagnostics(base, "vi")
        .iter()
        .map(|d| {
            assert_eq!(d["check"], "unreadable-file");
            d["message"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(
        said,
        [
            "không đọc được ./f.toml: không phải tệp thông thường (FIFO, thiết bị hoặc socket); kpi chỉ đọc tệp thông thường",
            "không đọc được ./loop: các liên kết (symbolic link) trỏ vòng tròn; kpi đã bỏ qua",
            "không đọc được ./out.toml: đây là liên kết (symbolic link) trỏ ra ngoài kho kế hoạch; kpi không đi theo nó",
        ]
    );
}
