//! The appendix table → sections and task rows.
//!
//! The table is found by its headings (columns.rs); headings repeated after a page break
//! and rows numbering the columns ("(1) (2) (3)") are skipped. A row with text only in
//! the TT and title columns (merged across in Word) is a section: I, II, 1, 1.1, a.
//! A cell merged down gives its value to each row it spans (the readers copy it). In a
//! text copy, merges are lost; two patterns are made up for:
//! - the first row after a repeated heading with neither TT nor title is the rest of the
//!   row above, cut by the page break: its cells are appended to that row's;
//! - elsewhere, such a row is a second line of the row above (its TT and title were
//!   merged down): a task of its own that shares them.

use super::columns::{Columns, Role};
use super::document::{Block, Cell, Document, Origin};
use crate::text::fold;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub id: String,
    pub parent: Option<String>,
    pub title: String,
    /// Its TT as printed.
    pub number: String,
}

/// One task row, cells as printed (merged values copied).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub number: String,
    pub section: Option<String>,
    pub title: String,
    pub lead: String,
    pub support: String,
    pub output: String,
    pub due: String,
    pub note: String,
    /// The first row after a repeated heading (a page break in the document).
    pub after_break: bool,
    /// Text of the next page's first row was appended to these columns.
    pub continued: Vec<Role>,
    /// Its TT and title were taken from the row above (a lost merge).
    pub shares_above: bool,
    /// These cells were merged down in the document (their value is the merged one).
    pub merged: Vec<Role>,
}

impl Row {
    pub fn cell(&self, role: Role) -> &str {
        match role {
            Role::Number => &self.number,
            Role::Title => &self.title,
            Role::Lead => &self.lead,
            Role::Support => &self.support,
            Role::Output => &self.output,
            Role::Due => &self.due,
            Role::Note => &self.note,
        }
    }

    fn cell_mut(&mut self, role: Role) -> &mut String {
        match role {
            Role::Number => &mut self.number,
            Role::Title => &mut self.title,
            Role::Lead => &mut self.lead,
            Role::Support => &mut self.support,
            Role::Output => &mut self.output,
            Role::Due => &mut self.due,
            Role::Note => &mut self.note,
        }
    }
}

/// What the appendix gave.
#[derive(Clone, Debug, Default)]
pub struct Appendix {
    pub columns: Vec<(Role, String)>,
    pub sections: Vec<Section>,
    pub rows: Vec<Row>,
    /// The lines above the headings in the appendix's own table (a workbook's title).
    pub heading_lines: Vec<String>,
    /// The section given to the tasks of a table without section rows.
    pub whole: bool,
}

/// The document split: the lines of everything that is not the appendix (for the
/// header and the body), and the appendix if there is one.
pub fn split(doc: &Document) -> (Vec<String>, Option<Appendix>) {
    let mut lines = Vec::new();
    let mut found: Option<(Columns, Vec<String>, Vec<Vec<Cell>>)> = None;
    for block in &doc.blocks {
        match block {
            Block::Line(l) => lines.push(l.clone()),
            Block::Table(t) => {
                if let Some((cols, _, rows)) = found.as_mut()
                    && t.width() == cols.roles.len()
                {
                    // The appendix goes on after a page break or a paragraph.
                    rows.push(Vec::new());
                    rows.extend(t.rows.iter().cloned());
                    continue;
                }
                let header = t.rows.iter().enumerate().take(8).find_map(|(i, r)| {
                    let next = t.rows.get(i + 1).map(|n| texts(n));
                    Columns::read(&texts(r), next.as_deref()).map(|c| (i, c))
                });
                match header {
                    Some((at, cols)) if found.is_none() => {
                        let above: Vec<String> =
                            t.rows[..at].iter().flat_map(|r| row_lines(r)).collect();
                        let rows = t.rows[at..].to_vec();
                        found = Some((cols, above, rows));
                    }
                    _ => lines.extend(t.rows.iter().flat_map(|r| row_lines(r))),
                }
            }
        }
    }
    let appendix = found.map(|(cols, above, rows)| read(&cols, above, &rows));
    (lines, appendix)
}

fn texts(row: &[Cell]) -> Vec<String> {
    row.iter().map(|c| c.text.clone()).collect()
}

/// The lines of a row of a layout table: each cell's own text, line by line.
fn row_lines(row: &[Cell]) -> Vec<String> {
    row.iter()
        .filter(|c| c.origin == Origin::Own)
        .flat_map(|c| c.text.split('\n').map(str::to_string).collect::<Vec<_>>())
        .collect()
}

fn one_line(s: &str) -> String {
    super::document::clean(s)
}

