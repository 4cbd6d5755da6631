//! `kpi import`: a plan's Word or Excel document (or its text copied out of Word) → a
//! plan file. The stages, one file each:
//!
//! - format.rs: what kind of file it is (by its bytes, not its name);
//! - docx.rs, xlsx.rs, text.rs: the file → a `Document` (document.rs): lines and tables
//!   with their merges;
//! - table.rs (with columns.rs) and body.rs: the sections and task rows;
//! - header.rs: number, place, date, title, period, basis, signer;
//! - units.rs: the names in lead and support cells, matched against the registry;
//! - here: all of it put together as an `Imported` plan, with what kpi guessed
//!   (`Remark`s) beside the values;
//! - writer.rs: the plan file's text, in the user's language.

pub mod body;
pub mod columns;
pub mod document;
pub mod docx;
pub mod format;
pub mod header;
pub mod table;
pub mod text;
pub mod units;
pub mod writer;
pub mod xlsx;

use chrono::NaiveDate;

use crate::plan::model::Registry;
use columns::Role;
use format::Format;
use header::{Header, Period, PeriodSource};
use units::{Matcher, Name};

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// A kind of file kpi does not read, and what it is.
    Unsupported(Format),
    /// The Office file is damaged or not what it claims.
    Broken(String),
    /// A text that is not UTF-8 (the byte offset).
    NotUtf8(usize),
    /// No appendix table and no task list.
    NoTasks,
    /// Neither the document nor the options say which year(s) the plan covers.
    NoPeriod,
}

/// What kpi guessed or could not do, said in the output file beside the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Remark {
    /// The lead cell is empty; the row above (its TT and lead) probably shared it.
    EmptyLead { above: Option<(String, String)> },
    /// The row's cells go on at the top of the next page; the parts were joined.
    Continued,
    /// A second line of the row above: its TT and title were merged down and lost.
    SharesAbove { number: String },
    /// A name cut by a page break, rejoined: "Chi cục An toàn" + "VSTP".
    Rejoined { name: String },
    /// Names the registry does not know.
    Unknown { names: Vec<String> },
    /// The deadline cannot be read.
    UnreadableDue { why: String },
    /// The kind was guessed from the wording.
    Kind { kind: &'static str },
    /// Cells merged down in the document: their value applies to this row too.
    Merged { roles: Vec<Role> },
}

#[derive(Debug, Clone)]
pub struct Task {
    pub id: String,
    pub number: Option<String>,
    pub section: Option<String>,
    pub kind: Option<&'static str>,
    pub title: String,
    pub lead: Vec<Name>,
    pub support: Vec<Name>,
    pub output: Option<String>,
    pub due: Option<String>,
    pub note: Option<String>,
    pub remarks: Vec<Remark>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub parent: Option<String>,
    pub title: String,
    pub index: Vec<&'static str>,
    /// Made by kpi for an appendix without section rows.
    pub made: bool,
}

/// Where the tasks were found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// An appendix table, with its columns as headed.
    Table(Vec<(Role, String)>),
    /// The numbered list of the body.
    Body,
}

/// A name the registry lacks, with a code to give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    pub name: String,
    pub code: String,
    pub tasks: Vec<String>,
}

/// The plan as read, before it is written.
#[derive(Debug, Clone)]
pub struct Imported {
    pub format: Format,
    pub header: Header,
    pub period: Period,
    pub period_source: PeriodSource,
    pub sections: Vec<Section>,
    pub tasks: Vec<Task>,
    pub source: Source,
    pub unknown: Vec<Unknown>,
    /// Names found in the registry (counted once per cell they appear in).
    pub matched: usize,
    /// The text has no Vietnamese letter: probably a scan read by OCR.
    pub no_diacritics: bool,
}

/// Options that the document may leave open.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub period: Option<Period>,
}

