//! Reading a parsed TOML table field by field, with a span for every value.
//!
//! serde stops at the first error in a file; a person fixing a plan wants them all. So the
//! raw stage walks the parsed document (`crate::document`) itself: each `Fields` reads the
//! known keys of one table, reports a missing, mistyped or unknown key as a diagnostic,
//! and carries on. Conventions: `req_*` reports a missing key, the others do not; every
//! getter returns `None` after reporting a wrong type, so callers only handle absence.

use std::borrow::Cow;

use crate::document::{Item, Node, Table};
use chrono::NaiveDate;

use crate::diagnostic::{Check, Diagnostic, Diagnostics};
use crate::source::{FileId, Span};
use crate::text;

/// A value with the byte span of its source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sp<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Sp<T> {
    pub fn new(value: T, span: Span) -> Sp<T> {
        Sp { value, span }
    }
}

/// Text as the parser gives it: borrowed from the file when written without escapes.
pub type Str<'i> = Cow<'i, str>;

impl Sp<Str<'_>> {
    /// The text as an owned `String`, for what outlives the file's parse tree.
    pub fn owned(self) -> Sp<String> {
        Sp::new(self.value.into_owned(), self.span)
    }
}

/// Where diagnostics of one file go.
pub struct Ctx<'d> {
    pub file: FileId,
    pub diags: &'d mut Diagnostics,
    /// The whole file is known to be NFC: per-value checks can be skipped.
    pub nfc: bool,
}

impl Ctx<'_> {
    /// Warn about a control character or bidirectional override in a text value: it
    /// can hide or rewrite what a terminal shows (kpi shows it escaped everywhere).
    pub fn check_text(&mut self, value: &str, span: Span) {
        if let Some(c) = text::hidden_control(value) {
            self.report(
                Check::ControlCharacter,
                span,
                format!("this text holds the control character U+{:04X}", c as u32),
            )
            .help = Some("delete it (it was probably pasted from another program); kpi shows it as an escape such as `\\u{1b}`".into());
        }
    }

    pub fn report(
        &mut self,
        check: Check,
        span: Span,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.diags
            .push(Diagnostic::new(check, self.file, span, message));
        self.diags.last_mut().expect("just pushed")
    }
}

/// The most keys a table of kpi's formats knows.
const MAX_KNOWN: usize = 16;

/// The known keys of one table being read.
///
/// The table's entries are sorted into `slots` once, by their place in `known`: reading
/// a field is then a scan of a short static list, not a hash of the key, and unknown
/// keys fall out of the same pass.
pub struct Fields<'t, 'i> {
    known: &'static [&'static str],
    slots: [Option<&'t Item<'i>>; MAX_KNOWN],
    span: Span,
    /// How the table is written in the file, for messages: `[plan]`, `[[task]]`.
    what: &'static str,
}

