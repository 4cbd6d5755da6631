//! Tokens cleared of what carries no deadline, so that forms read across it: asides in
//! brackets, times of day, weekday names, school years, lunar year names; and number
//! words turned into numbers where they count.

use super::lexicon as lex;
use super::token::{Kind, Tok, Tokens};

/// Leave out what carries no deadline, so that forms read across it:
/// - brackets whose content is only number words, weekdays, times of day or a
///   restatement ("ngày 15 (mười lăm)", "(thứ Hai)", "(tức 27 tháng Chạp)"), or that
///   define a reporting period's data ("(kỳ báo cáo tính từ ...)"); other brackets are
///   read as part of the phrase ("Hằng tháng (trước ngày 25)");
/// - times of day ("18h00", "7 giờ 30", "sáng");
/// - weekday names, except in a weekly recurrence ("thứ Sáu hằng tuần") and a weekday
///   of a month ("thứ Sáu tuần thứ 2", "thứ Hai đầu tiên của tháng");
/// - school years and terms ("năm học 2021-2022", "học kỳ I").
///
/// Number words become numbers where they count ("mười ngày", "hai lần/năm", "ngày
/// thứ hai mươi", "twenty").
pub fn normalize(tokens: &mut Tokens) {
    let mut toks = std::mem::take(&mut tokens.toks);
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        match t.kind {
            Kind::Sym('(') => {
                let close = toks[i + 1..]
                    .iter()
                    .position(|t| t.kind == Kind::Sym(')'))
                    .map_or(toks.len(), |p| i + 1 + p);
                if aside(tokens, &toks[i + 1..close]) {
                    i = close + 1;
                } else {
                    for t in &mut toks[i + 1..close] {
                        t.aside = true;
                    }
                    i += 1;
                }
                continue;
            }
            Kind::Sym(')') => {
                i += 1;
                continue;
            }
            _ => {}
        }
        if let Some(n) = lunar_year(tokens, &toks, i) {
            i += n;
            continue;
        }
        if let Some(n) = time_of_day(tokens, &toks[i..]) {
            i += n;
            continue;
        }
        if let Some(n) = weekday_aside(tokens, &toks, i) {
            i += n;
            continue;
        }
        if let Some(n) = school_year(tokens, &toks[i..]) {
            i += n;
            continue;
        }
        if let Some((value, n)) = number_words(tokens, &toks, i) {
            let last = toks[i + n - 1];
            out.push(Tok {
                kind: Kind::Num,
                value,
                len: if value < 10 { 1 } else { 2 },
                start: t.start,
                end: last.end,
                aside: t.aside,
            });
            i += n;
            continue;
        }
        out.push(t);
        i += 1;
    }
    tokens.toks = out;
}

fn word<'a>(tokens: &'a Tokens, t: Option<&Tok>) -> Option<&'a str> {
    t.and_then(|t| tokens.word(t))
}

fn starts_with(tokens: &Tokens, toks: &[Tok], words: lex::Words) -> bool {
    words.len() <= toks.len()
        && words
            .iter()
            .zip(toks)
            .all(|(w, t)| tokens.word(t) == Some(*w))
}

/// Whether the content of a bracket carries nothing to read.
fn aside(tokens: &Tokens, inner: &[Tok]) -> bool {
    if lex::THAT_IS.iter().any(|w| starts_with(tokens, inner, w)) {
        return true;
    }
    // A reporting period's data window, not a deadline.
    if inner.windows(2).any(|w| {
        matches!(
            (tokens.word(&w[0]), tokens.word(&w[1])),
            (Some("tinh"), Some("tu")) | (Some("so"), Some("lieu"))
        )
    }) {
        return true;
    }
    // "(20)", "(06)": the number again; but "(06–15/02/2013)" is a window to read.
    let numbers = inner.iter().filter(|t| t.kind == Kind::Num).count();
    let words = inner.iter().filter(|t| t.kind == Kind::Word).count();
    !inner.is_empty()
        && (words > 0 || numbers == 1)
        && inner.iter().all(|t| match t.kind {
            Kind::Num | Kind::Sym(_) => true,
            Kind::Word => tokens.word(t).is_some_and(|w| {
                lex::vi_unit_after_ten(w).is_some()
                    || w == lex::VI_TEN
                    || lex::en_number(w).is_some()
                    || lex::weekday_en(w).is_some()
                    || matches!(w, "thu" | "chu" | "nhat" | "ngay" | "tram" | "linh" | "le")
                    || lex::TIME_OF_DAY.contains(&w)
                    || lex::HOUR.contains(&w)
            }),
        })
}

