//! A TOML file parsed into the tree the raw stage reads.
//!
//! Building toml's own tree (`DeTable`, an ordered hash map per table, made for all of
//! TOML) was more than half of the time of loading a large corpus. kpi's files use a small
//! part of TOML: `[table]` and `[[array]]` headers, plain keys, strings, arrays, small
//! inline tables. So [`parse`] first builds this tree straight from toml_parser's events,
//! for exactly that part, and gives up on anything else: a syntax error, a dotted key, a
//! table named twice, a table with very many keys. A file it gives up on goes through
//! toml's own parser, whose tree is converted: the same tree, with toml's error messages.
//! Tests hold both ways to the same tree on every file both accept.

use std::borrow::Cow;
use std::cell::RefCell;

use toml::Spanned;
use toml::de::{DeTable, DeValue};
use toml::value::Datetime;
use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::lexer::Token;
use toml_parser::parser::{Event, EventKind, RecursionGuard, ValidateWhitespace};
use toml_parser::{ParseError, Source};

use crate::source::Span;

/// A value with the span of its source text.
#[derive(Clone, Debug, PartialEq)]
pub struct Item<'i> {
    pub span: Span,
    pub node: Node<'i>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Node<'i> {
    /// Borrowed from the file when written without escapes.
    String(Cow<'i, str>),
    /// The digits as written (without `_` or a `0x` prefix), read by whoever needs the
    /// number: an out-of-range integer is that reader's diagnostic, not a syntax error.
    Integer {
        digits: Cow<'i, str>,
        radix: u32,
    },
    Float(Cow<'i, str>),
    Boolean(bool),
    Datetime(Datetime),
    Array(Array<'i>),
    Table(Table<'i>),
}

impl<'i> Node<'i> {
    pub fn type_name(&self) -> &'static str {
        match self {
            Node::String(_) => "a string",
            Node::Integer { .. } => "an integer",
            Node::Float(_) => "a float",
            Node::Boolean(_) => "a boolean",
            Node::Datetime(_) => "a date",
            Node::Array(_) => "an array",
            Node::Table(_) => "a table",
        }
    }

    pub fn as_table(&self) -> Option<&Table<'i>> {
        match self {
            Node::Table(t) => Some(t),
            _ => None,
        }
    }
}

/// The entries of a table, in the order of the file (as toml's `preserve_order`).
#[derive(Clone, Debug, Default)]
pub struct Table<'i> {
    entries: Vec<Entry<'i>>,
    /// How the table was made: which headers may still add to it.
    kind: Kind,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'i> {
    pub key: Cow<'i, str>,
    pub key_span: Span,
    pub item: Item<'i>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Kind {
    /// Named by a header, or the file itself.
    #[default]
    Header,
    /// Made on the way to a header: `a` of `[a.b]`.
    Implicit,
    /// Written `{ ... }`: closed.
    Inline,
}

/// Two tables are the same when their entries are; how each was made is the builder's
/// business.
impl PartialEq for Table<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.entries == other.entries
    }
}

impl<'i> Table<'i> {
    pub fn iter(&self) -> std::slice::Iter<'_, Entry<'i>> {
        self.entries.iter()
    }

    pub fn get(&self, key: &str) -> Option<&Item<'i>> {
        self.position(key).map(|i| &self.entries[i].item)
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.key == key)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Array<'i> {
    pub items: Vec<Item<'i>>,
    /// Made by `[[name]]` headers, which may add to it.
    of_tables: bool,
}

impl PartialEq for Array<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.items == other.items
    }
}

/// Parse a TOML document; the error is toml's first, the one a person should fix first.
pub fn parse(text: &str) -> Result<Table<'_>, toml::de::Error> {
    if let Some(table) = fast(text) {
        return Ok(table);
    }
    by_toml(text)
}

/// How the fast way and toml's parser differ on `text`, if they do: the fast way accepts
/// what toml refuses, or builds another tree. The invariant of the tests and the fuzz
/// target.
pub fn disagreement(text: &str) -> Option<String> {
    let fast = fast(text)?;
    match by_toml(text) {
        Ok(slow) if fast == slow => None,
        Ok(slow) => Some(format!("{text:?}: {fast:?} != {slow:?}")),
        Err(e) => Some(format!("{text:?}: toml refuses it: {e}")),
    }
}

