//! Every word list of the reader, folded (no diacritics, đ = d, lower case): the words
//! that mark a deadline, name a period, a weekday, a month, a holiday, a number, and the
//! free-text kinds. Forms (`forms/`) look words up here; nothing else spells a word.
//!
//! Lists of phrases are ordered longest first where one is a prefix of another, since
//! the cursor takes the first that matches.

use super::model::Period;
use crate::schedule::calendar::NamedHoliday;

/// A phrase of one or more folded words.
pub type Words = &'static [&'static str];

/// "Trước ngày 20/6": the day before.
pub const BEFORE: &[Words] = &[
    &["truoc"],
    &["before"],
    &["prior", "to"],
    &["earlier", "than"],
];

/// "Đến ngày 20/6", "chậm nhất": on that day at the latest.
pub const BY: &[Words] = &[
    &["cham", "nhat"],
    &["muon", "nhat"],
    &["cho", "den", "het"],
    &["cho", "den"],
    &["cho", "toi"],
    &["den", "het"],
    &["den"],
    &["toi", "het"],
    &["toi"],
    &["han", "chot"],
    &["han", "cuoi"],
    &["han"],
    &["khong", "qua"],
    &["no", "later", "than"],
    &["not", "later", "than"],
    &["at", "the", "latest", "by"],
    &["by"],
    &["until"],
    &["till"],
    &["due"],
];

/// "Trong tháng 5", "vào quý III", "in June 2025": inside that window.
pub const WITHIN: &[Words] = &[&["trong"], &["vao"], &["in"], &["during"], &["within"]];

/// Words that may sit between a marker and its time expression: "chậm nhất là vào ngày".
pub const LINKS: &[Words] = &[&["la"], &["vao"], &["trong"], &["on"], &["the"], &["het"]];

/// "Từ ngày A đến ngày B", "from A to B".
pub const FROM: &[Words] = &[&["bat", "dau", "tu"], &["tu"], &["from"], &["between"]];
/// The end of a range: "đến", "to", "-".
pub const TO: &[Words] = &[
    &["cho", "den", "het"],
    &["cho", "den"],
    &["den", "het"],
    &["den"],
    &["toi", "het"],
    &["toi"],
    &["to"],
    &["until"],
    &["through"],
    &["and"],
];

/// The first word of a recurrence: "hằng tháng", "mỗi quý", "every month".
pub const EACH: &[Words] = &[
    &["hang"],
    &["moi"],
    &["tung"],
    &["every"],
    &["each"],
    &["per"],
];
/// "định kỳ hằng quý", "định kỳ 6 tháng": changes nothing.
pub const PERIODIC: &[Words] = &[&["dinh", "ky"], &["dinh", "ki"], &["periodically"]];

/// A period word after `EACH`, or alone in a list ("Hàng quý, 6 tháng, năm").
pub fn period_word(w: &str) -> Option<Period> {
    Some(match w {
        "tuan" | "week" => Period::Week,
        "thang" | "month" => Period::Month,
        "quy" | "qui" | "quarter" => Period::Quarter,
        "nam" | "year" => Period::Year,
        _ => return None,
    })
}

/// Adverbs of frequency: "monthly", "quarterly".
pub fn period_adverb(w: &str) -> Option<Period> {
    Some(match w {
        "weekly" => Period::Week,
        "monthly" => Period::Month,
        "quarterly" => Period::Quarter,
        "semiannually" | "semiannual" | "biannually" | "halfyearly" => Period::Half,
        "yearly" | "annually" | "annual" => Period::Year,
        _ => return None,
    })
}

/// The word for a quarter: "quý", the spelling "quí", "Q" (Q3/2025), "quarter".
pub const QUARTER: &[Words] = &[&["quy"], &["qui"], &["q"], &["quarter"]];
/// The word for a month.
pub const MONTH: &[Words] = &[&["thang"], &["month"]];
/// The word for a year.
pub const YEAR: &[Words] = &[&["nam"], &["year"]];
/// The word for a day.
pub const DAY: &[Words] = &[&["ngay"], &["day"]];

