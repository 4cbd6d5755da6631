//! Messages of the diagnostics: what `kpi check` (and every command that loads plans)
//! says about the files it reads, with the help that tells how to fix each.
//!
//! The words of the TOML format (`[[task]]`, `lead`, `period = { ... }`) stay as they
//! are written in the files, in backticks; the Vietnamese around them names them
//! plainly ("bảng [[task]]", "trường `lead`"). Check names never appear here: they are
//! fixed, and `diagnostic::render` prints them. The descriptions of `--list-checks` are
//! beside each check in `diagnostic/mod.rs`.

messages! {
    // Where a value sits and what it is, for the messages below.
    PLACE_FILE "diag-place-file" { vi: "tệp", en: "the file" }
    PLACE_TABLE "diag-place-table" { vi: "bảng {table}", en: "{table}" }
    PLACE_FIELD "diag-place-field" { vi: "trường `{field}`", en: "`{field}`" }
    FIELD_IN "diag-field-in" {
        vi: "trường `{key}` trong {place}",
        en: "`{key}` in {place}"
    }
    FOUND_STRING "diag-found-string" { vi: "văn bản", en: "a string" }
    FOUND_INTEGER "diag-found-integer" { vi: "số nguyên", en: "an integer" }
    FOUND_FLOAT "diag-found-float" { vi: "số thập phân", en: "a float" }
    FOUND_BOOLEAN "diag-found-boolean" { vi: "giá trị đúng/sai", en: "a boolean" }
    FOUND_DATE "diag-found-date" { vi: "ngày", en: "a date" }
    FOUND_ARRAY "diag-found-array" { vi: "danh sách", en: "an array" }
    FOUND_TABLE "diag-found-table" { vi: "bảng", en: "a table" }
    EXPECT_STRING "diag-expect-string" {
        vi: "văn bản trong ngoặc kép (\"...\")",
        en: "a string"
    }
    EXPECT_STRINGS "diag-expect-strings" {
        vi: "văn bản hoặc danh sách văn bản ([\"...\", \"...\"])",
        en: "a string or an array of strings"
    }
    EXPECT_BOOLEAN "diag-expect-boolean" { vi: "`true` hoặc `false`", en: "true or false" }
    EXPECT_INTEGER "diag-expect-integer" { vi: "số nguyên", en: "an integer" }
    EXPECT_TABLES "diag-expect-tables" {
        vi: "các khối bảng, mỗi khối mở đầu bằng `{table}`",
        en: "an array of tables, written `{table}`"
    }

    // Reading a table field by field (plan/fields.rs).
    NOT_A_TABLE "diag-not-a-table" {
        vi: "`{what}` phải là một bảng, nhưng ở đây là {found}",
        en: "`{what}` must be a table, found {found}"
    }
    UNKNOWN_FIELD "diag-unknown-field" {
        vi: "trường lạ `{name}` trong {place}",
        en: "unknown field `{name}` in {place}"
    }
    FIELDS_ARE "diag-fields-are" {
        vi: "các trường của {place}: {list}",
        en: "the fields of {place} are: {list}"
    }
    MISSING_FIELD "diag-missing-field" {
        vi: "{place} thiếu trường `{key}`",
        en: "missing field `{key}` in {place}"
    }
    ADD_FIELD "diag-add-field" {
        vi: "thêm dòng `{key} = ...` vào {place}",
        en: "add `{key} = ...` to {place}"
    }
    WRONG_TYPE "diag-wrong-type" {
        vi: "trường `{key}` trong {place} phải là {expected}, nhưng ở đây là {found}",
        en: "`{key}` in {place} must be {expected}, found {found}"
    }
    OUT_OF_RANGE "diag-out-of-range" {
        vi: "số ở trường `{key}` lớn quá mức đọc được",
        en: "`{key}` is out of range"
    }
    NOT_A_DATE "diag-not-a-date" {
        vi: "{what} phải là một ngày viết dạng 2023-06-15 (không có ngoặc kép), nhưng ở đây là {found}",
        en: "{what} must be a date like 2023-06-15, found {found}"
    }
    DATE_WITH_TIME "diag-date-with-time" {
        vi: "{what} phải là một ngày viết dạng 2023-06-15, không kèm giờ",
        en: "{what} must be a date like 2023-06-15, without a time of day"
    }
    NO_SUCH_DAY "diag-no-such-day" {
        vi: "{what}: ngày {date} không có trong lịch",
        en: "{what}: {date} does not exist"
    }
    CONTROL_CHARACTER "diag-control-character" {
        vi: "văn bản này chứa ký tự điều khiển U+{code}",
        en: "this text holds the control character U+{code}"
    }
    CONTROL_CHARACTER_HELP "diag-control-character-help" {
        vi: "xóa ký tự đó (có lẽ nó bị dán theo từ một chương trình khác); kpi hiển thị nó thành mã thoát như `\\u{{1b}}`",
        en: "delete it (it was probably pasted from another program); kpi shows it as an escape such as `\\u{{1b}}`"
    }
    NOT_NFC "diag-not-nfc" {
        vi: "văn bản được gõ bằng Unicode tổ hợp, không phải Unicode dựng sẵn (NFC)",
        en: "text is not in Unicode NFC form"
    }
    NOT_NFC_HELP "diag-not-nfc-help" {
        vi: "có lẽ nó được dán từ Word hoặc PDF; kpi vẫn đọc được, nhưng hãy chuyển sang Unicode dựng sẵn (bằng công cụ chuyển mã của Unikey, hoặc `uconv -x nfc`) để tìm kiếm và sắp xếp đúng",
        en: "it was probably pasted from Word or a PDF; `kpi` reads it, but re-save it as NFC (e.g. with `uconv -x nfc`) so that search and sorting work"
    }

    // Files as a whole (load.rs, raw.rs).
    CANNOT_READ "diag-cannot-read" {
        vi: "không đọc được {path}: {why}",
        en: "cannot read {path}: {why}"
    }
    WHY_MISSING "diag-why-missing" {
        vi: "không có tệp hay thư mục này",
        en: "no such file or folder"
    }
    WHY_OUTSIDE "diag-why-outside" {
        vi: "đây là liên kết (symbolic link) trỏ ra ngoài kho kế hoạch; kpi không đi theo nó",
        en: "a symbolic link that leads outside the repository; kpi does not follow it"
    }
    WHY_BROKEN_LINK "diag-why-broken-link" {
        vi: "đây là liên kết (symbolic link) không trỏ tới đâu (đích của nó không tồn tại)",
        en: "a symbolic link that leads nowhere (its target does not exist)"
    }
    WHY_NOT_REGULAR "diag-why-not-regular" {
        vi: "không phải tệp thông thường (FIFO, thiết bị hoặc socket); kpi chỉ đọc tệp thông thường",
        en: "not a regular file (a FIFO, device or socket); kpi reads only regular files"
    }
    WHY_NOT_TOML "diag-why-not-toml" {
        vi: "không phải tệp .toml; kpi đọc các kế hoạch viết bằng TOML",
        en: "not a .toml file; kpi reads plans written in TOML"
    }
    WHY_LINK_LOOP "diag-why-link-loop" {
        vi: "các liên kết (symbolic link) trỏ vòng tròn; kpi đã bỏ qua",
        en: "symbolic link loop; kpi skipped it"
    }
    WHY_FOLDER "diag-why-folder" {
        vi: "đây là thư mục, không phải tệp",
        en: "it is a folder, not a file"
    }
    WHY_TOO_LARGE "diag-why-too-large" {
        vi: "tệp nặng {size} MiB; kpi chỉ đọc tệp tới {max} MiB",
        en: "the file is {size} MiB; kpi reads files up to {max} MiB"
    }
    WHY_DENIED "diag-why-denied" {
        vi: "không có quyền đọc (hệ thống báo: {os})",
        en: "{os}"
    }
    WHY_OS "diag-why-os" {
        vi: "hệ thống báo lỗi: {os}",
        en: "{os}"
    }
    NOT_UTF8 "diag-not-utf8" {
        vi: "tệp không phải văn bản UTF-8",
        en: "the file is not valid UTF-8 text"
    }
    NOT_UTF8_LABEL "diag-not-utf8-label" { vi: "byte này", en: "this byte" }
    NOT_UTF8_HELP "diag-not-utf8-help" {
        vi: "lưu lại tệp ở dạng UTF-8 (trong hầu hết trình soạn thảo: Lưu thành → Mã hóa → UTF-8); văn bản tiếng Việt từ tệp Word cũ thường ở bảng mã Windows-1258 hoặc TCVN3 (ABC)",
        en: "save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8); Vietnamese text from old Word files is often in Windows-1258 or TCVN3"
    }
    EMPTY_FILE "diag-empty-file" {
        vi: "{path} không có nội dung",
        en: "{path} is empty"
    }
    EMPTY_PLAN_HELP "diag-empty-plan-help" {
        vi: "viết bảng [plan] và các khối [[task]] của kế hoạch, hoặc xóa tệp",
        en: "write the plan's [plan] table and its [[task]]s, or delete the file"
    }
    EMPTY_REGISTRY_HELP "diag-empty-registry-help" {
        vi: "viết bảng [org] và các khối [[unit]] của danh sách đơn vị, hoặc xóa tệp",
        en: "write the registry's [org] table and its [[unit]]s, or delete the file"
    }
    STALE_TEMP "diag-stale-temp" {
        vi: "{path} là tệp tạm do một lần chạy `kpi done` bị dừng giữa chừng để lại",
        en: "{path} is a temporary file left by a `kpi done` that was stopped"
    }
    STALE_TEMP_HELP "diag-stale-temp-help" {
        vi: "xóa tệp này: bản ghi trong đó hoặc đã được ghi vào tệp tiến độ, hoặc chưa hề được ghi (lần chạy `kpi done` tới trên kế hoạch này cũng sẽ xóa nó)",
        en: "delete it: its record was either written to the progress file or never recorded (the next `kpi done` on this plan removes it too)"
    }
    ORPHAN_PROGRESS "diag-orphan-progress" {
        vi: "không có tệp kế hoạch {path} đi kèm tệp tiến độ này",
        en: "no plan file {path} for this progress file"
    }
    ORPHAN_PROGRESS_HELP "diag-orphan-progress-help" {
        vi: "tệp tiến độ nằm cạnh tệp kế hoạch và mang cùng tên: PLAN.toml và PLAN.progress.toml",
        en: "a progress file sits beside its plan and shares its name: PLAN.toml and PLAN.progress.toml"
    }

    // TOML syntax (load.rs): toml's own words are English; kpi wraps them and adds a
    // hint of its own for the common slips.
    INVALID_TOML "diag-invalid-toml" {
        vi: "TOML không hợp lệ: {detail}",
        en: "invalid TOML: {detail}"
    }
    TOML_NO_SUCH_DATE "diag-toml-no-such-date" {
        vi: "ngày này không có trong lịch: {detail}",
        en: "this date does not exist: {detail}"
    }
    DAYS_IN_MONTH "diag-days-in-month" {
        vi: "tháng này chỉ có {days} ngày",
        en: "that month has {days} days"
    }
    MONTHS_IN_YEAR "diag-months-in-year" {
        vi: "tháng chỉ từ 01 đến 12",
        en: "months go from 01 to 12"
    }
    TOML_NO_SUCH_DATE_HELP "diag-toml-no-such-date-help" {
        vi: "kiểm tra ngày và tháng (tháng 2 có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày); ngày viết dạng YYYY-MM-DD, ví dụ 2024-06-15",
        en: "check the day and the month; dates are written YYYY-MM-DD"
    }
    HINT_UNCLOSED_STRING "diag-hint-unclosed-string" {
        vi: "văn bản mở bằng dấu `\"` nhưng chưa đóng: thêm dấu `\"` ở cuối, trên cùng dòng đó (văn bản nhiều dòng thì mở và đóng bằng `\"\"\"`)",
        en: "a text opened with `\"` is not closed: end it with `\"` on the same line (text of several lines is written between `\"\"\"`)"
    }
    HINT_UNQUOTED "diag-hint-unquoted" {
        vi: "văn bản phải đặt trong dấu ngoặc kép: title = \"...\"",
        en: "text values are written in double quotes: title = \"...\""
    }
    HINT_CURLY_QUOTES "diag-hint-curly-quotes" {
        vi: "dùng dấu ngoặc kép thẳng `\"` gõ từ bàn phím, không dùng dấu “ ” mà Word tự đổi sang",
        en: "use the straight double quote `\"` of the keyboard, not the curly “ ” that Word puts in"
    }
    HINT_EQUALS "diag-hint-equals" {
        vi: "mỗi dòng viết tên trường, dấu `=` rồi giá trị: `id = \"...\"`; tên trường không có dấu cách (viết `so_hieu`, không viết `so hieu`)",
        en: "write a key, `=` and the value on one line: `id = \"...\"`; a key has no spaces (write `so_hieu`, not `so hieu`)"
    }
    HINT_DUPLICATE_KEY "diag-hint-duplicate-key" {
        vi: "mỗi trường chỉ được ghi một lần trong một bảng; nhiều nhiệm vụ thì mỗi nhiệm vụ viết trong một khối [[task]] riêng",
        en: "each key may appear once in a table; for several tasks use [[task]] blocks"
    }
    HINT_UNCLOSED "diag-hint-unclosed" {
        vi: "thiếu dấu đóng `{close}`: mở bằng `{open}` thì phải đóng bằng `{close}`",
        en: "a `{open}` is not closed: add `{close}`"
    }
    HINT_ESCAPE "diag-hint-escape" {
        vi: "trong ngoặc kép, dấu `\\` mở đầu một ký tự đặc biệt: viết `\\\\` cho một dấu gạch chéo ngược, hoặc dùng ngoặc đơn: 'C:\\thu_muc'",
        en: "in double quotes, `\\` starts an escape: write `\\\\` for a backslash, or use single quotes: 'C:\\folder'"
    }
    HINT_ONE_PER_LINE "diag-hint-one-per-line" {
        vi: "mỗi dòng chỉ viết một `tên = giá trị`",
        en: "write one `key = value` per line"
    }
    HINT_FORMAT "diag-hint-format" {
        vi: "xem docs/format.md về cách viết tệp kế hoạch",
        en: "see docs/format.md for the layout of plan files"
    }

    // The header of a plan and of a registry (raw.rs).
    MISSING_ORG "diag-missing-org" {
        vi: "units.toml thiếu bảng `[org]`",
        en: "missing table `[org]` in units.toml"
    }
    MISSING_ORG_HELP "diag-missing-org-help" {
        vi: "mở đầu danh sách đơn vị bằng mã và tên cơ quan: [org] id = \"...\" name = \"...\"",
        en: "start the registry with [org] id = \"...\" name = \"...\""
    }
    MISSING_PLAN "diag-missing-plan" {
        vi: "tệp kế hoạch thiếu bảng `[plan]`",
        en: "missing table `[plan]`"
    }
    MISSING_PLAN_HELP "diag-missing-plan-help" {
        vi: "tệp kế hoạch mở đầu bằng mã, tên và năm của kế hoạch: [plan] id = \"...\" title = \"...\" year = ...",
        en: "a plan file starts with [plan] id = \"...\" title = \"...\" year = ..."
    }
    PERIOD_INCOMPLETE "diag-period-incomplete" {
        vi: "trường `period` cần cả `from` (từ ngày) và `to` (đến ngày)",
        en: "`period` needs both `from` and `to`"
    }
    PERIOD_EXAMPLE "diag-period-example" {
        vi: "viết period = {{ from = 2023-01-01, to = 2030-10-31 }}",
        en: "write period = {{ from = 2023-01-01, to = 2030-10-31 }}"
    }
    PERIOD_BACKWARDS "diag-period-backwards" {
        vi: "thời gian thực hiện kết thúc ({to}) trước khi bắt đầu ({from})",
        en: "the period ends ({to}) before it starts ({from})"
    }
    MISSING_YEAR "diag-missing-year" {
        vi: "bảng [plan] thiếu trường `year` (hoặc `period`)",
        en: "missing field `year` (or `period`) in [plan]"
    }
    MISSING_YEAR_HELP "diag-missing-year-help" {
        vi: "thêm `year = 2024` (năm của kế hoạch), hoặc `period = {{ from = 2023-01-01, to = 2030-10-31 }}` cho kế hoạch nhiều năm",
        en: "add `year = 2024`, or `period = {{ from = 2023-01-01, to = 2030-10-31 }}`"
    }
    YEAR_OUT_OF_RANGE "diag-year-out-of-range" {
        vi: "năm {year} nằm ngoài khoảng kpi đọc được (từ 1900 đến 2200)",
        en: "year {year} is out of range: kpi reads plans from 1900 to 2200"
    }
    DATE_OUT_OF_RANGE "diag-date-out-of-range" {
        vi: "ngày {date} nằm ngoài khoảng kpi đọc được (từ năm 1900 đến 2200)",
        en: "{date} is out of range: kpi reads plans from 1900 to 2200"
    }
    ISSUED_AFTER "diag-issued-after" {
        vi: "kế hoạch ban hành năm {issued} nhưng chỉ áp dụng cho năm {year}",
        en: "the plan is issued in {issued} but covers {year}"
    }

    // Ids (validate.rs, load.rs).
    NOUN_PLAN "diag-noun-plan" { vi: "kế hoạch", en: "plan" }
    NOUN_TASK "diag-noun-task" { vi: "nhiệm vụ", en: "task" }
    NOUN_SECTION "diag-noun-section" { vi: "mục", en: "section" }
    NOUN_TARGET "diag-noun-target" { vi: "mục tiêu", en: "target" }
    BAD_ID "diag-bad-id" {
        vi: "mã {what} `{id}` không được để trống, không được có dấu cách hay dấu `:`",
        en: "{what} id `{id}` must be non-empty, without spaces or `:`"
    }
    BAD_ID_HELP "diag-bad-id-help" {
        vi: "mã được gõ trên dòng lệnh (`kpi done PLAN:TASK`); thử `{fix}`",
        en: "ids are typed on the command line (`kpi done PLAN:TASK`); try `{fix}`"
    }
    DUPLICATE_ID "diag-duplicate-id" {
        vi: "mã {what} `{id}` bị trùng",
        en: "duplicate {what} id `{id}`"
    }
    DUPLICATE_ID_HELP "diag-duplicate-id-help" {
        vi: "{what} đầu tiên mang mã này ở dòng {line}; đặt cho mỗi {what} một mã riêng (ví dụ `{id}.b`)",
        en: "the first {what} with this id is on line {line}; give each {what} its own id (for example `{id}.b`)"
    }
    DUPLICATE_PLAN_HELP "diag-duplicate-plan-help" {
        vi: "{path} đã dùng mã này; mỗi kế hoạch trong kho cần một mã riêng (`kpi done {plan}:TASK` phải chỉ đúng một kế hoạch)",
        en: "{path} uses it already; plan ids are unique in the repository (`kpi done {plan}:TASK` must name one plan)"
    }
    DUPLICATE_ORG "diag-duplicate-org" {
        vi: "mã cơ quan `{org}` đã được khai báo ở một units.toml khác",
        en: "organisation id `{org}` is already declared"
    }
    DUPLICATE_ORG_HELP "diag-duplicate-org-help" {
        vi: "{path} cũng khai báo mã này; mỗi units.toml cần một mã [org] riêng",
        en: "{path} declares it too; each units.toml needs its own [org] id"
    }

    // The registry of units (validate.rs).
    EMPTY_SPELLING "diag-empty-spelling" {
        vi: "mã, tên hoặc tên gọi khác của đơn vị đang để trống",
        en: "empty unit code, name or alias"
    }
    SPELLING_TAKEN "diag-spelling-taken" {
        vi: "`{name}` đã được dùng trong danh sách đơn vị này",
        en: "`{name}` is already used in this registry"
    }
    SPELLING_TAKEN_HELP "diag-spelling-taken-help" {
        vi: "`{first}` ở dòng {line} cũng được viết như vậy (không phân biệt chữ hoa, chữ thường, dấu cách và dấu); mỗi mã, tên và tên gọi khác chỉ được dùng cho một đơn vị hoặc nhóm",
        en: "`{first}` on line {line} spells the same (case, spaces and accents are ignored); each code, name and alias must name one unit or group"
    }
    NOT_AN_EMAIL "diag-not-an-email" {
        vi: "`{address}` không phải là địa chỉ e-mail",
        en: "`{address}` is not an e-mail address"
    }
    UNIT_EMAIL_HELP "diag-unit-email-help" {
        vi: "viết đủ địa chỉ (ten@coquan.gov.vn); khi chưa sửa, `kpi notify` không gửi thư được cho đơn vị `{unit}`",
        en: "write the whole address (name@domain.vn); until then `kpi notify` cannot mail unit `{unit}`"
    }
    GROUP_EMPTY "diag-group-empty" {
        vi: "nhóm `{group}` chưa có thành viên nào",
        en: "group `{group}` has no members"
    }
    GROUP_EMPTY_HELP "diag-group-empty-help" {
        vi: "ghi mã các đơn vị thành viên: `members = [\"CODE\", ...]`, hoặc xóa nhóm",
        en: "add `members = [\"CODE\", ...]`, or remove the group"
    }
    GROUP_SELF "diag-group-self" {
        vi: "nhóm `{group}` chứa chính nó",
        en: "group `{group}` contains itself"
    }
    GROUP_CYCLE "diag-group-cycle" {
        vi: "nhóm `{group}` nằm trong một vòng lặp gồm {count} nhóm",
        en: "group `{group}` is part of a cycle of {count} groups"
    }
    GROUP_CYCLE_HELP "diag-group-cycle-help" {
        vi: "đi theo các thành viên lại quay về nhóm này: {path}; bỏ một trong các quan hệ thành viên đó",
        en: "the members lead back to it: {path}; remove one of these memberships"
    }
    UNKNOWN_UNIT "diag-unknown-unit" {
        vi: "trường `{field}`: không có đơn vị `{name}` trong danh sách đơn vị (units.toml)",
        en: "unknown unit `{name}` in `{field}`"
    }
    UNIT_SUGGESTION "diag-unit-suggestion" {
        vi: "{suggestion} (đơn vị `{code}`, {unit}); nếu vẫn muốn viết như vậy, thêm cách viết này vào `aliases` của đơn vị đó trong units.toml",
        en: "{suggestion} (unit `{code}`, {unit}); or add this spelling to `aliases` in units.toml"
    }
    ADD_UNIT "diag-add-unit" {
        vi: "thêm một khối [[unit]] hoặc [[group]] cho tên này vào danh sách đơn vị của `{org}` (units.toml), hoặc thêm nó vào `aliases` của một đơn vị đã có",
        en: "add a [[unit]] or [[group]] for it to the registry of `{org}`, or an alias to an existing one"
    }
    LOOK_ALIKE "diag-look-alike" {
        vi: "`{name}` có chữ `{letter}` (U+{code}), trông như chữ Latinh nhưng thuộc bảng chữ khác; gõ lại bằng bộ gõ tiếng Việt ({suggestion})",
        en: "`{name}` contains `{letter}` (U+{code}), a non-Latin letter that looks like a Latin one; type it again with a Vietnamese keyboard ({suggestion})"
    }
    UNITS_IN_ONE "diag-units-in-one" {
        vi: "`{name}` ghi {count} đơn vị trong cùng một văn bản",
        en: "`{name}` names {count} units in one text"
    }
    UNITS_AS_LIST "diag-units-as-list" {
        vi: "viết thành danh sách, mỗi tên một văn bản trong ngoặc kép: {field} = [{list}]",
        en: "write them as a list, one name per string: {field} = [{list}]"
    }

    // Plans and tasks (validate.rs).
    UNKNOWN_SECTION "diag-unknown-section" {
        vi: "kế hoạch không có mục `{id}`",
        en: "unknown section `{id}`"
    }
    NO_SECTIONS "diag-no-sections" {
        vi: "kế hoạch này chưa có khối [[section]] nào; thêm một mục với mã này",
        en: "this plan has no [[section]]; add one with this id"
    }
    SECTIONS_ARE "diag-sections-are" {
        vi: "các mục của kế hoạch: {list}",
        en: "the sections of this plan are: {list}"
    }
    UNKNOWN_KIND "diag-unknown-kind" {
        vi: "loại nhiệm vụ `{kind}` không hợp lệ",
        en: "unknown task kind `{kind}`"
    }
    KINDS_ARE "diag-kinds-are" {
        vi: "`kind` là một trong: `task` (nhiệm vụ), `report` (báo cáo), `meeting` (hội nghị, cuộc họp)",
        en: "kind is one of: task, report, meeting"
    }
    NO_REGISTRY "diag-no-registry" {
        vi: "kế hoạch `{plan}` chưa có danh sách đơn vị (units.toml)",
        en: "plan `{plan}` has no unit registry"
    }
    NO_REGISTRY_HELP "diag-no-registry-help" {
        vi: "đặt một tệp units.toml có bảng [org] và các khối [[unit]] vào thư mục của kế hoạch này hoặc một thư mục bên trên",
        en: "put a units.toml with [org] and the [[unit]]s in this plan's folder or a folder above it"
    }
    REGISTRY_FAILED "diag-registry-failed" {
        vi: "không đọc được danh sách đơn vị của kế hoạch `{plan}` ({path})",
        en: "the unit registry of plan `{plan}`, {path}, failed to load"
    }
    REGISTRY_FAILED_HELP "diag-registry-failed-help" {
        vi: "sửa các lỗi được báo trong units.toml đó (bảng [org] cần có `id` và `name`); khi chưa sửa, kế hoạch này bị bỏ qua",
        en: "fix the errors reported in that units.toml (its [org] table needs `id` and `name`); until then this plan is left out"
    }
    NO_LEAD "diag-no-lead" {
        vi: "nhiệm vụ `{task}` chưa có đơn vị chủ trì (nguyên tắc “5 rõ”: rõ người)",
        en: "task `{task}` has no lead unit"
    }
    NO_LEAD_HELP "diag-no-lead-help" {
        vi: "ghi đơn vị chủ trì ở trường `lead`: `lead = [\"...\"]`",
        en: "name the unit in charge (chủ trì) with `lead = [\"...\"]`"
    }
    NO_DEADLINE "diag-no-deadline" {
        vi: "nhiệm vụ `{task}` chưa có thời hạn (nguyên tắc “5 rõ”: rõ thời gian)",
        en: "task `{task}` has no deadline"
    }
    NO_DEADLINE_HELP "diag-no-deadline-help" {
        vi: "thêm `due = \"...\"` (ví dụ \"Trước ngày 20/6/2024\", \"Hàng quý\" hoặc \"Thường xuyên\")",
        en: "add `due = \"...\"` (a phrase such as \"Trước ngày 20/6/2024\", \"Hàng quý\" or \"Thường xuyên\")"
    }
    NO_OUTPUT "diag-no-output" {
        vi: "nhiệm vụ `{task}` chưa ghi kết quả, sản phẩm (nguyên tắc “5 rõ”: rõ sản phẩm)",
        en: "task `{task}` has no expected result"
    }
    NO_OUTPUT_HELP "diag-no-output-help" {
        vi: "thêm `output = \"...\"` (kết quả, sản phẩm cần đạt)",
        en: "add `output = \"...\"` (kết quả, sản phẩm)"
    }
    LEAD_IS_SUPPORT "diag-lead-is-support" {
        vi: "`{unit}` vừa chủ trì vừa phối hợp nhiệm vụ `{task}`",
        en: "`{unit}` is both lead and support of task `{task}`"
    }
    LEAD_IS_SUPPORT_HELP "diag-lead-is-support-help" {
        vi: "đơn vị này được ghi là `{lead}` ở trường `lead` và `{support}` ở trường `support`",
        en: "it is named as `{lead}` in lead and `{support}` in support"
    }

    // Progress files (validate.rs).
    UNKNOWN_TASK "diag-unknown-task" {
        vi: "kế hoạch `{plan}` không có nhiệm vụ `{task}`",
        en: "plan `{plan}` has no task `{task}`"
    }
    TASKS_ARE "diag-tasks-are" {
        vi: "các nhiệm vụ của kế hoạch `{plan}` là các khối [[task]] trong tệp kế hoạch",
        en: "the tasks of plan `{plan}` are the [[task]] blocks of its plan file"
    }
    UNKNOWN_STATUS "diag-unknown-status" {
        vi: "trạng thái `{status}` không hợp lệ",
        en: "unknown status `{status}`"
    }
    STATUSES_ARE "diag-statuses-are" {
        vi: "`status` là một trong: `done` (hoàn thành), `in-progress` (đang thực hiện), `not-applicable` (không áp dụng)",
        en: "status is one of: done, in-progress, not-applicable"
    }
    FUTURE_RECORD "diag-future-record" {
        vi: "bản ghi mang ngày {date}, sau hôm nay ({today})",
        en: "record dated {date}, after today ({today})"
    }
    FUTURE_RECORD_HELP "diag-future-record-help" {
        vi: "kiểm tra lại năm; bản ghi chỉ ghi việc đã xảy ra",
        en: "check the year; a record says what has happened"
    }
    UNKNOWN_PERIOD "diag-unknown-period" {
        vi: "nhiệm vụ `{task}` không có kỳ `{period}`",
        en: "task `{task}` has no period `{period}`"
    }
    PERIOD_STANDS_FOR "diag-period-stands-for" {
        vi: "kỳ `{key}` kết thúc cùng ngày và được dùng thay cho kỳ này: ghi `{key}`",
        en: "`{key}` ends on the same day and stands for it: write `{key}`"
    }
    PERIOD_SUGGESTION "diag-period-suggestion" {
        vi: "{suggestion} Các kỳ của nhiệm vụ: {list}",
        en: "{suggestion} The periods of this task are: {list}"
    }
    PERIODS_ARE "diag-periods-are" {
        vi: "các kỳ của nhiệm vụ: {list}",
        en: "the periods of this task are: {list}"
    }
    PERIOD_NEEDED "diag-period-needed" {
        vi: "nhiệm vụ `{task}` có {count} kỳ; bản ghi phải ghi rõ kỳ nào",
        en: "task `{task}` has {count} periods; the record must name one"
    }
    PERIOD_NEEDED_HELP "diag-period-needed-help" {
        vi: "thêm `period = \"...\"`, một trong: {list}",
        en: "add `period = \"...\"`, one of: {list}"
    }

    // kpi.toml (config.rs).
    INVALID_SETTING "diag-invalid-setting" {
        vi: "giá trị `{value}` không hợp lệ",
        en: "invalid value `{value}`"
    }
    LANG_IS "diag-lang-is" {
        vi: "`lang` là `vi` (tiếng Việt) hoặc `en` (tiếng Anh)",
        en: "lang is `vi` or `en`"
    }
    SECURITY_IS "diag-security-is" {
        vi: "`security` là `none`, `starttls` hoặc `tls`",
        en: "security is `none`, `starttls` or `tls`"
    }
    REPORT_DAY_RANGE "diag-report-day-range" {
        vi: "`report_day` phải là một ngày trong tháng, từ 1 đến 28",
        en: "report_day must be a day from 1 to 28"
    }
    PORT_RANGE "diag-port-range" {
        vi: "`port` phải từ 1 đến 65535",
        en: "port must be from 1 to 65535"
    }
    TIMEOUT_RANGE "diag-timeout-range" {
        vi: "`timeout` là số giây, từ 1 đến 3600",
        en: "timeout is a number of seconds from 1 to 3600"
    }
    PASSWORD_IN_FILE "diag-password-in-file" {
        vi: "không được ghi mật khẩu trong kpi.toml",
        en: "a password must not be written in kpi.toml"
    }
    PASSWORD_IN_FILE_HELP "diag-password-in-file-help" {
        vi: "xóa dòng `password` (và đổi mật khẩu đó: nó đã nằm trong một tệp), rồi đặt `password_env = \"KPI_SMTP_PASSWORD\"`: kpi đọc mật khẩu từ biến môi trường đó",
        en: "remove the `password` line (change that password: it has been in a file), and set `password_env = \"KPI_SMTP_PASSWORD\"`: kpi reads the password from that environment variable"
    }
    MAIL_ADDRESS "diag-mail-address" {
        vi: "trường `{key}`: `{address}` không phải là địa chỉ e-mail",
        en: "`{key}`: `{address}` is not an e-mail address"
    }
    MAIL_ADDRESS_HELP "diag-mail-address-help" {
        vi: "viết một địa chỉ, có thể kèm tên: \"Văn phòng Sở <vanphong@example.org>\"",
        en: "write an address, with a name if you like: \"Văn phòng Sở <vanphong@example.org>\""
    }
    PROVISIONAL_HOLIDAYS "provisional-holidays" {
        vi: "kế hoạch kéo dài sang {list}: chưa có lịch nghỉ chính thức cho {which}, nên kpi tự tính Tết, Giỗ Tổ và ngày nghỉ bù theo Bộ luật Lao động (tạm tính)",
        en: "the plan reaches into {list}: no official holiday schedule is known for {which}, so kpi computed Tết, Giỗ Tổ and the days in lieu from the Labour Code (provisional)"
    }
    THOSE_YEARS "provisional-those-years" { vi: "các năm đó", en: "those years" }
    THAT_YEAR "provisional-that-year" { vi: "năm đó", en: "that year" }
    PROVISIONAL_YEARS "provisional-years" {
        vi: " (các năm {first} đến {last})",
        en: " (years {first} to {last})"
    }
    PROVISIONAL_HOLIDAYS_HELP "provisional-holidays-help" {
        vi: "xem các ngày đó bằng `kpi holidays --year {first}`; khi có thông báo chính thức của Chính phủ về ngày nghỉ, sửa trong kpi.toml bằng `[[holiday]]` (date = ... hoặc from = ... to = ..., name = \"...\") và `[[workday]]` cho ngày thứ Bảy làm bù{range}",
        en: "see them with `kpi holidays --year {first}`; when the government's notice fixes the days off, correct kpi.toml with `[[holiday]]` (date = ... or from = ... to = ..., name = \"...\") and `[[workday]]` for a make-up Saturday{range}"
    }
    YEARLY_RECURRENCE "yearly-recurrence" {
        vi: "thời hạn này không ghi năm nên được lặp lại mỗi năm của kế hoạch (từ {first} đến {last})",
        en: "this deadline names no year, so it recurs every year of the plan ({first} to {last})"
    }
    YEARLY_RECURRENCE_HELP "yearly-recurrence-help" {
        vi: "nếu chỉ làm một lần, hãy ghi năm (\"Trước ngày 20/6/2024\")",
        en: "name the year (\"Trước ngày 20/6/2024\") if it is meant once"
    }
    OUTSIDE_PERIOD "outside-period" {
        vi: "kỳ {key} (hạn {last}) nằm ngoài thời kỳ của kế hoạch ({from} đến {to}) nên bị bỏ qua",
        en: "occurrence {key} (last day {last}) is outside the plan's period {from} to {to}; it is dropped"
    }
    OUTSIDE_PERIOD_HELP "outside-period-help" {
        vi: "kiểm tra năm của thời hạn, hoặc `year` / `period` của kế hoạch",
        en: "check the year of the deadline, or the plan's `year` / `period`"
    }
    UNKNOWN_HOLIDAY "unknown-holiday" {
        vi: "kpi không biết các ngày nghỉ của {key}: kỳ này không có ngày",
        en: "kpi does not know the days off of {key}: this occurrence has no date"
    }
    UNKNOWN_HOLIDAY_HELP "unknown-holiday-help" {
        vi: "hãy ghi ngày cụ thể: lịch của kpi không có ngày nghỉ của dịp lễ đó trong năm đó",
        en: "write the date instead: kpi's calendar has no days off for that holiday in that year"
    }
    BEFORE_ISSUE "before-issue" {
        vi: "kỳ {key} có hạn {last}, trước ngày ban hành kế hoạch ({issued})",
        en: "occurrence {key} is due on {last}, before the plan was issued on {issued}"
    }
    BEFORE_ISSUE_HELP "before-issue-help" {
        vi: "vẫn giữ như kế hoạch ghi; kiểm tra lại ngày, hoặc ghi nhận đã hoàn thành",
        en: "kept as the plan writes it; check the date, or record it done"
    }
    ONE_LEFT_OUT "recurrence-before-issue-one" {
        vi: "1 kỳ của thời hạn định kỳ kết thúc trước ngày ban hành kế hoạch ({issued}) nên được bỏ qua",
        en: "1 occurrence of a recurring deadline ends before the plan was issued on {issued}: it is left out"
    }
    MANY_LEFT_OUT "recurrence-before-issue-many" {
        vi: "{count} kỳ của các thời hạn định kỳ kết thúc trước ngày ban hành kế hoạch ({issued}) nên được bỏ qua",
        en: "{count} occurrences of recurring deadlines end before the plan was issued on {issued}: they are left out"
    }
    LEFT_OUT_HELP "recurrence-before-issue-help" {
        vi: "việc định kỳ bắt đầu cùng kế hoạch; với việc kế hoạch giao làm trước ngày ban hành, hãy ghi thời hạn cụ thể (\"Trong quý I\")",
        en: "a recurrence starts with the plan; write a date (\"Trong quý I\") for work the plan asks for before its issue"
    }
    HOLIDAY_DATE_AND_RANGE "settings-holiday-date-and-range" {
        vi: "một mục [[holiday]] ghi `date` hoặc `from` và `to`, không ghi cả hai",
        en: "a [[holiday]] has either `date` or `from` and `to`, not both"
    }
    HOLIDAY_DATE_AND_RANGE_HELP "settings-holiday-date-and-range-help" {
        vi: "một ngày nghỉ ghi `date = 2027-02-04`; nhiều ngày liền nhau ghi `from = 2027-02-04` và `to = 2027-02-10`",
        en: "write one day as `date = 2027-02-04`, several as `from = 2027-02-04` and `to = 2027-02-10`"
    }
    HOLIDAY_NO_DATE "settings-holiday-no-date" {
        vi: "mục [[holiday]] thiếu trường `date` (hoặc `from` và `to`)",
        en: "missing field `date` (or `from` and `to`) in [[holiday]]"
    }
    HOLIDAY_NO_DATE_HELP "settings-holiday-no-date-help" {
        vi: "thêm `date = 2027-02-04`, hoặc `from = 2027-02-04` và `to = 2027-02-10`",
        en: "add `date = 2027-02-04`, or `from = 2027-02-04` and `to = 2027-02-10`"
    }
    HOLIDAY_HALF_RANGE "settings-holiday-half-range" {
        vi: "mục [[holiday]] thiếu trường `{missing}`",
        en: "missing field `{missing}` in [[holiday]]"
    }
    HOLIDAY_HALF_RANGE_HELP "settings-holiday-half-range-help" {
        vi: "một khoảng ngày nghỉ cần cả `from` (ngày nghỉ đầu tiên) và `to` (ngày nghỉ cuối cùng)",
        en: "a range needs both `from` and `to` (the first and the last day off)"
    }
    HOLIDAY_TO_BEFORE_FROM "settings-holiday-to-before-from" {
        vi: "`to` ({to}) trước `from` ({from})",
        en: "`to` ({to}) is before `from` ({from})"
    }
    HOLIDAY_TO_BEFORE_FROM_HELP "settings-holiday-to-before-from-help" {
        vi: "`from` là ngày nghỉ đầu tiên, `to` là ngày nghỉ cuối cùng",
        en: "`from` is the first day off and `to` the last"
    }
    HOLIDAY_TOO_LONG "settings-holiday-too-long" {
        vi: "mục [[holiday]] kéo dài {days} ngày; tối đa {max} ngày",
        en: "a [[holiday]] range covers {days} days; at most {max}"
    }
    HOLIDAY_TOO_LONG_HELP "settings-holiday-too-long-help" {
        vi: "tách thành nhiều mục, hoặc xem lại năm của `from` và `to`",
        en: "split it, or check the years of `from` and `to`"
    }
    WORKDAY_NO_DATE "settings-workday-no-date" {
        vi: "mục [[workday]] thiếu trường `date`",
        en: "missing field `date` in [[workday]]"
    }
    WORKDAY_NO_DATE_HELP "settings-workday-no-date-help" {
        vi: "thêm `date = 2027-02-20`: ngày thứ Bảy hoặc Chủ nhật phải đi làm (làm bù)",
        en: "add `date = 2027-02-20`: the Saturday or Sunday that is worked"
    }
}
