//! The digest mailed to one unit: subject, plain text and HTML, overdue items first.

use chrono::NaiveDate;

use crate::cmd::due::days_text;
use crate::config::Lang;
use crate::select::Role;
use crate::status::{Entry, Status};

/// One item of a unit's digest.
pub struct Item<'a> {
    pub entry: Entry<'a>,
    pub role: Role,
}

pub struct Digest {
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub struct Recipient<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub org_name: &'a str,
}

fn vn_date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn digest(to: &Recipient, items: &[Item], lang: Lang, today: NaiveDate, within: u32) -> Digest {
    let overdue: Vec<&Item> = items
        .iter()
        .filter(|i| i.entry.status == Status::Overdue)
        .collect();
    let due: Vec<&Item> = items
        .iter()
        .filter(|i| i.entry.status == Status::Due)
        .collect();
    let (n_over, n_due) = (overdue.len(), due.len());
    let subject = match lang {
        Lang::Vi => format!(
            "[kpi] {} ({}): {n_over} nhiệm vụ quá hạn, {n_due} đến hạn",
            to.code, to.name
        ),
        Lang::En => format!(
            "[kpi] {} ({}): {n_over} overdue, {n_due} due",
            to.code, to.name
        ),
    };
    let date = |d: NaiveDate| match lang {
        Lang::Vi => vn_date(d),
        Lang::En => d.to_string(),
    };
    let mut text = String::new();
    let mut html = String::from("<!DOCTYPE html><html><body style=\"font-family: sans-serif\">\n");
    let (greeting, summary) = match lang {
        Lang::Vi => (
            format!("Kính gửi: {} ({}), {}", to.name, to.code, to.org_name),
            format!(
                "Tính đến ngày {}, đơn vị có {n_over} nhiệm vụ quá hạn, chưa hoàn thành và {n_due} nhiệm vụ đến hạn trong {within} ngày tới.",
                date(today)
            ),
        ),
        Lang::En => (
            format!("To: {} ({}), {}", to.name, to.code, to.org_name),
            format!(
                "As of {}, {n_over} task(s) are overdue and {n_due} fall due within {within} days.",
                date(today)
            ),
        ),
    };
    text.push_str(&format!("{greeting}\n\n{summary}\n"));
    html.push_str(&format!(
        "<p>{}</p>\n<p>{}</p>\n",
        html_escape(&greeting),
        html_escape(&summary)
    ));

    let heads = match lang {
        Lang::Vi => ["QUÁ HẠN, CHƯA HOÀN THÀNH", "ĐẾN HẠN"],
        Lang::En => ["OVERDUE", "DUE SOON"],
    };
    let cols = match lang {
        Lang::Vi => ["Nhiệm vụ", "Nội dung", "Hạn", "Số ngày", "Kỳ", "Vai trò"],
        Lang::En => ["Task", "Title", "Last day", "Days", "Period", "Role"],
    };
    for (head, list) in heads.iter().zip([&overdue, &due]) {
        if list.is_empty() {
            continue;
        }
        text.push_str(&format!("\n{head}\n"));
        html.push_str(&format!(
            "<h3>{}</h3>\n<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">\n<tr>",
            html_escape(head)
        ));
        for c in cols {
            html.push_str(&format!("<th>{}</th>", html_escape(c)));
        }
        html.push_str("</tr>\n");
        for (n, it) in list.iter().enumerate() {
            let e = &it.entry;
            let target = e.task.target();
            let period = e.period().unwrap_or("");
            let mut line2 = format!(
                "{}: {} ({})",
                cols[2],
                date(e.occurrence.last_day),
                days_text(e.days, lang)
            );
            if e.occurrence.due != e.occurrence.last_day {
                let moved = match lang {
                    Lang::Vi => "chuyển sang ngày làm việc",
                    Lang::En => "moved to the working day",
                };
                line2.push_str(&format!(", {moved} {}", date(e.occurrence.due)));
            }
            if !period.is_empty() {
                line2.push_str(&format!(" · {}: {period}", cols[4]));
            }
            line2.push_str(&format!(" · {}: {}", cols[5], it.role.label(lang)));
            text.push_str(&format!(
                "{}. {target} — {}\n   {line2}\n",
                n + 1,
                e.task.title()
            ));
            html.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                html_escape(target),
                html_escape(e.task.title()),
                date(e.occurrence.last_day),
                html_escape(&days_text(e.days, lang)),
                html_escape(period),
                it.role.label(lang)
            ));
        }
        html.push_str("</table>\n");
    }

    let example = items.first().map(|i| {
        let e = &i.entry;
        let period = e
            .period()
            .map(|p| format!(" --period {p}"))
            .unwrap_or_default();
        format!(
            "kpi done {}:{}{period} --by {}",
            e.plan.id,
            e.task.id(),
            to.code
        )
    });
    let how = match lang {
        Lang::Vi => {
            "Khi hoàn thành, đề nghị ghi nhận kết quả (hoặc báo Văn phòng ghi nhận) bằng lệnh:\n  kpi done KẾ_HOẠCH:NHIỆM_VỤ [--period KỲ] --by MÃ_ĐƠN_VỊ --evidence \"Số văn bản\""
        }
        Lang::En => {
            "When a task is done, record it (or ask the office to) with:\n  kpi done PLAN:TASK [--period KEY] --by UNIT --evidence \"document number\""
        }
    };
    let footer = match lang {
        Lang::Vi => "Thư này được gửi tự động bởi kpi.",
        Lang::En => "This message was sent by kpi.",
    };
    text.push_str(&format!("\n{how}\n"));
    html.push_str(&format!(
        "<p>{}</p>\n",
        html_escape(how).replace('\n', "<br>")
    ));
    if let Some(ex) = example {
        let label = match lang {
            Lang::Vi => "Ví dụ",
            Lang::En => "For example",
        };
        text.push_str(&format!("{label}: {ex}\n"));
        html.push_str(&format!(
            "<p>{label}: <code>{}</code></p>\n",
            html_escape(&ex)
        ));
    }
    text.push_str(&format!("\n-- \n{footer}\n"));
    html.push_str(&format!(
        "<p><small>{}</small></p>\n</body></html>\n",
        html_escape(footer)
    ));
    // Titles and names come from files: their control characters are shown, never
    // obeyed by a mail reader's terminal (`text::visible`).
    Digest {
        subject: crate::text::visible(&subject).into_owned(),
        text: crate::text::visible(&text).into_owned(),
        html: crate::text::visible(&html).into_owned(),
    }
}
