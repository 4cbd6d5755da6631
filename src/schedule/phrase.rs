//! Deadline phrase text → a `Phrase`: what the words say, before any calendar.
//!
//! The text is folded (NFC, diacritics removed, đ → d, lower case), so "Hằng quý",
//! "hang quy" and "HÀNG QUÝ" read alike, then cut into tokens (words, numbers, symbols)
//! and into list items at `,` `;` `hoặc` `và`. Each item is one of the forms of
//! DESIGN.md section 4. An item that starts as free text (`khi có ...`, `theo ...`,
//! `đột xuất ...`) takes the rest of the phrase with it: such text is not a list.
//!
//! Parsing never panics and never loops: every step consumes a token or fails.

use chrono::NaiveDate;

use crate::text::fold;

/// The kinds of period a recurring phrase or a window can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Period {
    Month,
    Quarter,
    Half,
    NineMonths,
    Year,
}

/// Civil Code art. 146: đầu = 1st, giữa = 15th (30 June for a year), cuối = last day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fuzz {
    Start,
    Middle,
    End,
}

/// A point or window in time, its year possibly left to the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    Date {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    FuzzyMonth {
        year: Option<i32>,
        month: u32,
        fuzz: Fuzz,
    },
    FuzzyYear {
        year: Option<i32>,
        fuzz: Fuzz,
    },
    Month {
        year: Option<i32>,
        month: u32,
    },
    Quarter {
        year: Option<i32>,
        quarter: u32,
    },
    Half {
        year: Option<i32>,
        half: u32,
    },
    NineMonths {
        year: Option<i32>,
    },
    Year {
        year: i32,
    },
}

impl Point {
    pub fn year(&self) -> Option<i32> {
        match *self {
            Point::Date { year, .. }
            | Point::FuzzyMonth { year, .. }
            | Point::FuzzyYear { year, .. }
            | Point::Month { year, .. }
            | Point::Quarter { year, .. }
            | Point::Half { year, .. }
            | Point::NineMonths { year } => year,
            Point::Year { year } => Some(year),
        }
    }

    pub fn with_year(self, y: i32) -> Point {
        match self {
            Point::Date { month, day, .. } => Point::Date {
                year: Some(y),
                month,
                day,
            },
            Point::FuzzyMonth { month, fuzz, .. } => Point::FuzzyMonth {
                year: Some(y),
                month,
                fuzz,
            },
            Point::FuzzyYear { fuzz, .. } => Point::FuzzyYear {
                year: Some(y),
                fuzz,
            },
            Point::Month { month, .. } => Point::Month {
                year: Some(y),
                month,
            },
            Point::Quarter { quarter, .. } => Point::Quarter {
                year: Some(y),
                quarter,
            },
            Point::Half { half, .. } => Point::Half {
                year: Some(y),
                half,
            },
            Point::NineMonths { .. } => Point::NineMonths { year: Some(y) },
            Point::Year { .. } => Point::Year { year: y },
        }
    }

    /// The first month of the point, for ordering the two ends of a range.
    fn month_hint(&self) -> u32 {
        match *self {
            Point::Date { month, .. }
            | Point::FuzzyMonth { month, .. }
            | Point::Month { month, .. } => month,
            Point::Quarter { quarter, .. } => quarter * 3 - 2,
            Point::Half { half, .. } => half * 6 - 5,
            Point::FuzzyYear {
                fuzz: Fuzz::Middle, ..
            } => 6,
            Point::FuzzyYear {
                fuzz: Fuzz::End, ..
            } => 12,
            _ => 1,
        }
    }
}

/// How a one-off item relates to its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// "Trước ngày 20/6": the last day is the day before the point begins.
    Before,
    /// "Đến ngày 20/6", "chậm nhất": the last day is the point's last day; no window.
    By,
    /// "Trong tháng 5", "Quý III", "2024-05": the point's window, due at its end.
    Within,
}

/// A day written into a recurring phrase: "trước ngày 20 hằng tháng", "ngày 25/11 hằng năm".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRule {
    pub day: u32,
    /// Set for a yearly date ("25/11 hằng năm").
    pub month: Option<u32>,
    pub before: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Once {
        mode: Mode,
        point: Point,
    },
    Range {
        from: Point,
        to: Point,
    },
    Every {
        period: Period,
        day: Option<DayRule>,
        year: Option<i32>,
    },
    Ongoing,
    OnRequest,
    Elsewhere,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub items: Vec<Item>,
}

/// Why a phrase could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhraseError {
    Empty,
    /// The part of the phrase (folded) that no form matches.
    Unreadable(String),
    /// A date that does not exist, as written (folded).
    NoSuchDate(String),
}

