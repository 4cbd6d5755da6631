//! `kpi import`: the five seeds (their text, and the Word and Excel files made from them
//! by scripts/make-import-fixtures.py) and two plans that are not seeds (An Lão) are
//! imported and compared with the plans typed by hand, task by task; `kpi check` finds no
//! error in them; `kpi due`, `kpi overdue` and `kpi assignments` answer alike.

use std::path::{Path, PathBuf};

use crate::common::*;
use kpi::plan::model::{Plan, Repository};
use serde_json::Value;

fn fixtures() -> PathBuf {
    root().join("tests/fixtures/import")
}

struct Case {
    /// The fixture's name (tests/fixtures/import/seeds/NAME.{txt,docx,xlsx}).
    name: &'static str,
    /// The hand-written plan and its registry.
    plan: &'static str,
    /// Task ids of the hand-written plan that are tasks of the plan's body ("Tổ chức thực
    /// hiện"), which `kpi import` leaves to a person.
    body: &'static [&'static str],
}

const SEEDS: &[Case] = &[
    Case {
        name: "binh-dinh",
        plan: "plans/binh-dinh/so-y-te/2023-cai-thien-chi-so.toml",
        body: &["TCTH.1", "TCTH.2", "TCTH.3", "TCTH.4"],
    },
    Case {
        name: "ha-tinh",
        plan: "plans/ha-tinh/so-y-te/2025-tuyen-truyen-cchc.toml",
        body: &["IV.1", "IV.2.a", "IV.2.b", "IV.2.c", "IV.5"],
    },
    Case {
        name: "kon-tum-so-y-te",
        plan: "plans/kon-tum/so-y-te/2023-pci.toml",
        body: &["III.1.a", "III.1.b", "III.1.c", "III.2"],
    },
    Case {
        name: "kon-tum-bcd-pci",
        plan: "plans/kon-tum/bcd-pci/2024-hoat-dong.toml",
        body: &["III.4", "III.5"],
    },
    Case {
        name: "tu-mo-rong",
        plan: "plans/kon-tum/ttyt-tu-mo-rong/2023-2030-thi-dua-cchc.toml",
        body: &["III.1", "III.1.a", "III.1.b", "III.2.a", "III.2.b"],
    },
];

/// Differences between an import and the hand-written plan that are not defects, each
/// with its reason: (fixture, form, task, field).
const KNOWN: &[(&str, &str, &str, &str, &str)] = &[
    // Bình Định rows 3.1 to 3.3 share one merged lead cell. The hand-written plan writes
    // the whole cell on all three (decided once, issue 20); the text copy lost the merge,
    // and its Word and Excel forms mirror the copy: the import keeps what they show
    // (part of the cell on 3.1 and 3.2, nothing on 3.3), and `kpi check` warns.
    (
        "binh-dinh",
        "txt",
        "IV.3.1",
        "lead",
        "merged lead cell lost in the copy",
    ),
    (
        "binh-dinh",
        "txt",
        "IV.3.2",
        "lead",
        "merged lead cell lost in the copy",
    ),
    (
        "binh-dinh",
        "txt",
        "IV.3.3",
        "lead",
        "merged lead cell lost in the copy",
    ),
    (
        "binh-dinh",
        "docx",
        "IV.3.1",
        "lead",
        "merged lead cell lost in the copy",
    ),
    (
        "binh-dinh",
        "docx",
        "IV.3.2",
        "lead",
        "merged lead cell lost in the copy",
    ),
    (
        "binh-dinh",
        "docx",
        "IV.3.3",
        "lead",
        "merged lead cell lost in the copy",
    ),
    (
        "binh-dinh",
        "xlsx",
        "IV.3.1",
        "lead",
        "merged lead cell lost in the copy",
    ),
    (
        "binh-dinh",
        "xlsx",
        "IV.3.2",
        "lead",
        "merged lead cell lost in the copy",
    ),
    (
        "binh-dinh",
        "xlsx",
        "IV.3.3",
        "lead",
        "merged lead cell lost in the copy",
    ),
    // Tu Mơ Rông's emulation contents: the hand-written plan reads them as ongoing and
    // keeps the emulation period in `due_text` (issue 20); the document's column gives
    // the period, which the import keeps verbatim in `due`.
    (
        "tu-mo-rong",
        "docx",
        "II.2.a",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "docx",
        "II.2.b",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "docx",
        "II.2.c",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "docx",
        "II.2.d",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "docx",
        "II.2.e",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "docx",
        "II.2.f",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "xlsx",
        "II.2.a",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "xlsx",
        "II.2.b",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "xlsx",
        "II.2.c",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "xlsx",
        "II.2.d",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "xlsx",
        "II.2.e",
        "due",
        "period of the emulation kept verbatim",
    ),
    (
        "tu-mo-rong",
        "xlsx",
        "II.2.f",
        "due",
        "period of the emulation kept verbatim",
    ),
    // The hand-encoder joined the body's footnote to the task; the importer keeps the
    // title without its footnote mark and leaves footnotes out.
    // (Notes are not compared.)
    //
    // Bình Định's hand-written file repairs what the text copy cut, from the document's
    // sense: the section title "… cải cách hành" (a cell cut off in the copy) is not a
    // task field; the lead of IV.2.4.b is "Thanh tra Sở", as printed. Nothing to list.
    //
    // Kon Tum BCĐ, item 7: the hand-written `due` keeps the sentence's closing period
    // ("… quyết định."); the importer drops it from a body line (same reading).
    (
        "kon-tum-bcd-pci",
        "txt",
        "II.7",
        "due",
        "closing period of the sentence dropped",
    ),
    (
        "kon-tum-bcd-pci",
        "docx",
        "II.7",
        "due",
        "closing period of the sentence dropped",
    ),
];

