//! The registry of forms (STYLE.md, "A registry of forms"): each form of DESIGN.md
//! sections 4 and 4.1 is one entry with its name, its meaning in both languages, its
//! examples and its parser. The examples are the form's tests
//! (`tests::every_example_reads_as_its_form_says`), the list in `kpi schedule --help` and
//! `--forms` (which the hint of `unreadable-deadline` points to) and the table of
//! docs/deadlines.md.
//!
//! The reader tries the forms in this order at each word of the phrase, so an earlier
//! form wins where two could read the same words ("trước ngày 20 hằng tháng" is a day of
//! each month before it is a date). Adding a form: an entry here, its words in
//! `lexicon.rs`, and, for a new kind of period, the resolver.

pub mod day;
pub mod duration;
pub mod english;
pub mod free;
pub mod frequency;
pub mod once;
pub mod point;
pub mod weekday;
pub mod working;

use super::cursor::{Cursor, Step};
use super::model::{DayRule, Item, Mode, Period, Point};
use crate::i18n::{Lang, Msg};

/// What a form reads, before the parts of a phrase are put together (`super::read`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// An item complete in itself.
    Item(Item),
    /// Ongoing, on request.
    Free(Item),
    /// Set elsewhere, or on request said weakly ("theo chỉ đạo"): only when nothing else
    /// in the phrase is a time.
    Weak(Item),
    /// A data window or reference day ("số liệu ... tính từ"): the phrase keeps only its
    /// deadlines, and is set elsewhere without one.
    Data,
    /// How often: "hằng quý", "thứ Sáu hằng tuần" (weekday 0 = Monday), "trong năm 2025".
    Freq {
        period: Period,
        weekday: Option<u32>,
        year: Option<i32>,
    },
    /// A point with its marker; `marked` when the text wrote one ("trước", "trong").
    Point {
        mode: Mode,
        marked: bool,
        point: Point,
    },
    Range {
        from: Point,
        to: Point,
    },
    /// A day of each period; the period `None` when the phrase names it elsewhere
    /// ("kỳ báo cáo", "Hằng tháng (trước ngày 25)").
    Day {
        rule: DayRule,
        mode: Option<Mode>,
        period: Option<Period>,
        /// A period without a day ("năm báo cáo"): only when nothing else in the phrase
        /// is a deadline, since it is often what another deadline is counted from.
        alone: bool,
    },
    Window {
        from: DayRule,
        to: DayRule,
        period: Option<Period>,
    },
    After {
        days: u32,
        working: bool,
        period: Option<Period>,
        /// "kể từ ngày kết thúc 6 tháng đầu năm": that period of the year only.
        only: Option<u32>,
    },
    /// "các năm tiếp theo": the year before it, and every year after.
    FollowingYears,
    /// "từ ngày 1/9" with no end: a start, no deadline.
    Start,
}

/// One example of a form: the phrase, the plan's period (a year, or `FROM..TO`), and
/// what it reads as, in the one-line form of `crate::schedule::compact`.
#[derive(Clone, Copy, Debug)]
pub struct Example {
    pub phrase: &'static str,
    pub period: &'static str,
    pub reads: &'static str,
}

const fn ex(phrase: &'static str, reads: &'static str) -> Example {
    Example {
        phrase,
        period: "2025",
        reads,
    }
}

const fn ex_in(phrase: &'static str, period: &'static str, reads: &'static str) -> Example {
    Example {
        phrase,
        period,
        reads,
    }
}

pub struct Form {
    /// A stable kebab-case name (docs, `--forms`, tests).
    pub id: &'static str,
    /// What the form means, for a person.
    pub meaning: Msg,
    pub examples: &'static [Example],
    pub parse: fn(&mut Cursor) -> Step<Piece>,
}

impl Form {
    pub fn meaning(&self, lang: Lang) -> &'static str {
        self.meaning.text(lang)
    }
}

