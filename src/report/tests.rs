//! The counts of a report on the hand-worked repository of tests/fixtures/report, as of
//! 2024-07-02: done on the due day and the day after, a last day on a Sunday done on the
//! Monday it rolls to, a record dated after the as-of day, requests (one after the
//! as-of day), groups, a unit both lead (through a group) and support, a not-applicable
//! record. Each line of the tables below was worked out by hand from the files.

use chrono::NaiveDate;

use super::*;
use crate::config::Lang;
use crate::select::Wanted;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn loaded(as_of: NaiveDate) -> crate::load::Loaded {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report");
    crate::load::load(&[dir], None, as_of, Lang::En).unwrap()
}

/// [done on time, done late, in time, overdue, total]
fn c(v: [usize; 5]) -> Counts {
    Counts {
        done_on_time: v[0],
        done_late: v[1],
        in_time: v[2],
        overdue: v[3],
        total: v[4],
    }
}

fn report_of<'a>(loaded: &'a crate::load::Loaded, key: &str, units: &[String]) -> Report<'a> {
    let as_of = day(2024, 7, 2);
    let wanted = Wanted {
        units,
        orgs: &[],
        plans: &[],
        index: None,
        lead_only: false,
        lang: Lang::En,
    };
    let sel = Selection::resolve(&loaded.repo, &wanted).unwrap();
    let period = Period::parse(key, as_of).unwrap();
    build(&loaded.repo, &sel, &period, as_of)
}

/// (unit, lead, support) of each unit line.
fn units(loaded: &crate::load::Loaded, r: &Report) -> Vec<(String, Counts, Counts)> {
    r.units
        .iter()
        .map(|u| {
            let code = loaded.repo.registries[u.registry].units[u.unit as usize]
                .code
                .clone();
            (code, u.lead, u.support)
        })
        .collect()
}