/// The repository of one plan file and its registry.
fn load(plan: &Path) -> Repository {
    let day = chrono::NaiveDate::from_ymd_opt(2024, 6, 10).unwrap();
    kpi::load::load(&[plan.to_path_buf()], None, day, kpi::i18n::Lang::En)
        .expect("the plan loads")
        .repo
}

fn codes(repo: &Repository, plan: &Plan, list: &[kpi::plan::model::Assignee]) -> Vec<String> {
    let reg = &repo.registries[plan.registry];
    list.iter().map(|a| reg.code(a.unit).to_string()).collect()
}

/// (task, field, hand-written, imported) for each field that differs.
fn differences(
    hand: &Repository,
    got: &Repository,
    body: &[&str],
) -> Vec<(String, String, String, String)> {
    let (hp, gp) = (&hand.plans[0], &got.plans[0]);
    let mut out = Vec::new();
    for t in &hp.tasks {
        if body.contains(&t.id()) {
            continue;
        }
        let Some(i) = gp.task(t.id()) else {
            out.push((
                t.id().into(),
                "missing".into(),
                t.title().into(),
                String::new(),
            ));
            continue;
        };
        let g = &gp.tasks[i];
        let due = |task: &kpi::plan::model::Task| {
            let items: Vec<String> = task
                .due()
                .iter()
                .map(|d| match &d.value {
                    kpi::plan::raw::DueItem::Text(p) => task.piece(*p).to_string(),
                    kpi::plan::raw::DueItem::Date(day) => day.to_string(),
                })
                .collect();
            items.join(" | ")
        };
        let fields = [
            ("title", t.title().to_string(), g.title().to_string()),
            (
                "lead",
                codes(hand, hp, t.lead()).join(" "),
                codes(got, gp, g.lead()).join(" "),
            ),
            (
                "support",
                codes(hand, hp, t.support()).join(" "),
                codes(got, gp, g.support()).join(" "),
            ),
            (
                "output",
                t.output().unwrap_or("").to_string(),
                g.output().unwrap_or("").to_string(),
            ),
            ("due", due(t), due(g)),
        ];
        for (field, a, b) in fields {
            if a != b {
                out.push((t.id().into(), field.into(), a, b));
            }
        }
    }
    for g in &gp.tasks {
        if hp.task(g.id()).is_none() {
            out.push((
                g.id().into(),
                "extra".into(),
                String::new(),
                g.title().into(),
            ));
        }
    }
    out
}

