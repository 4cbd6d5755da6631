//! Diagnostics: what `kpi check` (and every other command that loads plans) reports.
//!
//! Each diagnostic carries a stable kebab-case check name, a severity, a location (file
//! and byte span) and its wording. The checks are listed once, in `Check`, with their
//! severity and a one-line description; `docs/checks.md` documents the same list.
//! Rendering lives in `render.rs`, the one place that turns spans into `file:line:col`.

pub mod render;

use crate::source::{Excerpt, FileId, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

macro_rules! checks {
    ($($variant:ident $name:literal $severity:ident $doc:literal,)*) => {
        /// Every check kpi performs, with its stable name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Check { $($variant,)* }

        impl Check {
            pub const ALL: &'static [Check] = &[$(Check::$variant,)*];

            pub fn name(self) -> &'static str {
                match self { $(Check::$variant => $name,)* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Check::$variant => Severity::$severity,)* }
            }

            pub fn description(self) -> &'static str {
                match self { $(Check::$variant => $doc,)* }
            }
        }
    };
}

checks! {
    UnreadableFile "unreadable-file" Error "a file or folder cannot be read (permissions, symlink loop, not a file)",
    InvalidUtf8 "invalid-utf8" Error "a file is not UTF-8 text",
    EmptyFile "empty-file" Error "a plan or registry file has no content",
    TomlSyntax "toml-syntax" Error "the file is not valid TOML",
    MissingField "missing-field" Error "a required field is missing",
    WrongType "wrong-type" Error "a field holds a value of the wrong type",
    UnknownField "unknown-field" Error "a field that the format does not define (often a typo)",
    InvalidValue "invalid-value" Error "a value outside the allowed set (kind, status, id with spaces)",
    InvalidDate "invalid-date" Error "a date that does not exist, such as 31/2/2023",
    NoRegistry "no-registry" Error "a plan with no units.toml in its folder or above it",
    DuplicateOrgId "duplicate-org-id" Error "two registries declare the same organisation id",
    DuplicatePlanId "duplicate-plan-id" Error "two plans in the repository share an id",
    DuplicateTaskId "duplicate-task-id" Error "two tasks of one plan share an id",
    DuplicateSectionId "duplicate-section-id" Error "two sections of one plan share an id",
    DuplicateTargetId "duplicate-target-id" Error "two targets of one plan share an id",
    DuplicateUnit "duplicate-unit" Error "a unit or group code, name or alias is used twice in a registry",
    UnknownUnit "unknown-unit" Error "a task names a unit or group that the registry does not know",
    UnknownSection "unknown-section" Error "a task or section refers to a section that does not exist",
    GroupCycle "group-cycle" Error "a group contains itself, directly or through other groups",
    UnreadableDeadline "unreadable-deadline" Error "a deadline phrase that kpi cannot read",
    UnknownTask "unknown-task" Error "a progress record names a task the plan does not have",
    UnknownPeriod "unknown-period" Error "a progress record names a period the task does not have",
    NoLead "no-lead" Warning "a task without a lead unit (the \"5 rõ\" rule: clear who)",
    NoDeadline "no-deadline" Warning "a task without a deadline (the \"5 rõ\" rule: clear when)",
    NoOutput "no-output" Warning "a task without an expected result (the \"5 rõ\" rule: clear result)",
    LeadIsSupport "lead-is-support" Warning "one unit is both lead and support of a task",
    OutsidePeriod "outside-period" Warning "a deadline occurrence falls outside the plan's period",
    FutureRecord "future-record" Warning "a progress record dated after today (or --as-of)",
    NotNfc "not-nfc" Warning "text that is not in Unicode NFC (often pasted from Word or a PDF)",
    EmptyGroup "empty-group" Warning "a group with no members",
    OrphanProgress "orphan-progress" Warning "a progress file with no plan file beside it",
    YearlyRecurrence "yearly-recurrence" Note "a phrase without a year recurs every year of a multi-year plan",
    BeforeIssue "before-issue" Warning "a one-off deadline the plan dates before its own date of issue (kept)",
    RecurrenceBeforeIssue "recurrence-before-issue" Note "occurrences of recurring deadlines that end before the plan's date of issue are left out (how many)",
    UnknownHoliday "unknown-holiday" Warning "a deadline names a holiday in a year whose days off the calendar does not know",
}

/// One problem found in one file.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub check: Check,
    pub severity: Severity,
    pub file: FileId,
    pub span: Span,
    pub message: String,
    /// Short text printed under the caret.
    pub label: Option<String>,
    /// What to do about it: "did you mean `VP`?".
    pub help: Option<String>,
    /// The line it points to, taken while the file's text was at hand (the loader lets
    /// the text go once a file is read; see `load`).
    pub excerpt: Option<Box<Excerpt>>,
}

impl Diagnostic {
    pub fn new(check: Check, file: FileId, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            check,
            severity: check.severity(),
            file,
            span,
            message: message.into(),
            label: None,
            help: None,
            excerpt: None,
        }
    }

    pub fn label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn help_opt(mut self, help: Option<String>) -> Diagnostic {
        self.help = help;
        self
    }
}

/// Diagnostics gathered for one file, so that stages can run in parallel and merge.
pub type Diagnostics = Vec<Diagnostic>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_names_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for c in Check::ALL {
            let n = c.name();
            assert!(seen.insert(n), "duplicate check name {n}");
            assert!(
                n.bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit()),
                "{n} is not kebab-case"
            );
        }
    }
}