/// A row that numbers the columns: "(1)", "(2)" … or 1, 2, 3 … in order.
fn numbering_row(row: &[Cell]) -> bool {
    let nums: Vec<&str> = row
        .iter()
        .filter(|c| c.origin == Origin::Own && !c.text.trim().is_empty())
        .map(|c| c.text.trim())
        .collect();
    nums.len() >= 3
        && nums.iter().enumerate().all(|(i, t)| {
            let t = t.trim_matches(|c| c == '(' || c == ')');
            t.parse::<usize>().is_ok_and(|n| n == i + 1)
        })
}

fn read(cols: &Columns, heading_lines: Vec<String>, rows: &[Vec<Cell>]) -> Appendix {
    let first = texts(&rows[0]);
    let heading_fold: Vec<String> = first.iter().map(|t| fold(t)).collect();
    // Each column as headed: the lower heading row where there are two ("CHỦ TRÌ"
    // under "PHÂN CÔNG THỰC HIỆN").
    let lower = (cols.rows == 2).then(|| texts(&rows[1]));
    let headed = |i: usize| match lower.as_ref().map(|l| one_line(&l[i])) {
        Some(l) if !l.is_empty() => l,
        _ => one_line(&first[i]),
    };
    let mut out = Appendix {
        columns: cols
            .roles
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.map(|r| (r, headed(i))))
            .collect(),
        heading_lines,
        ..Appendix::default()
    };
    let col = |role| cols.of(role);
    let mut numbering = Numbering::default();
    let mut after_break = false;
    let mut i = cols.rows;
    while i < rows.len() {
        let row = &rows[i];
        i += 1;
        if row.is_empty() {
            after_break = true;
            continue;
        }
        let get = |role: Role| -> (String, Origin) {
            col(role)
                .and_then(|c| row.get(c))
                .map_or((String::new(), Origin::Own), |c| {
                    (one_line(&c.text), c.origin)
                })
        };
        // A heading repeated after a page break, with its second row.
        let folded: Vec<String> = row.iter().map(|c| fold(&c.text)).collect();
        if folded == heading_fold {
            i += cols.rows - 1;
            after_break = true;
            continue;
        }
        if numbering_row(row) || row.iter().all(|c| c.text.trim().is_empty()) {
            continue;
        }
        let (mut number, num_origin) = get(Role::Number);
        let (mut title, title_origin) = get(Role::Title);
        let task_roles = [Role::Lead, Role::Support, Role::Output, Role::Due];
        let task_cells_empty = task_roles.iter().all(|r| {
            let (t, o) = get(*r);
            t.is_empty() || o == Origin::Left
        });
        // One cell across the whole row: "I. NHÓM NHIỆM VỤ CHUNG".
        if (title.is_empty() || (title_origin == Origin::Left && title == number))
            && let Some((n, t)) = split_number(&number)
        {
            number = n;
            title = t;
        }
        if number.is_empty()
            && let Some((n, t)) = split_number(&title).filter(|_| task_cells_empty)
        {
            number = n;
            title = t;
        }
        if task_cells_empty && !title.is_empty() && title_origin != Origin::Above {
            out.sections.push(numbering.section(&number, &title));
            after_break = false;
            continue;
        }
        let mut task = Row {
            number: number.clone(),
            title: title.clone(),
            lead: get(Role::Lead).0,
            support: get(Role::Support).0,
            output: get(Role::Output).0,
            due: get(Role::Due).0,
            note: get(Role::Note).0,
            section: numbering.current(),
            after_break,
            merged: [
                Role::Number,
                Role::Title,
                Role::Lead,
                Role::Support,
                Role::Output,
                Role::Due,
            ]
            .into_iter()
            .filter(|r| get(*r).1 == Origin::Above && !get(*r).0.is_empty())
            .collect(),
            ..Row::default()
        };
        after_break = false;
        let headless = number.is_empty() && title.is_empty() && num_origin == Origin::Own;
        if headless && let Some(prev) = out.rows.last_mut() {
            if task.after_break {
                // The rest of the row above, cut by the page break.
                for role in [
                    Role::Lead,
                    Role::Support,
                    Role::Output,
                    Role::Due,
                    Role::Note,
                ] {
                    let more = task.cell(role).to_string();
                    if more.is_empty() {
                        continue;
                    }
                    let cell = prev.cell_mut(role);
                    if !cell.is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(&more);
                    prev.continued.push(role);
                }
                continue;
            }
            task.number = prev.number.clone();
            task.title = prev.title.clone();
            task.section = prev.section.clone();
            task.shares_above = true;
        }
        task.id = numbering.task_id(&task.number);
        out.rows.push(task);
    }
    out.whole = out.sections.is_empty();
    dedupe(&mut out.rows);
    out
}

