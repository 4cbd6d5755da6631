//! Table tests of the schedule engine: one phrase per line, a fixed plan period, the
//! shipped calendar. Each expected value is written compactly as
//! `kind: KEY START LAST [→DUE]; ...` with `-` for no window start, then ` +request`
//! when the phrase also allows requests and ` !outside KEY ...` for dropped occurrences.

use chrono::NaiveDate;

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[track_caller]
fn case_in(
    from: &str,
    to: &str,
    report_day: Option<u32>,
    roll: bool,
    phrase: &str,
    expected: &str,
) {
    let calendar = Calendar::vietnam(&[], &[], roll);
    let rules = Rules {
        calendar: &calendar,
        report_day,
    };
    let got = schedule(phrase, (d(from), d(to)), &rules)
        .unwrap_or_else(|e| panic!("{phrase:?} does not read: {e}"));
    assert_eq!(compact(&got), expected, "phrase {phrase:?}");
}

/// A plan of the year 2024, with the working-day roll on.
#[track_caller]
fn case(phrase: &str, expected: &str) {
    case_in("2024-01-01", "2024-12-31", None, true, phrase, expected);
}

#[track_caller]
fn bad(phrase: &str) {
    let calendar = Calendar::none();
    let rules = Rules {
        calendar: &calendar,
        report_day: None,
    };
    let period = (d("2024-01-01"), d("2024-12-31"));
    assert!(
        schedule(phrase, period, &rules).is_err(),
        "{phrase:?} should not read"
    );
}

const QUARTERS: &str = "2024-Q1 2024-01-01 2024-03-31 →2024-04-01; 2024-Q2 2024-04-01 2024-06-30 →2024-07-01; 2024-Q3 2024-07-01 2024-09-30; 2024-Q4 2024-10-01 2024-12-31";
const HALVES: &str = "2024-H1 2024-01-01 2024-06-30 →2024-07-01; 2024-H2 2024-07-01 2024-12-31";
const MONTHS: &str = "2024-01 2024-01-01 2024-01-31; 2024-02 2024-02-01 2024-02-29; 2024-03 2024-03-01 2024-03-31 →2024-04-01; 2024-04 2024-04-01 2024-04-30 →2024-05-02; 2024-05 2024-05-01 2024-05-31; 2024-06 2024-06-01 2024-06-30 →2024-07-01; 2024-07 2024-07-01 2024-07-31; 2024-08 2024-08-01 2024-08-31 →2024-09-04; 2024-09 2024-09-01 2024-09-30; 2024-10 2024-10-01 2024-10-31; 2024-11 2024-11-01 2024-11-30 →2024-12-02; 2024-12 2024-12-01 2024-12-31";

#[test]
fn one_off_dates() {
    case("Trước ngày 20/6/2024", "once: 2024-06-20 - 2024-06-19");
    case("Trước 10/12/2024", "once: 2024-12-10 - 2024-12-09");
    case("TRƯỚC NGÀY 20/6/2024", "once: 2024-06-20 - 2024-06-19");
    case("truoc ngay 20/6/2024", "once: 2024-06-20 - 2024-06-19");
    case(
        "Trước  ngày   20 / 6 / 2024",
        "once: 2024-06-20 - 2024-06-19",
    );
    case("Trước ngày 05/01/2024", "once: 2024-01-05 - 2024-01-04");
    case(
        "Trước ngày 20 tháng 6 năm 2024",
        "once: 2024-06-20 - 2024-06-19",
    );
    case("Trước ngày 20 tháng 6", "once: 2024-06-20 - 2024-06-19");
    case("Trước ngày 20/6", "once: 2024-06-20 - 2024-06-19");
    case(
        "Trước ngày 2/9/2024",
        "once: 2024-09-02 - 2024-09-01 →2024-09-04",
    );
    case("Đến ngày 20/6/2024", "once: 2024-06-20 - 2024-06-20");
    case("Đến hết ngày 20/6/2024", "once: 2024-06-20 - 2024-06-20");
    case(
        "Chậm nhất ngày 30/11/2024",
        "once: 2024-11-30 - 2024-11-30 →2024-12-02",
    );
    case(
        "Chậm nhất ngày 30 tháng 11 năm 2024",
        "once: 2024-11-30 - 2024-11-30 →2024-12-02",
    );
    case("Ngày 20/6/2024", "once: 2024-06-20 - 2024-06-20");
    case("ngày 20 tháng 6 năm 2024", "once: 2024-06-20 - 2024-06-20");
    case("2024-06-20", "once: 2024-06-20 - 2024-06-20");
    case("20/6/2024", "once: 2024-06-20 - 2024-06-20");
    case("20-6-2024", "once: 2024-06-20 - 2024-06-20");
    case("20/06/2024", "once: 2024-06-20 - 2024-06-20");
    case("20.06.2024", "once: 2024-06-20 - 2024-06-20");
    case("Hạn 15/3/2024", "once: 2024-03-15 - 2024-03-15");
    case(
        "Hoàn thành trước ngày 15/3/2024",
        "once: 2024-03-15 - 2024-03-14",
    );
    case(
        "Thời gian hoàn thành: trước ngày 15/3/2024",
        "once: 2024-03-15 - 2024-03-14",
    );
    case("Trước ngày 20/6/2024.", "once: 2024-06-20 - 2024-06-19");
    case("Trước ngày 01/01/2024", "once: !outside 2024-01-01");
    case(
        "Trước ngày 10/2/2024",
        "once: 2024-02-10 - 2024-02-09 →2024-02-15",
    );
}

#[test]
fn windows() {
    case(
        "Trong tháng 5 năm 2024",
        "once: 2024-05 2024-05-01 2024-05-31",
    );
    case("Tháng 5 năm 2024", "once: 2024-05 2024-05-01 2024-05-31");
    case("Tháng 5/2024", "once: 2024-05 2024-05-01 2024-05-31");
    case("tháng 05/2024", "once: 2024-05 2024-05-01 2024-05-31");
    case("5/2024", "once: 2024-05 2024-05-01 2024-05-31");
    case("2024-05", "once: 2024-05 2024-05-01 2024-05-31");
    case("Trong tháng 5", "once: 2024-05 2024-05-01 2024-05-31");
    case(
        "Tháng 4/2024",
        "once: 2024-04 2024-04-01 2024-04-30 →2024-05-02",
    );
    case(
        "Trong quý I",
        "once: 2024-Q1 2024-01-01 2024-03-31 →2024-04-01",
    );
    case("Quý I", "once: 2024-Q1 2024-01-01 2024-03-31 →2024-04-01");
    case(
        "Quý 1 năm 2024",
        "once: 2024-Q1 2024-01-01 2024-03-31 →2024-04-01",
    );
    case(
        "Quý II/2024",
        "once: 2024-Q2 2024-04-01 2024-06-30 →2024-07-01",
    );
    case("Quý III năm 2024", "once: 2024-Q3 2024-07-01 2024-09-30");
    case("quy iii nam 2024", "once: 2024-Q3 2024-07-01 2024-09-30");
    case("Quý 3/2024", "once: 2024-Q3 2024-07-01 2024-09-30");
    case("2024-Q3", "once: 2024-Q3 2024-07-01 2024-09-30");
    case(
        "Trong quý IV năm 2024",
        "once: 2024-Q4 2024-10-01 2024-12-31",
    );
    case(
        "6 tháng đầu năm",
        "once: 2024-H1 2024-01-01 2024-06-30 →2024-07-01",
    );
    case(
        "6 tháng đầu năm 2024",
        "once: 2024-H1 2024-01-01 2024-06-30 →2024-07-01",
    );
    case(
        "6 tháng cuối năm 2024",
        "once: 2024-H2 2024-07-01 2024-12-31",
    );
    case("2024-H2", "once: 2024-H2 2024-07-01 2024-12-31");
    case(
        "9 tháng đầu năm 2024",
        "once: 2024-9M 2024-01-01 2024-09-30",
    );
    case("2024-9M", "once: 2024-9M 2024-01-01 2024-09-30");
    case("Trong năm 2024", "once: 2024 2024-01-01 2024-12-31");
    case("Năm 2024", "once: 2024 2024-01-01 2024-12-31");
    case("2024", "once: 2024 2024-01-01 2024-12-31");
    case("Đến tháng 6/2024", "once: 2024-06 - 2024-06-30 →2024-07-01");
    case("Trước tháng 6/2024", "once: 2024-06 - 2024-05-31");
    case(
        "Trước quý III năm 2024",
        "once: 2024-Q3 - 2024-06-30 →2024-07-01",
    );
}

