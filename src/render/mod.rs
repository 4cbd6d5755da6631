//! Rendering results, the last stage of the pipeline: one table writer for terminals and
//! Markdown (table.rs), one CSV writer (RFC 4180: `csv_row`, `write_csv_field`), one
//! JSON writer (`write_json`), the mail body (mail.rs) and the guard every byte passes
//! (guard.rs), xlsx workbooks (xlsx.rs), the report as a web page (html.rs), and where
//! binary output goes (binary.rs). Commands give rows; these write them. Text is shown in NFC so that NFD
//! input lines up like NFC, with control characters as escapes.

pub mod binary;
pub mod guard;
pub mod html;
pub mod ics;
pub mod json;
pub mod mail;
pub mod table;
pub mod xlsx;

use std::io::Write;

use unicode_normalization::UnicodeNormalization;

/// Text as displayed: NFC, so that NFD input takes the same columns, with control
/// characters shown as escapes (`text::visible`).
pub fn nfc(s: &str) -> String {
    let s = crate::text::visible(s);
    if crate::text::is_nfc(&s) {
        s.into_owned()
    } else {
        s.nfc().collect()
    }
}

/// What `in_order` may assume of the bytes `f` makes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Made {
    /// Anything: each buffer is scanned for control characters where it is made, so
    /// that the guard of stdout need not scan it again on the writing thread.
    Anyhow,
    /// Only of texts as shown (`table::shown`, `nfc`, `md_cell`: controls already
    /// escaped), kpi's own words and frames, and its colours: nothing to scan.
    Shown,
}

/// Write `items` to `out` in order, formatted in parallel: `f` puts the text of a run
/// of `chunk` items (given with the index of its first item) into a buffer, runs are
/// formatted on every core a window at a time, and the buffers are written in order as
/// each window is done. Memory is bounded by the window (a few thousand rows), not by
/// the list; a short list is formatted in place.
pub fn in_order<T: Sync>(
    out: &mut dyn Write,
    items: &[T],
    chunk: usize,
    f: impl Fn(usize, &[T], &mut Vec<u8>) -> std::io::Result<()> + Sync,
) -> std::io::Result<()> {
    in_order_made(out, items, chunk, Made::Anyhow, f)
}

/// `in_order` for bytes `made` as it says.
pub fn in_order_made<T: Sync>(
    out: &mut dyn Write,
    items: &[T],
    chunk: usize,
    made: Made,
    f: impl Fn(usize, &[T], &mut Vec<u8>) -> std::io::Result<()> + Sync,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let chunk = chunk.max(1);
    if items.len() <= chunk {
        let mut buf = Vec::new();
        f(0, items, &mut buf)?;
        return if made == Made::Shown {
            guard::vouched(|| out.write_all(&buf))
        } else {
            out.write_all(&buf)
        };
    }
    let window = chunk * 4 * rayon::current_num_threads();
    // The buffers of one window are kept for the next: fresh memory is what costs most.
    // Each is scanned for control characters where it is made, so that the guard of
    // stdout (guard.rs) does not scan the whole output again on this one thread.
    let mut bufs: Vec<(Vec<u8>, bool)> = Vec::new();
    for (w, part) in items.chunks(window).enumerate() {
        let runs = part.len().div_ceil(chunk);
        if bufs.len() < runs {
            bufs.resize_with(runs, Default::default);
        }
        bufs[..runs]
            .par_iter_mut()
            .zip(part.par_chunks(chunk))
            .enumerate()
            .try_for_each(|(i, ((buf, clean), run))| {
                buf.clear();
                f(w * window + i * chunk, run, buf)?;
                *clean = made == Made::Shown || guard::clean(buf);
                Ok::<(), std::io::Error>(())
            })?;
        for (buf, clean) in &bufs[..runs] {
            if *clean {
                guard::vouched(|| out.write_all(buf))?;
            } else {
                out.write_all(buf)?;
            }
        }
    }
    Ok(())
}

/// What a writer of items in another order than they lie in memory asks of an item
/// some items before it writes it (`Ahead::each`): that the memory it will read be
/// fetched (`crate::prefetch`), so that each item does not wait for its own. A list
/// sorted by day reads its tasks all over the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ahead {
    /// The item's own memory: asked for `Ahead::ITEM` items ahead.
    Item,
    /// What the item points to (its own memory has arrived): `Ahead::PARTS` items ahead.
    Parts,
}

impl Ahead {
    pub const ITEM: usize = 16;
    pub const PARTS: usize = 8;

