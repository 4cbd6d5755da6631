//! Appending to a progress file: the one place kpi writes a file the user keeps.
//!
//! A record (`kpi done`) or a request (`kpi request`) is added so that nothing already in
//! the file changes and nothing is ever lost (DESIGN.md 3.3 and 9):
//!
//! - under an exclusive lock on the plan file (which kpi never rewrites); a lock held by
//!   another kpi is waited for, with a word, and given up after a timeout;
//! - the file is read only if it is a regular file: a FIFO never blocks kpi; a symbolic
//!   link is written through (the link stays, its target gets the record) when its target
//!   is inside the repository; a file with several hard links, or one the user may not
//!   write, is refused rather than replaced by a copy;
//! - when the table is written as `[[record]]` blocks (or not yet at all), the new block
//!   is appended as text, byte for byte after the old content, in the file's line ends;
//!   when it is an inline array or a single `[record]` table, toml_edit adds it there;
//! - the new text is verified before it lands: it must parse and hold every old entry,
//!   unchanged and in order, plus the new one; otherwise nothing is written;
//! - it lands atomically: a temporary file beside it (`.NAME.kpi-XXXXXX.tmp`), fsynced,
//!   given the old file's permissions, renamed over it, and the folder fsynced. A process
//!   killed at any moment leaves the old file or the new one; the temporary files such a
//!   process leaves are removed by the next append to the same file.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;

/// A value of a new entry.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Text(String),
    Date(NaiveDate),
}

/// What is appended: `[[record]]` or `[[request]]` with its fields, in order.
#[derive(Clone, Debug)]
pub struct NewEntry {
    pub table: &'static str,
    pub fields: Vec<(&'static str, Field)>,
}

impl NewEntry {
    /// The entry as a `[[table]]` block, each line ending with `eol`.
    pub fn to_block(&self, eol: &str) -> String {
        let mut s = format!("[[{}]]{eol}", self.table);
        for (key, value) in &self.fields {
            let v = match value {
                Field::Text(t) => toml::Value::String(t.clone()).to_string(),
                Field::Date(d) => d.to_string(),
            };
            s.push_str(&format!("{key} = {v}{eol}"));
        }
        s
    }

    /// The entry as the TOML value it reads back as, for the verification.
    fn to_value(&self) -> toml::Value {
        let mut t = toml::Table::new();
        for (key, value) in &self.fields {
            let v = match value {
                Field::Text(s) => toml::Value::String(s.clone()),
                Field::Date(d) => toml::Value::Datetime(toml::value::Datetime {
                    date: Some(toml::value::Date {
                        year: chrono::Datelike::year(d) as u16,
                        month: chrono::Datelike::month(d) as u8,
                        day: chrono::Datelike::day(d) as u8,
                    }),
                    time: None,
                    offset: None,
                }),
            };
            t.insert(key.to_string(), v);
        }
        toml::Value::Table(t)
    }

