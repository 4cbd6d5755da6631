//! The one xlsx writer (`--format xlsx`, DESIGN.md 6.4): commands give sheets of typed
//! cells; this writes a workbook with rust_xlsxwriter.
//!
//! Each sheet has its header on the first row, frozen, with an autofilter over the data;
//! column widths follow the content (prose wraps at a cap); dates are real dates shown
//! dd/mm/yyyy; statuses are coloured as on a terminal (overdue red, due yellow, done
//! green). A totals row and a share ("% done") are formulas, each with its computed
//! value stored beside it: Excel recomputes on opening, LibreOffice and viewers that
//! do not (and openpyxl, calamine) show the stored value; without it they show 0.
//!
//! Text is written as text (a cell starting with `=` stays text: nothing runs), with
//! control characters shown as escapes as everywhere else. The file's creation time is
//! the as-of day, so that one input writes one file.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook,
    Worksheet, XlsxError,
};

use crate::render::table::Tint;

/// How a column's cells are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Short text: codes, ids, keys.
    Code,
    /// Prose that wraps: titles, names.
    Words,
    Date,
    /// A count: summed in the totals row.
    Count,
    /// A signed number that is not summed (days left or late).
    Number,
    /// A share of other columns (`Value::Share`), shown as a percentage.
    Percent,
}

#[derive(Clone, Debug)]
pub struct Column {
    pub header: String,
    pub kind: Kind,
}

