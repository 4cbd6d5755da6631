//! Every day off of 2023 to 2027, each row with the document it comes from; the rules
//! every official year must keep; and the hold-out checks of deadlines on Tết and Giỗ Tổ.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::days::Kind::{self, InLieu, Statutory, Swapped};
use super::days::NamedHoliday::{self, *};
use super::*;
use crate::cli::Lang;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// (date, kind, holiday, source): the source is the document's number, "BLLĐ" for the
/// Labour Code alone, or "provisional".
type Row = (&'static str, Kind, NamedHoliday, &'static str);

const Y2023: &[Row] = &[
    ("2023-01-01", Statutory, NewYear, "BLLĐ"),
    ("2023-01-02", InLieu, NewYear, "BLLĐ"),
    ("2023-01-20", Statutory, Tet, "8056/VPCP-KGVX"),
    ("2023-01-21", Statutory, Tet, "8056/VPCP-KGVX"),
    ("2023-01-22", Statutory, Tet, "8056/VPCP-KGVX"),
    ("2023-01-23", Statutory, Tet, "8056/VPCP-KGVX"),
    ("2023-01-24", Statutory, Tet, "8056/VPCP-KGVX"),
    ("2023-01-25", InLieu, Tet, "8056/VPCP-KGVX"),
    ("2023-01-26", InLieu, Tet, "8056/VPCP-KGVX"),
    ("2023-04-29", Statutory, HungKings, "BLLĐ"),
    ("2023-04-30", Statutory, Reunification, "BLLĐ"),
    ("2023-05-01", Statutory, Labour, "BLLĐ"),
    ("2023-05-02", InLieu, HungKings, "BLLĐ"),
    ("2023-05-03", InLieu, Reunification, "BLLĐ"),
    ("2023-09-01", Statutory, National, "8056/VPCP-KGVX"),
    ("2023-09-02", Statutory, National, "8056/VPCP-KGVX"),
    ("2023-09-04", InLieu, National, "8056/VPCP-KGVX"),
];

const Y2024: &[Row] = &[
    ("2024-01-01", Statutory, NewYear, "BLLĐ"),
    ("2024-02-08", Statutory, Tet, "5015/TB-LĐTBXH"),
    ("2024-02-09", Statutory, Tet, "5015/TB-LĐTBXH"),
    ("2024-02-10", Statutory, Tet, "5015/TB-LĐTBXH"),
    ("2024-02-11", Statutory, Tet, "5015/TB-LĐTBXH"),
    ("2024-02-12", Statutory, Tet, "5015/TB-LĐTBXH"),
    ("2024-02-13", InLieu, Tet, "5015/TB-LĐTBXH"),
    ("2024-02-14", InLieu, Tet, "5015/TB-LĐTBXH"),
    ("2024-04-18", Statutory, HungKings, "BLLĐ"),
    ("2024-04-29", Swapped, Reunification, "2450/VPCP-KGVX"),
    ("2024-04-30", Statutory, Reunification, "BLLĐ"),
    ("2024-05-01", Statutory, Labour, "BLLĐ"),
    ("2024-09-02", Statutory, National, "5015/TB-LĐTBXH"),
    ("2024-09-03", Statutory, National, "5015/TB-LĐTBXH"),
];

const Y2025: &[Row] = &[
    ("2025-01-01", Statutory, NewYear, "BLLĐ"),
    ("2025-01-27", Statutory, Tet, "6150/TB-BLĐTBXH"),
    ("2025-01-28", Statutory, Tet, "6150/TB-BLĐTBXH"),
    ("2025-01-29", Statutory, Tet, "6150/TB-BLĐTBXH"),
    ("2025-01-30", Statutory, Tet, "6150/TB-BLĐTBXH"),
    ("2025-01-31", Statutory, Tet, "6150/TB-BLĐTBXH"),
    ("2025-04-07", Statutory, HungKings, "6150/TB-BLĐTBXH"),
    ("2025-04-30", Statutory, Reunification, "6150/TB-BLĐTBXH"),
    ("2025-05-01", Statutory, Labour, "6150/TB-BLĐTBXH"),
    ("2025-05-02", Swapped, Labour, "6150/TB-BLĐTBXH"),
    ("2025-09-01", Statutory, National, "6150/TB-BLĐTBXH"),
    ("2025-09-02", Statutory, National, "6150/TB-BLĐTBXH"),
];