/// "18h00", "18h", "7 giờ 30 phút", "10:30", "sáng": the count of tokens, if any.
fn time_of_day(tokens: &Tokens, toks: &[Tok]) -> Option<usize> {
    let t = toks.first()?;
    if let Some(w) = tokens.word(t) {
        return (lex::TIME_OF_DAY.contains(&w) && !matches!(w, "am" | "pm" | "toi")).then_some(1);
    }
    let (h, _) = t.num()?;
    if h > 24 {
        return None;
    }
    let next = toks.get(1);
    if word(tokens, next).is_some_and(|w| lex::HOUR.contains(&w)) {
        let mut n = 2;
        if toks
            .get(2)
            .and_then(Tok::num)
            .is_some_and(|(m, l)| m < 60 && l <= 2)
        {
            n = 3;
            if word(tokens, toks.get(3)).is_some_and(|w| lex::MINUTE.contains(&w)) {
                n = 4;
            }
        }
        return Some(n);
    }
    if next.and_then(Tok::sym) == Some(':')
        && toks
            .get(2)
            .and_then(Tok::num)
            .is_some_and(|(m, l)| m < 60 && l == 2)
    {
        return Some(3);
    }
    if word(tokens, next).is_some_and(|w| matches!(w, "am" | "pm")) {
        return Some(2);
    }
    None
}

/// "thứ Hai", "thứ 6", "chủ nhật", "Monday" outside a weekly recurrence, and not an
/// ordinal ("ngày thứ hai mươi").
fn weekday_aside(tokens: &Tokens, toks: &[Tok], i: usize) -> Option<usize> {
    let w = tokens.word(&toks[i])?;
    let n = match w {
        "thu" => {
            // "ngày thứ ..." is read by the forms; "tuần (lễ) thứ hai" is an ordinal.
            let prev = |k: usize| i.checked_sub(k).and_then(|p| tokens.word(&toks[p]));
            if prev(1) == Some("ngay")
                || prev(1) == Some("tuan")
                || (prev(1) == Some("le") && prev(2) == Some("tuan"))
            {
                return None;
            }
            let next = toks.get(i + 1)?;
            let is_day = match next.num() {
                Some((d, _)) => (2..=7).contains(&d),
                None => tokens.word(next).and_then(lex::weekday_vi).is_some(),
            };
            // "thứ hai mươi" is a number, not Monday.
            if !is_day || word(tokens, toks.get(i + 2)) == Some(lex::VI_TEN) {
                return None;
            }
            // "tuần thứ 2, thứ 4", "tuần thứ 2 và thứ 4": an ordinal of a list of weeks.
            let mut k = i;
            while k > 0 && (toks[k - 1].sym() == Some(',') || prev_is(tokens, toks, k, "va")) {
                k -= 1;
            }
            if k < i && k >= 3 && toks[k - 1].kind != Kind::Sym(',') {
                let ordinal_before = tokens.word(&toks[k - 2]) == Some("thu")
                    && matches!(tokens.word(&toks[k - 3]), Some("tuan" | "le"));
                if ordinal_before {
                    return None;
                }
            }
            2
        }
        "chu" if word(tokens, toks.get(i + 1)) == Some("nhat") => 2,
        _ if lex::weekday_en(w).is_some() => {
            let prev = i.checked_sub(1).and_then(|p| tokens.word(&toks[p]));
            // "every Friday"; "the last Friday of the month", "the 2nd Friday".
            let ordinal =
                prev.is_some_and(|p| lex::en_nth(p).is_some() || lex::ORDINAL_SUFFIX.contains(&p));
            if matches!(prev, Some("every" | "each" | "on")) || ordinal {
                return None;
            }
            1
        }
        _ => return None,
    };
    let rest = &toks[i + n..];
    if lex::WEEKLY.iter().any(|w| starts_with(tokens, rest, w)) {
        return None;
    }
    // "thứ Sáu tuần thứ 2", "thứ Hai đầu tiên của tháng": a weekday of a month, read by
    // the form `weekday-of-month` (or refused by it), never left out.
    if lex::WEEK_OF_MONTH_AFTER_WEEKDAY
        .iter()
        .any(|w| starts_with(tokens, rest, w))
    {
        return None;
    }
    Some(n)
}

/// "Tết Giáp Thìn", "năm Ất Tỵ", "Xuân Tân Sửu": the name of a lunar year after a word
/// that calls for one (the number of the year, when written, follows it).
fn lunar_year(tokens: &Tokens, toks: &[Tok], i: usize) -> Option<usize> {
    let prev = i.checked_sub(1).and_then(|k| tokens.word(&toks[k]));
    let after_dan = i >= 2 && prev == Some("dan") && tokens.word(&toks[i - 2]) == Some("nguyen");
    if !(matches!(prev, Some("tet" | "nam" | "xuan")) || after_dan) {
        return None;
    }
    let stem = tokens.word(&toks[i])?;
    let branch = word(tokens, toks.get(i + 1))?;
    (lex::LUNAR_STEMS.contains(&stem) && lex::LUNAR_BRANCHES.contains(&branch)).then_some(2)
}

