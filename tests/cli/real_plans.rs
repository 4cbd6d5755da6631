//! The five real plans in plans/: they load, check clean of errors, and read as the
//! documents say.

use crate::common::*;
use kpi::plan::model::{Plan, Registry, Repository, TaskKind};
use kpi::schedule::Kind;

fn repo() -> Repository {
    let day = chrono::NaiveDate::from_ymd_opt(2024, 6, 10).unwrap();
    let loaded = kpi::load::load(&[root().join("plans")], None, day, kpi::i18n::Lang::En)
        .expect("plans/ loads");
    loaded.repo
}

fn plan<'a>(repo: &'a Repository, id: &str) -> &'a Plan {
    repo.plans
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("plan {id} is loaded"))
}

/// Units named as lead of a task, by code, groups expanded.
fn lead_codes(repo: &Repository, plan: &Plan, task: &str) -> Vec<String> {
    let reg = &repo.registries[plan.registry];
    let t = &plan.tasks[plan.task(task).unwrap_or_else(|| panic!("task {task}"))];
    let mut codes: Vec<String> = t
        .lead()
        .iter()
        .flat_map(|a| {
            reg.expand(a.unit)
                .iter()
                .map(|&u| reg.units[u as usize].code.clone())
        })
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// The codes of a registry's units, in the file's order.
fn unit_codes(reg: &Registry) -> Vec<&str> {
    reg.units.iter().map(|u| u.code.as_str()).collect()
}

/// The codes of the units a group reaches, sorted.
fn group_units<'a>(reg: &'a Registry, group: &str) -> Vec<&'a str> {
    let g = reg.lookup(group).unwrap_or_else(|| panic!("group {group}"));
    let mut codes: Vec<&str> = reg
        .expand(g)
        .iter()
        .map(|&u| reg.units[u as usize].code.as_str())
        .collect();
    codes.sort_unstable();
    codes
}

fn kind(plan: &Plan, task: &str) -> Kind {
    plan.tasks[plan.task(task).unwrap_or_else(|| panic!("task {task}"))]
        .schedule
        .kind
}

fn due_text<'a>(plan: &'a Plan, task: &str) -> Option<&'a str> {
    plan.tasks[plan.task(task).unwrap_or_else(|| panic!("task {task}"))].due_text()
}

#[test]
fn check_reports_five_plans_every_task_and_no_error() {
    let (status, report) = check_json(&root(), &["plans"]);
    assert_eq!(status, 0, "{report:#}");
    assert_eq!(report["plans"], 5);
    assert_eq!(report["errors"], 0, "{report:#}");
    // Every [[task]] block written in the plan files is loaded.
    let mut blocks = 0;
    for entry in walkdir::WalkDir::new(root().join("plans")) {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy();
        if name.ends_with(".toml") && name != "units.toml" && !name.ends_with(".progress.toml") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            blocks += text.lines().filter(|l| l.trim() == "[[task]]").count();
        }
    }
    assert_eq!(report["tasks"], blocks);
}

#[test]
fn the_readme_shows_the_check_of_the_real_plans() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let r = run(&root(), &["check", "plans/"]);
    assert_eq!(r.status, 0);
    assert!(
        readme.contains(r.stdout.trim()),
        "README shows the closing line of `kpi check plans/`: {}",
        r.stdout
    );
}

#[test]
fn kon_tum_department_2023() {
    let repo = repo();
    let p = plan(&repo, "kt-syt-2023-pci");
    assert_eq!(p.tasks.len(), 9);
    assert_eq!(lead_codes(&repo, p, "II.1"), ["TCHC"]);
    // The document names one department, the committee member, the Sở KH-ĐT and two
    // wholes; each whole reaches a placeholder, no unit the document does not name.
    let reg = &repo.registries[p.registry];
    assert_eq!(unit_codes(reg), ["TCHC", "TVBCD", "PK", "DVK", "SKHDT"]);
    assert_eq!(group_units(reg, "Các phòng thuộc Sở"), ["PK", "TCHC"]);
    // "Các đơn vị trực thuộc Sở Y tế" report in writing: a group of the registry.
    assert_eq!(lead_codes(&repo, p, "III.1.a"), ["DVK"]);
    let reports: Vec<_> = p
        .tasks
        .iter()
        .filter(|t| t.kind == TaskKind::Report)
        .map(|t| t.id())
        .collect();
    assert_eq!(reports, ["III.1.a", "III.1.b", "III.1.c", "III.2"]);
    assert_eq!(p.signer.as_deref(), Some("Võ Văn Thanh"));
}