    /// `each` of the items of `run` in order, `ahead` called for the items further on.
    pub fn each<T, E>(
        run: &[T],
        ahead: &impl Fn(&T, Ahead),
        mut each: impl FnMut(&T) -> Result<(), E>,
    ) -> Result<(), E> {
        for (i, item) in run.iter().enumerate() {
            if let Some(later) = run.get(i + Ahead::ITEM) {
                ahead(later, Ahead::Item);
            }
            if let Some(later) = run.get(i + Ahead::PARTS) {
                ahead(later, Ahead::Parts);
            }
            each(item)?;
        }
        Ok(())
    }
}

/// Write `value` as pretty JSON and a newline: the `--format json` of every command.
/// serde_json escapes C0 controls; the characters it leaves raw that a terminal would
/// obey (DEL, C1, bidirectional controls) are escaped on the way out.
pub fn write_json(
    out: &mut dyn Write,
    value: &impl serde::Serialize,
) -> Result<(), crate::UsageError> {
    let mut safe = JsonEscaping {
        inner: out,
        pending: Vec::with_capacity(JSON_CHUNK + 1024),
    };
    serde_json::to_writer_pretty(&mut safe, value)
        .and_then(|()| safe.drain(0).map_err(serde_json::Error::io))
        .map_err(|e| {
            if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) {
                crate::UsageError::from(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
            } else {
                crate::UsageError::Output(e.into())
            }
        })?;
    writeln!(out)?;
    Ok(())
}

/// Escapes, in JSON text, the characters `text::is_hidden_control` names that serde_json
/// writes raw. They can only occur inside strings (JSON's syntax is ASCII, and serde_json
/// escapes the C0 controls itself), where `\uXXXX` means the same character; so the text
/// can be escaped anywhere, in chunks. serde_json writes in pieces of a few bytes: they
/// are gathered and each chunk, cut at a character boundary, is escaped and written
/// whole (the guard behind reads it in one pass).
struct JsonEscaping<'a> {
    inner: &'a mut dyn Write,
    pending: Vec<u8>,
}

/// The size of the chunks written on.
const JSON_CHUNK: usize = 64 * 1024;

impl JsonEscaping<'_> {
    /// Escape and write what is pending, keeping at most `keep` bytes of it that may end
    /// inside a character.
    fn drain(&mut self, keep: usize) -> std::io::Result<()> {
        let mut cut = self.pending.len().saturating_sub(keep);
        // Back to the start of a character (a byte that is not a continuation byte).
        while cut > 0 && cut < self.pending.len() && self.pending[cut] & 0xc0 == 0x80 {
            cut -= 1;
        }
        json_visible(&self.pending[..cut], &mut *self.inner)?;
        self.pending.drain(..cut);
        Ok(())
    }
}

/// Write JSON text `chunk` (whole characters) to `out` with the characters serde_json
/// leaves raw that a terminal would obey (DEL, C1, bidirectional controls) as `\uXXXX`.
fn json_visible(chunk: &[u8], out: &mut dyn Write) -> std::io::Result<()> {
    if !crate::text::may_hold_control(chunk) {
        return out.write_all(chunk);
    }
    match std::str::from_utf8(chunk) {
        Ok(s) => {
            let mut from = 0;
            for (i, c) in s.char_indices() {
                if crate::text::is_hidden_control(c) && c as u32 >= 0x20 {
                    out.write_all(&chunk[from..i])?;
                    write!(out, "\\u{:04x}", c as u32)?;
                    from = i + c.len_utf8();
                }
            }
            out.write_all(&chunk[from..])
        }
        // Not text: nothing to decode, pass it on.
        Err(_) => out.write_all(chunk),
    }
}

/// Write `items` as a pretty JSON array and a newline, as `write_json` writes a list,
/// with the elements made on every core (`in_order`): a national list has hundreds of
/// thousands, and none is held longer than its run of `chunk` items (fewer for larger
/// items: a unit's whole list of tasks). `make` gives the value an item is written as;
/// `simple` says of an item whether every text of that value is known to be simple
/// (`text::simple`, of texts the loader found so), and then its run is not scanned for
/// control characters.
pub fn write_json_list<'i, T: Sync, S: serde::Serialize>(
    out: &mut dyn Write,
    items: &'i [T],
    chunk: usize,
    make: impl Fn(&'i T) -> S + Sync,
    simple: impl Fn(&T) -> bool + Sync,
) -> Result<(), crate::UsageError> {
    // Each run is written as a pretty JSON array of its own, straight into the run's
    // buffer: its elements come out one level in, as in the whole list. The first run's
    // `[` opens the list; a later run's becomes the `,` after the last run's final
    // element, and every run's closing `\n]` is cut.
    json_runs(out, items, chunk, simple, |start, run, buf| {
        let at = buf.len();
        let run = &items[start..start + run.len()];
        serde_json::to_writer_pretty(&mut *buf, &Run(run, &make))?;
        buf.truncate(buf.len() - b"\n]".len());
        if start > 0 {
            buf[at] = b',';
        }
        Ok(())
    })
}