const Y2026: &[Row] = &[
    ("2026-01-01", Statutory, NewYear, "BLLĐ"),
    ("2026-01-02", Swapped, NewYear, "12729/VPCP-KGVX"),
    ("2026-02-16", Statutory, Tet, "9441/TB-BNV"),
    ("2026-02-17", Statutory, Tet, "9441/TB-BNV"),
    ("2026-02-18", Statutory, Tet, "9441/TB-BNV"),
    ("2026-02-19", Statutory, Tet, "9441/TB-BNV"),
    ("2026-02-20", Statutory, Tet, "9441/TB-BNV"),
    ("2026-04-26", Statutory, HungKings, "BLLĐ"),
    ("2026-04-27", InLieu, HungKings, "BLLĐ"),
    ("2026-04-30", Statutory, Reunification, "BLLĐ"),
    ("2026-05-01", Statutory, Labour, "BLLĐ"),
    ("2026-08-31", Swapped, National, "9441/TB-BNV"),
    ("2026-09-01", Statutory, National, "9441/TB-BNV"),
    ("2026-09-02", Statutory, National, "9441/TB-BNV"),
];

/// No decision yet (30/11/2026): the rule of provisional.rs.
const Y2027: &[Row] = &[
    ("2027-01-01", Statutory, NewYear, "provisional"),
    ("2027-02-04", Statutory, Tet, "provisional"), // 28 Chạp Bính Ngọ
    ("2027-02-05", Statutory, Tet, "provisional"), // 29 Chạp, the last day
    ("2027-02-06", Statutory, Tet, "provisional"), // mùng 1, Saturday
    ("2027-02-07", Statutory, Tet, "provisional"), // Sunday
    ("2027-02-08", Statutory, Tet, "provisional"), // mùng 3
    ("2027-02-09", InLieu, Tet, "provisional"),
    ("2027-02-10", InLieu, Tet, "provisional"),
    ("2027-04-16", Statutory, HungKings, "provisional"),
    ("2027-04-30", Statutory, Reunification, "provisional"),
    ("2027-05-01", Statutory, Labour, "provisional"), // Saturday
    ("2027-05-03", InLieu, Labour, "provisional"),
    ("2027-09-02", Statutory, National, "provisional"), // Thursday
    ("2027-09-03", Statutory, National, "provisional"),
];

fn cite(s: Source) -> &'static str {
    match s {
        Source::Decision(doc) => doc.number,
        Source::LabourCode => "BLLĐ",
        Source::Provisional => "provisional",
        Source::Local => "kpi.toml",
    }
}

#[track_caller]
fn year_is(year: i32, rows: &[Row], workdays: &[(&str, &str, &str)]) {
    let y = shipped(year).unwrap();
    let got: Vec<(NaiveDate, Kind, Option<NamedHoliday>, &str)> = y
        .days
        .iter()
        .map(|x| (x.date, x.kind, x.holiday, cite(x.source)))
        .collect();
    let want: Vec<_> = rows
        .iter()
        .map(|&(date, k, h, s)| (d(date), k, Some(h), s))
        .collect();
    assert_eq!(got, want, "days off of {year}");
    let got: Vec<(NaiveDate, Option<NaiveDate>, &str)> = y
        .workdays
        .iter()
        .map(|w| (w.date, w.swapped, cite(w.source)))
        .collect();
    let want: Vec<_> = workdays
        .iter()
        .map(|&(w, s, src)| (d(w), Some(d(s)), src))
        .collect();
    assert_eq!(got, want, "make-up days of {year}");
}

#[test]
fn days_off_2023() {
    year_is(2023, Y2023, &[]);
}