#[test]
fn civil_code_fuzzy_points() {
    case("đầu tháng 6", "once: 2024-06-01 - 2024-06-01 →2024-06-03");
    case(
        "giữa tháng 6/2024",
        "once: 2024-06-15 - 2024-06-15 →2024-06-17",
    );
    case(
        "cuối tháng 6 năm 2024",
        "once: 2024-06-30 - 2024-06-30 →2024-07-01",
    );
    case("Cuối tháng 2", "once: 2024-02-29 - 2024-02-29");
    case("Trước cuối tháng 10/2024", "once: 2024-10-31 - 2024-10-30");
    case("đầu năm", "once: 2024-01-01 - 2024-01-01 →2024-01-02");
    case("giữa năm 2024", "once: 2024-06-30 - 2024-06-30 →2024-07-01");
    case("cuối năm 2024", "once: 2024-12-31 - 2024-12-31");
}

#[test]
fn ranges() {
    case(
        "Từ ngày 01/3/2024 đến ngày 30/6/2024",
        "once: 2024-03-01..2024-06-30 2024-03-01 2024-06-30 →2024-07-01",
    );
    case(
        "Từ tháng 3 đến tháng 6/2024",
        "once: 2024-03..2024-06 2024-03-01 2024-06-30 →2024-07-01",
    );
    case(
        "từ 01/3 đến 15/3/2024",
        "once: 2024-03-01..2024-03-15 2024-03-01 2024-03-15",
    );
    case(
        "Từ ngày 01 tháng 01 năm 2024 đến hết ngày 31 tháng 10 năm 2024",
        "once: 2024-01-01..2024-10-31 2024-01-01 2024-10-31",
    );
    case(
        "Từ tháng 3 đến tháng 6",
        "once: 2024-03..2024-06 2024-03-01 2024-06-30 →2024-07-01",
    );
}

#[test]
fn forms_of_other_real_plans() {
    case(
        "Hằng tháng (trước ngày 25)",
        "recurring: 2024-01 2024-01-01 2024-01-24; 2024-02 2024-02-01 2024-02-24 →2024-02-26; 2024-03 2024-03-01 2024-03-24 →2024-03-25; 2024-04 2024-04-01 2024-04-24; 2024-05 2024-05-01 2024-05-24; 2024-06 2024-06-01 2024-06-24; 2024-07 2024-07-01 2024-07-24; 2024-08 2024-08-01 2024-08-24 →2024-08-26; 2024-09 2024-09-01 2024-09-24; 2024-10 2024-10-01 2024-10-24; 2024-11 2024-11-01 2024-11-24 →2024-11-25; 2024-12 2024-12-01 2024-12-24",
    );
    case("Trong năm 2024 (2 đợt)", "once: 2024 2024-01-01 2024-12-31");
    case(
        "Quý I, II năm 2024",
        "once: 2024-Q1 2024-01-01 2024-03-31 →2024-04-01; 2024-Q2 2024-04-01 2024-06-30 →2024-07-01",
    );
    case(
        "Tháng 6, 12",
        "once: 2024-06 2024-06-01 2024-06-30 →2024-07-01; 2024-12 2024-12-01 2024-12-31",
    );
    case(
        "Tháng 6 và tháng 12 hằng năm",
        "once: 2024-06 2024-06-01 2024-06-30 →2024-07-01; 2024-12 2024-12-01 2024-12-31",
    );
    // Open-ended years (DESIGN.md 4.1): recurring from 2024 to the plan's end.
    case(
        "Năm 2024 và các năm tiếp theo",
        "recurring: 2024 2024-01-01 2024-12-31",
    );
    case("Từ nay đến hết năm 2024", "once: 2024 - 2024-12-31");
    case("Năm 2024-2025", "once: !outside 2024..2025");
    case_in(
        "2023-01-01",
        "2030-10-31",
        None,
        false,
        "giai đoạn 2023 - 2030",
        "once: !outside 2023..2030",
    );
    case_in(
        "2024-01-01",
        "2025-12-31",
        None,
        false,
        "2024-2025",
        "once: 2024..2025 2024-01-01 2025-12-31",
    );
    case_in(
        "2023-01-01",
        "2025-12-31",
        None,
        false,
        "Tháng 12 hằng năm",
        "recurring: 2023-12 2023-12-01 2023-12-31; 2024-12 2024-12-01 2024-12-31; 2025-12 2025-12-01 2025-12-31",
    );
}

#[test]
fn lists() {
    case(
        "Tháng 6 năm 2024, tháng 12 năm 2024",
        "once: 2024-06 2024-06-01 2024-06-30 →2024-07-01; 2024-12 2024-12-01 2024-12-31",
    );
    case(
        "Trước ngày 20/6/2024; trước ngày 20/12/2024",
        "once: 2024-06-20 - 2024-06-19; 2024-12-20 - 2024-12-19",
    );
    case(
        "Trước ngày 20/6/2024 và trước ngày 20/12/2024",
        "once: 2024-06-20 - 2024-06-19; 2024-12-20 - 2024-12-19",
    );
    case(
        "Tháng 6 năm 2024, tháng 12 năm 2024, hoặc đột xuất do Trưởng ban Ban Chỉ đạo quyết định.",
        "mixed: 2024-06 2024-06-01 2024-06-30 →2024-07-01; 2024-12 2024-12-01 2024-12-31 +request",
    );
    case(
        "Quý II năm 2024, 6 tháng đầu năm 2024",
        "once: 2024-H1 2024-01-01 2024-06-30 →2024-07-01",
    );
}

