//! The plan's header, read from the lines of the document: the "Số:" line, place and date
//! of issue, the title after "KẾ HOẠCH", the period the title names, the basis lines
//! ("Căn cứ …", "Thực hiện …"), the signer; in a workbook, the appendix's heading and its
//! "(Kèm theo Kế hoạch số …)" line instead. Everything is compared folded, so a text
//! without accents (a scan's OCR) reads the same.

use chrono::NaiveDate;

use crate::text::fold;

/// The period of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Year(i32),
    Range(NaiveDate, NaiveDate),
}

/// Where the period was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeriodSource {
    /// Named by the plan's title.
    Title,
    /// Named by the appendix's heading (a workbook).
    AppendixHeading,
    /// The year of the date in "(Kèm theo Kế hoạch số … ngày …)": a guess.
    AttachedDate,
    /// Given on the command line.
    Option,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    pub number: Option<String>,
    pub place: Option<String>,
    pub issued: Option<NaiveDate>,
    pub title: Option<String>,
    /// The title is the appendix's heading: the document had no "KẾ HOẠCH" line.
    pub title_from_appendix: bool,
    pub period: Option<(Period, PeriodSource)>,
    pub basis: Vec<String>,
    pub signer: Option<String>,
    pub signer_title: Option<String>,
    pub indices: Vec<&'static str>,
    /// The heading under "PHỤ LỤC".
    pub appendix_title: Option<String>,
    /// The heading of the body's "Tổ chức thực hiện" part, whose tasks are not imported.
    pub body_duties: Option<String>,
}

fn starts(folded: &str, word: &str) -> bool {
    folded == word || folded.starts_with(&format!("{word} "))
}

/// A numbered heading: "II. NỘI DUNG" → ("II", "NỘI DUNG").
pub fn roman_heading(line: &str) -> Option<(String, String)> {
    let (num, rest) = line.split_once(['.', ')'])?;
    let num = num.trim();
    let roman = !num.is_empty() && num.len() <= 5 && num.chars().all(|c| "IVXL".contains(c));
    (roman && !rest.trim().is_empty()).then(|| (num.to_string(), rest.trim().to_string()))
}

/// Read the header from the lines before the appendix (or, in a workbook, from the
/// appendix's heading lines).
pub fn read(lines: &[String], appendix_heading: &[String], workbook: bool) -> Header {
    let mut h = Header::default();
    let folded: Vec<String> = lines.iter().map(|l| fold(l)).collect();
    let plan_at = folded.iter().position(|f| f == "ke hoach");
    let before_title = plan_at.unwrap_or(folded.len().min(12));
    for (line, f) in lines.iter().zip(&folded).take(before_title) {
        if h.number.is_none()
            && let Some(n) = number(line, f)
        {
            h.number = Some(n);
        }
        if h.place.is_none()
            && let Some((place, date)) = place_and_date(line)
        {
            h.place = Some(place);
            h.issued = date;
        }
    }
    if let Some(at) = plan_at {
        let (title, end) = title_after(lines, &folded, at + 1);
        h.title = title;
        h.basis = basis(lines, &folded, end);
    }
    h.appendix_title = appendix_title(appendix_heading).or_else(|| {
        let at = folded.iter().position(|f| is_appendix_mark(f))?;
        appendix_title(&lines[at..])
    });
    if h.title.is_none() && (workbook || plan_at.is_none()) {
        h.title = h.appendix_title.clone();
        h.title_from_appendix = h.title.is_some();
    }
    if let Some(t) = &h.title {
        h.indices = indices(t);
        if let Some(p) = period(t) {
            let source = if h.title_from_appendix {
                PeriodSource::AppendixHeading
            } else {
                PeriodSource::Title
            };
            h.period = Some((p, source));
        }
    }
    // "(Kèm theo Kế hoạch số 45/KH-UBND ngày 20/3/2024 của …)": the plan's number, and
    // its year when nothing else says.
    for line in appendix_heading.iter().chain(lines) {
        let f = fold(line);
        let f = f.trim_start_matches('(');
        if !f.starts_with("kem theo") {
            continue;
        }
        if h.number.is_none()
            && let Some(n) = attached_number(line)
        {
            h.number = Some(n);
        }
        if h.period.is_none()
            && let Some(y) = last_year(f)
        {
            h.period = Some((Period::Year(y), PeriodSource::AttachedDate));
        }
        break;
    }
    let (signer_title, signer) = signer(lines, &folded);
    h.signer = signer;
    h.signer_title = signer_title;
    h.body_duties = lines.iter().find_map(|l| {
        let (_, rest) = roman_heading(l)?;
        starts(&fold(&rest), "to chuc thuc hien").then(|| l.clone())
    });
    h
}