/// Import `file` beside a copy of the registry of `plan`, with the hand-written plan's id.
fn import_beside(file: &Path, plan: &Path, extra: &[&str]) -> (tempfile::TempDir, Run) {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy(
        plan.parent().unwrap().join("units.toml"),
        tmp.path().join("units.toml"),
    )
    .unwrap();
    let hand = load(plan);
    let id = hand.plans[0].id.clone();
    let mut args = vec![
        "import",
        file.to_str().unwrap(),
        "-o",
        "plan.toml",
        "--id",
        &id,
    ];
    args.extend(extra);
    let r = run(tmp.path(), &args);
    (tmp, r)
}

#[test]
fn each_seed_imports_as_the_hand_written_plan_says() {
    let mut seen: Vec<(String, String, String, String)> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    for case in SEEDS {
        let plan = root().join(case.plan);
        let hand = load(&plan);
        for form in ["txt", "docx", "xlsx"] {
            let file = fixtures()
                .join("seeds")
                .join(format!("{}.{form}", case.name));
            let (tmp, r) = import_beside(&file, &plan, &[]);
            if case.name == "tu-mo-rong" && form == "txt" {
                // The scan's OCR text has no table and no labelled task list: kpi says
                // so and writes nothing (its docx and xlsx are imported below).
                assert_eq!(r.status, 2, "{}", r.stderr);
                assert!(r.stderr.contains("no tasks found"), "{}", r.stderr);
                assert!(!tmp.path().join("plan.toml").exists());
                continue;
            }
            assert_eq!(r.status, 0, "{} {form}: {}", case.name, r.stderr);
            let got = load(&tmp.path().join("plan.toml"));
            assert_eq!(got.plans.len(), 1, "{} {form}: the import loads", case.name);
            for (task, field, a, b) in differences(&hand, &got, case.body) {
                let known = KNOWN
                    .iter()
                    .any(|k| k.0 == case.name && k.1 == form && k.2 == task && k.3 == field);
                if !known {
                    unknown.push(format!(
                        "{} {form} task {task}, {field}:\n  hand-written: {a}\n  imported:     {b}",
                        case.name
                    ));
                }
                seen.push((case.name.into(), form.into(), task, field));
            }
        }
    }
    assert!(unknown.is_empty(), "{}", unknown.join("\n"));
    // Every listed difference still happens: a fixed one must leave the list.
    for k in KNOWN {
        assert!(
            seen.iter()
                .any(|s| s.0 == k.0 && s.1 == k.1 && s.2 == k.2 && s.3 == k.3),
            "listed difference no longer seen: {k:?}"
        );
    }
}

/// `kpi check --format json` in `dir`: the error diagnostics' check names.
fn errors(dir: &Path) -> Vec<String> {
    let (_, report) = check_json(dir, &["."]);
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| format!("{} {}", d["check"], d["message"]))
        .collect()
}

#[test]
fn kpi_check_finds_no_error_in_an_import() {
    for case in SEEDS {
        let plan = root().join(case.plan);
        for form in ["txt", "docx", "xlsx"] {
            if case.name == "tu-mo-rong" && form == "txt" {
                continue;
            }
            let file = fixtures()
                .join("seeds")
                .join(format!("{}.{form}", case.name));
            let (tmp, r) = import_beside(&file, &plan, &[]);
            assert_eq!(r.status, 0, "{}", r.stderr);
            assert!(r.stderr.contains("kpi check: 0 errors"), "{}", r.stderr);
            assert_eq!(
                errors(tmp.path()),
                Vec::<String>::new(),
                "{} {form}",
                case.name
            );
        }
    }
}

/// The entries of a JSON listing that name one of `tasks`, as comparable text.
fn entries(dir: &Path, args: &[&str], keep: &dyn Fn(&Value) -> bool) -> Vec<String> {
    let r = run(dir, args);
    assert_eq!(r.status, 0, "kpi {args:?}: {}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .filter(|e| keep(e))
        .map(|e| e.to_string())
        .collect()
}

/// A folder with the registry of `plan` and `plan` itself (or another file as plan.toml).
fn repo_with(plan: &Path, file: Option<&Path>) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy(
        plan.parent().unwrap().join("units.toml"),
        tmp.path().join("units.toml"),
    )
    .unwrap();
    std::fs::copy(file.unwrap_or(plan), tmp.path().join("plan.toml")).unwrap();
    tmp
}

