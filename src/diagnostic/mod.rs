//! Diagnostics: what `kpi check` (and every other command that loads plans) reports.
//!
//! Each diagnostic carries a stable kebab-case check name, a severity, a location (file
//! and byte span) and its wording, in the run's language (`i18n::checks`). The checks are
//! listed once, in `Check`, with their severity and a one-line description in both
//! languages; `docs/checks.md` documents the same list.
//! Rendering lives in `render.rs`, the one place that turns spans into `file:line:col`.

pub mod render;

use crate::i18n::{self, Lang, Msg};
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

    /// The severity as a person reads it: "lỗi", "cảnh báo", "ghi chú".
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => i18n::ERROR_PREFIX.text(lang),
            Severity::Warning => i18n::WARNING_PREFIX.text(lang),
            Severity::Note => i18n::NOTE_PREFIX.text(lang),
        }
    }
}

macro_rules! checks {
    ($($variant:ident $name:literal $severity:ident { vi: $vi:literal, en: $en:literal },)*) => {
        /// Every check kpi performs, with its stable name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Check { $($variant,)* }

        impl Check {
            pub const ALL: &'static [Check] = &[$(Check::$variant,)*];

            /// The one-line description of each check, in both languages (`--list-checks`).
            pub const DESCRIPTIONS: &'static [Msg] = &[
                $(Msg { id: concat!("check-", $name), vi: $vi, en: $en },)*
            ];

            pub fn name(self) -> &'static str {
                match self { $(Check::$variant => $name,)* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Check::$variant => Severity::$severity,)* }
            }

            /// What the check finds, in `lang`.
            pub fn description(self, lang: Lang) -> &'static str {
                // The variants and the descriptions are listed in the same order.
                Check::DESCRIPTIONS[self as usize].text(lang)
            }
        }
    };
}

