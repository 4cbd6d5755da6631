//! The report as one web page (`kpi report --format html`, DESIGN.md 6.4): a file a
//! leader opens in a browser or prints on A4.
//!
//! Self-contained on purpose: the styles are inline, the charts are SVG written here,
//! and there is no script at all, so the page shows the same offline, in a mail
//! attachment, or years later; nothing is fetched from the network (a chart library
//! from a CDN would be). Every text from the plans is escaped. The page speaks the run's
//! language, dates dd/mm/yyyy in Vietnamese.

use std::io::{self, Write};

use crate::cmd::report::{category_label, index_name, percent, period_words, subtitle, summary};
use crate::config::Lang;
use crate::i18n::{self, report as msg};
use crate::load::Loaded;
use crate::report::{Category, Counts, Report};
use crate::tr;

/// The colour of each category: on time green, late light green, in time blue-grey,
/// overdue red (the terminal's colours, made to print).
pub fn colour(c: Category) -> &'static str {
    match c {
        Category::DoneOnTime => "#2e7d32",
        Category::DoneLate => "#9ccc65",
        Category::InTime => "#90a4ae",
        Category::Overdue => "#d32f2f",
    }
}

/// Text for HTML, NFC, controls shown as escapes.
pub fn escape(s: &str) -> String {
    let s = crate::render::nfc(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; color: #1a1a1a;
  max-width: 190mm; margin: 0 auto; padding: 10mm 6mm; font-size: 11pt; line-height: 1.35; }
header { text-align: center; border-bottom: 2px solid #1a1a1a; padding-bottom: 4mm; margin-bottom: 5mm; }
h1 { font-size: 17pt; margin: 0 0 2mm; text-transform: uppercase; letter-spacing: .02em; }
.sub { font-size: 12pt; font-style: italic; margin: 0; }
h2 { font-size: 13pt; margin: 7mm 0 2.5mm; border-bottom: 1px solid #999; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 4mm 0 2mm; break-after: avoid; }
p { margin: 1.5mm 0; text-align: justify; }
.tiles { display: flex; gap: 3mm; margin: 4mm 0 2mm; }
.tile { flex: 1; border: 1px solid #ccc; border-top: 5px solid var(--c); border-radius: 2px; padding: 2mm 3mm; }
.tile b { display: block; font-size: 18pt; line-height: 1.1; }
.tile span { font-size: 9pt; color: #444; }
.legend { font-size: 9pt; margin: 1mm 0 2mm; }
.legend i { display: inline-block; width: 3.2mm; height: 3.2mm; margin: 0 1.2mm 0 3mm; vertical-align: -0.4mm; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font-family: "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 3mm; font-size: 9.5pt; }
th, td { border: 1px solid #999; padding: 1mm 1.5mm; vertical-align: top; }
th { background: #e8edf5; font-weight: bold; text-align: center; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.code { white-space: nowrap; }
tr { break-inside: avoid; }
tr.total td { font-weight: bold; background: #f3f3f3; }
td.late { color: #b71c1c; font-weight: bold; }
.idle, .note, footer { font-size: 9pt; color: #444; }
footer { margin-top: 8mm; border-top: 1px solid #999; padding-top: 2mm; }
@media print { body { padding: 0; max-width: none; } h2 { break-before: auto; } }
"#;

/// Write the report as one HTML page.
pub fn report(out: &mut dyn Write, loaded: &Loaded, r: &Report, lang: Lang) -> io::Result<()> {
    let t = |m: &i18n::Msg| escape(m.text(lang));
    let html_lang = match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    let title = format!(
        "{} – {}",
        msg::TITLE.text(lang),
        period_words(&r.period, lang)
    );
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{html_lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        escape(&title)
    )?;
    writeln!(
        out,
        "<header><h1>{}</h1><p class=\"sub\">{}</p></header>",
        t(&msg::TITLE),
        escape(&subtitle(r, lang))
    )?;

    // Summary: the sentence, four tiles, one bar.
    writeln!(out, "<h2>{}</h2>", t(&msg::HEAD_SUMMARY))?;
    writeln!(out, "<p>{}</p>", escape(&summary(&r.total, lang)))?;
    writeln!(out, "<div class=\"tiles\">")?;
    for c in Category::ALL {
        let n = r.total.get(c);
        let share = (n * 100 + r.total.total / 2)
            .checked_div(r.total.total)
            .map_or_else(String::new, |p| format!(" · {p}%"));
        writeln!(
            out,
            "<div class=\"tile\" style=\"--c:{}\"><b>{n}</b><span>{}{share}</span></div>",
            colour(c),
            escape(category_label(c, lang, false))
        )?;
    }
    writeln!(out, "</div>")?;
    legend(out, lang)?;

    units(out, loaded, r, lang)?;
    plans(out, r, lang)?;
    indices(out, r, lang)?;
    overdue(out, loaded, r, lang)?;
    targets(out, r, lang)?;

    writeln!(
        out,
        "<footer><p>{}</p><p>{}</p></footer>\n</body>\n</html>",
        escape(&tr!(
            lang,
            msg::NOTE_COUNTING,
            as_of = i18n::date(lang, r.as_of)
        )),
        escape(&tr!(lang, msg::GENERATED, day = i18n::date(lang, r.as_of)))
    )
}

fn legend(out: &mut dyn Write, lang: Lang) -> io::Result<()> {
    write!(out, "<p class=\"legend\">")?;
    for c in Category::ALL {
        write!(
            out,
            "<i style=\"background:{}\"></i>{}",
            colour(c),
            escape(category_label(c, lang, false))
        )?;
    }
    writeln!(out, "</p>")
}

/// One stacked bar at (x, y), `width` standing for `scale` occurrences, with the counts
/// written in the segments wide enough to hold them.
fn bar(svg: &mut String, c: &Counts, x: f64, y: f64, width: f64, height: f64, scale: usize) {
    use std::fmt::Write as _;
    if scale == 0 {
        return;
    }
    let mut at = x;
    for k in Category::ALL {
        let n = c.get(k);
        if n == 0 {
            continue;
        }
        let w = width * n as f64 / scale as f64;
        let _ = write!(
            svg,
            "<rect x=\"{at:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{height:.1}\" fill=\"{}\"/>",
            colour(k)
        );
        if w >= 14.0 {
            let fill = if k == Category::DoneLate || k == Category::InTime {
                "#1a1a1a"
            } else {
                "#ffffff"
            };
            let _ = write!(
                svg,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{:.0}\" text-anchor=\"middle\" fill=\"{fill}\">{n}</text>",
                at + w / 2.0,
                y + height * 0.72,
                height * 0.7
            );
        }
        at += w;
    }
}

/// A chart of labelled rows, each with one or two bars (lead, support).
fn chart(out: &mut dyn Write, rows: &[(String, Vec<(String, Counts)>)]) -> io::Result<()> {
    use std::fmt::Write as _;
    let scale = rows
        .iter()
        .flat_map(|(_, bars)| bars.iter().map(|(_, c)| c.total))
        .max()
        .unwrap_or(0);
    let tagged = rows
        .iter()
        .any(|(_, bars)| bars.iter().any(|(tag, _)| !tag.is_empty()));
    let (label_w, bar_w, total_w) = (230.0, 392.0, 34.0);
    let tag_w = if tagged { 58.0 } else { 0.0 };
    let (bar_h, gap) = (13.0, 7.0);
    let width = label_w + tag_w + bar_w + total_w;
    let mut svg = String::new();
    let mut y = 4.0;
    for (label, bars) in rows {
        let block = bars.len() as f64 * (bar_h + 3.0);
        let _ = write!(
            svg,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"10.5\">{}</text>",
            y + block / 2.0 + 3.5,
            escape(&clip(label, 38))
        );
        for (tag, c) in bars {
            let _ = write!(
                svg,
                "<text x=\"{label_w}\" y=\"{:.1}\" font-size=\"9.5\" fill=\"#444\">{}</text>",
                y + bar_h * 0.78,
                escape(tag)
            );
            let _ = write!(
                svg,
                "<rect x=\"{:.1}\" y=\"{y:.1}\" width=\"{bar_w}\" height=\"{bar_h}\" fill=\"#f1f1f1\"/>",
                label_w + tag_w
            );
            bar(&mut svg, c, label_w + tag_w, y, bar_w, bar_h, scale);
            let _ = write!(
                svg,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" text-anchor=\"end\">{}</text>",
                width - 2.0,
                y + bar_h * 0.78,
                c.total
            );
            y += bar_h + 3.0;
        }
        y += gap;
    }
    writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width:.0} {y:.0}\" width=\"{width:.0}\" role=\"img\">{svg}</svg>"
    )
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut c: String = s.chars().take(n - 1).collect();
    c.push('…');
    c
}

fn count_headers(out: &mut dyn Write, lang: Lang) -> io::Result<()> {
    for c in Category::ALL {
        write!(out, "<th>{}</th>", escape(category_label(c, lang, true)))?;
    }
    write!(
        out,
        "<th>{}</th><th>{}</th>",
        escape(msg::COL_TOTAL.text(lang)),
        escape(msg::COL_PERCENT.text(lang))
    )
}

fn count_cells(out: &mut dyn Write, c: &Counts, lang: Lang) -> io::Result<()> {
    for k in Category::ALL {
        let class = if k == Category::Overdue && c.overdue > 0 {
            "n late"
        } else {
            "n"
        };
        write!(out, "<td class=\"{class}\">{}</td>", c.get(k))?;
    }
    write!(
        out,
        "<td class=\"n\">{}</td><td class=\"n\">{}</td>",
        c.total,
        escape(&percent(c, lang))
    )
}

fn units(out: &mut dyn Write, loaded: &Loaded, r: &Report, lang: Lang) -> io::Result<()> {
    let repo = &loaded.repo;
    writeln!(out, "<h2>{}</h2>", escape(msg::HEAD_UNITS.text(lang)))?;
    let lead = msg::AS_LEAD.text(lang).to_string();
    let support = msg::AS_SUPPORT.text(lang).to_string();
    let mut idle = Vec::new();
    let mut rows = Vec::new();
    let several = r
        .units
        .iter()
        .any(|u| u.registry != r.units.first().map_or(0, |f| f.registry));
    for u in &r.units {
        let reg = &repo.registries[u.registry];
        let unit = &reg.units[u.unit as usize];
        let code = if several {
            format!("{}/{}", reg.org_id, unit.code)
        } else {
            unit.code.clone()
        };
        if u.lead.total == 0 && u.support.total == 0 {
            idle.push(code);
            continue;
        }
        // A role the unit has nothing in is left out of the chart and the table.
        let bars: Vec<(String, Counts)> = [(lead.clone(), u.lead), (support.clone(), u.support)]
            .into_iter()
            .filter(|(_, c)| c.total > 0)
            .collect();
        rows.push(((code.clone(), unit.name.clone()), bars));
    }
    let labelled: Vec<(String, Vec<(String, Counts)>)> = rows
        .iter()
        .map(|((code, name), bars)| (format!("{code} – {name}"), bars.clone()))
        .collect();
    chart(out, &labelled)?;
    write!(
        out,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th>",
        escape(msg::COL_UNIT.text(lang)),
        escape(crate::i18n::units::COL_NAME.text(lang)),
        escape(i18n::COL_ROLE.text(lang))
    )?;
    count_headers(out, lang)?;
    writeln!(out, "</tr></thead><tbody>")?;
    for ((code, name), bars) in &rows {
        for (i, (role, c)) in bars.iter().enumerate() {
            write!(out, "<tr>")?;
            if i == 0 {
                write!(
                    out,
                    "<td class=\"code\" rowspan=\"{n}\">{}</td><td rowspan=\"{n}\">{}</td>",
                    escape(code),
                    escape(name),
                    n = bars.len()
                )?;
            }
            write!(out, "<td class=\"code\">{}</td>", escape(role))?;
            count_cells(out, c, lang)?;
            writeln!(out, "</tr>")?;
        }
    }
    writeln!(out, "</tbody></table>")?;
    if !idle.is_empty() {
        writeln!(
            out,
            "<p class=\"idle\">{}</p>",
            escape(&tr!(lang, msg::UNITS_WITHOUT_TASKS, list = idle.join(", ")))
        )?;
    }
    Ok(())
}

fn indices(out: &mut dyn Write, r: &Report, lang: Lang) -> io::Result<()> {
    writeln!(out, "<h2>{}</h2>", escape(msg::HEAD_INDICES.text(lang)))?;
    let rows: Vec<(String, Vec<(String, Counts)>)> = r
        .indices
        .iter()
        .map(|i| (index_name(&i.index, lang), vec![(String::new(), i.counts)]))
        .collect();
    chart(out, &rows)?;
    write!(
        out,
        "<table><thead><tr><th>{}</th>",
        escape(msg::COL_INDEX.text(lang))
    )?;
    count_headers(out, lang)?;
    writeln!(out, "</tr></thead><tbody>")?;
    for i in &r.indices {
        write!(
            out,
            "<tr><td class=\"code\">{}</td>",
            escape(&index_name(&i.index, lang))
        )?;
        count_cells(out, &i.counts, lang)?;
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody></table>")
}

fn plans(out: &mut dyn Write, r: &Report, lang: Lang) -> io::Result<()> {
    writeln!(out, "<h2>{}</h2>", escape(msg::HEAD_PLANS.text(lang)))?;
    write!(
        out,
        "<table><thead><tr><th>{}</th><th>{}</th>",
        escape(msg::COL_PLAN.text(lang)),
        escape(i18n::COL_TITLE.text(lang))
    )?;
    count_headers(out, lang)?;
    writeln!(out, "</tr></thead><tbody>")?;
    for p in &r.plans {
        write!(
            out,
            "<tr><td class=\"code\">{}</td><td>{}</td>",
            escape(&p.plan.id),
            escape(&p.plan.title)
        )?;
        count_cells(out, &p.counts, lang)?;
        writeln!(out, "</tr>")?;
    }
    if r.plans.len() > 1 {
        write!(
            out,
            "<tr class=\"total\"><td colspan=\"2\">{}</td>",
            escape(msg::SHEET_TOTAL.text(lang))
        )?;
        count_cells(out, &r.total, lang)?;
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody></table>")
}

fn overdue(out: &mut dyn Write, loaded: &Loaded, r: &Report, lang: Lang) -> io::Result<()> {
    writeln!(out, "<h2>{}</h2>", escape(msg::HEAD_OVERDUE.text(lang)))?;
    if r.overdue.is_empty() {
        return writeln!(out, "<p>{}</p>", escape(msg::NOTHING_OVERDUE.text(lang)));
    }
    writeln!(
        out,
        "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(i18n::COL_LAST_DAY.text(lang)),
        escape(i18n::COL_TASK.text(lang)),
        escape(i18n::COL_TITLE.text(lang)),
        escape(i18n::COL_LEAD.text(lang)),
        escape(i18n::COL_SUPPORT.text(lang)),
        escape(i18n::COL_PERIOD.text(lang))
    )?;
    for e in &r.overdue {
        let reg = &loaded.repo.registries[e.plan.registry];
        let codes = |l| crate::cmd::due::codes(reg, l).join(", ");
        writeln!(
            out,
            "<tr><td class=\"code late\">{}<br>({})</td><td class=\"code\">{}<br>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"code\">{}</td></tr>",
            escape(&i18n::date(lang, e.occurrence.due)),
            escape(&tr!(lang, msg::LATE_BY, days = -e.days)),
            escape(&e.plan.id),
            escape(e.task.id()),
            escape(e.task.title()),
            escape(&codes(e.task.lead())),
            escape(&codes(e.task.support())),
            escape(e.period().unwrap_or(""))
        )?;
    }
    writeln!(out, "</tbody></table>")
}

fn targets(out: &mut dyn Write, r: &Report, lang: Lang) -> io::Result<()> {
    writeln!(out, "<h2>{}</h2>", escape(msg::HEAD_TARGETS.text(lang)))?;
    if r.targets.is_empty() {
        return writeln!(out, "<p>{}</p>", escape(msg::NO_TARGETS.text(lang)));
    }
    writeln!(
        out,
        "<table><thead><tr><th>{}</th><th>ID</th><th>{}</th></tr></thead><tbody>",
        escape(msg::COL_PLAN.text(lang)),
        escape(msg::COL_TARGET.text(lang))
    )?;
    for (p, tg) in &r.targets {
        writeln!(
            out,
            "<tr><td class=\"code\">{}</td><td class=\"code\">{}</td><td>{}</td></tr>",
            escape(&p.id),
            escape(&tg.id),
            escape(&tg.text)
        )?;
    }
    writeln!(out, "</tbody></table>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<b>\"Sở\" & 'Y tế'</b>"),
            "&lt;b&gt;&quot;Sở&quot; &amp; &#39;Y tế&#39;&lt;/b&gt;"
        );
        assert_eq!(escape("Te\u{302}\u{301}t"), "Tết", "NFC");
        assert!(!escape("a\u{1b}[31mb").contains('\u{1b}'), "controls shown");
    }

    #[test]
    fn a_bar_is_as_long_as_its_share_of_the_scale() {
        let c = Counts {
            done_on_time: 2,
            done_late: 0,
            in_time: 1,
            overdue: 1,
            total: 4,
        };
        let mut svg = String::new();
        bar(&mut svg, &c, 0.0, 0.0, 400.0, 10.0, 8);
        // 2, 1 and 1 of 8: 100, 50 and 50 units of 400; no rectangle for the zero.
        assert_eq!(svg.matches("<rect").count(), 3, "{svg}");
        for w in ["width=\"100.0\"", "width=\"50.0\""] {
            assert!(svg.contains(w), "{w}: {svg}");
        }
        assert!(svg.contains(colour(Category::Overdue)));
        assert!(!svg.contains(colour(Category::DoneLate)));
    }
}
