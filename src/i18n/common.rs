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
}
