//! The raw stage: each file's TOML read into plain structs with spans, as written.
//!
//! Nothing is resolved here (units are names, sections are ids, deadlines are text);
//! `validate.rs` turns these into the model. A field that is missing or mistyped has
//! already been reported and is `None` here.

use crate::document::{Item, Node, Table};
use chrono::NaiveDate;

use super::fields::{Ctx, Fields, Sp, Str, date_value, place};
use crate::diagnostic::Check;
use crate::i18n::{self, checks as msg};
use crate::source::Span;
use crate::tr;

#[derive(Debug, Default)]
pub struct RawRegistry {
    pub org: Option<RawOrg>,
    pub units: Vec<RawUnit>,
    pub groups: Vec<RawGroup>,
}

#[derive(Debug)]
pub struct RawOrg {
    pub id: Sp<String>,
    pub name: Option<Sp<String>>,
}

#[derive(Debug)]
pub struct RawUnit {
    pub code: Sp<String>,
    pub name: Option<Sp<String>>,
    pub aliases: Vec<Sp<String>>,
    pub email: Vec<Sp<String>>,
    pub external: bool,
}

#[derive(Debug)]
pub struct RawGroup {
    pub code: Sp<String>,
    pub name: Option<Sp<String>>,
    pub aliases: Vec<Sp<String>>,
    pub members: Vec<Sp<String>>,
    pub span: Span,
}

const ROOT_REGISTRY: &[&str] = &["org", "unit", "group"];
const ORG: &[&str] = &["id", "name", "note"];
const UNIT: &[&str] = &["code", "name", "aliases", "email", "external", "note"];
const GROUP: &[&str] = &["code", "name", "aliases", "members", "note"];

pub fn registry(ctx: &mut Ctx, root: &Table, span: Span) -> RawRegistry {
    let f = Fields::root(root, span, ROOT_REGISTRY, ctx);
    let org = match f.table(ctx, "org", "[org]", ORG) {
        Some(o) => o.req_str(ctx, "id").map(|id| RawOrg {
            id: id.owned(),
            name: o.str(ctx, "name").map(Sp::owned),
        }),
        None => {
            if f.get("org").is_none() {
                let lang = ctx.lang;
                ctx.report(Check::MissingField, span, tr!(lang, msg::MISSING_ORG))
                    .help = Some(tr!(lang, msg::MISSING_ORG_HELP));
            }
            None
        }
    };
    let units = f
        .tables(ctx, "unit", "[[unit]]", UNIT)
        .iter()
        .filter_map(|u| {
            Some(RawUnit {
                code: u.req_str(ctx, "code")?.owned(),
                name: u.str(ctx, "name").map(Sp::owned),
                aliases: owned(u.strs(ctx, "aliases")),
                email: owned(u.strs(ctx, "email")),
                external: u.bool(ctx, "external").is_some_and(|b| b.value),
            })
        })
        .collect();
    let groups = f
        .tables(ctx, "group", "[[group]]", GROUP)
        .iter()
        .filter_map(|g| {
            Some(RawGroup {
                code: g.req_str(ctx, "code")?.owned(),
                name: g.str(ctx, "name").map(Sp::owned),
                aliases: owned(g.strs(ctx, "aliases")),
                members: owned(g.strs(ctx, "members")),
                span: g.span(),
            })
        })
        .collect();
    RawRegistry { org, units, groups }
}

fn owned(items: Vec<Sp<Str>>) -> Vec<Sp<String>> {
    items.into_iter().map(Sp::owned).collect()
}

/// A plan as written; its text borrows from the file's parse tree where it can.
#[derive(Debug, Default)]
pub struct RawPlan<'i> {
    pub header: Option<Box<RawHeader<'i>>>,
    pub targets: Vec<RawTarget<'i>>,
    pub sections: Vec<RawSection<'i>>,
    pub tasks: Vec<RawTask<'i>>,
}