/// Every form, in the order the reader tries them.
pub static FORMS: &[Form] = &[
    Form {
        id: "ongoing",
        meaning: Msg {
            id: "form-ongoing",
            vi: "thường xuyên: không có hạn, không bao giờ quá hạn",
            en: "ongoing work: no occurrence, never overdue",
        },
        examples: &[
            ex("Thường xuyên", "ongoing:"),
            ex("Thường xuyên trong năm 2025", "ongoing:"),
            ex("Liên tục", "ongoing:"),
            ex("hằng ngày", "ongoing:"),
            ex("ongoing", "ongoing:"),
        ],
        parse: free::ongoing,
    },
    Form {
        id: "on-request",
        meaning: Msg {
            id: "form-on-request",
            vi: "khi có yêu cầu: chưa có hạn cho đến khi ghi nhận yêu cầu (`kpi request`)",
            en: "on request: no occurrence until a request is recorded (`kpi request`)",
        },
        examples: &[
            ex("Khi có yêu cầu", "on-request: +request"),
            ex(
                "Khi có văn bản triệu tập của cấp thẩm quyền",
                "on-request: +request",
            ),
            ex("Đột xuất", "on-request: +request"),
            ex("Theo chỉ đạo của UBND tỉnh", "on-request: +request"),
            ex("on request", "on-request: +request"),
        ],
        parse: free::on_request,
    },
    Form {
        id: "set-elsewhere",
        meaning: Msg {
            id: "form-elsewhere",
            vi: "theo văn bản khác: thời hạn do văn bản khác quy định",
            en: "set elsewhere: another document fixes the deadline",
        },
        examples: &[
            ex("Theo Kế hoạch", "elsewhere:"),
            ex("Theo quy định", "elsewhere:"),
            ex("Theo lộ trình", "elsewhere:"),
            ex("as planned", "elsewhere:"),
        ],
        parse: free::elsewhere,
    },
    Form {
        id: "data-period",
        meaning: Msg {
            id: "form-data-period",
            vi: "kỳ số liệu hoặc ngày chốt số liệu, không phải thời hạn: như theo văn bản khác, trừ khi câu có thời hạn khác",
            en: "a data window or cut-off, not a deadline: set elsewhere, unless the phrase also names a deadline",
        },
        examples: &[
            ex(
                "Số liệu báo cáo 6 tháng đầu năm tính từ ngày 01/01 đến ngày 30/06",
                "elsewhere:",
            ),
            ex(
                "chốt số liệu ngày 25, gửi trước ngày 28 hằng tháng",
                "recurring: 2025-01 2025-01-01 2025-01-27 →2025-02-03; 2025-02 2025-02-01 2025-02-27; 2025-03 2025-03-01 2025-03-27; 2025-04 2025-04-01 2025-04-27 →2025-04-28; 2025-05 2025-05-01 2025-05-27; 2025-06 2025-06-01 2025-06-27; 2025-07 2025-07-01 2025-07-27 →2025-07-28; 2025-08 2025-08-01 2025-08-27; 2025-09 2025-09-01 2025-09-27 →2025-09-29; 2025-10 2025-10-01 2025-10-27; 2025-11 2025-11-01 2025-11-27; 2025-12 2025-12-01 2025-12-27 →2025-12-29",
            ),
            ex("Tính đến ngày 1.2.2025", "elsewhere:"),
        ],
        parse: free::data_period,
    },
    Form {
        id: "duration-after-period",
        meaning: Msg {
            id: "form-after-period",
            vi: "định kỳ, hạn là số ngày sau khi kỳ kết thúc (ngày làm việc thì bỏ qua ngày nghỉ)",
            en: "recurring, due a number of days after each period ends (working days skip days off)",
        },
        examples: &[
            ex(
                "trong 30 ngày kể từ ngày kết thúc quý",
                "recurring: 2025-Q1 2025-01-01 2025-04-30 →2025-05-05; 2025-Q2 2025-04-01 2025-07-30; 2025-Q3 2025-07-01 2025-10-30; 2025-Q4 2025-10-01 2026-01-30",
            ),
            ex_in(
                "05 ngày làm việc kể từ ngày kết thúc quý",
                "2025-01-01..2025-09-30",
                "recurring: 2025-Q1 2025-01-01 2025-04-08; 2025-Q2 2025-04-01 2025-07-07; 2025-Q3 2025-07-01 2025-10-07",
            ),
            ex(
                "Báo cáo quý: 05 ngày làm việc kể từ thời điểm kết thúc kỳ thống kê",
                "recurring: 2025-Q1 2025-01-01 2025-04-08; 2025-Q2 2025-04-01 2025-07-07; 2025-Q3 2025-07-01 2025-10-07; 2025-Q4 2025-10-01 2026-01-09",
            ),
            ex(
                "Chậm nhất 90 ngày kể từ khi kết thúc năm tài chính",
                "recurring: 2025 2025-01-01 2026-03-31",
            ),
            ex(
                "90 days from the end of the quarter",
                "recurring: 2025-Q1 2025-01-01 2025-06-29 →2025-06-30; 2025-Q2 2025-04-01 2025-09-28 →2025-09-29; 2025-Q3 2025-07-01 2025-12-29; 2025-Q4 2025-10-01 2026-03-31",
            ),
        ],
        parse: duration::after_period_end,
    },
    Form {
        id: "holiday",
        meaning: Msg {
            id: "form-holiday",
            vi: "theo ngày lễ: trước lễ là ngày làm việc cuối cùng trước kỳ nghỉ; dịp lễ là ngày đầu kỳ nghỉ",
            en: "a holiday: before it, the last working day before the break; on it, the break's first day",
        },
        examples: &[
            ex("trước Tết Nguyên đán", "once: 2025-tet - 2025-01-24"),
            ex("trước Tết Dương lịch", "once: 2026-new-year - 2025-12-31"),
            ex("dịp 30/4", "once: 2025-30-4 - 2025-04-30 →2025-05-05"),
            ex_in(
                "trước Tết Nguyên đán 2026",
                "2025-01-01..2026-12-31",
                "once: 2026-tet - 2026-02-13",
            ),
        ],
        parse: free::holiday,
    },
    Form {
        id: "milestone",
        meaning: Msg {
            id: "form-milestone",
            vi: "mốc của kế hoạch nhiều năm: đầu kỳ là ngày đầu, giữa kỳ là 30/6 năm giữa, cuối kỳ là ngày cuối; sơ kết, tổng kết theo năm ghi",
            en: "milestones of a multi-year plan: its first day, 30 June of its middle year, its last day; reviews in the years named",
        },
        examples: &[
            ex_in(
                "đầu kỳ, giữa kỳ, cuối kỳ",
                "2021-01-01..2025-12-31",
                "once: 2021-01-01 - 2021-01-01 →2021-01-04; 2023-06-30 - 2023-06-30; 2025-12-31 - 2025-12-31",
            ),
            ex_in(
                "sơ kết năm 2027, tổng kết năm 2030",
                "2026-01-01..2030-12-31",
                "once: 2027 2027-01-01 2027-12-31; 2030 2030-01-01 2030-12-31",
            ),
        ],
        parse: free::milestone,
    },
    Form {
        id: "open-ended",
        meaning: Msg {
            id: "form-open-ended",
            vi: "từ năm ghi đến hết kế hoạch, mỗi năm một lần",
            en: "every year from the year named to the end of the plan",
        },
        examples: &[
            ex_in(
                "năm 2025 và các năm tiếp theo",
                "2024-01-01..2027-12-31",
                "recurring: 2025 2025-01-01 2025-12-31; 2026 2026-01-01 2026-12-31; 2027 2027-01-01 2027-12-31",
            ),
            ex_in(
                "từ năm 2026 trở đi",
                "2025-01-01..2027-12-31",
                "recurring: 2026 2026-01-01 2026-12-31; 2027 2027-01-01 2027-12-31",
            ),
        ],
        parse: free::open_ended,
    },
    Form {
        id: "last-working-day",
        meaning: Msg {
            id: "form-last-working-day",
            vi: "ngày làm việc cuối cùng của mỗi tháng, quý hoặc năm, theo lịch nghỉ lễ (bỏ qua thứ Bảy, Chủ nhật, ngày lễ)",
            en: "the last working day of each month, quarter or year, by the holiday calendar (weekends and holidays skipped)",
        },
        examples: &[
            ex(
                "ngày làm việc cuối cùng của tháng",
                "recurring: 2025-01 2025-01-01 2025-01-24; 2025-02 2025-02-01 2025-02-28; 2025-03 2025-03-01 2025-03-31; 2025-04 2025-04-01 2025-04-29; 2025-05 2025-05-01 2025-05-30; 2025-06 2025-06-01 2025-06-30; 2025-07 2025-07-01 2025-07-31; 2025-08 2025-08-01 2025-08-29; 2025-09 2025-09-01 2025-09-30; 2025-10 2025-10-01 2025-10-31; 2025-11 2025-11-01 2025-11-28; 2025-12 2025-12-01 2025-12-31",
            ),
            ex(
                "ngày làm việc cuối cùng của quý",
                "recurring: 2025-Q1 2025-01-01 2025-03-31; 2025-Q2 2025-04-01 2025-06-30; 2025-Q3 2025-07-01 2025-09-30; 2025-Q4 2025-10-01 2025-12-31",
            ),
            ex(
                "ngày làm việc cuối cùng của năm",
                "recurring: 2025 2025-01-01 2025-12-31",
            ),
            ex(
                "the last working day of the month",
                "recurring: 2025-01 2025-01-01 2025-01-24; 2025-02 2025-02-01 2025-02-28; 2025-03 2025-03-01 2025-03-31; 2025-04 2025-04-01 2025-04-29; 2025-05 2025-05-01 2025-05-30; 2025-06 2025-06-01 2025-06-30; 2025-07 2025-07-01 2025-07-31; 2025-08 2025-08-01 2025-08-29; 2025-09 2025-09-01 2025-09-30; 2025-10 2025-10-01 2025-10-31; 2025-11 2025-11-01 2025-11-28; 2025-12 2025-12-01 2025-12-31",
            ),
        ],
        parse: working::last_working_day,
    },
    Form {
        id: "weekday-of-month",
        meaning: Msg {
            id: "form-weekday-of-month",
            vi: "một thứ trong tuần của tháng: tuần thứ 2 là thứ đó lần thứ hai trong tháng, tuần cuối là lần cuối cùng",
            en: "a weekday of the month: week 2 is that weekday's second time in the month, the last week its last time",
        },
        examples: &[
            ex(
                "ngày thứ sáu của tuần lễ cuối tháng",
                "recurring: 2025-01 2025-01-01 2025-01-31 →2025-02-03; 2025-02 2025-02-01 2025-02-28; 2025-03 2025-03-01 2025-03-28; 2025-04 2025-04-01 2025-04-25; 2025-05 2025-05-01 2025-05-30; 2025-06 2025-06-01 2025-06-27; 2025-07 2025-07-01 2025-07-25; 2025-08 2025-08-01 2025-08-29; 2025-09 2025-09-01 2025-09-26; 2025-10 2025-10-01 2025-10-31; 2025-11 2025-11-01 2025-11-28; 2025-12 2025-12-01 2025-12-26",
            ),
            ex(
                "thứ Sáu tuần thứ 2 và thứ Sáu tuần thứ 4 hàng tháng",
                "recurring: 2025-01 2025-01-01 2025-01-10; 2025-01-24 2025-01-01 2025-01-24; 2025-02 2025-02-01 2025-02-14; 2025-02-28 2025-02-01 2025-02-28; 2025-03 2025-03-01 2025-03-14; 2025-03-28 2025-03-01 2025-03-28; 2025-04 2025-04-01 2025-04-11; 2025-04-25 2025-04-01 2025-04-25; 2025-05 2025-05-01 2025-05-09; 2025-05-23 2025-05-01 2025-05-23; 2025-06 2025-06-01 2025-06-13; 2025-06-27 2025-06-01 2025-06-27; 2025-07 2025-07-01 2025-07-11; 2025-07-25 2025-07-01 2025-07-25; 2025-08 2025-08-01 2025-08-08; 2025-08-22 2025-08-01 2025-08-22; 2025-09 2025-09-01 2025-09-12; 2025-09-26 2025-09-01 2025-09-26; 2025-10 2025-10-01 2025-10-10; 2025-10-24 2025-10-01 2025-10-24; 2025-11 2025-11-01 2025-11-14; 2025-11-28 2025-11-01 2025-11-28; 2025-12 2025-12-01 2025-12-12; 2025-12-26 2025-12-01 2025-12-26",
            ),
            ex(
                "ngày thứ tư của tuần lễ thứ hai trong tháng",
                "recurring: 2025-01 2025-01-01 2025-01-08; 2025-02 2025-02-01 2025-02-12; 2025-03 2025-03-01 2025-03-12; 2025-04 2025-04-01 2025-04-09; 2025-05 2025-05-01 2025-05-14; 2025-06 2025-06-01 2025-06-11; 2025-07 2025-07-01 2025-07-09; 2025-08 2025-08-01 2025-08-13; 2025-09 2025-09-01 2025-09-10; 2025-10 2025-10-01 2025-10-08; 2025-11 2025-11-01 2025-11-12; 2025-12 2025-12-01 2025-12-10",
            ),
            ex(
                "thứ Hai đầu tiên của tháng",
                "recurring: 2025-01 2025-01-01 2025-01-06; 2025-02 2025-02-01 2025-02-03; 2025-03 2025-03-01 2025-03-03; 2025-04 2025-04-01 2025-04-07 →2025-04-08; 2025-05 2025-05-01 2025-05-05; 2025-06 2025-06-01 2025-06-02; 2025-07 2025-07-01 2025-07-07; 2025-08 2025-08-01 2025-08-04; 2025-09 2025-09-01 2025-09-01 →2025-09-03; 2025-10 2025-10-01 2025-10-06; 2025-11 2025-11-01 2025-11-03; 2025-12 2025-12-01 2025-12-01",
            ),
            ex(
                "thứ Sáu cuối cùng của quý",
                "recurring: 2025-Q1 2025-01-01 2025-03-28; 2025-Q2 2025-04-01 2025-06-27; 2025-Q3 2025-07-01 2025-09-26; 2025-Q4 2025-10-01 2025-12-26",
            ),
            ex(
                "the last Friday of each month",
                "recurring: 2025-01 2025-01-01 2025-01-31 →2025-02-03; 2025-02 2025-02-01 2025-02-28; 2025-03 2025-03-01 2025-03-28; 2025-04 2025-04-01 2025-04-25; 2025-05 2025-05-01 2025-05-30; 2025-06 2025-06-01 2025-06-27; 2025-07 2025-07-01 2025-07-25; 2025-08 2025-08-01 2025-08-29; 2025-09 2025-09-01 2025-09-26; 2025-10 2025-10-01 2025-10-31; 2025-11 2025-11-01 2025-11-28; 2025-12 2025-12-01 2025-12-26",
            ),
            ex(
                "thứ Hai đầu tiên của tháng 3/2025",
                "once: 2025-03 2025-03-01 2025-03-03",
            ),
        ],
        parse: weekday::weekday_of_month,
    },
    Form {
        id: "recurring-window",
        meaning: Msg {
            id: "form-recurring-window",
            vi: "một khoảng ngày lặp lại trong mỗi kỳ; hạn là ngày cuối của khoảng",
            en: "a window recurring in each period, due on its last day",
        },
        examples: &[
            ex(
                "từ ngày 10 đến ngày 15 hằng tháng",
                "recurring: 2025-01 2025-01-10 2025-01-15; 2025-02 2025-02-10 2025-02-15 →2025-02-17; 2025-03 2025-03-10 2025-03-15 →2025-03-17; 2025-04 2025-04-10 2025-04-15; 2025-05 2025-05-10 2025-05-15; 2025-06 2025-06-10 2025-06-15 →2025-06-16; 2025-07 2025-07-10 2025-07-15; 2025-08 2025-08-10 2025-08-15; 2025-09 2025-09-10 2025-09-15; 2025-10 2025-10-10 2025-10-15; 2025-11 2025-11-10 2025-11-15 →2025-11-17; 2025-12 2025-12-10 2025-12-15",
            ),
            ex(
                "từ ngày 1 đến ngày 7 của tháng đầu quý",
                "recurring: 2025-Q1 2025-01-01 2025-01-07; 2025-Q2 2025-04-01 2025-04-07 →2025-04-08; 2025-Q3 2025-07-01 2025-07-07; 2025-Q4 2025-10-01 2025-10-07",
            ),
        ],
        parse: day::recurring_window,
    },
    Form {
        id: "following-period",
        meaning: Msg {
            id: "form-following",
            vi: "định kỳ, hạn rơi vào kỳ sau (mỗi lần vẫn mang mã kỳ của nó)",
            en: "recurring, due in the following period (each occurrence keeps its own period's key)",
        },
        examples: &[
            ex(
                "ngày 15 của tháng tiếp theo",
                "recurring: 2025-01 2025-01-01 2025-02-15 →2025-02-17; 2025-02 2025-02-01 2025-03-15 →2025-03-17; 2025-03 2025-03-01 2025-04-15; 2025-04 2025-04-01 2025-05-15; 2025-05 2025-05-01 2025-06-15 →2025-06-16; 2025-06 2025-06-01 2025-07-15; 2025-07 2025-07-01 2025-08-15; 2025-08 2025-08-01 2025-09-15; 2025-09 2025-09-01 2025-10-15; 2025-10 2025-10-01 2025-11-15 →2025-11-17; 2025-11 2025-11-01 2025-12-15; 2025-12 2025-12-01 2026-01-15",
            ),
            ex(
                "trước ngày 10 tháng đầu của quý sau",
                "recurring: 2025-Q1 2025-01-01 2025-04-09; 2025-Q2 2025-04-01 2025-07-09; 2025-Q3 2025-07-01 2025-10-09; 2025-Q4 2025-10-01 2026-01-09",
            ),
            ex(
                "ngày 31/01 năm sau",
                "recurring: 2025 2025-01-01 2026-01-31 →2026-02-02",
            ),
            ex(
                "20th day of the next month",
                "recurring: 2025-01 2025-01-01 2025-02-20; 2025-02 2025-02-01 2025-03-20; 2025-03 2025-03-01 2025-04-20 →2025-04-21; 2025-04 2025-04-01 2025-05-20; 2025-05 2025-05-01 2025-06-20; 2025-06 2025-06-01 2025-07-20 →2025-07-21; 2025-07 2025-07-01 2025-08-20; 2025-08 2025-08-01 2025-09-20 →2025-09-22; 2025-09 2025-09-01 2025-10-20; 2025-10 2025-10-01 2025-11-20; 2025-11 2025-11-01 2025-12-20 →2025-12-22; 2025-12 2025-12-01 2026-01-20",
            ),
        ],
        parse: day::following_period,
    },
    Form {
        id: "role-period",
        meaning: Msg {
            id: "form-role",
            vi: "kỳ báo cáo: hạn là ngày ghi trong chính kỳ đó, mỗi kỳ một lần",
            en: "the reporting period: due on that day of each period",
        },
        examples: &[
            ex(
                "chậm nhất ngày 12 của tháng báo cáo",
                "recurring: 2025-01 2025-01-01 2025-01-12 →2025-01-13; 2025-02 2025-02-01 2025-02-12; 2025-03 2025-03-01 2025-03-12; 2025-04 2025-04-01 2025-04-12 →2025-04-14; 2025-05 2025-05-01 2025-05-12; 2025-06 2025-06-01 2025-06-12; 2025-07 2025-07-01 2025-07-12 →2025-07-14; 2025-08 2025-08-01 2025-08-12; 2025-09 2025-09-01 2025-09-12; 2025-10 2025-10-01 2025-10-12 →2025-10-13; 2025-11 2025-11-01 2025-11-12; 2025-12 2025-12-01 2025-12-12",
            ),
            ex(
                "trước ngày 20 tháng cuối quý báo cáo",
                "recurring: 2025-Q1 2025-01-01 2025-03-19; 2025-Q2 2025-04-01 2025-06-19; 2025-Q3 2025-07-01 2025-09-19; 2025-Q4 2025-10-01 2025-12-19",
            ),
            ex(
                "Báo cáo quý chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo",
                "recurring: 2025-Q1 2025-01-01 2025-03-25; 2025-Q2 2025-04-01 2025-06-25; 2025-Q3 2025-07-01 2025-09-25; 2025-Q4 2025-10-01 2025-12-25",
            ),
            ex(
                "before the 20th of the last month of the reporting quarter",
                "recurring: 2025-Q1 2025-01-01 2025-03-19; 2025-Q2 2025-04-01 2025-06-19; 2025-Q3 2025-07-01 2025-09-19; 2025-Q4 2025-10-01 2025-12-19",
            ),
        ],
        parse: day::role_period,
    },
    Form {
        id: "recurring-day",
        meaning: Msg {
            id: "form-recurring-day",
            vi: "định kỳ, hạn vào ngày ghi của tháng cuối mỗi kỳ (trước ngày N: ngày N−1)",
            en: "recurring, due on the day written in each period's last month (before day N: day N−1)",
        },
        examples: &[
            ex(
                "trước ngày 20 hằng tháng",
                "recurring: 2025-01 2025-01-01 2025-01-19 →2025-01-20; 2025-02 2025-02-01 2025-02-19; 2025-03 2025-03-01 2025-03-19; 2025-04 2025-04-01 2025-04-19 →2025-04-21; 2025-05 2025-05-01 2025-05-19; 2025-06 2025-06-01 2025-06-19; 2025-07 2025-07-01 2025-07-19 →2025-07-21; 2025-08 2025-08-01 2025-08-19; 2025-09 2025-09-01 2025-09-19; 2025-10 2025-10-01 2025-10-19 →2025-10-20; 2025-11 2025-11-01 2025-11-19; 2025-12 2025-12-01 2025-12-19",
            ),
            ex(
                "ngày 15 hàng quý",
                "recurring: 2025-Q1 2025-01-01 2025-03-15 →2025-03-17; 2025-Q2 2025-04-01 2025-06-15 →2025-06-16; 2025-Q3 2025-07-01 2025-09-15; 2025-Q4 2025-10-01 2025-12-15",
            ),
            ex(
                "trước ngày 20 tháng cuối quý",
                "recurring: 2025-Q1 2025-01-01 2025-03-19; 2025-Q2 2025-04-01 2025-06-19; 2025-Q3 2025-07-01 2025-09-19; 2025-Q4 2025-10-01 2025-12-19",
            ),
            ex(
                "trước ngày 25/11 hằng năm",
                "recurring: 2025 2025-01-01 2025-11-24",
            ),
            ex(
                "Hằng tháng (trước ngày 25)",
                "recurring: 2025-01 2025-01-01 2025-01-24; 2025-02 2025-02-01 2025-02-24; 2025-03 2025-03-01 2025-03-24; 2025-04 2025-04-01 2025-04-24; 2025-05 2025-05-01 2025-05-24 →2025-05-26; 2025-06 2025-06-01 2025-06-24; 2025-07 2025-07-01 2025-07-24; 2025-08 2025-08-01 2025-08-24 →2025-08-25; 2025-09 2025-09-01 2025-09-24; 2025-10 2025-10-01 2025-10-24; 2025-11 2025-11-01 2025-11-24; 2025-12 2025-12-01 2025-12-24",
            ),
            ex(
                "20th of each month",
                "recurring: 2025-01 2025-01-01 2025-01-20; 2025-02 2025-02-01 2025-02-20; 2025-03 2025-03-01 2025-03-20; 2025-04 2025-04-01 2025-04-20 →2025-04-21; 2025-05 2025-05-01 2025-05-20; 2025-06 2025-06-01 2025-06-20; 2025-07 2025-07-01 2025-07-20 →2025-07-21; 2025-08 2025-08-01 2025-08-20; 2025-09 2025-09-01 2025-09-20 →2025-09-22; 2025-10 2025-10-01 2025-10-20; 2025-11 2025-11-01 2025-11-20; 2025-12 2025-12-01 2025-12-20 →2025-12-22",
            ),
        ],
        parse: day::recurring_day,
    },
    Form {
        id: "duration-after-event",
        meaning: Msg {
            id: "form-after-event",
            vi: "số ngày kể từ một sự việc (nhận hồ sơ, có yêu cầu): như khi có yêu cầu",
            en: "days from an event (a request, a file received): on request",
        },
        examples: &[
            ex(
                "trong vòng 30 ngày kể từ ngày nhận được hồ sơ",
                "on-request: +request",
            ),
            ex(
                "Chậm nhất 5 ngày sau khi Hội đồng nhân dân quyết định",
                "on-request: +request",
            ),
            ex(
                "within 10 working days of the request",
                "on-request: +request",
            ),
        ],
        parse: duration::after_event,
    },
    Form {
        id: "weekly",
        meaning: Msg {
            id: "form-weekly",
            vi: "hằng tuần (mã 2025-W07), hạn vào thứ Sáu hoặc thứ ghi",
            en: "weekly (key 2025-W07), due on Friday or the weekday named",
        },
        examples: &[
            ex_in(
                "thứ Sáu hằng tuần",
                "2025-01-01..2025-01-31",
                "recurring: 2025-W01 2024-12-30 2025-01-03; 2025-W02 2025-01-06 2025-01-10; 2025-W03 2025-01-13 2025-01-17; 2025-W04 2025-01-20 2025-01-24; 2025-W05 2025-01-27 2025-01-31 →2025-02-03",
            ),
            ex_in(
                "hằng tuần",
                "2025-02-01..2025-02-28",
                "recurring: 2025-W06 2025-02-03 2025-02-07; 2025-W07 2025-02-10 2025-02-14; 2025-W08 2025-02-17 2025-02-21; 2025-W09 2025-02-24 2025-02-28",
            ),
            ex_in(
                "weekly",
                "2025-02-01..2025-02-28",
                "recurring: 2025-W06 2025-02-03 2025-02-07; 2025-W07 2025-02-10 2025-02-14; 2025-W08 2025-02-17 2025-02-21; 2025-W09 2025-02-24 2025-02-28",
            ),
            ex_in(
                "every Monday",
                "2025-01-01..2025-01-31",
                "recurring: 2025-W02 2025-01-06 2025-01-06; 2025-W03 2025-01-13 2025-01-13; 2025-W04 2025-01-20 2025-01-20; 2025-W05 2025-01-27 2025-01-27 →2025-02-03",
            ),
        ],
        parse: frequency::weekly,
    },
    Form {
        id: "times-per-period",
        meaning: Msg {
            id: "form-times",
            vi: "số lần mỗi kỳ: 1 lần/tháng là hằng tháng, 2 lần/năm là 6 tháng, 4 lần/năm là hằng quý",
            en: "times per period: once a month is monthly, twice a year half-yearly, four times a year quarterly",
        },
        examples: &[
            ex(
                "01 lần/quý trong năm 2025",
                "recurring: 2025-Q1 2025-01-01 2025-03-31; 2025-Q2 2025-04-01 2025-06-30; 2025-Q3 2025-07-01 2025-09-30; 2025-Q4 2025-10-01 2025-12-31",
            ),
            ex(
                "ít nhất 01 lần/tháng",
                "recurring: 2025-01 2025-01-01 2025-01-31 →2025-02-03; 2025-02 2025-02-01 2025-02-28; 2025-03 2025-03-01 2025-03-31; 2025-04 2025-04-01 2025-04-30 →2025-05-05; 2025-05 2025-05-01 2025-05-31 →2025-06-02; 2025-06 2025-06-01 2025-06-30; 2025-07 2025-07-01 2025-07-31; 2025-08 2025-08-01 2025-08-31 →2025-09-03; 2025-09 2025-09-01 2025-09-30; 2025-10 2025-10-01 2025-10-31; 2025-11 2025-11-01 2025-11-30 →2025-12-01; 2025-12 2025-12-01 2025-12-31",
            ),
            ex(
                "02 lần/năm",
                "recurring: 2025-H1 2025-01-01 2025-06-30; 2025-H2 2025-07-01 2025-12-31",
            ),
            ex(
                "twice a year",
                "recurring: 2025-H1 2025-01-01 2025-06-30; 2025-H2 2025-07-01 2025-12-31",
            ),
        ],
        parse: frequency::times,
    },
    Form {
        id: "recurring",
        meaning: Msg {
            id: "form-recurring",
            vi: "định kỳ: mỗi kỳ một lần, hạn vào cuối kỳ (hoặc vào ngày ghi kèm)",
            en: "recurring: once each period, due at its end (or on the day written with it)",
        },
        examples: &[
            ex(
                "Hằng tháng",
                "recurring: 2025-01 2025-01-01 2025-01-31 →2025-02-03; 2025-02 2025-02-01 2025-02-28; 2025-03 2025-03-01 2025-03-31; 2025-04 2025-04-01 2025-04-30 →2025-05-05; 2025-05 2025-05-01 2025-05-31 →2025-06-02; 2025-06 2025-06-01 2025-06-30; 2025-07 2025-07-01 2025-07-31; 2025-08 2025-08-01 2025-08-31 →2025-09-03; 2025-09 2025-09-01 2025-09-30; 2025-10 2025-10-01 2025-10-31; 2025-11 2025-11-01 2025-11-30 →2025-12-01; 2025-12 2025-12-01 2025-12-31",
            ),
            ex(
                "Hàng quý",
                "recurring: 2025-Q1 2025-01-01 2025-03-31; 2025-Q2 2025-04-01 2025-06-30; 2025-Q3 2025-07-01 2025-09-30; 2025-Q4 2025-10-01 2025-12-31",
            ),
            ex(
                "6 tháng",
                "recurring: 2025-H1 2025-01-01 2025-06-30; 2025-H2 2025-07-01 2025-12-31",
            ),
            ex(
                "định kỳ 6 tháng một lần",
                "recurring: 2025-H1 2025-01-01 2025-06-30; 2025-H2 2025-07-01 2025-12-31",
            ),
            ex("9 tháng", "recurring: 2025-9M 2025-01-01 2025-09-30"),
            ex("Hằng năm", "recurring: 2025 2025-01-01 2025-12-31"),
            ex(
                "Hàng quý, 6 tháng, năm",
                "recurring: 2025-Q1 2025-01-01 2025-03-31; 2025-H1 2025-01-01 2025-06-30; 2025-Q3 2025-07-01 2025-09-30; 2025 2025-01-01 2025-12-31",
            ),
            ex(
                "every quarter",
                "recurring: 2025-Q1 2025-01-01 2025-03-31; 2025-Q2 2025-04-01 2025-06-30; 2025-Q3 2025-07-01 2025-09-30; 2025-Q4 2025-10-01 2025-12-31",
            ),
        ],
        parse: frequency::recurring,
    },
    Form {
        id: "window",
        meaning: Msg {
            id: "form-range",
            vi: "một khoảng thời gian, hạn là ngày cuối",
            en: "a window, due on its last day",
        },
        examples: &[
            ex(
                "Từ ngày 01/3/2025 đến ngày 30/6/2025",
                "once: 2025-03-01..2025-06-30 2025-03-01 2025-06-30",
            ),
            ex(
                "Từ tháng 3 đến tháng 6/2025",
                "once: 2025-03..2025-06 2025-03-01 2025-06-30",
            ),
            ex(
                "tháng 02 - 3/2025",
                "once: 2025-02..2025-03 2025-02-01 2025-03-31",
            ),
            ex(
                "tháng 3 - tháng 5 năm 2025",
                "once: 2025-03..2025-05 2025-03-01 2025-05-31 →2025-06-02",
            ),
            ex_in(
                "Năm 2024-2025",
                "2024-01-01..2025-12-31",
                "once: 2024..2025 2024-01-01 2025-12-31",
            ),
            ex_in(
                "from December 2024 to January 2025",
                "2024-07-01..2025-06-30",
                "once: 2024-12..2025-01 2024-12-01 2025-01-31 →2025-02-03",
            ),
        ],
        parse: once::range,
    },
    Form {
        id: "date-before",
        meaning: Msg {
            id: "form-date-before",
            vi: "trước một ngày: hạn là ngày liền trước",
            en: "before a date: due the day before",
        },
        examples: &[
            ex("Trước ngày 20/6/2025", "once: 2025-06-20 - 2025-06-19"),
            ex("Trước 10/12/2025", "once: 2025-12-10 - 2025-12-09"),
            ex("trước ngày 20 tháng 6", "once: 2025-06-20 - 2025-06-19"),
            ex("before April 10, 2025", "once: 2025-04-10 - 2025-04-09"),
            ex(
                "trước 30/6 và 15/12",
                "once: 2025-06-30 - 2025-06-29 →2025-06-30; 2025-12-15 - 2025-12-14 →2025-12-15",
            ),
        ],
        parse: once::date_before,
    },
    Form {
        id: "date-by",
        meaning: Msg {
            id: "form-date-by",
            vi: "đến một ngày: hạn là chính ngày đó",
            en: "by a date: due that day",
        },
        examples: &[
            ex("Đến ngày 20/6/2025", "once: 2025-06-20 - 2025-06-20"),
            ex(
                "Chậm nhất ngày 20 tháng 6 năm 2025",
                "once: 2025-06-20 - 2025-06-20",
            ),
            ex("Ngày 20/6/2025", "once: 2025-06-20 - 2025-06-20"),
            ex("2025-06-20", "once: 2025-06-20 - 2025-06-20"),
            ex("15/3/25", "once: 2025-03-15 - 2025-03-15 →2025-03-17"),
            ex(
                "by 15 March 2025",
                "once: 2025-03-15 - 2025-03-15 →2025-03-17",
            ),
        ],
        parse: once::date_by,
    },
    Form {
        id: "fuzzy-day",
        meaning: Msg {
            id: "form-fuzzy",
            vi: "đầu, giữa, cuối (Bộ luật Dân sự điều 146): ngày đầu, ngày 15 (30/6 với năm), ngày cuối",
            en: "start, middle, end (Civil Code art. 146): the first day, the 15th (30 June for a year), the last day",
        },
        examples: &[
            ex("cuối tháng 6", "once: 2025-06-30 - 2025-06-30"),
            ex("giữa năm 2025", "once: 2025-06-30 - 2025-06-30"),
            ex("cuối quý II/2025", "once: 2025-06-30 - 2025-06-30"),
            ex("đầu quý III", "once: 2025-07-01 - 2025-07-01"),
            ex("the end of 2025", "once: 2025-12-31 - 2025-12-31"),
        ],
        parse: once::fuzzy_day,
    },
    Form {
        id: "month",
        meaning: Msg {
            id: "form-month",
            vi: "trong một tháng, hạn vào cuối tháng",
            en: "within a month, due at its end",
        },
        examples: &[
            ex(
                "Trong tháng 5 năm 2025",
                "once: 2025-05 2025-05-01 2025-05-31 →2025-06-02",
            ),
            ex(
                "Tháng 5/2025",
                "once: 2025-05 2025-05-01 2025-05-31 →2025-06-02",
            ),
            ex("2025-05", "once: 2025-05 2025-05-01 2025-05-31 →2025-06-02"),
            ex("in June 2025", "once: 2025-06 2025-06-01 2025-06-30"),
            ex(
                "Trước tháng 6/2025",
                "once: 2025-06 - 2025-05-31 →2025-06-02",
            ),
        ],
        parse: once::month,
    },
    Form {
        id: "quarter",
        meaning: Msg {
            id: "form-quarter",
            vi: "trong một quý, hạn vào cuối quý",
            en: "within a quarter, due at its end",
        },
        examples: &[
            ex("Trong quý I", "once: 2025-Q1 2025-01-01 2025-03-31"),
            ex("Quý III năm 2025", "once: 2025-Q3 2025-07-01 2025-09-30"),
            ex("quí II/2025", "once: 2025-Q2 2025-04-01 2025-06-30"),
            ex("Q3/2025", "once: 2025-Q3 2025-07-01 2025-09-30"),
            ex("2025-Q3", "once: 2025-Q3 2025-07-01 2025-09-30"),
            ex(
                "in the third quarter of 2025",
                "once: 2025-Q3 2025-07-01 2025-09-30",
            ),
        ],
        parse: once::quarter,
    },
    Form {
        id: "half-year",
        meaning: Msg {
            id: "form-half",
            vi: "6 tháng hoặc 9 tháng của năm, hạn vào cuối kỳ",
            en: "a half-year or nine months, due at its end",
        },
        examples: &[
            ex("6 tháng đầu năm", "once: 2025-H1 2025-01-01 2025-06-30"),
            ex(
                "6 tháng cuối năm 2025",
                "once: 2025-H2 2025-07-01 2025-12-31",
            ),
            ex(
                "9 tháng đầu năm 2025",
                "once: 2025-9M 2025-01-01 2025-09-30",
            ),
            ex("2025-H1", "once: 2025-H1 2025-01-01 2025-06-30"),
        ],
        parse: once::half,
    },
    Form {
        id: "year",
        meaning: Msg {
            id: "form-year",
            vi: "trong một năm, hạn vào 31/12",
            en: "within a year, due on 31 December",
        },
        examples: &[
            ex("Trong năm 2025", "once: 2025 2025-01-01 2025-12-31"),
            ex("Năm 2025", "once: 2025 2025-01-01 2025-12-31"),
            ex("2025", "once: 2025 2025-01-01 2025-12-31"),
        ],
        parse: once::year,
    },
];