#[test]
fn recurring() {
    case("Hàng tháng", &format!("recurring: {MONTHS}"));
    case("Hằng tháng", &format!("recurring: {MONTHS}"));
    case("định kỳ hằng tháng", &format!("recurring: {MONTHS}"));
    case("every month", &format!("recurring: {MONTHS}"));
    case("monthly", &format!("recurring: {MONTHS}"));
    case("Hàng quý", &format!("recurring: {QUARTERS}"));
    case("Hằng quý", &format!("recurring: {QUARTERS}"));
    case("HẰNG QUÝ", &format!("recurring: {QUARTERS}"));
    case("hang quy", &format!("recurring: {QUARTERS}"));
    case("định kỳ hàng quý", &format!("recurring: {QUARTERS}"));
    case(
        "01 lần/quý trong năm 2024",
        &format!("recurring: {QUARTERS}"),
    );
    case("1 lần/quý", &format!("recurring: {QUARTERS}"));
    case("every quarter", &format!("recurring: {QUARTERS}"));
    case("quarterly", &format!("recurring: {QUARTERS}"));
    case("6 tháng", &format!("recurring: {HALVES}"));
    case("06 tháng", &format!("recurring: {HALVES}"));
    case("định kỳ 6 tháng một lần", &format!("recurring: {HALVES}"));
    case("every half", &format!("recurring: {HALVES}"));
    case("9 tháng", "recurring: 2024-9M 2024-01-01 2024-09-30");
    case("Hàng năm", "recurring: 2024 2024-01-01 2024-12-31");
    case("Hằng năm", "recurring: 2024 2024-01-01 2024-12-31");
    case("năm", "recurring: 2024 2024-01-01 2024-12-31");
    case("cuối năm", "recurring: 2024 2024-01-01 2024-12-31");
    case("every year", "recurring: 2024 2024-01-01 2024-12-31");
    case("yearly", "recurring: 2024 2024-01-01 2024-12-31");
    case(
        "01 lần/quý trong năm 2025",
        "recurring: !outside 2025-Q1 2025-Q2 2025-Q3 2025-Q4",
    );
}

#[test]
fn unions_keep_the_longest_period() {
    case(
        "Hàng quý, 6 tháng, năm",
        "recurring: 2024-Q1 2024-01-01 2024-03-31 →2024-04-01; 2024-H1 2024-01-01 2024-06-30 →2024-07-01; 2024-Q3 2024-07-01 2024-09-30; 2024 2024-01-01 2024-12-31",
    );
    case(
        "Hàng quý, 06 tháng, 9 tháng, cuối năm",
        "recurring: 2024-Q1 2024-01-01 2024-03-31 →2024-04-01; 2024-H1 2024-01-01 2024-06-30 →2024-07-01; 2024-9M 2024-01-01 2024-09-30; 2024 2024-01-01 2024-12-31",
    );
    case(
        "Hằng quý, năm",
        "recurring: 2024-Q1 2024-01-01 2024-03-31 →2024-04-01; 2024-Q2 2024-04-01 2024-06-30 →2024-07-01; 2024-Q3 2024-07-01 2024-09-30; 2024 2024-01-01 2024-12-31",
    );
    case(
        "6 tháng, năm",
        "recurring: 2024-H1 2024-01-01 2024-06-30 →2024-07-01; 2024 2024-01-01 2024-12-31",
    );
}

#[test]
fn recurring_with_a_day() {
    case(
        "trước ngày 20 tháng cuối quý",
        "recurring: 2024-Q1 2024-01-01 2024-03-19; 2024-Q2 2024-04-01 2024-06-19; 2024-Q3 2024-07-01 2024-09-19; 2024-Q4 2024-10-01 2024-12-19",
    );
    case(
        "ngày 15 hàng quý",
        "recurring: 2024-Q1 2024-01-01 2024-03-15; 2024-Q2 2024-04-01 2024-06-15 →2024-06-17; 2024-Q3 2024-07-01 2024-09-15 →2024-09-16; 2024-Q4 2024-10-01 2024-12-15 →2024-12-16",
    );
    case(
        "trước ngày 25/11 hằng năm",
        "recurring: 2024 2024-01-01 2024-11-24 →2024-11-25",
    );
    case("ngày 31 hằng năm", "recurring: 2024 2024-01-01 2024-12-31");
    // Before the 1st of each month: by the end of each month (a fuzzing find).
    case_in(
        "2024-01-01",
        "2024-03-31",
        None,
        false,
        "Trước ngày 01 hàng tháng",
        "recurring: 2024-01 2024-01-01 2024-01-31; 2024-02 2024-02-01 2024-02-29; 2024-03 2024-03-01 2024-03-31",
    );
    let monthly_19 = "recurring: 2024-01 2024-01-01 2024-01-19; 2024-02 2024-02-01 2024-02-19; 2024-03 2024-03-01 2024-03-19; 2024-04 2024-04-01 2024-04-19; 2024-05 2024-05-01 2024-05-19 →2024-05-20; 2024-06 2024-06-01 2024-06-19; 2024-07 2024-07-01 2024-07-19; 2024-08 2024-08-01 2024-08-19; 2024-09 2024-09-01 2024-09-19; 2024-10 2024-10-01 2024-10-19 →2024-10-21; 2024-11 2024-11-01 2024-11-19; 2024-12 2024-12-01 2024-12-19";
    case("trước ngày 20 hằng tháng", monthly_19);
    case("Trước ngày 20 hàng tháng", monthly_19);
    case(
        "ngày 31 hàng tháng",
        "recurring: 2024-01 2024-01-01 2024-01-31; 2024-02 2024-02-01 2024-02-29; 2024-03 2024-03-01 2024-03-31 →2024-04-01; 2024-04 2024-04-01 2024-04-30 →2024-05-02; 2024-05 2024-05-01 2024-05-31; 2024-06 2024-06-01 2024-06-30 →2024-07-01; 2024-07 2024-07-01 2024-07-31; 2024-08 2024-08-01 2024-08-31 →2024-09-04; 2024-09 2024-09-01 2024-09-30; 2024-10 2024-10-01 2024-10-31; 2024-11 2024-11-01 2024-11-30 →2024-12-02; 2024-12 2024-12-01 2024-12-31",
    );
}

#[test]
fn no_occurrence() {
    case("Thường xuyên", "ongoing:");
    case("Thường xuyên trong năm 2025", "ongoing:");
    case("Liên tục", "ongoing:");
    case("ongoing", "ongoing:");
    case("Khi có yêu cầu", "on-request: +request");
    case(
        "Khi có văn bản triệu tập của cấp thẩm quyền",
        "on-request: +request",
    );
    case("Đột xuất", "on-request: +request");
    case("Theo yêu cầu", "on-request: +request");
    case("Theo chỉ đạo của UBND tỉnh", "on-request: +request");
    case("on request", "on-request: +request");
    case("Theo Kế hoạch", "elsewhere:");
    case("Theo quy định", "elsewhere:");
    case("Theo lộ trình", "elsewhere:");
    case("Theo Kế hoạch của UBND tỉnh, Sở Y tế", "elsewhere:");
}

#[test]
fn english_forms() {
    case("before 2024-06-20", "once: 2024-06-20 - 2024-06-19");
    case("by 2024-06-20", "once: 2024-06-20 - 2024-06-20");
    case("by 2024-Q3", "once: 2024-Q3 - 2024-09-30");
}

