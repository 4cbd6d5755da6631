//! The text copied out of Word: one paragraph a line, a table row a line with its cells
//! separated by tabs (the seeds in ../shared/seeds are such copies). Merges are lost in
//! this form; table.rs makes up for what it can.
//!
//! Copies often carry a little markup from the tool that made them (`**bold**`, `###`,
//! `<sup>1</sup>`, `<ul ...>`): it is dropped. A file saved by Notepad as "Unicode" is
//! UTF-16 with a byte-order mark, and is read too.

use super::document::{Block, Cell, Document, Table, clean};

/// Why a text could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum TextError {
    /// Not UTF-8: the byte offset of the first bad byte.
    NotUtf8(usize),
}

/// Decode the bytes of a text copy: UTF-8 (with or without BOM) or UTF-16 with a BOM.
pub fn decode(bytes: &[u8]) -> Result<String, TextError> {
    let utf16 = |le: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| TextError::NotUtf8(0))
    };
    match bytes {
        [0xFF, 0xFE, ..] => utf16(true),
        [0xFE, 0xFF, ..] => utf16(false),
        [0xEF, 0xBB, 0xBF, rest @ ..] => std::str::from_utf8(rest)
            .map(str::to_string)
            .map_err(|e| TextError::NotUtf8(e.valid_up_to() + 3)),
        _ => std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|e| TextError::NotUtf8(e.valid_up_to())),
    }
}

/// Read a text copy into blocks: consecutive lines with tabs make one table.
pub fn read(text: &str) -> Document {
    let mut blocks = Vec::new();
    let mut table: Option<Table> = None;
    for raw in text.lines() {
        if raw.contains('\t') {
            let cells = raw.split('\t').map(|c| Cell::own(strip_markup(c)));
            table
                .get_or_insert_with(Table::default)
                .rows
                .push(cells.collect());
            continue;
        }
        if let Some(t) = table.take() {
            blocks.push(Block::Table(t.squared()));
        }
        // A line of a text copy may hold several lines of one paragraph.
        blocks.push(Block::Line(strip_markup(raw)));
    }
    if let Some(t) = table.take() {
        blocks.push(Block::Table(t.squared()));
    }
    Document {
        blocks,
        workbook: false,
    }
}

/// Drop markdown emphasis, heading marks, HTML tags, and clean the rest.
pub fn strip_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        // `<sup>1</sup>` is a footnote mark: drop it with its number.
        if let Some(after) = tail.strip_prefix("<sup>") {
            match after.find("</sup>") {
                Some(end) => rest = &after[end + 6..],
                None => rest = after,
            }
            continue;
        }
        let is_tag = tail[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/');
        match tail.find('>') {
            Some(end) if is_tag => {
                out.push(' ');
                rest = &tail[end + 1..];
            }
            _ => {
                out.push('<');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    let out = out.replace('*', "");
    let trimmed = out.trim_start();
    let trimmed = trimmed.trim_start_matches('#');
    clean(trimmed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_dropped() {
        for (input, want) in [
            ("**KẾ HOẠCH**  ", "KẾ HOẠCH"),
            ("### **III. TỔ CHỨC THỰC HIỆN**", "III. TỔ CHỨC THỰC HIỆN"),
            (
                "- *Đơn vị thực hiện:* Phòng A",
                "- Đơn vị thực hiện: Phòng A",
            ),
            ("tỉnh<sup>1</sup>.", "tỉnh."),
            (
                "<ul style=\"list-style-type: none\"> - Giải ngân đạt 100%. ",
                "- Giải ngân đạt 100%.",
            ),
            ("a < b", "a < b"),
        ] {
            assert_eq!(strip_markup(input), want, "{input:?}");
        }
    }

    #[test]
    fn tab_lines_make_tables_and_blank_lines_split_them() {
        let doc = read("PHỤ LỤC\nTT\tNội dung\n1\tViệc một\tthừa\n\nTT\tNội dung\n2\tViệc hai\n");
        let shapes: Vec<String> = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Line(l) => format!("line {l}"),
                Block::Table(t) => format!("table {}x{}", t.rows.len(), t.width()),
            })
            .collect();
        assert_eq!(shapes, ["line PHỤ LỤC", "table 2x3", "line ", "table 2x2"]);
    }

    #[test]
    fn utf16_and_bom_are_decoded() {
        let text = "Số: 12/KH";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap(), text);
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend(text.as_bytes());
        assert_eq!(decode(&bom).unwrap(), text);
        assert_eq!(decode(b"ab\xFFcd"), Err(TextError::NotUtf8(2)));
    }
}
