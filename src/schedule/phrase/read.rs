//! The reader: the phrase cut into the parts of a list, each part scanned for the forms
//! of the registry (then put together by `combine`).
//!
//! Scanning: at each word, the forms are tried in the registry's order; the first that
//! reads takes its words, and a word no form starts at is one of the words around the
//! time expression (a verb, an addressee: "Gửi Sở Nội vụ trước ngày 12/4/2025"). Every
//! step consumes a word, so reading never loops. "Thường xuyên ...", "Khi ...", "Đột
//! xuất ..." as the first thing a part says take the rest of the part with them, and only
//! deadlines and recurrences are read after them.

use super::assemble::assemble;
use super::combine::{Found, Part};
use super::cursor::Cursor;
use super::error::{ErrorKind, PhraseError};
use super::forms::{FORMS, Piece};
use super::lexicon as lex;
use super::model::{Day, DayRule, Item, Period, Phrase, Point};
use super::normalize::normalize;
use super::token::{self, Kind, Tok, Tokens};

pub fn parse(text: &str) -> Result<Phrase, PhraseError> {
    let mut tokens = token::tokenize(text);
    normalize(&mut tokens);
    if tokens.toks.iter().all(|t| matches!(t.kind, Kind::Sym(_))) {
        return Err(PhraseError::new(ErrorKind::Empty, (0, text.len() as u32)));
    }
    let units = [
        tokens.synthetic("quy", 0),
        tokens.synthetic("thang", 0),
        tokens.synthetic("hang", 0),
    ];
    let mut parts: Vec<Part> = Vec::new();
    // After "Thường xuyên ...", "Khi ...", "Đột xuất ..." only deadlines read: "Thường
    // xuyên; báo cáo định kỳ hằng quý" is both, "Đột xuất theo yêu cầu của UBND tỉnh, Bộ Y
    // tế" is on request only.
    let mut after_free = false;
    for (a, b) in split(&tokens) {
        let toks = &tokens.toks[a..b];
        let scanned = scan(&tokens, toks, text);
        let (mut part, stop) = match scanned {
            Ok(s) => s,
            Err(_) if after_free => continue,
            Err(e) => return Err(e),
        };
        if after_free {
            part.found.retain(|f| deadline(&f.piece));
            part.miss = None;
        }
        if let Some(unit) = continuation(&tokens, toks, parts.last(), units) {
            let mut with = Vec::with_capacity(toks.len() + 1);
            with.push(Tok {
                start: toks[0].start,
                end: toks[0].start,
                ..unit
            });
            with.extend_from_slice(toks);
            if let Ok((again, _)) = scan(&tokens, &with, text)
                && !again.found.is_empty()
            {
                part = again;
            }
        }
        if let Some(more) = next_week(&tokens, toks, parts.last()) {
            part.found.insert(0, more);
        }
        if !after_free {
            part.bare_day = bare_day(&tokens, toks);
        }
        parts.push(part);
        after_free |= stop;
    }
    assemble(parts, text, named_report(&tokens))
}

/// The report a phrase names by its period ("Báo cáo quý: 05 ngày làm việc kể từ ...",
/// "báo cáo tháng chậm nhất ..."): the period of a duration or a day that says only "kỳ
/// báo cáo". Not a period with its number ("báo cáo quý I", "báo cáo năm 2024").
fn named_report(tokens: &Tokens) -> Option<Period> {
    let toks = &tokens.toks;
    let word = |i: usize| toks.get(i).and_then(|t| tokens.word(t));
    (0..toks.len()).find_map(|i| {
        if !(word(i) == Some("bao") && word(i + 1) == Some("cao")) {
            return None;
        }
        let numbered = toks
            .get(i + 3)
            .is_some_and(|t| t.num().is_some() || tokens.word(t).is_some_and(lex::roman_like));
        // "báo cáo 6 tháng", "báo cáo 06 tháng".
        if let (Some((n, _)), Some("thang")) = (toks.get(i + 2).and_then(Tok::num), word(i + 3)) {
            let next_num = toks.get(i + 4).is_some_and(|t| t.num().is_some());
            return match n {
                6 if !next_num && !matches!(word(i + 4), Some("dau" | "cuoi")) => {
                    Some(Period::Half)
                }
                _ => None,
            };
        }
        match word(i + 2).and_then(lex::period_word)? {
            Period::Week => None,
            p if !numbered => Some(p),
            _ => None,
        }
    })
}