fn is_appendix_mark(f: &str) -> bool {
    starts(f, "phu luc") && f.len() <= 16
}

/// "Số: 12/KH-SYT" → "12/KH-SYT"; "Số: /KH-SYT" → "/KH-SYT".
fn number(line: &str, folded: &str) -> Option<String> {
    let rest = folded.strip_prefix("so")?;
    if !rest.trim_start().starts_with(':') {
        return None;
    }
    let value = line.split_once(':')?.1.trim();
    // The header cell may go on with the place and date on the same line.
    let value = value.split("  ").next().unwrap_or(value).trim();
    (!value.is_empty() && value.len() <= 60).then(|| value.to_string())
}

/// "Bình Định, ngày 15 tháng 6 năm 2023" → ("Bình Định", 2023-06-15); a day left blank
/// ("ngày tháng năm 2023") gives no date.
fn place_and_date(line: &str) -> Option<(String, Option<NaiveDate>)> {
    let (place, rest) = line.rsplit_once(',')?;
    let f = fold(rest);
    if !starts(&f, "ngay") {
        return None;
    }
    let place = place.trim();
    if place.is_empty() || place.chars().count() > 40 || starts(&fold(place), "so") {
        return None;
    }
    let nums = numbers(&f);
    let date = match (f.contains("thang"), nums.as_slice()) {
        (true, [d, m, y]) => NaiveDate::from_ymd_opt(*y as i32, *m, *d),
        (false, [d, m, y]) if *y > 1900 => NaiveDate::from_ymd_opt(*y as i32, *m, *d),
        _ => None,
    };
    Some((place.to_string(), date))
}

/// The numbers in a folded text, in order.
fn numbers(f: &str) -> Vec<u32> {
    f.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty() && s.len() <= 4)
        .filter_map(|s| s.parse().ok())
        .collect()
}

fn last_year(f: &str) -> Option<i32> {
    numbers(f)
        .into_iter()
        .rev()
        .find(|n| (1990..=2100).contains(n))
        .map(|n| n as i32)
}

/// The title: the lines after "KẾ HOẠCH" up to a blank line or the first basis line.
/// Returns it and the index of the first line after it.
fn title_after(lines: &[String], folded: &[String], from: usize) -> (Option<String>, usize) {
    let mut at = from;
    while at < lines.len() && lines[at].trim().is_empty() {
        at += 1;
    }
    let mut parts: Vec<&str> = Vec::new();
    while at < lines.len() {
        let (line, f) = (lines[at].trim(), &folded[at]);
        let stop = line.is_empty()
            || (!parts.is_empty()
                && (is_basis(f)
                    || roman_heading(line).is_some()
                    || line.starts_with(['-', '_', '(', '*'])
                    || line.chars().count() > 250));
        if stop
            || line
                .chars()
                .all(|c| matches!(c, '_' | '-' | '—' | '=' | '*'))
        {
            break;
        }
        parts.push(line);
        at += 1;
    }
    let title = parts.join(" ");
    ((!title.is_empty()).then_some(title), at)
}

fn is_basis(f: &str) -> bool {
    ["can cu", "thuc hien", "theo de nghi", "xet de nghi", "nham"]
        .iter()
        .any(|w| starts(f, w))
}

/// "Căn cứ …;" and "Thực hiện …," lines up to the first numbered part.
fn basis(lines: &[String], folded: &[String], from: usize) -> Vec<String> {
    let mut out = Vec::new();
    for (line, f) in lines.iter().zip(folded).skip(from) {
        if roman_heading(line).is_some() || is_appendix_mark(f) {
            break;
        }
        let word = ["can cu", "thuc hien"].into_iter().find(|w| starts(f, w));
        let Some(word) = word else { continue };
        // Drop the leading word ("Căn cứ", two words in the original too).
        let mut rest = line.trim();
        for _ in 0..word.split(' ').count() {
            rest = rest.split_once(' ').map_or("", |(_, r)| r).trim_start();
        }
        // What follows the reference is the plan speaking ("; Sở Y tế xây dựng kế
        // hoạch …", ", Sở Y tế ban hành …").
        let mut text = rest.split(';').next().unwrap_or(rest).trim();
        if let Some((head, tail)) = text.rsplit_once(", ") {
            let t = fold(tail);
            if ["xay dung", "ban hanh", "nhu sau"]
                .iter()
                .any(|w| t.contains(w))
            {
                text = head;
            }
        }
        let text = text.trim_end_matches(['.', ',', ';', ':']).trim();
        if !text.is_empty() {
            out.push(text.to_string());
        }
    }
    out
}

