//! `kpi due` and `kpi overdue`: the occurrences a unit owes, oldest first.

use std::io::Write;

use serde::Serialize;

use crate::cli::{DueArgs, Format, OverdueArgs};
use crate::config::{Context, Lang};
use crate::i18n;
use crate::load::Loaded;
use crate::plan::model::{Assignee, Registry};
use crate::prefetch::prefetch;
use crate::render::{self, Ahead};
use crate::select::Selection;
use crate::status::{self, Entry, Status};
use crate::tr;
use crate::{Exit, UsageError};

/// One line of the json output.
#[derive(Serialize)]
pub struct JsonEntry<'a> {
    pub org: &'a str,
    pub plan: &'a str,
    pub task: &'a str,
    pub title: &'a str,
    pub period: Option<&'a str>,
    pub status: &'static str,
    #[serde(serialize_with = "render::serialize_date")]
    pub last_day: chrono::NaiveDate,
    #[serde(serialize_with = "render::serialize_date")]
    pub due: chrono::NaiveDate,
    pub days: i64,
    pub lead: Codes<'a>,
    pub support: Codes<'a>,
    pub kind: &'static str,
    pub indices: &'a [String],
}

pub fn json_entry<'a>(loaded: &'a Loaded, e: &'a Entry<'a>) -> JsonEntry<'a> {
    let reg = &loaded.repo.registries[e.plan.registry];
    JsonEntry {
        org: &reg.org_id,
        plan: &e.plan.id,
        task: e.task.id(),
        title: e.task.title(),
        period: e.period(),
        status: e.status.as_str(),
        last_day: e.occurrence.last_day,
        due: e.occurrence.due,
        days: e.days,
        lead: Codes(reg, e.task.lead()),
        support: Codes(reg, e.task.support()),
        kind: e.task.kind.as_str(),
        indices: &e.task.indices,
    }
}

impl JsonEntry<'_> {
    /// Write the entry as an element of a pretty list, as serde_json writes it (a list
    /// has 200,000 of them: see `render::json`).
    fn write(&self, buf: &mut Vec<u8>) {
        let mut o = render::json::Object::open(buf);
        o.str("org", self.org);
        o.str("plan", self.plan);
        o.str("task", self.task);
        o.str("title", self.title);
        o.opt_str("period", self.period);
        o.str("status", self.status);
        o.date("last_day", self.last_day);
        o.date("due", self.due);
        o.int("days", self.days);
        let Codes(reg, lead) = self.lead;
        o.strs("lead", lead.iter().map(|a| reg.code(a.unit)));
        let Codes(reg, support) = self.support;
        o.strs("support", support.iter().map(|a| reg.code(a.unit)));
        o.str("kind", self.kind);
        o.strs("indices", self.indices.iter().map(String::as_str));
        o.close();
    }
}

pub fn codes<'a>(reg: &'a Registry, list: &[Assignee]) -> Vec<&'a str> {
    list.iter().map(|a| reg.code(a.unit)).collect()
}

/// Units as a JSON list of their codes, written without collecting them.
pub struct Codes<'a>(pub &'a Registry, pub &'a [Assignee]);

impl Serialize for Codes<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.1.iter().map(|a| self.0.code(a.unit)))
    }
}

/// The units' codes separated by ", ", for a table cell (a lone code borrowed).
pub fn joined<'a>(reg: &'a Registry, list: &[Assignee]) -> std::borrow::Cow<'a, str> {
    match list {
        [] => "".into(),
        [a] => reg.code(a.unit).into(),
        _ => {
            let mut s = String::with_capacity(list.len() * 8);
            for (i, a) in list.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(reg.code(a.unit));
            }
            s.into()
        }
    }
}

/// The units' codes as one CSV field, separated by spaces; written without building the
/// joined text unless a code needs quoting.
fn write_codes(out: &mut Vec<u8>, reg: &Registry, list: &[Assignee]) -> std::io::Result<()> {
    let plain = list.iter().all(|a| {
        let code = reg.code(a.unit);
        !code.contains([',', '"', '\n', '\r'])
            && !code.starts_with(['=', '+', '-', '@', '\t'])
            && (reg.simple || !crate::text::may_hold_control(code.as_bytes()))
    });
    if !plain {
        return render::write_csv_field(out, &codes(reg, list).join(" "));
    }
    for (i, a) in list.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        out.extend_from_slice(reg.code(a.unit).as_bytes());
    }
    Ok(())
}