#[test]
fn plan_year_inference_and_the_period() {
    let y2023 = |p, e| case_in("2023-01-01", "2023-12-31", None, true, p, e);
    y2023("Trong quý I", "once: 2023-Q1 2023-01-01 2023-03-31");
    y2023("Trước ngày 20 tháng 6", "once: 2023-06-20 - 2023-06-19");
    y2023("Trước ngày 20 tháng 12", "once: 2023-12-20 - 2023-12-19");
    y2023(
        "Trước 10/12/2023",
        "once: 2023-12-10 - 2023-12-09 →2023-12-11",
    );
    y2023("Trước ngày 30/11/2023", "once: 2023-11-30 - 2023-11-29");
    y2023(
        "Hàng quý, 6 tháng, năm",
        "recurring: 2023-Q1 2023-01-01 2023-03-31; 2023-H1 2023-01-01 2023-06-30; 2023-Q3 2023-07-01 2023-09-30 →2023-10-02; 2023 2023-01-01 2023-12-31 →2024-01-02",
    );
    y2023("Trước ngày 20/6/2024", "once: !outside 2024-06-20");

    // A multi-year plan: year-less phrases recur each year; the last period, cut by the
    // plan's end on 31/10/2030, keeps its occurrence, due that day (issue 20).
    let tmr = |p, e| case_in("2023-01-01", "2030-10-31", None, false, p, e);
    tmr(
        "Hằng năm",
        "recurring: 2023 2023-01-01 2023-12-31; 2024 2024-01-01 2024-12-31; 2025 2025-01-01 2025-12-31; 2026 2026-01-01 2026-12-31; 2027 2027-01-01 2027-12-31; 2028 2028-01-01 2028-12-31; 2029 2029-01-01 2029-12-31; 2030 2030-01-01 2030-10-31",
    );
    tmr(
        "Trước ngày 20 tháng 6",
        "recurring: 2023-06-20 - 2023-06-19; 2024-06-20 - 2024-06-19; 2025-06-20 - 2025-06-19; 2026-06-20 - 2026-06-19; 2027-06-20 - 2027-06-19; 2028-06-20 - 2028-06-19; 2029-06-20 - 2029-06-19; 2030-06-20 - 2030-06-19",
    );
    tmr(
        "Từ ngày 01 tháng 01 năm 2023 đến hết ngày 31 tháng 10 năm 2030",
        "once: 2023-01-01..2030-10-31 2023-01-01 2030-10-31",
    );
    tmr("Trong năm 2031", "once: !outside 2031");

    // A period that starts mid-year keeps only what ends inside it.
    case_in(
        "2024-06-15",
        "2024-12-31",
        None,
        false,
        "Hằng quý",
        "recurring: 2024-Q2 2024-04-01 2024-06-30; 2024-Q3 2024-07-01 2024-09-30; 2024-Q4 2024-10-01 2024-12-31",
    );
}

#[test]
fn report_day_and_the_roll_switch() {
    case_in(
        "2024-01-01",
        "2024-12-31",
        Some(20),
        true,
        "Hàng quý",
        "recurring: 2024-Q1 2024-01-01 2024-03-20; 2024-Q2 2024-04-01 2024-06-20; 2024-Q3 2024-07-01 2024-09-20; 2024-Q4 2024-10-01 2024-12-20",
    );
    // Q2 and H1 both fall on 20 June: H1 stands.
    case_in(
        "2024-01-01",
        "2024-12-31",
        Some(20),
        true,
        "Hàng quý, 6 tháng, năm",
        "recurring: 2024-Q1 2024-01-01 2024-03-20; 2024-H1 2024-01-01 2024-06-20; 2024-Q3 2024-07-01 2024-09-20; 2024 2024-01-01 2024-12-20",
    );
    // A written day wins over report_day; one-off phrases ignore it.
    case_in(
        "2024-01-01",
        "2024-12-31",
        Some(20),
        true,
        "trước ngày 15 tháng cuối quý",
        "recurring: 2024-Q1 2024-01-01 2024-03-14; 2024-Q2 2024-04-01 2024-06-14; 2024-Q3 2024-07-01 2024-09-14 →2024-09-16; 2024-Q4 2024-10-01 2024-12-14 →2024-12-16",
    );
    case_in(
        "2024-01-01",
        "2024-12-31",
        Some(20),
        true,
        "Quý II/2024",
        "once: 2024-Q2 2024-04-01 2024-06-30 →2024-07-01",
    );
    case_in(
        "2024-01-01",
        "2024-12-31",
        None,
        false,
        "Quý II/2024",
        "once: 2024-Q2 2024-04-01 2024-06-30",
    );
}

#[test]
fn nfd_input_reads_like_nfc() {
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = "Trước ngày 20/6/2024, hằng quý".nfd().collect();
    assert_ne!(nfd, "Trước ngày 20/6/2024, hằng quý");
    case(
        &nfd,
        "mixed: 2024-Q1 2024-01-01 2024-03-31 →2024-04-01; 2024-06-20 - 2024-06-19; 2024-Q2 2024-04-01 2024-06-30 →2024-07-01; 2024-Q3 2024-07-01 2024-09-30; 2024-Q4 2024-10-01 2024-12-31",
    );
}

