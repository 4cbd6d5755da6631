//! Messages of `kpi init` and of the commands that set a repository and its tools up
//! (`kpi schema --out`, `kpi man --out`, `kpi merge-progress`).

messages! {
    BAD_ORG "init-bad-org" {
        vi: "mã tổ chức `{org}` không dùng được: viết liền một từ, không dấu cách, không có `:`, `/` hay `\\`, không bắt đầu bằng `.` (ví dụ qn-syt)",
        en: "the organisation id `{org}` cannot be used: write one word, without spaces, `:`, `/` or `\\`, not starting with `.` (e.g. qn-syt)"
    }
    EXISTS "init-exists" {
        vi: "{dir} đã có {files}: kpi init không bao giờ ghi đè, nên chưa ghi gì",
        en: "{dir} already has {files}: kpi init never overwrites, so nothing was written"
    }
    EXISTS_HELP "init-exists-help" {
        vi: "tạo kho ở một thư mục khác (kpi init ke-hoach-moi), hoặc đổi tên các tệp đó rồi chạy lại",
        en: "make the repository in another folder (kpi init new-plans), or rename those files and run it again"
    }
    CANNOT_WRITE "init-cannot-write" {
        vi: "không ghi được {path}: {why}",
        en: "cannot write {path}: {why}"
    }
    WROTE "init-wrote" {
        vi: "đã ghi {path}",
        en: "wrote {path}"
    }
    MAN_WRITTEN "man-written" {
        vi: "đã ghi các trang hướng dẫn (man) vào {dir}",
        en: "wrote the manual pages into {dir}"
    }
    CREATED "init-created" {
        vi: "Đã tạo kho kế hoạch trong {dir}:",
        en: "Created a plan repository in {dir}:"
    }
    FILE_SETTINGS "init-file-settings" {
        vi: "cài đặt: ngôn ngữ, ngày nghỉ, gửi thư ([mail], đang để trong chú thích)",
        en: "settings: language, days off, mail ([mail], commented out)"
    }
    FILE_UNITS "init-file-units" {
        vi: "danh mục đơn vị của {org}: sửa cho đúng cơ quan",
        en: "the unit registry of {org}: make it your organisation's"
    }
    FILE_PLAN "init-file-plan" {
        vi: "kế hoạch ví dụ năm {year}: thay bằng kế hoạch thật",
        en: "an example plan for {year}: replace it with a real one"
    }
    FILE_PROGRESS "init-file-progress" {
        vi: "tiến độ của kế hoạch đó: kpi done ghi thêm vào đây",
        en: "that plan's progress: kpi done appends here"
    }
    FILE_GIT "init-file-git" {
        vi: "cho git: bỏ qua tệp tạm, gộp tiến độ của nhiều người",
        en: "for git: ignore temporary files, merge several people's progress"
    }
    FILE_EDITORS "init-file-editors" {
        vi: "cho trình soạn thảo (Taplo, VS Code \"Even Better TOML\"): gợi ý và kiểm tra trường khi gõ",
        en: "for editors (Taplo, VS Code \"Even Better TOML\"): completion and checks as you type"
    }
    NEXT "init-next" {
        vi: "Việc tiếp theo:",
        en: "Next steps:"
    }
    STEP_GIT "init-step-git" {
        vi: "Đưa kho vào git, và cho git biết cách gộp tiến độ (một lần trên mỗi máy):",
        en: "Put the repository in git, and tell git how to merge progress (once per machine):"
    }
    STEP_UNITS "init-step-units" {
        vi: "Sửa {units}: tên cơ quan, các phòng, đơn vị, nhóm và địa chỉ thư của họ.",
        en: "Edit {units}: the organisation's name, its departments, units, groups and their e-mail addresses."
    }
    STEP_IMPORT "init-step-import" {
        vi: "Đưa kế hoạch thật vào từ văn bản Word hoặc Excel, rồi xoá kế hoạch ví dụ:",
        en: "Bring in a real plan from its Word or Excel document, then delete the example plan:"
    }
    STEP_CHECK "init-step-check" {
        vi: "Kiểm tra các tệp, rồi xem việc quá hạn và sắp đến hạn:",
        en: "Check the files, then see what is overdue and due soon:"
    }
    STEP_CRON "init-step-cron" {
        vi: "Điền [mail] trong kpi.toml, rồi cho cron gửi thư nhắc mỗi sáng ngày làm việc (crontab -e):",
        en: "Fill in [mail] in kpi.toml, then let cron send the reminders each working-day morning (crontab -e):"
    }
    MERGE_NOT_APPENDS "merge-not-appends" {
        vi: "kpi merge-progress: {path} được sửa ở cả hai phía, không chỉ ghi thêm bản ghi: để git đánh dấu xung đột cho người sửa",
        en: "kpi merge-progress: {path} was changed on both sides, not only appended to: leaving git to mark the conflict for a person"
    }
    MERGE_BROKEN "merge-broken" {
        vi: "kpi merge-progress: gộp {path} cho ra tệp TOML không hợp lệ ({why}): để git đánh dấu xung đột",
        en: "kpi merge-progress: merging {path} gives invalid TOML ({why}): leaving git to mark the conflict"
    }
    MERGE_FILE_FAILED "init-merge-file-failed" {
        vi: "không chạy được git merge-file: {why}",
        en: "cannot run git merge-file: {why}"
    }
}
