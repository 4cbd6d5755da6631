//! Excel workbooks (.xlsx), read with calamine. A workbook holds the appendix only: its
//! sheet is read as one table, rows above the headings included (table.rs reads those
//! as the appendix's heading lines). calamine gives a merged region's value to its first
//! cell only; kpi copies it to every cell the region covers, marked as merged across or
//! down (document.rs).

use calamine::{Data, Reader, Xlsx};

use super::document::{Block, Cell, Document, Origin, Table, clean};

/// Read every sheet of a workbook, one table each, in the workbook's order.
pub fn read(bytes: &[u8]) -> Result<Document, String> {
    let mut book: Xlsx<_> =
        Xlsx::new(std::io::Cursor::new(bytes)).map_err(|e| format!("xlsx: {e}"))?;
    let mut blocks = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| format!("{name}: {e}"))?;
        let merges = book.merge_cells_by_sheet_name(&name).unwrap_or_default();
        let Some((top, left)) = range.start() else {
            continue;
        };
        let (height, width) = range.get_size();
        let mut rows: Vec<Vec<Cell>> = (0..height)
            .map(|r| {
                (0..width)
                    .map(|c| {
                        let v = range.get((r, c)).map(text).unwrap_or_default();
                        Cell::own(v.lines().map(clean).collect::<Vec<_>>().join("\n"))
                    })
                    .collect()
            })
            .collect();
        for m in merges {
            let value = at(&rows, m.start, top, left).unwrap_or_default();
            for r in m.start.0..=m.end.0 {
                for c in m.start.1..=m.end.1 {
                    if (r, c) == m.start {
                        continue;
                    }
                    let origin = if r == m.start.0 {
                        Origin::Left
                    } else {
                        Origin::Above
                    };
                    if let Some(cell) = cell_mut(&mut rows, (r, c), top, left) {
                        *cell = Cell {
                            text: value.clone(),
                            origin,
                        };
                    }
                }
            }
        }
        blocks.push(Block::Table(Table { rows }.squared()));
    }
    Ok(Document {
        blocks,
        workbook: true,
    })
}

fn at(rows: &[Vec<Cell>], (r, c): (u32, u32), top: u32, left: u32) -> Option<String> {
    let row = rows.get(r.checked_sub(top)? as usize)?;
    Some(row.get(c.checked_sub(left)? as usize)?.text.clone())
}

fn cell_mut(rows: &mut [Vec<Cell>], (r, c): (u32, u32), top: u32, left: u32) -> Option<&mut Cell> {
    rows.get_mut(r.checked_sub(top)? as usize)?
        .get_mut(c.checked_sub(left)? as usize)
}

/// A cell's value as a person reads it: whole numbers without ".0" (a TT column typed as
/// numbers), dates as dd/mm/yyyy.
fn text(v: &Data) -> String {
    match v {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            // Serial days from 30/12/1899 (the 1900 date system, Excel's default).
            let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("a valid date");
            epoch
                .checked_add_days(chrono::Days::new(d.as_f64().max(0.0) as u64))
                .map(|t| t.format("%d/%m/%Y").to_string())
                .unwrap_or_default()
        }
        Data::Error(_) => String::new(),
    }
}