#[derive(Debug)]
pub struct RawHeader<'i> {
    pub id: Sp<Str<'i>>,
    pub number: Option<Sp<Str<'i>>>,
    pub title: Option<Sp<Str<'i>>>,
    pub place: Option<Sp<Str<'i>>>,
    pub issued: Option<Sp<NaiveDate>>,
    pub year: Option<Sp<i64>>,
    pub period: Option<Sp<(NaiveDate, NaiveDate)>>,
    pub indices: Vec<Sp<Str<'i>>>,
    pub basis: Vec<Sp<Str<'i>>>,
    pub signer: Option<Sp<Str<'i>>>,
    pub signer_title: Option<Sp<Str<'i>>>,
    pub span: Span,
}

#[derive(Debug)]
pub struct RawTarget<'i> {
    pub id: Sp<Str<'i>>,
    pub text: Option<Sp<Str<'i>>>,
    pub index: Vec<Sp<Str<'i>>>,
}

#[derive(Debug)]
pub struct RawSection<'i> {
    pub id: Sp<Str<'i>>,
    pub parent: Option<Sp<Str<'i>>>,
    pub title: Option<Sp<Str<'i>>>,
    pub index: Vec<Sp<Str<'i>>>,
}

/// One item of a `due` field: a phrase as written, or a TOML date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DueItem<T = String> {
    Text(T),
    Date(NaiveDate),
}

#[derive(Debug)]
pub struct RawTask<'i> {
    pub id: Sp<Str<'i>>,
    pub number: Option<Sp<Str<'i>>>,
    pub section: Option<Sp<Str<'i>>>,
    pub title: Option<Sp<Str<'i>>>,
    pub lead: Vec<Sp<Str<'i>>>,
    pub support: Vec<Sp<Str<'i>>>,
    pub output: Option<Sp<Str<'i>>>,
    pub due: Vec<Sp<DueItem<Str<'i>>>>,
    pub due_text: Option<Sp<Str<'i>>>,
    pub note: Option<Sp<Str<'i>>>,
    pub kind: Option<Sp<Str<'i>>>,
    pub span: Span,
}

const ROOT_PLAN: &[&str] = &["plan", "target", "section", "task"];
const HEADER: &[&str] = &[
    "id",
    "number",
    "title",
    "place",
    "issued",
    "year",
    "period",
    "indices",
    "basis",
    "signer",
    "signer_title",
    "note",
];
const PERIOD: &[&str] = &["from", "to"];
const TARGET: &[&str] = &["id", "text", "index", "note"];
const SECTION: &[&str] = &["id", "parent", "title", "index", "note"];
const TASK: &[&str] = &[
    "id", "number", "section", "title", "lead", "support", "output", "due", "due_text", "note",
    "kind",
];

pub fn plan<'i>(ctx: &mut Ctx, root: &Table<'i>, span: Span) -> RawPlan<'i> {
    let f = Fields::root(root, span, ROOT_PLAN, ctx);
    let header = match f.table(ctx, "plan", "[plan]", HEADER) {
        Some(h) => header(ctx, &h).map(Box::new),
        None => {
            if f.get("plan").is_none() {
                let lang = ctx.lang;
                ctx.report(Check::MissingField, span, tr!(lang, msg::MISSING_PLAN))
                    .help = Some(tr!(lang, msg::MISSING_PLAN_HELP));
            }
            None
        }
    };
    let targets = f
        .tables(ctx, "target", "[[target]]", TARGET)
        .iter()
        .filter_map(|t| {
            Some(RawTarget {
                id: t.req_str(ctx, "id")?,
                text: t.req_str(ctx, "text"),
                index: t.strs(ctx, "index"),
            })
        })
        .collect();
    let sections = f
        .tables(ctx, "section", "[[section]]", SECTION)
        .iter()
        .filter_map(|s| {
            Some(RawSection {
                id: s.req_str(ctx, "id")?,
                parent: s.str(ctx, "parent"),
                title: s.req_str(ctx, "title"),
                index: s.strs(ctx, "index"),
            })
        })
        .collect();
    // Sized once: a plan has dozens of tasks, and growing a vector of them step by step
    // copies them and asks for fresh memory each time.
    let tables = f.tables(ctx, "task", "[[task]]", TASK);
    let mut tasks = Vec::with_capacity(tables.len());
    tasks.extend(tables.iter().filter_map(|t| task(ctx, t)));
    RawPlan {
        header,
        targets,
        sections,
        tasks,
    }
}