#[test]
fn an_import_answers_due_overdue_and_assignments_like_the_hand_written_plan() {
    for case in SEEDS {
        let plan = root().join(case.plan);
        let in_scope = |task: &str| {
            !case.body.contains(&task) && !KNOWN.iter().any(|k| k.0 == case.name && k.2 == task)
        };
        let hand = repo_with(&plan, None);
        for form in ["txt", "docx", "xlsx"] {
            if case.name == "tu-mo-rong" && form == "txt" {
                continue;
            }
            let file = fixtures()
                .join("seeds")
                .join(format!("{}.{form}", case.name));
            let (imported, r) = import_beside(&file, &plan, &[]);
            assert_eq!(r.status, 0, "{}", r.stderr);
            let keep = |e: &Value| e["task"].as_str().is_some_and(in_scope);
            // A workbook holds the appendix only, without the date of issue, which the
            // office then writes in (`issued`): a recurrence starts with the plan, so the
            // date changes which occurrences exist. The test does what the office does.
            let issued = |p: &Path| load(p).plans[0].issued;
            let imported_plan = imported.path().join("plan.toml");
            if let (Some(day), None) = (issued(&plan), issued(&imported_plan)) {
                let text = std::fs::read_to_string(&imported_plan).unwrap();
                let text = text.replacen("[plan]\n", &format!("[plan]\nissued = {day}\n"), 1);
                std::fs::write(&imported_plan, text).unwrap();
            }
            // A workbook holds the appendix only, and the hand transcription of the Tu Mơ
            // Rông scan takes its indices from the body: there the import's title names no
            // index, so the indices listed with each entry are left out of the comparison.
            let no_indices =
                (case.name == "ha-tinh" && form == "xlsx") || case.name == "tu-mo-rong";
            for day in [
                "2023-03-15",
                "2023-07-01",
                "2024-06-10",
                "2025-01-05",
                "2025-12-20",
            ] {
                for cmd in [&["due", "--within", "30"][..], &["overdue"][..]] {
                    let mut args = vec!["--as-of", day];
                    args.extend(cmd);
                    args.extend(["--format", "json", "."]);
                    let strip = |list: Vec<String>| -> Vec<String> {
                        list.into_iter()
                            .map(|e| {
                                let mut v: Value = serde_json::from_str(&e).unwrap();
                                if no_indices {
                                    v.as_object_mut().unwrap().remove("indices");
                                }
                                v.to_string()
                            })
                            .collect()
                    };
                    assert_eq!(
                        strip(entries(imported.path(), &args, &keep)),
                        strip(entries(hand.path(), &args, &keep)),
                        "{} {form}: kpi {args:?}",
                        case.name
                    );
                }
                // Assignments: per unit, the tasks in scope.
                let args = ["--as-of", day, "assignments", "--format", "json", "."];
                let units = |dir: &Path| {
                    let r = run(dir, &args);
                    let v: Value = serde_json::from_str(&r.stdout).unwrap();
                    v.as_array()
                        .unwrap()
                        .iter()
                        .map(|u| {
                            let tasks: Vec<String> = u["tasks"]
                                .as_array()
                                .map(|ts| {
                                    ts.iter()
                                        .filter(|t| keep(t))
                                        .map(|t| {
                                            // Tu Mơ Rông's hand-written tasks add the
                                            // wording of the plan's part II.4 as
                                            // `due_text`; a document gives no such thing.
                                            let mut t = t.clone();
                                            if case.name == "tu-mo-rong" {
                                                t.as_object_mut().unwrap().remove("due_text");
                                            }
                                            t.to_string()
                                        })
                                        .collect()
                                })
                                .unwrap_or_default();
                            format!("{} {:?}", u["unit"], tasks)
                        })
                        .collect::<Vec<_>>()
                };
                assert_eq!(
                    units(imported.path()),
                    units(hand.path()),
                    "{} {form}: kpi assignments as of {day}",
                    case.name
                );
            }
        }
    }
}

