//! The five real plans in plans/: they load, check clean of errors, and read as the
//! documents say.

use crate::common::*;
use kpi::plan::model::{Plan, Repository, TaskKind};

fn repo() -> Repository {
    let day = chrono::NaiveDate::from_ymd_opt(2024, 6, 10).unwrap();
    let loaded = kpi::load::load(&[root().join("plans")], None, day).expect("plans/ loads");
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
    // "Các đơn vị trực thuộc Sở Y tế" report in writing: a group of the registry.
    assert_eq!(lead_codes(&repo, p, "III.1.a"), ["CDC", "DVK"]);
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
    assert_eq!(p.tasks.len(), 9);
    assert_eq!(lead_codes(&repo, p, "II.8"), ["SKHDT"]);
    assert_eq!(lead_codes(&repo, p, "II.1"), ["SKHDT", "STTTT", "TVK"]);
    assert_eq!(p.basis.len(), 3);
}

#[test]
fn binh_dinh_department_2023() {
    let repo = repo();
    let p = plan(&repo, "bd-syt-2023-chi-so");
    assert_eq!(p.tasks.len(), 27);
    // Row 2.4 has two lines, with their own leads.
    assert_eq!(lead_codes(&repo, p, "IV.2.4.a"), ["TCCB"]);
    assert_eq!(lead_codes(&repo, p, "IV.2.4.b"), ["TTS"]);
    // The lost merged cell: row 3.3 keeps no lead, as printed.
    assert!(lead_codes(&repo, p, "IV.3.3").is_empty());
    assert_eq!(
        lead_codes(&repo, p, "IV.7.6"),
        ["ATVSTP", "GDYK", "NVD", "NVY"]
    );
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
}

#[test]
fn ha_tinh_department_2025() {
    let repo = repo();
    let p = plan(&repo, "ht-syt-2025-tuyen-truyen");
    assert_eq!(p.tasks.len(), 6);
    assert_eq!(lead_codes(&repo, p, "4"), ["CDC"]);
    assert_eq!(p.indices, ["PCI", "DDCI"]);
}