pub fn due(
    ctx: &Context,
    args: &DueArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let w = super::load_selected(ctx, &args.filters, err)?;
    let loaded = &w.loaded;
    let mut entries = matching(
        loaded,
        &w.selection,
        ctx,
        args.within,
        &[Status::Overdue, Status::Due],
    );
    let lang = ctx.lang;
    let output = args.output.as_deref();
    if ctx.format == Format::Xlsx {
        status::sort(&mut entries);
        let sheet = sheet(loaded, &entries, lang, args.within);
        super::deliver_xlsx(ctx, output, out, &[sheet])?;
    } else {
        super::emit(ctx, output, out, |out| {
            print(loaded, &mut entries, ctx, lang, args.within, output, out)?;
            if entries.is_empty() && ctx.format == Format::Table {
                nothing(out, lang, &i18n::NOTHING_DUE, ctx.today, w.broken)?;
            }
            Ok(())
        })?;
    }
    let found = if args.fail_if_any && !entries.is_empty() {
        Exit::Found
    } else {
        Exit::Success
    };
    Ok(super::finish(found, w.broken))
}

pub fn overdue(
    ctx: &Context,
    args: &OverdueArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    // Files left out are named on stderr even with -q: cron mails whatever is printed,
    // and an incomplete answer must reach someone (DESIGN.md 6.1).
    let w = super::load_selected(ctx, &args.filters, err)?;
    let loaded = &w.loaded;
    let mut entries = matching(loaded, &w.selection, ctx, 0, &[Status::Overdue]);
    let lang = ctx.lang;
    let output = args.output.as_deref();
    // With -q, nothing at all when nothing is overdue: no file either.
    if !(args.quiet && entries.is_empty()) {
        if ctx.format == Format::Xlsx {
            status::sort(&mut entries);
            let sheet = sheet(loaded, &entries, lang, 0);
            super::deliver_xlsx(ctx, output, out, &[sheet])?;
        } else {
            super::emit(ctx, output, out, |out| {
                print(loaded, &mut entries, ctx, lang, 0, output, out)?;
                if entries.is_empty() && ctx.format == Format::Table {
                    nothing(out, lang, &i18n::NOTHING_OVERDUE, ctx.today, w.broken)?;
                }
                Ok(())
            })?;
        }
    }
    let found = if args.fail_if_any && !entries.is_empty() {
        Exit::Found
    } else {
        Exit::Success
    };
    Ok(super::finish(found, w.broken))
}

/// The selected occurrences with one of `wanted` statuses, in the plans' order (sorted
/// by `status::sort` where they are written).
pub fn matching<'a>(
    loaded: &'a Loaded,
    sel: &Selection,
    ctx: &Context,
    within: u32,
    wanted: &[Status],
) -> Vec<Entry<'a>> {
    let repo = &loaded.repo;
    status::entries_where(
        repo,
        ctx.today,
        within,
        |plan, task| sel.task(repo, plan, task),
        |s| wanted.contains(&s),
    )
}

/// The line a table shows when the list is empty; it says when files were left out.
fn nothing(
    out: &mut dyn Write,
    lang: Lang,
    msg: &i18n::Msg,
    today: chrono::NaiveDate,
    broken: usize,
) -> std::io::Result<()> {
    writeln!(out, "{}", tr!(lang, msg, day = i18n::date(lang, today)))?;
    if broken > 0 {
        writeln!(
            out,
            "{}",
            tr!(lang, i18n::NOTHING_IN_WHAT_WAS_READ, count = broken)
        )?;
    }
    Ok(())
}

/// "3 days late", "in 5 days", "today"; "trễ 3 ngày", "còn 5 ngày", "hôm nay".
pub fn days_text(days: i64, lang: Lang) -> String {
    match days {
        0 => i18n::DAYS_TODAY.text(lang).into(),
        -1 => i18n::DAY_LATE.text(lang).into(),
        1 => i18n::DAY_LEFT.text(lang).into(),
        d if d < 0 => tr!(lang, i18n::DAYS_LATE, n = -d),
        d => tr!(lang, i18n::DAYS_LEFT, n = d),
    }
}