#[test]
fn weekdays_of_a_month() {
    case(
        "thứ Sáu tuần thứ 2 và thứ Sáu tuần thứ 4 hàng tháng",
        "recurring: 2024-01 2024-01-01 2024-01-12; 2024-01-26 2024-01-01 2024-01-26; 2024-02 2024-02-01 2024-02-09 →2024-02-15; 2024-02-23 2024-02-01 2024-02-23; 2024-03 2024-03-01 2024-03-08; 2024-03-22 2024-03-01 2024-03-22; 2024-04 2024-04-01 2024-04-12; 2024-04-26 2024-04-01 2024-04-26; 2024-05 2024-05-01 2024-05-10; 2024-05-24 2024-05-01 2024-05-24; 2024-06 2024-06-01 2024-06-14; 2024-06-28 2024-06-01 2024-06-28; 2024-07 2024-07-01 2024-07-12; 2024-07-26 2024-07-01 2024-07-26; 2024-08 2024-08-01 2024-08-09; 2024-08-23 2024-08-01 2024-08-23; 2024-09 2024-09-01 2024-09-13; 2024-09-27 2024-09-01 2024-09-27; 2024-10 2024-10-01 2024-10-11; 2024-10-25 2024-10-01 2024-10-25; 2024-11 2024-11-01 2024-11-08; 2024-11-22 2024-11-01 2024-11-22; 2024-12 2024-12-01 2024-12-13; 2024-12-27 2024-12-01 2024-12-27",
    );
    case(
        "ngày thứ tư của tuần lễ thứ hai trong tháng",
        "recurring: 2024-01 2024-01-01 2024-01-10; 2024-02 2024-02-01 2024-02-14 →2024-02-15; 2024-03 2024-03-01 2024-03-13; 2024-04 2024-04-01 2024-04-10; 2024-05 2024-05-01 2024-05-08; 2024-06 2024-06-01 2024-06-12; 2024-07 2024-07-01 2024-07-10; 2024-08 2024-08-01 2024-08-14; 2024-09 2024-09-01 2024-09-11; 2024-10 2024-10-01 2024-10-09; 2024-11 2024-11-01 2024-11-13; 2024-12 2024-12-01 2024-12-11",
    );
    case(
        "thứ Sáu của tuần cuối tháng",
        "recurring: 2024-01 2024-01-01 2024-01-26; 2024-02 2024-02-01 2024-02-23; 2024-03 2024-03-01 2024-03-29; 2024-04 2024-04-01 2024-04-26; 2024-05 2024-05-01 2024-05-31; 2024-06 2024-06-01 2024-06-28; 2024-07 2024-07-01 2024-07-26; 2024-08 2024-08-01 2024-08-30; 2024-09 2024-09-01 2024-09-27; 2024-10 2024-10-01 2024-10-25; 2024-11 2024-11-01 2024-11-29; 2024-12 2024-12-01 2024-12-27",
    );
    case(
        "thu sau cua tuan cuoi thang",
        "recurring: 2024-01 2024-01-01 2024-01-26; 2024-02 2024-02-01 2024-02-23; 2024-03 2024-03-01 2024-03-29; 2024-04 2024-04-01 2024-04-26; 2024-05 2024-05-01 2024-05-31; 2024-06 2024-06-01 2024-06-28; 2024-07 2024-07-01 2024-07-26; 2024-08 2024-08-01 2024-08-30; 2024-09 2024-09-01 2024-09-27; 2024-10 2024-10-01 2024-10-25; 2024-11 2024-11-01 2024-11-29; 2024-12 2024-12-01 2024-12-27",
    );
    case(
        "thứ Hai đầu tiên của tháng",
        "recurring: 2024-01 2024-01-01 2024-01-01 →2024-01-02; 2024-02 2024-02-01 2024-02-05; 2024-03 2024-03-01 2024-03-04; 2024-04 2024-04-01 2024-04-01; 2024-05 2024-05-01 2024-05-06; 2024-06 2024-06-01 2024-06-03; 2024-07 2024-07-01 2024-07-01; 2024-08 2024-08-01 2024-08-05; 2024-09 2024-09-01 2024-09-02 →2024-09-04; 2024-10 2024-10-01 2024-10-07; 2024-11 2024-11-01 2024-11-04; 2024-12 2024-12-01 2024-12-02",
    );
    case(
        "Chậm nhất ngày thứ Sáu cuối cùng của tháng",
        "recurring: 2024-01 2024-01-01 2024-01-26; 2024-02 2024-02-01 2024-02-23; 2024-03 2024-03-01 2024-03-29; 2024-04 2024-04-01 2024-04-26; 2024-05 2024-05-01 2024-05-31; 2024-06 2024-06-01 2024-06-28; 2024-07 2024-07-01 2024-07-26; 2024-08 2024-08-01 2024-08-30; 2024-09 2024-09-01 2024-09-27; 2024-10 2024-10-01 2024-10-25; 2024-11 2024-11-01 2024-11-29; 2024-12 2024-12-01 2024-12-27",
    );
    case(
        "thứ 6 cuối cùng của quý",
        "recurring: 2024-Q1 2024-01-01 2024-03-29; 2024-Q2 2024-04-01 2024-06-28; 2024-Q3 2024-07-01 2024-09-27; 2024-Q4 2024-10-01 2024-12-27",
    );
    case(
        "the last Friday of each month",
        "recurring: 2024-01 2024-01-01 2024-01-26; 2024-02 2024-02-01 2024-02-23; 2024-03 2024-03-01 2024-03-29; 2024-04 2024-04-01 2024-04-26; 2024-05 2024-05-01 2024-05-31; 2024-06 2024-06-01 2024-06-28; 2024-07 2024-07-01 2024-07-26; 2024-08 2024-08-01 2024-08-30; 2024-09 2024-09-01 2024-09-27; 2024-10 2024-10-01 2024-10-25; 2024-11 2024-11-01 2024-11-29; 2024-12 2024-12-01 2024-12-27",
    );
    case(
        "the 2nd Wednesday of the month",
        "recurring: 2024-01 2024-01-01 2024-01-10; 2024-02 2024-02-01 2024-02-14 →2024-02-15; 2024-03 2024-03-01 2024-03-13; 2024-04 2024-04-01 2024-04-10; 2024-05 2024-05-01 2024-05-08; 2024-06 2024-06-01 2024-06-12; 2024-07 2024-07-01 2024-07-10; 2024-08 2024-08-01 2024-08-14; 2024-09 2024-09-01 2024-09-11; 2024-10 2024-10-01 2024-10-09; 2024-11 2024-11-01 2024-11-13; 2024-12 2024-12-01 2024-12-11",
    );
    case(
        "thứ Sáu tuần thứ 2, 4 hàng tháng",
        "recurring: 2024-01 2024-01-01 2024-01-12; 2024-01-26 2024-01-01 2024-01-26; 2024-02 2024-02-01 2024-02-09 →2024-02-15; 2024-02-23 2024-02-01 2024-02-23; 2024-03 2024-03-01 2024-03-08; 2024-03-22 2024-03-01 2024-03-22; 2024-04 2024-04-01 2024-04-12; 2024-04-26 2024-04-01 2024-04-26; 2024-05 2024-05-01 2024-05-10; 2024-05-24 2024-05-01 2024-05-24; 2024-06 2024-06-01 2024-06-14; 2024-06-28 2024-06-01 2024-06-28; 2024-07 2024-07-01 2024-07-12; 2024-07-26 2024-07-01 2024-07-26; 2024-08 2024-08-01 2024-08-09; 2024-08-23 2024-08-01 2024-08-23; 2024-09 2024-09-01 2024-09-13; 2024-09-27 2024-09-01 2024-09-27; 2024-10 2024-10-01 2024-10-11; 2024-10-25 2024-10-01 2024-10-25; 2024-11 2024-11-01 2024-11-08; 2024-11-22 2024-11-01 2024-11-22; 2024-12 2024-12-01 2024-12-13; 2024-12-27 2024-12-01 2024-12-27",
    );
    case(
        "thứ Sáu tuần thứ 2 và thứ 4 hàng tháng",
        "recurring: 2024-01 2024-01-01 2024-01-12; 2024-01-26 2024-01-01 2024-01-26; 2024-02 2024-02-01 2024-02-09 →2024-02-15; 2024-02-23 2024-02-01 2024-02-23; 2024-03 2024-03-01 2024-03-08; 2024-03-22 2024-03-01 2024-03-22; 2024-04 2024-04-01 2024-04-12; 2024-04-26 2024-04-01 2024-04-26; 2024-05 2024-05-01 2024-05-10; 2024-05-24 2024-05-01 2024-05-24; 2024-06 2024-06-01 2024-06-14; 2024-06-28 2024-06-01 2024-06-28; 2024-07 2024-07-01 2024-07-12; 2024-07-26 2024-07-01 2024-07-26; 2024-08 2024-08-01 2024-08-09; 2024-08-23 2024-08-01 2024-08-23; 2024-09 2024-09-01 2024-09-13; 2024-09-27 2024-09-01 2024-09-27; 2024-10 2024-10-01 2024-10-11; 2024-10-25 2024-10-01 2024-10-25; 2024-11 2024-11-01 2024-11-08; 2024-11-22 2024-11-01 2024-11-22; 2024-12 2024-12-01 2024-12-13; 2024-12-27 2024-12-01 2024-12-27",
    );
    case(
        "thứ Hai đầu tiên của tháng 3/2024",
        "once: 2024-03 2024-03-01 2024-03-04",
    );
}