impl std::fmt::Display for PhraseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PhraseError::Empty => write!(f, "the deadline is empty"),
            PhraseError::Unreadable(part) => write!(f, "kpi cannot read `{part}` as a deadline"),
            PhraseError::NoSuchDate(part) => write!(f, "`{part}` is not a date that exists"),
        }
    }
}

impl PhraseError {
    /// The message for a phrase written as `original`.
    pub fn describe(&self, original: &str) -> String {
        let whole = fold(original);
        match self {
            PhraseError::Empty => "the deadline is empty".to_string(),
            PhraseError::Unreadable(part) if whole.trim_end_matches('.') == *part => {
                format!("kpi cannot read the deadline `{original}`")
            }
            PhraseError::Unreadable(part) => {
                format!(
                    "kpi cannot read the deadline `{original}`: no form matches the part `{part}`"
                )
            }
            PhraseError::NoSuchDate(part) => {
                format!("the deadline `{original}` names a date that does not exist (`{part}`)")
            }
        }
    }
}

impl Phrase {
    /// The first and last year the phrase names, if it names any.
    pub fn years(&self) -> Option<(i32, i32)> {
        let years = self.items.iter().flat_map(|i| match i {
            Item::Once { point, .. } => vec![point.year()],
            Item::Range { from, to } => vec![from.year(), to.year()],
            Item::Every { year, .. } => vec![*year],
            _ => vec![],
        });
        let years: Vec<i32> = years.flatten().collect();
        Some((*years.iter().min()?, *years.iter().max()?))
    }
}

/// The forms kpi understands, for error messages and `kpi schedule --help`.
pub const FORMS: &str = "\
Trước ngày 20/6/2024 · Đến ngày 20/6/2024 · Chậm nhất ngày 20 tháng 6 năm 2024 · 2024-06-20
Trong tháng 5 năm 2024 · Tháng 5/2024 · 2024-05 · Quý III năm 2024 · Quý II/2024 · 2024-Q3
6 tháng đầu năm · 6 tháng cuối năm 2024 · Trong năm 2024 · cuối tháng 6 · giữa năm
Từ ngày 01/3/2024 đến ngày 30/6/2024 · Từ tháng 3 đến tháng 6/2024
Hằng tháng · Hằng quý · 01 lần/quý trong năm 2025 · 6 tháng · 9 tháng · Hằng năm
trước ngày 20 hằng tháng · trước ngày 20 tháng cuối quý · trước ngày 25/11 hằng năm
Hàng quý, 6 tháng, năm (a list) · Thường xuyên · Khi có yêu cầu · Đột xuất · Theo Kế hoạch
English: before 2024-06-20 · by 2024-06-20 · 2024-Q3 · every month|quarter|half|year · ongoing · on request";

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Word(String),
    /// A number with the count of digits it was written with (2024 vs 06).
    Num(u32, usize),
    Sym(char),
}

fn tokenize(folded: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut chars = folded.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut s = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                s.push(d);
                chars.next();
            }
            // Longer than any date part: keep it unreadable rather than overflow.
            let n = if s.len() > 6 {
                u32::MAX
            } else {
                s.parse().unwrap_or(u32::MAX)
            };
            out.push(Tok::Num(n, s.len()));
        } else if c.is_alphabetic() {
            let mut s = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_alphabetic()) {
                s.push(d);
                chars.next();
            }
            out.push(Tok::Word(s));
        } else {
            chars.next();
            if !c.is_whitespace() {
                out.push(Tok::Sym(c));
            }
        }
    }
    out
}

