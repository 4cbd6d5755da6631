//! The reader: the phrase cut into the parts of a list, each part scanned for the forms
//! of the registry, then the parts put together into items.
//!
//! Scanning: at each word, the forms are tried in the registry's order; the first that
//! reads takes its words, and a word no form starts at is one of the words around the
//! time expression (a verb, an addressee: "Gửi Sở Nội vụ trước ngày 12/4/2025"). Every
//! step consumes a word, so reading never loops.
//!
//! Putting together, in this order:
//! - a part that is only a number after a quarter or month ("Quý I, II") takes that
//!   word; a year written once at the end belongs to the whole list;
//! - a part that is only a date takes the marker of the part before ("trước 30/6 và
//!   15/12"), and a recurrence written at the end of a list of dates applies to each
//!   ("ngày 20/6 và ngày 20/12 hằng năm");
//! - in a part, a recurrence and a day make one recurring item ("ngày 15 của tháng báo
//!   cáo ... định kỳ hằng tháng"); a day whose period is not written takes the phrase's
//!   recurrence ("kỳ báo cáo", "Hằng tháng (trước ngày 25)");
//! - "các năm tiếp theo" makes the year before it recur;
//! - a period mentioned without a marker beside a written deadline is the subject, not
//!   the deadline ("báo cáo năm 2016 ... trước ngày 18/11/2016"); "theo ..." (set
//!   elsewhere) yields to any time read elsewhere;
//! - "Thường xuyên ...", "Khi ...", "Đột xuất ..." at the start of a part take the rest of
//!   the phrase with them.

use super::cursor::Cursor;
use super::error::{ErrorKind, Expect, PhraseError};
use super::forms::{FORMS, Piece};
use super::lexicon as lex;
use super::model::{Day, DayRule, Due, Item, Mode, MonthOf, Period, Phrase, Point, Reading};
use super::token::{self, Kind, Tok, Tokens};

/// What a form read, where.
#[derive(Clone, Debug)]
struct Found {
    piece: Piece,
    form: &'static str,
    span: (u32, u32),
}

/// One part of a list, read.
struct Part {
    found: Vec<Found>,
    miss: Option<PhraseError>,
    span: (u32, u32),
}

#[derive(Clone, Copy, Debug)]
struct Freq {
    period: Period,
    weekday: Option<u32>,
    year: Option<i32>,
}

pub fn parse(text: &str) -> Result<Phrase, PhraseError> {
    let mut tokens = token::tokenize(text);
    token::normalize(&mut tokens);
    if tokens.toks.iter().all(|t| matches!(t.kind, Kind::Sym(_))) {
        return Err(PhraseError::new(ErrorKind::Empty, (0, text.len() as u32)));
    }
    let units = [tokens.synthetic("quy", 0), tokens.synthetic("thang", 0)];
    let mut parts: Vec<Part> = Vec::new();
    for (a, b) in split(&tokens) {
        let toks = &tokens.toks[a..b];
        let (mut part, stop) = scan(&tokens, toks, text)?;
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
        parts.push(part);
        if stop {
            break;
        }
    }
    share(&mut parts);
    assemble(parts, text)
}

/// The parts of a list: cut at `,` `;` `+` `.` (not inside a date or a number), "và",
/// "hoặc", "and", "or", except where what follows continues what precedes ("April 10,
/// 2025", "ngày thứ chín mươi, kể từ ...").
fn split(tokens: &Tokens) -> Vec<(usize, usize)> {
    let toks = &tokens.toks;
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
                    (
                        toks.get(i + 1).and_then(|t| tokens.word(t)),
                        toks.get(i + 2).and_then(|t| tokens.word(t))
                    ),
                    (Some("ke" | "tinh"), Some("tu"))
                );
                !(since_next || (year_next && day_before))
            }
            Kind::Sym(';' | '+') => true,
            Kind::Sym('.') => {
                // A dot between numbers belongs to a date ("20.7.2020").
                let num_before = i > 0 && toks[i - 1].kind == Kind::Num;
                let num_after = toks.get(i + 1).is_some_and(|t| t.kind == Kind::Num);
                !(num_before && num_after)
            }
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
    Ok((Part { found, miss, span }, stop))
}

