//! `kpi calendar` (DESIGN.md 6.4), read back with the `icalendar` crate: one all-day event
//! per occurrence a unit owes, on its due day, with a stable UID, a reminder, done ones
//! marked; lines folded at 75 octets and ended in CRLF (RFC 5545).

use std::collections::BTreeMap;

use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};

use crate::common::*;

/// uid → (start, end, summary, description, trigger of its reminder)
type Events = BTreeMap<String, (String, String, String, String, Option<String>)>;

fn calendar(args: &[&str]) -> (String, Events) {
    let mut all = vec!["--as-of", "2024-07-02"];
    all.extend(args);
    all.push("tests/fixtures/report");
    let r = run(&root(), &all);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let text = r.stdout;
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n'), "CRLF only: {line:?}");
    }
    let cal: Calendar = text.parse().expect("icalendar reads it");
    let mut events = Events::new();
    for c in &cal.components {
        let CalendarComponent::Event(e) = c else {
            continue;
        };
        let (Some(DatePerhapsTime::Date(start)), Some(DatePerhapsTime::Date(end))) =
            (e.get_start(), e.get_end())
        else {
            panic!("an all-day event: {e:?}");
        };
        assert_eq!(end, start.succ_opt().unwrap(), "DTEND is the next day");
        let alarms: Vec<_> = e
            .components()
            .iter()
            .filter(|a| a.component_kind() == "VALARM")
            .collect();
        assert!(alarms.len() <= 1);
        let trigger = alarms
            .first()
            .map(|a| a.property_value("TRIGGER").unwrap().to_string());
        let uid = e.get_uid().unwrap().to_string();
        let old = events.insert(
            uid.clone(),
            (
                start.to_string(),
                end.to_string(),
                e.get_summary().unwrap().to_string(),
                e.get_description().unwrap().to_string(),
                trigger,
            ),
        );
        assert!(old.is_none(), "UID {uid} twice");
    }
    (text, events)
}

#[test]
fn every_occurrence_a_unit_owes_on_its_due_day() {
    let (_, events) = calendar(&["calendar", "--unit", "CDC"]);
    // CDC leads T4 (through DVTT) and T7, supports T3 and T5; T7's request of 10/07 is
    // not known on 02/07. Due days after the roll: Sunday 31/03 → 01/04, Sunday 30/06 →
    // 01/07, Saturday 20/07 → 22/07.
    let want = [
        ("p1:T3:2024-06-30", "2024-07-01", true),
        ("p1:T4:2024-Q1", "2024-04-01", true),
        ("p1:T4:2024-Q2", "2024-07-01", false),
        ("p1:T4:2024-Q3", "2024-09-30", false),
        ("p1:T4:2024-Q4", "2024-12-31", false),
        ("p1:T5:2024-Q2", "2024-07-01", false),
        ("p1:T7:req-2024-05-02", "2024-05-10", false),
        ("p1:T7:req-2024-06-20", "2024-07-22", true),
    ];
    let uids: Vec<&str> = events.keys().map(String::as_str).collect();
    let mut want_uids: Vec<&str> = want.iter().map(|w| w.0).collect();
    want_uids.sort_unstable();
    assert_eq!(uids, want_uids);
    for (uid, day, done) in want {
        let (start, _, summary, description, trigger) = &events[uid];
        assert_eq!(start, day, "{uid}");
        // Done occurrences are marked and remind no one; the others remind 3 days before.
        assert_eq!(summary.starts_with("✓ Done"), done, "{uid}: {summary}");
        assert_eq!(trigger.as_deref(), (!done).then_some("-P3D"), "{uid}");
        assert!(description.contains("Lead: "), "{uid}: {description}");
    }
    let (_, _, summary, description, _) = &events["p1:T7:req-2024-05-02"];
    assert_eq!(summary, "Due T7: Tham gia khi có văn bản triệu tập");
    assert!(description.contains("Lead: CDC (Trung tâm Kiểm soát bệnh tật)"));
    assert!(description.contains("Support: TC (Phòng Tổ chức)"));
    assert!(description.contains("kpi done p1:T7 --period req-2024-05-02"));
}