/// Read `bytes` (a file named `name`) into a plan.
pub fn import(
    bytes: &[u8],
    name: &str,
    registry: Option<&Registry>,
    options: &Options,
) -> Result<Imported, ImportError> {
    let format = format::detect(bytes, name);
    let doc = match format {
        Format::Docx => docx::read(bytes).map_err(ImportError::Broken)?,
        Format::Xlsx => xlsx::read(bytes).map_err(ImportError::Broken)?,
        Format::Text => {
            let t = text::decode(bytes)
                .map_err(|text::TextError::NotUtf8(at)| ImportError::NotUtf8(at))?;
            text::read(&t)
        }
        other => return Err(ImportError::Unsupported(other)),
    };
    let (lines, appendix) = table::split(&doc);
    let heading_lines = appendix
        .as_ref()
        .map(|a| a.heading_lines.clone())
        .unwrap_or_default();
    let mut header = header::read(&lines, &heading_lines, doc.workbook);
    let (mut sections, rows, source, whole) = match appendix {
        Some(a) if !a.rows.is_empty() => (a.sections, a.rows, Source::Table(a.columns), a.whole),
        _ => {
            let (s, r) = body::read(&lines);
            (s, r, Source::Body, false)
        }
    };
    if rows.is_empty() {
        return Err(ImportError::NoTasks);
    }
    let (period, period_source) = match (options.period, header.period.clone()) {
        (Some(p), _) => (p, PeriodSource::Option),
        (None, Some((p, s))) => (p, s),
        (None, None) => return Err(ImportError::NoPeriod),
    };
    if doc.workbook {
        header.body_duties = None;
    }
    let mut out_sections: Vec<Section> = Vec::new();
    let mut rows = rows;
    if whole {
        let id = "PL".to_string();
        out_sections.push(Section {
            id: id.clone(),
            parent: None,
            title: header
                .appendix_title
                .clone()
                .unwrap_or_else(|| "PHỤ LỤC".to_string()),
            index: Vec::new(),
            made: true,
        });
        for r in &mut rows {
            r.section = Some(id.clone());
        }
    }
    out_sections.extend(sections.drain(..).map(|s| Section {
        index: header::indices(&s.title),
        id: s.id,
        parent: s.parent,
        title: s.title,
        made: false,
    }));
    let matcher = Matcher::new(registry);
    let mut tasks: Vec<Task> = Vec::with_capacity(rows.len());
    let mut matched = 0;
    let prose = source == Source::Body;
    let mut previous: Option<&table::Row> = None;
    for row in &rows {
        let mut remarks = Vec::new();
        let (mut lead, mut support) = if prose || has_role_words(&row.lead) {
            matcher.roles(&row.lead, prose)
        } else {
            (matcher.names(&row.lead, false), Default::default())
        };
        let more_support = matcher.names(&row.support, prose);
        support.names.extend(more_support.names);
        let notes: Vec<String> = [lead.prose.take(), support.prose.take(), more_support.prose]
            .into_iter()
            .flatten()
            .collect();
        if row.lead.is_empty() && row.number.is_empty() && row.title.is_empty() {
            continue;
        }
        if row.lead.trim().is_empty() {
            let above = previous
                .filter(|p| !p.lead.is_empty())
                .map(|p| (p.number.clone(), p.lead.clone()));
            remarks.push(Remark::EmptyLead { above });
        }
        if !row.continued.is_empty() {
            remarks.push(Remark::Continued);
        }
        if row.shares_above {
            remarks.push(Remark::SharesAbove {
                number: row.number.clone(),
            });
        }
        if !row.merged.is_empty() {
            remarks.push(Remark::Merged {
                roles: row.merged.clone(),
            });
        }
        let due = (!row.due.is_empty()).then(|| row.due.clone());
        if let Some(d) = &due
            && let Err(e) = crate::schedule::phrase::parse(d)
        {
            remarks.push(Remark::UnreadableDue { why: e.to_string() });
        }
        let output = (!row.output.is_empty()).then(|| row.output.clone());
        let kind = guess_kind(&row.title, output.as_deref());
        if let Some(kind) = kind {
            remarks.push(Remark::Kind { kind });
        }
        let mut note = (!row.note.is_empty()).then(|| row.note.clone());
        if !notes.is_empty() && prose {
            // The sentence that assigned the units says more than their names.
            note = Some(row.lead.clone());
        }
        lead.names.retain(|n| !n.written.is_empty());
        tasks.push(Task {
            id: row.id.clone(),
            number: (!row.number.is_empty() && row.number != row.id).then(|| row.number.clone()),
            section: row.section.clone(),
            kind,
            title: row.title.clone(),
            lead: lead.names,
            support: support.names,
            output,
            due,
            note,
            remarks,
        });
        previous = Some(row);
    }
    rejoin_page_breaks(&mut tasks, &rows, &matcher);
    let mut unknown: Vec<Unknown> = Vec::new();
    let mut taken: Vec<String> = registry
        .map(|r| {
            r.units
                .iter()
                .map(|u| u.code.clone())
                .chain(r.groups.iter().map(|g| g.code.clone()))
                .collect()
        })
        .unwrap_or_default();
    for t in &mut tasks {
        let mut names_here = Vec::new();
        for n in t.lead.iter().chain(&t.support) {
            match &n.code {
                Some(_) => matched += 1,
                None => {
                    names_here.push(n.written.clone());
                    let key = crate::text::fold(&n.written);
                    match unknown
                        .iter_mut()
                        .find(|u| crate::text::fold(&u.name) == key)
                    {
                        Some(u) => {
                            if !u.tasks.contains(&t.id) {
                                u.tasks.push(t.id.clone());
                            }
                        }
                        None => {
                            let code = units::suggest_code(&n.written, &taken);
                            taken.push(code.clone());
                            unknown.push(Unknown {
                                name: n.written.clone(),
                                code,
                                tasks: vec![t.id.clone()],
                            });
                        }
                    }
                }
            }
        }
        if !names_here.is_empty() {
            t.remarks.push(Remark::Unknown { names: names_here });
        }
    }
    let all_text: String = lines.iter().map(String::as_str).collect();
    let no_diacritics = !all_text.is_empty()
        && !all_text.chars().any(|c| !c.is_ascii() && c.is_alphabetic())
        && format == Format::Text;
    Ok(Imported {
        format,
        header,
        period,
        period_source,
        sections: out_sections,
        tasks,
        source,
        unknown,
        matched,
        no_diacritics,
    })
}