/// "năm học 2021-2022", "học kỳ I", "niên khóa 2020-2025".
fn school_year(tokens: &Tokens, toks: &[Tok]) -> Option<usize> {
    let words = lex::NOT_A_DEADLINE
        .iter()
        .find(|w| starts_with(tokens, toks, w))?;
    let mut n = words.len();
    match toks.get(n) {
        Some(t) if t.num().is_some() => {
            n += 1;
            if toks
                .get(n)
                .and_then(Tok::sym)
                .is_some_and(|c| c == '-' || c == '/')
                && toks.get(n + 1).and_then(Tok::num).is_some()
            {
                n += 2;
            }
        }
        Some(t) if tokens.word(t).is_some_and(lex::roman_like) => n += 1,
        _ => {}
    }
    Some(n)
}

/// Number words that count: "mười ngày", "hai lần", "hai mươi lăm", "ngày thứ ba mươi",
/// "twenty". The value and the count of tokens.
fn number_words(tokens: &Tokens, toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let w = tokens.word(&toks[i])?;
    if let Some(v) = lex::en_number(w) {
        // "twenty-five", "twenty five"
        let mut n = 1;
        let mut value = v;
        if v >= 20 && v % 10 == 0 {
            let j = if toks.get(i + 1).and_then(Tok::sym) == Some('-') {
                i + 2
            } else {
                i + 1
            };
            if let Some(u) = word(tokens, toks.get(j))
                .and_then(lex::en_number)
                .filter(|u| *u < 10)
            {
                value += u;
                n = j + 1 - i;
            }
        }
        return Some((value, n));
    }
    // Vietnamese: read the longest number, then check the context.
    let at = |k: usize| word(tokens, toks.get(i + k));
    let (value, n) = if w == lex::VI_TEN {
        match at(1).and_then(lex::vi_unit_after_ten) {
            Some(u) => (10 + u, 2),
            None => (10, 1),
        }
    } else {
        let u = lex::vi_unit(w)?;
        if at(1) == Some(lex::VI_TEN) {
            match at(2).and_then(lex::vi_unit_after_ten) {
                Some(v) => (u * 10 + v, 3),
                None => (u * 10, 2),
            }
        } else {
            (u, 1)
        }
    };
    // "ngày thứ hai mươi": an ordinal (the "thứ" is dropped by the caller's context).
    // Not "ngày thứ năm hằng tuần" (Thursday), "ngày thứ Sáu của tuần".
    let weekday_follows = n == 1
        && (lex::WEEKLY
            .iter()
            .any(|ws| starts_with(tokens, &toks[i + 1..], ws))
            || matches!(at(1), Some("tuan" | "cua")) && at(2) == Some("tuan"));
    let ordinal = i >= 2
        && tokens.word(&toks[i - 1]) == Some("thu")
        && tokens.word(&toks[i - 2]) == Some("ngay")
        && !weekday_follows
        && !(n == 1 && at(1) == Some("tuan"));
    // "năm" alone is the year, "sau ngày" is "after the day", not "six days".
    let counted = matches!(
        at(n),
        Some("ngay" | "lan" | "thang" | "tuan" | "nam" | "quy")
    ) && !(n == 1 && (w == "nam" || (w == "sau" && at(1) == Some("ngay"))));
    (ordinal || counted).then_some((value, n))
}

fn prev_is(tokens: &Tokens, toks: &[Tok], k: usize, w: &str) -> bool {
    k > 0 && tokens.word(&toks[k - 1]) == Some(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::phrase::token::tokenize;

    fn words(text: &str) -> Vec<String> {
        let mut t = tokenize(text);
        normalize(&mut t);
        t.toks
            .iter()
            .map(|x| match x.kind {
                Kind::Word => t.word(x).unwrap().to_string(),
                Kind::Num => format!("#{}", x.value),
                Kind::Sym(c) => c.to_string(),
            })
            .collect()
    }

    #[test]
    fn folds_and_keeps_spans() {
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "Hằng QUÝ".nfd().collect();
        assert_eq!(words(&nfd), ["hang", "quy"]);
        let t = tokenize("Quý  V");
        assert_eq!(
            &"Quý  V"[t.toks[1].start as usize..t.toks[1].end as usize],
            "V"
        );
        assert_eq!(words("Đến 20–6"), ["den", "#20", "-", "#6"]);
    }

    #[test]
    fn leaves_out_what_carries_no_deadline() {
        assert_eq!(
            words("ngày 15 (mười lăm) của tháng"),
            ["ngay", "#15", "cua", "thang"]
        );
        assert_eq!(
            words("đến 18h00 ngày 5/8"),
            ["den", "ngay", "#5", "/", "#8"]
        );
        assert_eq!(words("sáng ngày 3/3 (thứ Hai)"), ["ngay", "#3", "/", "#3"]);
        assert_eq!(words("thứ Sáu hằng tuần"), ["thu", "sau", "hang", "tuan"]);
        assert_eq!(words("ngày thứ hai mươi"), ["ngay", "thu", "#20"]);
        assert_eq!(words("mười ngày"), ["#10", "ngay"]);
        assert_eq!(words("năm học 2021-2022 trước"), ["truoc"]);
        assert_eq!(words("twenty (20) days"), ["#20", "days"]);
        assert_eq!(
            words("Hằng tháng (trước ngày 25)"),
            ["hang", "thang", "truoc", "ngay", "#25"]
        );
    }
}