#[test]
fn days_off_2024() {
    year_is(
        2024,
        Y2024,
        &[("2024-05-04", "2024-04-29", "2450/VPCP-KGVX")],
    );
}

#[test]
fn days_off_2025() {
    year_is(
        2025,
        Y2025,
        &[("2025-04-26", "2025-05-02", "6150/TB-BLĐTBXH")],
    );
}

#[test]
fn days_off_2026() {
    year_is(
        2026,
        Y2026,
        &[
            ("2026-01-10", "2026-01-02", "12729/VPCP-KGVX"),
            ("2026-08-22", "2026-08-31", "9441/TB-BNV"),
        ],
    );
}

#[test]
fn days_off_2027_are_provisional() {
    year_is(2027, Y2027, &[]);
    assert_eq!(shipped(2027).unwrap().status, Status::Provisional);
    assert!(!is_official(2027) && is_official(2026));
}

/// What the Labour Code asks of every decision: eleven days (five of Tết with mùng 1 to
/// 3, Giỗ Tổ on 10/3 lunar), a day in lieu for each one on a weekend, a Saturday worked
/// for each swap.
#[test]
fn every_official_year_keeps_the_labour_code() {
    for rec in decisions::RECORDS {
        let y = shipped(rec.year).unwrap();
        let count = |h, k| {
            y.days
                .iter()
                .filter(|x| x.holiday == Some(h) && x.kind == k)
                .count()
        };
        let statutory: Vec<_> = y.days.iter().filter(|x| x.kind == Statutory).collect();
        assert_eq!(statutory.len(), 11, "{}: eleven days", rec.year);
        assert_eq!(count(Tet, Statutory), 5, "{}", rec.year);
        assert_eq!(count(National, Statutory), 2, "{}", rec.year);
        let lunar = lunar::LunarYear::of(rec.year).unwrap();
        for k in 0..3 {
            let day = lunar.new_year + Days::new(k);
            assert_eq!(y.day(day).map(|x| x.holiday), Some(Some(Tet)), "{day}");
        }
        let gio_to = y.day(lunar.hung_kings()).unwrap();
        assert_eq!((gio_to.holiday, gio_to.kind), (Some(HungKings), Statutory));
        let on_weekend = statutory.iter().filter(|x| weekend(x.date)).count();
        let in_lieu = y.days.iter().filter(|x| x.kind == InLieu).count();
        assert_eq!(
            on_weekend, in_lieu,
            "{}: a day in lieu per weekend holiday",
            rec.year
        );
        for x in y.days.iter().filter(|x| x.kind == Swapped) {
            let w = x.worked.unwrap();
            assert_eq!(w.weekday(), Weekday::Sat, "{}", x.date);
            assert_eq!(y.workday(w).unwrap().swapped, Some(x.date));
        }
    }
}

/// The rule for a year without a decision gives the Tết that 2023 to 2025 were given;
/// 2026 took one day before mùng 1 and mùng 4 instead (docs/holidays.md).
#[test]
fn the_provisional_rule_against_the_decisions() {
    let tet = |y: &Year| -> Vec<NaiveDate> {
        y.days
            .iter()
            .filter(|x| x.holiday == Some(Tet))
            .map(|x| x.date)
            .collect()
    };
    for year in [2023, 2024, 2025] {
        assert_eq!(
            tet(&provisional::year(year)),
            tet(shipped(year).unwrap()),
            "{year}"
        );
    }
    assert_ne!(tet(&provisional::year(2026)), tet(shipped(2026).unwrap()));
    let days = |y: &Year| y.days.iter().map(|x| x.date).collect::<Vec<_>>();
    assert_eq!(days(&provisional::year(2023)), days(shipped(2023).unwrap()));
}

fn vn() -> Calendar {
    Calendar::vietnam(&[], &[], true)
}

