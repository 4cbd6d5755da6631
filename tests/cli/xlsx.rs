//! `--format xlsx` (DESIGN.md 6.4): each workbook read back with calamine, the reader kpi
//! already uses for `kpi import`. A sheet holds the same rows as the command's CSV; its
//! header row is frozen, filtered and sized; dates are real dates shown dd/mm/yyyy;
//! statuses are coloured; totals and shares are formulas with their values stored, so
//! that a reader that does not compute (LibreOffice on opening, viewers, calamine) shows
//! them.

use std::io::Read;

use calamine::{Data, Reader, Xlsx};

use crate::common::*;

/// Each sheet's name, its cells as text (dates as ISO days), and its formulas.
type Sheet = (String, Vec<Vec<String>>, Vec<Vec<String>>);

fn read_book(bytes: &[u8]) -> Vec<Sheet> {
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).expect("an xlsx");
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let rows: Vec<Vec<String>> = range.rows().map(|r| r.iter().map(text).collect()).collect();
        let formulas = book.worksheet_formula(&name).unwrap();
        let mut f: Vec<Vec<String>> = vec![vec![String::new(); range.width()]; range.height()];
        if let Some((top, left)) = formulas.start() {
            for (r, row) in formulas.rows().enumerate() {
                for (c, v) in row.iter().enumerate() {
                    let (rr, cc) = (top as usize + r, left as usize + c);
                    if rr < f.len() && cc < f[rr].len() {
                        f[rr][cc] = v.clone();
                    }
                }
            }
        }
        out.push((name, rows, f));
    }
    out
}

fn text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        // A real date: Excel's serial day, from 30/12/1899.
        Data::DateTime(d) => {
            let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
            (base + chrono::Days::new(d.as_f64() as u64)).to_string()
        }
        other => format!("{other:?}"),
    }
}

/// A file of the xlsx package (a zip), as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// RFC 4180 records.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

fn output(dir: &std::path::Path, args: &[&str]) -> String {
    let r = run(dir, args);
    assert_eq!(r.status, 0, "{args:?}: {}", r.stderr);
    r.stdout
}

/// The workbook a command writes to `-o`.
fn workbook(dir: &std::path::Path, args: &[&str]) -> Vec<u8> {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("out.xlsx");
    let mut all = if args.contains(&"--lang") {
        vec![]
    } else {
        vec!["--lang", "en"]
    };
    all.extend(args);
    all.extend(["--format", "xlsx", "-o", file.to_str().unwrap()]);
    let r = run(dir, &all);
    assert_eq!(r.status, 0, "{args:?}: {}", r.stderr);
    assert!(r.stdout.contains("wrote "), "{}", r.stdout);
    std::fs::read(&file).unwrap()
}

/// A status label of an English run back to the code the CSV writes.
fn status_code(label: &str) -> &str {
    match label {
        "Overdue" => "overdue",
        l if l.starts_with("Due (within") => "due",
        "Upcoming" => "upcoming",
        "Done on time" => "done",
        "Done late" => "done-late",
        "Not applicable" => "not-applicable",
        "Ongoing" | "On request" | "Set elsewhere" => "",
        other => panic!("not a status label: {other}"),
    }
}

const AS_OF: [&str; 2] = ["--as-of", "2024-07-02"];

#[test]
fn due_and_overdue_have_the_rows_of_their_csv() {
    let dir = demo();
    for command in ["due", "overdue"] {
        let base = [&AS_OF[..], &["--lang", "en", command]].concat();
        let csv = parse_csv(&output(&dir, &[&base[..], &["--format", "csv"]].concat()));
        let bytes = workbook(&dir, &base);
        let sheets = read_book(&bytes);
        assert_eq!(sheets.len(), 1, "{command}: one sheet");
        let (_, rows, _) = &sheets[0];
        assert_eq!(rows.len(), csv.len(), "{command}: header and rows");
        assert!(rows.len() > 3, "{command}: something to compare");
        for (x, c) in rows.iter().zip(&csv).skip(1) {
            let mut x = x.clone();
            x[0] = status_code(&x[0]).to_string();
            assert_eq!(&x, c, "{command}");
        }
        // Piped, the same bytes go to stdout.
        let piped = kpi(&dir)
            .args([&base[..], &["--format", "xlsx"]].concat())
            .output()
            .unwrap();
        assert!(piped.status.success());
        assert_eq!(
            piped.stdout, bytes,
            "{command}: the same workbook on stdout"
        );
    }
}

