//! The one table writer: terminal tables and Markdown, written row by row.
//!
//! DESIGN 6.3: a table fits the screen and never splits an id, a date, a code or an
//! address; titles wrap at words; when the screen is too narrow for the columns, each
//! row becomes a short block of `label: value` lines; statuses are coloured on a
//! terminal only; when stdout is not a terminal the width is `COLUMNS` if set, else
//! nothing is wrapped. Rows are written as they are produced: memory does not grow with
//! the output (a national list has hundreds of thousands of rows).
//!
//! comfy-table, which kpi used before, lays out a whole table in memory and splits
//! long tokens anywhere; docs/decisions.md says why this writer replaced it.
//!
//! A command describes its columns and gives its rows twice, through one function: a
//! first pass measures (the widest line and the longest unbreakable piece of each
//! column), the second writes. Rows are made again rather than kept.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::Ahead;
use crate::cli::Format;
use crate::text::{every_character, one_column_letter, simple};

/// How a column's text may be broken into lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Never inside a piece: ids, dates, codes, addresses. A cell breaks only at its own
    /// line ends and between the items of a list (`, ` or `; `).
    Pieces,
    /// At spaces, like prose (titles, deadline phrases); a word longer than the column
    /// is cut as a last resort.
    Words,
}

#[derive(Clone, Debug)]
pub struct Column {
    pub header: String,
    pub fit: Fit,
}

impl Column {
    pub fn pieces(header: impl Into<String>) -> Column {
        Column {
            header: header.into(),
            fit: Fit::Pieces,
        }
    }
    pub fn words(header: impl Into<String>) -> Column {
        Column {
            header: header.into(),
            fit: Fit::Words,
        }
    }
}

/// An ANSI colour for a cell (a status), shown on a terminal only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tint {
    Red,
    Yellow,
    Green,
    Dim,
}

impl Tint {
    fn code(self) -> &'static str {
        match self {
            Tint::Red => "31",
            Tint::Yellow => "33",
            Tint::Green => "32",
            Tint::Dim => "2",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Cell<'a> {
    pub text: Cow<'a, str>,
    pub tint: Option<Tint>,
    /// The text is known to be simple (`text::simple`): it is not looked at again.
    pub simple: bool,
    /// The text's widths, when measured already (`Size::of`): a text shown in several
    /// tables (a task's title, in each unit's table of `kpi assignments`) is measured once.
    pub size: Option<Size>,
}

impl<'a> Cell<'a> {
    pub fn new(text: impl Into<Cow<'a, str>>) -> Cell<'a> {
        Cell {
            text: text.into(),
            tint: None,
            simple: false,
            size: None,
        }
    }
    pub fn tinted(text: impl Into<Cow<'a, str>>, tint: Tint) -> Cell<'a> {
        Cell {
            tint: Some(tint),
            ..Cell::new(text)
        }
    }

    /// A cell of a text that is simple when `simple` says so (a task's text, of which
    /// the loader knows it: `Task::simple`).
    pub fn known(text: impl Into<Cow<'a, str>>, simple: bool) -> Cell<'a> {
        let cell = Cell {
            simple,
            ..Cell::new(text)
        };
        debug_assert!(!simple || crate::text::simple(cell.text.as_bytes()));
        cell
    }

    /// `known`, with the widths `size` measured of it already (`Size::of`, by the same fit).
    pub fn sized(text: impl Into<Cow<'a, str>>, simple: bool, size: Size) -> Cell<'a> {
        Cell {
            size: Some(size),
            ..Cell::known(text, simple)
        }
    }
}

/// A text of kpi's own that a table shows in many rows (a status label, a worded day),
/// looked at and measured once, not in every row.
pub struct Worded {
    text: String,
    simple: bool,
    size: Size,
}

impl Worded {
    /// `text`, for a column that fits it by `fit`.
    pub fn new(text: String, fit: Fit) -> Worded {
        let simple = crate::text::simple(text.as_bytes());
        let size = Size::of(&text, fit, simple);
        Worded { text, simple, size }
    }

    pub fn cell(&self) -> Cell<'_> {
        Cell::sized(self.text.as_str(), self.simple, self.size)
    }
}

/// Where the table goes: how wide it may be, whether colours show.
#[derive(Clone, Copy, Debug)]
pub struct Screen {
    /// None: do not wrap (stdout is not a terminal and `COLUMNS` is not set).
    pub width: Option<usize>,
    pub colours: bool,
}

impl Screen {
    /// The terminal on stdout, else `COLUMNS`, else no wrapping.
    pub fn stdout(colours: bool) -> Screen {
        let width = terminal_size::terminal_size()
            .map(|(terminal_size::Width(w), _)| usize::from(w))
            .or_else(|| {
                std::env::var("COLUMNS")
                    .ok()
                    .and_then(|c| c.trim().parse().ok())
            })
            .filter(|&w| w > 0);
        Screen { width, colours }
    }
}

/// The narrowest a title column is made before the table turns into blocks.
const MIN_WORDS: usize = 12;

/// What a column needs, found in the first pass, and what a cell's text gives it: the
/// widest line, and the widest piece (word, or list item) that a line may not break.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Size {
    /// The widest line as written.
    natural: usize,
    /// The widest piece that must stay whole.
    piece: usize,
}

impl Size {
    /// The widths of `text` in a column that fits it by `fit`, as a table measures them
    /// when it wraps (`simple`: the text is known to be, see `Cell::known`).
    pub fn of(text: &str, fit: Fit, simple: bool) -> Size {
        let cell = Cell::known(text, simple);
        let (shown, plain) = shown_cell(&cell);
        let mut size = Size::default();
        measure(&mut size, &shown, fit, false, plain);
        size
    }

    fn max(&self, other: &Size) -> Size {
        Size {
            natural: self.natural.max(other.natural),
            piece: self.piece.max(other.piece),
        }
    }
}

enum Layout {
    Grid(Vec<usize>),
    /// One line a row, cells at their natural widths (no wrapping).
    Line(Vec<usize>),
    Blocks {
        width: usize,
        label: usize,
    },
    Markdown,
}

/// Rows measured or written by one task of the parallel passes.
const ROWS_PER_TASK: usize = 512;

/// Write a table of `rows` (made by `row`, called twice per item) to `out` in `format`
/// (table or Markdown). Both passes run on every core for a long table; rows come out
/// in order.
pub fn write<T: Sync>(
    out: &mut dyn Write,
    format: Format,
    screen: Screen,
    columns: &[Column],
    items: &[T],
    row: impl Fn(&T) -> Vec<Cell<'_>> + Sync,
) -> io::Result<()> {
    fit(format, screen, columns, items, &row).write(out, items, row, |_, _| {})
}

/// `row` as `fit` and `Fitted::write` take it: a closure kept in a variable gets its
/// lifetimes (cells borrowed from the item) from this signature.
pub fn row_maker<T, F: Fn(&T) -> Vec<Cell<'_>>>(row: F) -> F {
    row
}

/// A table laid out for its rows (the first pass), to be written (the second).
pub struct Fitted<'c> {
    form: Form<'c>,
}

/// Measure the rows `row` makes of `items` and lay the table out. The rows may come in
/// any order (a column is as wide as its widest cell): a long list is best measured in
/// the order its reads go through memory, before it is sorted for reading.
pub fn fit<'c, T: Sync>(
    format: Format,
    screen: Screen,
    columns: &'c [Column],
    items: &[T],
    row: impl Fn(&T) -> Vec<Cell<'_>> + Sync,
) -> Fitted<'c> {
    fit_ahead(format, screen, columns, items, row, |_, _| {})
}

