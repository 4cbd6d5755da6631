//! `kpi assignments` and `kpi units`: each unit's table holds exactly its tasks, with the
//! right roles and the group they came through; snapshots of the outputs on the real plans.

use crate::common::*;
use serde_json::Value;

fn assignments(dir: &std::path::Path, extra: &[&str]) -> Value {
    let mut args = vec!["--as-of", "2024-07-02", "assignments", "--format", "json"];
    args.extend(extra);
    let r = run(dir, &args);
    assert_eq!(r.status, 0, "{}", r.stderr);
    serde_json::from_str(&r.stdout).unwrap()
}

/// (task, role, via) of one unit's entry.
fn rows(unit: &Value) -> Vec<(String, Option<String>, Option<String>)> {
    unit["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["task"].as_str().unwrap().to_string(),
                t["role"].as_str().map(str::to_string),
                t["via"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn r(task: &str, role: &str, via: Option<&str>) -> (String, Option<String>, Option<String>) {
    (task.into(), Some(role.into()), via.map(Into::into))
}

#[test]
fn each_unit_has_exactly_its_tasks_with_roles_and_groups() {
    let v = assignments(&demo(), &["--unit", "TTYT-A"]);
    assert_eq!(
        v.as_array().unwrap().len(),
        1,
        "no unassigned tasks in the demo"
    );
    assert_eq!(v[0]["org"], "demo-syt");
    assert_eq!(v[0]["unit"], "TTYT-A");
    assert_eq!(v[0]["name"], "Trung tâm Y tế huyện A");
    // I.2 through DVTT ⊃ TTYT, II.1 through TTYT, III.1 through NGANH ⊃ DVTT ⊃ TTYT.
    assert_eq!(
        rows(&v[0]),
        [
            r("I.2", "support", Some("DVTT")),
            r("II.1", "lead", Some("TTYT")),
            r("III.1", "lead", Some("NGANH"))
        ]
    );
    let t = &v[0]["tasks"][1];
    assert_eq!(t["plan"], "demo-2024-cchc");
    assert_eq!(t["due_text"], "Quý III năm 2024");
    assert_eq!(t["next_due"], "2024-09-30");

    let v = assignments(&demo(), &["--unit", "VP", "--org", "demo-syt"]);
    assert_eq!(
        rows(&v[0]),
        [
            r("I.1", "lead", None),
            r("II.1", "support", None),
            r("II.2", "support", None),
            r("II.3", "lead", None),
            r("III.1", "lead", Some("NGANH")),
        ]
    );
    // A unit with nothing assigned is listed, with no task.
    let v = assignments(&demo(), &["--unit", "DN"]);
    assert_eq!(v[0]["unit"], "DN");
    assert_eq!(v[0]["tasks"], serde_json::json!([]));
    // A group named with --unit lists each of its units.
    let v = assignments(&demo(), &["--unit", "TTYT"]);
    let units: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["unit"].clone())
        .collect();
    assert_eq!(units, ["TTYT-A", "TTYT-B"]);
    // Without --unit: every unit of every organisation.
    assert_eq!(assignments(&demo(), &[]).as_array().unwrap().len(), 9 + 2);
}

#[test]
fn tasks_without_a_lead_have_a_section_of_their_own() {
    let v = assignments(&root(), &["--org", "bd-syt"]);
    let last = v.as_array().unwrap().last().unwrap();
    assert_eq!(last["unit"], Value::Null);
    let tasks: Vec<_> = last["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["task"].clone())
        .collect();
    assert_eq!(
        tasks,
        [
            "IV.5.1.3", "IV.5.3", "IV.5.5", "IV.5.6", "IV.6.3", "IV.7.10"
        ]
    );
    assert!(
        last["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["role"].is_null())
    );
    let table = run(
        &root(),
        &[
            "--as-of",
            "2023-07-02",
            "assignments",
            "--org",
            "bd-syt",
            "--lang",
            "vi",
        ],
    );
    assert!(
        table
            .stdout
            .contains("Nhiệm vụ chưa có đơn vị chủ trì · bd-syt"),
        "{}",
        table.stdout
    );
}

#[test]
fn plan_and_index_filters_apply_to_the_rows() {
    // Section I and the body's TCTH name no index: they take the plan's, which has PCI.
    let v = assignments(
        &root(),
        &["--unit", "VP", "--org", "bd-syt", "--index", "PCI"],
    );
    assert_eq!(
        rows(&v[0]),
        [r("I.1", "lead", None), r("TCTH.1", "lead", None)]
    );
    let v = assignments(
        &root(),
        &["--unit", "CDC", "--org", "bd-syt", "--index", "PAR INDEX"],
    );
    let tasks: Vec<_> = rows(&v[0]).into_iter().map(|t| t.0).collect();
    // IV is PAR INDEX and SIPAS; III.4.a (PAPI) is left out, I.1 (the plan's indices) stays.
    assert!(
        tasks.contains(&"IV.1.3".to_string()) && tasks.contains(&"I.1".to_string()),
        "{tasks:?}"
    );
    assert!(!tasks.contains(&"III.4.a".to_string()), "{tasks:?}");
    let v = assignments(
        &root(),
        &["--unit", "CDC", "--org", "bd-syt", "--index", "PCI"],
    );
    assert!(
        rows(&v[0])
            .iter()
            .all(|t| !t.0.starts_with("IV.") && !t.0.starts_with("III."))
    );
}

#[test]
fn units_lists_registries_with_counts() {
    let r = run(
        &demo(),
        &["--as-of", "2024-07-02", "units", "--format", "json"],
    );
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let syt = &v[0];
    assert_eq!(syt["org"], "demo-syt");
    let unit = |code: &str| {
        syt["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["code"] == code)
            .unwrap()
            .clone()
    };
    let ttyt = unit("TTYT-A");
    assert_eq!(
        (ttyt["lead"].clone(), ttyt["support"].clone()),
        (2.into(), 1.into())
    );
    assert_eq!(ttyt["overdue"], 2, "III.1 Q2 and I.2 Q2");
    assert_eq!(ttyt["groups"], serde_json::json!(["TTYT"]));
    assert_eq!(unit("DN")["external"], true);
    assert_eq!(
        unit("VP")["email"],
        serde_json::json!(["vanphong.syt@example.invalid"])
    );
    let groups: Vec<_> = syt["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["code"].clone())
        .collect();
    assert_eq!(groups, ["PHONG", "TTYT", "DVTT", "NGANH"]);
    assert_eq!(
        syt["groups"][2]["members"],
        serde_json::json!(["CDC", "BVDK", "TTYT"])
    );
    let r = run(&demo(), &["units", "--org", "nowhere"]);
    assert_eq!(r.status, 2);
}

/// Outputs on the real plans, with a fixed day and width.
fn output(args: &[&str]) -> String {
    let r = kpi(&root())
        .env("COLUMNS", "120")
        .args(args)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    String::from_utf8(r.stdout).unwrap()
}

#[test]
fn snapshots_on_the_real_plans() {
    fn with<'a>(extra: &[&'a str]) -> Vec<&'a str> {
        [&["--as-of", "2024-06-10", "--lang", "vi"][..], extra].concat()
    }
    snapshot(
        "assignments-bd-syt.txt",
        &output(&with(&["assignments", "--org", "bd-syt"])),
    );
    snapshot(
        "assignments-bd-syt.md",
        &output(&with(&["assignments", "--org", "bd-syt", "--format", "md"])),
    );
    snapshot(
        "assignments-all.csv",
        &output(&with(&["assignments", "--format", "csv"])),
    );
    snapshot(
        "assignments-kt-bcd.txt",
        &output(&with(&[
            "assignments",
            "--org",
            "kt-bcd-pci",
            "--lang",
            "en",
        ])),
    );
    snapshot("units.txt", &output(&with(&["units"])));
    snapshot("units.md", &output(&with(&["units", "--format", "md"])));
    snapshot("units.csv", &output(&with(&["units", "--format", "csv"])));
}

#[test]
fn nfd_names_line_up_like_nfc() {
    // A registry whose names are NFD renders with the same widths as its NFC twin.
    let tmp = tempfile::tempdir().unwrap();
    for (dir, nfd) in [("a", false), ("b", true)] {
        let d = tmp.path().join(dir);
        std::fs::create_dir_all(&d).unwrap();
        let mut units = std::fs::read_to_string(demo().join("plans/so-y-te/units.toml")).unwrap();
        let mut plan = std::fs::read_to_string(demo().join(DEMO_PLAN)).unwrap();
        let tag = if nfd { "nfd" } else { "nfc" };
        units = units.replace("demo-syt", &format!("org-{tag}"));
        plan = plan.replace("demo-2024-cchc", &format!("plan-{tag}"));
        if nfd {
            units = unicode_normalization::UnicodeNormalization::nfd(units.as_str()).collect();
            plan = unicode_normalization::UnicodeNormalization::nfd(plan.as_str()).collect();
        }
        std::fs::write(d.join("units.toml"), units).unwrap();
        std::fs::write(d.join("plan.toml"), plan).unwrap();
    }
    let table = |org: &str| {
        let r = kpi(tmp.path())
            .env("COLUMNS", "120")
            .args([
                "--as-of",
                "2024-07-02",
                "assignments",
                "--unit",
                "CDC",
                "--org",
                org,
                ".",
            ])
            .output()
            .unwrap();
        String::from_utf8(r.stdout).unwrap()
    };
    let nfc = table("org-nfc");
    let nfd = table("org-nfd").replace("nfd", "nfc");
    assert!(!nfc.is_empty());
    assert_eq!(nfc, nfd);
}
