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
use crate::i18n::{Lang, checks as msg};
use crate::source::{FileId, Span};
use crate::suggest::Suggestion;
use crate::{text, tr};

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

/// Where diagnostics of one file go, and the language they are worded in.
pub struct Ctx<'d> {
    pub file: FileId,
    pub diags: &'d mut Diagnostics,
    /// The whole file is known to be NFC: per-value checks can be skipped.
    pub nfc: bool,
    /// The file may hold a control character, raw or written as an escape: text values
    /// are checked one by one (`check_text`). Nearly no file does.
    pub controls: bool,
    /// Every text value of the file is simple (`text::simple`): the texts a plan keeps
    /// say so (`TaskData::simple`), and are not read again to be shown.
    pub simple: bool,
    /// The run's language: every message and help is worded in it.
    pub lang: Lang,
    /// The helps already worded for a wrong name in this file (`Ctx::help_for`).
    pub helps: foldhash::HashMap<(Check, String), String>,
}

impl Ctx<'_> {
    /// The help for `name` written wrong (`check`), worded by `word` the first time: the
    /// closest of a registry's spellings or a plan's tasks is looked for once for a name
    /// written wrong again and again (a unit missing from the registry, named by a
    /// hundred tasks).
    pub fn help_for(&mut self, check: Check, name: &str, word: impl FnOnce() -> String) -> String {
        if let Some(help) = self.helps.get(&(check, name.to_owned())) {
            return help.clone();
        }
        let help = word();
        self.helps.insert((check, name.to_owned()), help.clone());
        help
    }

    /// Warn about a control character or bidirectional override in a text value: it
    /// can hide or rewrite what a terminal shows (kpi shows it escaped everywhere).
    pub fn check_text(&mut self, value: &str, span: Span) {
        if !self.controls {
            return;
        }
        if let Some(c) = text::hidden_control(value) {
            let lang = self.lang;
            self.report(
                Check::ControlCharacter,
                span,
                tr!(
                    lang,
                    msg::CONTROL_CHARACTER,
                    code = format!("{:04X}", c as u32)
                ),
            )
            .help = Some(tr!(lang, msg::CONTROL_CHARACTER_HELP));
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
    /// How the table is written in the file, for messages: `[plan]`, `[[task]]`, or the
    /// key of an inline table (`period`); empty for the file itself.
    what: &'static str,
}

/// The table written `what` (see `Fields::what`) as a sentence names it: "[[task]]",
/// "bảng [[task]]"; "`period`", "trường `period`"; "the file", "tệp".
pub fn place(lang: Lang, what: &str) -> String {
    if what.is_empty() {
        tr!(lang, msg::PLACE_FILE)
    } else if what.starts_with('[') {
        tr!(lang, msg::PLACE_TABLE, table = what)
    } else {
        tr!(lang, msg::PLACE_FIELD, field = what)
    }
}

/// What a value is, as a message says it was found: "a string", "văn bản".
fn found(lang: Lang, node: &Node) -> &'static str {
    match node {
        Node::String(_) => msg::FOUND_STRING,
        Node::Integer { .. } => msg::FOUND_INTEGER,
        Node::Float(_) => msg::FOUND_FLOAT,
        Node::Boolean(_) => msg::FOUND_BOOLEAN,
        Node::Datetime(_) => msg::FOUND_DATE,
        Node::Array(_) => msg::FOUND_ARRAY,
        Node::Table(_) => msg::FOUND_TABLE,
    }
    .text(lang)
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
            let lang = ctx.lang;
            ctx.report(
                Check::WrongType,
                value.span,
                tr!(
                    lang,
                    msg::NOT_A_TABLE,
                    what = what,
                    found = found(lang, &value.node)
                ),
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
        Fields::sort(ctx, table, span, "", known)
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
            let lang = ctx.lang;
            let help = match Suggestion::closest(name, known.iter().copied()) {
                Some(s) => s.say(lang),
                None => tr!(
                    lang,
                    msg::FIELDS_ARE,
                    place = place(lang, what),
                    list = known.join(", ")
                ),
            };
            ctx.report(
                Check::UnknownField,
                entry.key_span,
                tr!(
                    lang,
                    msg::UNKNOWN_FIELD,
                    name = name,
                    place = place(lang, what)
                ),
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

    /// This table as a sentence names it, in the run's language.
    fn place(&self, lang: Lang) -> String {
        place(lang, self.what)
    }

    fn missing(&self, ctx: &mut Ctx, key: &str) {
        let (lang, place) = (ctx.lang, self.place(ctx.lang));
        ctx.report(
            Check::MissingField,
            self.span,
            tr!(lang, msg::MISSING_FIELD, key = key, place = place),
        )
        .help = Some(tr!(lang, msg::ADD_FIELD, key = key, place = place));
    }

    fn wrong(&self, ctx: &mut Ctx, key: &str, v: &Item, expected: &str) {
        let lang = ctx.lang;
        ctx.report(
            Check::WrongType,
            v.span,
            tr!(
                lang,
                msg::WRONG_TYPE,
                key = key,
                place = self.place(lang),
                expected = expected,
                found = found(lang, &v.node)
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
                self.wrong(ctx, key, v, msg::EXPECT_STRING.text(ctx.lang));
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
                        self.wrong(ctx, key, item, msg::EXPECT_STRING.text(ctx.lang));
                        None
                    }
                })
                .collect(),
            _ => {
                self.wrong(ctx, key, v, msg::EXPECT_STRINGS.text(ctx.lang));
                Vec::new()
            }
        }
    }

    pub fn bool(&self, ctx: &mut Ctx, key: &str) -> Option<Sp<bool>> {
        let v = self.get(key)?;
        match &v.node {
            Node::Boolean(b) => Some(Sp::new(*b, v.span)),
            _ => {
                self.wrong(ctx, key, v, msg::EXPECT_BOOLEAN.text(ctx.lang));
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
                    let lang = ctx.lang;
                    ctx.report(
                        Check::InvalidValue,
                        v.span,
                        tr!(lang, msg::OUT_OF_RANGE, key = key),
                    );
                    None
                }
            },
            _ => {
                self.wrong(ctx, key, v, msg::EXPECT_INTEGER.text(ctx.lang));
                None
            }
        }
    }

    pub fn date(&self, ctx: &mut Ctx, key: &str) -> Option<Sp<NaiveDate>> {
        let v = self.get(key)?;
        let what = tr!(
            ctx.lang,
            msg::FIELD_IN,
            key = key,
            place = self.place(ctx.lang)
        );
        date_value(ctx, v, &what)
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
                let expected = tr!(ctx.lang, msg::EXPECT_TABLES, table = what);
                self.wrong(ctx, key, v, &expected);
                Vec::new()
            }
        }
    }
}