#[test]
fn kon_tum_steering_committee_2024() {
    let repo = repo();
    let p = plan(&repo, "kt-bcd-2024-pci");
    assert_eq!(p.tasks.len(), 10);
    assert_eq!(lead_codes(&repo, p, "II.8"), ["SKHDT"]);
    // Sở TT&TT has a duty of its own beside the members, and is not one of them.
    assert_eq!(lead_codes(&repo, p, "II.1"), ["SKHDT", "STTTT", "TVK"]);
    let reg = &repo.registries[p.registry];
    assert_eq!(group_units(reg, "TVBCD"), ["SKHDT", "TVK"]);
    // III.4: the bodies, units and localities report as well as the members.
    assert_eq!(
        lead_codes(&repo, p, "III.4"),
        ["CQK", "SKHDT", "STTTT", "TVK"]
    );
    // III.5: difficulties are reported when they arise.
    assert_eq!(kind(p, "III.5"), Kind::OnRequest);
    assert_eq!(p.basis.len(), 3);
}

#[test]
fn binh_dinh_department_2023() {
    let repo = repo();
    let p = plan(&repo, "bd-syt-2023-chi-so");
    assert_eq!(p.tasks.len(), 29);
    // Row 2.4 has two lines, with their own leads.
    assert_eq!(lead_codes(&repo, p, "IV.2.4.a"), ["TCCB"]);
    assert_eq!(lead_codes(&repo, p, "IV.2.4.b"), ["TTS"]);
    // Rows 3.1 to 3.3 share one merged lead cell, printed in full at row 7.6: decided
    // once, the whole cell on all three.
    for row in ["IV.3.1", "IV.3.2", "IV.3.3", "IV.7.6"] {
        assert_eq!(
            lead_codes(&repo, p, row),
            ["ATVSTP", "GDYK", "NVD", "NVY"],
            "{row}"
        );
    }
    // "Các phòng chuyên môn Sở" is Hà Tĩnh's wording, not this plan's.
    let reg = &repo.registries[p.registry];
    assert!(reg.lookup("Các phòng chuyên môn Sở").is_none());
    // The quarterly report came from context: the document's words stay.
    assert_eq!(
        due_text(p, "TCTH.2"),
        Some("Định kỳ (lồng ghép trong báo cáo công tác cải cách hành chính hàng quý)")
    );
    assert_eq!(kind(p, "TCTH.4"), Kind::OnRequest);
    // Indices are inherited from the section chain.
    let t = &p.tasks[p.task("IV.5.3").unwrap()];
    assert_eq!(*t.indices, ["PAR INDEX", "SIPAS"]);
    let t = &p.tasks[p.task("II.2.a").unwrap()];
    assert_eq!(*t.indices, ["PCI"]);
    assert_eq!(p.issued, chrono::NaiveDate::from_ymd_opt(2023, 6, 15));
}

#[test]
fn tu_mo_rong_is_written_with_diacritics_over_its_period() {
    let repo = repo();
    let p = plan(&repo, "kt-ttyt-tmr-2023-2030-thi-dua");
    assert_eq!(p.tasks.len(), 11);
    assert_eq!(
        (p.period.0.to_string(), p.period.1.to_string()),
        ("2023-01-01".to_string(), "2030-10-31".to_string())
    );
    // The scan had no accents; the file does.
    assert!(
        p.title
            .contains("Phát động phong trào thi đua đẩy mạnh công tác cải cách hành chính")
    );
    assert_eq!(p.targets.len(), 7);
    // The plan carries out Kế hoạch 291/KH-SYT; KH 42/KH-UBND is cited inside II.2.
    assert_eq!(p.basis.len(), 1);
    assert!(p.basis[0].starts_with("Kế hoạch số 291/KH-SYT"));
    // The contents of the emulation are continuing work over its period.
    for t in ["II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.e", "II.2.f"] {
        assert_eq!(kind(p, t), Kind::Ongoing, "{t}");
        assert!(due_text(p, t).is_some_and(|d| d.contains("31 tháng 10 năm 2030")));
    }
}

#[test]
fn ha_tinh_department_2025() {
    let repo = repo();
    let p = plan(&repo, "ht-syt-2025-tuyen-truyen");
    assert_eq!(p.tasks.len(), 9);
    assert_eq!(lead_codes(&repo, p, "4"), ["CDC"]);
    // "Các đơn vị trong ngành" are not the departments (Văn phòng, Tổ chức cán bộ),
    // which the document's "Nơi nhận" lists apart.
    let reg = &repo.registries[p.registry];
    assert_eq!(group_units(reg, "Các đơn vị trong ngành"), ["CDC", "DVK"]);
    // Part IV's periodic information duty and the difficulties report are tasks.
    assert_eq!(lead_codes(&repo, p, "IV.2.b"), ["TCCB"]);
    assert_eq!(due_text(p, "IV.2.b"), Some("Định kỳ"));
    assert_eq!(kind(p, "IV.5"), Kind::OnRequest);
    assert_eq!(p.indices, ["PCI", "DDCI"]);
}