/// The heading lines under "PHỤ LỤC", up to "(Kèm theo …)".
fn appendix_title(lines: &[String]) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    let mut seen_mark = false;
    for line in lines {
        let f = fold(line);
        if is_appendix_mark(&f) {
            seen_mark = true;
            continue;
        }
        if line.trim().is_empty() {
            if parts.is_empty() {
                continue;
            }
            break;
        }
        if f.trim_start_matches('(').starts_with("kem theo") || (!seen_mark && parts.len() >= 2) {
            break;
        }
        parts.push(line.trim());
    }
    let t = parts.join(" ");
    (!t.is_empty()).then_some(t)
}

/// "(Kèm theo Kế hoạch số 45/KH-UBND ngày …)" → "45/KH-UBND".
fn attached_number(line: &str) -> Option<String> {
    let f = fold(line);
    let at = f.find(" so ")?;
    // The folded text keeps word positions: count words to find the original.
    let words_before = f[..at].split(' ').count() + 1;
    let word = line.split_whitespace().nth(words_before)?;
    word.contains('/')
        .then(|| word.trim_end_matches([',', ')']).to_string())
}

/// The period a title names: "năm 2024", "năm 2024 và năm 2025", "giai đoạn 2023 - 2030".
pub fn period(title: &str) -> Option<Period> {
    let f = fold(title);
    let year = |s: &str| -> Option<i32> {
        let d: String = s.chars().take_while(char::is_ascii_digit).collect();
        (d.len() == 4).then(|| d.parse().ok()).flatten()
    };
    let range = |a: i32, b: i32| {
        Some(Period::Range(
            NaiveDate::from_ymd_opt(a.min(b), 1, 1)?,
            NaiveDate::from_ymd_opt(a.max(b), 12, 31)?,
        ))
    };
    // "giai đoạn 2023 - 2030", "2021-2025", "từ năm 2024 đến năm 2025"
    for (i, _) in f.match_indices("giai doan ") {
        let rest = &f[i + 10..];
        if let Some(a) = year(rest) {
            let after = rest[4..]
                .trim_start()
                .trim_start_matches(['-', '–'])
                .trim_start();
            let after = after.strip_prefix("den ").unwrap_or(after);
            let after = after.strip_prefix("nam ").unwrap_or(after);
            if let Some(b) = year(after) {
                return range(a, b);
            }
        }
    }
    let years: Vec<i32> = f
        .match_indices("nam ")
        .filter(|(i, _)| *i == 0 || !f.as_bytes()[i - 1].is_ascii_alphanumeric())
        .filter_map(|(i, _)| year(&f[i + 4..]))
        .collect();
    match years.as_slice() {
        [] => None,
        [y] => Some(Period::Year(*y)),
        ys if ys.iter().all(|y| *y == ys[0]) => Some(Period::Year(ys[0])),
        ys => range(*ys.iter().min()?, *ys.iter().max()?),
    }
}

/// The indices a title names, in the order it names them.
pub fn indices(title: &str) -> Vec<&'static str> {
    let f = fold(title);
    let find = |words: &[&str]| {
        words
            .iter()
            .filter_map(|w| {
                f.match_indices(w)
                    .find(|(i, _)| {
                        let before = f[..*i].chars().next_back();
                        let after = f[i + w.len()..].chars().next();
                        !before.is_some_and(char::is_alphanumeric)
                            && !after.is_some_and(char::is_alphanumeric)
                    })
                    .map(|(i, _)| i)
            })
            .min()
    };
    let mut found: Vec<(usize, &'static str)> = [
        ("PCI", &["pci", "nang luc canh tranh cap tinh"][..]),
        (
            "PAPI",
            &["papi", "hieu qua quan tri va hanh chinh cong"][..],
        ),
        (
            "SIPAS",
            &["sipas", "hai long cua nguoi dan", "su hai long"][..],
        ),
        (
            "PAR INDEX",
            &["par index", "chi so cai cach hanh chinh"][..],
        ),
        (
            "DDCI",
            &[
                "ddci",
                "nang luc canh tranh cac don vi",
                "nang luc canh tranh cap so",
                "nang luc canh tranh cac so",
            ][..],
        ),
    ]
    .into_iter()
    .filter_map(|(name, words)| find(words).map(|at| (at, name)))
    .collect();
    found.sort();
    found.into_iter().map(|(_, n)| n).collect()
}

