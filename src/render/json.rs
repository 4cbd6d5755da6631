//! JSON written straight into a buffer, byte for byte as serde_json's pretty printer
//! writes it, for the one list long enough for the printer's pace to matter: the
//! entries of `due` and `overdue` (a national list has 200,000, each about 500 bytes of
//! which most are keys and indentation). serde_json takes each key, value and bracket
//! through its formatter and escapes every string a byte at a time; here the keys and
//! indentation are copied as they are and a string that needs no escape (nearly every
//! one) is copied whole. Everything else kpi writes as JSON goes through serde_json, and
//! the tests hold this writer to serde_json's output (docs/decisions.md).

use chrono::NaiveDate;

/// A JSON object being written, one level into a list (as the elements of
/// `render::write_json_items`): each member on its own line, four spaces in.
pub struct Object<'b> {
    buf: &'b mut Vec<u8>,
    first: bool,
}

impl<'b> Object<'b> {
    /// Open the object where `buf` ends.
    pub fn open(buf: &'b mut Vec<u8>) -> Self {
        buf.push(b'{');
        Object { buf, first: true }
    }

    /// Start the member `key` (a key of kpi's own: nothing to escape).
    fn key(&mut self, key: &str) -> &mut Vec<u8> {
        debug_assert!(!key.bytes().any(needs_escape));
        if !self.first {
            self.buf.push(b',');
        }
        self.first = false;
        self.buf.extend_from_slice(b"\n    \"");
        self.buf.extend_from_slice(key.as_bytes());
        self.buf.extend_from_slice(b"\": ");
        self.buf
    }

    pub fn str(&mut self, key: &str, value: &str) {
        string(self.key(key), value);
    }

    /// A string, or `null`.
    pub fn opt_str(&mut self, key: &str, value: Option<&str>) {
        match value {
            Some(v) => self.str(key, v),
            None => self.key(key).extend_from_slice(b"null"),
        }
    }

    /// A day as chrono writes it (`"2024-06-30"`).
    pub fn date(&mut self, key: &str, value: NaiveDate) {
        let buf = self.key(key);
        buf.push(b'"');
        super::push_date(buf, value);
        buf.push(b'"');
    }

    pub fn int(&mut self, key: &str, value: i64) {
        let buf = self.key(key);
        // serde_json writes integers with itoa: the same digits.
        buf.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
    }

    /// A list of strings: `[]` when empty, else one per line, six spaces in.
    pub fn strs<'s>(&mut self, key: &str, values: impl IntoIterator<Item = &'s str>) {
        let buf = self.key(key);
        buf.push(b'[');
        let mut any = false;
        for v in values {
            if any {
                buf.push(b',');
            }
            any = true;
            buf.extend_from_slice(b"\n      ");
            string(buf, v);
        }
        if any {
            buf.extend_from_slice(b"\n    ");
        }
        buf.push(b']');
    }

    /// Close the object.
    pub fn close(self) {
        if !self.first {
            self.buf.extend_from_slice(b"\n  ");
        }
        self.buf.push(b'}');
    }
}

/// Whether serde_json writes byte `b` of a string escaped: the quote, the backslash and
/// the C0 controls.
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// `s` as a JSON string, quoted and escaped as serde_json escapes it.
pub fn string(buf: &mut Vec<u8>, s: &str) {
    // One pass over the bytes that the compiler vectorises, then one copy.
    if !s.bytes().fold(false, |any, b| any | needs_escape(b)) {
        buf.reserve(s.len() + 2);
        buf.push(b'"');
        buf.extend_from_slice(s.as_bytes());
        buf.push(b'"');
        return;
    }
    serde_json::to_writer(&mut *buf, s).expect("a Vec takes every write");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The members written below, in their order, as serde derives them.
    #[derive(serde::Serialize)]
    struct Sample<'a> {
        title: &'a str,
        period: Option<&'a str>,
        due: NaiveDate,
        days: i64,
        lead: &'a [&'a str],
    }

    /// What serde_json's pretty printer writes for `value` as an element of a list.
    fn as_serde_writes(value: &impl serde::Serialize) -> String {
        let list = serde_json::to_string_pretty(&[value]).unwrap();
        list["[\n  ".len()..list.len() - "\n]".len()].to_string()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for s in [
            "",
            "plain ascii",
            "Tổng hợp, báo cáo \"kết quả\"",
            "back\\slash",
            "line\nfeed, tab\t, cr\r, bell\u{7}, nul\u{0}, esc\u{1b}[31m",
            "del\u{7f} c1\u{9b} bidi\u{202e} nbsp\u{a0} emoji 🎉 NFD Tổng",
            "\u{1f}",
            "\"",
        ] {
            let mut mine = Vec::new();
            string(&mut mine, s);
            assert_eq!(
                String::from_utf8(mine).unwrap(),
                serde_json::to_string(s).unwrap(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn objects_are_written_as_serde_json_pretty_prints_them() {
        let day = NaiveDate::from_ymd_opt(2024, 6, 30).unwrap();
        let lists: [&[&str]; 3] = [&[], &["VP"], &["VP", "a\"b", "Sở Y tế"]];
        for list in lists {
            for period in [None, Some("2024-Q2"), Some("q\\\n")] {
                for days in [0, -517, 42, i64::MIN, i64::MAX] {
                    let mut mine = Vec::new();
                    let mut o = Object::open(&mut mine);
                    o.str("title", "Tổng hợp \"báo cáo\"");
                    o.opt_str("period", period);
                    o.date("due", day);
                    o.int("days", days);
                    o.strs("lead", list.iter().copied());
                    o.close();
                    let value = Sample {
                        title: "Tổng hợp \"báo cáo\"",
                        period,
                        due: day,
                        days,
                        lead: list,
                    };
                    assert_eq!(String::from_utf8(mine).unwrap(), as_serde_writes(&value));
                }
            }
        }
        let mut empty = Vec::new();
        Object::open(&mut empty).close();
        assert_eq!(
            String::from_utf8(empty).unwrap(),
            as_serde_writes(&serde_json::json!({}))
        );
    }
}
