//! Messages of the calendar of days off and of `kpi holidays`.

messages! {
    IN_LIEU "holiday-in-lieu" {
        vi: "Nghỉ bù {holiday}",
        en: "{holiday}: day in lieu"
    }
    SWAPPED "holiday-swapped" {
        vi: "{holiday}: nghỉ hoán đổi (làm bù ngày {worked})",
        en: "{holiday}: swapped day off (worked on {worked})"
    }
    MAKE_UP "holiday-make-up" {
        vi: "Làm bù cho ngày {swapped} ({holiday})",
        en: "Make-up working day for {swapped} ({holiday})"
    }
    LOCAL_HOLIDAY "holiday-local" {
        vi: "Ngày nghỉ (kpi.toml)",
        en: "Day off (kpi.toml)"
    }
    LOCAL_WORKDAY "holiday-local-workday" {
        vi: "Ngày làm việc (kpi.toml)",
        en: "Working day (kpi.toml)"
    }
    KIND_HOLIDAY "holiday-kind-holiday" { vi: "nghỉ lễ", en: "holiday" }
    KIND_IN_LIEU "holiday-kind-in-lieu" { vi: "nghỉ bù", en: "in lieu" }
    KIND_SWAPPED "holiday-kind-swapped" { vi: "hoán đổi", en: "swapped" }
    KIND_LOCAL "holiday-kind-local" { vi: "kpi.toml", en: "kpi.toml (local)" }
    KIND_WORKDAY "holiday-kind-workday" { vi: "làm bù", en: "make-up day" }
    HEAD_DATE "holidays-head-date" { vi: "Ngày", en: "Date" }
    HEAD_WEEKDAY "holidays-head-weekday" { vi: "Thứ", en: "Day" }
    HEAD_KIND "holidays-head-kind" { vi: "Loại", en: "Kind" }
    HEAD_NAME "holidays-head-name" { vi: "Tên", en: "Name" }
    HEAD_SOURCE "holidays-head-source" { vi: "Căn cứ", en: "Source" }
    YEAR_OFFICIAL "holidays-year-official" {
        vi: "Năm {year}: lịch nghỉ chính thức ({documents}).",
        en: "{year}: official schedule ({documents})."
    }
    YEAR_PROVISIONAL "holidays-year-provisional" {
        vi: "Năm {year}: TẠM TÍNH theo Bộ luật Lao động (chưa có quyết định về lịch nghỉ). Tết: 2 ngày cuối năm âm lịch và mùng 1-3; ngày liền kề 2/9: 1/9 (3/9 nếu 2/9 là thứ Năm); nghỉ bù theo Điều 111 khoản 3. Khi có thông báo chính thức, sửa trong kpi.toml bằng [[holiday]] và [[workday]].",
        en: "{year}: PROVISIONAL, computed from the Labour Code (no decision on the days off yet). Tết: the last 2 days of the lunar year and mùng 1-3; the day next to 2/9: 1/9 (3/9 when 2/9 is a Thursday); days in lieu by art. 111(3). When the official notice is out, correct it in kpi.toml with [[holiday]] and [[workday]]."
    }
    YEAR_UNKNOWN "holidays-year-unknown" {
        vi: "Năm {year}: kpi chỉ tính âm lịch từ 1900 đến 2100; chỉ có các ngày lễ dương lịch (1/1, 30/4, 1/5, 2/9).",
        en: "{year}: kpi computes the lunar calendar for 1900 to 2100 only; just the solar holidays (1/1, 30/4, 1/5, 2/9) are known."
    }
    RANGE_ORDER "holidays-range-order" {
        vi: "--to ({to}) trước --from ({from})",
        en: "--to ({to}) is before --from ({from})"
    }
    RANGE_TOO_LONG "holidays-range-too-long" {
        vi: "khoảng từ --from đến --to dài quá 10 năm",
        en: "the range from --from to --to is longer than 10 years"
    }
    FORMAT_NOT_WRITTEN "format-not-written" {
        vi: "`kpi {command}` không xuất định dạng {format}; các định dạng được: {formats}",
        en: "`kpi {command}` does not write {format}; it writes: {formats}"
    }
    YEARS_KNOWN "holidays-years-known" {
        vi: "{what}: kpi chỉ biết ngày nghỉ từ năm {first} đến năm {last}",
        en: "{what}: kpi knows the days off of {first} to {last} only"
    }
}