/// A weekday beside a week that names no week of a month is refused, never left out
/// while the period word after it is read alone ("thứ Sáu ... cuối tháng" is not the
/// month's last day).
#[test]
fn weekday_and_week_words_are_read_or_refused() {
    bad("ngày thứ sáu của tuần lễ sau");
    bad("thứ Sáu tuần sau cuối tháng");
    bad("thứ Sáu tuần này, cuối tháng");
    bad("thứ Hai đầu tiên của quý II");
    bad("thứ Sáu tuần thứ 2");
    bad("thứ Sáu tuần thứ 2 hằng tuần");
    // A week of the month without its weekday.
    bad("tuần cuối tháng");
    bad("trong tuần đầu tháng");
    bad("tuần thứ 2 của tháng");
    bad("trong 2 tuần đầu tháng");
}

/// The last working day of a period, and durations from the end of a reporting period
/// the phrase names by its report ("Báo cáo quý: ...").
#[test]
fn last_working_days_and_named_reports() {
    case(
        "ngày làm việc cuối cùng của tháng",
        "recurring: 2024-01 2024-01-01 2024-01-31; 2024-02 2024-02-01 2024-02-29; 2024-03 2024-03-01 2024-03-29; 2024-04 2024-04-01 2024-04-26; 2024-05 2024-05-01 2024-05-31; 2024-06 2024-06-01 2024-06-28; 2024-07 2024-07-01 2024-07-31; 2024-08 2024-08-01 2024-08-30; 2024-09 2024-09-01 2024-09-30; 2024-10 2024-10-01 2024-10-31; 2024-11 2024-11-01 2024-11-29; 2024-12 2024-12-01 2024-12-31",
    );
    case(
        "Chậm nhất ngày làm việc cuối cùng của quý",
        "recurring: 2024-Q1 2024-01-01 2024-03-29; 2024-Q2 2024-04-01 2024-06-28; 2024-Q3 2024-07-01 2024-09-30; 2024-Q4 2024-10-01 2024-12-31",
    );
    case(
        "ngay lam viec cuoi cung cua nam",
        "recurring: 2024 2024-01-01 2024-12-31",
    );
    case(
        "ngày làm việc cuối cùng của tháng 4/2024",
        "once: 2024-04 2024-04-01 2024-04-26",
    );
    case(
        "Báo cáo quý: 05 ngày làm việc kể từ thời điểm kết thúc kỳ thống kê",
        "recurring: 2024-Q1 2024-01-01 2024-04-05; 2024-Q2 2024-04-01 2024-07-05; 2024-Q3 2024-07-01 2024-10-07; 2024-Q4 2024-10-01 2025-01-08",
    );
    case(
        "báo cáo định kỳ hằng tháng: 05 ngày làm việc kể từ thời điểm kết thúc kỳ thống kê",
        "recurring: 2024-01 2024-01-01 2024-02-07; 2024-02 2024-02-01 2024-03-07; 2024-03 2024-03-01 2024-04-05; 2024-04 2024-04-01 2024-05-07; 2024-05 2024-05-01 2024-06-07; 2024-06 2024-06-01 2024-07-05; 2024-07 2024-07-01 2024-08-07; 2024-08 2024-08-01 2024-09-10; 2024-09 2024-09-01 2024-10-07; 2024-10 2024-10-01 2024-11-07; 2024-11 2024-11-01 2024-12-06; 2024-12 2024-12-01 2025-01-08",
    );
    case(
        "đối với báo cáo 6 tháng: 25 ngày làm việc kể từ thời điểm kết thúc kỳ thống kê",
        "recurring: 2024-H1 2024-01-01 2024-08-02; 2024-H2 2024-07-01 2025-02-12",
    );
    case(
        "Báo cáo quý chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo",
        "recurring: 2024-Q1 2024-01-01 2024-03-25; 2024-Q2 2024-04-01 2024-06-25; 2024-Q3 2024-07-01 2024-09-25; 2024-Q4 2024-10-01 2024-12-25",
    );
}

/// A reporting period that nothing names stays an error, which asks for the period.
#[test]
fn an_unnamed_reporting_period_is_refused() {
    let p = phrase::parse("05 ngày làm việc kể từ thời điểm kết thúc kỳ thống kê");
    assert!(
        matches!(p, Err(ref e) if matches!(e.kind, phrase::ErrorKind::NoReportingPeriod(_))),
        "{p:?}"
    );
    let p = phrase::parse("chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo");
    assert!(
        matches!(p, Err(ref e) if matches!(e.kind, phrase::ErrorKind::NoReportingPeriod(_))),
        "{p:?}"
    );
    bad("Ngày làm việc cuối cùng của tháng liền trước tháng đáo hạn");
    bad("ngày làm việc cuối cùng của quý II");
    bad("báo cáo quý I: 05 ngày làm việc kể từ thời điểm kết thúc kỳ thống kê");
}

#[test]
fn unreadable_phrases() {
    bad("");
    bad("   ");
    bad("sớm");
    bad("càng sớm càng tốt");
    bad("Quý V năm 2024");
    bad("tháng 13 năm 2024");
    bad("ngày 32/1/2024");
    bad("31/2/2023");
    bad("30/02/2024");
    bad("2024-Q5");
    bad("2024-13");
    bad("năm 1800");
    bad("25/11 hằng tháng");
    bad("trước ngày");
    bad("từ tháng 3");
    bad("12345678901234567890");
}

mod properties {
    use chrono::Datelike;
    use proptest::prelude::*;

    use super::*;

    fn rules() -> (Calendar, Option<u32>) {
        (Calendar::none(), None)
    }

    /// Every supported way of writing one date.
    fn spellings(y: i32, m: u32, day: u32) -> Vec<String> {
        vec![
            format!("{day}/{m}/{y}"),
            format!("{day:02}/{m:02}/{y}"),
            format!("{day}-{m}-{y}"),
            format!("{day:02}-{m:02}-{y}"),
            format!("{day}.{m}.{y}"),
            format!("ngày {day} tháng {m} năm {y}"),
            format!("ngày {day:02} tháng {m:02} năm {y}"),
            format!("Ngày {day}/{m}/{y}"),
            format!("NGAY {day} THANG {m} NAM {y}"),
            format!("{y}-{m:02}-{day:02}"),
            format!("đến ngày {day}/{m}/{y}"),
            format!("chậm nhất ngày {day} tháng {m} năm {y}"),
            format!("by {y}-{m:02}-{day:02}"),
        ]
    }

