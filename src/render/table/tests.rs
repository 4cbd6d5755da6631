//! The table writer at several widths: lines fit, pieces stay whole, words wrap.

use super::*;
use unicode_width::UnicodeWidthStr;

struct Item {
    id: &'static str,
    title: &'static str,
    lead: &'static str,
    status: &'static str,
}

const ITEMS: &[Item] = &[
    Item {
        id: "bd-syt-2023-chi-so:IV.2.4.a",
        title: "Theo dõi tình hình thi hành pháp luật và báo cáo kết quả theo dõi đúng thời gian quy định",
        lead: "TCCB, VP, vanphong.syt@example.invalid",
        status: "Quá hạn, chưa hoàn thành",
    },
    Item {
        id: "kt-bcd-2024-pci:II.7",
        title: "Tổ chức các cuộc họp Ban Chỉ đạo theo định kỳ 6 tháng một lần",
        lead: "SKHDT",
        status: "Đến hạn (trong 14 ngày)",
    },
];

fn columns() -> Vec<Column> {
    vec![
        Column::pieces("Tình trạng"),
        Column::pieces("Nhiệm vụ"),
        Column::words("Nội dung"),
        Column::pieces("Chủ trì"),
    ]
}

fn render(format: Format, width: Option<usize>, colours: bool) -> String {
    let mut out = Vec::new();
    write(
        &mut out,
        format,
        Screen { width, colours },
        &columns(),
        ITEMS,
        cells,
    )
    .unwrap();
    String::from_utf8(out).unwrap()
}

/// The row of the `columns()` table for `i`.
fn cells(i: &Item) -> Vec<Cell<'_>> {
    vec![
        Cell::tinted(i.status, Tint::Red),
        Cell::new(i.id),
        Cell::new(i.title),
        Cell::new(i.lead),
    ]
}

#[track_caller]
fn whole(out: &str, piece: &str) {
    assert!(
        out.lines().any(|l| l.contains(piece)),
        "`{piece}` is split:\n{out}"
    );
}

#[test]
fn at_every_width_lines_fit_and_pieces_stay_whole() {
    for w in [160, 120, 100, 80, 60, 40, 30] {
        let out = render(Format::Table, Some(w), false);
        for line in out.lines() {
            assert!(
                line.width() <= w,
                "{w}: {line:?} is {} wide\n{out}",
                line.width()
            );
        }
        for piece in [
            "bd-syt-2023-chi-so:IV.2.4.a",
            "kt-bcd-2024-pci:II.7",
            "vanphong.syt@example.invalid",
            "TCCB",
        ] {
            whole(&out, piece);
        }
    }
}

#[test]
fn wide_screens_get_a_grid_and_narrow_ones_blocks() {
    let grid = render(Format::Table, Some(120), false);
    assert!(grid.starts_with("┌"), "{grid}");
    assert!(grid.contains("╞"));
    let blocks = render(Format::Table, Some(40), false);
    assert!(!blocks.contains('│'), "{blocks}");
    assert!(blocks.contains("  Nhiệm vụ:"), "{blocks}");
    assert!(
        blocks.lines().next().unwrap().starts_with("Quá hạn"),
        "{blocks}"
    );
}

#[test]
fn without_a_width_nothing_wraps() {
    let out = render(Format::Table, None, false);
    let body: Vec<&str> = out.lines().filter(|l| l.starts_with('│')).collect();
    assert_eq!(body.len(), 3, "a header and one line a row:\n{out}");
    assert!(out.contains(ITEMS[0].title));
}

#[test]
fn colours_only_when_asked_and_widths_ignore_them() {
    let plain = render(Format::Table, Some(100), false);
    assert!(!plain.contains('\x1b'));
    let coloured = render(Format::Table, Some(100), true);
    assert!(coloured.contains("\x1b[31mQuá hạn"), "{coloured}");
    let strip = |s: &str| {
        let mut out = String::new();
        let mut skip = false;
        for c in s.chars() {
            match (skip, c) {
                (false, '\x1b') => skip = true,
                (true, 'm') => skip = false,
                (true, _) => {}
                (false, c) => out.push(c),
            }
        }
        out
    };
    assert_eq!(strip(&coloured), plain);
}

