//! Putting the parts of a list together, once they have shared what they share
//! (`share`):
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
use super::model::{Day, DayRule, Due, Item, Mode, MonthOf, Period, Point};

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
pub struct Freq {
    period: Period,
    weekday: Option<u32>,
    year: Option<i32>,
}

/// A year written without a marker: perhaps only the subject of a deadline beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bare {
    No,
    /// Beside other things in its part ("năm 2024 được tổ chức vào các ngày 26...").
    Beside,
    /// A part of its own ("6 tháng đầu năm 2025, năm 2025").
    Alone,
}

/// What a part yields.
pub enum Out {
    Item {
        item: Item,
        /// A deadline the text marks ("trước", "chậm nhất", a day of a period).
        deadline: bool,
        /// A bare year: the subject when a deadline is beside it.
        bare: Bare,
        /// Yields to any time read elsewhere.
        weak: bool,
        /// A period without a day ("năm báo cáo"): yields to any other time.
        fallback: bool,
    },
    FollowingYears,
}

pub fn freqs(found: &[Found]) -> Vec<Freq> {
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

pub fn every(period: Period, due: Due, year: Option<i32>, only: Option<u32>) -> Item {
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

pub struct Ctx<'a> {
    pub text: &'a str,
    pub phrase_freq: Option<Freq>,
    /// The period of the report the phrase names ("Báo cáo quý: ..."), for a day or a
    /// duration that says only "kỳ báo cáo".
    pub named: Option<Period>,
    /// Something outside brackets reads as a time: asides yield to it.
    pub outside_time: bool,
    pub out: Vec<Out>,
    pub misses: Vec<PhraseError>,
    pub used_phrase_freq: bool,
    /// A data window is defined somewhere in the phrase ("số liệu tính từ ...").
    pub data: bool,
}

fn span_text(text: &str, span: (u32, u32)) -> &str {
    text.get(span.0 as usize..span.1 as usize)
        .unwrap_or_default()
}

pub fn is_time(p: &Piece) -> bool {
    !matches!(
        p,
        Piece::Free(_) | Piece::Weak(_) | Piece::Data | Piece::Start | Piece::FollowingYears
    )
}

/// The items of one part.
pub fn combine(part: &Part, cx: &mut Ctx) -> Result<(), PhraseError> {
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
            Piece::Point { marked: true, .. }
                | Piece::Day { alone: false, .. }
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
    let push = |out: &mut Vec<Out>, item: Item, deadline: bool, bare: Bare| {
        out.push(Out::Item {
            item,
            deadline,
            bare,
            weak: false,
            fallback: false,
        })
    };
    let mut keyed_used = false;
    for f in &found {
        match f.piece.clone() {
            Piece::Item(i) | Piece::Free(i) => {
                let dated = matches!(i, Item::Every { .. } | Item::Holiday { .. });
                push(&mut cx.out, i, dated, Bare::No)
            }
            Piece::Data => cx.data = true,
            Piece::Weak(item) => cx.out.push(Out::Item {
                item,
                deadline: false,
                bare: Bare::No,
                weak: true,
                fallback: false,
            }),
            Piece::Freq { .. } | Piece::Start => {}
            Piece::FollowingYears => cx.out.push(Out::FollowingYears),
            // "Tổng kết giai đoạn 2021-2025 vào quý IV/2025": years named beside a marked
            // time are the subject.
            Piece::Range {
                from: Point::Year { .. },
                to: Point::Year { .. },
            } if deadline_here => {}
            Piece::Range { from, to } => {
                push(&mut cx.out, Item::Range { from, to }, true, Bare::No)
            }
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
                            Bare::No,
                        );
                    }
                    // "Định kỳ 6 tháng (trước ngày 15/6 và 15/12)": a date of the year in
                    // another part of a phrase that recurs in periods longer than a month.
                    (
                        Point::Date {
                            year: None,
                            month,
                            day,
                        },
                        None,
                    ) if cx.phrase_freq.is_some_and(|f| f.period > Period::Month) => {
                        let fq = cx.phrase_freq.expect("just checked");
                        cx.used_phrase_freq = true;
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
                            Bare::No,
                        );
                    }
                    // "tháng 12 hằng năm", "Quý I hằng năm": that window in each year.
                    (
                        Point::Month { year: None, .. }
                        | Point::FuzzyMonth { year: None, .. }
                        | Point::Quarter { year: None, .. }
                        | Point::FuzzyQuarter { year: None, .. }
                        | Point::Half { year: None, .. }
                        | Point::NineMonths { year: None },
                        Some(fq),
                    ) if fq.period == Period::Year => {
                        used_own = true;
                        push(&mut cx.out, Item::Once { mode, point }, marked, Bare::No);
                    }
                    _ => push(
                        &mut cx.out,
                        Item::Once { mode, point },
                        marked && mode != Mode::Within,
                        match (marked, point, part.found.len()) {
                            (false, Point::Year { .. }, 1) => Bare::Alone,
                            (false, Point::Year { .. }, _) => Bare::Beside,
                            _ => Bare::No,
                        },
                    ),
                }
            }
            Piece::Day {
                rule,
                period,
                alone: true,
                ..
            } => {
                if let Some(p) = period.or(own.map(|f| f.period)) {
                    let year = scope(period, p, own, cx, &mut used_own);
                    cx.out.push(Out::Item {
                        item: every(p, Due::On(rule), year, None),
                        deadline: false,
                        bare: Bare::No,
                        weak: false,
                        fallback: true,
                    });
                }
            }
            Piece::Day { rule, period, .. } => {
                // A day with its month recurs yearly when nothing says otherwise.
                let fixed = matches!(rule.month, MonthOf::Fixed(_));
                let p = period
                    .or(own.map(|f| f.period))
                    .or(cx.phrase_freq.map(|f| f.period))
                    .or(fixed.then_some(Period::Year))
                    .or(cx.named);
                // A weekday of a month recurs over months or longer, never weeks.
                if matches!(rule.day, Day::Weekday { .. }) && p == Some(Period::Week) {
                    return Err(PhraseError::new(
                        ErrorKind::Expected {
                            after: span_text(cx.text, f.span).to_string(),
                            expected: Expect::PeriodOfDay,
                        },
                        f.span,
                    ));
                }
                let Some(p) = p else {
                    cx.misses.push(no_period(cx.text, f));
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
                            Bare::No,
                        );
                    }
                    _ => push(
                        &mut cx.out,
                        every(p, Due::On(rule), year, None),
                        true,
                        Bare::No,
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
                    Bare::No,
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
                    .or(cx.named)
                else {
                    cx.misses.push(no_period(cx.text, f));
                    continue;
                };
                let year = scope(period, p, own, cx, &mut used_own);
                push(
                    &mut cx.out,
                    every(p, Due::After { days, working }, year, only),
                    true,
                    Bare::No,
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
                Bare::No,
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

/// A day or a duration whose period nothing in the phrase names: the reporting period
/// ("kỳ báo cáo", "kỳ thống kê") asks for the recurrence or the report's name; a bare day
/// for its month or recurrence.
fn no_period(text: &str, f: &Found) -> PhraseError {
    let written = span_text(text, f.span).to_string();
    let reporting = matches!(f.piece, Piece::After { .. }) || f.form == "role-period";
    let kind = if reporting {
        ErrorKind::NoReportingPeriod(written)
    } else {
        ErrorKind::Expected {
            after: written,
            expected: Expect::PeriodOfDay,
        }
    };
    PhraseError::new(kind, f.span)
}