/// `fit`, with `ahead` called for the items a few rows ahead of the one measured (see
/// `Ahead`): for items whose memory lies elsewhere than the list.
pub fn fit_ahead<'c, T: Sync>(
    format: Format,
    screen: Screen,
    columns: &'c [Column],
    items: &[T],
    row: impl Fn(&T) -> Vec<Cell<'_>> + Sync,
    ahead: impl Fn(&T, Ahead) + Sync,
) -> Fitted<'c> {
    let header: Vec<Size> = columns
        .iter()
        .map(|c| Size {
            natural: width(&c.header),
            piece: if c.fit == Fit::Words {
                longest_word(&c.header)
            } else {
                width(&c.header)
            },
        })
        .collect();
    let layout = if format == Format::Md {
        Layout::Markdown
    } else {
        let one_line = screen.width.is_none();
        let measure_run = |run: &[T]| {
            let mut needs = header.clone();
            // The text each column measured last, when borrowed: a label, a day or a
            // period borrowed again by the next row (lists repeat them) needs no second
            // look. (Only borrowed texts: they stay where they are for the whole pass.)
            let mut last = vec![(0usize, 0usize); columns.len()];
            let measured = Ahead::each(run, &ahead, |item| {
                let cells = row(item);
                for (k, (cell, column)) in cells.iter().zip(columns).enumerate() {
                    if let Cow::Borrowed(t) = &cell.text {
                        let at = (t.as_ptr() as usize, t.len());
                        if last[k] == at {
                            continue;
                        }
                        last[k] = at;
                    }
                    if let (Some(size), false) = (cell.size, one_line) {
                        debug_assert_eq!(size, Size::of(&cell.text, column.fit, cell.simple));
                        needs[k].natural = needs[k].natural.max(size.natural);
                        needs[k].piece = needs[k].piece.max(size.piece);
                        continue;
                    }
                    let (text, plain) = shown_cell(cell);
                    measure(&mut needs[k], &text, column.fit, one_line, plain);
                }
                Ok::<(), std::convert::Infallible>(())
            });
            let Ok(()) = measured;
            needs
        };
        let needs = if items.len() <= ROWS_PER_TASK {
            measure_run(items)
        } else {
            use rayon::prelude::*;
            items.par_chunks(ROWS_PER_TASK).map(measure_run).reduce(
                || header.clone(),
                |a, b| a.iter().zip(&b).map(|(x, y)| x.max(y)).collect(),
            )
        };
        layout(columns, &needs, screen.width)
    };
    Fitted {
        form: Form::new(columns, layout, screen.colours),
    }
}