#[test]
fn plans_that_are_not_seeds_import_as_typed_by_hand() {
    let dir = fixtures().join("an-lao");
    for (file, expected) in [
        ("pci-2024-2025.docx", "expected-pci.toml"),
        ("papi-2024.xlsx", "expected-papi.toml"),
    ] {
        let expected = dir.join(expected);
        let (tmp, r) = import_beside(&dir.join(file), &expected, &[]);
        assert_eq!(r.status, 0, "{file}: {}", r.stderr);
        assert!(r.stderr.contains("0 unknown"), "{file}: {}", r.stderr);
        let diffs = differences(&load(&expected), &load(&tmp.path().join("plan.toml")), &[]);
        assert_eq!(
            diffs,
            Vec::<(String, String, String, String)>::new(),
            "{file}"
        );
        assert_eq!(errors(tmp.path()), Vec::<String>::new(), "{file}");
        // Section structure, period and number as the document prints them.
        let got = std::fs::read_to_string(tmp.path().join("plan.toml")).unwrap();
        let hand = std::fs::read_to_string(&expected).unwrap();
        for key in ["number = ", "period = ", "year = ", "parent = "] {
            // The plan's own lines and the sections' (tasks carry their TT as number).
            let lines = |t: &str| {
                t.split("\n[[task]]\n")
                    .next()
                    .unwrap()
                    .lines()
                    .filter(|l| l.starts_with(key))
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            };
            assert_eq!(lines(&got), lines(&hand), "{file}: {key}");
        }
    }
}

#[test]
fn unknown_names_are_listed_with_a_unit_to_paste() {
    // Without Chi cục An toàn VSTP in the registry, the names of rows 3.1, 3.2, 7.6, 7.7
    // are unknown: each is listed once, with a code, and `kpi check` points at them.
    let tmp = tempfile::tempdir().unwrap();
    let units = std::fs::read_to_string(root().join("plans/binh-dinh/so-y-te/units.toml")).unwrap();
    let units = units.replace(
        "[[unit]]\ncode = \"ATVSTP\"\nname = \"Chi cục An toàn vệ sinh thực phẩm\"\naliases = [\"Chi cục An toàn VSTP\"]\n",
        "",
    );
    let units = units.replace("\"GDYK\", \"ATVSTP\", \"DVK\"", "\"GDYK\", \"DVK\"");
    std::fs::write(tmp.path().join("units.toml"), units).unwrap();
    let file = fixtures().join("seeds/binh-dinh.docx");
    let r = run(
        tmp.path(),
        &["import", file.to_str().unwrap(), "-o", "plan.toml"],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(tmp.path().join("plan.toml")).unwrap();
    assert!(text.contains("# [[unit]]\n# code = \"CCATV\"\n# name = \"Chi cục An toàn VSTP\"\n# # named in: IV.7.6, IV.7.7"), "{text}");
    assert!(
        r.stderr.contains("unknown: \"Chi cục An toàn\""),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("kpi check: 0 errors"), "{}", r.stderr);
    let errs = errors(tmp.path());
    assert!(
        !errs.is_empty() && errs.iter().all(|e| e.contains("unknown-unit")),
        "{errs:?}"
    );
    // The plan id was made from the organisation and the file name.
    assert!(text.contains("id = \"bd-syt-plan\""), "{text}");
}

#[test]
fn an_existing_file_is_not_overwritten_without_force() {
    let plan = root().join(SEEDS[1].plan);
    let file = fixtures().join("seeds/ha-tinh.docx");
    let (tmp, r) = import_beside(&file, &plan, &[]);
    assert_eq!(r.status, 0);
    std::fs::write(tmp.path().join("plan.toml"), "mine").unwrap();
    let r = run(
        tmp.path(),
        &["import", file.to_str().unwrap(), "-o", "plan.toml"],
    );
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains("exists already") && r.stderr.contains("--force"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("plan.toml")).unwrap(),
        "mine"
    );
    let r = run(
        tmp.path(),
        &[
            "--lang",
            "vi",
            "import",
            file.to_str().unwrap(),
            "-o",
            "plan.toml",
        ],
    );
    assert!(r.stderr.contains("đã có: kpi không ghi đè"), "{}", r.stderr);
    let r = run(
        tmp.path(),
        &[
            "import",
            file.to_str().unwrap(),
            "-o",
            "plan.toml",
            "--force",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        std::fs::read_to_string(tmp.path().join("plan.toml"))
            .unwrap()
            .contains("[[task]]")
    );
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with(".kpi-import")),
        "{names:?}"
    );
}