impl<'t, 'i> Fields<'t, 'i> {
    /// Check that `value` is a table and report its unknown keys against `known`.
    pub fn open(
        ctx: &mut Ctx,
        value: &'t Item<'i>,
        what: &'static str,
        known: &'static [&'static str],
    ) -> Option<Fields<'t, 'i>> {
        let Node::Table(table) = &value.node else {
            ctx.report(
                Check::WrongType,
                value.span,
                format!("`{what}` must be a table, found {}", value.node.type_name()),
            );
            return None;
        };
        Some(Fields::sort(ctx, table, value.span, what, known))
    }

    pub fn root(
        table: &'t Table<'i>,
        span: Span,
        known: &'static [&'static str],
        ctx: &mut Ctx,
    ) -> Self {
        Fields::sort(ctx, table, span, "the file", known)
    }

    /// Put each entry of `table` in the slot of its key, reporting unknown keys.
    fn sort(
        ctx: &mut Ctx,
        table: &'t Table<'i>,
        span: Span,
        what: &'static str,
        known: &'static [&'static str],
    ) -> Self {
        assert!(known.len() <= MAX_KNOWN, "{what} knows too many keys");
        let mut slots = [None; MAX_KNOWN];
        for entry in table.iter() {
            let name: &str = &entry.key;
            if let Some(i) = known.iter().position(|k| *k == name) {
                slots[i] = Some(&entry.item);
                continue;
            }
            let help = match text::closest(name, known.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!("the fields of {what} are: {}", known.join(", ")),
            };
            ctx.report(
                Check::UnknownField,
                entry.key_span,
                format!("unknown field `{name}` in {what}"),
            )
            .help = Some(help);
        }
        Fields {
            known,
            slots,
            span,
            what,
        }
    }

    pub fn span(&self) -> Span {
        self.span
    }

    pub fn get(&self, key: &str) -> Option<&'t Item<'i>> {
        let i = self.known.iter().position(|k| *k == key);
        debug_assert!(i.is_some(), "`{key}` is not a known key of {}", self.what);
        self.slots[i?]
    }

    fn missing(&self, ctx: &mut Ctx, key: &str) {
        ctx.report(
            Check::MissingField,
            self.span,
            format!("missing field `{key}` in {}", self.what),
        )
        .help = Some(format!("add `{key} = ...` to {}", self.what));
    }

    fn wrong(&self, ctx: &mut Ctx, key: &str, v: &Item, expected: &str) {
        ctx.report(
            Check::WrongType,
            v.span,
            format!(
                "`{key}` in {} must be {expected}, found {}",
                self.what,
                v.node.type_name()
            ),
        );
    }

    pub fn str(&self, ctx: &mut Ctx, key: &str) -> Option<Sp<Str<'i>>> {
        let v = self.get(key)?;
        match &v.node {
            Node::String(s) => {
                ctx.check_text(s, v.span);
                Some(Sp::new(s.clone(), v.span))
            }
            _ => {
                self.wrong(ctx, key, v, "a string");
                None
            }
        }
    }

    pub fn req_str(&self, ctx: &mut Ctx, key: &str) -> Option<Sp<Str<'i>>> {
        if self.get(key).is_none() {
            self.missing(ctx, key);
        }
        self.str(ctx, key)
    }

    /// A string or an array of strings (`lead = "VP"` and `lead = ["VP"]` both work).
    pub fn strs(&self, ctx: &mut Ctx, key: &str) -> Vec<Sp<Str<'i>>> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        match &v.node {
            Node::String(s) => {
                ctx.check_text(s, v.span);
                vec![Sp::new(s.clone(), v.span)]
            }
            Node::Array(array) => array
                .items
                .iter()
                .filter_map(|item| match &item.node {
                    Node::String(s) => {
                        ctx.check_text(s, item.span);
                        Some(Sp::new(s.clone(), item.span))
                    }
                    _ => {
                        self.wrong(ctx, key, item, "a string");
                        None
                    }
                })
                .collect(),
            _ => {
                self.wrong(ctx, key, v, "a string or an array of strings");
                Vec::new()
            }
        }
    }

    pub fn bool(&self, ctx: &mut Ctx, key: &str) -> Option<Sp<bool>> {
        let v = self.get(key)?;
        match &v.node {
            Node::Boolean(b) => Some(Sp::new(*b, v.span)),
            _ => {
                self.wrong(ctx, key, v, "true or false");
                None
            }
        }
    }

    pub fn int(&self, ctx: &mut Ctx, key: &str) -> Option<Sp<i64>> {
        let v = self.get(key)?;
        match &v.node {
            Node::Integer { digits, radix } => match i64::from_str_radix(digits, *radix) {
                Ok(n) => Some(Sp::new(n, v.span)),
                Err(_) => {
                    ctx.report(
                        Check::InvalidValue,
                        v.span,
                        format!("`{key}` is out of range"),
                    );
                    None
                }
            },
            _ => {
                self.wrong(ctx, key, v, "an integer");
                None
            }
        }
    }

    pub fn date(&self, ctx: &mut Ctx, key: &str) -> Option<Sp<NaiveDate>> {
        let v = self.get(key)?;
        date_value(ctx, v, &format!("`{key}` in {}", self.what))
    }

    /// A sub-table such as `period = { from = ..., to = ... }`.
    pub fn table(
        &self,
        ctx: &mut Ctx,
        key: &str,
        what: &'static str,
        known: &'static [&'static str],
    ) -> Option<Fields<'t, 'i>> {
        Fields::open(ctx, self.get(key)?, what, known)
    }

    /// An array of tables (`[[task]]`), each opened with `known`.
    pub fn tables(
        &self,
        ctx: &mut Ctx,
        key: &str,
        what: &'static str,
        known: &'static [&'static str],
    ) -> Vec<Fields<'t, 'i>> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        match &v.node {
            Node::Array(array) => {
                let mut tables = Vec::with_capacity(array.items.len());
                tables.extend(
                    array
                        .items
                        .iter()
                        .filter_map(|item| Fields::open(ctx, item, what, known)),
                );
                tables
            }
            Node::Table(_) => Fields::open(ctx, v, what, known).into_iter().collect(),
            _ => {
                self.wrong(
                    ctx,
                    key,
                    v,
                    &format!("an array of tables, written `{what}`"),
                );
                Vec::new()
            }
        }
    }
}

/// A TOML date (no time of day), checked to exist.
pub fn date_value(ctx: &mut Ctx, v: &Item, what: &str) -> Option<Sp<NaiveDate>> {
    let Node::Datetime(dt) = &v.node else {
        ctx.report(
            Check::WrongType,
            v.span,
            format!(
                "{what} must be a date like 2023-06-15, found {}",
                v.node.type_name()
            ),
        );
        return None;
    };
    let (Some(d), None) = (dt.date, dt.time) else {
        ctx.report(
            Check::WrongType,
            v.span,
            format!("{what} must be a date like 2023-06-15, without a time of day"),
        );
        return None;
    };
    match NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()) {
        Some(date) => Some(Sp::new(date, v.span)),
        None => {
            ctx.report(
                Check::InvalidDate,
                v.span,
                format!(
                    "{what}: {:04}-{:02}-{:02} does not exist",
                    d.year, d.month, d.day
                ),
            );
            None
        }
    }
}
