//! Words of `kpi report` (table, Markdown, xlsx, HTML), of xlsx and file output in
//! every listing, of `kpi calendar` and of `kpi show`.

messages! {
    // Output to files and spreadsheets.
    NO_SUCH_FOLDER "output-no-such-folder" {
        vi: "không ghi được {path}: chưa có thư mục {folder} (tạo trước: mkdir -p {folder})",
        en: "cannot write {path}: the folder {folder} does not exist (create it first: mkdir -p {folder})"
    }
    OTHER_EXTENSION "output-other-extension" {
        vi: "-o {path}: tệp có đuôi .{ext} nhưng kpi sẽ ghi dạng {format}; thêm --format {ext}, hoặc đặt cho tệp một đuôi hợp với dạng {format}",
        en: "-o {path}: the file is named .{ext} but kpi would write {format}; add --format {ext}, or give the file a name that fits {format}"
    }
    CANNOT_WRITE_FILE "output-cannot-write" {
        vi: "không ghi được {path}: {why}",
        en: "cannot write {path}: {why}"
    }
    BINARY_ON_TERMINAL "output-binary-on-terminal" {
        vi: "--format {format} là tệp nhị phân, không in ra màn hình được: ghi vào tệp với -o TỆP, hoặc chuyển hướng (> tệp.{format})",
        en: "--format {format} is a binary file and is not printed on a terminal: write it with -o FILE, or redirect it (> file.{format})"
    }
    WROTE_FILE "output-wrote" {
        vi: "đã ghi {path}",
        en: "wrote {path}"
    }
    SHEET_TOTAL "xlsx-total" { vi: "Tổng cộng", en: "Total" }
    SHEET_ITEMS "xlsx-sheet-items" { vi: "Danh sách", en: "List" }
    SHEET_UNITS "xlsx-sheet-units" { vi: "Đơn vị", en: "Units" }
    SHEET_GROUPS "xlsx-sheet-groups" { vi: "Nhóm", en: "Groups" }
    SHEET_ASSIGNMENTS "xlsx-sheet-assignments" { vi: "Phân công", en: "Assignments" }
    SHEET_PLANS "xlsx-sheet-plans" { vi: "Kế hoạch", en: "Plans" }
    SHEET_INDICES "xlsx-sheet-indices" { vi: "Chỉ số", en: "Indices" }
    SHEET_OVERDUE "xlsx-sheet-overdue" { vi: "Quá hạn", en: "Overdue" }
    SHEET_TARGETS "xlsx-sheet-targets" { vi: "Chỉ tiêu", en: "Targets" }
    SHEET_ABOUT "xlsx-sheet-about" { vi: "Thông tin", en: "About" }
    COL_DUE_DAY "col-due-day" { vi: "Ngày đến hạn", en: "Due day" }
    COL_DAYS "col-days" { vi: "Số ngày (âm: trễ)", en: "Days (negative: late)" }
    COL_ORG "col-org" { vi: "Tổ chức", en: "Organisation" }
    COL_PLAN "col-plan" { vi: "Kế hoạch", en: "Plan" }
    LABEL_FROM "report-label-from" { vi: "Từ ngày", en: "From" }
    LABEL_TO "report-label-to" { vi: "Đến ngày", en: "To" }
    LABEL_AS_OF "report-label-as-of" { vi: "Tính đến ngày", en: "As of" }
    COL_EXTERNAL "col-external" { vi: "Ngoài đơn vị", en: "External" }
    YES "word-yes" { vi: "có", en: "yes" }

    // The report.
    TITLE "report-title" {
        vi: "Báo cáo kết quả thực hiện kế hoạch",
        en: "Report on the implementation of plans"
    }
    SUBTITLE "report-subtitle" {
        vi: "{period} (từ {from} đến {to}), tính đến ngày {as_of}",
        en: "{period} ({from} to {to}), as of {as_of}"
    }
    PERIOD_YEAR "report-period-year" { vi: "Năm {year}", en: "Year {year}" }
    PERIOD_QUARTER "report-period-quarter" { vi: "Quý {q}/{year}", en: "Q{q} {year}" }
    PERIOD_H1 "report-period-h1" { vi: "6 tháng đầu năm {year}", en: "First half of {year}" }
    PERIOD_H2 "report-period-h2" { vi: "6 tháng cuối năm {year}", en: "Second half of {year}" }
    PERIOD_9M "report-period-9m" { vi: "9 tháng năm {year}", en: "First nine months of {year}" }
    PERIOD_MONTH "report-period-month" { vi: "Tháng {month}/{year}", en: "Month {year}-{month}" }
    PERIOD_RANGE "report-period-range" { vi: "Kỳ báo cáo", en: "Reporting period" }
    BAD_PERIOD "report-bad-period" {
        vi: "--period: `{text}` không phải là một kỳ báo cáo; viết 2025-Q1, 2025-H1, 2025-9M, 2025 (hoặc Q1/2025, \"Quý I/2025\", \"6 tháng đầu năm 2025\"), hoặc dùng --from và --to",
        en: "--period: `{text}` is not a reporting period; write 2025-Q1, 2025-H1, 2025-9M, 2025 (or Q1/2025, \"Quý I/2025\"), or use --from and --to"
    }
    FROM_AFTER_TO "report-from-after-to" {
        vi: "--from ({from}) sau --to ({to})",
        en: "--from ({from}) is after --to ({to})"
    }
    CAT_DONE_ON_TIME "report-cat-done-on-time" { vi: "Hoàn thành đúng hạn", en: "Done on time" }
    CAT_DONE_LATE "report-cat-done-late" { vi: "Hoàn thành quá hạn", en: "Done late" }
    CAT_IN_TIME "report-cat-in-time" { vi: "Chưa hoàn thành, còn trong hạn", en: "Not done, still in time" }
    CAT_OVERDUE "report-cat-overdue" { vi: "Quá hạn, chưa hoàn thành", en: "Overdue, not done" }
    SHORT_DONE_ON_TIME "report-short-done-on-time" { vi: "Đúng hạn", en: "On time" }
    SHORT_DONE_LATE "report-short-done-late" { vi: "Trễ hạn", en: "Late" }
    SHORT_IN_TIME "report-short-in-time" { vi: "Trong hạn", en: "In time" }
    SHORT_OVERDUE "report-short-overdue" { vi: "Quá hạn", en: "Overdue" }
    COL_TOTAL "report-col-total" { vi: "Tổng", en: "Total" }
    COL_PERCENT "report-col-percent" { vi: "% hoàn thành", en: "% done" }
    COL_UNIT "report-col-unit" { vi: "Đơn vị", en: "Unit" }
    COL_INDEX "report-col-index" { vi: "Chỉ số", en: "Index" }
    COL_TARGET "report-col-target" { vi: "Chỉ tiêu", en: "Target" }
    COL_TARGET_ID "report-col-target-id" { vi: "Mã", en: "Id" }
    COL_SCOPE "report-col-scope" { vi: "Phạm vi", en: "Scope" }
    SCOPE_UNIT "report-scope-unit" { vi: "đơn vị", en: "unit" }
    SCOPE_PLAN "report-scope-plan" { vi: "kế hoạch", en: "plan" }
    SCOPE_INDEX "report-scope-index" { vi: "chỉ số", en: "index" }
    NO_INDEX "report-no-index" { vi: "Không thuộc chỉ số", en: "No index" }
    HEAD_SUMMARY "report-head-summary" { vi: "Tổng hợp", en: "Summary" }
    HEAD_UNITS "report-head-units" { vi: "Kết quả theo đơn vị", en: "By unit" }
    HEAD_PLANS "report-head-plans" { vi: "Kết quả theo kế hoạch", en: "By plan" }
    HEAD_INDICES "report-head-indices" { vi: "Kết quả theo chỉ số", en: "By index" }
    HEAD_OVERDUE "report-head-overdue" { vi: "Nhiệm vụ quá hạn, chưa hoàn thành", en: "Overdue items" }
    HEAD_TARGETS "report-head-targets" { vi: "Chỉ tiêu của kế hoạch", en: "The plans' targets" }
    NOTHING_OVERDUE "report-nothing-overdue" {
        vi: "Không có nhiệm vụ quá hạn trong kỳ.",
        en: "Nothing of the period is overdue."
    }
    NO_TARGETS "report-no-targets" {
        vi: "Các kế hoạch không ghi chỉ tiêu.",
        en: "The plans state no targets."
    }
    NOTHING_IN_PERIOD "report-nothing-in-period" {
        vi: "Không có nhiệm vụ nào có hạn trong kỳ.",
        en: "Nothing falls due in the period."
    }
    SUMMARY_LINE "report-summary-line" {
        vi: "{total} lượt nhiệm vụ có hạn trong kỳ: {done_on_time} hoàn thành đúng hạn, {done_late} hoàn thành quá hạn, {in_time} chưa hoàn thành nhưng còn trong hạn, {overdue} quá hạn chưa hoàn thành; tỷ lệ hoàn thành {percent}.",
        en: "{total} occurrences fall due in the period: {done_on_time} done on time, {done_late} done late, {in_time} not done but still in time, {overdue} overdue; {percent} done."
    }
    AS_LEAD "report-as-lead" { vi: "Chủ trì", en: "As lead" }
    AS_SUPPORT "report-as-support" { vi: "Phối hợp", en: "As support" }
    NOTE_COUNTING "report-note-counting" {
        vi: "Mỗi lượt là một kỳ của một nhiệm vụ có ngày cuối cùng trong kỳ báo cáo; tình trạng tính đến ngày {as_of}. Một nhiệm vụ giao cho nhóm được tính cho từng đơn vị trong nhóm; đơn vị vừa chủ trì vừa phối hợp được tính là chủ trì.",
        en: "Each occurrence is one deadline of one task whose last day falls in the period; statuses as of {as_of}. A task given to a group counts for each unit of the group; a unit both lead and support counts as lead."
    }
    GENERATED "report-generated" {
        vi: "Lập bằng kpi ngày {day}.",
        en: "Made with kpi on {day}."
    }
    UNITS_WITHOUT_TASKS "report-units-without-tasks" {
        vi: "Đơn vị không có nhiệm vụ trong kỳ: {list}.",
        en: "Units with nothing due in the period: {list}."
    }
    LATE_BY "report-late-by" { vi: "trễ {days} ngày", en: "{days} days late" }
    CHART_LEGEND "report-chart-legend" { vi: "Chú giải", en: "Legend" }

    // kpi calendar.
    CAL_EMPTY "calendar-empty" {
        vi: "lịch không có sự kiện nào: {who} không có kỳ nào phải thực hiện trong các kế hoạch được chọn",
        en: "the calendar has no event: nothing is owed by {who} in the plans selected"
    }
    CAL_NAME "calendar-name" { vi: "Hạn nhiệm vụ: {who}", en: "Deadlines: {who}" }
    CAL_EVERYONE "calendar-everyone" { vi: "mọi đơn vị", en: "every unit" }
    CAL_DONE_SUMMARY "calendar-done-summary" { vi: "✓ Đã xong {task}: {title}", en: "✓ Done {task}: {title}" }
    CAL_SUMMARY "calendar-summary" { vi: "Hạn {task}: {title}", en: "Due {task}: {title}" }
    CAL_PLAN "calendar-plan" { vi: "Kế hoạch", en: "Plan" }
    CAL_OUTPUT "calendar-output" { vi: "Kết quả", en: "Expected result" }
    CAL_LAST_DAY "calendar-last-day" { vi: "Ngày cuối cùng", en: "Last day" }
    CAL_ROLLED "calendar-rolled" {
        vi: "{last} là ngày nghỉ, hạn lùi sang ngày làm việc tiếp theo {due}",
        en: "{last} is a day off; due the next working day, {due}"
    }
    CAL_STATUS_AS_OF "calendar-status-as-of" { vi: "Tình trạng ngày {day}", en: "Status on {day}" }
    CAL_HOW "calendar-how" { vi: "Ghi nhận hoàn thành", en: "Record completion" }

    // kpi show (and the targets of show and request).
    SHOW_PLAN "show-plan" { vi: "Kế hoạch", en: "Plan" }
    SHOW_SECTION "show-section" { vi: "Mục", en: "Section" }
    SHOW_INDICES "show-indices" { vi: "Chỉ số", en: "Indices" }
    SHOW_KIND "show-kind" { vi: "Loại", en: "Kind" }
    SHOW_KIND_TASK "show-kind-task" { vi: "nhiệm vụ", en: "task" }
    SHOW_KIND_REPORT "show-kind-report" { vi: "báo cáo", en: "report" }
    SHOW_KIND_MEETING "show-kind-meeting" { vi: "hội nghị, cuộc họp", en: "meeting" }
    SHOW_NUMBER "show-number" { vi: "Số thứ tự", en: "Number" }
    SHOW_WRITTEN "show-written" { vi: "kế hoạch ghi \"{text}\"", en: "written \"{text}\"" }
    SHOW_NOTE "show-note" { vi: "Ghi chú", en: "Note" }
    SHOW_DUE_TEXT "show-due-text" { vi: "Văn bản ghi", en: "Official wording" }
    SHOW_READS "show-reads" { vi: "Cách đọc", en: "Reads as" }
    SHOW_ALSO_ON_REQUEST "show-also-on-request" { vi: "và khi có yêu cầu", en: "and on request" }
    SHOW_YEARLY "show-yearly" { vi: "lặp lại hằng năm trong thời kỳ của kế hoạch", en: "recurring every year of the plan's period" }
    SHOW_OCCURRENCES "show-occurrences" { vi: "Các kỳ, tính đến ngày {day}", en: "Occurrences, as of {day}" }
    SHOW_NO_OCCURRENCE "show-no-occurrence" { vi: "Nhiệm vụ không có kỳ nào có hạn ({kind}).", en: "The task has no occurrence with a deadline ({kind})." }
    SHOW_COL_WINDOW "show-col-window" { vi: "Khoảng thời gian", en: "Window" }
    SHOW_COL_RECORDS "show-col-records" { vi: "Bản ghi", en: "Records" }
    SHOW_RECORDS "show-records" { vi: "Bản ghi tiến độ", en: "Progress records" }
    SHOW_NO_RECORDS "show-no-records" { vi: "Chưa có bản ghi tiến độ.", en: "No progress record yet." }
    SHOW_REQUESTS "show-requests" { vi: "Yêu cầu", en: "Requests" }
    SHOW_COL_ARRIVED "show-col-arrived" { vi: "Ngày nhận", en: "Arrived" }
    SHOW_COL_REF "show-col-ref" { vi: "Văn bản", en: "Document" }
    SHOW_AFTER_AS_OF "show-after-as-of" { vi: "sau ngày {day}: chưa tính", en: "after {day}: not counted" }
    SHOW_RECORD_STATUS_DONE "show-record-done" { vi: "hoàn thành", en: "done" }
    SHOW_RECORD_STATUS_IN_PROGRESS "show-record-in-progress" { vi: "đang thực hiện", en: "in progress" }
    SHOW_RECORD_STATUS_NOT_APPLICABLE "show-record-not-applicable" { vi: "không áp dụng", en: "not applicable" }
    SHOW_BY "show-by" { vi: "bởi {unit}", en: "by {unit}" }
    SHOW_PROGRESS_FILE "show-progress-file" { vi: "Tệp tiến độ", en: "Progress file" }
    SHOW_FILE "show-file" { vi: "Tệp", en: "File" }
}