/// toml's own parser, its tree converted.
pub fn by_toml(text: &str) -> Result<Table<'_>, toml::de::Error> {
    let (table, errors) = DeTable::parse_recoverable(text);
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(convert_table(table.into_inner())),
    }
}

fn convert_table(table: DeTable<'_>) -> Table<'_> {
    Table {
        entries: table
            .into_iter()
            .map(|(key, value)| Entry {
                key_span: Span::new(key.span()),
                key: key.into_inner(),
                item: convert(value),
            })
            .collect(),
        kind: Kind::Header,
    }
}

fn convert(value: Spanned<DeValue<'_>>) -> Item<'_> {
    let span = Span::new(value.span());
    let node = match value.into_inner() {
        DeValue::String(s) => Node::String(s),
        DeValue::Integer(i) => Node::Integer {
            digits: Cow::Owned(i.as_str().to_owned()),
            radix: i.radix(),
        },
        DeValue::Float(f) => Node::Float(Cow::Owned(f.as_str().to_owned())),
        DeValue::Boolean(b) => Node::Boolean(b),
        DeValue::Datetime(d) => Node::Datetime(d),
        DeValue::Array(a) => Node::Array(Array {
            items: a.into_iter().map(convert).collect(),
            of_tables: false,
        }),
        DeValue::Table(t) => Node::Table(convert_table(t)),
    };
    Item { span, node }
}

/// toml's limit on nesting, kept so that both ways refuse the same files.
const NESTING: u32 = 80;

/// A table with more keys than this is left to toml, whose tables are hashed: the fast
/// way looks keys up one by one.
const MANY_KEYS: usize = 64;

thread_local! {
    /// Each thread's token and event buffers, reused from file to file.
    static SCRATCH: RefCell<(Vec<Token>, Vec<Event>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// The tree of `text` when it is written in the part of TOML kpi's files use, without
/// an error; `None` otherwise.
pub fn fast(text: &str) -> Option<Table<'_>> {
    SCRATCH.with_borrow_mut(|(tokens, events)| {
        let source = Source::new(text);
        tokens.clear();
        tokens.extend(source.lex());
        events.clear();
        let mut error: Option<ParseError> = None;
        let mut whitespace = ValidateWhitespace::new(events, source);
        let mut guard = RecursionGuard::new(&mut whitespace, NESTING);
        toml_parser::parser::parse_document(tokens, &mut guard, &mut error);
        if error.is_some() {
            return None;
        }
        Builder {
            events,
            next: 0,
            source,
        }
        .document()
    })
}

/// A header being read: `[path.key]` or `[[path.key]]`.
struct Header<'i> {
    path: Vec<(Cow<'i, str>, Span)>,
    key: (Cow<'i, str>, Span),
    span: Span,
    array: bool,
}

struct Builder<'e, 'i> {
    events: &'e [Event],
    next: usize,
    source: Source<'i>,
}

impl<'i> Builder<'_, 'i> {
    /// The next event that is not whitespace, a comment or a line break: the parser
    /// reported no error, so those are where TOML allows them.
    fn significant(&mut self) -> Option<Event> {
        while let Some(event) = self.events.get(self.next) {
            self.next += 1;
            match event.kind() {
                EventKind::Whitespace | EventKind::Comment | EventKind::Newline => {}
                _ => return Some(*event),
            }
        }
        None
    }

    fn document(mut self) -> Option<Table<'i>> {
        let mut root = Table::default();
        // The entries of the table being read, moved out at its end in one allocation.
        let mut section: Vec<Entry<'i>> = Vec::new();
        let mut header: Option<Header<'i>> = None;
        while let Some(event) = self.significant() {
            match event.kind() {
                EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                    let mut entries = Vec::with_capacity(section.len());
                    entries.append(&mut section);
                    finish(&mut root, header.take(), entries)?;
                    header = Some(self.header(event)?);
                }
                EventKind::SimpleKey => {
                    let key = self.key(event)?;
                    self.expect(EventKind::KeyValSep)?;
                    let item = self.value()?;
                    insert(&mut section, key, item)?;
                }
                _ => return None,
            }
        }
        finish(&mut root, header, section)?;
        Some(root)
    }

    fn expect(&mut self, kind: EventKind) -> Option<()> {
        (self.significant()?.kind() == kind).then_some(())
    }

    fn header(&mut self, open: Event) -> Option<Header<'i>> {
        let array = open.kind() == EventKind::ArrayTableOpen;
        let mut path = Vec::new();
        let first = self.significant()?;
        if first.kind() != EventKind::SimpleKey {
            return None;
        }
        let mut key = self.key(first)?;
        loop {
            let event = self.significant()?;
            match event.kind() {
                EventKind::KeySep => {
                    let next = self.significant()?;
                    if next.kind() != EventKind::SimpleKey {
                        return None;
                    }
                    path.push(std::mem::replace(&mut key, self.key(next)?));
                }
                EventKind::StdTableClose | EventKind::ArrayTableClose => {
                    if path.len() + 1 >= NESTING as usize {
                        return None;
                    }
                    let span = Span::new(open.span().start()..event.span().end());
                    return Some(Header {
                        path,
                        key,
                        span,
                        array,
                    });
                }
                _ => return None,
            }
        }
    }

    fn key(&self, event: Event) -> Option<(Cow<'i, str>, Span)> {
        let raw = self.source.get(event)?;
        let text = raw.as_str();
        if event.encoding().is_none()
            && !text.is_empty()
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Some((Cow::Borrowed(text), span_of(event)));
        }
        let mut decoded = Cow::Borrowed("");
        let mut error: Option<ParseError> = None;
        raw.decode_key(&mut decoded, &mut error);
        error.is_none().then(|| (decoded, span_of(event)))
    }

    fn value(&mut self) -> Option<Item<'i>> {
        let event = self.significant()?;
        match event.kind() {
            EventKind::Scalar => self.scalar(event),
            EventKind::ArrayOpen => self.array(event),
            EventKind::InlineTableOpen => self.inline_table(event),
            _ => None,
        }
    }

    fn scalar(&self, event: Event) -> Option<Item<'i>> {
        let raw = self.source.get(event)?;
        if event.encoding() == Some(Encoding::BasicString)
            && let Some(text) = unescaped(raw.as_str())
        {
            return Some(Item {
                span: span_of(event),
                node: Node::String(Cow::Borrowed(text)),
            });
        }
        let mut decoded = Cow::Borrowed("");
        let mut error: Option<ParseError> = None;
        let kind = raw.decode_scalar(&mut decoded, &mut error);
        if error.is_some() {
            return None;
        }
        let node = match kind {
            ScalarKind::String => Node::String(decoded),
            ScalarKind::Boolean(b) => Node::Boolean(b),
            ScalarKind::DateTime => Node::Datetime(decoded.parse().ok()?),
            ScalarKind::Float => Node::Float(decoded),
            ScalarKind::Integer(radix) => Node::Integer {
                digits: decoded,
                radix: radix.value(),
            },
        };
        Some(Item {
            span: span_of(event),
            node,
        })
    }

    fn array(&mut self, open: Event) -> Option<Item<'i>> {
        let mut items = Vec::new();
        loop {
            let event = self.significant()?;
            match event.kind() {
                EventKind::ArrayClose => {
                    return Some(Item {
                        span: Span::new(open.span().start()..event.span().end()),
                        node: Node::Array(Array {
                            items,
                            of_tables: false,
                        }),
                    });
                }
                EventKind::ValueSep => {}
                _ => {
                    self.next -= 1;
                    items.push(self.value()?);
                }
            }
        }
    }

    fn inline_table(&mut self, open: Event) -> Option<Item<'i>> {
        let mut entries = Vec::new();
        loop {
            let event = self.significant()?;
            match event.kind() {
                EventKind::InlineTableClose => {
                    return Some(Item {
                        span: Span::new(open.span().start()..event.span().end()),
                        node: Node::Table(Table {
                            entries,
                            kind: Kind::Inline,
                        }),
                    });
                }
                EventKind::ValueSep => {}
                EventKind::SimpleKey => {
                    let key = self.key(event)?;
                    self.expect(EventKind::KeyValSep)?;
                    let item = self.value()?;
                    insert(&mut entries, key, item)?;
                }
                _ => return None,
            }
        }
    }
}

