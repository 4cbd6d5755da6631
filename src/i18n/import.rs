//! Messages of `kpi import`: the comments it writes into the plan file, its summary and
//! its errors.

messages! {
    KIND_DOCX "import-kind-docx" { vi: "tài liệu Word", en: "Word document" }
    KIND_XLSX "import-kind-xlsx" { vi: "bảng tính Excel", en: "Excel workbook" }
    KIND_TEXT "import-kind-text" { vi: "văn bản chép từ Word", en: "text copied out of Word" }
    ROLE_NUMBER "import-role-number" { vi: "TT", en: "TT" }
    ROLE_TITLE "import-role-title" { vi: "nội dung", en: "title" }
    ROLE_LEAD "import-role-lead" { vi: "chủ trì", en: "lead" }
    ROLE_SUPPORT "import-role-support" { vi: "phối hợp", en: "support" }
    ROLE_OUTPUT "import-role-output" { vi: "kết quả", en: "output" }
    ROLE_DUE "import-role-due" { vi: "thời gian", en: "deadline" }
    ROLE_NOTE "import-role-note" { vi: "ghi chú", en: "note" }

    FILE_HEADER "import-file-header" {
        vi: "Nhập bằng `kpi import` từ {file} ({kind}). Các chú thích bắt đầu bằng \"kpi:\" nói kpi đã đoán gì hoặc chưa làm được gì: kiểm tra, sửa nếu cần, rồi xóa chú thích.",
        en: "Imported by `kpi import` from {file} ({kind}). Comments that start with \"kpi:\" say what kpi guessed or could not do: check them, correct what needs it, then delete the comment."
    }
    FILE_SOURCE_TABLE "import-file-source-table" {
        vi: "Nhiệm vụ: các dòng của bảng phụ lục, cột {columns}. Mã nhiệm vụ là số mục và số TT (IV.1.3); dòng không có TT mang một chữ cái (II.2.a).",
        en: "Tasks: the rows of the appendix table, columns {columns}. Task ids are the section and the TT number (IV.1.3); rows without a TT take a letter (II.2.a)."
    }
    FILE_SOURCE_BODY "import-file-source-body" {
        vi: "Nhiệm vụ: các mục đánh số trong thân kế hoạch có dòng \"Đơn vị thực hiện\" hoặc \"Thời gian\"; mã nhiệm vụ là số phần và số mục (II.1).",
        en: "Tasks: the numbered items of the plan's body that have a \"Đơn vị thực hiện\" or \"Thời gian\" line; task ids are the part and the item number (II.1)."
    }
    FILE_OCR "import-file-ocr" {
        vi: "kpi: văn bản không có dấu tiếng Việt, có lẽ là bản quét đọc bằng OCR: kiểm tra từng chữ, hoặc nhập từ tệp .docx gốc.",
        en: "kpi: the text has no Vietnamese diacritics, probably a scan read by OCR: check every word, or import the original .docx."
    }
    ID_CHOSEN "import-id-chosen" {
        vi: "kpi: mã kế hoạch do kpi đặt; đổi bằng --id khi nhập, hoặc sửa ở đây trước khi ghi tiến độ.",
        en: "kpi: plan id chosen by kpi; give another with --id, or change it here before any progress is recorded."
    }
    TITLE_FROM_APPENDIX "import-title-from-appendix" {
        vi: "kpi: tệp chỉ có tên của phụ lục; thay bằng tên kế hoạch trong văn bản ban hành.",
        en: "kpi: the file has the appendix's heading only; replace it with the plan's title from the issued document."
    }
    PERIOD_APPENDIX "import-period-appendix" {
        vi: "kpi: thời gian của kế hoạch lấy từ tên phụ lục.",
        en: "kpi: the plan's period is taken from the appendix's heading."
    }
    PERIOD_ATTACHED "import-period-attached" {
        vi: "kpi: năm lấy từ ngày ở dòng \"(Kèm theo Kế hoạch số …)\"; kiểm tra lại.",
        en: "kpi: the year is that of the date in \"(Kèm theo Kế hoạch số …)\"; check it."
    }
    PERIOD_OPTION "import-period-option" {
        vi: "kpi: thời gian của kế hoạch theo tùy chọn khi nhập (--year hoặc --from/--to).",
        en: "kpi: the plan's period was given when importing (--year or --from/--to)."
    }
    ISSUED_BLANK "import-issued-blank" {
        vi: "kpi: văn bản để trống ngày ban hành; thêm issued = YYYY-MM-DD khi biết.",
        en: "kpi: the document leaves the day of issue blank; add issued = YYYY-MM-DD once it is known."
    }
    SECTION_MADE "import-section-made" {
        vi: "kpi: bảng không có dòng mục (I, II, 1 …): mọi nhiệm vụ thuộc một mục mang tên phụ lục.",
        en: "kpi: the table has no section rows (I, II, 1 …): every task is in one section named after the appendix."
    }
    EMPTY_LEAD_ABOVE "import-empty-lead-above" {
        vi: "kpi: ô chủ trì để trống. Có lẽ ô này gộp với ô của dòng {number} (\"{lead}\") và việc gộp đã mất khi sao chép; để trống cho đến khi cơ quan xác nhận (kpi check cảnh báo no-lead).",
        en: "kpi: the lead cell is empty. It was probably merged with that of row {number} (\"{lead}\") and the merge was lost in the copy; it stays empty until the office confirms (kpi check warns no-lead)."
    }
    EMPTY_LEAD "import-empty-lead" {
        vi: "kpi: ô chủ trì để trống trong văn bản; kpi check cảnh báo (no-lead) cho đến khi cơ quan giao đơn vị chủ trì.",
        en: "kpi: the lead cell is empty in the document; kpi check warns (no-lead) until the office names a lead."
    }
    CONTINUED "import-continued" {
        vi: "kpi: dòng này tiếp sang đầu trang sau; phần ở trang sau đã được nối vào.",
        en: "kpi: this row goes on at the top of the next page; that part is joined to it."
    }
    SHARES_ABOVE "import-shares-above" {
        vi: "kpi: dòng thứ hai của mục {number}: TT và nội dung lấy từ dòng trên (ô gộp đã mất khi sao chép).",
        en: "kpi: a second line of row {number}: its TT and title are those of the row above (their merged cells were lost in the copy)."
    }
    REJOINED "import-rejoined" {
        vi: "kpi: tên \"{name}\" bị ngắt trang chia làm hai; đã ghép lại.",
        en: "kpi: the name \"{name}\" was cut in two by a page break; joined again."
    }
    UNKNOWN_HERE "import-unknown-here" {
        vi: "kpi: units.toml chưa có {names} (xem cuối tệp).",
        en: "kpi: units.toml does not have {names} (see the end of the file)."
    }
    UNREADABLE_DUE "import-unreadable-due" {
        vi: "kpi: không đọc được thời hạn ({why}); giữ nguyên văn, kpi check báo lỗi cho đến khi viết lại (kpi schedule --help có các cách viết).",
        en: "kpi: the deadline cannot be read ({why}); kept as written, kpi check reports it until it is rewritten (kpi schedule --help lists the forms)."
    }
    KIND_GUESSED "import-kind-guessed" {
        vi: "kpi: loại \"{kind}\" đoán từ câu chữ.",
        en: "kpi: kind \"{kind}\" guessed from the wording."
    }
    MERGED "import-merged" {
        vi: "kpi: ô gộp xuống nhiều dòng trong văn bản ({roles}): giá trị áp dụng cho cả dòng này.",
        en: "kpi: cells merged down over several rows in the document ({roles}): their value applies to this row too."
    }
    UNKNOWN_BLOCK "import-unknown-block" {
        vi: "kpi: các tên dưới đây chưa có trong {registry}. Thêm từng tên vào đó (là đơn vị mới như gợi ý, hoặc vào aliases của đơn vị đã có), rồi chạy kpi check:",
        en: "kpi: the names below are not in {registry}. Add each to it (as a new unit, as suggested, or to the aliases of a unit it has), then run kpi check:"
    }
    NO_REGISTRY "import-no-registry" {
        vi: "units.toml (chưa có: tạo ở thư mục của kế hoạch)",
        en: "units.toml (there is none yet: create it in the plan's folder)"
    }
    NAMED_IN "import-named-in" { vi: "có ở: {tasks}", en: "named in: {tasks}" }
    BODY_DUTIES "import-body-duties" {
        vi: "kpi: nhiệm vụ ở thân kế hoạch ({part}) chưa được nhập: thêm bằng tay các nhiệm vụ báo cáo, mỗi nhiệm vụ một [[task]] với kind = \"report\" (docs/import.md).",
        en: "kpi: the tasks of the plan's body ({part}) are not imported: add its reporting duties by hand, each a [[task]] with kind = \"report\" (docs/import.md)."
    }

    UNSUPPORTED_PDF "import-unsupported-pdf" {
        vi: "{file} là tệp PDF: kpi không đọc bảng trong PDF. Mở văn bản gốc bằng Word, lưu thành .docx (Tệp → Lưu thành → Word Document) rồi nhập tệp .docx.",
        en: "{file} is a PDF: kpi does not read the tables of a PDF. Open the original document in Word, save it as .docx (File → Save As → Word Document), then import the .docx."
    }
    UNSUPPORTED_IMAGE "import-unsupported-image" {
        vi: "{file} là ảnh (bản quét hoặc ảnh chụp): kpi không đọc chữ trong ảnh. Xin tệp Word gốc của văn bản, lưu thành .docx rồi nhập tệp đó.",
        en: "{file} is a picture (a scan or a photo): kpi does not read text in pictures. Ask for the original Word file of the document, save it as .docx, then import that."
    }
    UNSUPPORTED_OLD "import-unsupported-old" {
        vi: "{file} là tệp Word hoặc Excel 97-2003 (.doc, .xls): mở bằng Word hoặc Excel, lưu thành .docx hoặc .xlsx rồi nhập lại.",
        en: "{file} is a Word or Excel 97-2003 file (.doc, .xls): open it in Word or Excel, save it as .docx or .xlsx, then import that."
    }
    UNSUPPORTED_OTHER "import-unsupported-other" {
        vi: "kpi không đọc được loại tệp của {file}: mở bằng Word hoặc Excel, lưu thành .docx (hoặc .xlsx) rồi nhập lại.",
        en: "kpi does not read the kind of file {file} is: open it in Word or Excel, save it as .docx (or .xlsx), then import that."
    }
    BROKEN "import-broken" {
        vi: "không đọc được {file} ({why}): mở bằng Word hoặc Excel, lưu lại thành .docx hoặc .xlsx rồi nhập lại.",
        en: "cannot read {file} ({why}): open it in Word or Excel, save it again as .docx or .xlsx, then import that."
    }
    NOT_UTF8 "import-not-utf8" {
        vi: "{file} không phải văn bản UTF-8 (byte thứ {at}): nhập thẳng tệp .docx, hoặc trong Word chọn Lưu thành → Plain Text, mã hóa Unicode (UTF-8).",
        en: "{file} is not UTF-8 text (byte {at}): import the .docx itself, or in Word choose Save As → Plain Text, encoding Unicode (UTF-8)."
    }
    NO_TASKS "import-no-tasks" {
        vi: "không tìm thấy nhiệm vụ trong {file}. kpi tìm một bảng có cột tiêu đề nội dung (Nội dung, Nhiệm vụ) và ít nhất một cột Chủ trì, Phối hợp, Kết quả hoặc Thời gian; hoặc các mục đánh số có dòng \"Đơn vị thực hiện:\" hay \"Thời gian thực hiện:\". Bản quét đọc bằng OCR thường mất bảng: nhập từ tệp .docx gốc.",
        en: "no tasks found in {file}. kpi looks for a table with a heading for the task (Nội dung, Nhiệm vụ) and at least one of Chủ trì, Phối hợp, Kết quả or Thời gian; or for numbered items with a \"Đơn vị thực hiện:\" or \"Thời gian thực hiện:\" line. A scan read by OCR usually loses its tables: import the original .docx."
    }
    NO_PERIOD "import-no-period" {
        vi: "{file} không cho biết kế hoạch cho năm nào (tên kế hoạch không có \"năm 2024\" hay \"giai đoạn 2023 - 2030\"): cho biết bằng --year 2024, hoặc --from 01/01/2023 --to 31/12/2030.",
        en: "{file} does not say which year the plan covers (its title has no \"năm 2024\" or \"giai đoạn 2023 - 2030\"): give it with --year 2024, or --from 2023-01-01 --to 2030-12-31."
    }
    EXISTS "import-exists" {
        vi: "{out} đã có: kpi không ghi đè. Chọn tên khác với -o, hoặc thêm --force để thay tệp đó.",
        en: "{out} exists already: kpi does not overwrite it. Choose another name with -o, or add --force to replace it."
    }
    CANNOT_WRITE "import-cannot-write" { vi: "không ghi được {out}: {why}", en: "cannot write {out}: {why}" }
    BAD_ID "import-bad-id" {
        vi: "mã kế hoạch `{id}` không dùng được: không có dấu cách hay dấu `:` (gõ trên dòng lệnh dạng KẾ-HOẠCH:NHIỆM-VỤ); ví dụ `{suggestion}`",
        en: "plan id `{id}` cannot be used: no spaces and no `:` (it is typed on the command line as PLAN:TASK); for example `{suggestion}`"
    }
    BAD_REGISTRY "import-bad-registry" {
        vi: "{registry} có lỗi; kpi khớp tên đơn vị với những gì đọc được (kpi check {registry} để xem lỗi).",
        en: "{registry} has errors; kpi matches unit names against what it could read (kpi check {registry} shows them)."
    }

    SUMMARY_READ "import-summary-read" {
        vi: "kpi import: {tasks} nhiệm vụ trong {sections} mục, đọc từ {file} ({source}).",
        en: "kpi import: {tasks} tasks in {sections} sections, read from {file} ({source})."
    }
    SOURCE_TABLE "import-source-table" { vi: "bảng phụ lục", en: "the appendix table" }
    SOURCE_BODY "import-source-body" { vi: "danh sách nhiệm vụ trong thân kế hoạch", en: "the task list of the plan's body" }
    SUMMARY_PERIOD "import-summary-period" {
        vi: "  kế hoạch: {id}, {period}",
        en: "  plan: {id}, {period}"
    }
    SUMMARY_UNITS "import-summary-units" {
        vi: "  đơn vị: {matched} tên khớp với {registry}; {unknown} tên chưa có{names}",
        en: "  units: {matched} names matched in {registry}; {unknown} unknown{names}"
    }
    SUMMARY_DEADLINES "import-summary-deadlines" {
        vi: "  thời hạn: {read} đọc được, {unreadable} không đọc được{ids}",
        en: "  deadlines: {read} read, {unreadable} unreadable{ids}"
    }
    SUMMARY_CHECK "import-summary-check" { vi: "  cần kiểm tra bằng tay:", en: "  to check by hand:" }
    SUMMARY_NOTHING "import-summary-nothing" {
        vi: "  không có gì cần kiểm tra thêm ngoài kpi check.",
        en: "  nothing else to check beyond kpi check."
    }
    CHECK_EMPTY_LEAD "import-check-empty-lead" {
        vi: "    - {n} nhiệm vụ không có đơn vị chủ trì: {ids}",
        en: "    - {n} tasks without a lead unit: {ids}"
    }
    CHECK_SHARES "import-check-shares" {
        vi: "    - {n} dòng dùng chung TT và nội dung với dòng trên: {ids}",
        en: "    - {n} rows sharing the TT and title of the row above: {ids}"
    }
    CHECK_CONTINUED "import-check-continued" {
        vi: "    - {n} dòng tiếp sang trang sau, đã nối: {ids}",
        en: "    - {n} rows continued on the next page, joined: {ids}"
    }
    CHECK_REJOINED "import-check-rejoined" {
        vi: "    - tên bị ngắt trang, đã ghép lại: {ids}",
        en: "    - names cut by a page break, joined again: {ids}"
    }
    CHECK_KIND "import-check-kind" {
        vi: "    - loại nhiệm vụ đoán từ câu chữ: {ids}",
        en: "    - task kinds guessed from the wording: {ids}"
    }
    CHECK_ID "import-check-id" {
        vi: "    - mã kế hoạch `{id}` do kpi đặt (đổi bằng --id)",
        en: "    - plan id `{id}` chosen by kpi (give another with --id)"
    }
    CHECK_PERIOD "import-check-period" {
        vi: "    - thời gian của kế hoạch đoán từ ngày ở dòng \"Kèm theo\"",
        en: "    - the plan's period guessed from the date of the \"Kèm theo\" line"
    }
    CHECK_TITLE "import-check-title" {
        vi: "    - tên kế hoạch lấy từ tên phụ lục",
        en: "    - the plan's title is the appendix's heading"
    }
    CHECK_ISSUED "import-check-issued" {
        vi: "    - ngày ban hành để trống trong văn bản",
        en: "    - the day of issue is blank in the document"
    }
    CHECK_OCR "import-check-ocr" {
        vi: "    - văn bản không dấu (OCR): kiểm tra từng chữ",
        en: "    - text without diacritics (OCR): check every word"
    }
    CHECK_BODY "import-check-body" {
        vi: "    - nhiệm vụ ở thân kế hoạch ({part}) chưa nhập: thêm bằng tay",
        en: "    - tasks of the plan's body ({part}) not imported: add them by hand"
    }
    SUMMARY_WROTE "import-summary-wrote" {
        vi: "  đã ghi {out}; kpi check: {errors} lỗi, {warnings} cảnh báo.",
        en: "  written: {out}; kpi check: {errors} errors, {warnings} warnings."
    }
    SUMMARY_STDOUT "import-summary-stdout" {
        vi: "  kế hoạch in ra đầu ra chuẩn (ghi vào tệp bằng -o TỆP).",
        en: "  the plan is printed on standard output (write it to a file with -o FILE)."
    }
    YEAR_RANGE "import-year-range" {
        vi: "--year {year}: năm phải từ {first} đến {last}",
        en: "--year {year}: the year must be {first} to {last}"
    }
}