fn header<'i>(ctx: &mut Ctx, h: &Fields<'_, 'i>) -> Option<RawHeader<'i>> {
    let id = h.req_str(ctx, "id");
    let title = h.req_str(ctx, "title");
    let year = h.int(ctx, "year");
    let lang = ctx.lang;
    let period = h.table(ctx, "period", "period", PERIOD).and_then(|p| {
        let from = p.date(ctx, "from");
        let to = p.date(ctx, "to");
        if p.get("from").is_none() || p.get("to").is_none() {
            ctx.report(
                Check::MissingField,
                p.span(),
                tr!(lang, msg::PERIOD_INCOMPLETE),
            )
            .help = Some(tr!(lang, msg::PERIOD_EXAMPLE));
        }
        let (from, to) = (from?, to?);
        if !in_range(ctx, &from) || !in_range(ctx, &to) {
            return None;
        }
        if from.value > to.value {
            ctx.report(
                Check::InvalidValue,
                p.span(),
                tr!(
                    lang,
                    msg::PERIOD_BACKWARDS,
                    to = i18n::date(lang, to.value),
                    from = i18n::date(lang, from.value)
                ),
            );
            return None;
        }
        Some(Sp::new((from.value, to.value), p.span()))
    });
    if h.get("year").is_none() && h.get("period").is_none() {
        ctx.report(Check::MissingField, h.span(), tr!(lang, msg::MISSING_YEAR))
            .help = Some(tr!(lang, msg::MISSING_YEAR_HELP));
    }
    if let Some(y) = &year
        && !(1900..=2200).contains(&y.value)
    {
        ctx.report(
            Check::InvalidValue,
            y.span,
            tr!(lang, msg::YEAR_OUT_OF_RANGE, year = y.value),
        );
    }
    Some(RawHeader {
        id: id?,
        number: h.str(ctx, "number"),
        title,
        place: h.str(ctx, "place"),
        issued: h.date(ctx, "issued").filter(|d| in_range(ctx, d)),
        year: year.filter(|y| (1900..=2200).contains(&y.value)),
        period,
        indices: h.strs(ctx, "indices"),
        basis: h.strs(ctx, "basis"),
        signer: h.str(ctx, "signer"),
        signer_title: h.str(ctx, "signer_title"),
        span: h.span(),
    })
}

/// Plans are read from 1900 to 2200: a date outside is a typo (or year 0 or 9999).
fn in_range(ctx: &mut Ctx, d: &Sp<NaiveDate>) -> bool {
    let ok = (1900..=2200).contains(&chrono::Datelike::year(&d.value));
    if !ok {
        let lang = ctx.lang;
        ctx.report(
            Check::InvalidValue,
            d.span,
            tr!(
                lang,
                msg::DATE_OUT_OF_RANGE,
                date = i18n::date(lang, d.value)
            ),
        );
    }
    ok
}

fn task<'i>(ctx: &mut Ctx, t: &Fields<'_, 'i>) -> Option<RawTask<'i>> {
    let id = t.req_str(ctx, "id");
    let title = t.req_str(ctx, "title");
    Some(RawTask {
        id: id?,
        number: t.str(ctx, "number"),
        section: t.str(ctx, "section"),
        title,
        lead: t.strs(ctx, "lead"),
        support: t.strs(ctx, "support"),
        output: t.str(ctx, "output"),
        due: t.get("due").map(|v| due(ctx, v)).unwrap_or_default(),
        due_text: t.str(ctx, "due_text"),
        note: t.str(ctx, "note"),
        kind: t.str(ctx, "kind"),
        span: t.span(),
    })
}

