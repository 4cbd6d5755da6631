//! Messages of `kpi request` and of the checks on `[[request]]` tables.

messages! {
    MISSING_REQUEST_DATE "request-missing-date" {
        vi: "bảng [[request]] thiếu trường `{key}`",
        en: "missing field `{key}` in [[request]]"
    }
    MISSING_REQUEST_DATE_HELP "request-missing-date-help" {
        vi: "một yêu cầu ghi ngày nhận (`date = 2025-03-03`) và hạn trả lời (`due = 2025-03-14`)",
        en: "a request says when it arrived (`date = 2025-03-03`) and when it must be answered (`due = 2025-03-14`)"
    }
    NOT_ON_REQUEST "request-not-on-request" {
        vi: "nhiệm vụ `{task}` có thời hạn \"{due}\", không phải \"khi có yêu cầu\"; yêu cầu này vẫn được tính là một kỳ ({key})",
        en: "task `{task}` is due \"{due}\", not on request; this request still counts as an occurrence ({key})"
    }
    NOT_ON_REQUEST_HELP "request-not-on-request-help" {
        vi: "kiểm tra mã nhiệm vụ; nếu đúng, bỏ qua cảnh báo này",
        en: "check the task id; if it is right, this warning can be ignored"
    }
    DUE_BEFORE_REQUEST "request-due-before-date" {
        vi: "hạn trả lời {due} trước ngày nhận yêu cầu {date}",
        en: "the request is due {due}, before it arrived ({date})"
    }
    DUE_BEFORE_REQUEST_HELP "request-due-before-date-help" {
        vi: "`date` là ngày nhận văn bản yêu cầu, `due` là hạn phải trả lời; yêu cầu này không được tính cho đến khi sửa",
        en: "`date` is the day the request arrived, `due` the day it must be answered by; the request does not count until fixed"
    }
    FUTURE_REQUEST "request-future" {
        vi: "yêu cầu mang ngày nhận {date}, sau hôm nay ({today}); chưa được tính",
        en: "request dated {date}, after today ({today}); it does not count yet"
    }
    DUPLICATE_REQUEST "request-duplicate" {
        vi: "nhiệm vụ `{task}` đã có một yêu cầu nhận ngày {date} (kỳ {key}); yêu cầu thứ hai cùng ngày không được tính",
        en: "task `{task}` already has a request of {date} (period {key}); a second one on the same day does not count"
    }
    DUPLICATE_REQUEST_HELP "request-duplicate-help" {
        vi: "gộp hai yêu cầu thành một, hoặc sửa ngày nhận",
        en: "merge the two, or correct the day it arrived"
    }
    UNKNOWN_REQUEST "request-unknown-period" {
        vi: "nhiệm vụ `{task}` không có yêu cầu nào nhận ngày {date} (kỳ `{period}`)",
        en: "task `{task}` has no request of {date} (period `{period}`)"
    }
    REQUESTS_ARE "request-requests-are" {
        vi: "các yêu cầu của nhiệm vụ: {list}",
        en: "its requests are: {list}"
    }
    NO_REQUESTS "request-none" {
        vi: "nhiệm vụ chưa có yêu cầu nào; ghi yêu cầu bằng `kpi request`",
        en: "the task has no request yet; record one with `kpi request`"
    }
    RECORDED "request-recorded" {
        vi: "đã ghi yêu cầu cho {target} nhận ngày {date}, hạn trả lời {due}{ref} vào {path}: kỳ {key}; khi xong: kpi done {target} --period {key}",
        en: "recorded a request for {target} of {date}, due {due}{ref} in {path}: period {key}; when done: kpi done {target} --period {key}"
    }
    REF "request-ref" { vi: " ({reference})", en: " ({reference})" }
    REFUSE_DUE_BEFORE "request-refuse-due-before" {
        vi: "--due {due} trước --date {date}: hạn trả lời không thể trước ngày nhận yêu cầu",
        en: "--due {due} is before --date {date}: a request cannot be due before it arrived"
    }
    REFUSE_DUPLICATE "request-refuse-duplicate" {
        vi: "{target} đã có một yêu cầu nhận ngày {date} (kỳ {key}, hạn {due}); hai yêu cầu cùng ngày sẽ trùng mã kỳ",
        en: "{target} already has a request of {date} (period {key}, due {due}); two on the same day would share the key"
    }
    WARN_NOT_ON_REQUEST "request-warn-not-on-request" {
        vi: "thời hạn của {target} là \"{due}\", không phải \"khi có yêu cầu\"; yêu cầu vẫn được ghi và tính là một kỳ",
        en: "{target} is due \"{due}\", not on request; the request is recorded all the same and counts as an occurrence"
    }
    WARN_FUTURE "request-warn-future" {
        vi: "ngày nhận {date} sau hôm nay ({today}): yêu cầu chỉ được tính từ ngày đó",
        en: "the request is dated {date}, after today ({today}): it counts from that day on"
    }
}