impl Fitted<'_> {
    /// Write the table of the rows `row` makes of `items`, in their order: the rows it
    /// was fitted to. A long table's rows are made on every core; `ahead` is called for
    /// the items a few rows ahead of the one written (see `Ahead`).
    pub fn write<T: Sync>(
        &self,
        out: &mut dyn Write,
        items: &[T],
        row: impl Fn(&T) -> Vec<Cell<'_>> + Sync,
        ahead: impl Fn(&T, Ahead) + Sync,
    ) -> io::Result<()> {
        let form = &self.form;
        let mut buf = Vec::new();
        form.header(&mut buf)?;
        out.write_all(&buf)?;
        // Every cell is written as shown (controls escaped): nothing for the guard to scan.
        super::in_order_made(
            out,
            items,
            ROWS_PER_TASK,
            super::Made::Shown,
            |_, run, buf| {
                let mut memo = Memo::default();
                Ahead::each(run, &ahead, |item| {
                    form.row(buf, &row(item), &mut memo, None)
                })
            },
        )?;
        buf.clear();
        form.footer(&mut buf)?;
        out.write_all(&buf)
    }

    /// `write`, appending to `buf` on this thread: for one table of many made at once
    /// (each unit's in `kpi assignments`), where the other tables keep the cores busy and
    /// buffers of its own would only be filled, copied and let go.
    /// `wraps` is what the tables appended before this one wrapped.
    pub fn append<'t, T>(
        &self,
        buf: &mut Vec<u8>,
        items: &'t [T],
        row: impl Fn(&'t T) -> Vec<Cell<'t>>,
        wraps: &mut Wraps<'t>,
    ) -> io::Result<()> {
        let form = &self.form;
        form.header(buf)?;
        let mut memo = Memo::default();
        for item in items {
            form.row(buf, &row(item), &mut memo, Some(&mut *wraps))?;
        }
        form.footer(buf)
    }
}

/// What the tables appended one after another remember of the long texts they wrapped:
/// a text shown in several of them (a task's title, in the tables of the three units it
/// names on average, in `kpi assignments`) is wrapped once for each width. The texts are
/// borrowed for `'t`: none can move or change while it is remembered.
#[derive(Default)]
pub struct Wraps<'t> {
    /// Where each text's lines are in `lines`, by the text's address, length and width.
    at: foldhash::HashMap<(usize, usize, usize), std::ops::Range<usize>>,
    lines: Vec<(usize, usize, usize)>,
    texts: std::marker::PhantomData<&'t str>,
}

impl<'t> Wraps<'t> {
    /// Append the lines of `text` (`plain` or not) at `width` columns to `lines`.
    fn wrap<'l>(
        &mut self,
        text: &'t str,
        plain: bool,
        width: usize,
        fit: Fit,
        lines: &mut Vec<(&'l str, usize)>,
    ) where
        't: 'l,
    {
        let key = (text.as_ptr() as usize, text.len(), width);
        if let Some(range) = self.at.get(&key) {
            lines.extend(slices(text, &self.lines[range.clone()]));
            return;
        }
        let first = lines.len();
        wrap_into(text, width, fit, plain, lines);
        let from = self.lines.len();
        self.lines.extend(offsets(text, &lines[first..]));
        self.at.insert(key, from..self.lines.len());
    }
}

/// Lines of `text` (slices of it, each with its columns) as offset, length and columns.
fn offsets(text: &str, lines: &[(&str, usize)]) -> impl Iterator<Item = (usize, usize, usize)> {
    let base = text.as_ptr() as usize;
    lines.iter().map(move |&(l, w)| match l {
        "" => (0, 0, w),
        l => (l.as_ptr() as usize - base, l.len(), w),
    })
}

/// The lines of `text` that `offsets` gave.
fn slices<'s>(
    text: &'s str,
    offsets: &[(usize, usize, usize)],
) -> impl Iterator<Item = (&'s str, usize)> {
    offsets.iter().map(|&(o, n, w)| (&text[o..o + n], w))
}

/// A cell's text as shown: NFC, control characters escaped (render::nfc); and whether
/// it is simple (`text::simple`), as nearly every cell is: then it is shown as written,
/// and measured or wrapped in one pass. A cell known to be simple is not read for it.
fn shown_cell<'c>(cell: &'c Cell) -> (Cow<'c, str>, bool) {
    if cell.simple {
        return (Cow::Borrowed(&cell.text), true);
    }
    shown(&cell.text)
}

/// `shown_cell` of any text: a simple one is found in one pass, instead of the NFC and
/// control scans.
fn shown(s: &str) -> (Cow<'_, str>, bool) {
    if simple(s.as_bytes()) {
        return (Cow::Borrowed(s), true);
    }
    let text = if crate::text::is_nfc(s) && !crate::text::may_hold_control(s.as_bytes()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(super::nfc(s))
    };
    (text, false)
}

/// Columns `s` takes on a terminal.
pub fn width(s: &str) -> usize {
    Count::of(s).width(s)
}