impl Column {
    pub fn new(header: impl Into<String>, kind: Kind) -> Column {
        Column {
            header: header.into(),
            kind,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    /// Text with a status colour (a status label).
    Tinted(String, Option<Tint>),
    Date(NaiveDate),
    Int(i64),
    /// A count with a status colour (overdue counts in red).
    TintedInt(i64, Tint),
    /// `(sum of the columns in parts) / whole`, written as a formula with its value;
    /// blank when `whole` is 0. Columns are counted from 0 in the sheet.
    Share {
        parts: Vec<usize>,
        whole: usize,
    },
}

impl Value {
    /// The number a count cell holds (0 for any other cell).
    fn int(&self) -> i64 {
        match self {
            Value::Int(i) | Value::TintedInt(i, _) => *i,
            _ => 0,
        }
    }
}

pub struct Sheet {
    pub name: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Value>>,
    /// A last row labelled so, with the sum of each `Count` column and the share of each
    /// `Percent` column, as formulas.
    pub totals: Option<String>,
}

/// The workbook of `sheets`, as bytes; `stamp` is its creation day.
pub fn workbook(sheets: &[Sheet], stamp: NaiveDate) -> Result<Vec<u8>, String> {
    build(sheets, stamp).map_err(|e| e.to_string())
}

fn build(sheets: &[Sheet], stamp: NaiveDate) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let created =
        ExcelDateTime::from_ymd(stamp.year() as u16, stamp.month() as u8, stamp.day() as u8)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    for sheet in sheets {
        let ws = book.add_worksheet();
        write_sheet(ws, sheet)?;
    }
    book.save_to_buffer()
}

/// Colours of statuses: a light fill and a dark font of the same hue.
fn tint_format(base: &Format, tint: Tint) -> Format {
    let (fill, font) = match tint {
        Tint::Red => (0xF8CBAD, 0x9C0006),
        Tint::Yellow => (0xFFE699, 0x7F6000),
        Tint::Green => (0xC6EFCE, 0x006100),
        Tint::Dim => (0xEDEDED, 0x595959),
    };
    base.clone()
        .set_background_color(Color::RGB(fill))
        .set_font_color(Color::RGB(font))
}

/// `A1`-style reference of a cell (row and column from 0).
pub fn cell(row: u32, col: usize) -> String {
    let mut name = String::new();
    let mut n = col + 1;
    while n > 0 {
        let r = (n - 1) % 26;
        name.insert(0, (b'A' + r as u8) as char);
        n = (n - 1) / 26;
    }
    format!("{name}{}", row + 1)
}

/// The widest a column is made, in characters; prose wraps beyond it.
const MAX_WIDTH: usize = 60;

fn shown(s: &str) -> String {
    crate::render::nfc(s)
}

fn text_width(s: &str) -> usize {
    s.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

fn write_sheet(ws: &mut Worksheet, sheet: &Sheet) -> Result<(), XlsxError> {
    ws.set_name(&sheet.name)?;
    let border = Format::new().set_border(FormatBorder::Thin);
    let header = border
        .clone()
        .set_bold()
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let words = border.clone().set_text_wrap().set_align(FormatAlign::Top);
    let plain = border.clone().set_align(FormatAlign::Top);
    let date = plain.clone().set_num_format("dd/mm/yyyy");
    let percent = plain.clone().set_num_format("0.0%");
    let bold = |f: &Format| f.clone().set_bold();

    let n = sheet.columns.len();
    let mut widths: Vec<usize> = sheet
        .columns
        .iter()
        .map(|c| text_width(&c.header).min(24))
        .collect();
    for (col, c) in sheet.columns.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, shown(&c.header), &header)?;
    }
    let mut row: u32 = 1;
    for values in &sheet.rows {
        for (col, v) in values.iter().enumerate().take(n) {
            let kind = sheet.columns[col].kind;
            let base = if kind == Kind::Words { &words } else { &plain };
            let c = col as u16;
            let w = match v {
                Value::Empty => {
                    ws.write_blank(row, c, base)?;
                    0
                }
                Value::Text(t) => {
                    let t = shown(t);
                    ws.write_string_with_format(row, c, &t, base)?;
                    text_width(&t)
                }
                Value::Tinted(t, tint) => {
                    let t = shown(t);
                    match tint {
                        Some(tint) => {
                            ws.write_string_with_format(row, c, &t, &tint_format(base, *tint))?
                        }
                        None => ws.write_string_with_format(row, c, &t, base)?,
                    };
                    text_width(&t)
                }
                Value::Date(d) => {
                    let x =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    ws.write_datetime_with_format(row, c, &x, &date)?;
                    10
                }
                Value::Int(i) => {
                    ws.write_number_with_format(row, c, *i as f64, base)?;
                    i.to_string().len()
                }
                Value::TintedInt(i, tint) => {
                    ws.write_number_with_format(row, c, *i as f64, &tint_format(base, *tint))?;
                    i.to_string().len()
                }
                Value::Share { parts, whole } => {
                    let f = share(values, row, parts, *whole);
                    ws.write_formula_with_format(row, c, f, &percent)?;
                    6
                }
            };
            widths[col] = widths[col].max(w);
        }
        row += 1;
    }
    let last_data = row - 1;
    if let Some(label) = &sheet.totals {
        let first = 1;
        let mut sums: Vec<Value> = vec![Value::Empty; n];
        for (col, c) in sheet.columns.iter().enumerate() {
            let cc = col as u16;
            match c.kind {
                Kind::Count => {
                    let total: i64 = sheet
                        .rows
                        .iter()
                        .map(|r| r.get(col).map_or(0, Value::int))
                        .sum();
                    sums[col] = Value::Int(total);
                    let f = if last_data >= first {
                        format!("=SUM({}:{})", cell(first, col), cell(last_data, col))
                    } else {
                        "=0".to_string()
                    };
                    let f = Formula::new(f).set_result(total.to_string());
                    ws.write_formula_with_format(row, cc, f, &bold(&plain))?;
                }
                _ => {
                    ws.write_blank(row, cc, &bold(&plain))?;
                }
            }
        }
        for (col, c) in sheet.columns.iter().enumerate() {
            if c.kind != Kind::Percent {
                continue;
            }
            // The share of the totals row, from its own sums.
            let template = sheet.rows.first().and_then(|r| r.get(col));
            if let Some(Value::Share { parts, whole }) = template {
                let f = share(&sums, row, parts, *whole);
                ws.write_formula_with_format(row, col as u16, f, &bold(&percent))?;
            }
        }
        ws.write_string_with_format(row, 0, shown(label), &bold(&plain))?;
        widths[0] = widths[0].max(text_width(label));
    }
    ws.set_freeze_panes(1, 0)?;
    if n > 0 {
        ws.autofilter(0, 0, last_data.max(1), (n - 1) as u16)?;
    }
    for (col, c) in sheet.columns.iter().enumerate() {
        let cap = if c.kind == Kind::Words { MAX_WIDTH } else { 40 };
        // Room for the autofilter's arrow beside the header.
        let w = (widths[col] + 3).min(cap).max(6);
        ws.set_column_width(col as u16, w as f64)?;
    }
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_repeat_rows(0, 0)?;
    ws.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// What a share shows when there is nothing to share.
const NONE: &str = "—";

/// `=IF(W=0,"—",(P1+P2)/W)` over the cells of `row`, with the value it computes from
/// `values` stored as its result.
fn share(values: &[Value], row: u32, parts: &[usize], whole: usize) -> Formula {
    let int = |c: usize| values.get(c).map_or(0, Value::int);
    let sum: i64 = parts.iter().map(|&c| int(c)).sum();
    let w = int(whole);
    let refs: Vec<String> = parts.iter().map(|&c| cell(row, c)).collect();
    // Nothing owed shows "—", as the tables do (an empty text cannot be stored as a
    // formula's value: the writer would store 0).
    let text = format!(
        "=IF({w_ref}=0,\"{NONE}\",({parts})/{w_ref})",
        w_ref = cell(row, whole),
        parts = refs.join("+")
    );
    let result = if w == 0 {
        NONE.to_string()
    } else {
        // Excel stores the full number; a viewer formats it as a percentage.
        format!("{}", sum as f64 / w as f64)
    };
    Formula::new(text).set_result(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_a_spreadsheet_names_them() {
        for (row, col, name) in [
            (0, 0, "A1"),
            (1, 1, "B2"),
            (9, 25, "Z10"),
            (0, 26, "AA1"),
            (0, 27, "AB1"),
            (4, 51, "AZ5"),
            (0, 52, "BA1"),
            (0, 701, "ZZ1"),
            (0, 702, "AAA1"),
        ] {
            assert_eq!(cell(row, col), name, "({row}, {col})");
        }
    }
}
