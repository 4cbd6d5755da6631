//! Messages of deadline phrases: why one does not read, what each form means, and how
//! `kpi schedule` tells a person what it read.

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
        vi: "`{part}` không nói kỳ nào: thêm hằng tháng, hằng quý, 6 tháng hoặc hằng năm",
        en: "`{part}` does not say which period: add hằng tháng, hằng quý, 6 tháng or hằng năm"
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

    FORM_ONGOING "form-ongoing" {
        vi: "thường xuyên: không có hạn, không bao giờ quá hạn",
        en: "ongoing work: no occurrence, never overdue"
    }
    FORM_ON_REQUEST "form-on-request" {
        vi: "khi có yêu cầu: chưa có hạn cho đến khi ghi nhận yêu cầu (`kpi request`)",
        en: "on request: no occurrence until a request is recorded (`kpi request`)"
    }
    FORM_ELSEWHERE "form-elsewhere" {
        vi: "theo văn bản khác: thời hạn do văn bản khác quy định",
        en: "set elsewhere: another document fixes the deadline"
    }
    FORM_DATA_PERIOD "form-data-period" {
        vi: "kỳ số liệu hoặc ngày chốt số liệu, không phải thời hạn: như theo văn bản khác, trừ khi câu có thời hạn khác",
        en: "a data window or cut-off, not a deadline: set elsewhere, unless the phrase also names a deadline"
    }
    FORM_AFTER_PERIOD "form-after-period" {
        vi: "định kỳ, hạn là số ngày sau khi kỳ kết thúc (ngày làm việc thì bỏ qua ngày nghỉ)",
        en: "recurring, due a number of days after each period ends (working days skip days off)"
    }
    FORM_AFTER_EVENT "form-after-event" {
        vi: "số ngày kể từ một sự việc (nhận hồ sơ, có yêu cầu): như khi có yêu cầu",
        en: "days from an event (a request, a file received): on request"
    }
    FORM_HOLIDAY "form-holiday" {
        vi: "theo ngày lễ: trước lễ là ngày làm việc cuối cùng trước kỳ nghỉ; dịp lễ là ngày đầu kỳ nghỉ",
        en: "a holiday: before it, the last working day before the break; on it, the break's first day"
    }
    FORM_MILESTONE "form-milestone" {
        vi: "mốc của kế hoạch nhiều năm: đầu kỳ là ngày đầu, giữa kỳ là 30/6 năm giữa, cuối kỳ là ngày cuối; sơ kết, tổng kết theo năm ghi",
        en: "milestones of a multi-year plan: its first day, 30 June of its middle year, its last day; reviews in the years named"
    }
    FORM_OPEN_ENDED "form-open-ended" {
        vi: "từ năm ghi đến hết kế hoạch, mỗi năm một lần",
        en: "every year from the year named to the end of the plan"
    }
    FORM_RECURRING_WINDOW "form-recurring-window" {
        vi: "một khoảng ngày lặp lại trong mỗi kỳ; hạn là ngày cuối của khoảng",
        en: "a window recurring in each period, due on its last day"
    }
    FORM_FOLLOWING "form-following" {
        vi: "định kỳ, hạn rơi vào kỳ sau (mỗi lần vẫn mang mã kỳ của nó)",
        en: "recurring, due in the following period (each occurrence keeps its own period's key)"
    }
    FORM_ROLE "form-role" {
        vi: "kỳ báo cáo: hạn là ngày ghi trong chính kỳ đó, mỗi kỳ một lần",
        en: "the reporting period: due on that day of each period"
    }
    FORM_RECURRING_DAY "form-recurring-day" {
        vi: "định kỳ, hạn vào ngày ghi của tháng cuối mỗi kỳ (trước ngày N: ngày N−1)",
        en: "recurring, due on the day written in each period's last month (before day N: day N−1)"
    }
    FORM_WEEKLY "form-weekly" {
        vi: "hằng tuần (mã 2025-W07), hạn vào thứ Sáu hoặc thứ ghi",
        en: "weekly (key 2025-W07), due on Friday or the weekday named"
    }
    FORM_TIMES "form-times" {
        vi: "số lần mỗi kỳ: 1 lần/tháng là hằng tháng, 2 lần/năm là 6 tháng, 4 lần/năm là hằng quý",
        en: "times per period: once a month is monthly, twice a year half-yearly, four times a year quarterly"
    }
        FORM_RECURRING "form-recurring" {
        vi: "định kỳ: mỗi kỳ một lần, hạn vào cuối kỳ (hoặc vào ngày ghi kèm)",
        en: "recurring: once each period, due at its end (or on the day written with it)"
    }
    FORM_RANGE "form-range" {
        vi: "một khoảng thời gian, hạn là ngày cuối",
        en: "a window, due on its last day"
    }
    FORM_DATE_BEFORE "form-date-before" {
        vi: "trước một ngày: hạn là ngày liền trước",
        en: "before a date: due the day before"
    }
    FORM_DATE_BY "form-date-by" {
        vi: "đến một ngày: hạn là chính ngày đó",
        en: "by a date: due that day"
    }
    FORM_FUZZY "form-fuzzy" {
        vi: "đầu, giữa, cuối (Bộ luật Dân sự điều 146): ngày đầu, ngày 15 (30/6 với năm), ngày cuối",
        en: "start, middle, end (Civil Code art. 146): the first day, the 15th (30 June for a year), the last day"
    }
    FORM_MONTH "form-month" {
        vi: "trong một tháng, hạn vào cuối tháng",
        en: "within a month, due at its end"
    }
    FORM_QUARTER "form-quarter" {
        vi: "trong một quý, hạn vào cuối quý",
        en: "within a quarter, due at its end"
    }
    FORM_HALF "form-half" {
        vi: "6 tháng hoặc 9 tháng của năm, hạn vào cuối kỳ",
        en: "a half-year or nine months, due at its end"
    }
    FORM_YEAR "form-year" {
        vi: "trong một năm, hạn vào 31/12",
        en: "within a year, due on 31 December"
    }
    RULE_WORDS_AROUND "rule-words-around" {
        vi: "động từ, nơi nhận, giờ, thứ trong tuần, số viết bằng chữ trong ngoặc không đổi thời hạn",
        en: "verbs, addressees, times of day, weekday names and number words in brackets do not change the deadline"
    }
    RULE_LIST "rule-list" {
        vi: "danh sách (dấu phẩy, và, hoặc): mỗi mục một hạn; năm ghi cuối danh sách áp dụng cho cả danh sách",
        en: "a list (commas, và, hoặc): each item a deadline; a year written at the end applies to the whole list"
    }
    RULE_SHARED "rule-shared" {
        vi: "giới từ đầu danh sách và tần suất cuối danh sách áp dụng cho từng mục",
        en: "a preposition at the start of a list, and a recurrence at its end, apply to each item"
    }
    RULE_UNION "rule-union" {
        vi: "hợp các kỳ: hai kỳ cùng ngày kết thúc thì giữ kỳ dài hơn (quý II → 6 tháng, quý IV → năm)",
        en: "the union of periods: where two end the same day the longer one's key stands (Q2 → H1, Q4 → year)"
    }
    RULE_FREQUENCY_AND_DAY "rule-frequency-and-day" {
        vi: "tần suất và ngày hạn ghi ở hai chỗ trong câu hợp thành một thời hạn định kỳ",
        en: "a frequency and a day written apart in the sentence make one recurring deadline"
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