/// How the columns of a text and of its parts are counted. Vietnamese text is read from
/// its bytes: every character below U+0300 (but C1 controls and the soft hyphen), of
/// Latin Extended Additional (the precomposed Vietnamese letters, U+1E00..U+1EFF), the
/// dashes, quotes and ellipsis of U+2010..U+2027 and the arrows of U+2190..U+2199 takes
/// one column, so a text made
/// only of those is as wide as it has characters. Any other character sends the text to
/// unicode-width, whose rules for sequences then apply. A test checks that both agree
/// on every character of these ranges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Count {
    Bytes,
    Chars,
    Unicode,
}

impl Count {
    fn of(s: &str) -> Count {
        if s.is_ascii() {
            Count::Bytes
        } else if one_column_each(s.as_bytes()) {
            Count::Chars
        } else {
            Count::Unicode
        }
    }

    /// The width of `s`, a part of a text this counts.
    fn width(self, s: &str) -> usize {
        match self {
            Count::Bytes => s.len(),
            // Every byte but the continuation bytes starts a character.
            Count::Chars => characters(s.as_bytes()),
            Count::Unicode => s.width(),
        }
    }
}

/// Whether every character of UTF-8 `b` is one of those one column wide (see `Count`).
fn one_column_each(b: &[u8]) -> bool {
    // ASCII and continuation bytes, the letters, and the no-break space (one column,
    // but not simple: it does not break).
    every_character(b, |x, y, z| {
        (x < 0xc2) | one_column_letter(x, y, z) | ((x == 0xc2) & (y == 0xa0))
    })
}

fn longest_word(s: &str) -> usize {
    let count = Count::of(s);
    s.split_whitespace()
        .map(|w| count.width(w))
        .max()
        .unwrap_or(0)
}

/// Widen `need` for `text`, as shown (`plain` says whether it is, see `shown`).
fn measure(need: &mut Size, text: &str, fit: Fit, one_line: bool, plain: bool) {
    if one_line {
        need.natural = need.natural.max(width(&flatten(text)));
        return;
    }
    if fit == Fit::Words && (plain || plain_words(text, Count::of(text))) {
        let (natural, piece) = measure_plain(text.as_bytes());
        need.natural = need.natural.max(natural);
        need.piece = need.piece.max(piece);
        return;
    }
    if fit == Fit::Pieces
        && plain
        && !has_byte(text.as_bytes(), |x| matches!(x, b'\n' | b',' | b';'))
    {
        // One piece on one line (an id, a code, a date): as wide as its characters.
        let whole = characters(text.as_bytes());
        need.natural = need.natural.max(whole);
        need.piece = need.piece.max(whole);
        return;
    }
    // A plain text takes a column a character.
    let count = if plain { Count::Chars } else { Count::of(text) };
    for line in text.lines() {
        let whole = count.width(line);
        need.natural = need.natural.max(whole);
        // A line no wider than what the column already holds whole changes nothing.
        if whole <= need.piece {
            continue;
        }
        let piece = match fit {
            Fit::Words => line
                .split_whitespace()
                .map(|w| count.width(w))
                .max()
                .unwrap_or(0),
            Fit::Pieces if !line.contains([',', ';']) => whole,
            Fit::Pieces => pieces(line)
                .map(|p| count.width(p.trim_end()))
                .max()
                .unwrap_or(0),
        };
        need.piece = need.piece.max(piece);
    }
}

/// Whether any byte of `b` is one `is` accepts, in one pass the compiler vectorises.
fn has_byte(b: &[u8], is: impl Fn(u8) -> bool) -> bool {
    b.iter().fold(false, |any, &x| any | is(x))
}

/// The characters of UTF-8 `b`: every byte but the continuation bytes starts one.
fn characters(b: &[u8]) -> usize {
    b.iter().filter(|&&x| (x as i8) >= -0x40).count()
}

/// Whether `text` (counted by `count`) takes one column a character and breaks only at
/// spaces and line feeds: no tab, CR, form feed, vertical tab or no-break space, which
/// the general path measures and trims on their own terms. Nearly every cell is such a
/// text, and then one pass over its bytes measures or wraps it.
fn plain_words(text: &str, count: Count) -> bool {
    let b = text.as_bytes();
    // One pass over byte pairs (a no-break space is C2 A0).
    count != Count::Unicode
        && !b
            .iter()
            .zip(b.iter().skip(1).chain([&0]))
            .any(|(&x, &y)| matches!(x, b'\t' | b'\r' | 0x0b | 0x0c) | ((x == 0xc2) & (y == 0xa0)))
}

/// The widest line and the longest word of a plain text (see `plain_words`), in one pass:
/// every byte but the continuation bytes starts a character one column wide.
fn measure_plain(b: &[u8]) -> (usize, usize) {
    let (mut natural, mut piece, mut line, mut word) = (0, 0, 0, 0);
    for &x in b {
        match x {
            b'\n' => {
                natural = natural.max(line);
                piece = piece.max(word);
                (line, word) = (0, 0);
            }
            b' ' => {
                piece = piece.max(word);
                line += 1;
                word = 0;
            }
            _ if (x as i8) >= -0x40 => {
                line += 1;
                word += 1;
            }
            _ => {}
        }
    }
    (natural.max(line), piece.max(word))
}