fn has_role_words(cell: &str) -> bool {
    let f = crate::text::fold(cell);
    columns::contains_words(&f, "chu tri") || columns::contains_words(&f, "phoi hop")
}

/// A report or a meeting, by the words of the task: `kind` changes which "5 rõ"
/// warnings apply, and reports are what offices follow up most.
fn guess_kind(title: &str, output: Option<&str>) -> Option<&'static str> {
    let t = crate::text::fold(title);
    let o = output.map(crate::text::fold).unwrap_or_default();
    if columns::contains_words(&t, "cuoc hop") {
        Some("meeting")
    } else if t.starts_with("bao cao") || o.starts_with("bao cao ket qua") {
        Some("report")
    } else {
        None
    }
}

/// A name cut by a page break: the last name of a cell at the foot of a page and the
/// first name of the same column at the top of the next, both unknown, that together
/// make a known name ("Chi cục An toàn" / "VSTP"). Both rows get the whole name.
fn rejoin_page_breaks(tasks: &mut [Task], rows: &[table::Row], matcher: &Matcher) {
    for i in 1..tasks.len() {
        let Some(row) = rows.iter().find(|r| r.id == tasks[i].id) else {
            continue;
        };
        if !row.after_break {
            continue;
        }
        for lead in [true, false] {
            let (head, tail) = tasks.split_at_mut(i);
            let (prev, this) = (&mut head[i - 1], &mut tail[0]);
            let (a, b) = if lead {
                (&mut prev.lead, &mut this.lead)
            } else {
                (&mut prev.support, &mut this.support)
            };
            let (Some(last), Some(first)) = (a.last_mut(), b.first_mut()) else {
                continue;
            };
            if last.code.is_some() || first.code.is_some() {
                continue;
            }
            let joined = format!("{} {}", last.written, first.written);
            if let Some(code) = matcher.knows(&joined) {
                for n in [&mut *last, &mut *first] {
                    n.written = joined.clone();
                    n.code = Some(code.to_string());
                }
                for t in [prev, this] {
                    t.remarks.push(Remark::Rejoined {
                        name: joined.clone(),
                    });
                }
            }
        }
    }
}

impl Imported {
    /// The plan's first and last day.
    pub fn bounds(&self) -> (NaiveDate, NaiveDate) {
        match self.period {
            Period::Year(y) => (
                NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or_default(),
                NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or_default(),
            ),
            Period::Range(a, b) => (a, b),
        }
    }

    pub fn unreadable(&self) -> Vec<&Task> {
        self.tasks
            .iter()
            .filter(|t| {
                t.remarks
                    .iter()
                    .any(|r| matches!(r, Remark::UnreadableDue { .. }))
            })
            .collect()
    }
}