#[test]
fn markdown_is_one_line_a_row() {
    let out = render(Format::Md, Some(40), false);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert_eq!(lines[0], "| Tình trạng | Nhiệm vụ | Nội dung | Chủ trì |");
    assert!(lines[2].contains("| bd-syt-2023-chi-so:IV.2.4.a |"));
}

#[test]
fn wrapping_breaks_where_allowed() {
    assert_eq!(
        wrap("một hai ba bốn năm", 7, Fit::Words),
        ["một hai", "ba bốn", "năm"]
    );
    assert_eq!(
        wrap("TCCB, VP, CDC, BVDK", 8, Fit::Pieces),
        ["TCCB,", "VP, CDC,", "BVDK"]
    );
    assert_eq!(
        wrap("TCCB, VP, CDC, BVDK", 9, Fit::Pieces),
        ["TCCB, VP,", "CDC, BVDK"]
    );
    assert_eq!(
        wrap("2024-06-19\n(trễ 3 ngày)", 20, Fit::Pieces),
        ["2024-06-19", "(trễ 3 ngày)"]
    );
    // A word longer than the column is cut, the only way to fit it.
    assert_eq!(wrap("abcdefghij", 4, Fit::Words), ["abcd", "efgh", "ij"]);
    assert_eq!(wrap("", 5, Fit::Words), [""]);
    // A piece longer than the column is never cut (a grid gives it its width).
    assert_eq!(
        wrap("VP, vanphong.syt@example.invalid", 10, Fit::Pieces),
        ["VP,", "vanphong.syt@example.invalid"]
    );
    // Texts that are not plain (a tab, DEL) take the general way: lines kept, a piece
    // never cut.
    assert_eq!(wrap("a\tb\nc", 10, Fit::Words), ["a\tb", "c"]);
    assert_eq!(
        wrap("VP,\u{7f} vanphong.syt@example.invalid", 10, Fit::Pieces),
        ["VP,\u{7f} vanphong.syt@example.invalid"]
    );
}

/// The byte count of columns agrees with unicode-width on every character it counts
/// itself, on each of them alone, between others, and on real titles.
#[test]
fn widths_counted_from_bytes_agree_with_unicode_width() {
    let ranges = [
        0x20..0x7f,
        0x80..0x400,
        0x1e00..0x1f00,
        0x2000..0x2080,
        0x2180..0x21a0,
        0x2500..0x2580,
    ];
    let mut chars_counted = 0;
    for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
        for s in [
            format!("{c}"),
            format!("ệ{c}"),
            format!("{c}a"),
            format!("Đ{c}ờ–"),
        ] {
            if Count::of(&s) == Count::Chars {
                chars_counted += 1;
            }
            assert_eq!(width(&s), s.width(), "{c:?} (U+{:04X}) in {s:?}", c as u32);
        }
    }
    assert!(
        chars_counted > 3000,
        "only {chars_counted} texts counted by characters"
    );
    for t in [
        "Tổ chức thực hiện “Năm Dân vận chính quyền” – tuyên truyền…",
        "Sở Y tế; Bệnh viện Đa khoa tỉnh",
        "ﾃｽﾄ 日本語 and emoji 👩‍👩‍👧",
        "e\u{301} combining",
        "soft\u{ad}hyphen",
    ] {
        assert_eq!(width(t), t.width(), "{t}");
    }
}