/// How the parts of a phrase combine: rules of the reader, with examples that are tested
/// like the forms' and listed after them.
pub struct Rule {
    pub id: &'static str,
    pub meaning: Msg,
    pub examples: &'static [Example],
}

pub static RULES: &[Rule] = &[
    Rule {
        id: "words-around",
        meaning: Msg {
            id: "rule-words-around",
            vi: "động từ, nơi nhận, giờ, thứ trong tuần, số viết bằng chữ trong ngoặc không đổi thời hạn",
            en: "verbs, addressees, times of day, weekday names and number words in brackets do not change the deadline",
        },
        examples: &[
            ex(
                "Gửi Sở Nội vụ trước ngày 12/4/2025",
                "once: 2025-04-12 - 2025-04-11",
            ),
            ex(
                "hoàn thành và báo cáo trong quý III",
                "once: 2025-Q3 2025-07-01 2025-09-30",
            ),
            ex(
                "tổ chức vào sáng ngày 3/3/2025 (thứ Hai)",
                "once: 2025-03-03 - 2025-03-03",
            ),
            ex(
                "Chậm nhất ngày 10 (mười) hằng tháng",
                "recurring: 2025-01 2025-01-01 2025-01-10; 2025-02 2025-02-01 2025-02-10; 2025-03 2025-03-01 2025-03-10; 2025-04 2025-04-01 2025-04-10; 2025-05 2025-05-01 2025-05-10 →2025-05-12; 2025-06 2025-06-01 2025-06-10; 2025-07 2025-07-01 2025-07-10; 2025-08 2025-08-01 2025-08-10 →2025-08-11; 2025-09 2025-09-01 2025-09-10; 2025-10 2025-10-01 2025-10-10; 2025-11 2025-11-01 2025-11-10; 2025-12 2025-12-01 2025-12-10",
            ),
        ],
    },
    Rule {
        id: "list",
        meaning: Msg {
            id: "rule-list",
            vi: "danh sách (dấu phẩy, và, hoặc): mỗi mục một hạn; năm ghi cuối danh sách áp dụng cho cả danh sách",
            en: "a list (commas, và, hoặc): each item a deadline; a year written at the end applies to the whole list",
        },
        examples: &[
            ex(
                "Tháng 6 năm 2025, tháng 12 năm 2025",
                "once: 2025-06 2025-06-01 2025-06-30; 2025-12 2025-12-01 2025-12-31",
            ),
            ex(
                "Quý I, II năm 2025",
                "once: 2025-Q1 2025-01-01 2025-03-31; 2025-Q2 2025-04-01 2025-06-30",
            ),
            ex(
                "Tháng 6 năm 2025, tháng 12 năm 2025, hoặc đột xuất",
                "mixed: 2025-06 2025-06-01 2025-06-30; 2025-12 2025-12-01 2025-12-31 +request",
            ),
        ],
    },
    Rule {
        id: "shared-marker",
        meaning: Msg {
            id: "rule-shared",
            vi: "giới từ đầu danh sách và tần suất cuối danh sách áp dụng cho từng mục",
            en: "a preposition at the start of a list, and a recurrence at its end, apply to each item",
        },
        examples: &[
            ex(
                "trước 30/6 và 15/12",
                "once: 2025-06-30 - 2025-06-29 →2025-06-30; 2025-12-15 - 2025-12-14 →2025-12-15",
            ),
            ex(
                "ngày 20/6 và ngày 20/12 hằng năm",
                "recurring: 2025-06-20 2025-01-01 2025-06-20; 2025-12-20 2025-01-01 2025-12-20 →2025-12-22",
            ),
        ],
    },
    Rule {
        id: "union",
        meaning: Msg {
            id: "rule-union",
            vi: "hợp các kỳ: hai kỳ cùng ngày kết thúc thì giữ kỳ dài hơn (quý II → 6 tháng, quý IV → năm)",
            en: "the union of periods: where two end the same day the longer one's key stands (Q2 → H1, Q4 → year)",
        },
        examples: &[ex(
            "Hàng quý, 06 tháng, 9 tháng, cuối năm",
            "recurring: 2025-Q1 2025-01-01 2025-03-31; 2025-H1 2025-01-01 2025-06-30; 2025-9M 2025-01-01 2025-09-30; 2025 2025-01-01 2025-12-31",
        )],
    },
    Rule {
        id: "frequency-and-day",
        meaning: Msg {
            id: "rule-frequency-and-day",
            vi: "tần suất và ngày hạn ghi ở hai chỗ trong câu hợp thành một thời hạn định kỳ",
            en: "a frequency and a day written apart in the sentence make one recurring deadline",
        },
        examples: &[
            ex(
                "Chậm nhất ngày 15 (mười lăm) của tháng báo cáo đối với báo cáo định kỳ hằng tháng",
                "recurring: 2025-01 2025-01-01 2025-01-15; 2025-02 2025-02-01 2025-02-15 →2025-02-17; 2025-03 2025-03-01 2025-03-15 →2025-03-17; 2025-04 2025-04-01 2025-04-15; 2025-05 2025-05-01 2025-05-15; 2025-06 2025-06-01 2025-06-15 →2025-06-16; 2025-07 2025-07-01 2025-07-15; 2025-08 2025-08-01 2025-08-15; 2025-09 2025-09-01 2025-09-15; 2025-10 2025-10-01 2025-10-15; 2025-11 2025-11-01 2025-11-15 →2025-11-17; 2025-12 2025-12-01 2025-12-15",
            ),
            // Saturday 10/1/2026 is a make-up working day (làm bù, VPCP 12729/VPCP-KGVX):
            // the last day does not move.
            ex(
                "Định kỳ 06 tháng, gửi báo cáo chậm nhất là 10 ngày kể từ khi kết thúc kỳ báo cáo",
                "recurring: 2025-H1 2025-01-01 2025-07-10; 2025-H2 2025-07-01 2026-01-10",
            ),
        ],
    },
];

