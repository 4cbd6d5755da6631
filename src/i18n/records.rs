//! Messages of `kpi done` (and every command that appends to a progress file).

messages! {
    NOT_A_TARGET "done-not-a-target" {
        vi: "`{text}` không chỉ ra một nhiệm vụ: viết KẾ_HOẠCH:NHIỆM_VỤ, ví dụ bd-syt-2023-chi-so:IV.1.3",
        en: "`{text}` does not name a task: write PLAN:TASK, e.g. bd-syt-2023-chi-so:IV.1.3"
    }
    NOTHING_WRITTEN "done-nothing-written" {
        vi: "chưa ghi gì",
        en: "nothing was written"
    }
    UNKNOWN_PLAN "done-unknown-plan" {
        vi: "không có kế hoạch `{plan}`: {hint}",
        en: "unknown plan `{plan}`: {hint}"
    }
    RUN_CHECK "done-run-check" {
        vi: "chạy `kpi check` để xem các kế hoạch và kế hoạch nào không đọc được",
        en: "run `kpi check` to see the plans and whether one failed to load"
    }
    DID_YOU_MEAN "did-you-mean" {
        vi: "có phải ý bạn là `{it}`?",
        en: "did you mean `{it}`?"
    }
    UNKNOWN_TASK "done-unknown-task" {
        vi: "kế hoạch `{plan}` không có nhiệm vụ `{task}`: {hint}",
        en: "plan `{plan}` has no task `{task}`: {hint}"
    }
    ITS_TASKS "done-its-tasks" {
        vi: "các nhiệm vụ của kế hoạch: {list}",
        en: "its tasks are: {list}"
    }
    UNKNOWN_PERIOD "done-unknown-period" {
        vi: "nhiệm vụ `{task}` không có kỳ `{period}`: {hint}các kỳ của nhiệm vụ: {list}",
        en: "task `{task}` has no period `{period}`: {hint}its periods are {list}"
    }
    STANDS_FOR "done-stands-for" {
        vi: "{period} kết thúc cùng ngày với {key} nên được ghi là `--period {key}`; ",
        en: "{period} ends with {key} and is recorded as `--period {key}`; "
    }
    NEEDS_PERIOD "done-needs-period" {
        vi: "nhiệm vụ `{task}` có {count} kỳ; chọn một kỳ bằng --period ({open})",
        en: "task `{task}` has {count} periods; say which with --period ({open})"
    }
    OPEN_PERIODS "done-open-periods" {
        vi: "chưa hoàn thành: {list}",
        en: "open: {list}"
    }
    NONE_OPEN "done-none-open" {
        vi: "không còn kỳ nào chưa hoàn thành",
        en: "none is open"
    }
    OPEN_PERIOD "done-open-period" {
        vi: "{key} (hạn {due}, {status})",
        en: "{key} (due {due}, {status})"
    }
    UNKNOWN_UNIT "done-unknown-unit" {
        vi: "không có đơn vị `{unit}`: {hint}",
        en: "unknown unit `{unit}`: {hint}"
    }
    UNITS_ARE_IN "done-units-are-in" {
        vi: "các đơn vị của `{org}` ở trong units.toml của tổ chức đó",
        en: "the units of `{org}` are in its units.toml"
    }
    NOT_ITS_UNIT "done-not-its-unit" {
        vi: "`{unit}` không chủ trì cũng không phối hợp nhiệm vụ `{task}` (chủ trì: {lead}); vẫn ghi nhận",
        en: "`{unit}` neither leads nor supports task `{task}` (lead: {lead}); recorded anyway"
    }
    BEFORE_REQUEST "done-before-request" {
        vi: "bản ghi mang ngày {date}, trước ngày nhận yêu cầu ({arrived}): kiểm tra lại --date và --period",
        en: "the record is dated {date}, before the request arrived ({arrived}): check --date and --period"
    }
    FUTURE_DATE "done-future-date" {
        vi: "bản ghi mang ngày {date}, sau hôm nay ({today}); nó chỉ được tính từ ngày đó",
        en: "the record is dated {date}, after today ({today}); it counts from that day on"
    }
    ALREADY_DONE "done-already-done" {
        vi: "việc này đã được ghi là hoàn thành{on}; bản ghi mới vẫn được thêm",
        en: "this was already recorded as done{on}; the new record is added too"
    }
    ON_DAY "done-on-day" {
        vi: " ngày {date}",
        en: " on {date}"
    }
    RECORDED "done-recorded" {
        vi: "đã ghi {target}{period}: {status} ngày {date}{by} vào {path}",
        en: "recorded {target}{period} {status} on {date}{by} in {path}"
    }
    BY_UNIT "done-by-unit" {
        vi: " (đơn vị {unit})",
        en: " by {unit}"
    }
    CONVERTED "done-converted" {
        vi: "bảng [{table}] duy nhất trong {path} nay được viết thành các khối [[{table}]] để thêm bản ghi; nội dung cũ giữ nguyên",
        en: "the single [{table}] table of {path} is now written as [[{table}]] blocks to hold the new one; its content is unchanged"
    }
    REMOVED_STALE "done-removed-stale" {
        vi: "đã xóa {count} tệp tạm do lần chạy kpi done bị dừng để lại",
        en: "removed {count} temporary file(s) left by kpi done runs that were stopped"
    }
    WAITING "done-waiting" {
        vi: "một lệnh kpi khác đang ghi vào kế hoạch này ({path}); đang chờ (tối đa {secs} giây)",
        en: "another kpi is writing to this plan ({path}); waiting for it (at most {secs} s)"
    }
    BUSY "append-busy" {
        vi: "một lệnh kpi khác giữ khóa của kế hoạch suốt {secs} giây; chưa ghi gì (biến KPI_LOCK_TIMEOUT đặt thời gian chờ)",
        en: "another kpi held the plan's lock for {secs} s; nothing was written (KPI_LOCK_TIMEOUT sets the wait)"
    }
    NOT_REGULAR "append-not-regular" {
        vi: "{path} không phải tệp thông thường (FIFO, thiết bị hoặc socket); kpi chỉ ghi vào tệp thông thường; chưa ghi gì",
        en: "{path} is not a regular file (a FIFO, device or socket); kpi writes only regular files; nothing was written"
    }
    OUTSIDE "append-outside" {
        vi: "{path} là liên kết trỏ ra ngoài kho kế hoạch (hoặc không trỏ tới đâu); kpi không ghi theo nó; chưa ghi gì",
        en: "{path} is a link that leads outside the repository (or nowhere); kpi does not write through it; nothing was written"
    }
    HARD_LINKED "append-hard-linked" {
        vi: "{path} có {links} tên (liên kết cứng); kpi thay tệp một cách nguyên tử nên sẽ cắt các tên khác; chưa ghi gì (chép tệp thành một tệp riêng rồi chạy lại)",
        en: "{path} has {links} names (hard links); kpi replaces the file atomically, which would cut the others off; nothing was written (make it a file of its own and run again)"
    }
    READ_ONLY "append-read-only" {
        vi: "{path} đang ở chế độ chỉ đọc; chưa ghi gì (cho phép ghi: chmod u+w \"{path}\")",
        en: "{path} is read-only; nothing was written (make it writable: chmod u+w \"{path}\")"
    }
    INVALID "append-invalid" {
        vi: "{path} hiện không phải TOML hợp lệ ({why}); sửa tệp trước (kpi check chỉ ra chỗ lỗi); chưa ghi gì",
        en: "{path} is not valid TOML now ({why}); fix it first (kpi check shows where); nothing was written"
    }
    SHAPE "append-shape" {
        vi: "trong {path}, `{table}` là {found}; kpi ghi các bản ghi thành khối [[{table}]]; sửa tệp rồi chạy lại; chưa ghi gì",
        en: "in {path}, `{table}` is a {found}; kpi writes entries as [[{table}]] blocks; fix the file and run again; nothing was written"
    }
    VERIFY "append-verify" {
        vi: "{path}: kpi không thêm được bản ghi mà giữ nguyên mọi bản ghi cũ; chưa ghi gì (hãy thêm bằng tay)",
        en: "{path}: kpi could not add the entry while keeping every old one unchanged; nothing was written (add it by hand)"
    }
    IO "append-io" {
        vi: "{path}: {why}; chưa ghi gì",
        en: "{path}: {why}; nothing was written"
    }
    STATUS_DONE "record-status-done" { vi: "hoàn thành", en: "done" }
    STATUS_IN_PROGRESS "record-status-in-progress" { vi: "đang thực hiện", en: "in progress" }
    STATUS_NOT_APPLICABLE "record-status-not-applicable" { vi: "không áp dụng", en: "not applicable" }
}