#[test]
fn assignments_and_units_have_the_rows_of_their_csv() {
    let dir = demo();
    let base = [&AS_OF[..], &["--lang", "en", "assignments"]].concat();
    let csv = parse_csv(&output(&dir, &[&base[..], &["--format", "csv"]].concat()));
    let sheets = read_book(&workbook(&dir, &base));
    let (_, rows, _) = &sheets[0];
    assert_eq!(rows.len(), csv.len());
    for (x, c) in rows.iter().zip(&csv).skip(1) {
        let mut x = x.clone();
        x[6] = x[6].to_lowercase(); // Lead, Support
        x[10] = status_code(&x[10]).to_string();
        assert_eq!(&x, c);
    }

    let base = [&AS_OF[..], &["--lang", "en", "units"]].concat();
    let csv = parse_csv(&output(&dir, &[&base[..], &["--format", "csv"]].concat()));
    let bytes = workbook(&dir, &base);
    let sheets = read_book(&bytes);
    let names: Vec<&str> = sheets.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(names, ["Units", "Groups"]);
    let (_, rows, formulas) = &sheets[0];
    // The header, the units, and the totals.
    assert_eq!(rows.len(), csv.len() + 1);
    for (x, c) in rows.iter().zip(&csv).skip(1) {
        let mut x = x.clone();
        x[5] = if x[5] == "yes" { "true" } else { "false" }.to_string();
        assert_eq!(&x, c);
    }
    let last = rows.len() - 1;
    assert_eq!(rows[last][0], "Total");
    for col in 7..=10 {
        let sum: i64 = csv[1..]
            .iter()
            .map(|r| r[col].parse::<i64>().unwrap())
            .sum();
        assert_eq!(
            rows[last][col],
            sum.to_string(),
            "the stored value of column {col}"
        );
        let letter = (b'A' + col as u8) as char;
        assert_eq!(
            formulas[last][col],
            format!("SUM({letter}2:{letter}{last})"),
            "column {col} is a formula"
        );
    }
}

#[test]
fn the_report_has_the_rows_of_its_csv_and_formulas_with_values() {
    let fixture = root().join("tests/fixtures/report");
    let base = [
        &AS_OF[..],
        &[
            "--lang",
            "en",
            "report",
            "--period",
            "2024",
            fixture.to_str().unwrap(),
        ],
    ]
    .concat();
    let csv = parse_csv(&output(
        &root(),
        &[&base[..], &["--format", "csv"]].concat(),
    ));
    let bytes = workbook(&root(), &base);
    let sheets = read_book(&bytes);
    let names: Vec<&str> = sheets.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(
        names,
        ["Units", "Plans", "Indices", "Overdue", "Targets", "About"]
    );
    // CSV: scope,org,id,name,role,done_on_time,done_late,in_time,overdue,total,percent_done
    let of = |scope: &str| -> Vec<Vec<String>> {
        csv.iter().filter(|r| r[0] == scope).cloned().collect()
    };
    let share = |row: &[String]| -> String {
        // The share is stored as a fraction; the CSV writes a percentage.
        row.last()
            .filter(|v| *v != "—")
            .map(|v| format!("{:.1}", v.parse::<f64>().unwrap() * 100.0))
            .unwrap_or_default()
    };
    let (_, units, uf) = &sheets[0];
    let want = of("unit");
    assert_eq!(units.len() - 1, want.len());
    for (i, (x, c)) in units.iter().skip(1).zip(&want).enumerate() {
        let role = if x[3] == "Lead" { "lead" } else { "support" };
        assert_eq!([&x[0], &x[1], &x[2]], [&c[1], &c[2], &c[3]]);
        assert_eq!(role, c[4]);
        assert_eq!(&x[4..9], &c[5..10]);
        assert_eq!(share(x), c[10], "{x:?}");
        assert_eq!(
            uf[i + 1][9],
            format!("IF(I{r}=0,\"—\",(E{r}+F{r})/I{r})", r = i + 2)
        );
    }
    let (_, plans, pf) = &sheets[1];
    let want = of("plan");
    assert_eq!(plans.len(), want.len() + 2, "header, plans, totals");
    for (x, c) in plans.iter().skip(1).zip(&want) {
        assert_eq!([&x[0], &x[1], &x[2]], [&c[1], &c[2], &c[3]]);
        assert_eq!(&x[3..8], &c[5..10]);
        assert_eq!(share(x), c[10]);
    }
    let last = plans.len() - 1;
    assert_eq!(plans[last][0], "Total");
    assert_eq!(&plans[last][3..8], ["4", "1", "3", "5", "13"]);
    assert_eq!(pf[last][3], "SUM(D2:D3)");
    assert_eq!(pf[last][7], "SUM(H2:H3)");
    assert_eq!(pf[last][8], "IF(H4=0,\"—\",(D4+E4)/H4)");
    assert_eq!(share(&plans[last]), "38.5");
    let (_, indices, _) = &sheets[2];
    let want = of("index");
    assert_eq!(indices.len() - 1, want.len());
    for (x, c) in indices.iter().skip(1).zip(&want) {
        assert_eq!(&x[1..6], &c[5..10]);
    }
    assert_eq!(indices[3][0], "No index");
    // The overdue items with real dates.
    let (_, overdue, _) = &sheets[3];
    assert_eq!(overdue[1][..3], ["2024-01-31", "2024-01-31", "-153"]);
    assert_eq!(overdue.len(), 6);
}