/// "I. NHÓM NHIỆM VỤ CHUNG" → ("I", "NHÓM NHIỆM VỤ CHUNG"); "1.2. Việc" → ("1.2", "Việc").
fn split_number(text: &str) -> Option<(String, String)> {
    let (head, rest) = text.split_once([' ', '\u{a0}'])?;
    let n = head.trim_end_matches(['.', ')', ':']);
    let kind = Level::of(n);
    (!n.is_empty() && !matches!(kind, Level::Other) && !rest.trim().is_empty())
        .then(|| (n.to_string(), rest.trim().to_string()))
}

/// The kind of a TT: its rank among the levels of numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    /// A, B, C (not Roman numerals).
    Upper,
    Roman,
    /// 1, 1.2, 1.2.3: the number of parts.
    Arabic(usize),
    /// a, b, c, đ.
    Lower,
    Other,
}

impl Level {
    fn of(n: &str) -> Level {
        let n = n.trim_end_matches(['.', ')']);
        if n.is_empty() {
            return Level::Other;
        }
        if n.chars().all(|c| "IVXLC".contains(c)) {
            return Level::Roman;
        }
        if n.split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        {
            return Level::Arabic(n.split('.').count());
        }
        let mut cs = n.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_uppercase() => Level::Upper,
            (Some(c), None) if c.is_lowercase() => Level::Lower,
            _ => Level::Other,
        }
    }

    fn rank(self) -> usize {
        match self {
            Level::Upper => 0,
            Level::Roman => 1,
            Level::Arabic(k) => 1 + k,
            Level::Other => 8,
            Level::Lower => 9,
        }
    }
}

/// The open sections, outermost first, and how many unnumbered tasks each has had.
#[derive(Default)]
struct Numbering {
    /// (id, local number, level)
    open: Vec<(String, String, Level)>,
    unnumbered: std::collections::HashMap<String, usize>,
    used: std::collections::HashSet<String>,
    untitled: usize,
}

fn local(n: &str) -> String {
    n.trim().trim_end_matches(['.', ')', ':']).to_string()
}

fn safe(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect()
}

impl Numbering {
    fn current(&self) -> Option<String> {
        self.open.last().map(|(id, _, _)| id.clone())
    }

    /// The nearest open section of rank Roman or above (I, II; A, B).
    fn part(&self) -> Option<&String> {
        self.open
            .iter()
            .rev()
            .find(|(_, _, l)| l.rank() <= 1)
            .map(|(id, _, _)| id)
    }

    fn section(&mut self, number: &str, title: &str) -> Section {
        let n = local(number);
        let level = Level::of(&n);
        while self
            .open
            .last()
            .is_some_and(|(_, _, l)| l.rank() >= level.rank())
        {
            self.open.pop();
        }
        let parent = self.current();
        let join = |base: Option<&String>, n: &str| match base {
            Some(b) => format!("{b}.{n}"),
            None => n.to_string(),
        };
        let mut id = match level {
            Level::Arabic(_) => join(self.part(), &n),
            Level::Other if n.is_empty() => {
                self.untitled += 1;
                join(parent.as_ref(), &format!("S{}", self.untitled))
            }
            _ => join(parent.as_ref(), &n),
        };
        id = safe(&id);
        let base = id.clone();
        let mut k = 2;
        while !self.used.insert(id.clone()) {
            id = format!("{base}-{k}");
            k += 1;
        }
        self.open.push((id.clone(), n, level));
        Section {
            id,
            parent,
            title: title.to_string(),
            number: number.to_string(),
        }
    }

    /// The id of a task numbered `number` in the current section (docs/decisions.md,
    /// "Encoding the real plans"): the part's id and the TT (`IV.1.3`), the section's id
    /// and a letter for a row without TT (`II.2.a`).
    fn task_id(&mut self, number: &str) -> String {
        let n = local(number);
        let section = self.open.last().cloned();
        let id = match (&section, Level::of(&n)) {
            (None, _) if n.is_empty() => {
                let k = self.unnumbered.entry(String::new()).or_insert(0);
                *k += 1;
                letter(*k)
            }
            (None, _) => n,
            (Some((sid, _, _)), _) if n.is_empty() => {
                let k = self.unnumbered.entry(sid.clone()).or_insert(0);
                *k += 1;
                format!("{sid}.{}", letter(*k))
            }
            // "1.3" in section IV.1: IV.1.3, not IV.1.1.3.
            (Some((_, sl, Level::Arabic(_))), Level::Arabic(_))
                if n.starts_with(&format!("{sl}.")) =>
            {
                match self.part() {
                    Some(p) => format!("{p}.{n}"),
                    None => n,
                }
            }
            (Some((sid, _, _)), _) => format!("{sid}.{n}"),
        };
        safe(&id)
    }
}

/// a, b, … z, aa, ab …
fn letter(k: usize) -> String {
    let mut k = k;
    let mut s = Vec::new();
    while k > 0 {
        k -= 1;
        s.push((b'a' + (k % 26) as u8) as char);
        k /= 26;
    }
    s.iter().rev().collect()
}

