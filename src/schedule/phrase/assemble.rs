//! The phrase from its parts: each part combined (`combine`), then what yields to what
//! across the parts: "các năm tiếp theo" makes the year before it recur; the subject
//! beside a deadline, a period without a day beside a deadline, and weak kinds beside any
//! time give way; a phrase that defines a data window keeps only its deadlines. When
//! nothing is left, the error is the furthest place a form stopped, or "no date here".

use super::combine::{Bare, Ctx, Out, Part, combine, every, freqs, is_time};
use super::error::{ErrorKind, PhraseError};
use super::forms::Piece;
use super::model::{Due, Item, Mode, Period, Phrase, Point, Reading};
use super::share::share;

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
pub fn assemble(
    mut parts: Vec<Part>,
    text: &str,
    named: Option<Period>,
) -> Result<Phrase, PhraseError> {
    share(&mut parts);
    let phrase_freq = parts.iter().flat_map(|p| freqs(&p.found)).next();
    // A date outside brackets makes the dates inside them asides; a recurrence does not
    // ("Hằng năm (trước ngày 15/12)").
    let outside_time = parts
        .iter()
        .flat_map(|p| &p.found)
        .any(|f| !f.aside && is_time(&f.piece) && !matches!(f.piece, Piece::Freq { .. }));
    let mut cx = Ctx {
        text,
        phrase_freq,
        named,
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
    let mut items: Vec<(Item, bool, Bare, bool, bool)> = Vec::new();
    for o in outs {
        match o {
            Out::Item {
                item,
                deadline,
                bare,
                weak,
                fallback,
            } => items.push((item, deadline, bare, weak, fallback)),
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
                    Some(k) => items[k] = (open, true, Bare::No, false, false),
                    None => items.push((open, true, Bare::No, false, false)),
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
            items.push((Item::Elsewhere, false, Bare::No, true, false));
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
        .filter(|(_, _, bare, ..)| *bare == Bare::No)
        .flat_map(|(i, ..)| match i {
            Item::Once { point, .. } => [point.year(), None],
            Item::Range { from, to } => [from.year(), to.year()],
            _ => [None, None],
        })
        .flatten()
        .collect();
    items.retain(|(i, _, bare, ..)| {
        let year = match i {
            Item::Once { point, .. } => point.year(),
            _ => None,
        };
        let same_year = year.is_some_and(|y| dated.contains(&y));
        !((*bare != Bare::No && strong) || (*bare == Bare::Beside && same_year))
    });
    if items.iter().any(|(.., weak, fallback)| !weak && !fallback) {
        items.retain(|(.., weak, fallback)| !weak && !fallback);
    } else if items.iter().any(|(.., weak, _)| !weak) {
        items.retain(|(.., weak, _)| !weak);
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
