//! iCalendar (RFC 5545) for all-day events: the one writer of `--format ics`.
//!
//! Each event is one day: DTSTART is the day, DTEND the next (3.6.1: the end is not part
//! of the event). Lines end in CRLF and are folded at 75 octets without cutting a UTF-8
//! character (3.1); text escapes backslash, semicolon, comma and newline (3.3.11). UID
//! and DTSTAMP come from the caller, so the same input writes the same file.

use std::io::Write;

use chrono::{Datelike, NaiveDate};

/// One all-day event.
pub struct Event {
    /// Stable across runs: the same day and kind give the same UID.
    pub uid: String,
    pub day: NaiveDate,
    pub summary: String,
    pub description: String,
    /// Machine-readable kind, as CATEGORIES.
    pub category: String,
    /// A reminder (VALARM) this many days before the day; none for no reminder.
    pub alarm_days: Option<u32>,
}

/// A calendar: its name (X-WR-CALNAME), the stamp of every event, the events.
pub struct Calendar<'a> {
    /// The command that wrote it, in PRODID: `kpi holidays`, `kpi calendar`.
    pub product: &'a str,
    pub name: &'a str,
    pub stamp: NaiveDate,
    pub events: &'a [Event],
}

fn ymd(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// TEXT as RFC 5545 writes it, in NFC, without control characters or bidirectional
/// overrides (a name from kpi.toml may hold them).
pub fn escape(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    // Controls and overrides are dropped (a calendar shows no escapes); the rest in NFC.
    let kept: String = s
        .chars()
        .filter(|&c| c == '\n' || !crate::text::is_hidden_control(c))
        .collect();
    for c in kept.nfc() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Write one content line, folded at 75 octets, ending in CRLF.
fn line(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    let mut width = 0;
    for c in text.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.write_all(b"\r\n ")?;
            width = 1;
        }
        let mut buf = [0; 4];
        out.write_all(c.encode_utf8(&mut buf).as_bytes())?;
        width += n;
    }
    out.write_all(b"\r\n")
}

pub fn write(out: &mut dyn Write, cal: &Calendar) -> std::io::Result<()> {
    line(out, "BEGIN:VCALENDAR")?;
    line(out, "VERSION:2.0")?;
    line(out, &format!("PRODID:-//kpi//{}//VI", escape(cal.product)))?;
    line(out, "CALSCALE:GREGORIAN")?;
    line(out, "METHOD:PUBLISH")?;
    line(out, &format!("X-WR-CALNAME:{}", escape(cal.name)))?;
    let stamp = format!("{}T000000Z", ymd(cal.stamp));
    for e in cal.events {
        line(out, "BEGIN:VEVENT")?;
        line(out, &format!("UID:{}", escape(&e.uid)))?;
        line(out, &format!("DTSTAMP:{stamp}"))?;
        line(out, &format!("DTSTART;VALUE=DATE:{}", ymd(e.day)))?;
        let next = e.day.succ_opt().unwrap_or(e.day);
        line(out, &format!("DTEND;VALUE=DATE:{}", ymd(next)))?;
        line(out, &format!("SUMMARY:{}", escape(&e.summary)))?;
        line(out, &format!("DESCRIPTION:{}", escape(&e.description)))?;
        line(out, &format!("CATEGORIES:{}", escape(&e.category)))?;
        line(out, "TRANSP:TRANSPARENT")?;
        if let Some(days) = e.alarm_days {
            // Before the start of the all-day event (midnight of its day).
            line(out, "BEGIN:VALARM")?;
            line(out, "ACTION:DISPLAY")?;
            line(out, &format!("DESCRIPTION:{}", escape(&e.summary)))?;
            line(out, &format!("TRIGGER:-P{days}D"))?;
            line(out, "END:VALARM")?;
        }
        line(out, "END:VEVENT")?;
    }
    line(out, "END:VCALENDAR")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters() {
        let mut out = Vec::new();
        let text = format!("SUMMARY:{}", "Nghỉ bù Giỗ Tổ Hùng Vương, ".repeat(6));
        line(&mut out, &text).unwrap();
        let s = String::from_utf8(out).expect("no character is cut");
        let lines: Vec<&str> = s.split("\r\n").collect();
        assert!(lines.len() > 2, "{s:?}");
        for l in &lines {
            assert!(l.len() <= 75, "{} octets: {l:?}", l.len());
        }
        let unfolded = s.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end_matches("\r\n"), text);
    }

    #[test]
    fn a_line_of_75_octets_stays_whole_and_76_fold() {
        for (len, lines) in [(75, 1), (76, 2), (150, 3)] {
            let mut out = Vec::new();
            line(&mut out, &"a".repeat(len)).unwrap();
            let s = String::from_utf8(out).unwrap();
            let parts: Vec<&str> = s.trim_end_matches("\r\n").split("\r\n").collect();
            assert_eq!(parts.len(), lines, "{len}: {s:?}");
            assert!(parts.iter().all(|p| p.len() <= 75), "{len}: {s:?}");
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(
            escape("Te\u{302}\u{301}t\u{202E}\u{7}"),
            "Tết",
            "NFC, no override"
        );
    }
}