/// `write_json_list` for items that `write` writes themselves as the elements of a
/// pretty list (an element at a time, one level in: see `json::Object`), byte for byte
/// as serde_json would.
/// `ahead` is asked of the items further on (see `Ahead`).
pub fn write_json_items<T: Sync>(
    out: &mut dyn Write,
    items: &[T],
    chunk: usize,
    write: impl Fn(&T, &mut Vec<u8>) + Sync,
    simple: impl Fn(&T) -> bool + Sync,
    ahead: impl Fn(&T, Ahead) + Sync,
) -> Result<(), crate::UsageError> {
    json_runs(out, items, chunk, simple, |start, run, buf| {
        let mut first = start == 0;
        Ahead::each(run, &ahead, |item| {
            buf.push(if first { b'[' } else { b',' });
            first = false;
            buf.extend_from_slice(b"\n  ");
            write(item, buf);
            Ok(())
        })
    })
}

/// The list around the runs of items `write_run` writes (each run's elements as in a
/// pretty list, the first run opening it with `[` and every other element after a `,`).
/// Every run is escaped where it is made (json_visible): nothing for the guard.
fn json_runs<T: Sync>(
    out: &mut dyn Write,
    items: &[T],
    chunk: usize,
    simple: impl Fn(&T) -> bool + Sync,
    write_run: impl Fn(usize, &[T], &mut Vec<u8>) -> std::io::Result<()> + Sync,
) -> Result<(), crate::UsageError> {
    if items.is_empty() {
        out.write_all(b"[]\n")?;
        return Ok(());
    }
    in_order_made(out, items, chunk, Made::Shown, |start, run, buf| {
        let at = buf.len();
        write_run(start, run, buf)?;
        if !run.iter().all(&simple) && crate::text::may_hold_control(&buf[at..]) {
            let made = buf.split_off(at);
            json_visible(&made, buf)?;
        }
        Ok(())
    })?;
    out.write_all(b"\n]\n")?;
    Ok(())
}

/// A run of items, serialised as the JSON array of what `make` makes of them.
struct Run<'i, 'f, T, F>(&'i [T], &'f F);

impl<'i, T, S: serde::Serialize, F: Fn(&'i T) -> S> serde::Serialize for Run<'i, '_, T, F> {
    fn serialize<R: serde::Serializer>(&self, s: R) -> Result<R::Ok, R::Error> {
        s.collect_seq(self.0.iter().map(self.1))
    }
}

impl Write for JsonEscaping<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if self.pending.len() >= JSON_CHUNK {
            self.drain(3)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.drain(0)?;
        self.inner.flush()
    }
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

/// `date` in JSON as chrono writes it (`"2024-06-30"`), made by `push_date`.
pub fn serialize_date<S: serde::Serializer>(
    date: &chrono::NaiveDate,
    s: S,
) -> Result<S::Ok, S::Error> {
    let mut text = Vec::with_capacity(10);
    push_date(&mut text, *date);
    s.serialize_str(std::str::from_utf8(&text).expect("digits and dashes"))
}

/// `serialize_date` for a day that may be missing (null).
pub fn serialize_some_date<S: serde::Serializer>(
    date: &Option<chrono::NaiveDate>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => serialize_date(d, s),
        None => s.serialize_none(),
    }
}

/// Write a CSV field, quoted when it needs it (RFC 4180), without allocating. Control
/// characters are shown as escapes, and a field a spreadsheet would run as a formula
/// (`=`, `+`, `-`, `@`, tab or CR first) is neutralised with a leading `'` (OWASP's
/// advice; docs/format.md says so): the text reads the same, and nothing runs.
pub fn write_csv_field<W: Write + ?Sized>(out: &mut W, s: &str) -> std::io::Result<()> {
    write_csv_shown(out, &crate::text::visible(s))
}

