//! Appending a progress record: the one place kpi writes a file the user keeps.
//!
//! The record is appended as text, so every byte already in the file (comments, layout,
//! other records) stays as it was. The write is atomic and locked: under an exclusive
//! lock on the plan file (which kpi never rewrites), the progress file is read, checked
//! to be valid TOML, copied with the new record into a temporary file in the same folder,
//! fsynced, renamed over the old one, and the folder is fsynced. A process killed at any
//! moment leaves the old file or the new one, never a mix; two at once wait in turn.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use chrono::NaiveDate;

/// What `kpi done` records.
#[derive(Debug, Clone)]
pub struct NewRecord {
    pub task: String,
    pub period: Option<String>,
    pub status: &'static str,
    pub date: NaiveDate,
    pub by: Option<String>,
    pub evidence: Option<String>,
    pub note: Option<String>,
}

/// A TOML basic string, escaped.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

impl NewRecord {
    /// The record as a `[[record]]` block, ending with a newline.
    pub fn to_toml(&self) -> String {
        let mut s = String::from("[[record]]\n");
        s.push_str(&format!("task = {}\n", quoted(&self.task)));
        if let Some(p) = &self.period {
            s.push_str(&format!("period = {}\n", quoted(p)));
        }
        s.push_str(&format!("status = {}\n", quoted(self.status)));
        s.push_str(&format!("date = {}\n", self.date));
        for (key, value) in [
            ("by", &self.by),
            ("evidence", &self.evidence),
            ("note", &self.note),
        ] {
            if let Some(v) = value {
                s.push_str(&format!("{key} = {}\n", quoted(v)));
            }
        }
        s
    }
}

#[derive(Debug)]
pub enum AppendError {
    Io(io::Error),
    /// The progress file as it is now is not valid TOML: appending would hide that.
    Invalid(String),
}

impl std::fmt::Display for AppendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AppendError::Io(e) => write!(f, "{e}"),
            AppendError::Invalid(m) => write!(
                f,
                "the progress file is not valid TOML ({m}); fix it first (kpi check shows where)"
            ),
        }
    }
}

impl From<io::Error> for AppendError {
    fn from(e: io::Error) -> AppendError {
        AppendError::Io(e)
    }
}

/// Append `record` to `progress`, locking on `lock` (the plan file).
pub fn append(progress: &Path, lock: &Path, record: &NewRecord) -> Result<(), AppendError> {
    let lock_file = File::open(lock)?;
    lock_file.lock()?;
    let old = match fs::read(progress) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e.into()),
    };
    let text = std::str::from_utf8(&old).map_err(|_| AppendError::Invalid("not UTF-8".into()))?;
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Err(e) = toml::de::DeTable::parse(body) {
        return Err(AppendError::Invalid(
            e.message().lines().next().unwrap_or("").to_string(),
        ));
    }
    let mut new = old.clone();
    if !new.is_empty() {
        if !new.ends_with(b"\n") {
            new.push(b'\n');
        }
        new.push(b'\n');
    }
    new.extend_from_slice(record.to_toml().as_bytes());

    let dir = match progress.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".kpi-progress-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(&new)?;
    let permissions = match fs::metadata(progress) {
        Ok(m) => m.permissions(),
        Err(_) => fs::metadata(lock)?.permissions(),
    };
    fs::set_permissions(tmp.path(), permissions)?;
    tmp.as_file().sync_all()?;
    tmp.persist(progress).map_err(|e| e.error)?;
    File::open(dir)?.sync_all()?;
    drop(lock_file); // unlocks
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> NewRecord {
        NewRecord {
            task: "IV.1.3".into(),
            period: Some("2023-Q3".into()),
            status: "done",
            date: NaiveDate::from_ymd_opt(2023, 9, 28).unwrap(),
            by: Some("CDC".into()),
            evidence: Some("Công văn số 1234/SYT-VP \"khẩn\"\nlần 2".into()),
            note: None,
        }
    }

    #[test]
    fn appends_keeping_every_byte() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        let progress = dir.path().join("p.progress.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        let before = "# Ghi chú của Văn phòng\n[[record]]   # cũ\ntask = \"A\"\nstatus = \"done\"";
        fs::write(&progress, before).unwrap();
        append(&progress, &plan, &record()).unwrap();
        let after = fs::read_to_string(&progress).unwrap();
        assert!(after.starts_with(before), "old bytes kept:\n{after}");
        let parsed: toml::Table = toml::from_str(&after).unwrap();
        let records = parsed["record"].as_array().unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(
            records[1]["evidence"].as_str(),
            Some("Công văn số 1234/SYT-VP \"khẩn\"\nlần 2")
        );
        assert_eq!(records[1]["date"].to_string(), "2023-09-28");
    }

    #[test]
    fn creates_the_file_and_refuses_a_broken_one() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("p.toml");
        let progress = dir.path().join("p.progress.toml");
        fs::write(&plan, "[plan]\n").unwrap();
        append(&progress, &plan, &record()).unwrap();
        assert!(
            fs::read_to_string(&progress)
                .unwrap()
                .starts_with("[[record]]\ntask = \"IV.1.3\"")
        );
        fs::write(&progress, "[[record]\n").unwrap();
        assert!(matches!(
            append(&progress, &plan, &record()),
            Err(AppendError::Invalid(_))
        ));
        assert_eq!(
            fs::read_to_string(&progress).unwrap(),
            "[[record]\n",
            "nothing written"
        );
    }
}