    proptest! {
        #[test]
        fn any_date_in_any_format_reads_back_as_itself(
            y in 1990i32..2100, m in 1u32..=12, day in 1u32..=31, which in 0usize..13
        ) {
            prop_assume!(NaiveDate::from_ymd_opt(y, m, day).is_some());
            let date = NaiveDate::from_ymd_opt(y, m, day).unwrap();
            let text = &spellings(y, m, day)[which];
            let (calendar, report_day) = rules();
            let rules = Rules { calendar: &calendar, report_day };
            let period = (NaiveDate::from_ymd_opt(y, 1, 1).unwrap(), NaiveDate::from_ymd_opt(y, 12, 31).unwrap());
            let s = schedule(text, period, &rules).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            prop_assert_eq!(s.occurrences.len(), 1, "{}", text);
            prop_assert_eq!(s.occurrences[0].last_day, date, "{}", text);
            let before = schedule(&format!("trước ngày {day}/{m}/{y}"), period, &rules).unwrap();
            if let Some(o) = before.occurrences.first() {
                prop_assert_eq!(o.last_day, date.pred_opt().unwrap());
            }
        }

        #[test]
        fn dates_that_do_not_exist_never_read(
            y in 1990i32..2100, m in prop_oneof![Just(2u32), Just(4), Just(6), Just(9), Just(11)], extra in 1u32..=3
        ) {
            let first_next = NaiveDate::from_ymd_opt(if m == 12 { y + 1 } else { y }, m % 12 + 1, 1).unwrap();
            let day = first_next.pred_opt().unwrap().day() + extra;
            prop_assume!(day <= 31);
            for text in spellings(y, m, day) {
                prop_assert!(phrase::parse(&text).is_err(), "{} read as a date", text);
            }
        }

        #[test]
        fn no_string_makes_the_parser_panic(s in "\\PC{0,80}") {
            let _ = phrase::parse(&s);
        }

        #[test]
        fn no_mix_of_phrase_words_makes_it_panic(words in proptest::collection::vec(prop_oneof![
            Just("trước"), Just("ngày"), Just("tháng"), Just("quý"), Just("năm"), Just("hằng"),
            Just("từ"), Just("đến"), Just("hết"), Just("6"), Just("9"), Just("20"), Just("/"),
            Just("-"), Just(","), Just("2024"), Just("III"), Just("đầu"), Just("cuối"),
            Just("lần"), Just("01"), Just("99999"), Just("0"), Just("khi"), Just("theo"),
        ], 0..12), from in 1990i32..2100, len in 0i32..12) {
            let text = words.join(" ");
            let (calendar, _) = rules();
            let rules = Rules { calendar: &calendar, report_day: Some(20) };
            let start = NaiveDate::from_ymd_opt(from, 1, 1).unwrap();
            let end = NaiveDate::from_ymd_opt(from + len, 12, 31).unwrap();
            if let Ok(s) = schedule(&text, (start, end), &rules) {
                for o in &s.occurrences {
                    prop_assert!(o.last_day >= start && o.last_day <= end);
                    prop_assert!(o.due >= o.last_day);
                }
            }
        }
    }
}

/// The forms of DESIGN.md section 4.1, one case each (more in the registry's examples).
#[test]
fn forms_real_plans_write_beyond_the_seeds() {
    // Words around the time expression.
    case(
        "Gửi Sở Nội vụ trước ngày 12/4/2024",
        "once: 2024-04-12 - 2024-04-11",
    );
    case(
        "hoàn thành và báo cáo trong quý III",
        "once: 2024-Q3 2024-07-01 2024-09-30",
    );
    case(
        "tổ chức vào sáng ngày 3/3/2024 (thứ Hai)",
        "once: 2024-03-03 - 2024-03-03 →2024-03-04",
    );
    case(
        "Chậm nhất ngày 10 (mười) hằng quý",
        "recurring: 2024-Q1 2024-01-01 2024-03-10 →2024-03-11; 2024-Q2 2024-04-01 2024-06-10; 2024-Q3 2024-07-01 2024-09-10; 2024-Q4 2024-10-01 2024-12-10",
    );
    // quí, two-digit years, Q3/2024, month ranges.
    case("quí IV", "once: 2024-Q4 2024-10-01 2024-12-31");
    case("trước 15/3/24", "once: 2024-03-15 - 2024-03-14");
    case("Q3/2024", "once: 2024-Q3 2024-07-01 2024-09-30");
    case(
        "tháng 02 - 3/2024",
        "once: 2024-02..2024-03 2024-02-01 2024-03-31 →2024-04-01",
    );
    case(
        "tháng 3 - tháng 5 năm 2024",
        "once: 2024-03..2024-05 2024-03-01 2024-05-31",
    );
    // đầu / giữa / cuối quý.
    case(
        "cuối quý II/2024",
        "once: 2024-06-30 - 2024-06-30 →2024-07-01",
    );
    case("giữa quý III", "once: 2024-08-15 - 2024-08-15");
    case(
        "đầu quý",
        "recurring: 2024-Q1 2024-01-01 2024-01-01 →2024-01-02; 2024-Q2 2024-04-01 2024-04-01; 2024-Q3 2024-07-01 2024-07-01; 2024-Q4 2024-10-01 2024-10-01",
    );
    // A window recurring in each period.
    case(
        "từ ngày 10 đến ngày 15 hằng quý",
        "recurring: 2024-Q1 2024-03-10 2024-03-15; 2024-Q2 2024-06-10 2024-06-15 →2024-06-17; 2024-Q3 2024-09-10 2024-09-15 →2024-09-16; 2024-Q4 2024-12-10 2024-12-15 →2024-12-16",
    );
    // The reporting period named by its role, and the following period.
    case(
        "chậm nhất ngày 12 của tháng báo cáo",
        "recurring: 2024-01 2024-01-01 2024-01-12; 2024-02 2024-02-01 2024-02-12 →2024-02-15; 2024-03 2024-03-01 2024-03-12; 2024-04 2024-04-01 2024-04-12; 2024-05 2024-05-01 2024-05-12 →2024-05-13; 2024-06 2024-06-01 2024-06-12; 2024-07 2024-07-01 2024-07-12; 2024-08 2024-08-01 2024-08-12; 2024-09 2024-09-01 2024-09-12; 2024-10 2024-10-01 2024-10-12 →2024-10-14; 2024-11 2024-11-01 2024-11-12; 2024-12 2024-12-01 2024-12-12",
    );
    case(
        "trước ngày 20 của tháng cuối quý báo cáo",
        "recurring: 2024-Q1 2024-01-01 2024-03-19; 2024-Q2 2024-04-01 2024-06-19; 2024-Q3 2024-07-01 2024-09-19; 2024-Q4 2024-10-01 2024-12-19",
    );
    case(
        "ngày 15 của tháng tiếp theo",
        "recurring: 2024-01 2024-01-01 2024-02-15; 2024-02 2024-02-01 2024-03-15; 2024-03 2024-03-01 2024-04-15; 2024-04 2024-04-01 2024-05-15; 2024-05 2024-05-01 2024-06-15 →2024-06-17; 2024-06 2024-06-01 2024-07-15; 2024-07 2024-07-01 2024-08-15; 2024-08 2024-08-01 2024-09-15 →2024-09-16; 2024-09 2024-09-01 2024-10-15; 2024-10 2024-10-01 2024-11-15; 2024-11 2024-11-01 2024-12-15 →2024-12-16; 2024-12 2024-12-01 2025-01-15",
    );
    case(
        "trước ngày 10 tháng đầu của quý sau",
        "recurring: 2024-Q1 2024-01-01 2024-04-09; 2024-Q2 2024-04-01 2024-07-09; 2024-Q3 2024-07-01 2024-10-09; 2024-Q4 2024-10-01 2025-01-09",
    );
    case(
        "ngày 31/01 năm sau",
        "recurring: 2024 2024-01-01 2025-01-31 →2025-02-03",
    );
    case(
        "before the 20th of the reporting quarter",
        "recurring: 2024-Q1 2024-01-01 2024-03-19; 2024-Q2 2024-04-01 2024-06-19; 2024-Q3 2024-07-01 2024-09-19; 2024-Q4 2024-10-01 2024-12-19",
    );
    // Durations from a period end (calendar and working days) or from an event.
    case(
        "trong 30 ngày kể từ ngày kết thúc quý",
        "recurring: 2024-Q1 2024-01-01 2024-04-30 →2024-05-02; 2024-Q2 2024-04-01 2024-07-30; 2024-Q3 2024-07-01 2024-10-30; 2024-Q4 2024-10-01 2025-01-30 →2025-02-03",
    );
    case(
        "10 ngày làm việc kể từ ngày kết thúc 6 tháng đầu năm",
        "recurring: 2024-H1 2024-01-01 2024-07-12",
    );
    case(
        "within 10 working days of the request",
        "on-request: +request",
    );
    // How often, in words.
    case(
        "ít nhất 01 lần/quý",
        "recurring: 2024-Q1 2024-01-01 2024-03-31 →2024-04-01; 2024-Q2 2024-04-01 2024-06-30 →2024-07-01; 2024-Q3 2024-07-01 2024-09-30; 2024-Q4 2024-10-01 2024-12-31",
    );
    case(
        "02 lần/năm",
        "recurring: 2024-H1 2024-01-01 2024-06-30 →2024-07-01; 2024-H2 2024-07-01 2024-12-31",
    );
    case(
        "twice a year",
        "recurring: 2024-H1 2024-01-01 2024-06-30 →2024-07-01; 2024-H2 2024-07-01 2024-12-31",
    );
    // Open-ended years, weekly and daily work.
    case_in(
        "2024-01-01",
        "2026-12-31",
        None,
        true,
        "từ năm 2025 trở đi",
        "recurring: 2025 2025-01-01 2025-12-31; 2026 2026-01-01 2026-12-31",
    );
    case_in(
        "2024-12-01",
        "2024-12-31",
        None,
        true,
        "thứ Ba hằng tuần",
        "recurring: 2024-W49 2024-12-02 2024-12-03; 2024-W50 2024-12-09 2024-12-10; 2024-W51 2024-12-16 2024-12-17; 2024-W52 2024-12-23 2024-12-24; 2025-W01 2024-12-30 2024-12-31",
    );
    case("hằng ngày", "ongoing:");
    // Milestones of a multi-year plan.
    case_in(
        "2021-01-01",
        "2025-12-31",
        None,
        true,
        "đầu kỳ, giữa kỳ, cuối kỳ",
        "once: 2021-01-01 - 2021-01-01 →2021-01-04; 2023-06-30 - 2023-06-30; 2025-12-31 - 2025-12-31",
    );
    case_in(
        "2026-01-01",
        "2030-12-31",
        None,
        true,
        "sơ kết năm 2027, tổng kết năm 2030",
        "once: 2027 2027-01-01 2027-12-31; 2030 2030-01-01 2030-12-31",
    );
    // Holidays by name.
    case("trước Tết Nguyên đán", "once: 2024-tet - 2024-02-07");
    case("trước Tết Dương lịch", "once: 2025-new-year - 2024-12-31");
    case("dịp 2/9", "once: 2024-2-9 - 2024-08-31 →2024-09-04");
    case("ngay sau Tết Nguyên đán", "once: 2024-tet - 2024-02-15");
    // English with month names and ordinal quarters.
    case("by 15 March 2024", "once: 2024-03-15 - 2024-03-15");
    case("before April 10, 2024", "once: 2024-04-10 - 2024-04-09");
    case(
        "in the third quarter of 2024",
        "once: 2024-Q3 2024-07-01 2024-09-30",
    );
    case(
        "in June 2024",
        "once: 2024-06 2024-06-01 2024-06-30 →2024-07-01",
    );
    case("the end of 2024", "once: 2024-12-31 - 2024-12-31");
    // A preposition shared by a list.
    case(
        "trước 30/6 và 15/12",
        "once: 2024-06-30 - 2024-06-29 →2024-07-01; 2024-12-15 - 2024-12-14 →2024-12-16",
    );
    case(
        "chậm nhất ngày 20/6 và ngày 20/12 hằng năm",
        "recurring: 2024-06-20 2024-01-01 2024-06-20; 2024-12-20 2024-01-01 2024-12-20",
    );
}