#[test]
fn without_o_the_plan_goes_to_stdout_and_the_summary_to_stderr() {
    let tmp = tempfile::tempdir().unwrap();
    let file = fixtures().join("seeds/ha-tinh.txt");
    let r = run(tmp.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("# Kế hoạch: Tuyên truyền"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("[[task]]\nid = \"4\""), "{}", r.stdout);
    assert!(r.stderr.contains("kpi import: 4 tasks"), "{}", r.stderr);
    let r = run(
        tmp.path(),
        &["--lang", "vi", "import", file.to_str().unwrap()],
    );
    assert!(r.stderr.contains("kpi import: 4 nhiệm vụ"), "{}", r.stderr);
    assert!(
        r.stdout.contains("# kpi: dòng này tiếp sang đầu trang sau"),
        "{}",
        r.stdout
    );
}

#[test]
fn files_kpi_does_not_read_get_a_save_as_docx_message() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, bytes, en, vi) in [
        (
            "ke-hoach.pdf",
            &b"%PDF-1.7\n..."[..],
            "is a PDF",
            "là tệp PDF",
        ),
        (
            "scan.jpg",
            &b"\xFF\xD8\xFF\xE0\x00\x10JFIF"[..],
            "is a picture",
            "là ảnh",
        ),
        (
            "ke-hoach.doc",
            &b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"[..],
            "97-2003",
            "97-2003",
        ),
        (
            "ke-hoach.txt",
            &b"S\xe1 12/KH \xff"[..],
            "not UTF-8",
            "không phải văn bản UTF-8",
        ),
        (
            "ke-hoach.docx",
            &b"PK\x03\x04 broken"[..],
            "save it as .docx",
            "lưu thành .docx",
        ),
    ] {
        std::fs::write(tmp.path().join(name), bytes).unwrap();
        let r = run(tmp.path(), &["import", name]);
        assert_eq!(r.status, 2, "{name}");
        assert!(r.stderr.contains(en), "{name}: {}", r.stderr);
        let r = run(tmp.path(), &["--lang", "vi", "import", name]);
        assert!(r.stderr.contains(vi), "{name}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{name}");
    }
}

#[test]
fn a_document_that_names_no_year_needs_one_on_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("k.txt"),
        "KẾ HOẠCH\nTuyên truyền cải cách hành chính\n\nTT\tNội dung\tChủ trì\tThời gian\n1\tViệc một\tVăn phòng\tQuý III\n",
    )
    .unwrap();
    let r = run(tmp.path(), &["import", "k.txt"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("--year"), "{}", r.stderr);
    let r = run(tmp.path(), &["import", "k.txt", "--year", "2025"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.contains("year = 2025"), "{}", r.stdout);
    let r = run(
        tmp.path(),
        &[
            "import",
            "k.txt",
            "--from",
            "01/01/2025",
            "--to",
            "30/06/2026",
        ],
    );
    assert!(
        r.stdout
            .contains("period = { from = 2025-01-01, to = 2026-06-30 }"),
        "{}",
        r.stdout
    );
}

#[test]
fn the_help_examples_run_on_the_fixtures() {
    let r = run(&root(), &["import", "--help"]);
    assert!(
        r.stdout
            .contains("kpi import tests/fixtures/import/seeds/binh-dinh.docx\n"),
        "{}",
        r.stdout
    );
    let r = run(
        &root(),
        &["import", "tests/fixtures/import/seeds/binh-dinh.docx"],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
}
