//! The last gate of every byte kpi writes to a terminal or a pipe: control characters
//! that come from files are shown as escapes (`\u{1b}`), never obeyed. The renderers
//! already escape what they take from files (`text::visible`); this guard makes sure
//! that nothing missed on the way reaches a terminal raw. kpi's own colours pass: an
//! SGR sequence (`ESC [ digits ; m`) when colours are on, nothing else.

use std::io::{self, Write};

use crate::text::{is_hidden_control, may_hold_control};

thread_local! {
    /// Set while `vouched` writes bytes already scanned (on another core) and found to
    /// hold no control character: the guard passes them without scanning them again.
    static VOUCHED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether `buf` passes the guard unchanged (no control character at all): scanned by
/// the threads that format a long output, in parallel, so that the guard on the one
/// writing thread need not scan it again (`vouched`).
pub fn clean(buf: &[u8]) -> bool {
    !may_hold_control(buf)
}

/// Run `write` (one write of bytes that `clean` accepted) with the guard told so.
pub fn vouched<T>(write: impl FnOnce() -> T) -> T {
    VOUCHED.set(true);
    let result = write();
    VOUCHED.set(false);
    result
}

pub struct Guard<W: Write> {
    inner: W,
    /// Let SGR colour sequences through (colours are on for this stream).
    colours: bool,
}

impl<W: Write> Guard<W> {
    pub fn new(inner: W, colours: bool) -> Guard<W> {
        Guard { inner, colours }
    }

    pub fn into_inner(self) -> W {
        self.inner
    }

    fn escape(&mut self, s: &str) -> io::Result<()> {
        let bytes = s.as_bytes();
        let mut from = 0;
        let mut chars = s.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !is_hidden_control(c) {
                continue;
            }
            // CR LF is a line end (iCalendar, mail, files written on Windows).
            if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
                continue;
            }
            if c == '\u{1b}' && self.colours {
                let len = sgr_len(&bytes[i..]);
                if len > 0 {
                    // Skip over the sequence: it is ours.
                    while chars.peek().is_some_and(|&(j, _)| j < i + len) {
                        chars.next();
                    }
                    continue;
                }
            }
            self.inner.write_all(&bytes[from..i])?;
            write!(self.inner, "\\u{{{:x}}}", c as u32)?;
            from = i + c.len_utf8();
        }
        self.inner.write_all(&bytes[from..])
    }
}

/// The length of the SGR sequence at the start of `b` (`ESC [ 1;31 m`), or 0.
fn sgr_len(b: &[u8]) -> usize {
    if !b.starts_with(b"\x1b[") {
        return 0;
    }
    let params = b[2..]
        .iter()
        .take_while(|&&x| x.is_ascii_digit() || x == b';')
        .count();
    if b.get(2 + params) == Some(&b'm') {
        3 + params
    } else {
        0
    }
}

impl<W: Write> Write for Guard<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        if VOUCHED.get() || !may_hold_control(buf) {
            return self.inner.write_all(buf);
        }
        match std::str::from_utf8(buf) {
            Ok(s) => self.escape(s),
            // Not text (or not whole characters): passed on as it is.
            Err(_) => self.inner.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(colours: bool, s: &str) -> String {
        let mut g = Guard::new(Vec::new(), colours);
        g.write_all(s.as_bytes()).unwrap();
        String::from_utf8(g.into_inner()).unwrap()
    }

    #[test]
    fn controls_from_files_are_escaped_and_our_colours_pass() {
        assert_eq!(through(false, "plain, “đẹp” – ok\n"), "plain, “đẹp” – ok\n");
        assert_eq!(
            through(false, "a\x1b]52;c;ZXZpbA==\x07b"),
            "a\\u{1b}]52;c;ZXZpbA==\\u{7}b"
        );
        assert_eq!(
            through(false, "\x1b[1;31mred\x1b[0m"),
            "\\u{1b}[1;31mred\\u{1b}[0m"
        );
        assert_eq!(
            through(true, "\x1b[1;31mred\x1b[0m"),
            "\x1b[1;31mred\x1b[0m"
        );
        assert_eq!(through(true, "\x1b[2J"), "\\u{1b}[2J");
        assert_eq!(through(true, "x\u{202e}y\r"), "x\\u{202e}y\\u{d}");
        assert_eq!(
            through(false, "BEGIN:VEVENT\r\nEND\r\n"),
            "BEGIN:VEVENT\r\nEND\r\n"
        );
        // Bytes vouched for pass as they are; the next write is scanned again.
        let mut g = Guard::new(Vec::new(), false);
        assert!(clean(b"plain \xe2\x80\x93 text\n") && !clean(b"a\x1b[2Jb"));
        vouched(|| g.write_all(b"vouched")).unwrap();
        g.write_all(b"\x07").unwrap();
        assert_eq!(g.into_inner(), b"vouched\\u{7}");
        let binary = [0xffu8, 0x1b, 0x00];
        let mut g = Guard::new(Vec::new(), false);
        g.write_all(&binary).unwrap();
        assert_eq!(g.into_inner(), binary);
    }
}
