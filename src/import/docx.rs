//! Word documents (.docx): `word/document.xml` read with quick-xml into paragraphs and
//! tables. Merges come from the cell properties: `w:gridSpan` (merged across) and
//! `w:vMerge` (merged down; a cell without `w:val="restart"` continues the one above).
//! Why kpi reads the XML itself rather than through a docx crate: docs/decisions.md.
//!
//! Tables of the page layout (the header with the organisation and the motto, the
//! signature block) are tables too; table.rs decides which table is the appendix, and
//! the others are read as lines.

use std::io::Read;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::document::{Block, Cell, Document, Origin, Table, clean};

/// The most text kpi takes out of one part of a document: no plan comes near it, and a
/// file that inflates beyond it is refused rather than read.
const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

/// Read the main part of a .docx.
pub fn read(bytes: &[u8]) -> Result<Document, String> {
    let xml = part(bytes, "word/document.xml")?;
    parse(&xml)
}

/// One part of an Office file (a zip archive), as text.
pub fn part(bytes: &[u8], name: &str) -> Result<String, String> {
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| format!("zip: {e}"))?;
    let file = zip.by_name(name).map_err(|e| format!("{name}: {e}"))?;
    let mut xml = String::new();
    file.take(MAX_XML_BYTES + 1)
        .read_to_string(&mut xml)
        .map_err(|e| format!("{name}: {e}"))?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err(format!("{name} is larger than {} MiB", MAX_XML_BYTES >> 20));
    }
    Ok(xml)
}

/// A table being read: rows of cells as written, before the grid is built.
#[derive(Default)]
struct RawTable {
    rows: Vec<Vec<RawCell>>,
}

#[derive(Default)]
struct RawCell {
    paragraphs: Vec<String>,
    span: usize,
    /// `Some(true)`: starts a vertical merge; `Some(false)`: continues one.
    vmerge: Option<bool>,
    /// Grid columns skipped before this cell (`w:gridBefore` of its row).
    before: usize,
}

fn val(e: &BytesStart) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == "val")
        .map(|a| a.value.into_owned())
}

