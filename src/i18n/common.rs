//! Messages shared by every command: prefixes, dates, the command line.

messages! {
    ERROR_PREFIX "error-prefix" { vi: "lỗi", en: "error" }
    WARNING_PREFIX "warning-prefix" { vi: "cảnh báo", en: "warning" }
    NOTE_PREFIX "note-prefix" { vi: "ghi chú", en: "note" }
    HELP_PREFIX "help-prefix" { vi: "gợi ý", en: "help" }
    CANNOT_CHANGE_DIR "cannot-change-dir" {
        vi: "không chuyển được vào thư mục {dir}: {why}",
        en: "cannot change to folder {dir}: {why}"
    }
    CANNOT_WRITE_OUTPUT "cannot-write-output" {
        vi: "không ghi được kết quả: {why}",
        en: "cannot write the output: {why}"
    }
    BAD_DATE "bad-date" {
        vi: "`{text}` không phải là một ngày; viết dd/mm/yyyy (15/07/2025) hoặc yyyy-mm-dd (2025-07-15)",
        en: "`{text}` is not a date; write it as yyyy-mm-dd (2025-07-15) or dd/mm/yyyy (15/07/2025)"
    }
    NO_SUCH_DATE "no-such-date" {
        vi: "ngày `{text}` không có trong lịch (kiểm tra ngày và tháng)",
        en: "`{text}` is not a day of the calendar (check the day and the month)"
    }

    INCOMPLETE_HEAD "incomplete-head" {
        vi: "kết quả chưa đầy đủ: {count} tệp có lỗi, phần không đọc được của chúng bị bỏ qua",
        en: "the answer is incomplete: {count} file(s) have errors, and what could not be read in them is left out"
    }
    INCOMPLETE_HELP "incomplete-help" {
        vi: "chạy `kpi check` để xem từng lỗi và cách sửa",
        en: "run `kpi check` to see each problem and how to fix it"
    }
    NOTHING_OVERDUE "nothing-overdue" {
        vi: "Không có nhiệm vụ quá hạn tính đến ngày {day}.",
        en: "Nothing overdue as of {day}."
    }
    NOTHING_DUE "nothing-due" {
        vi: "Không có nhiệm vụ quá hạn hoặc đến hạn tính đến ngày {day}.",
        en: "Nothing overdue or due as of {day}."
    }
    NOTHING_IN_WHAT_WAS_READ "nothing-in-what-was-read" {
        vi: "(chỉ tính các tệp đọc được; {count} tệp có lỗi bị bỏ qua một phần, xem trên)",
        en: "(in the files that could be read; {count} file(s) with errors were left out in part, see above)"
    }
    NO_PLAN_FILES "no-plan-files" {
        vi: "không tìm thấy tệp kế hoạch nào; chạy kpi trong một kho kế hoạch, hoặc chỉ ra thư mục chứa kế hoạch",
        en: "no plan files found; run kpi inside a plan repository, or give the plans folder"
    }
    COL_STATUS "col-status" { vi: "Tình trạng", en: "Status" }
    COL_LAST_DAY "col-last-day" { vi: "Hạn", en: "Last day" }
    COL_TASK "col-task" { vi: "Nhiệm vụ", en: "Task" }
    COL_TITLE "col-title" { vi: "Nội dung", en: "Title" }
    COL_LEAD "col-lead" { vi: "Chủ trì", en: "Lead" }
    COL_SUPPORT "col-support" { vi: "Phối hợp", en: "Support" }
    COL_PERIOD "col-period" { vi: "Kỳ", en: "Period" }
    COL_ROLE "col-role" { vi: "Vai trò", en: "Role" }
    COL_VIA "col-via" { vi: "Qua nhóm", en: "Via" }
    COL_DEADLINE "col-deadline" { vi: "Thời hạn", en: "Deadline" }
    COL_NEXT "col-next" { vi: "Hạn tiếp theo", en: "Next" }
    COL_CHECK "col-check" { vi: "Quy tắc", en: "Check" }
    COL_SEVERITY "col-severity" { vi: "Mức độ", en: "Severity" }
    COL_MEANING "col-meaning" { vi: "Ý nghĩa", en: "Meaning" }
    STATUS_OVERDUE "status-overdue" { vi: "Quá hạn, chưa hoàn thành", en: "Overdue" }
    STATUS_DUE "status-due" { vi: "Đến hạn (trong {days} ngày)", en: "Due (within {days} days)" }
    STATUS_UPCOMING "status-upcoming" { vi: "Chưa đến hạn", en: "Upcoming" }
    STATUS_DONE "status-done" { vi: "Hoàn thành đúng hạn", en: "Done on time" }
    STATUS_DONE_LATE "status-done-late" { vi: "Hoàn thành quá hạn", en: "Done late" }
    STATUS_NOT_APPLICABLE "status-not-applicable" { vi: "Không áp dụng", en: "Not applicable" }
    DAYS_TODAY "days-today" { vi: "hôm nay", en: "today" }
    DAYS_LATE "days-late" { vi: "trễ {n} ngày", en: "{n} days late" }
    DAY_LATE "day-late" { vi: "trễ 1 ngày", en: "1 day late" }
    DAYS_LEFT "days-left" { vi: "còn {n} ngày", en: "in {n} days" }
    DAY_LEFT "day-left" { vi: "còn 1 ngày", en: "in 1 day" }
    NO_OCCURRENCE_ONGOING "no-occurrence-ongoing" { vi: "Thường xuyên", en: "Ongoing" }
    NO_OCCURRENCE_ON_REQUEST "no-occurrence-on-request" { vi: "Khi có yêu cầu", en: "On request" }
    NO_OCCURRENCE_ELSEWHERE "no-occurrence-elsewhere" { vi: "Theo kế hoạch khác", en: "Set elsewhere" }
    CHECK_SUMMARY "check-summary" {
        vi: "{files}, {plans}, {tasks}: {errors}, {warnings}, {notes}",
        en: "{files}, {plans}, {tasks}: {errors}, {warnings}, {notes}"
    }
    VERDICT_OK "verdict-ok" { vi: "đạt", en: "ok" }
    VERDICT_FAILED "verdict-failed" { vi: "có lỗi", en: "failed" }
}

/// Things kpi counts in sentences.
#[derive(Clone, Copy, Debug)]
pub enum Noun {
    File,
    Plan,
    Task,
    Error,
    Warning,
    Note,
}

/// `n` things, as a person says it: "1 plan", "2 plans"; "2 kế hoạch" (Vietnamese nouns
/// do not change with the number).
pub fn count(lang: super::Lang, n: usize, noun: Noun) -> String {
    let (vi, one, many) = match noun {
        Noun::File => ("tệp", "file", "files"),
        Noun::Plan => ("kế hoạch", "plan", "plans"),
        Noun::Task => ("nhiệm vụ", "task", "tasks"),
        Noun::Error => ("lỗi", "error", "errors"),
        Noun::Warning => ("cảnh báo", "warning", "warnings"),
        Noun::Note => ("ghi chú", "note", "notes"),
    };
    match (lang, n) {
        (super::Lang::Vi, _) => format!("{n} {vi}"),
        (super::Lang::En, 1) => format!("1 {one}"),
        (super::Lang::En, _) => format!("{n} {many}"),
    }
}