/// A holiday the calendar does not know in a year: 1/1, 30/4, 1/5 and 2/9 fall on their
/// own day; Tết has no occurrence, and the schedule says which.
#[test]
fn holidays_the_calendar_does_not_know() {
    case_in(
        "2200-01-01",
        "2200-12-31",
        None,
        false,
        "trước Tết Nguyên đán",
        "once: ?unknown 2200-tet",
    );
    case_in(
        "2200-01-01",
        "2200-12-31",
        None,
        false,
        "dịp 30/4",
        "once: 2200-30-4 - 2200-04-30",
    );
    case_in(
        "2200-01-01",
        "2200-12-31",
        None,
        false,
        "trước Tết Dương lịch",
        "once: 2201-new-year - 2200-12-31",
    );
}

/// The two rules at the edges of a plan's period (DESIGN.md section 4; issue 20).
#[test]
fn edges_of_the_plans_period() {
    // A period cut by the plan's end keeps its occurrence, due on the plan's last day.
    case_in(
        "2024-01-01",
        "2024-11-15",
        None,
        false,
        "Hằng quý",
        "recurring: 2024-Q1 2024-01-01 2024-03-31; 2024-Q2 2024-04-01 2024-06-30; 2024-Q3 2024-07-01 2024-09-30; 2024-Q4 2024-10-01 2024-11-15",
    );
    case_in(
        "2024-01-01",
        "2024-11-15",
        None,
        false,
        "Trong quý IV",
        "once: 2024-Q4 2024-10-01 2024-11-15",
    );
    case_in(
        "2024-01-01",
        "2024-11-15",
        None,
        false,
        "Quý IV/2024",
        "once: !outside 2024-Q4",
    );
    // A recurrence starts with the plan: what ends before the issue is left out and
    // counted; a one-off deadline the plan dates before its issue stays.
    let calendar = Calendar::none();
    let rules = Rules {
        calendar: &calendar,
        report_day: None,
    };
    let period = (d("2023-01-01"), d("2023-12-31"));
    let issued = d("2023-06-15");
    let s = schedule("Hàng quý, 6 tháng, năm", period, &rules).unwrap();
    let trimmed = s.since(issued).expect("2023-Q1 ends before the issue");
    assert_eq!(trimmed.left_out, 1);
    assert_eq!(
        compact(&trimmed),
        "recurring: 2023-H1 2023-01-01 2023-06-30; 2023-Q3 2023-07-01 2023-09-30; 2023 2023-01-01 2023-12-31"
    );
    let once = schedule("Trong quý I", period, &rules).unwrap();
    assert_eq!(once.since(issued), None, "a one-off deadline stays");
    let early: Vec<&str> = once.before_issue(issued).map(|o| o.key.as_str()).collect();
    assert_eq!(early, ["2023-Q1"]);
    // Over several years a year-less one-off recurs: its first is left out.
    let multi = schedule("Trong quý I", (d("2023-01-01"), d("2025-12-31")), &rules).unwrap();
    let trimmed = multi.since(issued).unwrap();
    assert_eq!(trimmed.left_out, 1);
    assert_eq!(trimmed.occurrences[0].key, "2024-Q1");
}
