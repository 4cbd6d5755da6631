//! A file's text and the map from byte offsets to `line:column`.
//!
//! First stage of the pipeline: every file kpi reads becomes a `SourceFile`, and every
//! later stage points into it with a byte `Span`. Columns are counted in characters
//! (Unicode scalar values), 1-based, the way editors and the JSON output count them.

use std::path::{Path, PathBuf};

/// A byte range into one source file. `u32` keeps spans small: a plan file is far
/// smaller than 4 GiB, and the loader refuses anything larger before it gets here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(range: std::ops::Range<usize>) -> Span {
        Span {
            start: range.start as u32,
            end: range.end as u32,
        }
    }

    /// The empty span at the start of a file, for problems that concern a whole file.
    pub const FILE: Span = Span { start: 0, end: 0 };

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Index of a file in the `SourceMap`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The text without a byte-order mark; empty when the file could not be read.
    pub text: String,
    /// Where each line starts: computed the first time a diagnostic needs a location,
    /// so that files without problems never pay for it.
    line_starts: std::sync::OnceLock<Vec<u32>>,
}

impl SourceFile {
    pub fn new(path: PathBuf, text: String) -> SourceFile {
        SourceFile {
            path,
            text,
            line_starts: std::sync::OnceLock::new(),
        }
    }

    fn starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i as u32 + 1));
            starts
        })
    }

    /// 1-based line and character column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = offset.min(self.text.len() as u32);
        let starts = self.starts();
        let line = starts.partition_point(|&s| s <= offset) - 1;
        let start = starts[line] as usize;
        let mut end = offset as usize;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        (line + 1, self.text[start..end].chars().count() + 1)
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: usize) -> &str {
        let starts = self.starts();
        let start = starts[line - 1] as usize;
        let end = starts.get(line).map_or(self.text.len(), |&e| e as usize);
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.starts()[line - 1] as usize
    }

    /// Where `span` starts and the line it is on: all that rendering a diagnostic needs.
    pub fn excerpt(&self, span: Span) -> Excerpt {
        self.excerpt_hiding(span, None)
    }

    /// The excerpt of `span`, with the bytes of `secret` (on the same line) shown as
    /// `********`: a secret's place may be shown, never the secret nor its length.
    pub fn excerpt_hiding(&self, span: Span, secret: Option<Span>) -> Excerpt {
        let mut e = self.excerpt_plain(span);
        if let (Some(secret), Some(text)) = (secret, e.text.as_mut()) {
            let line_start = self.line_start(e.line);
            let from = (secret.start as usize)
                .saturating_sub(line_start)
                .min(text.len());
            let to = (secret.end as usize)
                .saturating_sub(line_start)
                .min(text.len());
            if from < to && text.is_char_boundary(from) && text.is_char_boundary(to) {
                text.replace_range(from..to, "********");
                e.end = e.end.min(from.max(e.start));
            } else if secret.start as usize >= line_start {
                // Cannot cut cleanly: hide the rest of the line.
                text.truncate(from.min(text.len()));
                while !text.is_char_boundary(text.len()) {
                    text.pop();
                }
                text.push_str("********");
            }
        }
        e
    }

    fn excerpt_plain(&self, span: Span) -> Excerpt {
        let (line, column) = self.line_col(span.start);
        if self.text.is_empty() {
            return Excerpt {
                line,
                column,
                text: None,
                start: 0,
                end: 0,
            };
        }
        let text = self.line_text(line);
        let line_start = self.line_start(line);
        let line_end = line_start + text.len();
        let mut start = (span.start as usize).clamp(line_start, line_end);
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (span.end as usize).clamp(start, line_end);
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        Excerpt {
            line,
            column,
            text: Some(text.to_string()),
            start: start - line_start,
            end: end - line_start,
        }
    }

    /// Let the text go (the path stays), returned for its memory: `SourceMap::reload`
    /// reads it again.
    pub fn release(&mut self) -> String {
        self.line_starts = std::sync::OnceLock::new();
        std::mem::take(&mut self.text)
    }
}

/// The line a span starts on, with its location: 1-based line, column in characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    pub line: usize,
    pub column: usize,
    /// The line without its line end; `None` when the file has no text (unreadable).
    pub text: Option<String>,
    /// The span's bytes within `text`, cut to the line and to character boundaries.
    pub start: usize,
    pub end: usize,
}

/// All files read in one run; diagnostics refer to them by `FileId`.
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn path(&self, id: FileId) -> &Path {
        &self.get(id).path
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Read a file's text again, after the loader let it go (it keeps no text; each
    /// diagnostic carries its excerpt): for a diagnostic found late.
    pub fn reload(&mut self, id: FileId) {
        let file = &mut self.files[id.0 as usize];
        if file.text.is_empty()
            && let Ok(text) = std::fs::read_to_string(&file.path)
        {
            let text = text
                .strip_prefix('\u{feff}')
                .map(str::to_string)
                .unwrap_or(text);
            *file = SourceFile::new(file.path.clone(), text);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Let every text go; the paths stay.
    pub fn release_all(&mut self) {
        for file in &mut self.files {
            file.release();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let f = SourceFile::new("x".into(), "a = 1\nlead = [\"Văn phòng\", \"X\"]\n".into());
        let x = f.text.find("\"X\"").unwrap() as u32;
        assert_eq!(f.line_col(x), (2, 22));
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_text(2), "lead = [\"Văn phòng\", \"X\"]");
    }

    #[test]
    fn crlf_line_ends_are_not_part_of_the_line() {
        let f = SourceFile::new("x".into(), "a = 1\r\nb = 2\r\n".into());
        assert_eq!(f.line_text(1), "a = 1");
        assert_eq!(f.line_col(7), (2, 1));
    }

    #[test]
    fn offset_inside_a_character_rounds_down() {
        let f = SourceFile::new("x".into(), "đ".into());
        assert_eq!(f.line_col(1), (1, 1));
        assert_eq!(f.line_col(2), (1, 2));
    }
}
