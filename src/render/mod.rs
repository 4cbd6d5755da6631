//! Rendering results: a terminal table sized to the screen with long Vietnamese text
//! wrapped, CSV (RFC 4180), and Markdown. JSON is written by each command from its own
//! serde types. Text is shown in NFC so that NFD input lines up like NFC.

pub mod ics;
pub mod mail;

use std::io::Write;

use comfy_table::{ContentArrangement, Table as Comfy, presets};
use unicode_normalization::UnicodeNormalization;

use crate::cli::Format;

/// Rows of text cells under a header.
#[derive(Debug, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns that may wrap (long text); the others keep their content width. The first
    /// one listed (a title) takes the width that remains; the others wrap at 8 to 14
    /// columns, depending on the screen's width.
    pub wrap: Vec<usize>,
}

/// Width of the terminal on stdout, else `COLUMNS`, else 120.
pub fn width() -> u16 {
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return w;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w| w >= 40)
        .unwrap_or(120)
}

/// Text as displayed: NFC, so that NFD input takes the same columns.
pub fn nfc(s: &str) -> String {
    if crate::text::is_nfc(s) {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
            wrap: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    fn content_width(&self, col: usize) -> usize {
        use unicode_width::UnicodeWidthStr;
        self.rows
            .iter()
            .filter_map(|r| r.get(col))
            .chain(self.header.get(col))
            .flat_map(|c| c.lines())
            .map(|l| nfc(l).width())
            .max()
            .unwrap_or(0)
    }

    /// Write in `format` (not JSON). `width` sizes the terminal table.
    pub fn write(&self, format: Format, width: u16, out: &mut dyn Write) -> std::io::Result<()> {
        match format {
            Format::Csv => {
                writeln!(
                    out,
                    "{}",
                    self.header
                        .iter()
                        .map(|c| csv_field(c))
                        .collect::<Vec<_>>()
                        .join(",")
                )?;
                for r in &self.rows {
                    writeln!(
                        out,
                        "{}",
                        r.iter()
                            .map(|c| csv_field(&nfc(c)))
                            .collect::<Vec<_>>()
                            .join(",")
                    )?;
                }
            }
            Format::Md => {
                writeln!(out, "| {} |", self.header.join(" | "))?;
                writeln!(out, "|{}", "---|".repeat(self.header.len()))?;
                for r in &self.rows {
                    let cells: Vec<String> = r.iter().map(|c| md_cell(&nfc(c))).collect();
                    writeln!(out, "| {} |", cells.join(" | "))?;
                }
            }
            // JSON and iCalendar are written by their own writers.
            Format::Table | Format::Json | Format::Ics => {
                let mut t = Comfy::new();
                t.load_style(presets::UTF8_FULL_CONDENSED)
                    .set_content_arrangement(ContentArrangement::Dynamic)
                    .set_width(width)
                    .set_header(self.header.iter().map(|h| nfc(h)));
                for r in &self.rows {
                    t.add_row(r.iter().map(|c| nfc(c)));
                }
                // Short columns (ids, dates, codes) keep their width unless the screen is
                // too narrow for them; long text wraps in what remains.
                let fixed: usize = (0..self.header.len())
                    .filter(|i| !self.wrap.contains(i))
                    .map(|i| self.content_width(i) + 3)
                    .sum();
                let cap = usize::from(width.saturating_sub(60) / 4).clamp(8, 14);
                let narrow = self
                    .wrap
                    .iter()
                    .skip(1)
                    .map(|&i| self.content_width(i).min(cap) + 3)
                    .sum::<usize>();
                if !self.wrap.is_empty() && fixed + narrow + 12 < usize::from(width) {
                    use comfy_table::{ColumnConstraint, Width};
                    for i in 0..self.header.len() {
                        let constraint = if !self.wrap.contains(&i) {
                            ColumnConstraint::ContentWidth
                        } else if i != self.wrap[0] {
                            ColumnConstraint::UpperBoundary(Width::Fixed(cap as u16))
                        } else {
                            continue;
                        };
                        if let Some(c) = t.column_mut(i) {
                            c.set_constraint(constraint);
                        }
                    }
                }
                writeln!(out, "{t}")?;
            }
        }
        Ok(())
    }
}

/// Write `value` as pretty JSON and a newline: the `--format json` of every command.
pub fn write_json(
    out: &mut dyn Write,
    value: &impl serde::Serialize,
) -> Result<(), crate::UsageError> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| crate::UsageError(e.to_string()))?;
    writeln!(out)?;
    Ok(())
}

/// `date` as `2024-06-30`, as chrono writes it, without the formatting machinery (a
/// long CSV list has two dates a row).
pub fn push_date(out: &mut Vec<u8>, date: chrono::NaiveDate) {
    use chrono::Datelike;
    let year = date.year();
    if !(0..=9999).contains(&year) {
        out.extend_from_slice(date.to_string().as_bytes());
        return;
    }
    let digits = |n: u32, width: usize, out: &mut Vec<u8>| {
        for k in (0..width).rev() {
            out.push(b'0' + (n / 10u32.pow(k as u32) % 10) as u8);
        }
    };
    digits(year as u32, 4, out);
    out.push(b'-');
    digits(date.month(), 2, out);
    out.push(b'-');
    digits(date.day(), 2, out);
}

/// Write a CSV field, quoted when it needs it (RFC 4180), without allocating.
pub fn write_csv_field<W: Write + ?Sized>(out: &mut W, s: &str) -> std::io::Result<()> {
    if !s.contains([',', '"', '\n', '\r']) {
        return out.write_all(s.as_bytes());
    }
    out.write_all(b"\"")?;
    for (i, part) in s.split('"').enumerate() {
        if i > 0 {
            out.write_all(b"\"\"")?;
        }
        out.write_all(part.as_bytes())?;
    }
    out.write_all(b"\"")
}

/// Quote a CSV field when it needs it (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A Markdown table cell: one line, pipes escaped.
pub fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        let mut day = NaiveDate::from_ymd_opt(1999, 12, 25).unwrap();
        let mut out = Vec::new();
        for _ in 0..800 {
            out.clear();
            super::push_date(&mut out, day);
            assert_eq!(String::from_utf8_lossy(&out), day.to_string());
            day = day + chrono::Days::new(17);
        }
        for (y, m, d) in [
            (0, 1, 1),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 5),
            (5, 3, 9),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            out.clear();
            super::push_date(&mut out, date);
            assert_eq!(String::from_utf8_lossy(&out), date.to_string());
        }
    }
}