/// The calendar holds what `kpi due` lists, on the same days, for every unit.
#[test]
fn the_calendar_agrees_with_due() {
    for unit in ["VP", "TC", "KH", "CDC", "GD", "DN"] {
        let (_, events) = calendar(&["calendar", "--unit", unit]);
        let r = run(
            &root(),
            &[
                "--as-of",
                "2024-07-02",
                "due",
                "--within",
                "400",
                "--format",
                "json",
                "--unit",
                unit,
                "tests/fixtures/report",
            ],
        );
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        let owed = v.as_array().unwrap();
        assert!(!owed.is_empty(), "{unit} owes something");
        for e in owed {
            let key = match e["period"].as_str() {
                Some(p) => p.to_string(),
                None => e["due"].as_str().unwrap().to_string(),
            };
            let uid = format!(
                "{}:{}:",
                e["plan"].as_str().unwrap(),
                e["task"].as_str().unwrap()
            );
            let found = events
                .iter()
                .find(|(u, ev)| u.starts_with(&uid) && (u.ends_with(&key) || ev.0 == key));
            let (_, ev) = found.unwrap_or_else(|| panic!("{unit}: {uid}{key} in {events:?}"));
            assert_eq!(
                ev.0,
                e["due"].as_str().unwrap(),
                "{unit}: {uid} on its due day"
            );
        }
    }
}

#[test]
fn reminders_files_and_language() {
    let (_, events) = calendar(&["calendar", "--unit", "GD", "--remind", "7"]);
    assert_eq!(events["p1:T5:2024-Q2"].4.as_deref(), Some("-P7D"));
    let (_, events) = calendar(&["calendar", "--unit", "GD", "--remind", "0"]);
    assert!(
        events.values().all(|e| e.4.is_none()),
        "--remind 0: no reminder"
    );

    let (text, events) = calendar(&[
        "--lang", "vi", "calendar", "--unit", "VP", "--format", "ics",
    ]);
    assert!(text.contains("X-WR-CALNAME:Hạn nhiệm vụ: VP"), "{text}");
    let (_, _, summary, description, _) = &events["p1:T6:2024-07-15"];
    assert_eq!(summary, "Hạn T6: Hạn giữa tháng 7");
    assert!(
        description.contains("Chủ trì: VP (Văn phòng Sở)"),
        "{description}"
    );
    assert!(
        description.contains("Tình trạng ngày 02/07/2024: Đến hạn (trong 14 ngày)"),
        "{description}"
    );

    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("vp.ics");
    let r = run(
        &root(),
        &[
            "--as-of",
            "2024-07-02",
            "calendar",
            "--unit",
            "VP",
            "-o",
            file.to_str().unwrap(),
            "tests/fixtures/report",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let written = std::fs::read_to_string(&file).unwrap();
    let again = run(
        &root(),
        &[
            "--as-of",
            "2024-07-02",
            "calendar",
            "--unit",
            "VP",
            "tests/fixtures/report",
        ],
    );
    assert_eq!(written, again.stdout, "the same calendar, to a file");
    // Other formats are refused.
    let r = run(
        &root(),
        &["calendar", "--format", "csv", "tests/fixtures/report"],
    );
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("table, ics"), "{}", r.stderr);
}

/// A calendar with no event is still a calendar (exit 0, a valid file), and stderr says
/// it is empty; one with events says nothing.
#[test]
fn an_empty_calendar_is_said_to_be_empty() {
    let empty = run(
        &root(),
        &[
            "--lang",
            "vi",
            "--as-of",
            "2023-06-01",
            "calendar",
            "--unit",
            "DN",
        ],
    );
    assert_eq!(empty.status, 0, "{}", empty.stderr);
    assert!(
        empty.stdout.starts_with("BEGIN:VCALENDAR"),
        "{}",
        empty.stdout
    );
    assert!(!empty.stdout.contains("BEGIN:VEVENT"), "{}", empty.stdout);
    assert!(
        empty
            .stderr
            .contains("lịch không có sự kiện nào: DN không có kỳ nào phải thực hiện"),
        "{}",
        empty.stderr
    );
    let full = run(
        &root(),
        &["--as-of", "2023-06-01", "calendar", "--unit", "VP"],
    );
    assert!(full.stdout.contains("BEGIN:VEVENT"), "{}", full.stdout);
    assert!(full.stderr.is_empty(), "{}", full.stderr);
}
