//! The days off decided for each year, as data: one record a year, each row with the
//! document that fixed it.
//!
//! Each year the Prime Minister picks the five days of Tết and the day next to 2/9
//! (Labour Code 2019, art. 112(3)) and may swap a working day for a Saturday; the
//! Government Office's letter (VPCP ...-KGVX) conveys the decision and the ministry in
//! charge (Bộ Lao động - Thương binh và Xã hội until early 2025, then Bộ Nội vụ) announces
//! it (Thông báo ...). Days the Code fixes by itself (1/1, Giỗ Tổ, 30/4, 1/5 and a day in
//! lieu of one on a weekend, art. 111(3)) cite the Code. Every row below was checked
//! against the document or a report quoting it (docs/holidays.md lists the pages).
//!
//! A new year is one more record here; a year without one is computed by
//! `provisional.rs` and said to be provisional.

use super::days::{Doc, Kind, NamedHoliday};

use Kind::{InLieu, Statutory, Swapped};
use NamedHoliday::*;

/// Where a row comes from: a document of the year, or the Labour Code.
#[derive(Clone, Copy, Debug)]
pub(super) enum By {
    Doc(&'static Doc),
    Code,
}

/// One day off: (month, day), holiday, kind, source, and for a swap the Saturday worked.
#[derive(Debug)]
pub(super) struct Row {
    pub day: (u32, u32),
    pub holiday: NamedHoliday,
    pub kind: Kind,
    pub by: By,
    pub worked: Option<(u32, u32)>,
}

const fn off(day: (u32, u32), holiday: NamedHoliday, kind: Kind, by: By) -> Row {
    Row {
        day,
        holiday,
        kind,
        by,
        worked: None,
    }
}

const fn swap(day: (u32, u32), holiday: NamedHoliday, worked: (u32, u32), by: By) -> Row {
    Row {
        day,
        holiday,
        kind: Swapped,
        by,
        worked: Some(worked),
    }
}

/// One year's record.
#[derive(Debug)]
pub(super) struct Record {
    pub year: i32,
    pub documents: &'static [&'static Doc],
    pub days: &'static [Row],
}

const CODE: By = By::Code;

// 2023 ---------------------------------------------------------------------------------
/// Tết Quý Mão 20/1–26/1/2023, Quốc khánh 1/9–4/9/2023 (Phó Thủ tướng Vũ Đức Đam).
pub const VPCP_8056: Doc = Doc {
    number: "8056/VPCP-KGVX",
    issued: (2022, 12, 1),
    url: "https://thuvienphapluat.vn/cong-van/Lao-dong-Tien-luong/Cong-van-8056-VPCP-KGVX-2022-nghi-Tet-Am-lich-va-nghi-le-Quoc-khanh-2023-542221.aspx",
};
const D8056: By = By::Doc(&VPCP_8056);

// 2024 ---------------------------------------------------------------------------------
/// Tết Giáp Thìn 8/2–14/2/2024, Quốc khánh 31/8–3/9/2024.
pub const VPCP_8662: Doc = Doc {
    number: "8662/VPCP-KGVX",
    issued: (2023, 11, 3),
    url: "https://baotintuc.vn/chot-phuong-an-nghi-tet-nguyen-dan-7-ngay-nghi-le-quoc-khanh-4-ngay-n20231103185933813.htm",
};
/// The ministry's notice of the same days.
pub const TB_5015: Doc = Doc {
    number: "5015/TB-LĐTBXH",
    issued: (2023, 11, 22),
    url: "http://huyendakha.kontum.gov.vn/tin-tuc/thong-bao-ve-viec-nghi-tet-am-lich-va-nghi-le-quoc-khanh-nam-2024-doi-voi-can-bo-cong-chuc-vien-chuc-va-nguoi-lao-dong.html",
};
/// Monday 29/4/2024 off, Saturday 4/5/2024 worked: 27/4–1/5 in a row.
pub const VPCP_2450: Doc = Doc {
    number: "2450/VPCP-KGVX",
    issued: (2024, 4, 12),
    url: "https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html",
};
const D5015: By = By::Doc(&TB_5015);
const D2450: By = By::Doc(&VPCP_2450);

// 2025 ---------------------------------------------------------------------------------
/// Tết Ất Tỵ 25/1–2/2/2025, 30/4–4/5 (Friday 2/5 for Saturday 26/4), Quốc khánh 30/8–2/9.
pub const VPCP_8726: Doc = Doc {
    number: "8726/VPCP-KGVX",
    issued: (2024, 11, 26),
    url: "https://pld.net.vn/tag/nghi-tet-nguyen-dan.html",
};
/// The ministry's notice of the same days.
pub const TB_6150: Doc = Doc {
    number: "6150/TB-BLĐTBXH",
    issued: (2024, 12, 3),
    url: "https://moj.gov.vn/qt/thongbao/Pages/thong-bao.aspx?ItemID=2891",
};
const D6150: By = By::Doc(&TB_6150);