/// Parse `word/document.xml`.
pub fn parse(xml: &str) -> Result<Document, String> {
    let mut reader = Reader::from_str(xml);
    let mut blocks = Vec::new();
    // Open tables, innermost last: a table inside a cell is read as text of that cell.
    let mut tables: Vec<RawTable> = Vec::new();
    let mut para: Option<String> = None;
    let mut in_text = false;
    // Deleted text of tracked changes is not the document's text.
    let mut deleted = 0usize;
    let mut pending_before = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("word/document.xml: {e}"))?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "tbl" => tables.push(RawTable::default()),
                "tr" => {
                    if let Some(t) = tables.last_mut() {
                        t.rows.push(Vec::new());
                    }
                    pending_before = 0;
                }
                "tc" => {
                    if let Some(row) = tables.last_mut().and_then(|t| t.rows.last_mut()) {
                        row.push(RawCell {
                            span: 1,
                            before: std::mem::take(&mut pending_before),
                            ..RawCell::default()
                        });
                    }
                }
                "p" => para = Some(String::new()),
                "t" => in_text = deleted == 0,
                "del" => deleted += 1,
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "gridSpan" => {
                    if let Some(cell) = current_cell(&mut tables) {
                        cell.span = val(&e).and_then(|v| v.parse().ok()).unwrap_or(1).max(1);
                    }
                }
                "vMerge" => {
                    if let Some(cell) = current_cell(&mut tables) {
                        cell.vmerge = Some(val(&e).as_deref() == Some("restart"));
                    }
                }
                "gridBefore" => {
                    pending_before = val(&e).and_then(|v| v.parse().ok()).unwrap_or(0);
                }
                "tab" | "br" | "cr" => {
                    if let Some(p) = para.as_mut() {
                        p.push(if e.local_name().as_ref() == "br" {
                            '\n'
                        } else {
                            ' '
                        });
                    }
                }
                "p" => push_paragraph(&mut blocks, &mut tables, String::new()),
                _ => {}
            },
            Event::Text(t) if in_text => {
                if let Some(p) = para.as_mut() {
                    p.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_text => {
                if let Some(p) = para.as_mut() {
                    let c = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c),
                        _ => match r.xml10_content().as_ref() {
                            "amp" => Some('&'),
                            "lt" => Some('<'),
                            "gt" => Some('>'),
                            "quot" => Some('"'),
                            "apos" => Some('\''),
                            _ => None,
                        },
                    };
                    p.extend(c);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "del" => deleted = deleted.saturating_sub(1),
                "p" => {
                    let text = para.take().unwrap_or_default();
                    push_paragraph(&mut blocks, &mut tables, text);
                }
                "tbl" => {
                    let Some(done) = tables.pop() else { continue };
                    let grid = grid(done);
                    match tables
                        .last_mut()
                        .and_then(|t| t.rows.last_mut()?.last_mut())
                    {
                        // A nested table: its rows become lines of the outer cell.
                        Some(cell) => cell.paragraphs.extend(grid.rows.iter().map(|r| {
                            r.iter()
                                .filter(|c| c.origin == Origin::Own)
                                .map(|c| c.text.as_str())
                                .collect::<Vec<_>>()
                                .join(" ")
                        })),
                        None => blocks.push(Block::Table(grid)),
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(Document {
        blocks,
        workbook: false,
    })
}

fn current_cell(tables: &mut [RawTable]) -> Option<&mut RawCell> {
    tables.last_mut()?.rows.last_mut()?.last_mut()
}

/// A finished paragraph goes to the cell it is in, or to the document.
fn push_paragraph(blocks: &mut Vec<Block>, tables: &mut [RawTable], text: String) {
    match current_cell(tables) {
        Some(cell) => cell.paragraphs.push(text),
        None => {
            // A line break inside a paragraph starts a new line (a signer's title on two
            // lines, "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC").
            for line in text.split('\n') {
                blocks.push(Block::Line(clean(line)));
            }
        }
    }
}

/// Lay the cells of a table on its grid: a cell spanning n columns covers n-1 cells to
/// its right, a cell continuing a vertical merge takes the text of the cell above.
fn grid(raw: RawTable) -> Table {
    let mut rows: Vec<Vec<Cell>> = Vec::with_capacity(raw.rows.len());
    for raw_row in raw.rows {
        let mut row: Vec<Cell> = Vec::new();
        for cell in raw_row {
            row.extend((0..cell.before).map(|_| Cell::own("")));
            // Paragraphs of a cell stay on lines of their own: the header's cells hold
            // "SỞ Y TẾ" over "Số: 12/KH-SYT"; a task's cell is read as one text.
            let text = cell
                .paragraphs
                .iter()
                .flat_map(|p| p.split('\n'))
                .map(clean)
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            let col = row.len();
            let first = match cell.vmerge {
                Some(false) => {
                    let above = rows
                        .last()
                        .and_then(|r| r.get(col))
                        .map(|c| c.text.clone())
                        .unwrap_or_default();
                    Cell {
                        text: above,
                        origin: Origin::Above,
                    }
                }
                _ => Cell::own(text),
            };
            let copy = first.text.clone();
            let covered = if first.origin == Origin::Above {
                Origin::Above
            } else {
                Origin::Left
            };
            row.push(first);
            for _ in 1..cell.span {
                row.push(Cell {
                    text: copy.clone(),
                    origin: covered,
                });
            }
        }
        rows.push(row);
    }
    Table { rows }.squared()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> Document {
        let xml = format!(
            r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>{body}</w:body></w:document>"#
        );
        parse(&xml).unwrap()
    }

    fn tc(props: &str, text: &str) -> String {
        format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>")
    }

    #[test]
    fn merges_across_and_down_are_laid_on_the_grid() {
        let body = format!(
            "<w:p><w:r><w:t>Số: 12/KH-SYT</w:t></w:r><w:r><w:br/><w:t>dòng hai</w:t></w:r></w:p>\
             <w:tbl>\
               <w:tr>{}{}{}</w:tr>\
               <w:tr>{}{}{}</w:tr>\
               <w:tr>{}{}{}</w:tr>\
             </w:tbl>",
            tc("", "TT"),
            tc("<w:gridSpan w:val=\"2\"/>", "PHÂN CÔNG"),
            "",
            tc("", "I"),
            tc("<w:vMerge w:val=\"restart\"/>", "Văn phòng &amp; Thanh tra"),
            tc("", "x"),
            tc("", "1"),
            tc("<w:vMerge/>", ""),
            tc("", "y"),
        );
        let d = doc(&body);
        assert_eq!(d.blocks[0], Block::Line("Số: 12/KH-SYT".into()));
        assert_eq!(d.blocks[1], Block::Line("dòng hai".into()));
        let Block::Table(t) = &d.blocks[2] else {
            panic!("a table")
        };
        let show: Vec<Vec<String>> = t
            .rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|c| format!("{}{:?}", c.text, c.origin).replace("Own", ""))
                    .collect()
            })
            .collect();
        assert_eq!(
            show,
            [
                vec!["TT", "PHÂN CÔNG", "PHÂN CÔNGLeft"],
                vec!["I", "Văn phòng & Thanh tra", "x"],
                vec!["1", "Văn phòng & Thanh traAbove", "y"],
            ]
        );
    }

    #[test]
    fn deleted_text_is_left_out() {
        let d = doc(
            "<w:p><w:r><w:t>giữ</w:t></w:r><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del></w:p>",
        );
        assert_eq!(d.blocks, [Block::Line("giữ".into())]);
    }
}