/// `wrap_into` for one line of a plain text (see `plain_words`): the same breaks, found
/// in one pass over the bytes. A word is what runs up to the next space; a line break
/// falls before a word that would overflow; a word longer than the column is cut.
fn wrap_plain<'t>(line: &'t str, width: usize, lines: &mut Vec<(&'t str, usize)>) {
    let b = line.as_bytes();
    let starts = |k: usize| (b[k] as i8) >= -0x40;
    let emit = |lines: &mut Vec<(&'t str, usize)>, start: usize, end: usize, used: usize| {
        let made = &line[start..end];
        let kept = made.trim_end_matches(' ');
        lines.push((kept, used - (made.len() - kept.len())));
    };
    let (mut start, mut used, mut i) = (0, 0, 0);
    while i < b.len() {
        let at = i;
        let mut j = i;
        let mut w = 0;
        while j < b.len() && b[j] != b' ' {
            w += usize::from(starts(j));
            j += 1;
        }
        let space = usize::from(j < b.len());
        if used > 0 && used + w > width {
            emit(lines, start, at, used);
            (start, used) = (at, 0);
        }
        if w > width {
            // A word longer than the column: cut it, a last resort.
            for k in (at..j).filter(|&k| starts(k)) {
                if used + 1 > width && used > 0 {
                    emit(lines, start, k, used);
                    (start, used) = (k, 0);
                }
                used += 1;
            }
        } else {
            used += w;
        }
        used += space;
        i = j + space;
    }
    emit(lines, start, b.len(), used);
}

/// A cell's lines joined on one line, for output that is not wrapped.
fn flatten(text: &str) -> Cow<'_, str> {
    if text.contains('\n') {
        Cow::Owned(text.lines().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(text)
    }
}

/// The pieces of a line of a `Pieces` cell: list items, each with its separator.
fn pieces(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = line;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let cut = [", ", "; "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|i| i + sep.len()))
            .min()
            .unwrap_or(rest.len());
        let (piece, tail) = rest.split_at(cut);
        rest = tail;
        Some(piece)
    })
}

/// The frame a grid adds around n columns: "│ " + " ┆ " between + " │".
fn frame(n: usize) -> usize {
    3 * n + 1
}

fn layout(columns: &[Column], needs: &[Size], screen: Option<usize>) -> Layout {
    let Some(total) = screen else {
        return Layout::Line(needs.iter().map(|n| n.natural).collect());
    };
    let mins: Vec<usize> = needs
        .iter()
        .zip(columns)
        .map(|(n, c)| match c.fit {
            Fit::Pieces => n.piece.max(1),
            Fit::Words => n.natural.min(MIN_WORDS.max(n.piece.min(20))).max(1),
        })
        .collect();
    let fixed = frame(columns.len());
    if mins.iter().sum::<usize>() + fixed > total {
        let label = columns.iter().map(|c| width(&c.header)).max().unwrap_or(0);
        return Layout::Blocks {
            width: total,
            label,
        };
    }
    let mut widths = mins.clone();
    let mut spare = total - fixed - widths.iter().sum::<usize>();
    let mut give = |widths: &mut Vec<usize>, i: usize, upto: usize| {
        let more = upto.saturating_sub(widths[i]).min(spare);
        widths[i] += more;
        spare -= more;
    };
    // The first prose column is the table's main one (a title, a name): it gets room to
    // be read first, then the other prose a little, then lists and dates get to stay on
    // one line, then the main column and the others take what is left.
    let main = columns.iter().position(|c| c.fit == Fit::Words);
    let words: Vec<usize> = (0..columns.len())
        .filter(|&i| columns[i].fit == Fit::Words && Some(i) != main)
        .collect();
    if let Some(m) = main {
        give(&mut widths, m, needs[m].natural.min(40));
    }
    for &i in &words {
        give(&mut widths, i, needs[i].natural.min(24));
    }
    for (i, c) in columns.iter().enumerate() {
        if c.fit == Fit::Pieces {
            give(&mut widths, i, needs[i].natural);
        }
    }
    if let Some(m) = main {
        give(&mut widths, m, needs[m].natural);
    }
    for &i in &words {
        give(&mut widths, i, needs[i].natural);
    }
    Layout::Grid(widths)
}

/// Write prose after `lead` ("Kết quả: ", or nothing): on a screen `width` columns wide,
/// wrapped at words (never narrower than 20 columns), each line after the first under
/// the first; without a width (piped, a file), on one line. For the paragraphs and
/// labelled values around the tables of `kpi report` and `kpi show`.
pub fn write_prose(
    out: &mut dyn Write,
    lead: &str,
    text: &str,
    width: Option<usize>,
) -> io::Result<()> {
    let text = crate::render::nfc(text);
    let Some(w) = width else {
        return writeln!(out, "{lead}{text}");
    };
    let hang = lead.width();
    for (i, line) in wrap(&text, w.saturating_sub(hang).max(20), Fit::Words)
        .iter()
        .enumerate()
    {
        let line = line.trim_end();
        match i {
            0 => writeln!(out, "{lead}{line}")?,
            _ => writeln!(out, "{:hang$}{line}", "")?,
        }
    }
    Ok(())
}

