//! Words of `kpi units` and `kpi assignments`.

messages! {
    COL_CODE "units-col-code" { vi: "Mã", en: "Code" }
    COL_NAME "units-col-name" { vi: "Tên", en: "Name" }
    COL_ALIASES "units-col-aliases" { vi: "Tên khác", en: "Aliases" }
    COL_EMAIL "units-col-email" { vi: "Thư điện tử", en: "Email" }
    COL_GROUPS "units-col-groups" { vi: "Nhóm", en: "Groups" }
    COL_GROUP "units-col-group" { vi: "Nhóm", en: "Group" }
    COL_MEMBERS "units-col-members" { vi: "Thành viên", en: "Members" }
    COL_OVERDUE "units-col-overdue" { vi: "Quá hạn", en: "Overdue" }
    COL_DUE "units-col-due" { vi: "Đến hạn", en: "Due" }
    EXTERNAL "units-external" { vi: " (ngoài đơn vị)", en: " (external)" }
    NOTHING_ASSIGNED "assignments-nothing" { vi: "Không có nhiệm vụ.", en: "Nothing assigned." }
    NO_LEAD_HEADING "assignments-no-lead" {
        vi: "Nhiệm vụ chưa có đơn vị chủ trì · {org} ({name})",
        en: "Tasks without a lead unit · {org} ({name})"
    }
}