#[track_caller]
fn expect_units(got: Vec<(String, Counts, Counts)>, want: &[(&str, [usize; 5], [usize; 5])]) {
    let want: Vec<(String, Counts, Counts)> = want
        .iter()
        .map(|(u, l, s)| (u.to_string(), c(*l), c(*s)))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn the_year_per_unit() {
    let l = loaded(day(2024, 7, 2));
    let r = report_of(&l, "2024", &[]);
    expect_units(
        units(&l, &r),
        &[
            ("VP", [1, 0, 1, 0, 2], [1, 1, 2, 1, 5]),
            ("TC", [0, 1, 0, 1, 2], [2, 0, 0, 1, 3]),
            ("KH", [1, 0, 0, 1, 2], [1, 0, 1, 0, 2]),
            ("CDC", [2, 0, 2, 2, 6], [1, 0, 0, 1, 2]),
            ("GD", [1, 0, 2, 2, 5], [1, 0, 0, 0, 1]),
            ("DN", [0, 0, 0, 1, 1], [0, 0, 0, 0, 0]),
        ],
    );
    let plans: Vec<(&str, Counts)> = r
        .plans
        .iter()
        .map(|p| (p.plan.id.as_str(), p.counts))
        .collect();
    assert_eq!(
        plans,
        [("p1", c([4, 1, 3, 4, 12])), ("p2", c([0, 0, 0, 1, 1]))]
    );
    let indices: Vec<(Option<&str>, Counts)> = r
        .indices
        .iter()
        .map(|i| (i.index.as_deref(), i.counts))
        .collect();
    assert_eq!(
        indices,
        [
            (Some("PCI"), c([3, 1, 1, 2, 7])),
            (Some("PAPI"), c([1, 0, 2, 2, 5])),
            (None, c([0, 0, 0, 1, 1])),
        ]
    );
    assert_eq!(r.total, c([4, 1, 3, 5, 13]));
    let overdue: Vec<String> = r
        .overdue
        .iter()
        .map(|e| format!("{}:{}:{}", e.plan.id, e.task.id(), e.occurrence.key))
        .collect();
    assert_eq!(
        overdue,
        [
            "p2:1:2024-01-31",
            "p1:T7:req-2024-05-02",
            "p1:T9:2024-05-10",
            "p1:T4:2024-Q2",
            "p1:T5:2024-Q2",
        ]
    );
    assert_eq!(r.targets.len(), 1);
    assert_eq!(r.targets[0].1.id, "CT1");
}

#[test]
fn a_half_year_and_a_quarter() {
    let l = loaded(day(2024, 7, 2));
    let h1 = report_of(&l, "2024-H1", &[]);
    expect_units(
        units(&l, &h1),
        &[
            ("VP", [1, 0, 0, 0, 1], [1, 1, 0, 1, 3]),
            ("TC", [0, 1, 0, 1, 2], [1, 0, 0, 1, 2]),
            ("KH", [1, 0, 0, 1, 2], [1, 0, 0, 0, 1]),
            ("CDC", [1, 0, 0, 2, 3], [1, 0, 0, 1, 2]),
            ("GD", [1, 0, 0, 2, 3], [1, 0, 0, 0, 1]),
            ("DN", [0, 0, 0, 1, 1], [0, 0, 0, 0, 0]),
        ],
    );
    // The third quarter: T4's Q3 and T6 still in time, the request answered early done;
    // the request of 10/07 is not known on 02/07.
    let q3 = report_of(&l, "Q3/2024", &[]);
    expect_units(
        units(&l, &q3),
        &[
            ("VP", [0, 0, 1, 0, 1], [0, 0, 1, 0, 1]),
            ("TC", [0, 0, 0, 0, 0], [1, 0, 0, 0, 1]),
            ("KH", [0, 0, 0, 0, 0], [0, 0, 1, 0, 1]),
            ("CDC", [1, 0, 1, 0, 2], [0, 0, 0, 0, 0]),
            ("GD", [0, 0, 1, 0, 1], [0, 0, 0, 0, 0]),
            ("DN", [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]),
        ],
    );
}

#[test]
fn a_unit_named_gets_its_line_and_its_tasks() {
    let l = loaded(day(2024, 7, 2));
    let r = report_of(&l, "2024", &["GD".to_string()]);
    expect_units(units(&l, &r), &[("GD", [1, 0, 2, 2, 5], [1, 0, 0, 0, 1])]);
    // Plans count GD's tasks only: T3, T4 (four quarters), T5.
    assert_eq!(r.plans[0].counts, c([2, 0, 2, 2, 6]));
    assert_eq!(r.total, c([2, 0, 2, 2, 6]));
}

#[test]
fn categories_of_statuses() {
    for (status, category) in [
        (Status::Done, Some(Category::DoneOnTime)),
        (Status::DoneLate, Some(Category::DoneLate)),
        (Status::Due, Some(Category::InTime)),
        (Status::Upcoming, Some(Category::InTime)),
        (Status::Overdue, Some(Category::Overdue)),
        (Status::NotApplicable, None),
    ] {
        assert_eq!(Category::of(status), category, "{status:?}");
    }
}

#[test]
fn percent_done_counts_late_work_as_done() {
    assert_eq!(c([1, 1, 1, 1, 4]).percent_done(), Some(50.0));
    assert_eq!(c([3, 0, 0, 0, 3]).percent_done(), Some(100.0));
    assert_eq!(c([0, 0, 0, 0, 0]).percent_done(), None);
    let mut m = c([1, 2, 3, 4, 10]);
    m.merge(&c([1, 0, 0, 1, 2]));
    assert_eq!(m, c([2, 2, 3, 5, 12]));
}

/// The real plans: which plans a period meets, and `--plan` narrows the units to its
/// organisation's.
#[test]
fn plans_are_those_of_the_period_and_plan_narrows_the_units() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plans");
    let as_of = day(2023, 12, 31);
    let l = crate::load::load(&[dir], None, as_of, Lang::En).unwrap();
    let report = |key: &str, plans: &[String]| {
        let wanted = Wanted {
            units: &[],
            orgs: &[],
            plans,
            index: None,
            lead_only: false,
            lang: Lang::En,
        };
        let sel = Selection::resolve(&l.repo, &wanted).unwrap();
        build(&l.repo, &sel, &Period::parse(key, as_of).unwrap(), as_of)
    };
    let ids = |r: &Report| -> Vec<String> { r.plans.iter().map(|p| p.plan.id.clone()).collect() };
    assert_eq!(
        ids(&report("2023", &[])),
        [
            "bd-syt-2023-chi-so",
            "kt-syt-2023-pci",
            "kt-ttyt-tmr-2023-2030-thi-dua"
        ]
    );
    assert!(ids(&report("2022", &[])).is_empty());
    assert_eq!(
        ids(&report("2025", &[])),
        ["ht-syt-2025-tuyen-truyen", "kt-ttyt-tmr-2023-2030-thi-dua"]
    );
    let r = report("2023", &["kt-syt-2023-pci".to_string()]);
    assert_eq!(ids(&r), ["kt-syt-2023-pci"]);
    assert!(!r.units.is_empty());
    assert!(
        r.units
            .iter()
            .all(|u| l.repo.registries[u.registry].org_id == "kt-syt"),
        "the units of the plan's organisation only"
    );
    assert_eq!(r.total.total, r.plans[0].counts.total);
}