/// "Quý I, II năm 2024", "Tháng 6, 12": a part that is a bare number takes the unit
/// word of the point before it.
fn continuation(
    tokens: &Tokens,
    toks: &[Tok],
    prev: Option<&Part>,
    units: [Tok; 2],
) -> Option<Tok> {
    let first = toks.first()?;
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

fn is_bare_day(p: &Piece) -> bool {
    matches!(
        p,
        Piece::Point {
            marked: false,
            point: Point::Date { .. },
            ..
        }
    )
}

fn year_less_point(p: &Piece) -> bool {
    matches!(
        p,
        Piece::Point {
            point: Point::Date { year: None, .. } | Point::Month { year: None, .. },
            ..
        }
    )
}

/// What the parts of a list share: a year written at the end, a marker written at the
/// start, a recurrence written at the end.
fn share(parts: &mut [Part]) {
    // The year of the last point, for the points before it without one.
    let last_year = parts.last().and_then(|p| {
        p.found.iter().rev().find_map(|f| match &f.piece {
            Piece::Point { point, .. } => point.year(),
            Piece::Range { to, .. } => to.year(),
            _ => None,
        })
    });
    if let Some(y) = last_year {
        for part in parts.iter_mut() {
            for f in &mut part.found {
                match &mut f.piece {
                    Piece::Point { point, .. } if point.year().is_none() => {
                        *point = point.with_year(y)
                    }
                    Piece::Range { from, to } if from.year().is_none() && to.year().is_none() => {
                        *from = from.with_year(y);
                        *to = to.with_year(y);
                    }
                    _ => {}
                }
            }
        }
    }
    // "trước 30/6 và 15/12": the marker of the part before.
    for i in 1..parts.len() {
        let prev = parts[i - 1].found.last().and_then(|f| match f.piece {
            Piece::Point {
                mode, marked: true, ..
            } if mode != Mode::Within => Some(mode),
            Piece::Day { mode: Some(m), .. } => Some(m),
            _ => None,
        });
        let Some(mode) = prev else {
            continue;
        };
        if let [only] = parts[i].found.as_mut_slice() {
            match &mut only.piece {
                p if is_bare_day(p) => {
                    if let Piece::Point {
                        mode: m, marked, ..
                    } = p
                    {
                        *m = mode;
                        *marked = true;
                    }
                }
                Piece::Day {
                    mode: m @ None,
                    rule,
                    ..
                } => {
                    *m = Some(mode);
                    rule.before = mode == Mode::Before;
                }
                _ => {}
            }
        }
    }
    // "ngày 20/6 và ngày 20/12 hằng năm": the recurrence of the last part.
    let Some(last) = parts.last() else {
        return;
    };
    let yearly_day = last.found.iter().find_map(|f| match f.piece {
        Piece::Day {
            rule,
            period: Some(p),
            ..
        } if rule.offset == 0 && matches!(rule.month, MonthOf::Fixed(_)) => Some(p),
        _ => None,
    });
    if let Some(p) = yearly_day {
        let n = parts.len();
        for part in &mut parts[..n - 1] {
            if let [f] = part.found.as_mut_slice()
                && let Piece::Point {
                    mode,
                    marked,
                    point:
                        Point::Date {
                            year: None,
                            month,
                            day,
                        },
                } = f.piece
            {
                f.piece = Piece::Day {
                    rule: DayRule {
                        day: Day::Nth(day),
                        month: MonthOf::Fixed(month),
                        offset: 0,
                        before: mode == Mode::Before,
                    },
                    mode: marked.then_some(mode),
                    period: Some(p),
                };
            }
        }
        return;
    }
    let freq = last.found.iter().find_map(|f| match f.piece {
        Piece::Freq { .. } => Some(f.clone()),
        _ => None,
    });
    let has_point = last.found.iter().any(|f| year_less_point(&f.piece));
    if let (Some(freq), true) = (freq, has_point) {
        let n = parts.len();
        for part in &mut parts[..n - 1] {
            if !part.found.is_empty() && part.found.iter().all(|f| year_less_point(&f.piece)) {
                part.found.push(freq.clone());
            }
        }
    }
}

/// What a part yields.
enum Out {
    Item {
        item: Item,
        /// A deadline the text marks ("trước", "chậm nhất", a day of a period).
        deadline: bool,
        /// A window written without a marker: the subject when a deadline is beside it.
        bare: bool,
    },
    FollowingYears,
}

fn freqs(found: &[Found]) -> Vec<Freq> {
    found
        .iter()
        .filter_map(|f| match f.piece {
            Piece::Freq {
                period,
                weekday,
                year,
            } => Some(Freq {
                period,
                weekday,
                year,
            }),
            _ => None,
        })
        .collect()
}

fn every(f: Freq, due: Due) -> Item {
    Item::Every {
        period: f.period,
        due,
        year: f.year,
        from: None,
    }
}

/// The items of one part; whether it used the phrase's recurrence.
fn combine(
    part: &Part,
    phrase_freq: Option<Freq>,
    text: &str,
    out: &mut Vec<Out>,
    misses: &mut Vec<PhraseError>,
) -> Result<bool, PhraseError> {
    let local = freqs(&part.found);
    let own = local.first().copied();
    let mut used_own = false;
    let mut used_phrase = false;
    let marked_deadline = part.found.iter().any(|f| {
        matches!(
            &f.piece,
            Piece::Point {
                marked: true,
                mode: Mode::Before | Mode::By,
                ..
            } | Piece::Day { .. }
                | Piece::After { .. }
                | Piece::Window { .. }
        )
    });
    macro_rules! push {
        ($item:expr, $deadline:expr, $bare:expr $(,)?) => {
            out.push(Out::Item {
                item: $item,
                deadline: $deadline,
                bare: $bare,
            })
        };
    }
    for f in &part.found {
        match f.piece.clone() {
            Piece::Item(i) | Piece::Free(i) => push!(i, false, false),
            Piece::Freq { .. } => {}
            Piece::FollowingYears => out.push(Out::FollowingYears),
            Piece::Start => {}
            Piece::Range { from, to } => push!(Item::Range { from, to }, false, false),
            Piece::Point {
                mode,
                marked,
                point,
            } => {
                let window = !point.is_day();
                if window && !marked && marked_deadline {
                    continue;
                }
                match (point, own) {
                    (
                        Point::Date {
                            year: None,
                            month,
                            day,
                        },
                        Some(fq),
                    ) => {
                        if fq.period <= Period::Month {
                            return Err(PhraseError::new(
                                ErrorKind::DateInShortPeriod(
                                    span_text(text, part.span).to_string(),
                                ),
                                part.span,
                            ));
                        }
                        used_own = true;
                        let rule = DayRule {
                            day: Day::Nth(day),
                            month: MonthOf::Fixed(month),
                            offset: 0,
                            before: mode == Mode::Before,
                        };
                        push!(every(fq, Due::On(rule)), true, false);
                    }
                    (
                        Point::Month { year: None, .. } | Point::FuzzyMonth { year: None, .. },
                        Some(fq),
                    ) if fq.period == Period::Year => {
                        used_own = true;
                        push!(Item::Once { mode, point }, marked, false);
                    }
                    _ => push!(
                        Item::Once { mode, point },
                        marked && mode != Mode::Within,
                        !marked && matches!(point, Point::Year { .. }),
                    ),
                }
            }
            Piece::Day { rule, period, .. } => {
                let Some(p) = period
                    .or(own.map(|f| f.period))
                    .or(phrase_freq.map(|f| f.period))
                else {
                    misses.push(PhraseError::new(
                        ErrorKind::Expected {
                            after: span_text(text, f.span).to_string(),
                            expected: Expect::PeriodOfDay,
                        },
                        f.span,
                    ));
                    continue;
                };
                if matches!(rule.month, MonthOf::Fixed(_)) && p <= Period::Month {
                    return Err(PhraseError::new(
                        ErrorKind::DateInShortPeriod(span_text(text, f.span).to_string()),
                        f.span,
                    ));
                }
                let (used, year) =
                    note_use(period, p, own, phrase_freq, &mut used_own, &mut used_phrase);
                let _ = used;
                push!(
                    Item::Every {
                        period: p,
                        due: Due::On(rule),
                        year,
                        from: None,
                    },
                    true,
                    false,
                );
            }
            Piece::Window { from, to, period } => {
                let Some(p) = period
                    .or(own.map(|f| f.period))
                    .or(phrase_freq.map(|f| f.period))
                else {
                    continue;
                };
                let (_, year) =
                    note_use(period, p, own, phrase_freq, &mut used_own, &mut used_phrase);
                push!(
                    Item::Every {
                        period: p,
                        due: Due::Window(from, to),
                        year,
                        from: None,
                    },
                    true,
                    false,
                );
            }
            Piece::After {
                days,
                working,
                period,
            } => {
                let Some(p) = period
                    .or(own.map(|f| f.period))
                    .or(phrase_freq.map(|f| f.period))
                else {
                    misses.push(PhraseError::new(
                        ErrorKind::Expected {
                            after: span_text(text, f.span).to_string(),
                            expected: Expect::PeriodOfDay,
                        },
                        f.span,
                    ));
                    continue;
                };
                let (_, year) =
                    note_use(period, p, own, phrase_freq, &mut used_own, &mut used_phrase);
                push!(
                    Item::Every {
                        period: p,
                        due: Due::After { days, working },
                        year,
                        from: None,
                    },
                    true,
                    false,
                );
            }
        }
    }
    if !used_own {
        for fq in local {
            let due = fq.weekday.map_or(Due::End, Due::Weekday);
            push!(every(fq, due), false, false);
        }
    }
    Ok(used_phrase)
}

/// Which recurrence a day used: the part's own when it names the same period (or none),
/// else the phrase's. Its year scope comes along.
fn note_use(
    written: Option<Period>,
    p: Period,
    own: Option<Freq>,
    phrase: Option<Freq>,
    used_own: &mut bool,
    used_phrase: &mut bool,
) -> (bool, Option<i32>) {
    if let Some(f) = own.filter(|f| f.period == p || written.is_none()) {
        *used_own = true;
        return (true, f.year);
    }
    if let Some(f) = phrase.filter(|f| f.period == p || written.is_none()) {
        *used_phrase = written.is_none() || f.period == p;
        return (true, f.year);
    }
    (false, None)
}

fn span_text(text: &str, span: (u32, u32)) -> &str {
    text.get(span.0 as usize..span.1 as usize)
        .unwrap_or_default()
}

fn year_of(item: &Item) -> Option<i32> {
    match item {
        Item::Once {
            point: p @ (Point::Year { .. } | Point::FuzzyYear { .. }),
            ..
        } => p.year(),
        Item::Range {
            to: Point::Year { year },
            ..
        } => Some(*year),
        _ => None,
    }
}

/// Put the parts together.
fn assemble(parts: Vec<Part>, text: &str) -> Result<Phrase, PhraseError> {
    let phrase_freq = parts.iter().flat_map(|p| freqs(&p.found)).next();
    let mut outs: Vec<Out> = Vec::new();
    let mut misses: Vec<PhraseError> = Vec::new();
    let mut used_phrase_freq = false;
    // Parts that are only the recurrence another part used ("Hằng tháng, trước ngày 25").
    let mut only_freq: Vec<usize> = Vec::new();
    for part in &parts {
        let before = outs.len();
        used_phrase_freq |= combine(part, phrase_freq, text, &mut outs, &mut misses)?;
        if part.found.len() == 1 && matches!(part.found[0].piece, Piece::Freq { .. }) {
            only_freq.push(before);
        }
    }
    if used_phrase_freq {
        for &at in only_freq.iter().rev() {
            if at < outs.len()
                && matches!(
                    outs[at],
                    Out::Item {
                        item: Item::Every { due: Due::End, .. },
                        ..
                    }
                )
            {
                outs.remove(at);
            }
        }
    }
    // "năm 2025 và các năm tiếp theo".
    let mut items: Vec<(Item, bool, bool)> = Vec::new();
    for o in outs {
        match o {
            Out::Item {
                item,
                deadline,
                bare,
            } => items.push((item, deadline, bare)),
            Out::FollowingYears => {
                let from = items.iter().rposition(|(i, _, _)| year_of(i).is_some());
                match from {
                    Some(k) => {
                        let y = year_of(&items[k].0);
                        items[k] = (
                            Item::Every {
                                period: Period::Year,
                                due: Due::End,
                                year: None,
                                from: y,
                            },
                            false,
                            false,
                        );
                    }
                    None => items.push((
                        Item::Every {
                            period: Period::Year,
                            due: Due::End,
                            year: None,
                            from: None,
                        },
                        false,
                        false,
                    )),
                }
            }
        }
    }
    // The subject beside a deadline, and "theo ..." beside anything, give way.
    let any_deadline = items.iter().any(|(_, d, _)| *d);
    if any_deadline {
        items.retain(|(_, _, bare)| !bare);
    }
    if items.iter().any(|(i, _, _)| *i != Item::Elsewhere) {
        items.retain(|(i, _, _)| *i != Item::Elsewhere);
    }
    let mut items: Vec<Item> = items.into_iter().map(|(i, _, _)| i).collect();
    items.dedup();
    if items.is_empty() {
        let miss = parts
            .iter()
            .filter_map(|p| p.miss.clone())
            .chain(misses)
            .max_by_key(|e| e.span.1);
        return Err(miss.unwrap_or_else(|| {
            let start = parts.first().map_or(0, |p| p.span.0);
            let end = parts.last().map_or(text.len() as u32, |p| p.span.1);
            PhraseError::new(ErrorKind::NoDeadline, (start, end))
        }));
    }
    let readings = parts
        .iter()
        .flat_map(|p| &p.found)
        .map(|f| Reading {
            form: f.form,
            span: f.span,
        })
        .collect();
    Ok(Phrase { items, readings })
}