/// The signer's title and name, from the signature block at the end of the body.
fn signer(lines: &[String], folded: &[String]) -> (Option<String>, Option<String>) {
    let end = folded
        .iter()
        .position(|f| is_appendix_mark(f))
        .unwrap_or(lines.len());
    let start = lines[..end]
        .iter()
        .rposition(|l| l.trim_end().ends_with("./.") || fold(l).starts_with("noi nhan"))
        .unwrap_or(end);
    let start = lines[..end]
        .iter()
        .position(|l| l.trim_end().ends_with("./."))
        .map_or(start, |p| p.min(start));
    let mut titles: Vec<String> = Vec::new();
    let mut name = None;
    for (line, f) in lines[start..end].iter().zip(&folded[start..end]) {
        let line = line.trim();
        if line.is_empty()
            || line.starts_with(['-', '+'])
            || f.starts_with("noi nhan")
            || f.starts_with("luu")
            || line.ends_with("./.")
        {
            continue;
        }
        if is_office_title(line, f) {
            titles.push(title_case(line));
            continue;
        }
        if !titles.is_empty() && is_person(line) {
            name = Some(line.to_string());
            break;
        }
    }
    let title = (!titles.is_empty()).then(|| titles.join(", "));
    (title, name)
}

const OFFICES: &[&str] = &[
    "giam doc",
    "truong ban",
    "chu tich",
    "truong phong",
    "chanh van phong",
    "thu truong",
    "bo truong",
    "cuc truong",
    "vien truong",
    "bi thu",
    "pho",
    "kt.",
    "tm.",
    "tl.",
    "q.",
    "chi cuc truong",
    "hieu truong",
    "uy vien",
];

fn is_office_title(line: &str, f: &str) -> bool {
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty()
        && letters.iter().all(|c| !c.is_lowercase())
        && line.chars().count() <= 60
        && OFFICES
            .iter()
            .any(|w| f.starts_with(w) || f.contains(&format!(" {w}")))
}

fn is_person(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
        })
}

const ACRONYMS: &[&str] = &[
    "UBND", "HĐND", "BCĐ", "BCH", "CCHC", "PCI", "PAPI", "TTYT", "CDC",
];