/// Roman numerals of quarters (and half-years).
pub fn roman(w: &str) -> Option<u32> {
    Some(match w {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        _ => return None,
    })
}

/// A word that looks like a Roman numeral but is none of I to IV: "quý V" is an error,
/// not prose.
pub fn roman_like(w: &str) -> bool {
    !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
}

/// English ordinals of quarters and halves: "the third quarter".
pub fn ordinal(w: &str) -> Option<u32> {
    Some(match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

/// The suffixes of English ordinal numbers: 1st, 2nd, 3rd, 20th.
pub const ORDINAL_SUFFIX: &[&str] = &["st", "nd", "rd", "th"];

/// Month names in English, with their abbreviations.
pub fn month_name(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Lunar month names that mean a month of the solar calendar in plans ("tháng Chạp" is
/// the twelfth lunar month): not read as dates, see `NOISE_AFTER`.
pub const LUNAR_MONTHS: &[&str] = &["chap", "gieng"];

/// Vietnamese weekday names after "thứ" (0 = Monday), and "chủ nhật".
pub fn weekday_vi(w: &str) -> Option<u32> {
    Some(match w {
        "hai" => 0,
        "ba" => 1,
        "tu" => 2,
        "nam" => 3,
        "sau" => 4,
        "bay" => 5,
        _ => return None,
    })
}

/// English weekday names (0 = Monday).
pub fn weekday_en(w: &str) -> Option<u32> {
    Some(match w {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

/// What follows a weekday that makes it a weekday of a month ("thứ Sáu tuần thứ 2",
/// "thứ Sáu của tuần cuối tháng", "thứ Hai đầu tiên của tháng", "thứ Sáu cuối tháng"):
/// the weekday is then read (or refused), not left out as words around.
pub const WEEK_OF_MONTH_AFTER_WEEKDAY: &[Words] = &[
    &["tuan"],
    &["cua", "tuan"],
    &["trong", "tuan"],
    &["dau", "tien"],
    &["cuoi", "cung"],
    &["cuoi", "thang"],
    &["cuoi", "quy"],
    &["cuoi", "cua"],
    &["cuoi", "trong"],
    &["dau", "thang"],
    &["dau", "cua"],
    &["thu", "nhat"],
];

/// English ordinals before a weekday: "the last Friday", "the second Wednesday".
pub fn en_nth(w: &str) -> Option<i8> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "last" | "final" => -1,
        _ => return None,
    })
}

/// "tuần", "tuần lễ": a week inside a month ("tuần lễ thứ hai trong tháng").
pub const WEEK: &[Words] = &[&["tuan", "le"], &["tuan"]];

/// Which occurrence of a weekday in a month: 1 to 5 ("tuần thứ 2", "thứ Hai đầu tiên"),
/// or -1, the last ("tuần cuối tháng", "thứ Sáu cuối cùng").
pub fn nth_of_month(w: &str) -> Option<i8> {
    Some(match w {
        "nhat" | "mot" => 1,
        "hai" => 2,
        "ba" => 3,
        "tu" | "bon" => 4,
        "nam" => 5,
        _ => return None,
    })
}

/// Words of a weekly recurrence after a weekday: "thứ Sáu hằng tuần", "every Friday".
pub const WEEKLY: &[Words] = &[
    &["hang", "tuan"],
    &["tung", "tuan"],
    &["moi", "tuan"],
    &["cac", "tuan"],
    &["trong", "tuan"],
    &["each", "week"],
    &["every", "week"],
    &["weekly"],
];

/// Vietnamese number words, as units (1-9), with their value.
pub fn vi_unit(w: &str) -> Option<u32> {
    Some(match w {
        "mot" => 1,
        "hai" => 2,
        "ba" => 3,
        "bon" => 4,
        "nam" => 5,
        "sau" => 6,
        "bay" => 7,
        "tam" => 8,
        "chin" => 9,
        _ => return None,
    })
}

/// Units after "mươi"/"mười" take other spellings: "hai mươi mốt", "mười lăm",
/// "hai mươi tư".
pub fn vi_unit_after_ten(w: &str) -> Option<u32> {
    match w {
        "mot" => Some(1),
        "tu" => Some(4),
        "lam" => Some(5),
        _ => vi_unit(w),
    }
}

/// "mười" (ten) and "mươi" (tens) fold alike.
pub const VI_TEN: &str = "muoi";

/// English number words.
pub fn en_number(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// "twice a year": how many times a word says.
pub fn times_word(w: &str) -> Option<u32> {
    Some(match w {
        "once" => 1,
        "twice" => 2,
        "thrice" => 3,
        _ => return None,
    })
}

/// "lần" (times): "01 lần/quý", "2 lần/năm", "4 times a year".
pub const TIMES: &[Words] = &[&["lan"], &["times"], &["time"]];
/// Between the count and the period: "01 lần/quý", "1 lần mỗi tháng", "twice a year".
pub const TIMES_PER: &[Words] = &[
    &["moi"],
    &["trong", "mot"],
    &["trong"],
    &["tren"],
    &["mot"],
    &["per"],
    &["a"],
    &["each"],
    &["every"],
];
/// "ít nhất 01 lần/tháng", "tối thiểu", "at least": changes nothing.
pub const AT_LEAST: &[Words] = &[&["it", "nhat"], &["toi", "thieu"], &["at", "least"]];

/// The deadline falls in the period after: "tháng tiếp theo", "năm sau", "of the
/// following year".
pub const NEXT: &[Words] = &[
    &["tiep", "theo"],
    &["ke", "tiep"],
    &["lien", "ke"],
    &["lien", "sau"],
    &["ke", "sau"],
    &["sau"],
    &["following"],
    &["next"],
    &["subsequent"],
];
/// The period before: "của năm trước".
pub const PREVIOUS: &[Words] = &[
    &["lien", "truoc"],
    &["truoc", "do"],
    &["truoc"],
    &["previous"],
    &["preceding"],
    &["prior"],
];
/// The reporting period named by its role: "tháng báo cáo", "kỳ báo cáo", "the
/// reporting quarter", "năm tính thuế".
pub const ROLE: &[Words] = &[
    &["bao", "cao"],
    &["thong", "ke"],
    &["tinh", "thue"],
    &["ke", "hoach"],
    &["reporting"],
    &["report"],
    &["planning"],
    &["statistical"],
];
/// "kỳ" and "period" name whatever period the task recurs over.
pub const ANY_PERIOD: &[Words] = &[&["ky"], &["ki"], &["period"]];

/// "cuối" / "đầu": of the period's last or first month ("tháng cuối quý").
pub const LAST: &[Words] = &[&["cuoi", "cung"], &["cuoi"], &["last"], &["final"]];
pub const FIRST: &[Words] = &[&["dau", "tien"], &["dau"], &["first"], &["1st"]];
pub const MIDDLE: &[Words] = &[&["giua"], &["middle"], &["mid"]];
/// "của", "thuộc", "of" between a day and its period.
pub const OF: &[Words] = &[&["cua"], &["thuoc"], &["trong"], &["of"], &["in"]];

/// A duration's unit: days, and working days.
pub const WORKING_DAYS: &[Words] = &[
    &["ngay", "lam", "viec"],
    &["working", "days"],
    &["working", "day"],
    &["business", "days"],
    &["business", "day"],
];
pub const DAYS: &[Words] = &[&["ngay"], &["days"], &["day"]];
/// What a duration counts from: "kể từ", "sau", "from", "after".
pub const SINCE: &[Words] = &[
    &["ke", "tu", "sau"],
    &["ke", "tu"],
    &["tinh", "tu"],
    &["sau", "khi"],
    &["so", "voi"],
    &["sau"],
    &["from"],
    &["after"],
    &["following"],
    &["of"],
];
/// The end of a period, after `SINCE`: "ngày kết thúc quý", "khi kết thúc kỳ báo cáo",
/// "the end of the quarter".
pub const PERIOD_END: &[Words] = &[
    &["ngay", "ket", "thuc"],
    &["ngay", "het"],
    &["thoi", "diem", "ket", "thuc"],
    &["khi", "ket", "thuc"],
    &["ket", "thuc"],
    &["het"],
    &["the", "end", "of", "the"],
    &["the", "end", "of"],
    &["end", "of", "the"],
    &["end", "of"],
];

/// A duration may start "trong vòng", "within", "no later than".
pub const DURATION_LEAD: &[Words] = &[
    &["trong", "thoi", "han"],
    &["trong", "pham", "vi"],
    &["trong", "vong"],
    &["trong"],
    &["within"],
];
/// A duration in weeks: "1 tuần", "2 weeks".
pub const WEEKS: &[Words] = &[&["tuan"], &["weeks"], &["week"]];

/// Ongoing work: no occurrence, never overdue.
pub const ONGOING: &[Words] = &[
    &["thuong", "xuyen"],
    &["lien", "tuc"],
    &["hang", "ngay"],
    &["moi", "ngay"],
    &["ongoing"],
    &["continuous"],
    &["continuously"],
    &["regularly"],
    &["daily"],
    &["every", "day"],
    &["each", "day"],
];
/// On request: no occurrence until a request is recorded.
pub const ON_REQUEST: &[Words] = &[
    &["khi"],
    &["dot", "xuat"],
    &["on", "request"],
    &["upon", "request"],
    &["upon", "occurrence"],
    &["when", "requested"],
    &["as", "requested"],
    &["as", "urgently", "requested"],
    &["if", "requested"],
    &["ad", "hoc"],
    &["when", "needed"],
    &["as", "needed"],
];
/// On request too, but only when nothing else in the phrase is a time: "Theo yêu cầu",
/// "Theo chỉ đạo của UBND tỉnh" (and not "bảo đảm tiến độ theo chỉ đạo ..., trong tháng
/// 5").
pub const ON_REQUEST_WEAK: &[Words] = &[
    &["theo", "yeu", "cau"],
    &["theo", "de", "nghi"],
    &["theo", "chi", "dao"],
];

/// Set elsewhere: another document fixes the deadline.
pub const ELSEWHERE: &[Words] = &[
    &["theo"],
    &["set", "elsewhere"],
    &["as", "planned"],
    &["as", "scheduled"],
    &["per", "plan"],
    &["according", "to"],
];

/// Words naming holidays, and the holiday.
pub const HOLIDAYS: &[(Words, NamedHoliday)] = &[
    (&["tet", "nguyen", "dan"], NamedHoliday::Tet),
    (&["tet", "am", "lich"], NamedHoliday::Tet),
    (&["tet", "co", "truyen"], NamedHoliday::Tet),
    (&["tet", "duong", "lich"], NamedHoliday::NewYear),
    (&["tet", "tay"], NamedHoliday::NewYear),
    (&["lunar", "new", "year"], NamedHoliday::Tet),
    (&["new", "year"], NamedHoliday::NewYear),
    (&["tet"], NamedHoliday::Tet),
    (&["gio", "to", "hung", "vuong"], NamedHoliday::HungKings),
    (&["gio", "to"], NamedHoliday::HungKings),
    (&["hung", "kings"], NamedHoliday::HungKings),
    (&["quoc", "khanh"], NamedHoliday::National),
    (&["national", "day"], NamedHoliday::National),
    (&["quoc", "te", "lao", "dong"], NamedHoliday::Labour),
    (&["labour", "day"], NamedHoliday::Labour),
    (&["labor", "day"], NamedHoliday::Labour),
    (
        &["giai", "phong", "mien", "nam"],
        NamedHoliday::Reunification,
    ),
    (&["reunification", "day"], NamedHoliday::Reunification),
];
/// Holidays written as their date: "dịp 30/4", "lễ 2/9".
pub fn holiday_date(month: u32, day: u32) -> Option<NamedHoliday> {
    Some(match (day, month) {
        (1, 1) => NamedHoliday::NewYear,
        (30, 4) => NamedHoliday::Reunification,
        (1, 5) => NamedHoliday::Labour,
        (2, 9) => NamedHoliday::National,
        _ => return None,
    })
}
/// "dịp", "nhân dịp", "lễ": the holiday itself.
pub const AT_HOLIDAY: &[Words] = &[
    &["nhan", "dip"],
    &["vao", "dip"],
    &["trong", "dip"],
    &["dip"],
    &["ngay", "le"],
    &["le"],
    &["ky", "nghi"],
    &["on"],
    &["at"],
    &["for"],
];
/// After a holiday: "sau Tết", "right after".
pub const AFTER_HOLIDAY: &[Words] = &[&["ngay", "sau"], &["sau"], &["right", "after"], &["after"]];

/// Milestones of a multi-year plan: "đầu kỳ", "giữa kỳ", "cuối kỳ".
pub const PLAN_TERM: &[Words] = &[&["ky"], &["ki"], &["giai", "doan"], &["term"]];

/// "năm 2025 và các năm tiếp theo", "từ năm 2025 trở đi".
pub const FOLLOWING_YEARS: &[Words] = &[
    &["cac", "nam", "tiep", "theo"],
    &["nhung", "nam", "tiep", "theo"],
    &["cac", "nam", "sau"],
    &["nhung", "nam", "sau"],
    &["cac", "nam", "ke", "tiep"],
    &["the", "following", "years"],
    &["following", "years"],
    &["subsequent", "years"],
];
pub const ONWARDS: &[Words] = &[
    &["tro", "di"],
    &["tro", "ve", "sau"],
    &["onwards"],
    &["onward"],
];

/// "Từ nay đến hết năm 2024": from now on, only the end counts.
pub const FROM_NOW: &[Words] = &[&["tu", "nay"], &["tu", "bay", "gio"], &["from", "now"]];

/// Words that a time expression's neighbours may be without being one: "năm học
/// 2021-2022" is a school year, "học kỳ I" a term, "năm tài chính" the year.
pub const NOT_A_DEADLINE: &[Words] = &[
    &["nam", "hoc"],
    &["hoc", "ky"],
    &["hoc", "ki"],
    &["nien", "khoa"],
];

/// Times of day: "18h00", "7 giờ 30", "sáng", "buổi chiều".
pub const TIME_OF_DAY: &[&str] = &["sang", "chieu", "toi", "trua", "dem", "buoi", "am", "pm"];
pub const HOUR: &[&str] = &["h", "gio"];
pub const MINUTE: &[&str] = &["phut"];

/// The stems and branches that name a lunar year ("Giáp Thìn", "Ất Tỵ").
pub const LUNAR_STEMS: &[&str] = &[
    "giap", "at", "binh", "dinh", "mau", "ky", "canh", "tan", "nham", "quy",
];
pub const LUNAR_BRANCHES: &[&str] = &[
    "ty", "suu", "dan", "mao", "thin", "ngo", "mui", "than", "dau", "tuat", "hoi",
];

/// Words that define a reporting period's data, not a deadline: "số liệu báo cáo tính
/// từ ...", "chốt số liệu", "tính đến ngày 1/2" (as of), "the period covered".
pub const DATA_PERIOD: &[Words] = &[
    &["chot", "so", "lieu"],
    &["lay", "so", "lieu"],
    &["so", "lieu"],
    &["tinh", "bat", "dau", "tu"],
    &["tinh", "tu"],
    &["tinh", "den"],
    &["cover", "the", "period"],
    &["data", "cutoff"],
    &["cut", "off", "date"],
    &["as", "of"],
];

/// Events whose date another document sets: "tại kỳ họp", "phiên họp", "nhiệm kỳ".
pub const EVENTS: &[Words] = &[
    &["ky", "hop"],
    &["phien", "hop"],
    &["nhiem", "ky"],
    &["dai", "hoi"],
];

/// "tức": what follows restates the date (lunar dates): left out.
pub const THAT_IS: &[Words] = &[&["tuc", "la"], &["tuc"], &["i", "e"]];

/// Separators of a list, besides `,` `;` `+`: "và", "hoặc".
pub fn list_word(w: &str) -> bool {
    matches!(w, "va" | "hoac" | "and" | "or")
}
