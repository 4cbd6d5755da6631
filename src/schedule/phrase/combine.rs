//! Putting the parts of a list together, in this order:
//! - a year written once at the end belongs to the whole list ("Quý I, II năm 2024");
//!   a bare day takes the month of a later date ("26, 27, 28/6/2024");
//! - a part that is only a date takes the marker of the part before ("trước 30/6 và
//!   15/12"), and a recurrence written at the end of a list of dates applies to each
//!   ("ngày 20/6 và ngày 20/12 hằng năm");
//! - in a part, a recurrence and a day make one recurring item ("ngày 15 của tháng báo
//!   cáo ... định kỳ hằng tháng"); a day whose period is not written takes the phrase's
//!   recurrence ("kỳ báo cáo", "Hằng tháng (trước ngày 25)"), or the year when it names
//!   its month;
//! - a period written without a marker beside a deadline is the subject, not the
//!   deadline ("báo cáo năm 2016 ... trước ngày 18/11/2016"), except that it keys a
//!   deadline of its year ("Báo cáo 6 tháng đầu năm gửi trước ngày 10/07 của năm báo
//!   cáo" is the first half, due 9 July);
//! - "các năm tiếp theo" makes the year before it recur;
//! - what is read inside brackets yields to what is read outside them; weak kinds ("theo
//!   ...", a data window, an event) yield to any time.

use super::error::{ErrorKind, Expect, PhraseError};
use super::forms::Piece;
use super::model::{Day, DayRule, Due, Item, Mode, MonthOf, Period, Phrase, Point, Reading};

/// What a form read, where.
#[derive(Clone, Debug)]
pub struct Found {
    pub piece: Piece,
    pub form: &'static str,
    pub span: (u32, u32),
    /// Read inside brackets.
    pub aside: bool,
}

/// One part of a list, read.
pub struct Part {
    pub found: Vec<Found>,
    pub miss: Option<PhraseError>,
    pub span: (u32, u32),
    /// The part is only a day number ("27" in "26, 27, 28/6/2024").
    pub bare_day: Option<u32>,
}