/// Hold-out: Tết and Giỗ Tổ of 2027 to 2040 and of the years Vietnam differs from China.
#[test]
fn deadlines_on_tet_and_hung_kings_day_move() {
    let c = vn();
    let years = (2027..=2040).chain([1985, 2007, 2030, 2033, 2037, 2038, 2099]);
    for year in years {
        let lunar = lunar::LunarYear::of(year).unwrap();
        let mung4 = lunar.new_year + Days::new(3);
        assert!(
            c.due(lunar.new_year) >= mung4,
            "Tết {year}: due {}",
            c.due(lunar.new_year)
        );
        assert!(c.due(lunar.eve()) > lunar.eve(), "the eve of Tết {year}");
        let g = lunar.hung_kings();
        assert!(c.due(g) > g, "Giỗ Tổ {year} ({g}) must move");
        assert!(c.is_holiday(g), "{g}");
        assert!(c.holiday_name(g, Lang::Vi).unwrap().contains("Giỗ Tổ"));
    }
}

#[test]
fn rolls_over_weekends_and_holidays() {
    let c = vn();
    for (last, due, why) in [
        ("2024-03-31", "2024-04-01", "Sunday → Monday"),
        ("2024-06-19", "2024-06-19", "a Wednesday stays"),
        ("2025-01-25", "2025-02-03", "Tết Ất Tỵ"),
        (
            "2024-04-27",
            "2024-05-02",
            "30/4-1/5 with the swapped Monday",
        ),
        (
            "2024-05-04",
            "2024-05-04",
            "a make-up Saturday is a working day",
        ),
        (
            "2023-09-02",
            "2023-09-05",
            "Quốc khánh 2023 and its day in lieu",
        ),
        (
            "2026-01-01",
            "2026-01-05",
            "1/1/2026 and the swapped Friday 2/1",
        ),
        ("2026-01-10", "2026-01-10", "Saturday 10/1/2026 is worked"),
        ("2026-08-29", "2026-09-03", "Quốc khánh 2026: 29/8 to 2/9"),
        ("2026-08-22", "2026-08-22", "Saturday 22/8/2026 is worked"),
        ("2026-02-14", "2026-02-23", "Tết Bính Ngọ: 14/2 to 22/2"),
        (
            "2027-02-06",
            "2027-02-11",
            "mùng 1 Tết Đinh Mùi: the break ends 10/2",
        ),
        ("2027-02-10", "2027-02-11", "inside the 2027 break"),
        ("2027-04-16", "2027-04-19", "Giỗ Tổ 2027, a Friday"),
        (
            "2027-05-01",
            "2027-05-04",
            "1/5/2027 on a Saturday: Monday 3/5 in lieu",
        ),
        (
            "2027-09-02",
            "2027-09-06",
            "2/9/2027 a Thursday, with Friday 3/9",
        ),
        (
            "2031-01-23",
            "2031-01-28",
            "Tết 2031: mùng 3 a Saturday, Monday 27/1 in lieu",
        ),
        ("2150-09-02", "2150-09-03", "outside 1900-2100: 2/9 alone"),
    ] {
        assert_eq!(c.due(d(last)), d(due), "{why}");
    }
}

#[test]
fn kpi_toml_adds_renames_and_cancels_days() {
    let local = |date: &str, name: &str| crate::settings::Holiday {
        date: d(date),
        name: name.into(),
    };
    let c = Calendar::vietnam(
        &[
            local("2024-06-19", "Ngày của tỉnh"),
            local("2026-01-10", ""),
        ],
        &[local("2024-06-22", ""), local("2026-02-16", "Trực Tết")],
        true,
    );
    assert_eq!(c.due(d("2024-06-19")), d("2024-06-20"));
    assert_eq!(c.due(d("2024-06-22")), d("2024-06-22"), "a Saturday worked");
    assert_eq!(
        c.due(d("2026-02-16")),
        d("2026-02-16"),
        "kpi.toml wins over Tết"
    );
    assert!(
        !c.is_working_day(d("2026-01-10")),
        "and over a make-up Saturday"
    );
    assert_eq!(
        c.holiday_name(d("2024-06-19"), Lang::Vi).as_deref(),
        Some("Ngày của tỉnh")
    );
    assert_eq!(
        c.holiday_name(d("2026-01-10"), Lang::En).as_deref(),
        Some("Day off (kpi.toml)")
    );
    let off = Calendar::vietnam(&[], &[], false);
    assert_eq!(off.due(d("2024-03-31")), d("2024-03-31"));
    assert!(
        off.provisional_years(2026, 2031).is_empty(),
        "no roll, nothing to say"
    );
    assert_eq!(vn().provisional_years(2025, 2028), vec![2027, 2028]);
    assert!(Calendar::none().provisional_years(2027, 2028).is_empty());
    assert!(!Calendar::none().is_holiday(d("2027-01-01")));
}