/// `due` is a phrase, a date, or an array of them.
fn due<'i>(ctx: &mut Ctx, v: &Item<'i>) -> Vec<Sp<DueItem<Str<'i>>>> {
    let one = |ctx: &mut Ctx, v: &Item<'i>| -> Option<Sp<DueItem<Str<'i>>>> {
        match &v.node {
            Node::String(s) => {
                ctx.check_text(s, v.span);
                Some(Sp::new(DueItem::Text(s.clone()), v.span))
            }
            _ => {
                let what = place(ctx.lang, "due");
                date_value(ctx, v, &what).map(|d| Sp::new(DueItem::Date(d.value), d.span))
            }
        }
    };
    match &v.node {
        Node::Array(array) => array.items.iter().filter_map(|i| one(ctx, i)).collect(),
        _ => one(ctx, v).into_iter().collect(),
    }
}

#[derive(Debug, Default)]
pub struct RawProgress {
    pub records: Vec<RawRecord>,
    pub requests: Vec<RawRequest>,
}

#[derive(Debug)]
pub struct RawRecord {
    pub task: Sp<String>,
    pub period: Option<Sp<String>>,
    pub status: Option<Sp<String>>,
    pub date: Option<Sp<NaiveDate>>,
    pub by: Option<Sp<String>>,
    pub evidence: Option<Sp<String>>,
    pub note: Option<Sp<String>>,
    pub span: Span,
}

/// A `[[request]]`: an on-request task was asked for something (DESIGN.md 3.3).
#[derive(Debug)]
pub struct RawRequest {
    pub task: Sp<String>,
    pub date: Option<Sp<NaiveDate>>,
    pub due: Option<Sp<NaiveDate>>,
    pub reference: Option<Sp<String>>,
    pub span: Span,
}

const ROOT_PROGRESS: &[&str] = &["record", "request"];
const RECORD: &[&str] = &["task", "period", "status", "date", "by", "evidence", "note"];
const REQUEST: &[&str] = &["task", "date", "due", "ref"];

pub fn progress(ctx: &mut Ctx, root: &Table, span: Span) -> RawProgress {
    let f = Fields::root(root, span, ROOT_PROGRESS, ctx);
    let records = f
        .tables(ctx, "record", "[[record]]", RECORD)
        .iter()
        .filter_map(|r| {
            let task = r.req_str(ctx, "task");
            let status = r.req_str(ctx, "status").map(Sp::owned);
            let date = r.date(ctx, "date");
            Some(RawRecord {
                task: task?.owned(),
                period: r.str(ctx, "period").map(Sp::owned),
                status,
                date,
                by: r.str(ctx, "by").map(Sp::owned),
                evidence: r.str(ctx, "evidence").map(Sp::owned),
                note: r.str(ctx, "note").map(Sp::owned),
                span: r.span(),
            })
        })
        .collect();
    let requests = f
        .tables(ctx, "request", "[[request]]", REQUEST)
        .iter()
        .filter_map(|r| {
            let task = r.req_str(ctx, "task");
            let date = r.date(ctx, "date");
            let due = r.date(ctx, "due");
            for key in ["date", "due"] {
                if r.get(key).is_none() {
                    let lang = ctx.lang;
                    ctx.report(
                        Check::MissingField,
                        r.span(),
                        tr!(lang, i18n::request::MISSING_REQUEST_DATE, key = key),
                    )
                    .help = Some(tr!(lang, i18n::request::MISSING_REQUEST_DATE_HELP));
                }
            }
            Some(RawRequest {
                task: task?.owned(),
                date,
                due,
                reference: r.str(ctx, "ref").map(Sp::owned),
                span: r.span(),
            })
        })
        .collect();
    RawProgress { records, requests }
}

/// The known keys of every table of registries, plans and progress files, by their path
/// from the file's root: `crate::schema` is tested against this list.
pub const KNOWN_KEYS: &[(&str, &[&str])] = &[
    ("units", ROOT_REGISTRY),
    ("units.org", ORG),
    ("units.unit", UNIT),
    ("units.group", GROUP),
    ("plan", ROOT_PLAN),
    ("plan.plan", HEADER),
    ("plan.plan.period", PERIOD),
    ("plan.target", TARGET),
    ("plan.section", SECTION),
    ("plan.task", TASK),
    ("progress", ROOT_PROGRESS),
    ("progress.record", RECORD),
    ("progress.request", REQUEST),
];
