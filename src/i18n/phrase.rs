//! Messages of deadline phrases: why one does not read, and how `kpi schedule` tells a
//! person what it read. What each form means is in the registry of forms, beside the
//! form (`schedule::phrase::forms`), so that a new form is written in one place.

messages! {
    EMPTY "phrase-empty" {
        vi: "thời hạn để trống",
        en: "the deadline is empty"
    }
    UNREADABLE "phrase-unreadable" {
        vi: "kpi không đọc được thời hạn `{phrase}`",
        en: "kpi cannot read the deadline `{phrase}`"
    }
    NO_SUCH_DATE "phrase-no-such-date" {
        vi: "thời hạn `{phrase}` ghi một ngày không có trong lịch (`{part}`)",
        en: "the deadline `{phrase}` names a date that does not exist (`{part}`)"
    }
    NO_DEADLINE "phrase-no-deadline" {
        vi: "không có ngày, kỳ hay tần suất nào ở đây",
        en: "no date, period or frequency here"
    }
    EXPECTED_AFTER "phrase-expected-after" {
        vi: "sau `{after}`: cần {expected}",
        en: "after `{after}`: {expected}"
    }
    EXPECTED_HERE "phrase-expected-here" {
        vi: "cần {expected}",
        en: "expected {expected}"
    }
    NOT_IN_CALENDAR "phrase-not-in-calendar" {
        vi: "ngày này không có trong lịch",
        en: "not a day of the calendar"
    }
    DATE_IN_SHORT_PERIOD "phrase-date-in-short-period" {
        vi: "`{part}` là một ngày trong năm, không lặp lại mỗi tháng hay mỗi tuần: viết `ngày 25 hằng tháng` hoặc `25/11 hằng năm`",
        en: "`{part}` is a day of the year, it cannot recur every month or week: write `ngày 25 hằng tháng` or `25/11 hằng năm`"
    }
    NO_REPORTING_PERIOD "phrase-no-reporting-period" {
        vi: "`{part}` không nói kỳ báo cáo nào: ghi kỳ lặp lại (hằng tháng, hằng quý, 6 tháng, hằng năm) hoặc tên báo cáo (Báo cáo quý: ...)",
        en: "`{part}` does not say which period is reported: write how often (hằng tháng, hằng quý, 6 tháng, hằng năm) or the report's name (Báo cáo quý: ...)"
    }
    FORMS_HINT "phrase-forms-hint" {
        vi: "các dạng thời hạn kpi đọc được, mỗi dạng một ví dụ: `kpi schedule --forms`",
        en: "the forms of deadline kpi reads, with examples: `kpi schedule --forms`"
    }

    EXPECT_QUARTER "expect-quarter" { vi: "I, II, III, IV hoặc 1–4", en: "I, II, III, IV or 1–4" }
    EXPECT_HALF "expect-half" { vi: "1 hoặc 2 (H1, H2)", en: "1 or 2 (H1, H2)" }
    EXPECT_MONTH "expect-month" { vi: "một tháng từ 1 đến 12", en: "a month, 1 to 12" }
    EXPECT_DAY "expect-day" { vi: "một ngày từ 1 đến 31", en: "a day, 1 to 31" }
    EXPECT_YEAR "expect-year" { vi: "một năm từ 1900 đến 2200", en: "a year from 1900 to 2200" }
    EXPECT_POINT "expect-point" {
        vi: "một ngày (20/6/2025), tháng (tháng 6/2025), quý (quý II/2025) hoặc năm (năm 2025)",
        en: "a date (20/6/2025), a month (tháng 6/2025), a quarter (quý II/2025) or a year (năm 2025)"
    }
    EXPECT_RANGE_END "expect-range-end" {
        vi: "`đến` và ngày kết thúc (đến ngày 30/6/2025)",
        en: "`đến` and the end of the window (đến ngày 30/6/2025)"
    }
    EXPECT_PERIOD_OF_DAY "expect-period-of-day" {
        vi: "tháng của ngày đó hoặc kỳ lặp lại (tháng 6, hằng tháng, tháng cuối quý)",
        en: "the day's month or how often it recurs (tháng 6, hằng tháng, tháng cuối quý)"
    }
    EXPECT_TIMES "expect-times" {
        vi: "số lần chia đều được năm: 1, 2, 4 hoặc 12 lần/năm",
        en: "a count that divides the year: 1, 2, 4 or 12 times a year"
    }
    EXPECT_DURATION_FROM "expect-duration-from" {
        vi: "kỳ kết thúc (quý, năm, kỳ báo cáo)",
        en: "the period that ends (quý, năm, kỳ báo cáo)"
    }
    EXPECT_HOLIDAY "expect-holiday" {
        vi: "tên ngày lễ (Tết Nguyên đán, Tết Dương lịch, 30/4, 2/9)",
        en: "a holiday (Tết Nguyên đán, Tết Dương lịch, 30/4, 2/9)"
    }
    EXPECT_WEEKDAY_OF_WEEK "expect-weekday-of-week" {
        vi: "thứ mấy của tuần đó (thứ Sáu tuần thứ 2, thứ Hai tuần đầu tháng) hoặc một ngày (ngày 7 hằng tháng)",
        en: "which day of that week (thứ Sáu tuần thứ 2, thứ Hai tuần đầu tháng) or a date (ngày 7 hằng tháng)"
    }
    EXPECT_WEEK_OF_MONTH "expect-week-of-month" {
        vi: "tuần thứ mấy của tháng (tuần thứ 2, tuần cuối tháng) hoặc hằng tuần",
        en: "which week of the month (tuần thứ 2, tuần cuối tháng) or hằng tuần"
    }

    KIND_ONCE "kind-once" { vi: "một lần", en: "one deadline" }
    KIND_RECURRING "kind-recurring" { vi: "định kỳ", en: "recurring" }
    KIND_ONGOING "kind-ongoing" { vi: "thường xuyên", en: "ongoing" }
    KIND_ON_REQUEST "kind-on-request" { vi: "khi có yêu cầu", en: "on request" }
    KIND_ELSEWHERE "kind-elsewhere" { vi: "theo văn bản khác", en: "set elsewhere" }
    KIND_MIXED "kind-mixed" { vi: "nhiều loại", en: "several kinds" }

    SCHEDULE_SUMMARY "schedule-summary" {
        vi: "“{phrase}”: {kind}, trong thời gian {from} đến {to}",
        en: "“{phrase}”: {kind}, over {from} to {to}"
    }
    SCHEDULE_READ_AS "schedule-read-as" {
        vi: "kpi đọc như sau:",
        en: "How kpi reads it:"
    }
    SCHEDULE_HEAD_KEY "schedule-head-key" { vi: "Kỳ", en: "Key" }
    SCHEDULE_HEAD_WINDOW "schedule-head-window" { vi: "Khoảng thời gian", en: "Window" }
    SCHEDULE_HEAD_LAST "schedule-head-last" { vi: "Hạn cuối", en: "Last day" }
    SCHEDULE_HEAD_DUE "schedule-head-due" { vi: "Đến hạn", en: "Due" }
    SCHEDULE_NONE_ONGOING "schedule-none-ongoing" {
        vi: "Thường xuyên: không có hạn, không bao giờ quá hạn.",
        en: "Ongoing: no occurrence, never overdue."
    }
    SCHEDULE_NONE_ON_REQUEST "schedule-none-on-request" {
        vi: "Khi có yêu cầu: chưa có hạn cho đến khi có yêu cầu.",
        en: "On request: no occurrence until a request is recorded."
    }
    SCHEDULE_NONE_ELSEWHERE "schedule-none-elsewhere" {
        vi: "Theo văn bản khác: thời hạn do văn bản khác quy định.",
        en: "Set elsewhere: the deadline is fixed by another document."
    }
    SCHEDULE_NONE "schedule-none" {
        vi: "Không có lần nào trong thời gian này.",
        en: "No occurrence in this period."
    }
    SCHEDULE_ALSO_REQUEST "schedule-also-request" {
        vi: "Ngoài ra: khi có yêu cầu (đột xuất).",
        en: "Also: on request."
    }
    SCHEDULE_YEARLY "schedule-yearly" {
        vi: "Cụm từ không ghi năm: lặp lại hằng năm trong thời gian của kế hoạch.",
        en: "The phrase names no year: it recurs every year of the period."
    }
    SCHEDULE_OUTSIDE "schedule-outside" {
        vi: "Ngoài thời gian của kế hoạch, bỏ qua: {key} ({day})",
        en: "Outside the period, dropped: {key} ({day})"
    }
    SCHEDULE_UNKNOWN "schedule-unknown" {
        vi: "Lịch nghỉ của {key} chưa có trong kpi: lần này không có ngày (thêm [[holiday]] vào kpi.toml).",
        en: "kpi does not know the days off of {key}: no date for it (add [[holiday]] to kpi.toml)."
    }
    SCHEDULE_AFTER_PERIOD "schedule-after-period" {
        vi: "{key}: hạn rơi vào kỳ sau, sau khi kế hoạch kết thúc ({day}).",
        en: "{key}: due in the following period, after the plan's end ({day})."
    }
    SCHEDULE_PUBLIC_HOLIDAY "schedule-public-holiday" { vi: "ngày nghỉ lễ", en: "public holiday" }
    SCHEDULE_DAY_OFF "schedule-day-off" { vi: "{day} là ngày nghỉ", en: "{day} is a day off" }
    SCHEDULE_BAD_YEAR "schedule-bad-year" {
        vi: "--year {year} nằm ngoài khoảng kpi đọc được (1900 đến 2200)",
        en: "--year {year} is out of range (1900 to 2200)"
    }
    SCHEDULE_FROM_AFTER_TO "schedule-from-after-to" {
        vi: "--from {from} sau --to {to}",
        en: "--from {from} is after --to {to}"
    }
    SCHEDULE_FORMS_TITLE "schedule-forms-title" {
        vi: "Các dạng thời hạn kpi đọc được (thử một cụm từ: kpi schedule \"...\"):",
        en: "The forms of deadline kpi reads (try one: kpi schedule \"...\"):"
    }
    SCHEDULE_RULES_TITLE "schedule-rules-title" {
        vi: "Cách ghép các phần của một cụm từ:",
        en: "How the parts of a phrase combine:"
    }
}