/// Write `entries` (in the plans' order) oldest first, in the run's format.
pub fn print(
    loaded: &Loaded,
    entries: &mut [Entry],
    ctx: &Context,
    lang: Lang,
    within: u32,
    output: Option<&std::path::Path>,
    out: &mut dyn Write,
) -> Result<(), UsageError> {
    // A table is measured before its entries are sorted (below); every other format is
    // written from the sorted list at once.
    let is_table = ctx.format == Format::Table;
    if !is_table {
        status::sort(entries);
    }
    if ctx.format == Format::Json {
        // An entry's texts are the task's and its registry's, and kpi's own words.
        let registries = &loaded.repo.registries;
        render::write_json_items(
            out,
            entries,
            256,
            |e, buf| json_entry(loaded, e).write(buf),
            |e| e.task.simple() && registries[e.plan.registry].simple,
            ask_ahead,
        )?;
        return Ok(());
    }
    if entries.is_empty() && is_table {
        return Ok(());
    }
    if ctx.format == Format::Csv {
        writeln!(
            out,
            "status,last_day,due,days,org,plan,task,title,lead,support,period"
        )?;
        // Runs of rows are put together on every core and written in order
        // (render::in_order): a national list has a few hundred thousand rows. Every
        // text from the files goes through write_csv_field or write_codes, which show
        // control characters: nothing for the guard to scan again.
        render::in_order_made(out, entries, 512, render::Made::Shown, |_, run, line| {
            Ahead::each(run, &ask_ahead, |e| csv_row(loaded, e, line))
        })?;
        return Ok(());
    }

    use crate::render::table::{self, Cell, Column, Fit};
    let columns = [
        Column::pieces(i18n::COL_STATUS.text(lang)),
        Column::pieces(i18n::COL_LAST_DAY.text(lang)),
        Column::pieces(i18n::COL_TASK.text(lang)),
        Column::words(i18n::COL_TITLE.text(lang)),
        Column::pieces(i18n::COL_LEAD.text(lang)),
        Column::pieces(i18n::COL_SUPPORT.text(lang)),
        Column::pieces(i18n::COL_PERIOD.text(lang)),
    ];
    let md = ctx.format == Format::Md;
    let screen = super::screen(ctx, output);
    // kpi's own words, each looked at once (simple, or not) rather than in every row.
    let labels: Vec<table::Worded> = [Status::Overdue, Status::Due]
        .iter()
        .map(|s| table::Worded::new(s.label(lang, within), Fit::Pieces))
        .collect();
    // A national list has 180,000 rows but only some hundred distinct last days and day
    // counts: each is worded once, before the rows are written (on every core).
    let mut worded: foldhash::HashMap<(chrono::NaiveDate, chrono::NaiveDate, i64), table::Worded> =
        Default::default();
    for e in entries.iter() {
        let o = e.occurrence;
        worded
            .entry((o.last_day, o.due, e.days))
            .or_insert_with(|| {
                let sep = if md { " " } else { "\n" };
                let mut last = i18n::date(lang, o.last_day);
                if o.due != o.last_day {
                    last.push_str(sep);
                    last.push_str("→ ");
                    last.push_str(&i18n::date(lang, o.due));
                }
                last.push_str(sep);
                last.push('(');
                last.push_str(&days_text(e.days, lang));
                last.push(')');
                table::Worded::new(last, Fit::Pieces)
            });
    }
    let row = table::row_maker(|e: &Entry| {
        let reg = &loaded.repo.registries[e.plan.registry];
        let o = e.occurrence;
        let last = worded[&(o.last_day, o.due, e.days)].cell();
        let label = match e.status {
            Status::Overdue => labels[0].cell(),
            Status::Due => labels[1].cell(),
            s => Cell::new(s.label(lang, within)),
        };
        let tint = e.status.tint();
        vec![
            Cell { tint, ..label },
            last,
            // PLAN:TASK, as `kpi done` takes it: one piece, never split.
            Cell::known(e.task.target(), e.task.simple()),
            Cell::known(e.task.title(), e.task.simple()),
            Cell::known(joined(reg, e.task.lead()), reg.simple),
            Cell::known(joined(reg, e.task.support()), reg.simple),
            Cell::new(e.period().unwrap_or("")),
        ]
    });
    // A long table is measured before the entries are sorted: in the plans' order, one
    // row's reads (plan, task, title) follow the last one's through memory, where sorted
    // by day they land anywhere (docs/performance.md).
    let fitted = table::fit(ctx.format, screen, &columns, entries, row);
    if is_table {
        status::sort(entries);
    }
    fitted.write(out, entries, row, ask_ahead)?;
    Ok(())
}

