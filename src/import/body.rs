//! Tasks written in the plan's body rather than in an appendix: a numbered item followed
//! by labelled lines, as Kon Tum's plans write them:
//!
//! ```text
//! II. NỘI DUNG
//! 1. Tuyên truyền cho công chức …
//! - Đơn vị thực hiện: Phòng Tổ chức – Hành chính chủ trì; các phòng thuộc Sở phối hợp.
//! - Thời gian thực hiện: Thường xuyên.
//! ```
//!
//! Only items with such a label are tasks: the numbered lists of "Mục đích, yêu cầu"
//! have none. The part "Tổ chức thực hiện" is left out (its duties are written as prose;
//! see the output's closing comment).

use super::header::roman_heading;
use super::table::{Row, Section};
use crate::text::fold;

/// The labels of the lines that make an item a task.
const UNIT_LABELS: &[&str] = &[
    "don vi thuc hien",
    "don vi chu tri",
    "co quan thuc hien",
    "co quan chu tri",
    "trach nhiem thuc hien",
    "phan cong",
];
const TIME_LABELS: &[&str] = &[
    "thoi gian thuc hien",
    "thoi gian hoan thanh",
    "thoi gian",
    "thoi han",
    "tien do",
];
const OUTPUT_LABELS: &[&str] = &["san pham", "ket qua"];

/// A labelled line: which label, and the text after the colon.
fn labelled<'a>(line: &'a str, labels: &[&str]) -> Option<&'a str> {
    let line = line.trim_start_matches(['-', '+', '•', ' ']);
    let (label, value) = line.split_once(':')?;
    let f = fold(label);
    labels.contains(&f.as_str()).then(|| value.trim())
}

/// "1. Tuyên truyền …" → ("1", "Tuyên truyền …").
fn item(line: &str) -> Option<(String, String)> {
    let (n, rest) = line.split_once(['.', ')'])?;
    let n = n.trim();
    (!n.is_empty()
        && n.len() <= 3
        && n.chars().all(|c| c.is_ascii_digit())
        && !rest.trim().is_empty())
    .then(|| (n.to_string(), rest.trim().to_string()))
}

/// The body's task items, by part.
pub fn read(lines: &[String]) -> (Vec<Section>, Vec<Row>) {
    let mut sections: Vec<Section> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    let mut part: Option<(String, String, bool)> = None;
    let mut current: Option<Row> = None;
    let finish = |current: &mut Option<Row>,
                  rows: &mut Vec<Row>,
                  sections: &mut Vec<Section>,
                  part: &Option<(String, String, bool)>| {
        let Some(row) = current.take() else { return };
        if row.lead.is_empty() && row.due.is_empty() {
            return;
        }
        if let Some((id, title, _)) = part
            && !sections.iter().any(|s| s.id == *id)
        {
            sections.push(Section {
                id: id.clone(),
                parent: None,
                title: title.clone(),
                number: id.clone(),
            });
        }
        rows.push(row);
    };
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if fold(line).starts_with("noi nhan") {
            break;
        }
        if let Some((n, title)) = roman_heading(line) {
            finish(&mut current, &mut rows, &mut sections, &part);
            let duties = fold(&title).starts_with("to chuc thuc hien");
            part = Some((n, title, duties));
            continue;
        }
        let in_scope = part.as_ref().is_some_and(|(_, _, duties)| !duties);
        if let Some((n, title)) = item(line) {
            finish(&mut current, &mut rows, &mut sections, &part);
            if in_scope {
                let pid = part.as_ref().map(|p| p.0.clone());
                current = Some(Row {
                    id: pid
                        .as_ref()
                        .map_or_else(|| n.clone(), |p| format!("{p}.{n}")),
                    number: n,
                    section: pid,
                    title: title.trim_end_matches(':').trim().to_string(),
                    ..Row::default()
                });
            }
            continue;
        }
        let Some(row) = current.as_mut() else {
            continue;
        };
        let sentence = |v: &str| v.trim_end_matches(['.', ';']).trim().to_string();
        if let Some(v) = labelled(line, UNIT_LABELS) {
            row.lead = sentence(v);
        } else if let Some(v) = labelled(line, TIME_LABELS) {
            row.due = sentence(v);
        } else if let Some(v) = labelled(line, OUTPUT_LABELS) {
            row.output = sentence(v);
        }
    }
    finish(&mut current, &mut rows, &mut sections, &part);
    (sections, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_items_with_labelled_lines_are_tasks() {
        let lines: Vec<String> = "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích:\n- Tạo lập môi trường.\nII. NỘI DUNG\n\
            1. Tuyên truyền cho công chức.\n- Đơn vị thực hiện: Văn phòng chủ trì.\n- Thời gian thực hiện: Thường xuyên.\n\
            2. Tham mưu tổ chức đoàn công tác.\nĐơn vị thực hiện: Sở Kế hoạch và Đầu tư chủ trì.\nThời gian: Quý III năm 2024.\n\
            III. TỔ CHỨC THỰC HIỆN\n1. Các đơn vị báo cáo.\n- Thời gian: Hằng quý.\nNơi nhận:\n1. Không phải việc."
            .lines()
            .map(str::to_string)
            .collect();
        let (sections, rows) = read(&lines);
        assert_eq!(sections.len(), 1);
        assert_eq!(
            (sections[0].id.as_str(), sections[0].title.as_str()),
            ("II", "NỘI DUNG")
        );
        let got: Vec<(&str, &str, &str, &str)> = rows
            .iter()
            .map(|r| {
                (
                    r.id.as_str(),
                    r.title.as_str(),
                    r.lead.as_str(),
                    r.due.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "II.1",
                    "Tuyên truyền cho công chức.",
                    "Văn phòng chủ trì",
                    "Thường xuyên"
                ),
                (
                    "II.2",
                    "Tham mưu tổ chức đoàn công tác.",
                    "Sở Kế hoạch và Đầu tư chủ trì",
                    "Quý III năm 2024"
                ),
            ]
        );
    }
}