/// The one-pass paths for plain text break and measure exactly as the general ones, on
/// texts made of Vietnamese and ASCII words, runs of spaces, long words and line feeds.
#[test]
fn plain_text_paths_agree_with_the_general_ones() {
    use proptest::prelude::*;
    let word = prop_oneof![
        Just("Tổ".to_string()),
        Just("chức".to_string()),
        Just("“thi".to_string()),
        Just("đua”".to_string()),
        Just("–".to_string()),
        Just("bd-syt-2023-chi-so:IV.2.4.a".to_string()),
        Just("Ủy-ban-nhân-dân-tỉnh-Bình-Định".to_string()),
        Just("".to_string()),
        "[a-zđơư]{1,14}",
    ];
    let sep = prop_oneof![Just(" "), Just(" "), Just("  "), Just("\n"), Just(" \n ")];
    let text = proptest::collection::vec((word, sep), 0..40).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(w, s)| format!("{w}{s}"))
            .collect::<String>()
    });
    proptest!(ProptestConfig::with_cases(4000), |(t in text, width in 1usize..40)| {
        let count = Count::of(&t);
        prop_assume!(plain_words(&t, count));
        for line in t.lines() {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            wrap_plain(line, width, &mut fast);
            wrap_line(line, width, Fit::Words, count, &mut slow);
            prop_assert_eq!(&fast, &slow, "{:?} at {}", line, width);
        }
        let mut general = Size::default();
        for line in t.lines() {
            general.natural = general.natural.max(count.width(line));
            let longest = line.split_whitespace().map(|w| count.width(w)).max().unwrap_or(0);
            general.piece = general.piece.max(longest);
        }
        prop_assert_eq!(measure_plain(t.as_bytes()), (general.natural, general.piece), "{:?}", t);
    });
}

/// What a pass remembers of the text a column borrowed last (`Memo`, and the measure
/// pass's memory of it) changes nothing: the same rows, with every text borrowed (the
/// same text again in the next row, as sorted lists have it) or every text owned (a new
/// copy each row, often at the address the last one was freed from), make the same
/// table at every width, in every layout.
#[test]
fn remembered_texts_make_the_same_table() {
    let texts: Vec<(&str, &str, &str)> = vec![
        (
            "14/01/2024\n→ 15/01/2024\n(trễ 17 ngày)",
            "kt:I.1",
            "Quá hạn, chưa hoàn thành",
        ),
        (
            "14/01/2024\n→ 15/01/2024\n(trễ 17 ngày)",
            "kt:I.2",
            "Quá hạn, chưa hoàn thành",
        ),
        (
            "31/03/2024",
            "kt:I.3, kt:I.4; bd:II.1",
            "Quá hạn, chưa hoàn thành",
        ),
        (
            "14/01/2024\n→ 15/01/2024\n(trễ 17 ngày)",
            "kt:I.5",
            "Đến hạn",
        ),
        ("", "kt:I.6", ""),
        ("31/03/2024", "kt:I.7", "Đến hạn"),
    ];
    let columns = vec![
        Column::pieces("Hạn"),
        Column::pieces("Nhiệm vụ"),
        Column::words("Tình trạng"),
    ];
    let table = |width: Option<usize>, format: Format, owned: bool| {
        let mut out = Vec::new();
        let cell = |t: &'static str| {
            if owned {
                Cell::new(t.to_string())
            } else {
                Cell::new(t)
            }
        };
        let items: Vec<(&'static str, &'static str, &'static str)> = texts
            .iter()
            .map(|&(a, b, c)| (leak(a), leak(b), leak(c)))
            .collect();
        // The same borrowed text in consecutive rows: one allocation per distinct text.
        write(
            &mut out,
            format,
            Screen {
                width,
                colours: false,
            },
            &columns,
            &items,
            |&(a, b, c)| vec![cell(a), cell(b), cell(c)],
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    };
    for width in [None, Some(14), Some(24), Some(40), Some(80)] {
        for format in [Format::Table, Format::Md] {
            assert_eq!(
                table(width, format, false),
                table(width, format, true),
                "{width:?}"
            );
        }
    }
}

/// One copy of each distinct text for the whole test, so that rows share them.
fn leak(s: &str) -> &'static str {
    use std::sync::Mutex;
    static SEEN: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let mut seen = SEEN.lock().unwrap();
    if let Some(t) = seen.iter().find(|t| **t == s) {
        return t;
    }
    let t: &'static str = Box::leak(s.to_string().into_boxed_str());
    seen.push(t);
    t
}

