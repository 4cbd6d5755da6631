//! Messages of `kpi notify`.

messages! {
    NO_MAIL_SETTINGS "notify-no-mail-settings" {
        vi: "kpi.toml chưa có mục [mail]: thêm vào (xem README), hoặc dùng --dry-run THƯ_MỤC để ghi thư ra tệp",
        en: "kpi.toml has no [mail] settings: add them (see README), or use --dry-run DIR"
    }
    BAD_SETTING "notify-bad-setting" {
        vi: "[mail] {key}: {why}",
        en: "[mail] {key}: {why}"
    }
    WAITING "notify-waiting" {
        vi: "một lệnh kpi notify khác đang chạy trong kho này; đang chờ (tối đa {secs} giây)",
        en: "another kpi notify is running in this repository; waiting for it (at most {secs} s)"
    }
    BUSY "notify-busy" {
        vi: "không lấy được khóa của kpi notify ({why}); chưa gửi thư nào (biến KPI_LOCK_TIMEOUT đặt thời gian chờ)",
        en: "cannot take the lock of kpi notify ({why}); nothing was sent (KPI_LOCK_TIMEOUT sets the wait)"
    }
    STATE_CORRUPT "notify-state-corrupt" {
        vi: "{path} không phải tệp trạng thái kpi đọc được ({why}); chưa gửi thư nào. Xóa tệp này để bắt đầu lại: khi đó mọi đơn vị có việc đến hạn sẽ được gửi thư lại trong hôm nay",
        en: "{path} is not a notify state kpi can read ({why}); nothing was sent. Delete it to start over: every unit with something owed is then mailed again today"
    }
    STATE_IO "notify-state-io" {
        vi: "{path}: {why}; chưa gửi thư nào",
        en: "{path}: {why}; nothing was sent"
    }
    CANNOT_RECORD "notify-cannot-record" {
        vi: "không ghi được việc đã gửi vào {path}: {why}",
        en: "cannot record the sending in {path}: {why}"
    }
    NO_ADDRESS "notify-no-address" {
        vi: "các đơn vị sau có nhiệm vụ quá hạn nhưng chưa có địa chỉ email trong units.toml: {list}",
        en: "these units have overdue tasks but no e-mail address in units.toml: {list}"
    }
    ALREADY_MAILED "notify-already-mailed" {
        vi: "đã gửi trong hôm nay, không gửi lại (dùng --force để gửi lại): {list}",
        en: "already mailed today, not sent again (use --force): {list}"
    }
    SENT "notify-sent" {
        vi: "đã gửi {label}",
        en: "sent {label}"
    }
    WROTE "notify-wrote" {
        vi: "đã ghi {label} → {path}",
        en: "wrote {label} → {path}"
    }
    FAILED "notify-failed" {
        vi: "{label}: {why}",
        en: "{label}: {why}"
    }
    SUMMARY "notify-summary" {
        vi: "Đã gửi: {sent}; lỗi: {failed}; đã gửi trước đó trong ngày: {skipped}",
        en: "{sent} sent, {failed} failed, {skipped} already mailed today"
    }
    SUMMARY_DRY "notify-summary-dry" {
        vi: "Đã ghi: {sent}; lỗi: {failed}",
        en: "{sent} written, {failed} failed"
    }
    ERRORS_SUBJECT "notify-errors-subject" {
        vi: "[kpi] {count} tệp trong kho kế hoạch có lỗi: thư gửi các đơn vị chưa đầy đủ",
        en: "[kpi] {count} file(s) of the plan repository have errors: the units' digests are incomplete"
    }
    ERRORS_INTRO "notify-errors-intro" {
        vi: "Ngày {day}, kpi notify không đọc được đầy đủ các tệp dưới đây. Phần nội dung không đọc được đã bị bỏ qua: các đơn vị liên quan có thể không được nhắc việc quá hạn hoặc đến hạn.",
        en: "On {day}, kpi notify could not read the files below in full. What could not be read was left out: the units concerned may not have been told what they owe."
    }
    ERRORS_OUTRO "notify-errors-outro" {
        vi: "Chạy `kpi check` trong kho kế hoạch để xem từng lỗi và cách sửa.",
        en: "Run `kpi check` in the plan repository to see each problem and how to fix it."
    }
    ERRORS_LABEL "notify-errors-label" {
        vi: "tệp có lỗi → {to}",
        en: "broken files → {to}"
    }
    REMIND_IS "notify-remind-is" {
        vi: "`remind` trong [mail] là danh sách số ngày trước hạn, từ 0 đến 366, ví dụ `remind = [7, 1]`",
        en: "`remind` in [mail] is a list of days before the due day, 0 to 366, e.g. `remind = [7, 1]`"
    }
    REMIND_HELP "notify-remind-help" {
        vi: "mỗi đơn vị nhận thư về một hạn vào đúng những ngày này trước hạn (0: đúng ngày đến hạn); việc quá hạn vẫn được nhắc mỗi ngày",
        en: "a unit is mailed about a deadline on exactly these days before it (0: the due day itself); overdue items are still in every digest"
    }
    PASSWORD_ENV_UNSET "notify-password-env-unset" {
        vi: "chưa đặt biến môi trường {var} (password_env trong kpi.toml) chứa mật khẩu thư",
        en: "the environment variable {var} (password_env in kpi.toml) is not set"
    }
    PASSWORD_ENV_EMPTY "notify-password-env-empty" {
        vi: "biến môi trường {var} (password_env trong kpi.toml) đang để trống; kpi không đăng nhập bằng mật khẩu trống",
        en: "the environment variable {var} (password_env in kpi.toml) is empty; kpi does not log in with an empty password"
    }
    PASSWORD_WITHOUT_TLS "notify-password-without-tls" {
        vi: "không gửi mật khẩu chưa mã hoá tới {host}: đặt security = \"starttls\" hoặc \"tls\" trong mục [mail]",
        en: "refusing to send a password without TLS to {host}: set security = \"starttls\" or \"tls\" in [mail]"
    }
    BAD_HOST "notify-bad-host" {
        vi: "[mail] host = \"{host}\" không dùng được: {why}",
        en: "[mail] host = \"{host}\" cannot be used: {why}"
    }
    CANNOT_MAKE_FOLDER "notify-cannot-make-folder" {
        vi: "không tạo được thư mục {path} cho --dry-run: {why}",
        en: "cannot make the folder {path} for --dry-run: {why}"
    }
    WAITED "notify-waited" {
        vi: "đã chờ {secs} giây",
        en: "busy for {secs} s"
    }
}
