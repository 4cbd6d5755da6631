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

use crate::cli::Format;

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
}

impl<'a> Cell<'a> {
    pub fn new(text: impl Into<Cow<'a, str>>) -> Cell<'a> {
        Cell {
            text: text.into(),
            tint: None,
        }
    }
    pub fn tinted(text: impl Into<Cow<'a, str>>, tint: Tint) -> Cell<'a> {
        Cell {
            text: text.into(),
            tint: Some(tint),
        }
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

/// What a column needs, found in the first pass.
#[derive(Clone, Copy, Debug, Default)]
struct Need {
    /// The widest line as written.
    natural: usize,
    /// The widest piece that must stay whole.
    piece: usize,
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

/// Write a table of `rows` (made by `row`, called twice per item) to `out` in `format`
/// (table or Markdown).
pub fn write<T>(
    out: &mut dyn Write,
    format: Format,
    screen: Screen,
    columns: &[Column],
    items: &[T],
    row: impl Fn(&T) -> Vec<Cell<'_>>,
) -> io::Result<()> {
    let mut needs: Vec<Need> = columns
        .iter()
        .map(|c| Need {
            natural: width(&c.header),
            piece: if c.fit == Fit::Words {
                longest_word(&c.header)
            } else {
                width(&c.header)
            },
        })
        .collect();
    let markdown = format == Format::Md;
    if !markdown {
        for item in items {
            for (need, (cell, column)) in needs.iter_mut().zip(row(item).iter().zip(columns)) {
                measure(need, &shown(&cell.text), column.fit, screen.width.is_none());
            }
        }
    }
    let layout = if markdown {
        Layout::Markdown
    } else {
        layout(columns, &needs, screen.width)
    };
    let mut w = Writer {
        out,
        columns,
        layout,
        colours: screen.colours,
    };
    w.header()?;
    for item in items {
        w.row(&row(item))?;
    }
    w.footer()
}

/// Text as shown: NFC, control characters escaped (render::nfc).
fn shown(s: &str) -> Cow<'_, str> {
    let plain = crate::text::is_nfc(s) && !crate::text::may_hold_control(s.as_bytes());
    if plain {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(super::nfc(s))
    }
}

fn width(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.width() }
}

fn longest_word(s: &str) -> usize {
    s.split_whitespace().map(width).max().unwrap_or(0)
}

fn measure(need: &mut Need, text: &str, fit: Fit, one_line: bool) {
    if one_line {
        need.natural = need.natural.max(width(&flatten(text)));
        return;
    }
    for line in text.lines() {
        need.natural = need.natural.max(width(line));
        let piece = match fit {
            Fit::Words => longest_word(line),
            Fit::Pieces => pieces(line).map(|p| width(p.trim_end())).max().unwrap_or(0),
        };
        need.piece = need.piece.max(piece);
    }
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

fn layout(columns: &[Column], needs: &[Need], screen: Option<usize>) -> Layout {
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

/// Break `text` into lines of at most `width` columns as `fit` allows.
pub fn wrap(text: &str, width: usize, fit: Fit) -> Vec<String> {
    // Most cells are one short line.
    if !text.contains('\n') && width_of(text) <= width {
        return vec![text.to_string()];
    }
    let mut lines = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        let mut used = 0;
        let items: Vec<&str> = match fit {
            Fit::Pieces => pieces(line).collect(),
            Fit::Words => line.split_inclusive(' ').collect(),
        };
        for item in items {
            let w = width_of(item.trim_end());
            if used > 0 && used + w > width {
                lines.push(current.trim_end().to_string());
                current.clear();
                used = 0;
            }
            if fit == Fit::Words && w > width {
                // A word longer than the column: cut it, a last resort.
                for c in item.trim_end().chars() {
                    let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    if used + cw > width && used > 0 {
                        lines.push(std::mem::take(&mut current));
                        used = 0;
                    }
                    current.push(c);
                    used += cw;
                }
                current.push(' ');
                used += 1;
                continue;
            }
            current.push_str(item);
            used += width_of(item);
        }
        lines.push(current.trim_end().to_string());
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

fn width_of(s: &str) -> usize {
    width(s)
}

struct Writer<'o, 'c> {
    out: &'o mut dyn Write,
    columns: &'c [Column],
    layout: Layout,
    colours: bool,
}

impl Writer<'_, '_> {
    fn paint(&self, s: &str, tint: Option<Tint>) -> String {
        match tint {
            Some(t) if self.colours && !s.is_empty() => format!("\x1b[{}m{s}\x1b[0m", t.code()),
            _ => s.to_string(),
        }
    }

    fn rule(&mut self, left: &str, fill: &str, mid: &str, right: &str) -> io::Result<()> {
        let widths = match &self.layout {
            Layout::Grid(w) | Layout::Line(w) => w.clone(),
            _ => return Ok(()),
        };
        let parts: Vec<String> = widths.iter().map(|w| fill.repeat(w + 2)).collect();
        writeln!(self.out, "{left}{}{right}", parts.join(mid))
    }

    fn header(&mut self) -> io::Result<()> {
        match &self.layout {
            Layout::Markdown => {
                let cells: Vec<String> = self
                    .columns
                    .iter()
                    .map(|c| super::md_cell(&c.header))
                    .collect();
                writeln!(self.out, "| {} |", cells.join(" | "))?;
                writeln!(self.out, "|{}", "---|".repeat(self.columns.len()))
            }
            Layout::Blocks { .. } => Ok(()),
            Layout::Grid(_) | Layout::Line(_) => {
                self.rule("┌", "─", "┬", "┐")?;
                let cells: Vec<Cell> = self
                    .columns
                    .iter()
                    .map(|c| Cell::new(c.header.as_str()))
                    .collect();
                self.grid_row(&cells)?;
                self.rule("╞", "═", "╪", "╡")
            }
        }
    }

    fn footer(&mut self) -> io::Result<()> {
        self.rule("└", "─", "┴", "┘")
    }

    fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        match &self.layout {
            Layout::Markdown => {
                let shown: Vec<String> = cells.iter().map(|c| super::md_cell(&c.text)).collect();
                writeln!(self.out, "| {} |", shown.join(" | "))
            }
            Layout::Blocks { width, label } => {
                let (width, label) = (*width, *label);
                self.block(cells, width, label)
            }
            Layout::Grid(_) | Layout::Line(_) => self.grid_row(cells),
        }
    }

    fn grid_row(&mut self, cells: &[Cell]) -> io::Result<()> {
        let (widths, wrapped) = match &self.layout {
            Layout::Grid(w) => (w.clone(), true),
            Layout::Line(w) => (w.clone(), false),
            _ => unreachable!("grid_row is called for grids only"),
        };
        let lines: Vec<Vec<String>> = cells
            .iter()
            .zip(self.columns)
            .zip(&widths)
            .map(|((cell, column), &w)| {
                let text = shown(&cell.text);
                if wrapped {
                    wrap(&text, w, column.fit)
                } else {
                    vec![flatten(&text).into_owned()]
                }
            })
            .collect();
        let height = lines.iter().map(Vec::len).max().unwrap_or(1);
        // The row is put together in one buffer and written at once.
        let mut buf: Vec<u8> = Vec::with_capacity(widths.iter().sum::<usize>() * 2 + 64);
        for k in 0..height {
            buf.extend_from_slice("│".as_bytes());
            for (i, (cell_lines, &w)) in lines.iter().zip(&widths).enumerate() {
                let text = cell_lines.get(k).map_or("", String::as_str);
                let pad = w.saturating_sub(width(text));
                buf.push(b' ');
                match cells[i].tint {
                    Some(t) if self.colours && !text.is_empty() => {
                        buf.extend_from_slice(b"\x1b[");
                        buf.extend_from_slice(t.code().as_bytes());
                        buf.push(b'm');
                        buf.extend_from_slice(text.as_bytes());
                        buf.extend_from_slice(b"\x1b[0m");
                    }
                    _ => buf.extend_from_slice(text.as_bytes()),
                }
                buf.resize(buf.len() + pad, b' ');
                buf.extend_from_slice(if i + 1 == widths.len() {
                    " │\n".as_bytes()
                } else {
                    " ┆".as_bytes()
                });
            }
        }
        self.out.write_all(&buf)
    }

    /// A row as a block: the first cell alone, then `label: value` lines, indented.
    fn block(&mut self, cells: &[Cell], width: usize, label: usize) -> io::Result<()> {
        let Some((first, rest)) = cells.split_first() else {
            return Ok(());
        };
        let text = shown(&first.text);
        for line in wrap(&text, width.max(10), Fit::Words) {
            writeln!(self.out, "{}", self.paint(&line, first.tint))?;
        }
        // Values hang after the labels; a value with a piece too long for that goes
        // under its label, as far left as it must to stay whole.
        let hang = label + 4;
        for (cell, column) in rest.iter().zip(&self.columns[1..]) {
            let text = shown(&cell.text);
            if text.trim().is_empty() {
                continue;
            }
            let longest = text
                .lines()
                .flat_map(|l| match column.fit {
                    Fit::Pieces => pieces(l)
                        .map(|p| width_of(p.trim_end()))
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
                writeln!(self.out, "{head}")?;
            }
            for (k, l) in lines.iter().enumerate() {
                let lead = if k == 0 && !under {
                    format!(
                        "{head}{}",
                        " ".repeat(indent.saturating_sub(width_of(&head)))
                    )
                } else {
                    " ".repeat(indent)
                };
                writeln!(self.out, "{lead}{}", self.paint(l, cell.tint))?;
            }
        }
        writeln!(self.out)
    }
}

#[cfg(test)]
mod tests;
