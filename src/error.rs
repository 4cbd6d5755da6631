//! What stops a command, by kind. Every kind ends the run with exit status 2 (DESIGN.md
//! 6) and one line on stderr, `lỗi: …` / `error: …`; a closed pipe ends it quietly. The
//! message is worded where the failure is found, in the user's language, because only
//! there is it known what to tell the user to do; the kind says what sort of failure it
//! is, for the callers and the tests that must tell them apart.

use std::fmt;
use std::path::Path;

use crate::i18n::{self, Lang};
use crate::tr;

#[derive(Debug)]
pub enum UsageError {
    /// A value given on the command line that kpi cannot take (a date, a year, a
    /// period, a format, an id), or options that contradict each other.
    Argument(String),
    /// A name given on the command line that the plans do not hold (a plan, a task, a
    /// unit, an index); the message says the nearest ones.
    Unknown(String),
    /// Nothing to work on: no plan file under the paths given.
    NoPlans(String),
    /// What kpi.toml lacks or misstates for this command (the `[mail]` settings).
    Settings(String),
    /// A file or folder to read that cannot be read, or a document kpi cannot use.
    Read(String),
    /// A file or folder to write that cannot be written; what was there is unchanged.
    Write(String),
    /// Another kpi run holds the lock of the file to change.
    Busy(String),
    /// A change refused to keep the files whole or the records true; nothing was
    /// written.
    Refused(String),
    /// Writing the output failed (a full disk): the error as the system gave it.
    Output(std::io::Error),
    /// stdout was closed by its reader (`kpi due | head -1`): not an error worth a word.
    BrokenPipe,
}

impl UsageError {
    /// The line to print after `lỗi:` / `error:`, in `lang` (the kinds found with a
    /// message carry it already worded).
    pub fn message(&self, lang: Lang) -> String {
        match self {
            UsageError::Argument(m)
            | UsageError::Unknown(m)
            | UsageError::NoPlans(m)
            | UsageError::Settings(m)
            | UsageError::Read(m)
            | UsageError::Write(m)
            | UsageError::Busy(m)
            | UsageError::Refused(m) => m.clone(),
            UsageError::Output(e) => tr!(lang, i18n::CANNOT_WRITE_OUTPUT, why = e),
            UsageError::BrokenPipe => String::new(),
        }
    }

    /// The kind as a word, for tests and logs: `argument`, `unknown`, `no-plans`, ...
    pub fn kind(&self) -> &'static str {
        match self {
            UsageError::Argument(_) => "argument",
            UsageError::Unknown(_) => "unknown",
            UsageError::NoPlans(_) => "no-plans",
            UsageError::Settings(_) => "settings",
            UsageError::Read(_) => "read",
            UsageError::Write(_) => "write",
            UsageError::Busy(_) => "busy",
            UsageError::Refused(_) => "refused",
            UsageError::Output(_) => "output",
            UsageError::BrokenPipe => "broken-pipe",
        }
    }

    /// The same failure, said by a command that writes a record: "…; nothing was
    /// written", so that the user never wonders.
    pub fn nothing_written(self, lang: Lang) -> UsageError {
        let add = |m: String| format!("{m}; {}", tr!(lang, i18n::records::NOTHING_WRITTEN));
        match self {
            UsageError::Argument(m) => UsageError::Argument(add(m)),
            UsageError::Unknown(m) => UsageError::Unknown(add(m)),
            UsageError::NoPlans(m) => UsageError::NoPlans(add(m)),
            UsageError::Settings(m) => UsageError::Settings(add(m)),
            UsageError::Read(m) => UsageError::Read(add(m)),
            UsageError::Write(m) => UsageError::Write(add(m)),
            UsageError::Busy(m) => UsageError::Busy(add(m)),
            UsageError::Refused(m) => UsageError::Refused(add(m)),
            other => other,
        }
    }

    /// A file or folder that could not be read: "không đọc được PATH: WHY".
    pub fn cannot_read(lang: Lang, path: &Path, why: impl fmt::Display) -> UsageError {
        UsageError::Read(tr!(
            lang,
            i18n::checks::CANNOT_READ,
            path = path.display(),
            why = why
        ))
    }

    /// A file or folder that could not be written: "không ghi được PATH: WHY".
    pub fn cannot_write(lang: Lang, path: &Path, why: impl fmt::Display) -> UsageError {
        UsageError::Write(tr!(
            lang,
            i18n::init::CANNOT_WRITE,
            path = path.display(),
            why = why
        ))
    }
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsageError::BrokenPipe => f.write_str("broken pipe"),
            other => f.write_str(&other.message(Lang::En)),
        }
    }
}

impl std::error::Error for UsageError {}

impl From<std::io::Error> for UsageError {
    fn from(e: std::io::Error) -> UsageError {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            UsageError::BrokenPipe
        } else {
            UsageError::Output(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_keeps_its_kind_and_says_nothing_was_written() {
        let e = UsageError::Unknown("no task `X`".into()).nothing_written(Lang::Vi);
        assert_eq!(e.kind(), "unknown");
        assert_eq!(e.message(Lang::Vi), "no task `X`; chưa ghi gì");
        let pipe = UsageError::BrokenPipe.nothing_written(Lang::En);
        assert_eq!(pipe.kind(), "broken-pipe");
    }

    #[test]
    fn a_failed_write_of_the_output_is_worded_in_the_users_language() {
        let e = UsageError::from(std::io::Error::other("disk full"));
        assert_eq!(e.kind(), "output");
        assert_eq!(e.message(Lang::Vi), "không ghi được kết quả: disk full");
        assert_eq!(e.message(Lang::En), "cannot write the output: disk full");
        let pipe = UsageError::from(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert_eq!(pipe.kind(), "broken-pipe");
    }
}
