//! The document as `kpi import` sees it, whatever file it came from: paragraphs and
//! tables in reading order. The readers (docx.rs, xlsx.rs, text.rs) build it; header.rs,
//! table.rs and body.rs read the plan out of it.
//!
//! A table is a grid: every row has one cell per grid column. A cell covered by a merge
//! holds a copy of the merged text and says where it came from, so that a value merged
//! down applies to every row it spans, while a row merged across (a section heading) can
//! still be told from a row that fills every column.

/// Where the text of a cell comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The cell's own text.
    Own,
    /// Covered by a cell merged across from the left: a copy of its text.
    Left,
    /// Covered by a cell merged down from above: a copy of its text.
    Above,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub origin: Origin,
}

impl Cell {
    pub fn own(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            origin: Origin::Own,
        }
    }
}

/// One table: rows of the same length.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// Pad every row to the longest with empty cells of its own.
    pub fn squared(mut self) -> Table {
        let width = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        for row in &mut self.rows {
            row.resize_with(width, || Cell::own(""));
        }
        self
    }

    pub fn width(&self) -> usize {
        self.rows.first().map_or(0, Vec::len)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// One line of text (a paragraph of Word, a line of the text copy). Empty lines are
    /// kept: in a text copy they end a title.
    Line(String),
    Table(Table),
}

/// The blocks of a document, and what kind of file it came from.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
    /// True for a workbook: the plan's header is not there, only the appendix's.
    pub workbook: bool,
}

/// Clean a piece of text as it reaches kpi: spaces collapsed (non-breaking ones too),
/// zero-width characters and soft hyphens dropped, footnote markers (superscript digits)
/// removed, NFC.
pub fn clean(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfc() {
        match c {
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{AD}' => {}
            '\u{2070}' | '\u{00B9}' | '\u{00B2}' | '\u{00B3}' | '\u{2074}'..='\u{207F}' => {}
            c if c.is_whitespace() => space = !out.is_empty(),
            c if c.is_control() => {}
            c => {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_collapses_spaces_and_drops_footnote_marks() {
        for (input, want) in [
            ("  Thường\u{a0} xuyên  ", "Thường xuyên"),
            ("trên địa bàn tỉnh⁽¹⁾.", "trên địa bàn tỉnh."),
            ("Sở\u{200B} Y tế", "Sở Y tế"),
            ("a\tb\nc", "a b c"),
            // NFD in, NFC out.
            ("Ke\u{302}\u{301} hoa\u{323}ch", "Kế hoạch"),
        ] {
            assert_eq!(clean(input), want, "{input:?}");
        }
    }
}