/// The text of a basic string `"..."` written without escapes, checked as toml's
/// decoder does (no control character but tab) in one pass over the bytes; `None` for
/// the decoder to handle.
fn unescaped(quoted: &str) -> Option<&str> {
    let text = quoted.strip_prefix('"')?.strip_suffix('"')?;
    // Bitwise, without a branch per byte: a loop the compiler vectorises (every title and
    // phrase of a plan passes here).
    let invalid = text.bytes().fold(false, |any, b| {
        any | ((b < 0x20) & (b != b'\t')) | (b == b'"') | (b == b'\\') | (b == 0x7f)
    });
    (!invalid).then_some(text)
}

fn span_of(event: Event) -> Span {
    Span::new(event.span().start()..event.span().end())
}

/// Add `key = item` to a table's entries; `None` when the key is already there (toml
/// reports it) or the table has many keys (toml looks them up faster).
fn insert<'i>(
    entries: &mut Vec<Entry<'i>>,
    (key, key_span): (Cow<'i, str>, Span),
    item: Item<'i>,
) -> Option<()> {
    if entries.len() >= MANY_KEYS || entries.iter().any(|e| e.key == key) {
        return None;
    }
    entries.push(Entry {
        key,
        key_span,
        item,
    });
    Some(())
}

/// Put the table read under `header` in its place in `root`; the entries before the
/// first header are the root's own.
fn finish<'i>(
    root: &mut Table<'i>,
    header: Option<Header<'i>>,
    entries: Vec<Entry<'i>>,
) -> Option<()> {
    let Some(header) = header else {
        root.entries = entries;
        return Some(());
    };
    let mut parent = root;
    for (key, span) in header.path {
        parent = descend(parent, key, span)?;
    }
    let table = Item {
        span: header.span,
        node: Node::Table(Table {
            entries,
            kind: Kind::Header,
        }),
    };
    let (key, key_span) = header.key;
    if parent.entries.len() >= MANY_KEYS {
        return None;
    }
    match (parent.position(&key), header.array) {
        (None, false) => parent.entries.push(Entry {
            key,
            key_span,
            item: table,
        }),
        (None, true) => parent.entries.push(Entry {
            key,
            key_span,
            item: Item {
                span: header.span,
                node: Node::Array(Array {
                    items: vec![table],
                    of_tables: true,
                }),
            },
        }),
        (Some(i), true) => match &mut parent.entries[i].item.node {
            Node::Array(array) if array.of_tables => array.items.push(table),
            _ => return None,
        },
        // A table named a second time, or after a table inside it: toml knows the rules.
        (Some(_), false) => return None,
    }
    Some(())
}