checks! {
    UnreadableFile "unreadable-file" Error {
        vi: "không đọc được một tệp hay thư mục (quyền truy cập, liên kết vòng tròn, không phải tệp)",
        en: "a file or folder cannot be read (permissions, symlink loop, not a file)"
    },
    InvalidUtf8 "invalid-utf8" Error {
        vi: "tệp không phải văn bản UTF-8",
        en: "a file is not UTF-8 text"
    },
    EmptyFile "empty-file" Error {
        vi: "tệp kế hoạch hoặc danh sách đơn vị không có nội dung",
        en: "a plan or registry file has no content"
    },
    TomlSyntax "toml-syntax" Error {
        vi: "tệp viết sai cú pháp TOML",
        en: "the file is not valid TOML"
    },
    MissingField "missing-field" Error {
        vi: "thiếu một trường bắt buộc",
        en: "a required field is missing"
    },
    WrongType "wrong-type" Error {
        vi: "giá trị của một trường sai kiểu (ví dụ số ở chỗ cần văn bản)",
        en: "a field holds a value of the wrong type"
    },
    UnknownField "unknown-field" Error {
        vi: "một trường mà định dạng không có (thường do gõ nhầm)",
        en: "a field that the format does not define (often a typo)"
    },
    InvalidValue "invalid-value" Error {
        vi: "giá trị ngoài các giá trị cho phép (loại nhiệm vụ, trạng thái, mã có dấu cách)",
        en: "a value outside the allowed set (kind, status, id with spaces)"
    },
    InvalidDate "invalid-date" Error {
        vi: "một ngày không có trong lịch, như 31/2/2023",
        en: "a date that does not exist, such as 31/2/2023"
    },
    NoRegistry "no-registry" Error {
        vi: "kế hoạch không có units.toml trong thư mục của nó hay thư mục bên trên",
        en: "a plan with no units.toml in its folder or above it"
    },
    DuplicateOrgId "duplicate-org-id" Error {
        vi: "hai danh sách đơn vị khai báo cùng một mã cơ quan",
        en: "two registries declare the same organisation id"
    },
    DuplicatePlanId "duplicate-plan-id" Error {
        vi: "hai kế hoạch trong kho trùng mã",
        en: "two plans in the repository share an id"
    },
    DuplicateTaskId "duplicate-task-id" Error {
        vi: "hai nhiệm vụ của một kế hoạch trùng mã",
        en: "two tasks of one plan share an id"
    },
    DuplicateSectionId "duplicate-section-id" Error {
        vi: "hai mục của một kế hoạch trùng mã",
        en: "two sections of one plan share an id"
    },
    DuplicateTargetId "duplicate-target-id" Error {
        vi: "hai mục tiêu của một kế hoạch trùng mã",
        en: "two targets of one plan share an id"
    },
    DuplicateUnit "duplicate-unit" Error {
        vi: "một mã, tên hoặc tên gọi khác của đơn vị hay nhóm được dùng hai lần trong danh sách đơn vị",
        en: "a unit or group code, name or alias is used twice in a registry"
    },
    UnknownUnit "unknown-unit" Error {
        vi: "nhiệm vụ ghi một đơn vị hay nhóm không có trong danh sách đơn vị",
        en: "a task names a unit or group that the registry does not know"
    },
    UnknownSection "unknown-section" Error {
        vi: "nhiệm vụ hoặc mục trỏ tới một mục không có trong kế hoạch",
        en: "a task or section refers to a section that does not exist"
    },
    GroupCycle "group-cycle" Error {
        vi: "một nhóm chứa chính nó, trực tiếp hoặc qua các nhóm khác",
        en: "a group contains itself, directly or through other groups"
    },
    UnreadableDeadline "unreadable-deadline" Error {
        vi: "kpi không đọc được cách ghi thời hạn",
        en: "a deadline phrase that kpi cannot read"
    },
    UnknownTask "unknown-task" Error {
        vi: "bản ghi tiến độ ghi một nhiệm vụ mà kế hoạch không có",
        en: "a progress record names a task the plan does not have"
    },
    UnknownPeriod "unknown-period" Error {
        vi: "bản ghi tiến độ ghi một kỳ mà nhiệm vụ không có",
        en: "a progress record names a period the task does not have"
    },
    NoLead "no-lead" Warning {
        vi: "nhiệm vụ chưa có đơn vị chủ trì (nguyên tắc “5 rõ”: rõ người)",
        en: "a task without a lead unit (the \"5 rõ\" rule: clear who)"
    },
    NoDeadline "no-deadline" Warning {
        vi: "nhiệm vụ chưa có thời hạn (nguyên tắc “5 rõ”: rõ thời gian)",
        en: "a task without a deadline (the \"5 rõ\" rule: clear when)"
    },
    NoOutput "no-output" Warning {
        vi: "nhiệm vụ chưa có kết quả, sản phẩm (nguyên tắc “5 rõ”: rõ sản phẩm)",
        en: "a task without an expected result (the \"5 rõ\" rule: clear result)"
    },
    LeadIsSupport "lead-is-support" Warning {
        vi: "một đơn vị vừa chủ trì vừa phối hợp cùng một nhiệm vụ",
        en: "one unit is both lead and support of a task"
    },
    OutsidePeriod "outside-period" Warning {
        vi: "một hạn rơi ra ngoài thời gian thực hiện của kế hoạch",
        en: "a deadline occurrence falls outside the plan's period"
    },
    FutureRecord "future-record" Warning {
        vi: "bản ghi tiến độ mang ngày sau hôm nay (hoặc sau --as-of)",
        en: "a progress record dated after today (or --as-of)"
    },
    NotNfc "not-nfc" Warning {
        vi: "văn bản gõ bằng Unicode tổ hợp, không phải Unicode dựng sẵn NFC (thường do dán từ Word hoặc PDF)",
        en: "text that is not in Unicode NFC (often pasted from Word or a PDF)"
    },
    EmptyGroup "empty-group" Warning {
        vi: "một nhóm không có thành viên",
        en: "a group with no members"
    },
    InvalidEmail "invalid-email" Warning {
        vi: "một địa chỉ e-mail viết sai (`snv@`, `a b@c`): đơn vị đó không bao giờ nhận được thư",
        en: "an e-mail address that is not one (`snv@`, `a b@c`): its unit is never mailed"
    },
    ControlCharacter "control-character" Warning {
        vi: "văn bản chứa ký tự điều khiển hoặc ký tự đảo chiều (nó có thể che hoặc sửa những gì màn hình hiển thị)",
        en: "a control character or bidirectional override in a text (it can hide or rewrite what a terminal shows)"
    },
    StaleTempFile "stale-temp-file" Warning {
        vi: "tệp tạm do một lần chạy `kpi done` bị dừng giữa chừng để lại",
        en: "a temporary file left by a `kpi done` that was stopped before it finished"
    },
    OrphanProgress "orphan-progress" Warning {
        vi: "tệp tiến độ không có tệp kế hoạch đi kèm bên cạnh",
        en: "a progress file with no plan file beside it"
    },
    YearlyRecurrence "yearly-recurrence" Note {
        vi: "thời hạn không ghi năm nên lặp lại mỗi năm của kế hoạch nhiều năm",
        en: "a phrase without a year recurs every year of a multi-year plan"
    },
    ProvisionalHolidays "provisional-holidays" Note {
        vi: "kế hoạch kéo dài sang năm mà kpi tự tính ngày nghỉ theo Bộ luật Lao động (chưa có lịch nghỉ chính thức)",
        en: "a plan reaches into a year whose days off kpi computed from the Labour Code (no official schedule shipped yet)"
    },
    BeforeIssue "before-issue" Warning {
        vi: "thời hạn một lần mà kế hoạch đặt trước chính ngày ban hành của nó (vẫn giữ)",
        en: "a one-off deadline the plan dates before its own date of issue (kept)"
    },
    RecurrenceBeforeIssue "recurrence-before-issue" Note {
        vi: "các kỳ của thời hạn định kỳ kết thúc trước ngày ban hành kế hoạch được bỏ qua (nêu số kỳ)",
        en: "occurrences of recurring deadlines that end before the plan's date of issue are left out (how many)"
    },
    UnknownHoliday "unknown-holiday" Warning {
        vi: "thời hạn nêu một ngày lễ vào năm mà lịch không biết các ngày nghỉ",
        en: "a deadline names a holiday in a year whose days off the calendar does not know"
    },
    NotOnRequest "not-on-request" Warning {
        vi: "một yêu cầu ([[request]]) cho nhiệm vụ có thời hạn không phải \"khi có yêu cầu\" (vẫn được tính)",
        en: "a request ([[request]]) for a task whose deadline is not on request (it still counts)"
    },
    DueBeforeRequest "due-before-request" Error {
        vi: "hạn trả lời của một yêu cầu trước ngày nhận yêu cầu",
        en: "a request is due before the day it arrived"
    },
    DuplicateRequest "duplicate-request" Error {
        vi: "hai yêu cầu cho cùng một nhiệm vụ nhận cùng một ngày",
        en: "two requests for one task arrived on the same day"
    },
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
    /// A part of the line never to be shown (a secret): masked in every excerpt.
    pub redact: Option<Span>,
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
            redact: None,
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