/// Break `text` into lines of at most `width` columns as `fit` allows.
pub fn wrap(text: &str, width: usize, fit: Fit) -> Vec<&str> {
    let mut lines = Vec::new();
    wrap_into(text, width, fit, simple(text.as_bytes()), &mut lines);
    lines.into_iter().map(|(line, _)| line).collect()
}

/// Append to `lines` the lines of `text` (`plain` or not, see `plain`) broken at `width`
/// columns, each with the columns it takes. Every line is a slice of `text`: nothing is
/// copied.
fn wrap_into<'t>(
    text: &'t str,
    width: usize,
    fit: Fit,
    plain: bool,
    lines: &mut Vec<(&'t str, usize)>,
) {
    let first = lines.len();
    let one_line = memchr::memchr(b'\n', text.as_bytes()).is_none();
    if plain && fit == Fit::Words {
        // One pass a line: a line that fits comes out whole (its trailing spaces, which
        // the padding stands for, dropped). Most texts are one line.
        if one_line {
            wrap_plain(text, width, lines);
            return;
        }
        for line in text.lines() {
            wrap_plain(line, width, lines);
        }
        if lines.len() == first {
            lines.push(("", 0));
        }
        return;
    }
    // Most cells are one short line. (A plain text takes a column a character.)
    let count = if plain { Count::Chars } else { Count::of(text) };
    if one_line {
        let w = count.width(text);
        if w <= width {
            lines.push((text, w));
            return;
        }
    }
    let plain = fit == Fit::Words && plain_words(text, count);
    for line in text.lines() {
        if plain {
            wrap_plain(line, width, lines);
        } else {
            wrap_line(line, width, fit, count, lines);
        }
    }
    if lines.len() == first {
        lines.push(("", 0));
    }
}

/// `wrap_into` for one line of any text.
fn wrap_line<'t>(
    line: &'t str,
    width: usize,
    fit: Fit,
    count: Count,
    lines: &mut Vec<(&'t str, usize)>,
) {
    // The line being made is line[start..], `used` columns so far.
    let (mut start, mut used) = (0, 0);
    let emit = |lines: &mut Vec<(&'t str, usize)>, start: usize, end: usize, used: usize| {
        let made = &line[start..end];
        let kept = made.trim_end();
        let tail = &made[kept.len()..];
        // Spaces are one column each; other blanks are measured.
        let w = if tail.bytes().all(|b| b == b' ') {
            used - tail.len()
        } else {
            count.width(kept)
        };
        lines.push((kept, w));
    };
    let items: Box<dyn Iterator<Item = &str>> = match fit {
        Fit::Pieces => Box::new(pieces(line)),
        Fit::Words => Box::new(line.split_inclusive(' ')),
    };
    let mut pos = 0;
    for item in items {
        let at = pos;
        pos += item.len();
        let word = item.trim_end();
        let w = count.width(word);
        let blank = &item[word.len()..];
        let spaces = if blank.bytes().all(|b| b == b' ') {
            blank.len()
        } else {
            count.width(blank)
        };
        if used > 0 && used + w > width {
            emit(lines, start, at, used);
            (start, used) = (at, 0);
        }
        if fit == Fit::Words && w > width {
            // A word longer than the column: cut it, a last resort.
            let mut cut = at;
            for c in word.chars() {
                let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if used + cw > width && used > 0 {
                    emit(lines, start, cut, used);
                    (start, used) = (cut, 0);
                }
                used += cw;
                cut += c.len_utf8();
            }
        } else {
            used += w;
        }
        used += spaces;
    }
    emit(lines, start, line.len(), used);
}