/// "KT.GIÁM ĐỐC" → "KT. Giám đốc"; "PHÓ CHỦ TỊCH UBND TỈNH" → "Phó Chủ tịch UBND tỉnh".
pub fn title_case(line: &str) -> String {
    let mut rest = line.trim();
    let mut out = String::new();
    for prefix in ["KT.", "TM.", "TL.", "TUQ.", "Q."] {
        if let Some(r) = rest.strip_prefix(prefix) {
            out.push_str(prefix);
            out.push(' ');
            rest = r.trim_start();
            break;
        }
    }
    let mut capital = true;
    for (i, word) in rest.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if ACRONYMS.contains(&word) {
            out.push_str(word);
            capital = false;
            continue;
        }
        let lower = word.to_lowercase();
        if capital {
            let mut cs = lower.chars();
            out.extend(cs.next().into_iter().flat_map(char::to_uppercase));
            out.extend(cs);
        } else {
            out.push_str(&lower);
        }
        // The office after "Phó" is a name of its own: "Phó Giám đốc".
        capital = lower == "phó";
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn periods_named_by_titles() {
        for (title, want) in [
            ("Cải thiện Chỉ số PCI năm 2024", Some(Period::Year(2024))),
            ("cai thien chi so PCI nam 2024", Some(Period::Year(2024))),
            (
                "Kế hoạch năm 2024 và năm 2025",
                Some(Period::Range(d(2024, 1, 1), d(2025, 12, 31))),
            ),
            (
                "tại Trung tâm Y tế, giai đoạn 2023 - 2030",
                Some(Period::Range(d(2023, 1, 1), d(2030, 12, 31))),
            ),
            (
                "giai đoạn 2021-2025",
                Some(Period::Range(d(2021, 1, 1), d(2025, 12, 31))),
            ),
            ("NỘI DUNG TUYÊN TRUYỀN NĂM 2025", Some(Period::Year(2025))),
            ("Tuyên truyền cải cách hành chính", None),
        ] {
            assert_eq!(period(title), want, "{title}");
        }
    }

    #[test]
    fn indices_in_the_order_the_title_names_them() {
        for (title, want) in [
            (
                "Triển khai thực hiện cải thiện, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh, Chỉ số Hiệu quả Quản trị và Hành chính công, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước và Chỉ số cải cách hành chính tỉnh Bình Định năm 2023",
                &["PCI", "PAPI", "SIPAS", "PAR INDEX"][..],
            ),
            (
                "Tuyên truyền cải cách hành chính, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số đánh giá năng lực cạnh tranh các đơn vị, địa phương (DDCI)",
                &["PCI", "DDCI"][..],
            ),
            (
                "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) VÀ CHỈ SỐ HÀI LÒNG (SIPAS)",
                &["PAR INDEX", "SIPAS"][..],
            ),
            ("NHÓM NHIỆM VỤ CHUNG", &[][..]),
        ] {
            assert_eq!(indices(title), want, "{title}");
        }
    }

    #[test]
    fn office_titles_in_sentence_case() {
        for (line, want) in [
            ("GIÁM ĐỐC", "Giám đốc"),
            ("KT.GIÁM ĐỐC", "KT. Giám đốc"),
            ("PHÓ GIÁM ĐỐC", "Phó Giám đốc"),
            ("PHÓ CHỦ TỊCH UBND TỈNH", "Phó Chủ tịch UBND tỉnh"),
            ("TRƯỞNG BAN", "Trưởng ban"),
        ] {
            assert_eq!(title_case(line), want);
        }
    }

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn a_header_as_word_prints_it() {
        let h = read(
            &lines(
                "SỞ Y TẾ\nSố: /KH-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBình Định, ngày 15 tháng 6 năm 2023\n\nKẾ HOẠCH\n\
                 Thực hiện cải thiện chỉ số năng lực cạnh tranh cấp tỉnh\nnăm 2023 của ngành Y tế\n\
                 Căn cứ Quyết định số 730/QĐ-UBND ngày 14/11/2022 của UBND tỉnh;\n\
                 Thực hiện Kế hoạch số 107/KH-UBND ngày 08/6/2023 của UBND tỉnh; Sở Y tế ban hành Kế hoạch như sau:\n\
                 I. MỤC ĐÍCH\nIV. TỔ CHỨC THỰC HIỆN\nLàm tốt./.\nNơi nhận:\n- Như trên;\nKT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Quang Hùng",
            ),
            &[],
            false,
        );
        assert_eq!(h.number.as_deref(), Some("/KH-SYT"));
        assert_eq!(h.place.as_deref(), Some("Bình Định"));
        assert_eq!(h.issued, Some(d(2023, 6, 15)));
        assert_eq!(
            h.title.as_deref(),
            Some("Thực hiện cải thiện chỉ số năng lực cạnh tranh cấp tỉnh năm 2023 của ngành Y tế")
        );
        assert_eq!(h.period, Some((Period::Year(2023), PeriodSource::Title)));
        assert_eq!(
            h.basis,
            [
                "Quyết định số 730/QĐ-UBND ngày 14/11/2022 của UBND tỉnh",
                "Kế hoạch số 107/KH-UBND ngày 08/6/2023 của UBND tỉnh"
            ]
        );
        assert_eq!(h.signer.as_deref(), Some("Lê Quang Hùng"));
        assert_eq!(
            h.signer_title.as_deref(),
            Some("KT. Giám đốc, Phó Giám đốc")
        );
        assert_eq!(h.indices, ["PCI"]);
        assert_eq!(h.body_duties.as_deref(), Some("IV. TỔ CHỨC THỰC HIỆN"));
    }

    #[test]
    fn a_workbook_has_the_appendix_heading_only() {
        let h = read(
            &[],
            &lines(
                "PHỤ LỤC\nNHIỆM VỤ CẢI THIỆN CHỈ SỐ PCI\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 20/3/2024 của UBND huyện)",
            ),
            true,
        );
        assert_eq!(h.title.as_deref(), Some("NHIỆM VỤ CẢI THIỆN CHỈ SỐ PCI"));
        assert!(h.title_from_appendix);
        assert_eq!(h.number.as_deref(), Some("45/KH-UBND"));
        assert_eq!(
            h.period,
            Some((Period::Year(2024), PeriodSource::AttachedDate))
        );
        assert_eq!(h.place, None);
    }
}