/// A TOML date (no time of day), checked to exist. `what` names the value in messages
/// ("`issued` in [plan]"), in the run's language.
pub fn date_value(ctx: &mut Ctx, v: &Item, what: &str) -> Option<Sp<NaiveDate>> {
    let lang = ctx.lang;
    let Node::Datetime(dt) = &v.node else {
        ctx.report(
            Check::WrongType,
            v.span,
            tr!(
                lang,
                msg::NOT_A_DATE,
                what = what,
                found = found(lang, &v.node)
            ),
        );
        return None;
    };
    let (Some(d), None) = (dt.date, dt.time) else {
        ctx.report(
            Check::WrongType,
            v.span,
            tr!(lang, msg::DATE_WITH_TIME, what = what),
        );
        return None;
    };
    match NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()) {
        Some(date) => Some(Sp::new(date, v.span)),
        None => {
            // Not a day of the calendar, so not a `NaiveDate` for `i18n::date`: written
            // here the way it would be.
            let date = match lang {
                Lang::Vi => format!("{:02}/{:02}/{:04}", d.day, d.month, d.year),
                Lang::En => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
            };
            ctx.report(
                Check::InvalidDate,
                v.span,
                tr!(lang, msg::NO_SUCH_DAY, what = what, date = date),
            );
            None
        }
    }
}