/// What the writing of one run of rows remembers of each column: the last borrowed text
/// it wrapped and that text's lines. Rows come sorted, so a label, a day or a period
/// borrowed again by the next row is wrapped once. Only borrowed texts are remembered:
/// they stay where they are for the whole table, while the memory of an owned text may
/// hold the next row's.
#[derive(Default)]
struct Memo {
    columns: Vec<Remembered>,
    /// The memory of the last row's texts and lines, for the next row's.
    texts: Vec<(Cow<'static, str>, bool)>,
    lines: Vec<(&'static str, usize)>,
    ends: Vec<usize>,
}

/// `v` emptied, for items of another lifetime: the same memory, without allocating
/// (collecting a vector's own items in place keeps its buffer).
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter()
        .map(|_| unreachable!("the vector is empty"))
        .collect()
}

#[derive(Default)]
struct Remembered {
    /// The text's address and length.
    at: Option<(usize, usize)>,
    /// Its lines: offset, length and columns of each.
    lines: Vec<(usize, usize, usize)>,
}

impl Memo {
    fn at(t: &str) -> (usize, usize) {
        (t.as_ptr() as usize, t.len())
    }
}

impl Remembered {
    /// Append the lines of `text` at `width` columns to `lines`; `borrowed` is the cell's
    /// text when it was borrowed (`text` is that text as shown, `plain` or not).
    fn wrap<'t>(
        &mut self,
        borrowed: Option<&str>,
        (text, plain): (&'t str, bool),
        width: usize,
        fit: Fit,
        lines: &mut Vec<(&'t str, usize)>,
    ) {
        let as_is = borrowed.is_some_and(|t| Memo::at(t) == Memo::at(text));
        if as_is && self.at == Some(Memo::at(text)) {
            lines.extend(slices(text, &self.lines));
            return;
        }
        let first = lines.len();
        wrap_into(text, width, fit, plain, lines);
        if as_is {
            self.at = Some(Memo::at(text));
            self.lines.clear();
            self.lines.extend(offsets(text, &lines[first..]));
        }
    }
}

/// A table's layout, once measured: writes its parts into buffers (shared by the
/// threads that write rows).
struct Form<'c> {
    columns: &'c [Column],
    layout: Layout,
    colours: bool,
    /// A grid's line with every cell empty ("│ ", each column's width of spaces with
    /// " ┆ " between them, " │" and the line end), and where each cell's text begins in
    /// it. A line is written as runs of this blank line between its texts: the padding
    /// after a text and the empty cells up to the next text are one copy (most lines of
    /// a row are empty cells beside a wrapped title).
    blank: Vec<u8>,
    starts: Vec<usize>,
}

impl<'c> Form<'c> {
    fn new(columns: &'c [Column], layout: Layout, colours: bool) -> Form<'c> {
        let (mut blank, mut starts) = (Vec::new(), Vec::new());
        if let Layout::Grid(widths) | Layout::Line(widths) = &layout {
            blank.extend_from_slice("│ ".as_bytes());
            for (i, &w) in widths.iter().enumerate() {
                if i > 0 {
                    blank.extend_from_slice(" ┆ ".as_bytes());
                }
                starts.push(blank.len());
                blank.resize(blank.len() + w, b' ');
            }
            blank.extend_from_slice(" │\n".as_bytes());
        }
        Form {
            columns,
            layout,
            colours,
            blank,
            starts,
        }
    }
}

impl Form<'_> {
    fn paint(&self, s: &str, tint: Option<Tint>) -> String {
        match tint {
            Some(t) if self.colours && !s.is_empty() => format!("\x1b[{}m{s}\x1b[0m", t.code()),
            _ => s.to_string(),
        }
    }

    fn rule(
        &self,
        out: &mut Vec<u8>,
        left: &str,
        fill: &str,
        mid: &str,
        right: &str,
    ) -> io::Result<()> {
        let widths = match &self.layout {
            Layout::Grid(w) | Layout::Line(w) => w.clone(),
            _ => return Ok(()),
        };
        let parts: Vec<String> = widths.iter().map(|w| fill.repeat(w + 2)).collect();
        writeln!(out, "{left}{}{right}", parts.join(mid))
    }

    fn header(&self, out: &mut Vec<u8>) -> io::Result<()> {
        match &self.layout {
            Layout::Markdown => {
                let cells: Vec<String> = self
                    .columns
                    .iter()
                    .map(|c| super::md_cell(&c.header))
                    .collect();
                writeln!(out, "| {} |", cells.join(" | "))?;
                writeln!(out, "|{}", "---|".repeat(self.columns.len()))
            }
            Layout::Blocks { .. } => Ok(()),
            Layout::Grid(_) | Layout::Line(_) => {
                self.rule(out, "┌", "─", "┬", "┐")?;
                let cells: Vec<Cell> = self
                    .columns
                    .iter()
                    .map(|c| Cell::new(c.header.as_str()))
                    .collect();
                self.grid_row(out, &cells, &mut Memo::default(), None)?;
                self.rule(out, "╞", "═", "╪", "╡")
            }
        }
    }

    fn footer(&self, out: &mut Vec<u8>) -> io::Result<()> {
        self.rule(out, "└", "─", "┴", "┘")
    }

