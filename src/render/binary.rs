//! Where a finished output goes when it is not text for the terminal: a file named with
//! `-o FILE` (any format), or, for a binary format (xlsx), standard output when it is
//! not a terminal (`kpi report --format xlsx > bao-cao.xlsx`).
//!
//! Binary bytes bypass the output guard of main.rs on purpose: the guard escapes control
//! characters so that text from files cannot drive a terminal, and an xlsx file (a zip)
//! is nothing but such bytes; escaping them would corrupt it. What the guard protects
//! cannot happen here: binary output is refused on a terminal, and what is written
//! to a pipe or a file is read by a program, not shown. So the bytes go to the process's
//! real stdout, `std::io::stdout()`, which main's guard wraps but does not own (its lock
//! is re-entrant on the same thread, and nothing else is written to stdout in a run
//! that writes binary output).

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::config::Lang;
use crate::i18n::report as msg;
use crate::{UsageError, tr};

/// Write `bytes` to `output`, replacing it atomically (a temporary file beside it,
/// renamed over it): a reader never sees half a workbook. The folder must exist.
pub fn to_file(bytes: &[u8], output: &Path, lang: Lang) -> Result<(), UsageError> {
    let fail = |e: std::io::Error| {
        UsageError::Write(tr!(
            lang,
            msg::CANNOT_WRITE_FILE,
            path = output.display(),
            why = e
        ))
    };
    let dir = match output.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(UsageError::Write(tr!(
            lang,
            msg::NO_SUCH_FOLDER,
            path = output.display(),
            folder = dir.display()
        )));
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".kpi-output-")
        .tempfile_in(dir)
        .map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    // A new file gets the usual permissions, not the temporary file's 0600.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = match std::fs::metadata(output) {
            Ok(m) => m.permissions().mode(),
            Err(_) => 0o644,
        };
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(mode))
            .map_err(fail)?;
    }
    tmp.persist(output).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Write a binary format (`format`, as typed) to `output`, or to the real standard
/// output when it is not a terminal; on a terminal, refuse and say how.
pub fn deliver(
    bytes: &[u8],
    output: Option<&Path>,
    format: &str,
    lang: Lang,
) -> Result<(), UsageError> {
    if let Some(path) = output {
        return to_file(bytes, path, lang);
    }
    let stdout = std::io::stdout();
    if stdout.is_terminal() {
        return Err(UsageError::Argument(tr!(
            lang,
            msg::BINARY_ON_TERMINAL,
            format = format
        )));
    }
    let mut lock = stdout.lock();
    lock.write_all(bytes)?;
    lock.flush()?;
    Ok(())
}

/// `-o FILE` names a file whose extension says another format than the one kpi writes
/// (`-o bao-cao.xlsx` without `--format xlsx`): refuse, and write nothing. A name without a known extension takes any format.
pub fn check_extension(
    output: Option<&Path>,
    written: crate::cli::Format,
    lang: Lang,
) -> Result<(), UsageError> {
    use crate::cli::Format;
    let Some(path) = output else {
        return Ok(());
    };
    let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
        return Ok(());
    };
    let ext = ext.to_ascii_lowercase();
    let named = match ext.as_str() {
        "xlsx" => Format::Xlsx,
        "html" | "htm" => Format::Html,
        "csv" => Format::Csv,
        "json" => Format::Json,
        "md" | "markdown" => Format::Md,
        "ics" => Format::Ics,
        "txt" => Format::Table,
        _ => return Ok(()),
    };
    if named == written {
        return Ok(());
    }
    let name = |f: Format| {
        clap::ValueEnum::to_possible_value(&f)
            .map_or_else(String::new, |v| v.get_name().to_string())
    };
    Err(UsageError::Argument(tr!(
        lang,
        msg::OTHER_EXTENSION,
        path = path.display(),
        ext = name(named),
        format = name(written)
    )))
}
