//! `kpi merge-progress BASE OURS THEIRS [PATH]`: git's merge driver for progress files.
//!
//! `kpi done` only ever appends a block to a progress file. When two people append at
//! once and pull, git's line merge sees two insertions at the same place; its own union
//! merge would keep both, but it first moves the lines the two blocks share at their
//! ends (`[[record]]`, a `by = "VP"` last line) out of the conflict, so one record loses
//! a field or two records run into one (tests/cli/init.rs shows both with real git). The
//! blocks belong whole and in order: ours, then what the other side appended.
//!
//! Anything but appends on both sides (an edited record) is left to `git merge-file`,
//! which marks the conflict for a person; so is a result that is not valid TOML.

use std::io::Write;
use std::path::Path;

use crate::cli::MergeProgressArgs;
use crate::config::Context;
use crate::i18n::init as msg;
use crate::tr;
use crate::{Exit, UsageError};

/// The merged text when both sides only appended to `base`, else `None`.
pub fn appended(base: &str, ours: &str, theirs: &str) -> Option<String> {
    let (a, b) = (ours.strip_prefix(base)?, theirs.strip_prefix(base)?);
    if b.is_empty() || a == b {
        return Some(ours.to_string());
    }
    if a.is_empty() {
        return Some(theirs.to_string());
    }
    let mut out = String::with_capacity(ours.len() + b.len() + 1);
    out.push_str(ours);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(b);
    Some(out)
}

pub fn run(
    ctx: &Context,
    args: &MergeProgressArgs,
    _out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let read =
        |p: &Path| std::fs::read_to_string(p).map_err(|e| UsageError::cannot_read(ctx.lang, p, e));
    let (base, ours, theirs) = (read(&args.base)?, read(&args.ours)?, read(&args.theirs)?);
    let name = args
        .path
        .clone()
        .unwrap_or_else(|| args.ours.display().to_string());
    let merged = match appended(&base, &ours, &theirs) {
        None => {
            writeln!(
                err,
                "{}",
                tr!(ctx.lang, msg::MERGE_NOT_APPENDS, path = name)
            )?;
            None
        }
        Some(text) => match toml::from_str::<toml::Table>(&text) {
            Ok(_) => Some(text),
            Err(e) => {
                let why = e.message().to_string();
                writeln!(
                    err,
                    "{}",
                    tr!(ctx.lang, msg::MERGE_BROKEN, path = name, why = why)
                )?;
                None
            }
        },
    };
    if let Some(text) = merged {
        std::fs::write(&args.ours, text)
            .map_err(|e| UsageError::cannot_write(ctx.lang, &args.ours, e))?;
        return Ok(Exit::Success);
    }
    // git's own line merge, with conflict markers, into OURS: its status is the number
    // of conflicts, and a merge driver that leaves any exits non-zero.
    let status = std::process::Command::new("git")
        .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
        .arg(&args.ours)
        .arg(&args.base)
        .arg(&args.theirs)
        .status()
        .map_err(|e| UsageError::Write(tr!(ctx.lang, msg::MERGE_FILE_FAILED, why = e)))?;
    Ok(if status.success() {
        Exit::Success
    } else {
        Exit::Found
    })
}

#[cfg(test)]
mod tests {
    use super::appended;

    #[track_caller]
    fn case(base: &str, ours: &str, theirs: &str, want: Option<&str>) {
        assert_eq!(appended(base, ours, theirs).as_deref(), want);
    }

    #[test]
    fn appends_on_both_sides_are_kept_whole_ours_first() {
        let base = "# p\n";
        let a = "# p\n\n[[record]]\ntask = \"I.1\"\nby = \"VP\"\n";
        let b = "# p\n\n[[record]]\ntask = \"I.2\"\nby = \"VP\"\n";
        case(
            base,
            a,
            b,
            Some(
                "# p\n\n[[record]]\ntask = \"I.1\"\nby = \"VP\"\n\n[[record]]\ntask = \"I.2\"\nby = \"VP\"\n",
            ),
        );
        case(base, a, base, Some(a));
        case(base, base, b, Some(b));
        case(base, a, a, Some(a));
        // Both created the file: everything is an append to nothing.
        case(
            "",
            "[[record]]\ntask = \"A\"\n",
            "[[record]]\ntask = \"B\"\n",
            Some("[[record]]\ntask = \"A\"\n[[record]]\ntask = \"B\"\n"),
        );
        // Ours lacks a final newline: the other block starts on a line of its own.
        case(
            "x = 1",
            "x = 1\ny = 2",
            "x = 1\nz = 3\n",
            Some("x = 1\ny = 2\n\nz = 3\n"),
        );
        // An edit of what was there is not an append.
        case(base, "# q\n", b, None);
        case(base, a, "# changed\n", None);
    }
}