    fn row<'t>(
        &self,
        out: &mut Vec<u8>,
        cells: &[Cell<'t>],
        memo: &mut Memo,
        wraps: Option<&mut Wraps<'t>>,
    ) -> io::Result<()> {
        match &self.layout {
            Layout::Markdown => {
                out.extend_from_slice(b"| ");
                for (i, c) in cells.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b" | ");
                    }
                    super::push_md_cell(out, &c.text);
                }
                out.extend_from_slice(b" |\n");
                Ok(())
            }
            Layout::Blocks { width, label } => {
                let (width, label) = (*width, *label);
                self.block(out, cells, width, label)
            }
            Layout::Grid(_) | Layout::Line(_) => self.grid_row(out, cells, memo, wraps),
        }
    }

    fn grid_row<'t>(
        &self,
        out: &mut Vec<u8>,
        cells: &[Cell<'t>],
        memo: &mut Memo,
        mut wraps: Option<&mut Wraps<'t>>,
    ) -> io::Result<()> {
        let (widths, wrapped) = match &self.layout {
            Layout::Grid(w) => (w.as_slice(), true),
            Layout::Line(w) => (w.as_slice(), false),
            _ => unreachable!("grid_row is called for grids only"),
        };
        if memo.columns.len() < cells.len() {
            memo.columns.resize_with(cells.len(), Default::default);
        }
        let mut texts: Vec<(Cow<str>, bool)> = recycle(std::mem::take(&mut memo.texts));
        texts.extend(
            cells
                .iter()
                .zip(&memo.columns)
                .map(|(c, last)| match &c.text {
                    // The text this column wrapped last is shown as it is (see `Memo`).
                    Cow::Borrowed(t) if wrapped && last.at == Some(Memo::at(t)) => {
                        (Cow::Borrowed(*t), false)
                    }
                    _ => match shown_cell(c) {
                        (Cow::Borrowed(t), _) if !wrapped => (flatten(t), false),
                        (Cow::Owned(t), _) if !wrapped => {
                            (Cow::Owned(flatten(&t).into_owned()), false)
                        }
                        shown => shown,
                    },
                }),
        );
        // Every cell's lines, one after the other; `ends[i]` ends cell i's.
        let mut lines: Vec<(&str, usize)> = recycle(std::mem::take(&mut memo.lines));
        let mut ends = std::mem::take(&mut memo.ends);
        ends.clear();
        for (i, (((text, plain), column), &w)) in
            texts.iter().zip(self.columns).zip(widths).enumerate()
        {
            if wrapped {
                let borrowed = match &cells[i].text {
                    Cow::Borrowed(t) => Some(*t),
                    Cow::Owned(_) => None,
                };
                match (wraps.as_deref_mut(), borrowed) {
                    // A long text shown as it is, remembered across tables.
                    (Some(wraps), Some(t))
                        if column.fit == Fit::Words
                            && t.len() > w
                            && Memo::at(t) == Memo::at(text) =>
                    {
                        wraps.wrap(t, *plain, w, column.fit, &mut lines)
                    }
                    _ => memo.columns[i].wrap(borrowed, (text, *plain), w, column.fit, &mut lines),
                }
            } else {
                lines.push((text, width(text)));
            }
            ends.push(lines.len());
        }
        let mut height = 0;
        let mut begin = 0;
        for &end in &ends {
            height = height.max(end - begin);
            begin = end;
        }
        for k in 0..height {
            // Where the blank line is to be copied from next.
            let mut from = 0;
            let mut begin = 0;
            for (i, (&end, &w)) in ends.iter().zip(widths).enumerate() {
                let (text, used) = if begin + k < end {
                    lines[begin + k]
                } else {
                    ("", 0)
                };
                begin = end;
                if text.is_empty() {
                    continue;
                }
                out.extend_from_slice(&self.blank[from..self.starts[i]]);
                match cells[i].tint {
                    Some(t) if self.colours => {
                        out.extend_from_slice(b"\x1b[");
                        out.extend_from_slice(t.code().as_bytes());
                        out.push(b'm');
                        out.extend_from_slice(text.as_bytes());
                        out.extend_from_slice(b"\x1b[0m");
                    }
                    _ => out.extend_from_slice(text.as_bytes()),
                }
                // The padding goes on from the end of the text (wider ones push on).
                from = self.starts[i] + used.min(w);
            }
            out.extend_from_slice(&self.blank[from..]);
        }
        memo.lines = recycle(lines);
        memo.texts = recycle(texts);
        memo.ends = ends;
        Ok(())
    }

    /// A row as a block: the first cell alone, then `label: value` lines, indented.
    fn block(
        &self,
        out: &mut Vec<u8>,
        cells: &[Cell],
        width: usize,
        label: usize,
    ) -> io::Result<()> {
        let Some((first, rest)) = cells.split_first() else {
            return Ok(());
        };
        let (text, _) = shown_cell(first);
        for line in wrap(&text, width.max(10), Fit::Words) {
            writeln!(out, "{}", self.paint(line, first.tint))?;
        }
        // Values hang after the labels; a value with a piece too long for that goes
        // under its label, as far left as it must to stay whole.
        let hang = label + 4;
        for (cell, column) in rest.iter().zip(&self.columns[1..]) {
            let (text, _) = shown_cell(cell);
            if text.trim().is_empty() {
                continue;
            }
            let longest = text
                .lines()
                .flat_map(|l| match column.fit {
                    Fit::Pieces => pieces(l)
                        .map(|p| self::width(p.trim_end()))
                        .collect::<Vec<_>>(),
                    Fit::Words => vec![longest_word(l).min(12)],
                })
                .max()
                .unwrap_or(0);
            let indent = if hang + longest.max(12) <= width {
                hang
            } else if 4 + longest <= width {
                4
            } else {
                2
            };
            let lines = wrap(&text, width.saturating_sub(indent).max(8), column.fit);
            let head = format!("  {}:", column.header);
            let under = indent < hang;
            if under {
                writeln!(out, "{head}")?;
            }
            for (k, l) in lines.iter().enumerate() {
                let lead = if k == 0 && !under {
                    format!(
                        "{head}{}",
                        " ".repeat(indent.saturating_sub(self::width(&head)))
                    )
                } else {
                    " ".repeat(indent)
                };
                writeln!(out, "{lead}{}", self.paint(l, cell.tint))?;
            }
        }
        writeln!(out)
    }
}

#[cfg(test)]
mod tests;