/// The examples of every form, one line each, for `kpi schedule --help`.
pub fn help() -> String {
    help_in(crate::cli::Lang::En)
}

/// The same in `lang`: the examples of the command, then the examples of every form.
pub fn help_in(lang: crate::cli::Lang) -> String {
    let (examples, forms) = match lang {
        crate::cli::Lang::En => (
            "Examples",
            "Forms kpi reads (kpi schedule --forms says what each means)",
        ),
        crate::cli::Lang::Vi => (
            "Ví dụ",
            "Các cách ghi thời hạn kpi đọc được (kpi schedule --forms giải thích từng cách)",
        ),
    };
    let mut out = format!(
        "{examples}:\n  kpi schedule \"Trước ngày 20/6/2024\"\n  kpi schedule \"Hàng quý, 6 tháng, năm\" --year 2024\n  \
kpi schedule \"hang quy\" --from 2023-01-01 --to 2030-10-31 --format json\n  kpi schedule --forms --lang vi\n\n\
{forms}:\n"
    );
    for f in FORMS {
        out.push_str("  ");
        let examples: Vec<&str> = f.examples.iter().map(|e| e.phrase).collect();
        out.push_str(&examples.join(" · "));
        out.push('\n');
    }
    out
}

/// The plan's period of an example: `2025`, or `2021-01-01..2025-12-31`.
pub fn example_period(p: &str) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    use chrono::NaiveDate;
    match p.split_once("..") {
        Some((a, b)) => Some((a.parse().ok()?, b.parse().ok()?)),
        None => {
            let y: i32 = p.parse().ok()?;
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{Calendar, Rules, compact, resolve::resolve};

    /// What an example reads as, and whether `form` read part of it.
    fn reading(e: &Example, form: Option<&str>) -> Result<String, String> {
        let calendar = Calendar::vietnam(&[], &[], true);
        let rules = Rules {
            calendar: &calendar,
            report_day: None,
        };
        let period = example_period(e.period).ok_or("bad period")?;
        let p = super::super::parse(e.phrase).map_err(|err| err.label(Lang::En))?;
        if let Some(id) = form
            && !p.readings.iter().any(|r| r.form == id)
        {
            return Err(format!("not read by `{id}` but by {:?}", p.readings));
        }
        Ok(compact(&resolve(&p, period, &rules)))
    }

    #[test]
    fn every_example_reads_as_its_form_says() {
        let mut wrong = Vec::new();
        let all = FORMS
            .iter()
            .map(|f| (Some(f.id), f.examples))
            .chain(RULES.iter().map(|r| (None, r.examples)));
        for (form, examples) in all {
            for e in examples {
                match reading(e, form) {
                    Ok(got) if got == e.reads => {}
                    Ok(got) => wrong.push(format!(
                        "{:?} in {}\n  want {}\n  got  {got}",
                        e.phrase, e.period, e.reads
                    )),
                    Err(why) => wrong.push(format!("{:?}: {why}", e.phrase)),
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} examples differ:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    #[test]
    fn forms_have_unique_names_and_a_meaning_in_both_languages() {
        let mut seen = std::collections::HashSet::new();
        let all = FORMS
            .iter()
            .map(|f| (f.id, f.meaning))
            .chain(RULES.iter().map(|r| (r.id, r.meaning)));
        for (id, meaning) in all {
            assert!(seen.insert(id), "{id} twice");
            assert!(
                id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{id}"
            );
            assert!(seen.insert(meaning.id), "message {} twice", meaning.id);
            assert!(
                !meaning.vi.trim().is_empty() && !meaning.en.trim().is_empty(),
                "{id}"
            );
            assert_ne!(meaning.vi, meaning.en, "{id} is not translated");
            assert!(crate::i18n::placeholders(meaning.vi).is_empty(), "{id}");
        }
    }
}