/// What still reads after free text: deadlines, recurrences and requests.
fn deadline(p: &Piece) -> bool {
    matches!(
        p,
        Piece::Freq { .. }
            | Piece::Day { alone: false, .. }
            | Piece::After { .. }
            | Piece::Window { .. }
            | Piece::Point { marked: true, .. }
            | Piece::Free(Item::OnRequest)
            | Piece::Item(Item::Every { .. } | Item::Holiday { .. } | Item::Milestone(_))
    )
}

/// The parts of a list: cut at `,` `;` `+` `.` (not inside a date, a number or "..."),
/// "và", "hoặc", "and", "or", except where what follows continues what precedes ("April
/// 10, 2025", "ngày thứ chín mươi, kể từ ...").
fn split(tokens: &Tokens) -> Vec<(usize, usize)> {
    let toks = &tokens.toks;
    let word = |i: usize| toks.get(i).and_then(|t| tokens.word(t));
    let sym = |i: usize| toks.get(i).and_then(Tok::sym);
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        let cut = match t.kind {
            Kind::Sym(',') => {
                let year_next = toks
                    .get(i + 1)
                    .and_then(Tok::num)
                    .is_some_and(|(_, l)| l == 4);
                let day_before = i > 0 && toks[i - 1].num().is_some_and(|(_, l)| l <= 2);
                let since_next = matches!(
                    (word(i + 1), word(i + 2)),
                    (Some("ke" | "tinh"), Some("tu"))
                );
                !(since_next || (year_next && day_before))
            }
            Kind::Sym(';' | '+' | '|') => true,
            Kind::Sym('.') => {
                // A dot between numbers belongs to a date ("20.7.2020"); "..." elides.
                let num_around = i > 0
                    && toks[i - 1].kind == Kind::Num
                    && toks.get(i + 1).is_some_and(|t| t.kind == Kind::Num);
                let ellipsis =
                    (i > 0 && toks[i - 1].kind == Kind::Sym('.')) || sym(i + 1) == Some('.');
                !(num_around || ellipsis)
            }
            Kind::Sym('…') => false,
            Kind::Word => tokens.word(t).is_some_and(lex::list_word),
            _ => false,
        };
        if cut {
            if i > start {
                parts.push((start, i));
            }
            start = i + 1;
        }
    }
    if toks.len() > start {
        parts.push((start, toks.len()));
    }
    parts
}

/// Read the forms of one part. The flag: the part starts with ongoing or on-request
/// text, which takes the rest of the phrase.
fn scan(tokens: &Tokens, toks: &[Tok], text: &str) -> Result<(Part, bool), PhraseError> {
    let mut c = Cursor::new(tokens, toks, text);
    let mut found: Vec<Found> = Vec::new();
    let mut pos = 0;
    let mut stop = false;
    while pos < toks.len() {
        let mut hit = None;
        for form in FORMS {
            c.at = pos;
            c.from = pos;
            if let Some(piece) = (form.parse)(&mut c)?
                && c.at > pos
            {
                hit = Some((form.id, piece));
                break;
            }
        }
        match hit {
            Some((form, piece)) => {
                let free = matches!(piece, Piece::Free(Item::Ongoing | Item::OnRequest));
                found.push(Found {
                    piece,
                    form,
                    span: c.span(pos, c.at),
                    aside: toks[pos..c.at].iter().all(|t| t.aside),
                });
                pos = c.at;
                if free && found.len() == 1 {
                    stop = true;
                    break;
                }
            }
            None => pos += 1,
        }
    }
    let miss = c.miss.map(|m| c.miss_error(m));
    let span = c.span(0, toks.len());
    Ok((
        Part {
            found,
            miss,
            span,
            bare_day: None,
        },
        stop,
    ))
}