/// `write_csv_field` of a text known to hold no control character (escaped already, or
/// simple: `text::simple`).
pub fn write_csv_shown<W: Write + ?Sized>(out: &mut W, s: &str) -> std::io::Result<()> {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    // One pass over the bytes (the four are ASCII), not a search for each character.
    let quoted = s.bytes().fold(false, |any, b| {
        any | matches!(b, b',' | b'"' | b'\n' | b'\r')
    });
    if !formula && !quoted {
        return out.write_all(s.as_bytes());
    }
    if formula && !quoted {
        out.write_all(b"'")?;
        return out.write_all(s.as_bytes());
    }
    out.write_all(b"\"")?;
    if formula {
        out.write_all(b"'")?;
    }
    for (i, part) in s.split('"').enumerate() {
        if i > 0 {
            out.write_all(b"\"\"")?;
        }
        out.write_all(part.as_bytes())?;
    }
    out.write_all(b"\"")
}

/// One CSV record: the fields, separated by commas, and a line end (RFC 4180).
pub fn csv_row(out: &mut dyn Write, fields: &[&str]) -> std::io::Result<()> {
    let mut line = Vec::with_capacity(128);
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            line.push(b',');
        }
        write_csv_field(&mut line, f)?;
    }
    line.push(b'\n');
    out.write_all(&line)
}

/// A CSV field as `write_csv_field` writes it.
pub fn csv_field(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len() + 2);
    write_csv_field(&mut out, s).expect("writing to memory");
    String::from_utf8(out).expect("UTF-8 in, UTF-8 out")
}

/// A Markdown table cell: one line, pipes escaped, controls shown.
pub fn md_cell(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    push_md_cell(&mut out, s);
    String::from_utf8(out).expect("made of whole characters")
}

/// `md_cell`, appended to `out`.
pub fn push_md_cell(out: &mut Vec<u8>, s: &str) {
    let s = crate::text::visible(s);
    let b = s.as_bytes();
    if !b.iter().any(|&x| matches!(x, b'|' | b'\n' | b'\r')) {
        out.extend_from_slice(b);
        return;
    }
    for &x in b {
        match x {
            b'|' => out.extend_from_slice(b"\\|"),
            b'\n' | b'\r' => out.push(b' '),
            _ => out.push(x),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    /// Hidden controls in JSON strings are written as `\uXXXX`: the text stays valid JSON
    /// and means the same, also where a string spans the chunks the writer gathers.
    #[test]
    fn json_escapes_hidden_controls_in_every_chunk() {
        let long = "Việc ".repeat(20_000); // 120 kB, past a chunk
        let values = vec![
            format!("a\u{9b}b\u{202e}c"),
            format!("{long}\u{202e}{long}\u{85}"),
        ];
        let mut out = Vec::new();
        super::write_json(&mut out, &values).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            !text.chars().any(crate::text::is_hidden_control),
            "a raw control"
        );
        assert!(text.contains("a\\u009bb\\u202ec"), "{}", &text[..40]);
        let back: Vec<String> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, values);
    }

    /// A list written element by element on every core is the JSON `write_json` writes
    /// of the whole list, byte for byte: empty, one, and more than a run, with nested
    /// lists and objects, line breaks and controls inside strings.
    #[test]
    fn a_list_made_in_runs_is_the_list_written_whole() {
        #[derive(serde::Serialize)]
        struct Item {
            id: String,
            codes: Vec<String>,
            none: Vec<u8>,
            inner: Option<std::collections::BTreeMap<String, i64>>,
        }
        let item = |i: usize| Item {
            id: format!("kt:{i}\n“x”\u{202e}\u{7f}"),
            codes: (0..i % 3).map(|k| format!("VP{k}")).collect(),
            none: Vec::new(),
            inner: i
                .is_multiple_of(2)
                .then(|| [("a".to_string(), i as i64)].into()),
        };
        for n in [0, 1, 2, 255, 256, 257, 3000] {
            let items: Vec<Item> = (0..n).map(item).collect();
            let (mut whole, mut runs) = (Vec::new(), Vec::new());
            super::write_json(&mut whole, &items).unwrap();
            super::write_json_list(&mut runs, &items, 256, |i| i, |_| false).unwrap();
            assert_eq!(
                String::from_utf8(runs).unwrap(),
                String::from_utf8(whole).unwrap(),
                "{n}"
            );
        }
    }

    /// A Markdown cell: pipes escaped, line breaks made spaces, controls shown.
    #[test]
    fn markdown_cells_stay_in_their_cell() {
        assert_eq!(super::md_cell("a|b\nc\r\nd\re"), "a\\|b c d\\u{d}e");
        assert_eq!(super::md_cell("Quá hạn – “x”"), "Quá hạn – “x”");
        assert_eq!(super::md_cell("x\u{1b}[2J|"), "x\\u{1b}[2J\\|");
        let mut out = b"| ".to_vec();
        super::push_md_cell(&mut out, "VP | TTRA");
        assert_eq!(out, b"| VP \\| TTRA");
    }

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