    fn to_inline(&self) -> toml_edit::InlineTable {
        let mut t = toml_edit::InlineTable::new();
        for (key, value) in &self.fields {
            let v: toml_edit::Value = match value {
                Field::Text(s) => s.as_str().into(),
                Field::Date(d) => toml_edit::Value::from(toml_edit::Date {
                    year: chrono::Datelike::year(d) as u16,
                    month: chrono::Datelike::month(d) as u8,
                    day: chrono::Datelike::day(d) as u8,
                }),
            };
            t.insert(*key, v);
        }
        t
    }
}

/// Why nothing was written. Each holds the facts; `cmd::done` words them.
#[derive(Debug)]
pub enum AppendError {
    Io {
        path: PathBuf,
        error: io::Error,
    },
    /// Another process held the plan's lock for the whole wait.
    Busy(Duration),
    /// A FIFO, device, socket or folder where the progress file should be.
    NotRegular(PathBuf),
    /// A link whose target is outside the repository (or leads nowhere).
    OutsideRepository(PathBuf),
    /// Several names share the file: replacing it would cut the others off.
    HardLinked {
        path: PathBuf,
        links: u64,
    },
    ReadOnly(PathBuf),
    /// The file as it is now is not valid TOML (or not UTF-8): appending would hide that.
    Invalid {
        path: PathBuf,
        message: String,
    },
    /// The table is written in a way kpi cannot add to (`record = "x"`).
    Shape {
        path: PathBuf,
        found: String,
    },
    /// The new text would not hold every old entry plus the new one.
    Verify(PathBuf),
}

/// What an append did.
#[derive(Debug)]
pub struct Appended {
    /// The file written: the link's target when the progress file is a link.
    pub path: PathBuf,
    /// The table was a single `[record]` and is now written `[[record]]`.
    pub converted: bool,
    /// Temporary files of killed runs removed.
    pub removed: usize,
}

/// How the entries of a table are written in the file.
enum Shape {
    /// Absent, or `[[record]]` blocks: the new block is appended as text.
    Blocks,
    /// `record = [{ ... }, ...]`
    Inline,
    /// A single `[record]` table.
    Single,
}

/// Append `entry` to `progress` (created if needed), locking on `lock` (the plan file).
/// `inside` says whether a path lies inside the repository; `wait` bounds the wait for
/// the lock, and `on_wait` is called once if the lock is found held.
pub fn append(
    progress: &Path,
    lock: &Path,
    entry: &NewEntry,
    inside: &dyn Fn(&Path) -> bool,
    wait: Duration,
    on_wait: impl FnMut(),
) -> Result<Appended, AppendError> {
    let io_at = |path: &Path| {
        let path = path.to_path_buf();
        move |error| AppendError::Io { path, error }
    };
    let lock_file = File::open(lock).map_err(io_at(lock))?;
    crate::lock::exclusive(&lock_file, wait, on_wait).map_err(|e| match e {
        crate::lock::LockError::Io(error) => AppendError::Io {
            path: lock.to_path_buf(),
            error,
        },
        crate::lock::LockError::Busy(d) => AppendError::Busy(d),
    })?;

    let target = resolve_link(progress, inside)?;
    let old_meta = match fs::symlink_metadata(&target) {
        Ok(m) => Some(m),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_at(&target)(e)),
    };
    if let Some(m) = &old_meta {
        check_writable(&target, m)?;
    }
    let old = match &old_meta {
        Some(_) => crate::load::read_regular(&target, Vec::new())
            .map_err(|_| AppendError::NotRegular(target.clone()))?,
        None => Vec::new(),
    };
    let invalid = |message: String| AppendError::Invalid {
        path: target.clone(),
        message,
    };
    let text = std::str::from_utf8(&old).map_err(|_| invalid("not UTF-8 text".into()))?;
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", text),
    };
    let before: toml::Table = body
        .parse()
        .map_err(|e: toml::de::Error| invalid(first_line(e.message())))?;
    let eol = if body.contains("\r\n") { "\r\n" } else { "\n" };
    let shape = match before.get(entry.table) {
        None => Shape::Blocks,
        Some(toml::Value::Array(_)) if !is_inline_array(body, entry.table) => Shape::Blocks,
        Some(toml::Value::Array(_)) => Shape::Inline,
        Some(toml::Value::Table(_)) => Shape::Single,
        Some(other) => {
            return Err(AppendError::Shape {
                path: target.clone(),
                found: other.type_str().to_string(),
            });
        }
    };
    let new_text = match shape {
        Shape::Blocks => {
            let mut t = text.to_string();
            if !body.trim().is_empty() {
                if !t.ends_with('\n') {
                    t.push_str(eol);
                }
                t.push_str(eol);
            }
            t.push_str(&entry.to_block(eol));
            t
        }
        Shape::Inline | Shape::Single => {
            let mut doc: toml_edit::DocumentMut = body
                .parse()
                .map_err(|e: toml_edit::TomlError| invalid(first_line(e.message())))?;
            edit(&mut doc, entry, matches!(shape, Shape::Single))?;
            let mut t = format!("{bom}{doc}");
            if body.ends_with('\n') && !t.ends_with('\n') {
                t.push('\n');
            }
            if eol == "\r\n" {
                t = crlf(&t);
            }
            t
        }
    };
    verify(&before, &new_text, entry).ok_or_else(|| AppendError::Verify(target.clone()))?;

    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map_or_else(|| "progress".into(), |n| n.to_string_lossy().into_owned());
    let removed = remove_stale(&dir, &name);
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}.kpi-"))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(io_at(&dir))?;
    tmp.write_all(new_text.as_bytes())
        .map_err(io_at(tmp.path()))?;
    let permissions = match &old_meta {
        Some(m) => m.permissions(),
        None => fs::metadata(lock).map_err(io_at(lock))?.permissions(),
    };
    fs::set_permissions(tmp.path(), permissions).map_err(io_at(tmp.path()))?;
    tmp.as_file().sync_all().map_err(io_at(&target))?;
    tmp.persist(&target).map_err(|e| AppendError::Io {
        path: target.clone(),
        error: e.error,
    })?;
    // The rename is durable once the folder is.
    File::open(&dir)
        .and_then(|d| d.sync_all())
        .map_err(io_at(&dir))?;
    drop(lock_file); // unlocks
    Ok(Appended {
        path: target,
        converted: matches!(shape, Shape::Single),
        removed,
    })
}