#[test]
fn headers_are_frozen_filtered_and_sized_dates_and_statuses_formatted() {
    let bytes = workbook(
        &demo(),
        &["--as-of", "2024-07-02", "due", "--within", "100"],
    );
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""),
        "{sheet}"
    );
    assert!(sheet.contains("<autoFilter ref=\"A1:K"), "{sheet}");
    assert!(
        sheet.contains("<col ") && sheet.contains("customWidth=\"1\""),
        "{sheet}"
    );
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("formatCode=\"dd/mm/yyyy\""), "{styles}");
    // Overdue in red, due in yellow: the fills of the status cells.
    assert!(styles.contains("FFF8CBAD"), "{styles}");
    assert!(styles.contains("FFFFE699"), "{styles}");
    // One input, one file: the creation time is the as-of day.
    let core = part(&bytes, "docProps/core.xml");
    assert!(core.contains("2024-07-02T00:00:00Z"), "{core}");
}

#[test]
fn text_that_looks_like_a_formula_stays_text() {
    let tmp = demo_copy();
    let plan = tmp.path().join(DEMO_PLAN);
    let text = std::fs::read_to_string(&plan).unwrap().replacen(
        "title = \"Ban hành và phổ biến",
        "title = \"=HYPERLINK(\\\"http://x.invalid\\\") Ban hành và phổ biến",
        1,
    );
    std::fs::write(&plan, text).unwrap();
    let bytes = workbook(tmp.path(), &[&AS_OF[..], &["overdue"]].concat());
    let sheets = read_book(&bytes);
    let (_, rows, formulas) = &sheets[0];
    let row = rows
        .iter()
        .position(|r| r[7].starts_with("=HYPERLINK"))
        .expect("the title is there, as text");
    assert_eq!(formulas[row][7], "", "not a formula");
}

#[test]
fn a_terminal_gets_a_refusal_not_bytes() {
    // `script` gives kpi a terminal for stdout.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        panic!("`script` (util-linux) is needed to give kpi a terminal");
    }
    let bin = assert_cmd::cargo::cargo_bin("kpi");
    let out = std::process::Command::new("script")
        .args(["-qec"])
        .arg(format!(
            "{} --lang vi --as-of 2024-07-02 due --format xlsx",
            bin.display()
        ))
        .arg("/dev/null")
        .current_dir(demo())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{shown}");
    assert!(shown.contains("--format xlsx là tệp nhị phân"), "{shown}");
    assert!(!shown.contains("PK"), "no zip on the terminal: {shown}");
}
