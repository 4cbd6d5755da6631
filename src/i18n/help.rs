//! `kpi --help` in Vietnamese: the text of each command and option, by the command's
//! name ("" for kpi itself) and the option's id (the field name in cli.rs). `about`,
//! `long_about` and `after_help` are the command's own texts. The English texts are the
//! doc comments and attributes of cli.rs; `help::localize` puts these in their place,
//! and a test fails when a command or an option has no Vietnamese text.

/// (command, option or about/long_about/after_help, Vietnamese text)
#[rustfmt::skip]
pub const VI: &[(&str, &str, &str)] = &[
    // kpi
    ("", "about", "Theo dõi các kế hoạch (Kế hoạch) của cơ quan: kiểm tra tệp kế hoạch, xem việc đến hạn và quá hạn của từng đơn vị."),
    ("", "long_about", "kpi lưu các kế hoạch cải cách hành chính và cải thiện các chỉ số PCI, PAPI, SIPAS, PAR INDEX, DDCI thành tệp TOML trong một kho git, kiểm tra chúng, và trả lời những câu hỏi hằng ngày của bộ phận theo dõi, đôn đốc: đơn vị nào phải làm gì, việc gì đến hạn, việc gì quá hạn.\n\nGốc của kho là thư mục gần nhất có tệp kpi.toml (như git); nếu không có, kpi đọc thư mục plans/ trong thư mục hiện tại."),
    ("", "after_help", "Ví dụ:\n  kpi check plans/\n  kpi due --unit VP --as-of 10/06/2024\n  kpi overdue -q --unit VP           # cho cron: không in gì khi không có việc quá hạn\n  kpi done bd-syt-2023-chi-so:IV.1.3 --by CDC\n  kpi assignments --org bd-syt --format md\n  kpi schedule \"Hàng quý, 6 tháng, năm\" --year 2024\n  kpi -C ~/ke-hoach notify --dry-run /tmp/thu\n\nMã thoát: 0 thành công; 1 lệnh tìm thấy điều được yêu cầu báo lỗi (lỗi khi kiểm tra, cảnh báo với --strict, --fail-if-any); 2 dùng sai lệnh, không có gì để làm, hoặc có tệp không đọc được (kết quả khi đó chưa đầy đủ)."),
    ("", "dir", "Chạy như thể kpi được gọi trong thư mục DIR (như git -C)."),
    ("", "as_of", "Ngày để tính tình trạng (15/07/2025 hoặc 2025-07-15); mặc định: hôm nay theo giờ Việt Nam (UTC+7)."),
    ("", "format", "Định dạng kết quả: table (bảng), csv, json, md (Markdown); ics (iCalendar: holidays, calendar), xlsx (Excel: due, overdue, assignments, units, report), html (trang web: report)."),
    ("", "lang", "Ngôn ngữ hiển thị: vi hoặc en (nếu không có: lang trong kpi.toml, rồi biến LANG, rồi tiếng Anh)."),
    ("", "color", "Khi nào tô màu: auto (chỉ trên màn hình, và không khi có NO_COLOR), always (luôn), never (không bao giờ)."),
    // check
    ("check", "about", "Kiểm tra tệp kế hoạch, danh sách đơn vị và tệp tiến độ (mọi quy tắc: docs/checks.md)."),
    ("check", "long_about", "Kiểm tra tệp kế hoạch, danh sách đơn vị (units.toml), tệp tiến độ và kpi.toml.\n\nMọi tệp đều được kiểm tra kể cả khi có tệp hỏng. Mỗi lỗi được in như lỗi của trình biên dịch: tệp:dòng:cột, dòng đó, dấu ^ dưới giá trị, và gợi ý sửa. Mỗi quy tắc có một tên cố định (unknown-unit, duplicate-task-id, ...), liệt kê bằng --list-checks và trong docs/checks.md."),
    ("check", "after_help", "Ví dụ:\n  kpi check                     # thư mục plans/ của kho\n  kpi check plans/binh-dinh     # một tổ chức\n  kpi check --strict            # báo lỗi cả khi chỉ có cảnh báo\n  kpi check --format json | jq '.diagnostics[] | select(.severity == \"error\")'"),
    ("check", "paths", "Tệp hoặc thư mục cần kiểm tra (mặc định: plans/ của kho)."),
    ("check", "strict", "Thoát với mã 1 cả khi chỉ có cảnh báo."),
    ("check", "list_checks", "In tên, mức độ và ý nghĩa của mọi quy tắc kiểm tra rồi thoát."),
    // schedule
    ("schedule", "about", "Cho biết kpi hiểu một cụm thời hạn thế nào: loại thời hạn và từng kỳ."),
    ("schedule", "long_about", "Cho biết kpi hiểu một cụm thời hạn (docs/deadlines.md) thế nào: loại (một lần, định kỳ, thường xuyên, khi có yêu cầu, theo kế hoạch khác) và từng kỳ với mã kỳ (tên mà bản ghi tiến độ dùng), khoảng thời gian, ngày cuối cùng, và ngày đến hạn sau khi lùi qua ngày nghỉ cuối tuần, ngày lễ (Bộ luật Dân sự, Điều 148).\n\nCụm không ghi năm lấy năm của --year (mặc định: năm nay); với --from/--to kéo dài nhiều năm thì lặp lại hằng năm. Khi chạy trong một kho, các thiết lập của kpi.toml (report_day, ngày nghỉ, roll_to_working_day) được áp dụng. --forms liệt kê mọi cách ghi kpi đọc được, với ý nghĩa và ví dụ."),
    ("schedule", "phrase", "Cụm thời hạn, viết như trong kế hoạch (đặt trong ngoặc kép)."),
    ("schedule", "year", "Năm của kế hoạch: cụm được đọc từ 1/1 đến 31/12 năm đó."),
    ("schedule", "from", "Ngày đầu của thời kỳ (cùng --to): 01/01/2025 hoặc 2025-01-01."),
    ("schedule", "to", "Ngày cuối của thời kỳ (cùng --from): 31/12/2025 hoặc 2025-12-31."),
    ("schedule", "forms", "Liệt kê mọi cách ghi thời hạn mà kpi đọc được, với ý nghĩa và ví dụ."),
    // due
    ("due", "about", "Liệt kê việc quá hạn và việc sắp đến hạn, cũ nhất trước."),
    ("due", "long_about", "Liệt kê các kỳ đã quá hạn (hạn trước hôm nay) hoặc đến hạn trong --within ngày (mặc định 14), cũ nhất trước: tình trạng, hạn, số ngày còn lại hoặc trễ, kế hoạch, nhiệm vụ, nội dung, đơn vị chủ trì và phối hợp, mã kỳ. Hôm nay là ngày hiện tại ở Việt Nam (UTC+7), trừ khi có --as-of.\n\n--unit nhận mã, tên hoặc tên khác của đơn vị (không phân biệt hoa thường, có dấu hay không dấu) và tính cả việc giao cho nhóm mà đơn vị thuộc về; ghi tên một nhóm thì chọn mọi đơn vị trong nhóm."),
    ("due", "after_help", "Ví dụ:\n  kpi due --unit VP --as-of 10/06/2024\n  kpi due --unit \"văn phòng sở\" --within 30\n  kpi due --org bd-syt --index \"PAR INDEX\" --format md\n  kpi due --unit CDC --lead-only --format json"),
    ("due", "within", "Số ngày tới được tính là đến hạn."),
    ("due", "fail_if_any", "Thoát với mã 1 khi danh sách không rỗng."),
    // overdue
    ("overdue", "about", "Chỉ liệt kê việc quá hạn; với -q không in gì khi không có (dùng cho cron)."),
    ("overdue", "after_help", "Ví dụ:\n  kpi overdue --unit VP\n  kpi overdue -q --unit VP   # trong crontab có MAILTO: chỉ gửi thư khi có việc quá hạn\n  kpi overdue --fail-if-any  # thoát với mã 1 khi danh sách không rỗng"),
    ("overdue", "quiet", "Không in gì khi không có việc quá hạn (tệp lỗi vẫn được nêu trên stderr)."),
    ("overdue", "fail_if_any", "Thoát với mã 1 khi danh sách không rỗng."),
    // done
    ("done", "about", "Ghi nhận tiến độ một nhiệm vụ: thêm một bản ghi vào tệp tiến độ của kế hoạch."),
    ("done", "long_about", "Thêm một bản ghi vào tệp tiến độ của kế hoạch (KẾ_HOẠCH.progress.toml cạnh tệp kế hoạch), tạo tệp nếu chưa có. Nội dung cũ không thay đổi: chú thích và cách trình bày giữ nguyên từng byte. Việc ghi là nguyên tử (tệp tạm, fsync, đổi tên) và có khóa, để các lệnh chạy cùng lúc không làm mất bản ghi; kpi kiểm tra tệp mới giữ đủ mọi bản ghi cũ trước khi thay.\n\nNhiệm vụ có nhiều kỳ cần --period (mã kỳ mà kpi due hiển thị, ví dụ 2024-Q2); kpi từ chối, không ghi gì, khi kế hoạch, nhiệm vụ, đơn vị hoặc kỳ không tồn tại."),
    ("done", "after_help", "Ví dụ:\n  kpi done bd-syt-2023-chi-so:IV.1.3 --by CDC --evidence \"Công văn số 1234/SYT-VP\"\n  kpi done bd-syt-2023-chi-so:IV.5.5 --period 2023-H1 --date 28/06/2023\n  kpi done kt-syt-2023-pci:II.1 --status in-progress --note \"Đã tổ chức 2 buổi\""),
    ("done", "target", "Kế hoạch và nhiệm vụ: KẾ_HOẠCH:NHIỆM_VỤ, ví dụ bd-syt-2023-chi-so:IV.1.3."),
    ("done", "period", "Kỳ, với nhiệm vụ có nhiều kỳ (ví dụ 2024-Q2, 2024-05, 2024)."),
    ("done", "date", "Ngày thực hiện (28/06/2023 hoặc 2023-06-28); mặc định: hôm nay (hoặc --as-of)."),
    ("done", "by", "Đơn vị thực hiện (mã, tên hoặc tên khác)."),
    ("done", "evidence", "Tài liệu kiểm chứng: số văn bản, đường dẫn."),
    ("done", "note", "Ghi chú."),
    ("done", "status", "Nội dung ghi nhận: done (hoàn thành), in-progress (đang thực hiện), not-applicable (không áp dụng)."),
    // assignments
    ("assignments", "about", "Bảng phân công theo đơn vị: mọi việc mỗi đơn vị chủ trì hoặc phối hợp."),
    ("assignments", "long_about", "Với mỗi đơn vị (hoặc các đơn vị ghi trong --unit): một dòng tiêu đề với mã, tên và tổ chức, rồi mỗi dòng một nhiệm vụ đơn vị chịu trách nhiệm: kế hoạch, nhiệm vụ, nội dung, vai trò (Chủ trì / Phối hợp), nhóm mà việc được giao qua, thời hạn như kế hoạch ghi, và hạn tiếp theo với tình trạng. Đơn vị không có việc vẫn được liệt kê; nhiệm vụ chưa có đơn vị chủ trì có mục riêng, để không việc nào bị bỏ sót.\n\n--format md in mỗi đơn vị một bảng Markdown, dán được ngay vào báo cáo."),
    ("assignments", "after_help", "Ví dụ:\n  kpi assignments --unit VP --org bd-syt\n  kpi assignments --org bd-syt --format md > phan-cong.md\n  kpi assignments --plan kt-bcd-2024-pci --format csv"),
    ("assignments", "within", "Số ngày tới được tính là đến hạn, cho tình trạng của hạn tiếp theo."),
    // units
    ("units", "about", "Danh sách đơn vị, với số việc mỗi đơn vị chủ trì, phối hợp, quá hạn và đến hạn."),
    ("units", "after_help", "Ví dụ:\n  kpi units\n  kpi units --org bd-syt --format md\n  kpi units --format json --as-of 10/06/2024"),
    ("units", "org", "Chỉ tổ chức này (id trong units.toml); ghi nhiều lần được."),
    ("units", "within", "Số ngày tới được tính là đến hạn."),
    ("units", "paths", "Thư mục hoặc tệp kế hoạch (mặc định: plans/ của kho)."),
    // notify
    ("notify", "about", "Gửi thư cho mỗi đơn vị có địa chỉ email: việc quá hạn và đến hạn (dùng cho cron)."),
    ("notify", "long_about", "Gửi một thư cho mỗi đơn vị có địa chỉ email trong danh sách đơn vị và có việc quá hạn hoặc đến hạn trong --within ngày: tiêu đề nêu đơn vị và số việc, nội dung bằng ngôn ngữ của kho (kèm bản HTML) liệt kê việc quá hạn trước, rồi việc sắp đến hạn, và cách ghi nhận hoàn thành bằng kpi done. Khi có tệp không đọc được, các đơn vị vẫn nhận thư và bộ phận theo dõi ([mail] errors_to, hoặc from) nhận danh sách tệp lỗi.\n\nThiết lập SMTP nằm trong mục [mail] của kpi.toml (from, host, port, security = none|starttls|tls, user, password_env, timeout); mật khẩu lấy từ biến môi trường mà password_env chỉ ra, không bao giờ từ tệp. Mật khẩu không bao giờ được gửi khi không có TLS tới máy khác.\n\nMỗi đơn vị nhận tối đa một thư mỗi ngày: ngày gửi được lưu trong .kpi/notified.toml ở gốc kho (git bỏ qua); --force gửi lại. Lỗi của một đơn vị không làm dừng các đơn vị khác; khi đó lệnh thoát với mã 1 và nêu tên đơn vị. Đơn vị có việc quá hạn mà chưa có địa chỉ được nêu trong một cảnh báo."),
    ("notify", "after_help", "Ví dụ:\n  kpi notify --dry-run /tmp/thu      # ghi mỗi đơn vị một tệp .eml thay vì gửi\n  KPI_SMTP_PASSWORD=... kpi notify   # gửi theo thiết lập [mail] trong kpi.toml\n  kpi notify --unit VP --force"),
    ("notify", "within", "Số ngày tới được tính là đến hạn."),
    ("notify", "dry_run", "Ghi mỗi thư thành tệp DIR/TỔ_CHỨC-ĐƠN_VỊ.eml thay vì gửi."),
    ("notify", "force", "Gửi cả cho đơn vị đã nhận thư hôm nay."),
    // import
    ("import", "about", "Chuyển văn bản Word hoặc Excel (hoặc văn bản thô) của một kế hoạch thành tệp kế hoạch."),
    ("import", "long_about", "Đọc kế hoạch từ văn bản ban hành: tệp Word (.docx), tệp Excel (.xlsx) chứa phụ lục, hoặc văn bản chép từ Word (các dòng phân cách bằng tab). kpi đọc phần đầu (Số, nơi và ngày ban hành, tên kế hoạch, thời kỳ ghi trong tên, căn cứ, người ký) và bảng phụ lục, tìm các cột theo tiêu đề (TT, Nội dung / Nhiệm vụ, Chủ trì, Phối hợp, Kết quả / Sản phẩm, Thời gian / Thời hạn / Tiến độ, Ghi chú) theo bất kỳ thứ tự nào, có dấu hay không dấu, trên một hoặc hai dòng. Dòng gộp ngang là mục; ô gộp dọc áp dụng cho mọi dòng nó trải qua.\n\nTên đơn vị được đối chiếu với units.toml gần nhất phía trên tệp kết quả, tên dài nhất trước, để tên có dấu phẩy vẫn nguyên; mỗi tên giữ đúng như văn bản ghi. Tên chưa có trong danh sách được liệt kê ở cuối tệp thành khối [[unit]] để dán vào. Thời hạn giữ nguyên chữ. Chỗ nào kpi phải đoán đều có chú thích \"# kpi:\"; bản tóm tắt trên stderr cho biết cần xem lại gì.\n\nTệp được ghi một cách nguyên tử và không ghi đè tệp có sẵn nếu không có --force. Tệp PDF và ảnh quét không đọc được: hãy lưu văn bản thành .docx. Xem thêm docs/import.md."),
    ("import", "after_help", "Ví dụ:\n  kpi import tests/fixtures/import/seeds/binh-dinh.docx\n  kpi import ke-hoach.docx -o plans/binh-dinh/so-y-te/2023-cai-thien-chi-so.toml\n  kpi import phu-luc.xlsx -o plans/kon-tum/so-y-te/2024-pci.toml --id kt-syt-2024-pci\n  kpi import ke-hoach.txt --from 01/01/2023 --to 31/10/2030 -o plans/x/2023-2030.toml\n  kpi --lang vi import ke-hoach.docx -o plans/x/2024.toml --force"),
    ("import", "file", "Văn bản của kế hoạch: .docx, .xlsx, hoặc văn bản chép từ Word (.txt)."),
    ("import", "output", "Ghi kế hoạch vào OUT (mặc định: ra màn hình). Tên đơn vị được đối chiếu với units.toml gần nhất phía trên OUT."),
    ("import", "id", "Mã kế hoạch (mặc định: mã tổ chức và tên tệp OUT)."),
    ("import", "year", "Năm của kế hoạch, khi văn bản không ghi."),
    ("import", "from", "Ngày đầu thời kỳ của kế hoạch (cùng --to), khi văn bản không ghi."),
    ("import", "to", "Ngày cuối thời kỳ của kế hoạch (cùng --from)."),
    ("import", "force", "Ghi đè OUT nếu đã có."),
    // holidays
    ("holidays", "about", "Các ngày nghỉ và ngày làm bù của một năm, với tên và văn bản quy định."),
    ("holidays", "long_about", "Liệt kê mọi ngày nghỉ lễ, nghỉ bù, nghỉ hoán đổi và ngày làm bù trong năm của cán bộ, công chức, viên chức, với thứ trong tuần, tên ngày và văn bản quy định.\n\nkpi có sẵn lịch nghỉ chính thức của các năm 2023 đến 2026 (mỗi dòng ghi văn bản quyết định). Với các năm khác từ 1900 đến 2100, kpi tự tính lịch tạm tính theo Bộ luật Lao động 2019 (Điều 111, 112): Tết và Giỗ Tổ theo âm lịch Việt Nam (UTC+7), hai ngày cuối năm âm lịch và mùng 1–3 Tết, ngày 1/9 liền với 2/9 (3/9 khi 2/9 là thứ Năm), nghỉ bù khi ngày lễ trùng cuối tuần; các dòng đó ghi \"tạm tính\". Các mục [[holiday]] và [[workday]] trong kpi.toml cũng được liệt kê và được ưu tiên hơn lịch có sẵn.\n\n--format ics ghi tệp iCalendar (sự kiện cả ngày) để nhập vào chương trình lịch."),
    ("holidays", "after_help", "Ví dụ:\n  kpi holidays                          # năm nay\n  kpi holidays --year 2027\n  kpi holidays --from 01/01/2026 --to 31/12/2027 --format csv\n  kpi holidays --year 2027 --format ics > ngay-nghi-2027.ics\n  kpi --lang vi holidays --year 2026 --format md"),
    ("holidays", "year", "Năm cần liệt kê (mặc định: năm nay, hoặc năm của --as-of)."),
    ("holidays", "from", "Ngày đầu của khoảng (cùng --to): 01/01/2027 hoặc 2027-01-01."),
    ("holidays", "to", "Ngày cuối của khoảng (cùng --from): 31/12/2027 hoặc 2027-12-31."),
    // init
    ("init", "about", "Tạo một kho kế hoạch: kpi.toml, danh sách đơn vị, một kế hoạch mẫu, và các bước tiếp theo."),
    ("init", "long_about", "Tạo một kho kế hoạch qua được kpi check ngay: kpi.toml (lang = \"vi\", hoặc \"en\" với --lang en; mục [mail] để sẵn dưới dạng chú thích), plans/TỔ_CHỨC/units.toml với các đơn vị thường có của một Sở và một nhóm để sửa, một kế hoạch mẫu ngắn mà thời hạn dùng các cách ghi thường gặp (Trước ngày ..., Hằng quý, 6 tháng, Năm, Thường xuyên, Khi có yêu cầu) trong năm nay (hoặc năm của --as-of), tệp .gitignore, tệp .gitattributes để git gộp được bản ghi tiến độ của hai người, và các JSON Schema giúp trình soạn thảo gợi ý và kiểm tra tệp (thư mục schemas/, được dòng #:schema đầu mỗi tệp và .taplo.toml chỉ tới).\n\nkpi init không bao giờ ghi đè: khi đã có một trong các tệp này, kpi nêu tên từng tệp và không ghi gì. Sau đó kpi in các bước tiếp theo, bằng ngôn ngữ của lần chạy (--lang, nếu không thì LANG)."),
    ("init", "after_help", "Ví dụ:\n  kpi init ke-hoach\n  kpi init ke-hoach-syt --org qn-syt --name \"Sở Y tế tỉnh Quảng Ngãi\"\n  kpi --lang en init plans-stc --org hn-stc --name \"Sở Tài chính Hà Nội\""),
    ("init", "folder", "Thư mục làm kho (tạo nếu chưa có; mặc định: thư mục hiện tại)."),
    ("init", "org", "Mã của tổ chức: ngắn, không dấu cách (ví dụ qn-syt); là tên thư mục plans/MÃ."),
    ("init", "name", "Tên tổ chức, ví dụ \"Sở Y tế tỉnh Quảng Ngãi\"."),
    // completions
    ("completions", "about", "In đoạn lệnh gợi ý (Tab) cho shell: bash, zsh, fish, powershell, elvish."),
    ("completions", "long_about", "In đoạn lệnh giúp shell gợi ý các lệnh và tùy chọn của kpi, cùng mã kế hoạch, mã KẾ_HOẠCH:NHIỆM_VỤ và mã đơn vị của kho đang đứng (kpi được hỏi khi bạn nhấn Tab). Nạp nó trong tệp khởi động của shell, như các ví dụ."),
    ("completions", "after_help", "Ví dụ:\n  kpi completions bash > ~/.local/share/bash-completion/completions/kpi\n  kpi completions zsh > ~/.zfunc/_kpi         # cùng fpath+=~/.zfunc trước compinit\n  kpi completions fish > ~/.config/fish/completions/kpi.fish\n  kpi completions powershell | Out-String | Invoke-Expression   # trong $PROFILE\n\nHoặc nạp mới mỗi lần mở shell (nâng cấp kpi không bao giờ để lại đoạn lệnh cũ):\n  source <(kpi completions bash)   # trong ~/.bashrc; với zsh cũng vậy trong ~/.zshrc"),
    ("completions", "shell", "Tên shell: bash, zsh, fish, powershell, elvish."),
    // man
    ("man", "about", "In trang hướng dẫn (man, định dạng roff) của kpi, hoặc ghi mỗi lệnh một trang với --out."),
    ("man", "after_help", "Ví dụ:\n  kpi man | man -l -\n  kpi man --out man    # rồi: sudo cp man/*.1 /usr/local/share/man/man1/\n\nTrang man được viết bằng tiếng Anh; trợ giúp tiếng Việt: kpi --lang vi LỆNH --help."),
    ("man", "out", "Ghi kpi.1 và mỗi lệnh một trang (kpi-due.1 ...) vào thư mục DIR thay vì in ra."),
    // schema
    ("schema", "about", "In JSON Schema của một loại tệp (plan, units, progress, settings) cho trình soạn thảo."),
    ("schema", "long_about", "In JSON Schema (draft-07) của một loại tệp của kpi: plan (tệp kế hoạch), units (units.toml), progress (KẾ_HOẠCH.progress.toml) hoặc settings (kpi.toml). Trình soạn thảo đọc TOML qua Taplo (Even Better TOML của VS Code, Helix, Zed, Neovim) khi đó gợi ý tên trường, giá trị hợp lệ và đánh dấu trường viết sai ngay khi gõ. Mỗi trường có mô tả tiếng Việt và tiếng Anh.\n\nVới --out DIR, kpi ghi DIR/plan.schema.json và các tệp khác (hoặc chỉ tệp được nêu): chạy lại trong kho sau mỗi lần nâng cấp kpi để làm mới schemas/. Cách cài đặt trình soạn thảo: docs/editors.md."),
    ("schema", "after_help", "Ví dụ:\n  kpi schema plan\n  kpi schema --out schemas\n  kpi schema units --out schemas"),
    ("schema", "file", "Loại tệp: plan, units, progress, settings (với --out: mặc định cả bốn)."),
    ("schema", "out", "Ghi các tệp TÊN.schema.json vào thư mục DIR thay vì in ra."),
    // merge-progress
    ("merge-progress", "about", "Cho git: gộp hai phiên bản của một tệp tiến độ mà mỗi bên đều thêm bản ghi."),
    ("merge-progress", "long_about", "Trình gộp (merge driver) cho git, để hai người cùng ghi tiến độ (kpi done) rồi kéo về (pull) nhận được bản ghi của cả hai mà không bị xung đột. Khi cả hai bên chỉ thêm vào sau phiên bản chung, kết quả là phiên bản của mình rồi đến phần bên kia thêm, được kiểm tra là TOML hợp lệ; mọi trường hợp khác để git gộp như thường, git đánh dấu chỗ xung đột để người sửa.\n\nkpi init ghi dòng .gitattributes chỉ tới trình gộp này; mỗi máy khai báo nó một lần:\n  git config --global merge.kpi-progress.driver \"kpi merge-progress %O %A %B %P\""),
    ("merge-progress", "after_help", "git gọi nó như `kpi merge-progress %O %A %B %P` (gốc chung, của mình, của bên kia, đường dẫn): tệp đã gộp được ghi đè lên OURS; mã thoát 0 khi gộp được, 1 khi còn xung đột để người xử lý."),
    ("merge-progress", "base", "Phiên bản gốc chung (%O của git)."),
    ("merge-progress", "ours", "Phiên bản của mình (%A của git): tệp đã gộp được ghi vào đây."),
    ("merge-progress", "theirs", "Phiên bản của bên kia (%B của git)."),
    ("merge-progress", "path", "Đường dẫn của tệp trong kho (%P của git), dùng trong thông báo."),
    // report
    ("report", "about", "Báo cáo kết quả thực hiện kế hoạch của một quý, 6 tháng, 9 tháng hay một năm: bốn chỉ tiêu theo đơn vị, kế hoạch và chỉ số."),
    ("report", "long_about", "Báo cáo kết quả thực hiện kế hoạch mà bộ phận theo dõi gửi mỗi quý, 6 tháng và năm: với từng đơn vị (khi chủ trì và khi phối hợp), từng kế hoạch và từng chỉ số, số lượt nhiệm vụ hoàn thành đúng hạn, hoàn thành quá hạn, chưa hoàn thành nhưng còn trong hạn và quá hạn chưa hoàn thành, tổng số và tỷ lệ hoàn thành; sau đó là danh sách nhiệm vụ quá hạn và các chỉ tiêu của kế hoạch.\n\nMỗi kỳ của nhiệm vụ thuộc kỳ báo cáo chứa ngày cuối cùng của nó; tình trạng tính đến --as-of (mặc định hôm nay): bản ghi mang ngày sau đó chưa được tính. --period nhận 2025-Q1, 2025-H1, 2025-9M, 2025 (hoặc Q1/2025, \"Quý I/2025\", \"6 tháng đầu năm 2025\"); --from/--to nhận khoảng ngày bất kỳ; mặc định: năm của ngày tính.\n\n--format html ghi một trang web trọn vẹn (có biểu đồ, không tải gì từ mạng) để xem trên trình duyệt hoặc in khổ A4; --format xlsx ghi tệp Excel có dòng tổng là công thức."),
    ("report", "after_help", "Ví dụ:\n  kpi report --period 2023 --as-of 31/12/2023\n  kpi report --period 2023-Q2 --org bd-syt --format md\n  kpi report --period 2023-H1 --unit VP --format json\n  kpi --lang vi report --period 2023 --as-of 31/12/2023 --format html -o bao-cao-2023.html\n  kpi report --from 01/01/2023 --to 30/09/2023 --format xlsx -o bao-cao.xlsx"),
    ("report", "period", "Kỳ báo cáo: 2025-Q1, 2025-H1, 2025-9M, 2025 (hoặc Q1/2025, \"Quý I/2025\"); mặc định: năm của ngày tính."),
    ("report", "from", "Ngày đầu của kỳ báo cáo (cùng --to): 01/01/2025 hoặc 2025-01-01."),
    ("report", "to", "Ngày cuối của kỳ báo cáo (cùng --from): 31/03/2025 hoặc 2025-03-31."),
    // calendar
    ("calendar", "about", "Tệp lịch iCalendar gồm mọi hạn mà các đơn vị phải thực hiện, để đăng ký trên ứng dụng lịch."),
    ("calendar", "long_about", "Ghi tệp iCalendar (RFC 5545) gồm mọi kỳ mà các đơn vị được chọn phải thực hiện: mỗi kỳ một sự kiện cả ngày vào ngày đến hạn, ghi nội dung nhiệm vụ, kế hoạch, đơn vị chủ trì và phối hợp, thời hạn; có nhắc việc trước --remind ngày; kỳ đã hoàn thành được đánh dấu. Mã UID của mỗi sự kiện là KẾ_HOẠCH:NHIỆM_VỤ:KỲ, nên ứng dụng lịch đăng ký tệp sẽ cập nhật sự kiện chứ không nhân đôi."),
    ("calendar", "after_help", "Ví dụ:\n  kpi calendar --unit VP -o vp.ics\n  kpi calendar --org bd-syt --remind 7 > bd-syt.ics\n  kpi calendar --plan bd-syt-2023-chi-so --unit CDC --lead-only -o cdc.ics"),
    ("calendar", "remind", "Nhắc trước ngày đến hạn bao nhiêu ngày (0: không nhắc)."),
    // show
    ("show", "about", "Một nhiệm vụ: như kế hoạch ghi, cách đọc thời hạn, từng kỳ với tình trạng và bản ghi."),
    ("show", "after_help", "Ví dụ:\n  kpi show bd-syt-2023-chi-so:IV.1.3\n  kpi --lang vi show kt-bcd-2024-pci:II.4 --as-of 10/06/2024\n  kpi show bd-syt-2023-chi-so:TCTH.2 --format json"),
    ("show", "target", "Kế hoạch và nhiệm vụ: KẾ_HOẠCH:NHIỆM_VỤ, ví dụ bd-syt-2023-chi-so:IV.1.3."),
    // request
    ("request", "about", "Ghi nhận một yêu cầu cho nhiệm vụ \"khi có yêu cầu\": yêu cầu trở thành một kỳ có hạn như mọi kỳ khác."),
    ("request", "long_about", "Thêm một mục [[request]] vào tệp tiến độ của kế hoạch: nhiệm vụ (loại \"Khi có yêu cầu\", \"Khi có văn bản triệu tập\") nhận được văn bản yêu cầu ngày --date, phải trả lời trước hạn --due. Từ đó yêu cầu là một kỳ của nhiệm vụ với mã req-YYYY-MM-DD: đến hạn, quá hạn và hoàn thành như mọi kỳ khác; ghi nhận hoàn thành bằng kpi done KẾ_HOẠCH:NHIỆM_VỤ --period req-YYYY-MM-DD. Việc ghi là nguyên tử, có khóa và được kiểm tra như kpi done."),
    ("request", "after_help", "Ví dụ:\n  kpi request kt-syt-2023-pci:II.4 --date 04/09/2023 --due 15/09/2023 --ref \"Giấy mời số 1234/GM-UBND\"\n  kpi done kt-syt-2023-pci:II.4 --period req-2023-09-04 --date 14/09/2023"),
    ("request", "target", "Kế hoạch và nhiệm vụ: KẾ_HOẠCH:NHIỆM_VỤ, ví dụ kt-syt-2023-pci:II.4."),
    ("request", "date", "Ngày nhận yêu cầu (03/03/2025 hoặc 2025-03-03); mặc định: hôm nay (hoặc --as-of)."),
    ("request", "due", "Hạn phải trả lời (14/03/2025 hoặc 2025-03-14)."),
    ("request", "reference", "Văn bản yêu cầu: \"Công văn số 512/UBND-KT\"."),
    // the filters shared by due, overdue, assignments, notify
    ("*", "unit", "Chỉ việc của đơn vị hoặc nhóm này (mã, tên hoặc tên khác); ghi nhiều lần được."),
    ("*", "org", "Chỉ kế hoạch của tổ chức này (id trong units.toml); ghi nhiều lần được."),
    ("*", "plan", "Chỉ kế hoạch này (mã kế hoạch); ghi nhiều lần được."),
    ("*", "index", "Chỉ việc thuộc chỉ số này: PCI, PAPI, SIPAS, \"PAR INDEX\", DDCI."),
    ("*", "lead_only", "Chỉ việc đơn vị chủ trì, không tính việc phối hợp."),
    ("*", "paths", "Thư mục hoặc tệp kế hoạch (mặc định: plans/ của kho)."),
    ("*", "output", "Ghi vào TỆP thay vì ra màn hình (cần cho xlsx khi in ra màn hình)."),
    // clap's own
    ("help", "about", "In trợ giúp của kpi, hoặc của lệnh được nêu."),
    ("*", "help", "In trợ giúp (-h: tóm tắt, --help: đầy đủ)."),
    ("*", "version", "In phiên bản."),
];

/// Headings of the help page.
pub const USAGE: &str = "Cách dùng";
pub const COMMANDS: &str = "Lệnh";
pub const OPTIONS: &str = "Tùy chọn";
pub const ARGUMENTS: &str = "Tham số";