/// "Quý I, II năm 2024", "Tháng 6, 12": a part that is a bare number takes the unit
/// word of the point before it.
fn continuation(
    tokens: &Tokens,
    toks: &[Tok],
    prev: Option<&Part>,
    units: [Tok; 3],
) -> Option<Tok> {
    let first = toks.first()?;
    // "định kỳ hàng quý, năm kết quả ...": a period word after a recurrence recurs too.
    let recurring_before = prev.is_some_and(|p| {
        p.found
            .iter()
            .any(|f| matches!(f.piece, Piece::Freq { .. }))
    });
    let period_word = tokens.word(first).and_then(lex::period_word).is_some()
        && toks
            .get(1)
            .is_none_or(|t| t.num().is_none() && tokens.word(t).and_then(lex::roman).is_none());
    if recurring_before && period_word {
        return Some(units[2]);
    }
    let bare = first.num().is_some_and(|(_, l)| l <= 2)
        || tokens.word(first).is_some_and(|w| lex::roman(w).is_some());
    // The number alone, or with the list's year: "II năm 2024", "12/2024".
    let then_year = match toks.get(1) {
        None => true,
        Some(t) => tokens.word(t) == Some("nam") || matches!(t.sym(), Some('/' | '-')),
    };
    if !bare || !then_year {
        return None;
    }
    match prev?.found.last()?.piece {
        Piece::Point {
            point: Point::Quarter { .. },
            ..
        } => Some(units[0]),
        Piece::Point {
            point: Point::Month { .. },
            ..
        } => Some(units[1]),
        _ => None,
    }
}

/// "thứ Sáu tuần thứ 2, 4 hàng tháng", "... tuần thứ 2 và thứ 4": a part that starts with
/// a number (after "thứ") continues a list of weeks: the same weekday in that week.
fn next_week(tokens: &Tokens, toks: &[Tok], prev: Option<&Part>) -> Option<Found> {
    let last = prev?.found.last()?;
    let Piece::Day {
        rule:
            rule @ DayRule {
                day: Day::Weekday { weekday, .. },
                ..
            },
        mode,
        period,
        alone,
    } = last.piece
    else {
        return None;
    };
    let at = usize::from(toks.first().and_then(|t| tokens.word(t)) == Some("thu"));
    let t = toks.get(at)?;
    let nth = match t.num() {
        Some((n @ 1..=5, 1)) => n as i8,
        _ => tokens.word(t).and_then(lex::nth_of_month)?,
    };
    // "4 hàng tháng", "thứ 4": nothing after the number but a recurrence.
    let rest = &toks[at + 1..];
    let recurrence = rest.is_empty()
        || (rest.len() == 2
            && tokens
                .word(&rest[0])
                .is_some_and(|w| lex::EACH.iter().any(|e| e == &[w]))
            && tokens.word(&rest[1]).and_then(lex::period_word).is_some());
    if !recurrence {
        return None;
    }
    Some(Found {
        piece: Piece::Day {
            rule: DayRule {
                day: Day::Weekday { weekday, nth },
                ..rule
            },
            mode,
            period,
            alone,
        },
        form: last.form,
        span: (toks[0].start, t.end),
        aside: false,
    })
}

/// "vào các ngày 26", "27": a day of a list whose month comes with another item
/// ("26, 27, 28/6/2024", "Tháng 7 | Ngày 03; 10; 17"): the part's one number, at its end,
/// alone or after "ngày".
fn bare_day(tokens: &Tokens, toks: &[Tok]) -> Option<u32> {
    let (last, before) = toks.split_last()?;
    let (d, len) = last.num()?;
    // Other small numbers make it something else; a year ("năm 2024") may stand beside.
    let small = toks
        .iter()
        .filter(|t| t.num().is_some_and(|(_, l)| l <= 2))
        .count();
    if small > 1 || len > 2 || !(1..=31).contains(&d) {
        return None;
    }
    let after_day = before.last().and_then(|t| tokens.word(t)) == Some("ngay");
    (before.is_empty() || after_day).then_some(d)
}