#[test]
fn names_explain_a_roll() {
    let c = vn();
    for (day, lang, name) in [
        (
            "2026-01-02",
            Lang::Vi,
            "Tết Dương lịch: nghỉ hoán đổi (làm bù ngày 10/01/2026)",
        ),
        (
            "2026-01-10",
            Lang::En,
            "Make-up working day for 2026-01-02 (New Year's Day)",
        ),
        ("2026-04-27", Lang::Vi, "Nghỉ bù Giỗ Tổ Hùng Vương"),
        ("2027-02-09", Lang::En, "Lunar New Year (Tết): day in lieu"),
        ("2031-09-02", Lang::Vi, "Quốc khánh"),
        ("2150-05-01", Lang::En, "International Labour Day"),
        ("2150-01-01", Lang::En, "New Year's Day"),
        ("2150-04-30", Lang::Vi, "Ngày Chiến thắng"),
        ("2150-09-02", Lang::Vi, "Quốc khánh"),
    ] {
        assert_eq!(c.holiday_name(d(day), lang).as_deref(), Some(name), "{day}");
    }
    assert_eq!(c.holiday_name(d("2027-03-03"), Lang::Vi), None);
}

#[test]
fn a_named_holiday_spans_its_break() {
    let c = vn();
    for (h, year, first, last) in [
        (Tet, 2025, "2025-01-25", "2025-02-02"),
        (National, 2024, "2024-08-31", "2024-09-03"),
        (National, 2026, "2026-08-29", "2026-09-02"),
        (NewYear, 2026, "2026-01-01", "2026-01-04"),
        (Tet, 2027, "2027-02-04", "2027-02-10"),
        (Tet, 2031, "2031-01-21", "2031-01-27"),
        (Tet, 1900, "1900-01-27", "1900-02-04"),
        (HungKings, 2100, "2100-04-17", "2100-04-19"),
        (Labour, 2150, "2150-04-30", "2150-05-03"), // Thursday 30/4, Friday 1/5
    ] {
        assert_eq!(
            c.break_of(h, year),
            Some((d(first), d(last))),
            "{h:?} {year}"
        );
    }
    assert_eq!(c.break_of(Tet, 2150), None, "no lunar calendar there");
}

/// A kpi.toml entry on a shipped day replaces it: one line, the local one.
#[test]
fn local_entries_replace_shipped_ones_in_the_listing() {
    let local = |date: &str, name: &str| crate::settings::Holiday {
        date: d(date),
        name: name.into(),
    };
    let c = Calendar::vietnam(
        &[local("2026-01-10", "Nghỉ, không làm bù")],
        &[local("2026-02-16", "Trực Tết")],
        true,
    );
    let listed = c.listing(d("2026-01-01"), d("2026-02-28"));
    let on = |day: &str| {
        listed
            .iter()
            .filter(|e| e.date() == d(day))
            .map(|e| (e.kind_id(), e.source(), e.label(Lang::Vi)))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        on("2026-01-10"),
        [("local", Source::Local, "Nghỉ, không làm bù".to_string())]
    );
    assert_eq!(
        on("2026-02-16"),
        [("workday", Source::Local, "Trực Tết".to_string())]
    );
    assert_eq!(on("2026-02-17").len(), 1);
    assert_eq!(
        listed.len(),
        8,
        "1/1, 2/1, 10/1 (local), 16/2 (local), 17-20/2"
    );
}