/// A short cell of printable ASCII is shown as it is; one with a control character in
/// it is escaped all the same.
#[test]
fn short_cells_with_controls_are_escaped() {
    assert!(matches!(
        shown("kt-syt:II.1"),
        (Cow::Borrowed("kt-syt:II.1"), true)
    ));
    assert_eq!(shown("VP\x07").0, "VP\\u{7}");
    assert_eq!(shown("a\tb").0, "a\tb");
    assert_eq!(shown("x\x1b[2Jy").0, "x\\u{1b}[2Jy");
}

/// A plain text (see `plain`) is what the one-pass paths may read: shown as written,
/// NFC, free of control characters, one column a character, broken only at spaces and
/// line feeds. Checked on texts mixing plain characters with every kind that is not.
#[test]
fn plain_texts_are_shown_as_written_and_read_in_one_pass() {
    use proptest::prelude::*;
    let piece = prop_oneof![
        "[a-zA-Z0-9 .,:;()/-]{0,6}",
        Just("Tổ chức ".to_string()),
        Just("“Đề án” – ".to_string()),
        Just("\n".to_string()),
        // Not plain: tab, CR, other C0 and C1 controls, DEL, no-break and soft hyphen,
        // combining marks (NFD), bidirectional overrides, wide and zero-width text.
        Just("\t".to_string()),
        Just("\r".to_string()),
        Just("\u{7}\u{1b}[2J".to_string()),
        Just("\u{85}\u{9b}".to_string()),
        Just("\u{7f}".to_string()),
        Just("\u{a0}\u{ad}".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{202e}\u{2066}\u{200e}".to_string()),
        Just("日本 👩‍👩‍👧 \u{200b}".to_string()),
        any::<char>().prop_map(String::from),
    ];
    let text = proptest::collection::vec(piece, 0..8).prop_map(|p| p.concat());
    let seen = [std::cell::Cell::new(0usize), std::cell::Cell::new(0)];
    proptest!(ProptestConfig::with_cases(4000), |(t in text)| {
        let is_plain = simple(t.as_bytes());
        let n = &seen[usize::from(is_plain)];
        n.set(n.get() + 1);
        if is_plain {
            prop_assert!(crate::text::is_nfc(&t), "{:?}", t);
            prop_assert!(!crate::text::may_hold_control(t.as_bytes()), "{:?}", t);
            prop_assert_eq!(super::super::nfc(&t), t.clone());
            let count = Count::of(&t);
            prop_assert!(count != Count::Unicode && plain_words(&t, count), "{:?}", t);
            prop_assert_eq!(count.width(&t), t.width(), "{:?}", t);
        }
    });
    let seen = seen.map(|n| n.get());
    assert!(seen[0] > 100 && seen[1] > 100, "plain/not plain: {seen:?}");
    for not in [
        "a\tb",
        "a\u{a0}b",
        "VP\u{7}",
        "x\u{85}",
        "e\u{301}",
        "\u{202e}x",
        "\u{2066}",
        "\u{ad}",
        "⺐",
        "\u{219a}",
        "⇒",
    ] {
        assert!(!simple(not.as_bytes()), "{not:?}");
    }
    // Each kind of plain character: printable ASCII, a line feed, two-byte letters and
    // signs (đ, ư, ©), Vietnamese letters of Latin Extended Additional, and the dashes,
    // quotes and ellipsis of General Punctuation, the simple arrows.
    for yes in [
        "VP: 1/2",
        "a\nb",
        "đư©",
        "Tổ chức",
        "“thi đua” – năm…",
        "30/06 → 01/07 ↔",
        "",
    ] {
        assert!(simple(yes.as_bytes()), "{yes:?}");
    }
}

/// A table fitted to its rows in one order and written in another is the table written
/// in that order: widths do not depend on the order rows are measured in.
#[test]
fn rows_may_be_measured_in_any_order() {
    let row = row_maker(|i: &&Item| cells(i));
    let mut items: Vec<&Item> = ITEMS.iter().chain(ITEMS).collect();
    let columns = columns();
    for width in [None, Some(40), Some(80), Some(120)] {
        let screen = Screen {
            width,
            colours: false,
        };
        let mut whole = Vec::new();
        write(&mut whole, Format::Table, screen, &columns, &items, row).unwrap();
        let mut parts = Vec::new();
        let reversed: Vec<&Item> = items.iter().rev().copied().collect();
        fit(Format::Table, screen, &columns, &reversed, row)
            .write(&mut parts, &items, row, |_, _| {})
            .unwrap();
        assert_eq!(
            String::from_utf8(parts).unwrap(),
            String::from_utf8(whole).unwrap()
        );
        items.rotate_left(1);
    }
}

/// A long table asks for each row's memory ahead of measuring and of writing it (where
/// asked): its item `Ahead::ITEM` rows before, what the item points to `Ahead::PARTS`
/// rows before, within the run of rows a core goes through.
#[test]
fn rows_are_asked_for_ahead_of_their_measuring_and_writing() {
    use std::sync::Mutex;
    let items: Vec<usize> = (0..2 * ROWS_PER_TASK + 100).collect();
    let asked = Mutex::new(Vec::new());
    let row = row_maker(|i: &usize| {
        asked.lock().unwrap().push((*i, None));
        vec![Cell::new(i.to_string())]
    });
    let ask = |i: &usize, what| asked.lock().unwrap().push((*i, Some(what)));
    let columns = [Column::pieces("n")];
    let screen = Screen {
        width: Some(40),
        colours: false,
    };
    // On one thread, so that the rows are gone through one after another.
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let fitted = one.install(|| fit_ahead(Format::Table, screen, &columns, &items, row, ask));
    let measuring = std::mem::take(&mut *asked.lock().unwrap());
    let mut out = Vec::new();
    one.install(|| fitted.write(&mut out, &items, row, ask))
        .unwrap();
    let writing = asked.into_inner().unwrap();
    for (pass, asked) in [("measured", measuring), ("written", writing)] {
        for &i in &items {
            let at = |what| asked.iter().position(|&(j, w)| j == i && w == what);
            let made = at(None).expect("every row is made");
            let in_run = i % ROWS_PER_TASK;
            for (what, rows) in [(Ahead::Item, Ahead::ITEM), (Ahead::Parts, Ahead::PARTS)] {
                match at(Some(what)) {
                    Some(k) => {
                        assert!(in_run >= rows, "row {i} asked for as {what:?} ({pass})");
                        assert!(
                            k < made,
                            "row {i} asked for as {what:?} after it was {pass}"
                        );
                        // Asked for while the row `rows` before it was made.
                        let before = asked[k + 1..made]
                            .iter()
                            .filter(|&&(_, w)| w.is_none())
                            .count();
                        assert_eq!(before, rows, "row {i} as {what:?} ({pass})");
                    }
                    None => assert!(
                        in_run < rows,
                        "row {i} never asked for as {what:?} ({pass})"
                    ),
                }
            }
        }
    }
}

/// A table appended to a buffer on one thread is the table written on every core, for
/// a list long enough to be cut into runs.
#[test]
fn appended_tables_are_written_tables() {
    let row = row_maker(|i: &&Item| cells(i));
    let items: Vec<&Item> = ITEMS.iter().cycle().take(3 * ROWS_PER_TASK + 7).collect();
    let columns = columns();
    for format in [Format::Table, Format::Md] {
        for width in [None, Some(40), Some(120)] {
            for colours in [false, true] {
                let screen = Screen { width, colours };
                let fitted = fit(format, screen, &columns, &items, row);
                let (mut written, mut appended) = (Vec::new(), b"before\n".to_vec());
                fitted.write(&mut written, &items, row, |_, _| {}).unwrap();
                fitted
                    .append(&mut appended, &items, row, &mut Wraps::default())
                    .unwrap();
                assert_eq!(appended[..7], *b"before\n");
                assert_eq!(
                    String::from_utf8_lossy(&appended[7..]),
                    String::from_utf8_lossy(&written),
                    "{format:?} {width:?} {colours}"
                );
            }
        }
    }
}

#[test]
fn tables_that_share_their_wraps_are_the_tables_apart() {
    // Tables one after another, through one `Wraps`: the same titles at several widths
    // (each table fitted to its own screen), among texts of their own; plain, wide and
    // multi-line titles; and a copy of a title (the same text elsewhere in memory).
    let copy = ITEMS[0].title.to_string();
    let extra = [
        Item {
            id: "x:1",
            title: "Một dòng\nhai dòng rất dài để phải xuống dòng ở cột hẹp",
            lead: "VP",
            status: "Đến hạn",
        },
        Item {
            id: "x:2",
            title: "全角の文字で書かれた長い題名が折り返される",
            lead: "VP",
            status: "Đến hạn",
        },
        Item {
            id: "x:3",
            // NFD, and a control character: shown as other texts than written.
            title: "To\u{302}\u{309}ng ho\u{31b}\u{323}p ba\u{301}o ca\u{301}o \u{1b}[31m ke\u{302}\u{301}t qua\u{309} thu\u{323}c hie\u{323}\u{302}n ke\u{302}\u{301} hoa\u{323}ch",
            lead: "VP",
            status: "Đến hạn",
        },
    ];
    let items: Vec<&Item> = ITEMS.iter().chain(&extra).collect();
    let row = row_maker(|i: &&Item| vec![Cell::new(i.id), Cell::new(i.title)]);
    let copied = row_maker(|i: &&Item| {
        let title = if i.title == copy { &copy } else { i.title };
        vec![Cell::new(i.id), Cell::new(title)]
    });
    let columns = [Column::pieces("Nhiệm vụ"), Column::words("Nội dung")];
    for format in [Format::Table, Format::Md] {
        let mut wraps = Wraps::default();
        let (mut shared, mut apart) = (Vec::new(), Vec::new());
        for width in [120, 70, 120, 56, 70, 0, 56, 30].map(|w| (w > 0).then_some(w)) {
            let screen = Screen {
                width,
                colours: false,
            };
            let fitted = fit(format, screen, &columns, &items, row);
            fitted.append(&mut shared, &items, row, &mut wraps).unwrap();
            fitted
                .append(&mut shared, &items, copied, &mut wraps)
                .unwrap();
            fitted.write(&mut apart, &items, row, |_, _| {}).unwrap();
            fitted.write(&mut apart, &items, copied, |_, _| {}).unwrap();
        }
        assert_eq!(
            String::from_utf8(shared).unwrap(),
            String::from_utf8(apart).unwrap(),
            "{format:?}"
        );
    }
}

/// A pieces column is as narrow as its widest item may go: a list is measured by its
/// widest item, one piece by its whole width, wide characters by their columns, plain
/// text (the one-count path) and any other text (the general path) alike; `Size::of`
/// measures a text as a table does.
#[test]
fn pieces_are_measured_by_their_widest_item() {
    let size = |text: &str, plain: bool| {
        let mut size = Size::default();
        measure(&mut size, text, Fit::Pieces, false, plain);
        (size.natural, size.piece)
    };
    assert_eq!(size("TCCB, BVDK, KHTC-A", true), (18, 6));
    assert_eq!(size("TCCB; BVDK", true), (10, 5));
    assert_eq!(size("org-0000-2023-00:IV.12", true), (22, 22));
    assert_eq!(size("Sở Y tế\nBVĐK", true), (7, 7));
    assert_eq!(size("日本, 中国語", false), (12, 6));
    assert_eq!(size("日本語", false), (6, 6));
    for (text, fit) in [
        ("TCCB, BVDK, KHTC-A", Fit::Pieces),
        ("Tổ chức thực hiện Kế hoạch", Fit::Words),
    ] {
        let mut size = Size::default();
        measure(&mut size, text, fit, false, true);
        assert_eq!(Size::of(text, fit, true), size, "{text}");
        assert!(size.natural > 0, "{text}");
    }
}