/// The file a progress path names: itself, or a link's target inside the repository.
fn resolve_link(progress: &Path, inside: &dyn Fn(&Path) -> bool) -> Result<PathBuf, AppendError> {
    match fs::symlink_metadata(progress) {
        Ok(m) if m.file_type().is_symlink() => {
            if !inside(progress) {
                return Err(AppendError::OutsideRepository(progress.to_path_buf()));
            }
            fs::canonicalize(progress).map_err(|error| AppendError::Io {
                path: progress.to_path_buf(),
                error,
            })
        }
        _ => Ok(progress.to_path_buf()),
    }
}

/// Refuse what an atomic replacement would damage: other hard links to the file, and a
/// file the user has made read-only.
fn check_writable(path: &Path, m: &fs::Metadata) -> Result<(), AppendError> {
    if !m.is_file() {
        return Err(AppendError::NotRegular(path.to_path_buf()));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if m.nlink() > 1 {
            return Err(AppendError::HardLinked {
                path: path.to_path_buf(),
                links: m.nlink(),
            });
        }
    }
    if m.permissions().readonly() {
        return Err(AppendError::ReadOnly(path.to_path_buf()));
    }
    Ok(())
}

/// Whether `key` is written as an inline array (`key = [...]`) rather than blocks.
fn is_inline_array(body: &str, key: &str) -> bool {
    body.parse::<toml_edit::DocumentMut>()
        .ok()
        .and_then(|d| d.get(key).map(|i| i.is_value()))
        .unwrap_or(false)
}

/// Add `entry` to an inline array, or turn a single table into blocks with it.
fn edit(
    doc: &mut toml_edit::DocumentMut,
    entry: &NewEntry,
    single: bool,
) -> Result<(), AppendError> {
    if single {
        let Some(toml_edit::Item::Table(old)) = doc.remove(entry.table) else {
            return Err(AppendError::Verify(PathBuf::new()));
        };
        let mut new = toml_edit::Table::new();
        for (k, v) in entry.to_inline().iter() {
            new.insert(k, toml_edit::value(v.clone()));
        }
        let mut blocks = toml_edit::ArrayOfTables::new();
        blocks.push(old);
        blocks.push(new);
        doc.insert(entry.table, toml_edit::Item::ArrayOfTables(blocks));
    } else {
        let array = doc
            .get_mut(entry.table)
            .and_then(|i| i.as_array_mut())
            .ok_or_else(|| AppendError::Verify(PathBuf::new()))?;
        array.push(entry.to_inline());
    }
    Ok(())
}

/// The new text holds every entry the old one held, unchanged and in order, then the
/// new entry, and nothing else changed.
fn verify(before: &toml::Table, new_text: &str, entry: &NewEntry) -> Option<()> {
    let body = new_text.strip_prefix('\u{feff}').unwrap_or(new_text);
    let after: toml::Table = body.parse().ok()?;
    let entries = |t: &toml::Table| -> Vec<toml::Value> {
        match t.get(entry.table) {
            Some(toml::Value::Array(a)) => a.clone(),
            Some(v @ toml::Value::Table(_)) => vec![v.clone()],
            _ => Vec::new(),
        }
    };
    let (old, new) = (entries(before), entries(&after));
    let ok = new.len() == old.len() + 1
        && new[..old.len()] == old[..]
        && new[old.len()] == entry.to_value()
        && before
            .iter()
            .filter(|(k, _)| *k != entry.table)
            .all(|(k, v)| after.get(k) == Some(v))
        && after.len() == before.len() + usize::from(!before.contains_key(entry.table));
    ok.then_some(())
}

/// LF line ends that are not part of CR LF, made CR LF.
fn crlf(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 64);
    let mut prev = '\0';
    for c in s.chars() {
        if c == '\n' && prev != '\r' {
            out.push('\r');
        }
        out.push(c);
        prev = c;
    }
    out
}

/// Remove the temporary files that killed runs left beside `name` (we hold its lock, so
/// no live run is writing one). Earlier versions named them `.kpi-progress-*.tmp`; those
/// are removed once they are a minute old.
fn remove_stale(dir: &Path, name: &str) -> usize {
    let ours = format!(".{name}.kpi-");
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for e in entries.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        let legacy = n.starts_with(".kpi-progress-")
            && n.ends_with(".tmp")
            && e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > Duration::from_secs(60));
        if ((n.starts_with(&ours) && n.ends_with(".tmp")) || legacy)
            && fs::remove_file(e.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

fn first_line(m: &str) -> String {
    m.lines()
        .next()
        .unwrap_or("")
        .trim_end_matches('.')
        .to_string()
}

#[cfg(test)]
mod tests;