/// A plan of 2023 whose yearly report is due 31/01 of the next year owes it in the first
/// quarter of 2024: it is listed there with it.
#[test]
fn a_plan_ended_before_the_period_is_listed_for_what_it_owes_in_it() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(
        d.join("units.toml"),
        "[org]\nid = \"o\"\nname = \"O\"\n\n[[unit]]\ncode = \"VP\"\nname = \"Văn phòng\"\n",
    )
    .unwrap();
    let plan = |id: &str, year: i32, due: &str| {
        format!(
            "[plan]\nid = \"{id}\"\ntitle = \"t\"\nyear = {year}\n\n[[task]]\nid = \"1\"\ntitle = \"x\"\nlead = [\"VP\"]\noutput = \"y\"\ndue = \"{due}\"\n"
        )
    };
    std::fs::write(
        d.join("a.toml"),
        plan("a-2023", 2023, "Hằng năm, chậm nhất ngày 31/01 năm sau"),
    )
    .unwrap();
    std::fs::write(d.join("b.toml"), plan("b-2024", 2024, "Đến ngày 15/3/2024")).unwrap();
    let as_of = day(2024, 2, 1);
    let l = crate::load::load(&[d.to_path_buf()], None, as_of, Lang::En).unwrap();
    let sel = Selection::default();
    let r = build(
        &l.repo,
        &sel,
        &Period::parse("2024-Q1", as_of).unwrap(),
        as_of,
    );
    let plans: Vec<(&str, Counts)> = r
        .plans
        .iter()
        .map(|p| (p.plan.id.as_str(), p.counts))
        .collect();
    assert_eq!(
        plans,
        [
            ("a-2023", c([0, 0, 0, 1, 1])),
            ("b-2024", c([0, 0, 1, 0, 1]))
        ]
    );
    // With --plan a-2023, its unit's line counts what the plan owes in the period.
    let only_a = Selection {
        plans: Some(vec!["a-2023".to_string()]),
        ..Selection::default()
    };
    let r = build(
        &l.repo,
        &only_a,
        &Period::parse("2024-Q1", as_of).unwrap(),
        as_of,
    );
    let leads: Vec<Counts> = r.units.iter().map(|u| u.lead).collect();
    assert_eq!(leads, [c([0, 0, 0, 1, 1])]);
}

#[test]
fn indices_are_known_first_then_others_then_none() {
    let mut counts = HashMap::new();
    for (key, name, n) in [
        (Some("ddci"), "DDCI", 1),
        (None, "", 2),
        (Some("zz"), "ZZ", 3),
        (Some("par index"), "PAR INDEX", 4),
        (Some("abc"), "ABC", 5),
        (Some("pci"), "PCI", 6),
    ] {
        counts.insert(
            key.map(str::to_string),
            (name.to_string(), c([n, 0, 0, 0, n])),
        );
    }
    let order: Vec<(Option<String>, usize)> = indices_in_order(counts)
        .into_iter()
        .map(|i| (i.index, i.counts.total))
        .collect();
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        order,
        [
            (s("PCI"), 6),
            (s("PAR INDEX"), 4),
            (s("DDCI"), 1),
            (s("ABC"), 5),
            (s("ZZ"), 3),
            (None, 2),
        ]
    );
}