#[derive(Clone, Copy, Debug)]
struct Freq {
    period: Period,
    weekday: Option<u32>,
    year: Option<i32>,
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

/// What the parts of a list share.
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
        for f in parts.iter_mut().flat_map(|p| &mut p.found) {
            match &mut f.piece {
                Piece::Point { point, .. } if point.year().is_none() => *point = point.with_year(y),
                Piece::Range { from, to } if from.year().is_none() && to.year().is_none() => {
                    *from = from.with_year(y);
                    *to = to.with_year(y);
                }
                _ => {}
            }
        }
    }
    // "26, 27, 28/6/2024": a bare day takes the month of the next date, or of the month
    // before it ("Tháng 7 | Ngày 03; 10; 17"), which it then stands for.
    let mut months_used = Vec::new();
    for i in 0..parts.len() {
        let Some(day) = parts[i].bare_day else {
            continue;
        };
        // The day, perhaps read as a day of an unnamed period, beside a bare year.
        let only_day = parts[i].found.iter().all(|f| {
            matches!(
                f.piece,
                Piece::Day { period: None, .. }
                    | Piece::Point {
                        marked: false,
                        point: Point::Year { .. },
                        ..
                    }
            )
        });
        if !only_day {
            continue;
        }
        let date_of = |p: &Part| {
            p.found.iter().find_map(|f| match f.piece {
                Piece::Point {
                    mode,
                    marked,
                    point: Point::Date { year, month, .. },
                } => Some((mode, marked, year, month)),
                _ => None,
            })
        };
        let month_of = |p: &Part| {
            p.found.iter().find_map(|f| match f.piece {
                Piece::Point {
                    point: Point::Month { year, month },
                    ..
                } => Some((Mode::By, false, year, month)),
                _ => None,
            })
        };
        let next = parts[i + 1..].iter().find_map(date_of);
        // Else the nearest month or date before ("Tháng 7 | Ngày 03; 10").
        let before = (0..i).rev().find_map(|k| {
            month_of(&parts[k])
                .map(|m| (Some(k), m))
                .or_else(|| date_of(&parts[k]).map(|d| (None, d)))
        });
        let (source, (mode, marked, year, month)) = match (next, before) {
            (Some(d), _) => (None, d),
            (None, Some(b)) => b,
            _ => continue,
        };
        months_used.extend(source);
        let span = parts[i].span;
        parts[i]
            .found
            .retain(|f| !matches!(f.piece, Piece::Day { .. }));
        parts[i].found.push(Found {
            piece: Piece::Point {
                mode,
                marked,
                point: Point::Date { year, month, day },
            },
            form: "date-by",
            span,
            aside: false,
        });
    }
    for k in months_used {
        parts[k].found.retain(|f| {
            !matches!(
                f.piece,
                Piece::Point {
                    point: Point::Month { .. },
                    ..
                }
            )
        });
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
                Piece::Point {
                    mode: m,
                    marked: marked @ false,
                    point: Point::Date { .. },
                } => {
                    *m = mode;
                    *marked = true;
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
    // "ngày 20/6 và ngày 20/12 hằng năm": the recurrence of the last part that reads a
    // time (not "... or as urgently requested").
    let Some(n) = parts
        .iter()
        .rposition(|p| p.found.iter().any(|f| is_time(&f.piece)))
    else {
        return;
    };
    let n = n + 1;
    let last = &parts[n - 1];
    let yearly_day = last.found.iter().any(|f| {
        matches!(
            f.piece,
            Piece::Day {
                rule: DayRule {
                    month: MonthOf::Fixed(_),
                    ..
                },
                period: Some(Period::Year),
                ..
            }
        )
    });
    if yearly_day {
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
                    period: Some(Period::Year),
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
        /// A bare year: the subject when a deadline is beside it.
        bare: bool,
        /// Yields to any time read elsewhere.
        weak: bool,
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

fn every(period: Period, due: Due, year: Option<i32>, only: Option<u32>) -> Item {
    Item::Every {
        period,
        due,
        year,
        from: None,
        only,
    }
}

/// A window point without a year that names one period of the year: its period and
/// which one ("6 tháng đầu năm": the first half).
fn subject(p: &Point) -> Option<(Period, u32)> {
    match *p {
        Point::Half { year: None, half } => Some((Period::Half, half)),
        Point::Quarter {
            year: None,
            quarter,
        } => Some((Period::Quarter, quarter)),
        Point::Month { year: None, month } => Some((Period::Month, month)),
        Point::NineMonths { year: None } => Some((Period::NineMonths, 1)),
        _ => None,
    }
}

struct Ctx<'a> {
    text: &'a str,
    phrase_freq: Option<Freq>,
    /// Something outside brackets reads as a time: asides yield to it.
    outside_time: bool,
    out: Vec<Out>,
    misses: Vec<PhraseError>,
    used_phrase_freq: bool,
    /// A data window is defined somewhere in the phrase ("số liệu tính từ ...").
    data: bool,
}

fn span_text(text: &str, span: (u32, u32)) -> &str {
    text.get(span.0 as usize..span.1 as usize)
        .unwrap_or_default()
}

fn is_time(p: &Piece) -> bool {
    !matches!(
        p,
        Piece::Free(_) | Piece::Weak(_) | Piece::Data | Piece::Start | Piece::FollowingYears
    )
}

/// The items of one part.
fn combine(part: &Part, cx: &mut Ctx) -> Result<(), PhraseError> {
    let found: Vec<&Found> = part
        .found
        .iter()
        .filter(|f| {
            !(f.aside
                && cx.outside_time
                && matches!(f.piece, Piece::Point { .. } | Piece::Range { .. }))
        })
        .collect();
    let local: Vec<Freq> = freqs(&part.found);
    let own = local.first().copied();
    let mut used_own = false;
    let deadline_here = found.iter().any(|f| {
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
    // A subject period that keys a yearly deadline: "6 tháng đầu năm ... trước ngày 10/07
    // của năm báo cáo".
    let keyed = found.iter().find_map(|f| match &f.piece {
        Piece::Point {
            marked: false,
            point,
            ..
        } => subject(point),
        _ => None,
    });
    let push = |out: &mut Vec<Out>, item: Item, deadline: bool, bare: bool| {
        out.push(Out::Item {
            item,
            deadline,
            bare,
            weak: false,
        })
    };
    let mut keyed_used = false;
    for f in &found {
        match f.piece.clone() {
            Piece::Item(i) | Piece::Free(i) => {
                let dated = matches!(i, Item::Every { .. } | Item::Holiday { .. });
                push(&mut cx.out, i, dated, false)
            }
            Piece::Data => cx.data = true,
            Piece::Weak(item) => cx.out.push(Out::Item {
                item,
                deadline: false,
                bare: false,
                weak: true,
            }),
            Piece::Freq { .. } | Piece::Start => {}
            Piece::FollowingYears => cx.out.push(Out::FollowingYears),
            Piece::Range { from, to } => push(&mut cx.out, Item::Range { from, to }, true, false),
            Piece::Point {
                mode,
                marked,
                point,
            } => {
                let window = !point.is_day();
                if window && !marked && deadline_here {
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
                                    span_text(cx.text, part.span).to_string(),
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
                        push(
                            &mut cx.out,
                            every(fq.period, Due::On(rule), fq.year, None),
                            true,
                            false,
                        );
                    }
                    (
                        Point::Month { year: None, .. } | Point::FuzzyMonth { year: None, .. },
                        Some(fq),
                    ) if fq.period == Period::Year => {
                        used_own = true;
                        push(&mut cx.out, Item::Once { mode, point }, marked, false);
                    }
                    _ => push(
                        &mut cx.out,
                        Item::Once { mode, point },
                        marked && mode != Mode::Within,
                        !marked && matches!(point, Point::Year { .. }),
                    ),
                }
            }
            Piece::Day { rule, period, .. } => {
                // A day with its month recurs yearly when nothing says otherwise.
                let fixed = matches!(rule.month, MonthOf::Fixed(_));
                let p = period
                    .or(own.map(|f| f.period))
                    .or(cx.phrase_freq.map(|f| f.period))
                    .or(fixed.then_some(Period::Year));
                let Some(p) = p else {
                    cx.misses.push(PhraseError::new(
                        ErrorKind::Expected {
                            after: span_text(cx.text, f.span).to_string(),
                            expected: Expect::PeriodOfDay,
                        },
                        f.span,
                    ));
                    continue;
                };
                if fixed && p <= Period::Month {
                    return Err(PhraseError::new(
                        ErrorKind::DateInShortPeriod(span_text(cx.text, f.span).to_string()),
                        f.span,
                    ));
                }
                let year = scope(period, p, own, cx, &mut used_own);
                match keyed {
                    Some((kp, which)) if p == Period::Year && fixed && !keyed_used => {
                        keyed_used = true;
                        push(
                            &mut cx.out,
                            every(kp, Due::On(rule), year, Some(which)),
                            true,
                            false,
                        );
                    }
                    _ => push(
                        &mut cx.out,
                        every(p, Due::On(rule), year, None),
                        true,
                        false,
                    ),
                }
            }
            Piece::Window { from, to, period } => {
                let Some(p) = period
                    .or(own.map(|f| f.period))
                    .or(cx.phrase_freq.map(|f| f.period))
                else {
                    continue;
                };
                let year = scope(period, p, own, cx, &mut used_own);
                push(
                    &mut cx.out,
                    every(p, Due::Window(from, to), year, None),
                    true,
                    false,
                );
            }
            Piece::After {
                days,
                working,
                period,
                only,
            } => {
                let Some(p) = period
                    .or(own.map(|f| f.period))
                    .or(cx.phrase_freq.map(|f| f.period))
                else {
                    cx.misses.push(PhraseError::new(
                        ErrorKind::Expected {
                            after: span_text(cx.text, f.span).to_string(),
                            expected: Expect::PeriodOfDay,
                        },
                        f.span,
                    ));
                    continue;
                };
                let year = scope(period, p, own, cx, &mut used_own);
                push(
                    &mut cx.out,
                    every(p, Due::After { days, working }, year, only),
                    true,
                    false,
                );
            }
        }
    }
    if !used_own {
        for fq in local {
            let due = fq.weekday.map_or(Due::End, Due::Weekday);
            push(
                &mut cx.out,
                every(fq.period, due, fq.year, None),
                false,
                false,
            );
        }
    }
    Ok(())
}

/// Which recurrence a day used (the part's own when it names the same period or none,
/// else the phrase's), and the year it is limited to.
fn scope(
    written: Option<Period>,
    p: Period,
    own: Option<Freq>,
    cx: &mut Ctx,
    used_own: &mut bool,
) -> Option<i32> {
    if let Some(f) = own.filter(|f| f.period == p || written.is_none()) {
        *used_own = true;
        return f.year;
    }
    if let Some(f) = cx
        .phrase_freq
        .filter(|f| f.period == p || written.is_none())
    {
        cx.used_phrase_freq = true;
        return f.year;
    }
    None
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

/// Put the parts together into a phrase, or say why nothing reads.
pub fn assemble(mut parts: Vec<Part>, text: &str) -> Result<Phrase, PhraseError> {
    share(&mut parts);
    let phrase_freq = parts.iter().flat_map(|p| freqs(&p.found)).next();
    let outside_time = parts
        .iter()
        .flat_map(|p| &p.found)
        .any(|f| !f.aside && is_time(&f.piece));
    let mut cx = Ctx {
        text,
        phrase_freq,
        outside_time,
        out: Vec::new(),
        misses: Vec::new(),
        used_phrase_freq: false,
        data: false,
    };
    // Parts that are only the recurrence another part used ("Hằng tháng, trước ngày 25").
    let mut only_freq: Vec<usize> = Vec::new();
    for part in &parts {
        let before = cx.out.len();
        combine(part, &mut cx)?;
        if part.found.len() == 1 && matches!(part.found[0].piece, Piece::Freq { .. }) {
            only_freq.push(before);
        }
    }
    let data = cx.data;
    let mut outs = cx.out;
    if cx.used_phrase_freq {
        for &at in only_freq.iter().rev() {
            if matches!(
                outs.get(at),
                Some(Out::Item {
                    item: Item::Every { due: Due::End, .. },
                    ..
                })
            ) {
                outs.remove(at);
            }
        }
    }
    // "năm 2025 và các năm tiếp theo".
    let mut items: Vec<(Item, bool, bool, bool)> = Vec::new();
    for o in outs {
        match o {
            Out::Item {
                item,
                deadline,
                bare,
                weak,
            } => items.push((item, deadline, bare, weak)),
            Out::FollowingYears => {
                let k = items.iter().rposition(|(i, ..)| year_of(i).is_some());
                let from = k.and_then(|k| year_of(&items[k].0));
                let open = every(Period::Year, Due::End, None, None);
                let open = match open {
                    Item::Every {
                        period,
                        due,
                        year,
                        only,
                        ..
                    } => Item::Every {
                        period,
                        due,
                        year,
                        from,
                        only,
                    },
                    other => other,
                };
                match k {
                    Some(k) => items[k] = (open, true, false, false),
                    None => items.push((open, true, false, false)),
                }
            }
        }
    }
    // The subject beside a deadline, and weak kinds beside anything, give way. A phrase
    // that defines a data window keeps only its deadlines: its periods are what the data
    // covers ("Báo cáo định kỳ hàng quý: tính từ ngày 15 ...").
    if data {
        items.retain(|(_, d, ..)| *d);
        if items.is_empty() {
            items.push((Item::Elsewhere, false, false, true));
        }
    }
    // A bare year is the subject beside a day's deadline ("năm 2015, năm 2016 ... trước
    // ngày 18/11/2016"), or beside anything dated in that year ("Xuân Tân Sửu, 2021 ...
    // từ ngày 04 – 21/2/2021"); not beside a window of another year ("Tháng 10-12/2020
    // Năm 2022").
    let strong = items.iter().any(|(i, d, ..)| {
        *d && matches!(
            i,
            Item::Once {
                mode: Mode::Before | Mode::By,
                ..
            } | Item::Every { .. }
        )
    });
    let dated: Vec<i32> = items
        .iter()
        .filter(|(_, _, bare, _)| !bare)
        .flat_map(|(i, ..)| match i {
            Item::Once { point, .. } => [point.year(), None],
            Item::Range { from, to } => [from.year(), to.year()],
            _ => [None, None],
        })
        .flatten()
        .collect();
    items.retain(|(i, _, bare, _)| {
        let year = match i {
            Item::Once { point, .. } => point.year(),
            _ => None,
        };
        !(*bare && (strong || year.is_some_and(|y| dated.contains(&y))))
    });
    if items.iter().any(|(.., weak)| !weak) {
        items.retain(|(.., weak)| !weak);
    }
    let mut items: Vec<Item> = items.into_iter().map(|(i, ..)| i).collect();
    items.dedup();
    if items.is_empty() {
        let miss = parts
            .iter()
            .filter_map(|p| p.miss.clone())
            .chain(cx.misses)
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
