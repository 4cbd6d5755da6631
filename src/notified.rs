//! `.kpi/notified.toml`: the day each unit was last mailed, so that `kpi notify` never
//! mails a unit twice on one day. One notify runs at a time per repository: the state is
//! read and written under `.kpi/notify.lock`. A state file that cannot be read is an
//! error, not a reason to mail everyone again.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// The key under which the office's mail about broken files is remembered.
pub const ERRORS_KEY: &str = "!errors";

pub struct State {
    path: PathBuf,
    pub sent: BTreeMap<String, NaiveDate>,
    /// Held while the state is in use.
    _lock: File,
}

#[derive(Debug)]
pub enum StateError {
    /// Another notify held the lock for the whole wait.
    Busy(std::time::Duration),
    /// The lock could not be had: an I/O error.
    Lock(String),
    /// The state file exists but is not what kpi writes.
    Corrupt {
        path: PathBuf,
        why: String,
    },
    Io {
        path: PathBuf,
        why: String,
    },
}

impl State {
    /// Lock the repository's notify state and read it. `waiting` is said on `err` when
    /// another notify holds the lock.
    pub fn open(
        root: &Path,
        wait: std::time::Duration,
        err: &mut dyn Write,
        waiting: &str,
    ) -> Result<State, StateError> {
        let dir = root.join(".kpi");
        let io = |path: &Path, e: std::io::Error| StateError::Io {
            path: path.to_path_buf(),
            why: e.to_string(),
        };
        std::fs::create_dir_all(&dir).map_err(|e| io(&dir, e))?;
        let ignore = dir.join(".gitignore");
        if !ignore.exists() {
            std::fs::write(&ignore, "# kpi's own state: never tracked\n*\n")
                .map_err(|e| io(&ignore, e))?;
        }
        let lock = crate::lock::acquire(&dir.join("notify.lock"), wait, err, waiting).map_err(
            |e| match e {
                crate::lock::LockError::Io(e) => StateError::Lock(e.to_string()),
                crate::lock::LockError::Busy(d) => StateError::Busy(d),
            },
        )?;
        let path = dir.join("notified.toml");
        let sent = match std::fs::read_to_string(&path) {
            Ok(text) => parse(&text).map_err(|why| StateError::Corrupt {
                path: path.clone(),
                why,
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
            Err(e) => return Err(io(&path, e)),
        };
        Ok(State {
            path,
            sent,
            _lock: lock,
        })
    }

    /// The days units were last mailed, read without the lock (for a dry run, which
    /// changes nothing): empty when there is no state or it cannot be read.
    pub fn peek(root: &Path) -> BTreeMap<String, NaiveDate> {
        std::fs::read_to_string(root.join(".kpi").join("notified.toml"))
            .ok()
            .and_then(|text| parse(&text).ok())
            .unwrap_or_default()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Write the state atomically: a temporary file in `.kpi/`, synced, renamed.
    pub fn save(&self) -> std::io::Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let mut text = String::from(
            "# kpi notify: the day each unit was last mailed. Delete to forget.\n[sent]\n",
        );
        for (k, d) in &self.sent {
            text.push_str(&format!("{} = {d}\n", toml::Value::String(k.clone())));
        }
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(text.as_bytes())?;
        tmp.as_file().sync_all()?;
        tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// The `[sent]` table: `"org/UNIT" = date`. Anything else is corrupt.
fn parse(text: &str) -> Result<BTreeMap<String, NaiveDate>, String> {
    let table: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| e.message().to_string())?;
    let mut out = BTreeMap::new();
    for (key, value) in &table {
        if key != "sent" {
            return Err(format!("unexpected key `{key}`"));
        }
        let sent = value
            .as_table()
            .ok_or_else(|| "`sent` is not a table".to_string())?;
        for (unit, day) in sent {
            let d = day
                .as_datetime()
                .and_then(|d| d.date)
                .filter(|_| day.as_datetime().is_some_and(|d| d.time.is_none()))
                .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()))
                .ok_or_else(|| format!("`{unit}` is not given a date"))?;
            out.insert(unit.clone(), d);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_reads_what_it_writes_and_refuses_anything_else() {
        let ok = parse("# c\n[sent]\n\"bd-syt/VP\" = 2024-07-02\n").unwrap();
        assert_eq!(
            ok.get("bd-syt/VP"),
            NaiveDate::from_ymd_opt(2024, 7, 2).as_ref()
        );
        assert!(parse("").unwrap().is_empty());
        for bad in [
            "[sent\n",
            "sent = 1\n",
            "[sent]\nx = \"2024-07-02\"\n",
            "[sent]\nx = 2024-07-02T10:00:00\n",
            "[other]\n",
            "\u{0}",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }
}