// 2026 ---------------------------------------------------------------------------------
/// Tết Bính Ngọ 14/2–22/2/2026; Quốc khánh 29/8–2/9 (Monday 31/8 for Saturday 22/8).
pub const VPCP_9859: Doc = Doc {
    number: "9859/VPCP-KGVX",
    issued: (2025, 10, 13),
    url: "https://vietnamnews.vn/society/1727239/prime-minister-approves-nine-day-lunar-new-year-holiday-plan.html",
};
/// Bộ Nội vụ's notice of the same days.
pub const TB_9441: Doc = Doc {
    number: "9441/TB-BNV",
    issued: (2025, 10, 16),
    url: "https://vietbao.vn/bo-noi-vu-thong-bao-lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-568329.html",
};
/// Tết Dương lịch 1/1–4/1/2026: Friday 2/1 for Saturday 10/1 (Phó Thủ tướng Phạm Thị Thanh Trà).
pub const VPCP_12729: Doc = Doc {
    number: "12729/VPCP-KGVX",
    issued: (2025, 12, 25),
    url: "https://vietnamnet.vn/ban-tin-vietnamnet-26-12-chinh-phu-dong-y-nghi-4-ngay-tet-duong-lich-2026-pre2476040.html",
};
const D9441: By = By::Doc(&TB_9441);
const D12729: By = By::Doc(&VPCP_12729);

/// The official years. Weekend days of a holiday are listed when they are one of the
/// eleven days (mùng 1 on a Saturday), since each gives a day in lieu.
pub(super) const RECORDS: &[Record] = &[
    Record {
        year: 2023,
        documents: &[&VPCP_8056],
        days: &[
            off((1, 1), NewYear, Statutory, CODE), // Sunday
            off((1, 2), NewYear, InLieu, CODE),
            off((1, 20), Tet, Statutory, D8056), // 29 Chạp
            off((1, 21), Tet, Statutory, D8056), // 30 Chạp, Saturday
            off((1, 22), Tet, Statutory, D8056), // mùng 1, Sunday
            off((1, 23), Tet, Statutory, D8056),
            off((1, 24), Tet, Statutory, D8056), // mùng 3
            off((1, 25), Tet, InLieu, D8056),
            off((1, 26), Tet, InLieu, D8056),
            off((4, 29), HungKings, Statutory, CODE), // Saturday
            off((4, 30), Reunification, Statutory, CODE), // Sunday
            off((5, 1), Labour, Statutory, CODE),
            off((5, 2), HungKings, InLieu, CODE),
            off((5, 3), Reunification, InLieu, CODE),
            off((9, 1), National, Statutory, D8056), // the day before 2/9
            off((9, 2), National, Statutory, D8056), // Saturday
            off((9, 4), National, InLieu, D8056),
        ],
    },
    Record {
        year: 2024,
        documents: &[&VPCP_8662, &TB_5015, &VPCP_2450],
        days: &[
            off((1, 1), NewYear, Statutory, CODE),
            off((2, 8), Tet, Statutory, D5015),  // 29 Chạp
            off((2, 9), Tet, Statutory, D5015),  // 30 Chạp
            off((2, 10), Tet, Statutory, D5015), // mùng 1, Saturday
            off((2, 11), Tet, Statutory, D5015), // Sunday
            off((2, 12), Tet, Statutory, D5015), // mùng 3
            off((2, 13), Tet, InLieu, D5015),
            off((2, 14), Tet, InLieu, D5015),
            off((4, 18), HungKings, Statutory, CODE),
            swap((4, 29), Reunification, (5, 4), D2450),
            off((4, 30), Reunification, Statutory, CODE),
            off((5, 1), Labour, Statutory, CODE),
            off((9, 2), National, Statutory, D5015),
            off((9, 3), National, Statutory, D5015), // the day after 2/9
        ],
    },
    Record {
        year: 2025,
        documents: &[&VPCP_8726, &TB_6150],
        days: &[
            off((1, 1), NewYear, Statutory, CODE),
            off((1, 27), Tet, Statutory, D6150), // 28 Chạp
            off((1, 28), Tet, Statutory, D6150), // 29 Chạp, the last day of Giáp Thìn
            off((1, 29), Tet, Statutory, D6150), // mùng 1
            off((1, 30), Tet, Statutory, D6150),
            off((1, 31), Tet, Statutory, D6150), // mùng 3
            off((4, 7), HungKings, Statutory, D6150),
            off((4, 30), Reunification, Statutory, D6150),
            off((5, 1), Labour, Statutory, D6150),
            swap((5, 2), Labour, (4, 26), D6150),
            off((9, 1), National, Statutory, D6150), // the day before 2/9
            off((9, 2), National, Statutory, D6150),
        ],
    },
    Record {
        year: 2026,
        documents: &[&VPCP_9859, &TB_9441, &VPCP_12729],
        days: &[
            off((1, 1), NewYear, Statutory, CODE),
            swap((1, 2), NewYear, (1, 10), D12729),
            off((2, 16), Tet, Statutory, D9441), // 29 Chạp, the last day of Ất Tỵ
            off((2, 17), Tet, Statutory, D9441), // mùng 1
            off((2, 18), Tet, Statutory, D9441),
            off((2, 19), Tet, Statutory, D9441),
            off((2, 20), Tet, Statutory, D9441),      // mùng 4
            off((4, 26), HungKings, Statutory, CODE), // Sunday
            off((4, 27), HungKings, InLieu, CODE),
            off((4, 30), Reunification, Statutory, CODE),
            off((5, 1), Labour, Statutory, CODE),
            swap((8, 31), National, (8, 22), D9441),
            off((9, 1), National, Statutory, D9441), // the day before 2/9
            off((9, 2), National, Statutory, D9441),
        ],
    },
];
