//! Messages of the filters every listing command takes (`--unit`, `--org`, `--plan`,
//! `--index`).

messages! {
    UNKNOWN "select-unknown" {
        vi: "không có {what} `{name}`: {hint}",
        en: "unknown {what} `{name}`: {hint}"
    }
    KNOWN "select-known" {
        vi: "các giá trị đã biết: {list}",
        en: "known: {list}"
    }
    KNOWN_SOME "select-known-some" {
        vi: "một số {what} đã biết: {list}, ...",
        en: "known {what}s include: {list}, ..."
    }
    ORGANISATION "select-organisation" { vi: "tổ chức", en: "organisation" }
    UNIT "select-unit" { vi: "đơn vị", en: "unit" }
    PLAN "select-plan" { vi: "kế hoạch", en: "plan" }
    INDEX "select-index" { vi: "chỉ số", en: "index" }
    QUOTE_INDEX "select-quote-index" {
        vi: "tên có khoảng trắng phải đặt trong ngoặc kép: --index \"PAR INDEX\"",
        en: "a name with a space goes in quotes: --index \"PAR INDEX\""
    }
}