/// The table `key` of `table` on the way to a header, made when missing; the last table
/// of an array of tables.
fn descend<'t, 'i>(
    table: &'t mut Table<'i>,
    key: Cow<'i, str>,
    span: Span,
) -> Option<&'t mut Table<'i>> {
    let i = match table.position(&key) {
        Some(i) => i,
        None if table.entries.len() >= MANY_KEYS => return None,
        None => {
            table.entries.push(Entry {
                key,
                key_span: span,
                item: Item {
                    span,
                    node: Node::Table(Table {
                        entries: Vec::new(),
                        kind: Kind::Implicit,
                    }),
                },
            });
            table.entries.len() - 1
        }
    };
    match &mut table.entries[i].item.node {
        Node::Table(t) if t.kind != Kind::Inline => Some(t),
        Node::Array(array) if array.of_tables => match &mut array.items.last_mut()?.node {
            Node::Table(t) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines of TOML, valid and not, that meet every rule the fast way follows or leaves
    /// to toml: headers over headers, arrays of tables, dotted keys, duplicates, inline
    /// tables, escapes, control characters, syntax errors.
    const LINES: [&str; 44] = [
        "[a]",
        "[b]",
        "[a.b]",
        "[a.b.c]",
        "[[a]]",
        "[[a.b]]",
        "[[b]]",
        "[ \"a\" . b ]",
        "['b']",
        "[c.d]",
        "[c.f]",
        "[[c.g]]",
        "[[d]]",
        "[d.h]",
        "a = 1",
        "b = \"x\"",
        "c = 2",
        "b = 'lit'",
        "a.b = 1",
        "c = { d = 1, e = [1, 2] }",
        "c = { d = 1, d = 2 }",
        "c = { d.e = 1 }",
        "d = [ { a = 1 }, { b = 2 } ]",
        "e = [1, \"x\", [true]]",
        "e = 1979-05-27",
        "e = 1979-05-27T07:32:00Z",
        "e = 1979-02-30",
        "f = 0x1F",
        "f = 99999999999999999999",
        "f = 1_000",
        "g = 1e3",
        "h = \"tab\\there \\u00E0\"",
        "h = \"bad \\q escape\"",
        "h = \"ctrl \u{1} char\"",
        "h = \"\"\"multi\nline\"\"\"",
        "\"a b\" = 1",
        "\"\" = 1",
        "a = ",
        "= 1",
        "[a",
        "# a comment \u{7f}",
        "i = \"Kế hoạch số 12/KH-SYT\" # note",
        "",
        "   ",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn fast_way_builds_what_toml_builds(
            picks in proptest::collection::vec(0usize..LINES.len(), 0..10)
        ) {
            let text: String = picks.iter().map(|&i| LINES[i]).collect::<Vec<_>>().join("\n");
            if let Some(e) = disagreement(&text) {
                proptest::prop_assert!(false, "{}", e);
            }
        }
    }

    #[test]
    fn kpis_own_shapes_take_the_fast_way() {
        let text = "[plan]\nid = \"p\"\nyear = 2024\nindices = [\"PCI\"]\nperiod = { from = 2024-01-01, to = 2024-12-31 }\n\n\
                    [[task]]\nid = \"1\"\nlead = [\"VP\"]\ndue = [\"Tháng 6/2024\", 2024-07-01]\n\n\
                    [[task]]\nid = \"2\"\n\n[task.extra]\nnote = \"x\"\n";
        let table = fast(text).expect("the fast way reads kpi's shapes");
        assert_eq!(Ok(table.clone()), by_toml(text).map_err(|e| e.to_string()));
        let tasks = table.get("task").expect("tasks");
        let Node::Array(tasks) = &tasks.node else {
            panic!("an array of tables: {tasks:?}")
        };
        assert_eq!(tasks.items.len(), 2);
        assert_eq!(
            &text[tasks.items[1].span.start as usize..tasks.items[1].span.end as usize],
            "[[task]]"
        );
    }

    #[test]
    fn what_the_fast_way_leaves_to_toml() {
        for text in [
            "a = 1\na = 2",       // a duplicate key
            "a.b = 1",            // a dotted key
            "[a]\n[a]",           // a table named twice
            "[a.b]\n[a]",         // valid, but toml knows the order
            "a = {b = 1}\n[a.c]", // an inline table is closed
            "a = \"\\q\"",        // a bad escape
            "a = 1979-02-30",     // no such date
            "[a",                 // a syntax error
        ] {
            assert!(fast(text).is_none(), "{text:?}");
            assert_eq!(disagreement(text), None);
        }
        let many: String = (0..MANY_KEYS + 1)
            .map(|i| format!("k{i} = {i}\n"))
            .collect();
        assert!(fast(&many).is_none());
        assert_eq!(
            parse(&many).map(|t| t.iter().count()).ok(),
            Some(MANY_KEYS + 1)
        );
    }

    #[test]
    fn errors_are_tomls() {
        let e = parse("[plan]\nid = \"a\"\nid = \"b\"\n").unwrap_err();
        assert!(e.message().contains("duplicate key"), "{e}");
        assert_eq!(e.span(), Some(16..18), "the second `id`");
    }
}