/// Sorted by day, an entry's task, occurrence and texts are anywhere in memory: they are
/// asked for a few entries before the entry is written (`render::Ahead`), in every format.
/// A third of the writing of a national table was waiting for them.
fn ask_ahead(e: &Entry, what: Ahead) {
    crate::prefetch::task(e.task, what);
    match what {
        Ahead::Item => {
            prefetch(e.occurrence);
            prefetch(e.plan);
        }
        Ahead::Parts => prefetch(e.task.lead().as_ptr()),
    }
}

/// One row of the CSV, appended to `line`.
fn csv_row(loaded: &Loaded, e: &Entry, line: &mut Vec<u8>) -> std::io::Result<()> {
    let reg = &loaded.repo.registries[e.plan.registry];
    let o = e.occurrence;
    line.extend_from_slice(e.status.as_str().as_bytes());
    line.push(b',');
    render::push_date(line, o.last_day);
    line.push(b',');
    render::push_date(line, o.due);
    write!(line, ",{},", e.days)?;
    // The plan's texts are read again only when the loader did not find them simple.
    let simple = e.task.simple();
    let field = |line: &mut Vec<u8>, s: &str| match simple {
        true => render::write_csv_shown(line, s),
        false => render::write_csv_field(line, s),
    };
    match reg.simple {
        true => render::write_csv_shown(line, &reg.org_id)?,
        false => render::write_csv_field(line, &reg.org_id)?,
    }
    line.push(b',');
    field(line, &e.plan.id)?;
    line.push(b',');
    field(line, e.task.id())?;
    line.push(b',');
    let title = e.task.title();
    if simple || crate::text::is_nfc(title) {
        field(line, title)?;
    } else {
        render::write_csv_field(line, &render::nfc(title))?;
    }
    for list in [e.task.lead(), e.task.support()] {
        line.push(b',');
        write_codes(line, reg, list)?;
    }
    line.push(b',');
    render::write_csv_field(line, e.period().unwrap_or(""))?;
    line.push(b'\n');
    Ok(())
}

/// The list as one sheet: the rows of the CSV, with real dates and coloured statuses.
fn sheet(loaded: &Loaded, entries: &[Entry], lang: Lang, within: u32) -> render::xlsx::Sheet {
    use crate::i18n::report as r;
    use render::xlsx::{Column, Kind, Sheet, Value};
    let t = |m: &i18n::Msg| m.text(lang).to_string();
    let rows = entries
        .iter()
        .map(|e| {
            let reg = &loaded.repo.registries[e.plan.registry];
            vec![
                Value::Tinted(e.status.label(lang, within), e.status.tint()),
                Value::Date(e.occurrence.last_day),
                Value::Date(e.occurrence.due),
                Value::Int(e.days),
                Value::Text(reg.org_id.clone()),
                Value::Text(e.plan.id.clone()),
                Value::Text(e.task.id().into()),
                Value::Text(e.task.title().into()),
                Value::Text(codes(reg, e.task.lead()).join(" ")),
                Value::Text(codes(reg, e.task.support()).join(" ")),
                Value::Text(e.period().unwrap_or("").into()),
            ]
        })
        .collect();
    Sheet {
        name: t(&r::SHEET_ITEMS),
        columns: vec![
            Column::new(t(&i18n::COL_STATUS), Kind::Code),
            Column::new(t(&i18n::COL_LAST_DAY), Kind::Date),
            Column::new(t(&r::COL_DUE_DAY), Kind::Date),
            Column::new(t(&r::COL_DAYS), Kind::Number),
            Column::new(t(&r::COL_ORG), Kind::Code),
            Column::new(t(&r::COL_PLAN), Kind::Code),
            Column::new(t(&i18n::COL_TASK), Kind::Code),
            Column::new(t(&i18n::COL_TITLE), Kind::Words),
            Column::new(t(&i18n::COL_LEAD), Kind::Code),
            Column::new(t(&i18n::COL_SUPPORT), Kind::Code),
            Column::new(t(&i18n::COL_PERIOD), Kind::Code),
        ],
        rows,
        totals: None,
    }
}