/// Remove parenthesised asides: "Trong năm 2024 (2 đợt)".
fn strip_parens(s: &str) -> String {
    let mut depth = 0usize;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

pub fn parse(text: &str) -> Result<Phrase, PhraseError> {
    // Words in parentheses may carry the deadline ("Hằng tháng (trước ngày 25)") or be an
    // aside ("Trong năm 2024 (2 đợt)"): read them first, and without them if that fails.
    let with = parse_folded(&fold(&text.replace(['(', ')'], " ")));
    match with {
        Ok(p) => Ok(p),
        Err(e) if text.contains('(') => parse_folded(&fold(&strip_parens(text))).map_err(|_| e),
        Err(e) => Err(e),
    }
}

fn parse_folded(folded: &str) -> Result<Phrase, PhraseError> {
    let tokens = tokenize(folded);
    if tokens.iter().all(|t| matches!(t, Tok::Sym(_))) {
        return Err(PhraseError::Empty);
    }
    let mut items: Vec<Item> = Vec::new();
    let mut start = 0;
    while start < tokens.len() {
        let end = (start..tokens.len())
            .find(|&i| is_separator(&tokens[i]))
            .unwrap_or(tokens.len());
        let segment = &tokens[start..end];
        if let Some(free) = free_text(segment) {
            items.push(free);
            break;
        }
        if !segment.is_empty() && !segment.iter().all(|t| matches!(t, Tok::Sym(_))) {
            match item(segment) {
                Ok(it) => items.push(it),
                // "Quý I, II năm 2024", "tháng 6, 12": the unit word of the item before
                // carries over to a bare number.
                Err(e) => match continuation(items.last(), segment) {
                    Some(it) => items.push(it),
                    None => return Err(e),
                },
            }
        }
        start = end + 1;
    }
    if items.is_empty() {
        return Err(PhraseError::Empty);
    }
    // "Quý I, II năm 2024": a year written once at the end belongs to the whole list.
    if let Some(year) = items.last().and_then(item_year) {
        for it in &mut items {
            if let Item::Once { point, .. } = it
                && point.year().is_none()
            {
                *point = point.with_year(year);
            }
        }
    }
    Ok(Phrase { items })
}

fn item_year(it: &Item) -> Option<i32> {
    match it {
        Item::Once { point, .. } => point.year(),
        _ => None,
    }
}

/// A segment that is only a number (and maybe a year), read with the unit of the item
/// before it.
fn continuation(prev: Option<&Item>, segment: &[Tok]) -> Option<Item> {
    let Some(Item::Once { mode, point }) = prev else {
        return None;
    };
    let word = match point {
        Point::Quarter { .. } => "quy",
        Point::Month { .. } => "thang",
        _ => return None,
    };
    let mut toks = vec![Tok::Word(word.to_string())];
    toks.extend_from_slice(segment);
    let mut p = Parser { toks: &toks, at: 0 };
    let point = p.point()?;
    p.done().then_some(Item::Once { mode: *mode, point })
}

fn is_separator(t: &Tok) -> bool {
    match t {
        Tok::Sym(c) => matches!(c, ',' | ';' | '+'),
        Tok::Word(w) => matches!(w.as_str(), "hoac" | "va" | "or" | "and"),
        Tok::Num(..) => false,
    }
}

fn words(seg: &[Tok]) -> Vec<&str> {
    seg.iter()
        .map(|t| match t {
            Tok::Word(w) => w.as_str(),
            _ => "",
        })
        .collect()
}

fn starts(seg: &[Tok], w: &[&str]) -> bool {
    let ws = words(seg);
    ws.len() >= w.len() && ws.iter().zip(w).all(|(a, b)| a == b)
}

/// Ongoing, on-request and set-elsewhere items: free text after their first words.
fn free_text(seg: &[Tok]) -> Option<Item> {
    let seg = skip_fillers(seg);
    let on_request: &[&[&str]] = &[
        &["khi"],
        &["dot", "xuat"],
        &["theo", "yeu", "cau"],
        &["theo", "chi", "dao"],
        &["on", "request"],
        &["upon", "request"],
        &["when", "requested"],
        &["ad", "hoc"],
    ];
    let ongoing: &[&[&str]] = &[
        &["thuong", "xuyen"],
        &["lien", "tuc"],
        &["ongoing"],
        &["continuous"],
    ];
    let elsewhere: &[&[&str]] = &[
        &["theo"],
        &["set", "elsewhere"],
        &["as", "planned"],
        &["per", "plan"],
    ];
    if ongoing.iter().any(|w| starts(seg, w)) {
        Some(Item::Ongoing)
    } else if on_request.iter().any(|w| starts(seg, w)) {
        Some(Item::OnRequest)
    } else if elsewhere.iter().any(|w| starts(seg, w)) {
        Some(Item::Elsewhere)
    } else {
        None
    }
}

/// Words that introduce a deadline without changing it.
fn skip_fillers(mut seg: &[Tok]) -> &[Tok] {
    const FILLERS: &[&[&str]] = &[
        &["thoi", "gian", "hoan", "thanh"],
        &["thoi", "gian", "thuc", "hien"],
        &["thoi", "gian"],
        &["hoan", "thanh"],
        &["thuc", "hien"],
        &["xong"],
        &["vao"],
        &["due"],
        &["in"],
    ];
    loop {
        let before = seg.len();
        for f in FILLERS {
            if starts(seg, f) {
                seg = &seg[f.len()..];
            }
        }
        while let Some(Tok::Sym(':' | '-' | '.')) = seg.first() {
            seg = &seg[1..];
        }
        if seg.len() == before {
            return seg;
        }
    }
}

fn item(seg: &[Tok]) -> Result<Item, PhraseError> {
    let mut seg = skip_fillers(seg);
    while let Some(Tok::Sym(_)) = seg.last() {
        seg = &seg[..seg.len() - 1];
    }
    let mut p = Parser { toks: seg, at: 0 };
    let parsed = p.item();
    match parsed {
        Some(it) if p.at == seg.len() => check_dates(it, seg),
        _ => Err(PhraseError::Unreadable(show(seg))),
    }
}

/// Every date the item names must exist (31/2 does not).
fn check_dates(it: Item, seg: &[Tok]) -> Result<Item, PhraseError> {
    let exists = |p: &Point| match *p {
        Point::Date { year, month, day } => {
            NaiveDate::from_ymd_opt(year.unwrap_or(2024), month, day).is_some()
        }
        _ => true,
    };
    let ok = match &it {
        Item::Once { point, .. } => exists(point),
        Item::Range { from, to } => exists(from) && exists(to),
        Item::Every { day: Some(d), .. } => match d.month {
            Some(m) => NaiveDate::from_ymd_opt(2024, m, d.day).is_some(),
            None => (1..=31).contains(&d.day),
        },
        _ => true,
    };
    if ok {
        Ok(it)
    } else {
        Err(PhraseError::NoSuchDate(show(seg)))
    }
}

fn show(seg: &[Tok]) -> String {
    let mut s = String::new();
    for t in seg {
        match t {
            Tok::Word(w) => {
                if !s.is_empty() && !s.ends_with(['/', '-']) {
                    s.push(' ');
                }
                s.push_str(w);
            }
            Tok::Num(n, len) => {
                if !s.is_empty() && !s.ends_with(['/', '-']) {
                    s.push(' ');
                }
                if *n == u32::MAX {
                    s.push('…');
                } else {
                    s.push_str(&format!("{n:0len$}"));
                }
            }
            Tok::Sym(c) => s.push(*c),
        }
    }
    s
}

struct Parser<'a> {
    toks: &'a [Tok],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }

    fn peek_word(&self, offset: usize) -> Option<&str> {
        match self.toks.get(self.at + offset) {
            Some(Tok::Word(w)) => Some(w),
            _ => None,
        }
    }

    fn done(&self) -> bool {
        self.at == self.toks.len()
    }

    fn word(&mut self, w: &str) -> bool {
        if self.peek_word(0) == Some(w) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn words(&mut self, ws: &[&str]) -> bool {
        if ws
            .iter()
            .enumerate()
            .all(|(i, w)| self.peek_word(i) == Some(*w))
        {
            self.at += ws.len();
            true
        } else {
            false
        }
    }

    fn sym(&mut self, c: char) -> bool {
        if self.peek() == Some(&Tok::Sym(c)) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn num(&mut self) -> Option<(u32, usize)> {
        match self.peek() {
            Some(&Tok::Num(n, len)) => {
                self.at += 1;
                Some((n, len))
            }
            _ => None,
        }
    }

    /// Try `f`; on failure, rewind.
    fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let save = self.at;
        let r = f(self);
        if r.is_none() {
            self.at = save;
        }
        r
    }

    fn year_num(&mut self) -> Option<i32> {
        self.attempt(|p| match p.num()? {
            (n, 4) if (1900..=2200).contains(&n) => Some(n as i32),
            _ => None,
        })
    }

    /// " năm 2024", "/2024", "-2024", " 2024"
    fn year_suffix(&mut self) -> Option<i32> {
        self.attempt(|p| {
            // The separator is optional: "quý I 2024" reads too.
            let _ = p.word("nam") || p.sym('/') || p.sym('-') || p.sym('.');
            p.year_num()
        })
    }

    fn month_num(&mut self) -> Option<u32> {
        self.attempt(|p| match p.num()? {
            (n, 1..=2) if (1..=12).contains(&n) => Some(n),
            _ => None,
        })
    }

    fn day_num(&mut self) -> Option<u32> {
        self.attempt(|p| match p.num()? {
            (n, 1..=2) if (1..=31).contains(&n) => Some(n),
            _ => None,
        })
    }

    fn quarter_num(&mut self) -> Option<u32> {
        self.attempt(|p| {
            let q = match p.peek()? {
                Tok::Word(w) => match w.as_str() {
                    "i" => 1,
                    "ii" => 2,
                    "iii" => 3,
                    "iv" => 4,
                    _ => return None,
                },
                Tok::Num(n @ 1..=4, 1..=2) => *n,
                _ => return None,
            };
            p.at += 1;
            Some(q)
        })
    }

    fn item(&mut self) -> Option<Item> {
        if let Some(it) = self.attempt(Self::english) {
            return Some(it);
        }
        if let Some(it) = self.attempt(Self::every) {
            return Some(it);
        }
        if let Some(it) = self.attempt(Self::range) {
            return Some(it);
        }
        self.attempt(Self::once)
    }

    fn english(&mut self) -> Option<Item> {
        let period = |w: &str| match w {
            "month" | "monthly" => Some(Period::Month),
            "quarter" | "quarterly" => Some(Period::Quarter),
            "half" | "semiannually" | "halfyearly" => Some(Period::Half),
            "year" | "yearly" | "annually" | "annual" => Some(Period::Year),
            _ => None,
        };
        if self.word("every") || self.word("each") {
            let w = self.peek_word(0)?.to_string();
            self.at += 1;
            if w == "half" {
                self.words(&["year"]);
            }
            return Some(Item::Every {
                period: period(&w)?,
                day: None,
                year: None,
            });
        }
        if self
            .attempt(|p| (p.word("half") && p.sym('-') && p.word("yearly")).then_some(()))
            .is_some()
        {
            return Some(Item::Every {
                period: Period::Half,
                day: None,
                year: None,
            });
        }
        let single = match self.peek_word(0) {
            Some("monthly") => Some(Period::Month),
            Some("quarterly") => Some(Period::Quarter),
            Some("semiannually" | "halfyearly") => Some(Period::Half),
            Some("yearly" | "annually") => Some(Period::Year),
            _ => None,
        };
        if let Some(period) = single {
            self.at += 1;
            return Some(Item::Every {
                period,
                day: None,
                year: None,
            });
        }
        let mode = if self.word("before") {
            Mode::Before
        } else if self.word("by") || self.word("until") {
            Mode::By
        } else {
            return None;
        };
        self.word("the");
        let point = self.point()?;
        Some(Item::Once { mode, point })
    }

    /// Recurring items, with an optional day before or after and an optional year.
    fn every(&mut self) -> Option<Item> {
        // A day first: "trước ngày 20 hằng tháng", "ngày 25/11 hằng năm".
        let day = self.attempt(|p| {
            let before = p.word("truoc");
            if !before {
                p.word("den");
                p.words(&["cham", "nhat"]);
            }
            let said_day = p.word("ngay");
            if !before && !said_day {
                return None;
            }
            let day = p.day_num()?;
            let month = p.attempt(|p| {
                if p.sym('/') || p.sym('-') || p.sym('.') {
                    p.month_num()
                } else {
                    None
                }
            });
            p.word("cua");
            Some(DayRule { day, month, before })
        });
        self.words(&["dinh", "ky"]);
        let period = self.recurrence(day.is_some())?;
        // The day may also follow: "Hằng tháng, trước ngày 25", "hằng quý (ngày 15)".
        let day = day.or_else(|| {
            self.attempt(|p| {
                let before = p.word("truoc");
                if !before {
                    p.word("den");
                    p.words(&["cham", "nhat"]);
                }
                if !p.word("ngay") && !before {
                    return None;
                }
                let day = p.day_num()?;
                Some(DayRule {
                    day,
                    month: None,
                    before,
                })
            })
        });
        if let (Some(d), true) = (&day, period != Period::Year)
            && d.month.is_some()
        {
            return None; // "25/11 hằng tháng" makes no sense
        }
        self.words(&["mot", "lan"]);
        self.attempt(|p| {
            p.num().filter(|&(n, _)| n == 1)?;
            p.word("lan").then_some(())
        });
        let year = self.attempt(|p| {
            p.word("trong");
            p.word("cua");
            p.word("nam");
            p.year_num()
        });
        Some(Item::Every { period, day, year })
    }

    fn recurrence(&mut self, has_day: bool) -> Option<Period> {
        let each = self.word("hang") || self.word("moi");
        if each {
            return match self.peek_word(0)? {
                "thang" => {
                    self.at += 1;
                    Some(Period::Month)
                }
                "quy" => {
                    self.at += 1;
                    Some(Period::Quarter)
                }
                "nam" => {
                    self.at += 1;
                    Some(Period::Year)
                }
                _ => None,
            };
        }
        if has_day && self.words(&["thang", "cuoi", "quy"]) {
            return Some(Period::Quarter);
        }
        // "01 lần/quý", "1 lần mỗi tháng"
        if let Some(p) = self.attempt(|p| {
            p.num()?;
            if !p.word("lan") {
                return None;
            }
            let _ = p.sym('/') || p.word("moi") || p.word("trong") || p.word("tren");
            match p.peek_word(0)? {
                "thang" => Some(Period::Month),
                "quy" => Some(Period::Quarter),
                "nam" => Some(Period::Year),
                _ => None,
            }
            .inspect(|_| p.at += 1)
        }) {
            return Some(p);
        }
        // "6 tháng", "06 tháng một lần", "9 tháng": not "6 tháng đầu năm", "9 tháng năm 2024".
        if let Some(p) = self.attempt(|p| {
            let n = p.num()?.0;
            if !p.word("thang") {
                return None;
            }
            let next = p.peek_word(0);
            if matches!(next, Some("dau" | "cuoi" | "nam"))
                || matches!(p.peek(), Some(Tok::Num(..) | Tok::Sym('/')))
            {
                return None;
            }
            match n {
                6 => Some(Period::Half),
                9 => Some(Period::NineMonths),
                3 => Some(Period::Quarter),
                1 => Some(Period::Month),
                12 => Some(Period::Year),
                _ => None,
            }
        }) {
            return Some(p);
        }
        // "các năm tiếp theo": every year (after the one named before).
        if self.words(&["cac", "nam", "tiep", "theo"])
            || self.words(&["nhung", "nam", "tiep", "theo"])
        {
            return Some(Period::Year);
        }
        // "năm" or "cuối năm" alone, as in "Hàng quý, 6 tháng, năm".
        if self.toks.len() - self.at <= 2
            && (self.words(&["cuoi", "nam"]) || self.word("nam"))
            && self.done()
        {
            return Some(Period::Year);
        }
        None
    }

    fn range(&mut self) -> Option<Item> {
        // "Năm 2024-2025", "giai đoạn 2023 - 2030", "2024 - 2025"
        if let Some(item) = self.attempt(|p| {
            let _ = p.words(&["giai", "doan"]) || p.word("nam") || p.words(&["trong", "nam"]);
            let a = p.year_num()?;
            if !(p.sym('-') || p.word("den") || p.sym('/')) {
                return None;
            }
            let b = p.year_num()?;
            (a < b && p.done()).then_some(Item::Range {
                from: Point::Year { year: a },
                to: Point::Year { year: b },
            })
        }) {
            return Some(item);
        }
        if !self.word("tu") && !self.word("from") {
            return None;
        }
        let from = self.point()?;
        if !(self.word("den") || self.word("toi") || self.word("to") || self.sym('-')) {
            return None;
        }
        self.word("het");
        let to = self.point()?;
        let from = match (from.year(), to.year()) {
            (None, Some(y)) => {
                // "từ tháng 11 đến tháng 2/2025" starts in 2024.
                if from.month_hint() > to.month_hint() {
                    from.with_year(y - 1)
                } else {
                    from.with_year(y)
                }
            }
            _ => from,
        };
        Some(Item::Range { from, to })
    }

    fn once(&mut self) -> Option<Item> {
        // "Từ nay đến hết năm 2024": from now on, so only the end counts.
        self.words(&["tu", "nay"]);
        let mode = if self.word("truoc") {
            Mode::Before
        } else if self.word("den")
            || self.words(&["cham", "nhat"])
            || self.word("han")
            || self.word("toi")
        {
            self.word("het");
            Mode::By
        } else {
            self.word("trong");
            self.word("in");
            Mode::Within
        };
        // "trước ngày ... chậm nhất" and friends are rare; one mode word is enough.
        let point = self.point()?;
        // "tháng 12 hằng năm": a point without a year recurs with the plan's years anyway.
        if point.year().is_none() && !self.done() {
            let _ = self.words(&["hang", "nam"]) || self.words(&["moi", "nam"]);
        }
        let mode = match (mode, point) {
            (
                Mode::Within,
                Point::Date { .. } | Point::FuzzyMonth { .. } | Point::FuzzyYear { .. },
            ) => Mode::By,
            (m, _) => m,
        };
        Some(Item::Once { mode, point })
    }

    fn point(&mut self) -> Option<Point> {
        let parsers: [fn(&mut Self) -> Option<Point>; 8] = [
            Self::iso,
            Self::date,
            Self::fuzzy,
            Self::month,
            Self::quarter,
            Self::half_or_nine,
            Self::year_point,
            Self::month_slash_year,
        ];
        parsers.iter().find_map(|f| self.attempt(f))
    }

    /// 2024-06-20, 2024-06, 2024-Q3, 2024-H1, 2024-9M
    fn iso(&mut self) -> Option<Point> {
        let year = self.year_num()?;
        if !self.sym('-') {
            return None;
        }
        if self.word("q") {
            let quarter = self
                .num()
                .filter(|&(n, l)| (1..=4).contains(&n) && l == 1)?
                .0;
            return Some(Point::Quarter {
                year: Some(year),
                quarter,
            });
        }
        if self.word("h") {
            let half = self
                .num()
                .filter(|&(n, l)| (1..=2).contains(&n) && l == 1)?
                .0;
            return Some(Point::Half {
                year: Some(year),
                half,
            });
        }
        if self
            .attempt(|p| {
                p.num()
                    .filter(|&(n, _)| n == 9)
                    .and_then(|_| p.word("m").then_some(()))
            })
            .is_some()
        {
            return Some(Point::NineMonths { year: Some(year) });
        }
        let month = self.month_num()?;
        if self.sym('-') {
            let day = self.day_num()?;
            return Some(Point::Date {
                year: Some(year),
                month,
                day,
            });
        }
        Some(Point::Month {
            year: Some(year),
            month,
        })
    }

    /// "ngày 20/6/2023", "20-6-2023", "20/06", "ngày 20 tháng 6 năm 2023"
    fn date(&mut self) -> Option<Point> {
        let said_day = self.word("ngay");
        let day = self.day_num()?;
        if self.word("thang") {
            let month = self.month_num()?;
            let year = self.year_suffix();
            return Some(Point::Date { year, month, day });
        }
        let sep = [('/'), ('-'), ('.')].into_iter().find(|&c| self.sym(c))?;
        let month = self.month_num()?;
        let year = self.attempt(|p| if p.sym(sep) { p.year_num() } else { None });
        if year.is_none() && !said_day && matches!(self.peek(), Some(Tok::Num(..) | Tok::Sym(_))) {
            return None;
        }
        Some(Point::Date { year, month, day })
    }

    /// "đầu tháng 6", "giữa tháng 6/2024", "cuối năm 2024"
    fn fuzzy(&mut self) -> Option<Point> {
        let fuzz = if self.word("dau") {
            Fuzz::Start
        } else if self.word("giua") {
            Fuzz::Middle
        } else if self.word("cuoi") {
            Fuzz::End
        } else {
            return None;
        };
        if self.word("thang") {
            let month = self.month_num()?;
            let year = self.year_suffix();
            return Some(Point::FuzzyMonth { year, month, fuzz });
        }
        if self.word("nam") {
            let year = self.year_num();
            return Some(Point::FuzzyYear { year, fuzz });
        }
        None
    }

    /// "tháng 5 năm 2024", "tháng 5/2024", "tháng 05"
    fn month(&mut self) -> Option<Point> {
        if !self.word("thang") {
            return None;
        }
        let month = self.month_num()?;
        let year = self.year_suffix();
        Some(Point::Month { year, month })
    }

    /// "5/2024" (a month: the second number has four digits)
    fn month_slash_year(&mut self) -> Option<Point> {
        let month = self.month_num()?;
        if !(self.sym('/') || self.sym('-')) {
            return None;
        }
        let year = self.year_num()?;
        Some(Point::Month {
            year: Some(year),
            month,
        })
    }

    /// "quý I", "quý III năm 2024", "quý II/2024", "quý 3"
    fn quarter(&mut self) -> Option<Point> {
        if !(self.word("quy") || self.word("q") || self.word("quarter")) {
            return None;
        }
        let quarter = self.quarter_num()?;
        let year = self.year_suffix();
        Some(Point::Quarter { year, quarter })
    }

    /// "6 tháng đầu năm", "6 tháng cuối năm 2024", "9 tháng năm 2024", "9 tháng đầu năm"
    fn half_or_nine(&mut self) -> Option<Point> {
        let n = self.num()?.0;
        if !self.word("thang") {
            return None;
        }
        let first = self.words(&["dau", "nam"]);
        let second = !first && self.words(&["cuoi", "nam"]);
        let year = self.year_suffix();
        match (n, first, second) {
            (6, true, _) => Some(Point::Half { year, half: 1 }),
            (6, _, true) => Some(Point::Half { year, half: 2 }),
            (9, false, false) if year.is_some() => Some(Point::NineMonths { year }),
            (9, true, _) => Some(Point::NineMonths { year }),
            _ => None,
        }
    }

    /// "năm 2024", "2024"
    fn year_point(&mut self) -> Option<Point> {
        self.word("nam");
        let year = self.year_num()?;
        Some(Point::Year { year })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn reads(text: &str, expected: &[Item]) {
        assert_eq!(
            parse(text),
            Ok(Phrase {
                items: expected.to_vec()
            }),
            "parse({text:?})"
        );
    }

    #[track_caller]
    fn unreadable(text: &str) {
        assert!(
            parse(text).is_err(),
            "{text:?} should not read, got {:?}",
            parse(text)
        );
    }

    fn date(y: i32, m: u32, d: u32) -> Point {
        Point::Date {
            year: Some(y),
            month: m,
            day: d,
        }
    }

    #[test]
    fn one_off_dates() {
        use Mode::*;
        reads(
            "Trước ngày 20/6/2023",
            &[Item::Once {
                mode: Before,
                point: date(2023, 6, 20),
            }],
        );
        reads(
            "Trước 10/12/2023",
            &[Item::Once {
                mode: Before,
                point: date(2023, 12, 10),
            }],
        );
        reads(
            "truoc ngay 20-06-2023",
            &[Item::Once {
                mode: Before,
                point: date(2023, 6, 20),
            }],
        );
        reads(
            "Đến ngày 20/6/2023",
            &[Item::Once {
                mode: By,
                point: date(2023, 6, 20),
            }],
        );
        reads(
            "Chậm nhất ngày 20 tháng 6 năm 2023",
            &[Item::Once {
                mode: By,
                point: date(2023, 6, 20),
            }],
        );
        reads(
            "Ngày 20/6/2023",
            &[Item::Once {
                mode: By,
                point: date(2023, 6, 20),
            }],
        );
        reads(
            "2023-06-20",
            &[Item::Once {
                mode: By,
                point: date(2023, 6, 20),
            }],
        );
        reads(
            "before 2023-06-20",
            &[Item::Once {
                mode: Before,
                point: date(2023, 6, 20),
            }],
        );
        reads(
            "by 2023-06-20",
            &[Item::Once {
                mode: By,
                point: date(2023, 6, 20),
            }],
        );
        reads(
            "Trước ngày 20 tháng 6",
            &[Item::Once {
                mode: Before,
                point: Point::Date {
                    year: None,
                    month: 6,
                    day: 20,
                },
            }],
        );
    }

    #[test]
    fn windows() {
        use Mode::*;
        let m = |y, month| Point::Month { year: y, month };
        reads(
            "Trong tháng 5 năm 2024",
            &[Item::Once {
                mode: Within,
                point: m(Some(2024), 5),
            }],
        );
        reads(
            "Tháng 5/2024",
            &[Item::Once {
                mode: Within,
                point: m(Some(2024), 5),
            }],
        );
        reads(
            "2024-05",
            &[Item::Once {
                mode: Within,
                point: m(Some(2024), 5),
            }],
        );
        reads(
            "Trong quý I",
            &[Item::Once {
                mode: Within,
                point: Point::Quarter {
                    year: None,
                    quarter: 1,
                },
            }],
        );
        reads(
            "Quý II/2024",
            &[Item::Once {
                mode: Within,
                point: Point::Quarter {
                    year: Some(2024),
                    quarter: 2,
                },
            }],
        );
        reads(
            "6 tháng đầu năm",
            &[Item::Once {
                mode: Within,
                point: Point::Half {
                    year: None,
                    half: 1,
                },
            }],
        );
        reads(
            "Năm 2024",
            &[Item::Once {
                mode: Within,
                point: Point::Year { year: 2024 },
            }],
        );
    }

    #[test]
    fn lists_and_free_text() {
        reads(
            "Hàng quý, 6 tháng, năm",
            &[
                Item::Every {
                    period: Period::Quarter,
                    day: None,
                    year: None,
                },
                Item::Every {
                    period: Period::Half,
                    day: None,
                    year: None,
                },
                Item::Every {
                    period: Period::Year,
                    day: None,
                    year: None,
                },
            ],
        );
        reads(
            "Tháng 6 năm 2024, tháng 12 năm 2024, hoặc đột xuất do Trưởng ban, Phó ban quyết định.",
            &[
                Item::Once {
                    mode: Mode::Within,
                    point: Point::Month {
                        year: Some(2024),
                        month: 6,
                    },
                },
                Item::Once {
                    mode: Mode::Within,
                    point: Point::Month {
                        year: Some(2024),
                        month: 12,
                    },
                },
                Item::OnRequest,
            ],
        );
        reads("Theo Kế hoạch của UBND tỉnh, Sở Y tế", &[Item::Elsewhere]);
        reads("Thường xuyên trong năm 2025", &[Item::Ongoing]);
    }

    #[test]
    fn nonsense_is_unreadable() {
        unreadable("");
        unreadable("   ");
        unreadable("sớm nhất có thể");
        unreadable("Quý V năm 2024");
        unreadable("tháng 13 năm 2024");
        unreadable("ngày 32/1/2024");
        unreadable("2024-Q5");
        unreadable("99999999999999999999");
        assert_eq!(
            parse("31/2/2023"),
            Err(PhraseError::NoSuchDate("31/2/2023".into()))
        );
    }
}
