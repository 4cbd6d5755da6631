//! A task's deadline: its `due` items read by the phrase reader into one schedule, errors
//! placed under the part that failed, the plan's date of issue applied.

use super::*;

/// Read a task's `due` items into one schedule, reporting what cannot be read, and
/// apply the plan's date of issue (`left_out` counts what it leaves out).
pub(super) fn deadline<'a>(
    ctx: &mut Ctx,
    due: &'a [Sp<DueItem<Str>>],
    (period, issued): ((NaiveDate, NaiveDate), Option<NaiveDate>),
    rules: &Rules,
    cache: &crate::schedule::Cache,
    plan_cache: &mut foldhash::HashMap<&'a str, Arc<Schedule>>,
    left_out: &mut usize,
) -> Arc<Schedule> {
    // Plans repeat their phrases ("Thường xuyên", "Hàng quý"): read each one once per run
    // (`cache`, shared by the threads, by phrase and period), and look it up once per plan
    // (`plan_cache`, which holds it with the plan's date of issue applied).
    let single = match due {
        [
            Sp {
                value: DueItem::Text(t),
                ..
            },
        ] => Some(&**t),
        _ => None,
    };
    let since = |s: Arc<Schedule>| match issued.and_then(|d| s.since(d)) {
        Some(trimmed) => Arc::new(trimmed),
        None => s,
    };
    let cached = single.and_then(|t| {
        if let Some(s) = plan_cache.get(t) {
            return Some(s.clone());
        }
        let s = since(cache.get(t, period)?);
        plan_cache.insert(t, s.clone());
        Some(s)
    });
    let schedule = match cached {
        Some(s) => s,
        None => {
            let (s, readable) = read_deadline(ctx, due, period, rules);
            let s = Arc::new(s);
            if let (Some(t), true) = (single, readable) {
                cache.insert(t, period, &s);
                let s = since(s);
                plan_cache.insert(t, s.clone());
                s
            } else {
                since(s)
            }
        }
    };
    let at = due.first().map_or(crate::source::Span::FILE, |d| d.span);
    let lang = ctx.lang;
    if schedule.yearly {
        let m = crate::tr!(
            lang,
            msg::YEARLY_RECURRENCE,
            first = period.0.year(),
            last = period.1.year()
        );
        ctx.report(Check::YearlyRecurrence, at, m).help =
            Some(msg::YEARLY_RECURRENCE_HELP.text(lang).to_string());
    }
    for o in &schedule.outside {
        let m = crate::tr!(
            lang,
            msg::OUTSIDE_PERIOD,
            key = o.key,
            last = i18n::date(lang, o.last_day),
            from = i18n::date(lang, period.0),
            to = i18n::date(lang, period.1)
        );
        ctx.report(Check::OutsidePeriod, at, m).help =
            Some(msg::OUTSIDE_PERIOD_HELP.text(lang).to_string());
    }
    for key in &schedule.unknown {
        let m = crate::tr!(lang, msg::UNKNOWN_HOLIDAY, key = key);
        ctx.report(Check::UnknownHoliday, at, m).help =
            Some(msg::UNKNOWN_HOLIDAY_HELP.text(lang).to_string());
    }
    *left_out += schedule.left_out;
    if let Some(d) = issued {
        for o in schedule.before_issue(d) {
            let m = crate::tr!(
                lang,
                msg::BEFORE_ISSUE,
                key = o.key,
                last = i18n::date(lang, o.last_day),
                issued = i18n::date(lang, d)
            );
            ctx.report(Check::BeforeIssue, at, m).help =
                Some(msg::BEFORE_ISSUE_HELP.text(lang).to_string());
        }
    }
    schedule
}

/// The span, in the file, of bytes `inner` of a string value written at `outer`: exact
/// when the value is the file's text (no escapes), else the whole value.
pub(super) fn inner_span(
    outer: crate::source::Span,
    text: &Str,
    inner: (u32, u32),
) -> crate::source::Span {
    let written = outer.end.saturating_sub(outer.start);
    let quotes = written.saturating_sub(text.len() as u32);
    // "…" and '…' (2), """…""" (6), with a newline after the opening quotes (7 or 8).
    let opening = match quotes {
        2 => 1,
        6 => 3,
        7 => 4,
        8 => 5,
        _ => return outer,
    };
    if !matches!(text, std::borrow::Cow::Borrowed(_))
        || inner.0 > inner.1
        || inner.1 as usize > text.len()
    {
        return outer;
    }
    let start = outer.start + opening + inner.0;
    crate::source::Span {
        start,
        end: (outer.start + opening + inner.1).max(start + 1),
    }
}

/// Parse and resolve `due`; false when some part could not be read (and was reported).
pub(super) fn read_deadline(
    ctx: &mut Ctx,
    due: &[Sp<DueItem<Str>>],
    period: (NaiveDate, NaiveDate),
    rules: &Rules,
) -> (Schedule, bool) {
    // The loader speaks English for now: the language reaches validation with issue 16.
    let lang = ctx.lang;
    let mut readable = true;
    let mut items = Vec::new();
    for d in due {
        match &d.value {
            DueItem::Date(date) => items.push(phrase::Item::Once {
                mode: phrase::Mode::By,
                point: phrase::Point::Date {
                    year: Some(date.year()),
                    month: date.month(),
                    day: date.day(),
                },
            }),
            DueItem::Text(t) if t.trim().is_empty() => {}
            DueItem::Text(t) => match phrase::parse(t) {
                Ok(p) => items.extend(p.items),
                Err(e) => {
                    readable = false;
                    let check = if e.is_no_such_date() {
                        Check::InvalidDate
                    } else {
                        Check::UnreadableDeadline
                    };
                    let diag = ctx.report(check, inner_span(d.span, t, e.span), e.message(lang, t));
                    diag.label = Some(e.label(lang));
                    diag.help = Some(phrase::PhraseError::hint(lang).to_string());
                }
            },
        }
    }
    if items.is_empty() {
        return (Schedule::empty(), readable);
    }
    (
        resolve::resolve(&phrase::Phrase::new(items), period, rules),
        readable,
    )
}
