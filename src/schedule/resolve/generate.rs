//! Items → occurrences over a plan's period, with the edges of the period applied.

use chrono::{Datelike, Duration, NaiveDate};

use super::holiday::holiday_day;
use super::periods::{Instance, day_of, instances, window, ymd};
use super::{Kind, Occurrence, Rules, Schedule};
use crate::schedule::calendar::Calendar;
use crate::schedule::phrase::{Day, Due, Fuzz, Item, Mode, MonthOf, Period, Phrase, Point};

/// An occurrence before the period's edges are applied, with its period's window.
pub struct Candidate {
    pub occ: Occurrence,
    /// The window of the period the occurrence belongs to.
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Where the text put an item in time: dated by itself, or by kpi from the plan.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// A year written: kept when its last day is inside the period, else `outside`.
    Written,
    /// A year written for a recurrence ("trong năm 2025"): by its period, else `outside`.
    WrittenPeriod,
    /// Years from the plan: by its period, else dropped silently.
    Generated,
}

pub fn resolve(phrase: &Phrase, period: (NaiveDate, NaiveDate), rules: &Rules) -> Schedule {
    let (from, to) = period;
    let years: Vec<i32> = (from.year()..=to.year()).collect();
    let multi = years.len() > 1;
    let mut kinds: Vec<Kind> = Vec::new();
    let mut found: Vec<Occurrence> = Vec::new();
    let mut outside: Vec<Occurrence> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let (mut yearly, mut on_request) = (false, false);
    // Two dates of a year in one phrase ("ngày 20/6 và ngày 20/12 hằng năm") would share
    // the year's key: each takes its date instead.
    let dated_yearly = phrase
        .items
        .iter()
        .filter(|i| {
            matches!(
                i,
                Item::Every {
                    period: Period::Year,
                    due: Due::On(r),
                    ..
                } if matches!(r.month, MonthOf::Fixed(_))
            )
        })
        .count();
    for item in &phrase.items {
        let (cands, origin, kind): (Vec<Candidate>, Origin, Kind) = match item {
            Item::Ongoing => (Vec::new(), Origin::Written, Kind::Ongoing),
            Item::OnRequest => {
                on_request = true;
                (Vec::new(), Origin::Written, Kind::OnRequest)
            }
            Item::Elsewhere => (Vec::new(), Origin::Written, Kind::Elsewhere),
            Item::Once { mode, point } => match point.year() {
                Some(_) => (
                    once(*mode, *point, false).into_iter().collect(),
                    Origin::Written,
                    Kind::Once,
                ),
                None => {
                    yearly |= multi;
                    let c = years
                        .iter()
                        .filter_map(|&y| once(*mode, point.with_year(y), multi))
                        .collect();
                    (
                        c,
                        Origin::Generated,
                        if multi { Kind::Recurring } else { Kind::Once },
                    )
                }
            },
            Item::Range { from: a, to: b } => match (a.year(), b.year()) {
                (Some(_), Some(_)) => (
                    range(*a, *b, false).into_iter().collect(),
                    Origin::Written,
                    Kind::Once,
                ),
                _ => {
                    yearly |= multi;
                    let c = years
                        .iter()
                        .filter_map(|&y| {
                            let a = a.year().map_or(a.with_year(y), |_| *a);
                            let b = b.year().map_or(b.with_year(y), |_| *b);
                            range(a, b, multi)
                        })
                        .collect();
                    (
                        c,
                        Origin::Generated,
                        if multi { Kind::Recurring } else { Kind::Once },
                    )
                }
            },
            Item::Every {
                period: p,
                due,
                year,
                from: first,
                only,
            } => {
                // The weeks of ISO week-years around the period: a week may start in the
                // year before or end in the year after.
                let around: Vec<i32> = if *p == Period::Week {
                    (from.year() - 1..=to.year() + 1).collect()
                } else {
                    years.clone()
                };
                let ys: Vec<i32> = match year {
                    Some(y) => vec![*y],
                    None => around
                        .into_iter()
                        .filter(|y| first.is_none_or(|f| *y >= f))
                        .collect(),
                };
                let dated = dated_yearly > 1;
                // "thứ Hai đầu tiên của tháng 3/2025": one day of one named month.
                let one = year.is_some()
                    && only.is_some()
                    && matches!(due, Due::On(r) if matches!(r.day, Day::Weekday { .. } | Day::LastWorking));
                let c = ys
                    .iter()
                    .flat_map(|&y| every(*p, *due, y, *only, rules, dated))
                    .map(|mut c| {
                        c.occ.recurring &= !one;
                        c
                    })
                    .collect();
                let origin = if year.is_some() {
                    Origin::WrittenPeriod
                } else {
                    Origin::Generated
                };
                (c, origin, if one { Kind::Once } else { Kind::Recurring })
            }
            Item::Holiday {
                holiday,
                year,
                when,
            } => {
                let ys: Vec<i32> = match year {
                    Some(y) => vec![*y],
                    None => {
                        yearly |= multi;
                        years.clone()
                    }
                };
                let mut c = Vec::new();
                for y in ys {
                    match holiday_day(*holiday, *when, y, year.is_some(), rules.calendar) {
                        Ok(cand) => c.push(Candidate {
                            occ: Occurrence {
                                recurring: year.is_none() && multi,
                                ..cand.occ
                            },
                            ..cand
                        }),
                        Err(key) => unknown.push(key),
                    }
                }
                let (origin, kind) = match year {
                    Some(_) => (Origin::Written, Kind::Once),
                    None if multi => (Origin::Generated, Kind::Recurring),
                    None => (Origin::Generated, Kind::Once),
                };
                (c, origin, kind)
            }
            Item::Milestone(fuzz) => {
                let day = match fuzz {
                    Fuzz::Start => Some(from),
                    Fuzz::Middle => ymd((from.year() + to.year()).div_euclid(2), 6, 30),
                    Fuzz::End => Some(to),
                };
                let c = day
                    .map(|d| Candidate {
                        occ: Occurrence {
                            key: d.format("%Y-%m-%d").to_string(),
                            start: None,
                            last_day: d,
                            due: d,
                            recurring: false,
                        },
                        from: d,
                        to: d,
                    })
                    .into_iter()
                    .collect();
                (c, Origin::Written, Kind::Once)
            }
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
        for c in cands {
            place(c, origin, period, &mut found, &mut outside);
        }
    }

    // The union: one occurrence per last day, the longest period's key standing.
    found.sort_by(|a, b| {
        a.last_day
            .cmp(&b.last_day)
            .then(b.length().cmp(&a.length()))
    });
    found.dedup_by(|later, kept| later.last_day == kept.last_day);
    // Two occurrences of one period ("ngày 15 hàng quý, ngày 20 hàng quý") would share a
    // key: the later ones take their last day's date.
    let mut seen = std::collections::HashSet::new();
    for o in &mut found {
        if !seen.insert(o.key.clone()) {
            let date = o.last_day.format("%Y-%m-%d").to_string();
            let mut key = date.clone();
            let mut n = 1;
            while seen.contains(&key) {
                n += 1;
                key = format!("{date}-{n}");
            }
            seen.insert(key.clone());
            o.key = key;
        }
    }
    for o in found.iter_mut().chain(outside.iter_mut()) {
        o.due = rules.calendar.due(o.last_day);
    }
    let kind = match kinds.as_slice() {
        [one] => *one,
        [] => Kind::Elsewhere,
        _ => Kind::Mixed,
    };
    Schedule {
        kind,
        occurrences: found,
        on_request,
        yearly,
        outside,
        unknown,
        left_out: 0,
    }
}

/// The edges of the period (DESIGN.md section 4).
fn place(
    c: Candidate,
    origin: Origin,
    (from, to): (NaiveDate, NaiveDate),
    found: &mut Vec<Occurrence>,
    outside: &mut Vec<Occurrence>,
) {
    let mut o = c.occ;
    match origin {
        Origin::Written => {
            if o.last_day >= from && o.last_day <= to {
                found.push(o);
            } else {
                outside.push(o);
            }
        }
        Origin::WrittenPeriod | Origin::Generated => {
            let meets = c.to >= from && c.from <= to && o.last_day >= from;
            if !meets {
                if origin == Origin::WrittenPeriod {
                    outside.push(o);
                }
                return;
            }
            // A period cut by the plan's end keeps its occurrence, due on the plan's
            // last day; a deadline in the period after a whole period stays after it.
            if o.last_day > to && c.to > to {
                o.last_day = to;
            }
            found.push(o);
        }
    }
}

fn once(mode: Mode, point: Point, recurring: bool) -> Option<Candidate> {
    let (start, end, key) = window(point)?;
    let (window_start, last_day) = match mode {
        Mode::Before => (None, start.pred_opt()?),
        Mode::By => (None, end),
        Mode::Within if point.is_day() => (None, end),
        Mode::Within => (Some(start), end),
    };
    Some(Candidate {
        occ: Occurrence {
            key,
            start: window_start,
            last_day,
            due: last_day,
            recurring,
        },
        from: start,
        to: end,
    })
}

fn range(a: Point, b: Point, recurring: bool) -> Option<Candidate> {
    let (start, _, ka) = window(a)?;
    let (_, end, kb) = window(b)?;
    if end < start {
        return None;
    }
    Some(Candidate {
        occ: Occurrence {
            key: format!("{ka}..{kb}"),
            start: Some(start),
            last_day: end,
            due: end,
            recurring,
        },
        from: start,
        to: end,
    })
}

/// The occurrences of a recurring item in year `y`.
fn every(
    p: Period,
    due: Due,
    y: i32,
    only: Option<u32>,
    rules: &Rules,
    dated: bool,
) -> Vec<Candidate> {
    instances(p, y)
        .into_iter()
        .enumerate()
        .filter(|(i, _)| only.is_none_or(|n| *i as u32 + 1 == n))
        .filter_map(|(_, Instance { start, end, key })| {
            let mut key = key;
            let (window_start, last_day) = match due {
                Due::End => (start, end_day(p, start, end, rules.report_day)?),
                Due::Weekday(w) => (start, start + Duration::days(i64::from(w.min(6)))),
                Due::On(rule) => {
                    let mut d = day_of(rule, p, start, end, only.is_none())?;
                    if rule.day == Day::LastWorking {
                        while !rules.calendar.is_working_day(d) {
                            d = d.pred_opt()?;
                        }
                    }
                    if dated && let MonthOf::Fixed(_) = rule.month {
                        let written = if rule.before { d.succ_opt()? } else { d };
                        key = written.format("%Y-%m-%d").to_string();
                    }
                    (start, d)
                }
                Due::Window(a, b) => (
                    day_of(a, p, start, end, true)?,
                    day_of(b, p, start, end, true)?,
                ),
                Due::After { days, working } => (start, after(end, days, working, rules.calendar)?),
            };
            let window_start = window_start.min(last_day);
            Some(Candidate {
                occ: Occurrence {
                    key,
                    start: Some(window_start),
                    last_day,
                    due: last_day,
                    recurring: true,
                },
                from: start,
                to: end,
            })
        })
        .collect()
}

/// A period's own last day: its end, a week's Friday, or `report_day` of its last month.
fn end_day(
    p: Period,
    start: NaiveDate,
    end: NaiveDate,
    report_day: Option<u32>,
) -> Option<NaiveDate> {
    match (p, report_day) {
        (Period::Week, _) => Some(start + Duration::days(4)),
        (_, Some(n)) => ymd(end.year(), end.month(), n.clamp(1, end.day())),
        (_, None) => Some(end),
    }
}

/// `days` after `end`: calendar days, or working days (skipping days off).
fn after(end: NaiveDate, days: u32, working: bool, calendar: &Calendar) -> Option<NaiveDate> {
    if !working {
        return end.checked_add_signed(Duration::days(i64::from(days.min(3660))));
    }
    let mut d = end;
    let mut left = days.min(2000);
    while left > 0 {
        d = d.succ_opt()?;
        if calendar.is_working_day(d) {
            left -= 1;
        }
    }
    Some(d)
}