/// Ids used twice (a row printed as two lines): each gets a letter, `IV.2.4.a`, `.b`.
fn dedupe(rows: &mut [Row]) {
    let mut count: std::collections::HashMap<String, usize> = Default::default();
    for r in rows.iter() {
        *count.entry(r.id.clone()).or_insert(0) += 1;
    }
    let mut seen: std::collections::HashMap<String, usize> = Default::default();
    for r in rows.iter_mut() {
        if count[&r.id] > 1 {
            let k = seen.entry(r.id.clone()).or_insert(0);
            *k += 1;
            r.id = format!("{}.{}", r.id, letter(*k));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::text;

    fn rows_of(text_copy: &str) -> Appendix {
        let doc = text::read(text_copy);
        split(&doc).1.expect("an appendix")
    }

    #[test]
    fn ids_follow_sections_and_tt() {
        let a = rows_of(
            "TT\tNỘI DUNG\tCHỦ TRÌ\tTHỜI GIAN\n\
             I\tNHÓM CHUNG\t\t\n\
             1\tViệc một\tVăn phòng\tQuý I\n\
             II\tPCI\t\t\n\
             2\tCạnh tranh\t\t\n\
             \tViệc không số\tVăn phòng\tQuý II\n\
             \tViệc không số nữa\tVăn phòng\tQuý II\n\
             IV\tCCHC\t\t\n\
             1\tChỉ đạo\t\t\n\
             1.3\tTuyên truyền\tCDC\tQuý III\n\
             2.4\tTheo dõi\tVăn phòng\tQuý I\n\
             \t\tThanh tra\tHằng quý\n\
             a)\tViệc a\tVăn phòng\tQuý IV\n",
        );
        let sections: Vec<(&str, Option<&str>)> = a
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.parent.as_deref()))
            .collect();
        assert_eq!(
            sections,
            [
                ("I", None),
                ("II", None),
                ("II.2", Some("II")),
                ("IV", None),
                ("IV.1", Some("IV")),
            ]
        );
        let ids: Vec<(&str, &str, Option<&str>)> = a
            .rows
            .iter()
            .map(|r| (r.id.as_str(), r.title.as_str(), r.section.as_deref()))
            .collect();
        assert_eq!(
            ids,
            [
                ("I.1", "Việc một", Some("I")),
                ("II.2.a", "Việc không số", Some("II.2")),
                ("II.2.b", "Việc không số nữa", Some("II.2")),
                ("IV.1.3", "Tuyên truyền", Some("IV.1")),
                ("IV.1.2.4.a", "Theo dõi", Some("IV.1")),
                ("IV.1.2.4.b", "Theo dõi", Some("IV.1")),
                ("IV.1.a", "Việc a", Some("IV.1")),
            ]
        );
        assert!(a.rows[5].shares_above);
    }

    #[test]
    fn a_repeated_heading_and_the_rest_of_a_cut_row() {
        let a = rows_of(
            "TT\tNHIỆM VỤ\tPHÂN CÔNG\t\tTHỜI GIAN\n\
             \t\tCHỦ TRÌ\tPHỐI HỢP\t\n\
             (1)\t(2)\t(3)\t(4)\t(5)\n\
             1\tViệc một\tVăn phòng\tCác Phòng, Văn phòng,\tQuý I\n\
             \n\
             TT\tNHIỆM VỤ\tPHÂN CÔNG\t\tTHỜI GIAN\n\
             \t\tCHỦ TRÌ\tPHỐI HỢP\t\n\
             \t\t\tThanh tra Sở\t\n\
             2\tViệc hai\tThanh tra Sở\t\tQuý II\n",
        );
        assert!(a.whole);
        let rows: Vec<(&str, &str, &str)> = a
            .rows
            .iter()
            .map(|r| (r.id.as_str(), r.lead.as_str(), r.support.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("1", "Văn phòng", "Các Phòng, Văn phòng, Thanh tra Sở"),
                ("2", "Thanh tra Sở", ""),
            ]
        );
        assert_eq!(a.rows[0].continued, [Role::Support]);
        // The cut row was the first after the break; the next one is not.
        assert!(!a.rows[1].after_break);
    }

    #[test]
    fn levels() {
        for (n, want) in [
            ("I", Level::Roman),
            ("IV.", Level::Roman),
            ("1", Level::Arabic(1)),
            ("1.2.3", Level::Arabic(3)),
            ("a)", Level::Lower),
            ("đ", Level::Lower),
            ("A", Level::Upper),
            ("1a", Level::Other),
        ] {
            assert_eq!(Level::of(n), want, "{n}");
        }
        assert_eq!(letter(1), "a");
        assert_eq!(letter(26), "z");
        assert_eq!(letter(27), "aa");
    }
}
