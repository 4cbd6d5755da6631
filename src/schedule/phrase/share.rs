//! What the parts of a list share, before they are put together (`combine`): a year
//! written once at the end ("Quý I, II năm 2024"), the month of a later date for bare days
//! ("26, 27, 28/6/2024"), the marker of the part before ("trước 30/6 và 15/12"), and a
//! recurrence written at the end of a list of dates ("ngày 20/6 và ngày 20/12 hằng năm").

use super::combine::{Found, Part, is_time};
use super::forms::Piece;
use super::model::{Day, DayRule, Mode, MonthOf, Period, Point};

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
pub fn share(parts: &mut [Part]) {
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
    // "Trước ngày 10 tháng 4, tháng 7, tháng 10 năm 2025": a month after a date takes its
    // day and marker.
    for i in 1..parts.len() {
        let prev = parts[i - 1].found.last().and_then(|f| match f.piece {
            Piece::Point {
                mode,
                marked: true,
                point: Point::Date { day, .. },
            } => Some((mode, day)),
            _ => None,
        });
        let Some((mode, day)) = prev else {
            continue;
        };
        if let [only] = parts[i].found.as_mut_slice()
            && let Piece::Point {
                marked: false,
                point: Point::Month { year, month },
                ..
            } = only.piece
            && chrono::NaiveDate::from_ymd_opt(year.unwrap_or(2024), month, day).is_some()
        {
            only.piece = Piece::Point {
                mode,
                marked: true,
                point: Point::Date { year, month, day },
            };
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
                    alone: false,
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
