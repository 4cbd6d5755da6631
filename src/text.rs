//! Folding Vietnamese text for matching.
//!
//! Unit names, codes, aliases and deadline phrases are compared folded: NFC first (so that
//! NFD input composes), then diacritics removed (deunicode; đ becomes d), lower case, and
//! runs of white space collapsed to one space. `Văn  phòng Sở`, `VAN PHONG SO` and the NFD
//! spelling of `văn phòng sở` all fold to `van phong so`.

use unicode_normalization::UnicodeNormalization;

/// The folded form of `s`, for comparison only (never shown to the user).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    if s.is_ascii() {
        push_folded(&mut out, s, &mut pending_space);
    } else if is_nfc(s) {
        push_folded(
            &mut out,
            &deunicode::deunicode_with_tofu(s, "?"),
            &mut pending_space,
        );
    } else {
        let nfc: String = s.nfc().collect();
        push_folded(
            &mut out,
            &deunicode::deunicode_with_tofu(&nfc, "?"),
            &mut pending_space,
        );
    }
    out
}

fn push_folded(out: &mut String, ascii: &str, pending_space: &mut bool) {
    for c in ascii.chars() {
        if c.is_whitespace() {
            *pending_space = !out.is_empty();
        } else {
            if *pending_space {
                out.push(' ');
                *pending_space = false;
            }
            out.push(c.to_ascii_lowercase());
        }
    }
}

/// The first letter of `s` that is not Latin (Cyrillic "В", Greek "Ρ"...): folding would
/// turn it into the Latin letter it looks like, so a name holding one is never matched
/// loosely. Vietnamese is all Latin, with its combining marks.
pub fn foreign_letter(s: &str) -> Option<char> {
    s.chars().find(|&c| {
        let u = c as u32;
        c.is_alphabetic()
            && !c.is_ascii()
            && !matches!(u, 0xC0..=0x24F | 0x300..=0x36F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF)
    })
}

/// Whether UTF-8 `b` is simple text: printable ASCII, line feeds and the other
/// characters one column wide on a terminal (below U+0300 but C1 controls, the no-break
/// space and the soft hyphen; the precomposed Vietnamese letters of U+1E00..U+1EFF; the
/// dashes, quotes and ellipsis of U+2010..U+2027; the arrows of U+2190..U+2199, as in
/// kpi's own "30/06/2024 → 01/07/2024"). Such a text is NFC, holds no control
/// character, takes one column a character and breaks only at spaces and line feeds:
/// it is shown as written (render::table measures and wraps it in one pass, a CSV field
/// needs no escapes). Nearly every plan is simple through and through, and the loader
/// says so of its tasks' texts (`TaskData::simple`).
pub fn simple(b: &[u8]) -> bool {
    every_character(b, |x, y, z| {
        (0x20..0x7f).contains(&x)
            | (x == b'\n')
            // A continuation byte (0xc0 and 0xc1 are never in UTF-8).
            | (0x80..0xc2).contains(&x)
            | one_column_letter(x, y, z)
    })
}

/// Whether the character that starts with byte `x` (before `y` and `z`) is one of the
/// characters outside ASCII that take one column and stand alone: below U+0300 but C1
/// controls, the no-break space and the soft hyphen; U+1E00..U+1EFF; U+2010..U+2027;
/// U+2190..U+2199. `simple` and the width count of render::table both read them so.
#[inline(always)]
pub fn one_column_letter(x: u8, y: u8, z: u8) -> bool {
    (0xc3..=0xcb).contains(&x)
        | ((x == 0xc2) & (y > 0xa0) & (y != 0xad))
        | ((x == 0xe1) & (0xb8..=0xbb).contains(&y))
        | ((x == 0xe2) & (y == 0x80) & (0x90..=0xa7).contains(&z))
        | ((x == 0xe2) & (y == 0x86) & (0x90..=0x99).contains(&z))
}

/// Whether `fits` holds at every byte of UTF-8 `b`, given the two bytes after it (zero
/// past the end): tested on byte triples, without decoding, in a loop the compiler
/// vectorises.
#[inline(always)]
pub fn every_character(b: &[u8], fits: impl Fn(u8, u8, u8) -> bool) -> bool {
    let n = b.len();
    let body = b
        .iter()
        .zip(b.iter().skip(1))
        .zip(b.iter().skip(2))
        .fold(true, |all, ((&x, &y), &z)| all & fits(x, y, z));
    // The last two bytes: a character starting there is one or two bytes long.
    let tail = (n < 2 || fits(b[n - 2], b[n - 1], 0)) && (n < 1 || fits(b[n - 1], 0, 0));
    body & tail
}

/// Whether `s` is already in Unicode Normalization Form C. The quick check answers for
/// nearly all text; only a "maybe" takes the full (slower) comparison.
pub fn is_nfc(s: &str) -> bool {
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    // Below U+0300 (Latin-1, Latin Extended-A and -B), Latin Extended Additional (the
    // precomposed Vietnamese letters) and General Punctuation, every character is an NFC
    // starter: text made only of those, as Vietnamese text is, needs no table lookups.
    plain(s.as_bytes())
        || match is_nfc_quick(s.chars()) {
            IsNormalized::Yes => true,
            IsNormalized::No => false,
            IsNormalized::Maybe => unicode_normalization::is_nfc(s),
        }
}

/// Whether valid UTF-8 `b` holds only code points below U+0300, in U+1E00..U+1EFF or in
/// U+2000..U+206F, read from the bytes without decoding. Every byte below 0xCC is fine
/// (ASCII, a continuation byte, or the lead of a 2-byte sequence below U+0300); a byte
/// from 0xCC up leads a longer sequence, which must be E1 B8..BB xx (U+1E00..U+1EFF),
/// E2 80 xx or E2 81 80..AF (U+2000..U+206F).
fn plain(b: &[u8]) -> bool {
    const BLOCK: usize = 16;
    let mut i = 0;
    // Blocks of 16 lead positions, each with the two bytes after it in view: a test the
    // compiler vectorises (Vietnamese text has a 3-byte letter in nearly every block).
    while let (Some(lead), Some(second), Some(third)) = (
        b.get(i..i + BLOCK),
        b.get(i + 1..i + 1 + BLOCK),
        b.get(i + 2..i + 2 + BLOCK),
    ) {
        let plain = (0..BLOCK).fold(true, |ok, k| ok & plain_at(lead[k], second[k], third[k]));
        if !plain {
            return false;
        }
        i += BLOCK;
    }
    // The last bytes one by one (a sequence may have begun in the last block).
    while i < b.len() {
        if b[i] < 0xCC {
            i += 1;
        } else if three_byte_plain(b[i], b.get(i + 1).copied(), b.get(i + 2).copied()) {
            i += 3;
        } else {
            return false;
        }
    }
    true
}

/// `three_byte_plain` for any byte `c`, followed by `n` and `m`, without branches.
#[inline(always)]
fn plain_at(c: u8, n: u8, m: u8) -> bool {
    let letters = (c == 0xE1) & (0xB8..=0xBB).contains(&n);
    let punctuation = (c == 0xE2) & ((n == 0x80) | ((n == 0x81) & (0x80..=0xAF).contains(&m)));
    (c < 0xCC) | letters | punctuation
}

fn three_byte_plain(lead: u8, second: Option<u8>, third: Option<u8>) -> bool {
    matches!(
        (lead, second, third),
        (0xE1, Some(0xB8..=0xBB), _)
            | (0xE2, Some(0x80), _)
            | (0xE2, Some(0x81), Some(0x80..=0xAF))
    )
}

/// The candidate closest to `wanted`, compared folded, if it is close enough to be a
/// plausible typo. Returns the candidate as given (not folded).
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = fold(wanted);
    candidates
        .into_iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(&wanted, &fold(c)), c))
        .filter(|&(score, _)| score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(input: &str, folded: &str) {
        assert_eq!(fold(input), folded, "fold({input:?})");
    }

    #[test]
    fn folds() {
        case("Văn phòng Sở", "van phong so");
        case("VĂN  PHÒNG   SỞ", "van phong so");
        case("  Văn phòng Sở  ", "van phong so");
        case("Đồng Đội đường", "dong doi duong");
        case("Phòng Tổ chức – Hành chính", "phong to chuc - hanh chinh");
        case("Hằng quý", "hang quy");
        case("VP", "vp");
        case("Tab\there", "tab here");
    }

    #[test]
    fn nfd_and_nfc_fold_alike() {
        let nfc = "Trung tâm Kiểm soát bệnh tật";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        assert_eq!(fold(nfc), fold(&nfd));
        assert!(is_nfc(nfc));
        assert!(!is_nfc(&nfd));
    }

    #[test]
    fn the_byte_level_fast_path_agrees_with_the_full_check() {
        for s in [
            "Trung tâm Kiểm soát bệnh tật",
            "Đường “Công” – Lự…",
            "ơư ỹ ẞ",
            "日本",
            "e\u{301}",
            "\u{2070}x",
            "\u{1F00}",
        ] {
            let quick = plain(s.as_bytes());
            let chars = s.chars().all(|c| {
                let c = c as u32;
                c < 0x300 || (0x1E00..=0x1EFF).contains(&c) || (0x2000..=0x206F).contains(&c)
            });
            assert_eq!(quick, chars, "{s:?}");
            assert_eq!(is_nfc(s), unicode_normalization::is_nfc(s), "{s:?}");
        }
    }

    proptest::proptest! {
        /// Long texts of characters the fast path accepts, with at most one it must not
        /// (each a neighbour of an accepted range), anywhere across its 16-byte blocks.
        #[test]
        fn the_fast_path_agrees_on_long_texts(
            picks in proptest::collection::vec(0usize..8, 0..120),
            odd in proptest::option::of((0usize..6, 0usize..120)),
        ) {
            const PLAIN: [&str; 8] = ["a", " ", "à", "ệ", "Đ", "–", "ơ", "\u{206F}"];
            const ODD: [&str; 6] = ["\u{301}", "日", "\u{2070}", "\u{1DFF}", "\u{1F00}", "\u{300}"];
            let mut parts: Vec<&str> = picks.iter().map(|&i| PLAIN[i]).collect();
            if let Some((which, at)) = odd {
                parts.insert(at.min(parts.len()), ODD[which]);
            }
            let s: String = parts.concat();
            proptest::prop_assert_eq!(plain(s.as_bytes()), odd.is_none(), "{:?}", s);
            proptest::prop_assert_eq!(is_nfc(&s), unicode_normalization::is_nfc(&s), "{:?}", s);
        }
    }

    #[test]
    fn foreign_letters_are_found() {
        assert_eq!(foreign_letter("Văn phòng Sở Y tế ĐỖ"), None);
        assert_eq!(foreign_letter("\u{412}P"), Some('\u{412}'));
        assert_eq!(foreign_letter("\u{3a1}hòng"), Some('\u{3a1}'));
        assert_eq!(foreign_letter("Sở Y tế (2024) – “VP”"), None);
    }

    #[test]
    fn closest_suggests_near_misses_only() {
        let units = ["VP", "TCCB", "Văn phòng Sở", "Thanh tra Sở"];
        assert_eq!(closest("Van phong So Y", units), Some("Văn phòng Sở"));
        assert_eq!(closest("Thanh tra", units), Some("Thanh tra Sở"));
        assert_eq!(closest("Bệnh viện Đa khoa", units), None);
    }
}

/// Whether `c` must never reach a terminal raw: a control character (C0 but line feed and
/// tab, DEL, C1) or a character that reorders or hides text (bidirectional controls and
/// marks, line and paragraph separators). A title holding ESC can clear the screen or
/// write the clipboard; a bidi override can make `VP` read as `PV`.
pub fn is_hidden_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether the UTF-8 bytes `b` may hold such a character: a test on byte triples (no
/// decoding) that the compiler vectorises. It is exact but for CR, which the callers
/// judge by what follows it: C1 controls are C2 80..9F, U+061C is D8 9C, the marks and
/// separators are E2 80 8E, 8F and A8..AE, the isolates E2 81 A6..A9, and none of these
/// lead bytes is ever a continuation byte. The dashes and quotes of Vietnamese text
/// (E2 80 93..9D) and box-drawing characters (E2 94, E2 95) are not suspects.
pub fn may_hold_control(b: &[u8]) -> bool {
    let triple = |x: u8, y: u8, z: u8| {
        (x < 0x20 && x != b'\n' && x != b'\t')
            | (x == 0x7f)
            | ((x == 0xc2) & (0x80..=0x9f).contains(&y))
            | ((x == 0xd8) & (y == 0x9c))
            | ((x == 0xe2)
                & (((y == 0x80) & ((z == 0x8e) | (z == 0x8f) | (0xa8..=0xae).contains(&z)))
                    | ((y == 0x81) & (0xa6..=0xa9).contains(&z))))
    };
    // Blocks of 32 positions, each with the two bytes after it in view: fixed-size arrays
    // the compiler vectorises, and an answer at the first suspect block.
    const BLOCK: usize = 32;
    let block = |x: &[u8], y: &[u8], z: &[u8]| {
        let mut any = false;
        for k in 0..BLOCK {
            any |= triple(x[k], y[k], z[k]);
        }
        any
    };
    let mut i = 0;
    while let (Some(x), Some(y), Some(z)) = (
        b.get(i..i + BLOCK),
        b.get(i + 1..i + 1 + BLOCK),
        b.get(i + 2..i + 2 + BLOCK),
    ) {
        if block(x, y, z) {
            return true;
        }
        i += BLOCK;
    }
    // The rest: a few bytes one by one (serde_json writes JSON in pieces of a few
    // bytes), more (most texts are cells shorter than a block) padded with spaces, which
    // are no control and complete no sequence, and read as one more block.
    let rest = &b[i..];
    if rest.len() < 8 {
        let at = |k: usize| rest.get(k).copied().unwrap_or(b' ');
        return (0..rest.len()).any(|k| triple(rest[k], at(k + 1), at(k + 2)));
    }
    let mut pad = [b' '; BLOCK + 2];
    pad[..rest.len()].copy_from_slice(rest);
    block(&pad[..BLOCK], &pad[1..BLOCK + 1], &pad[2..])
}

/// The first such character of `s` (a CR that ends a line before its LF is a line end,
/// not a control: files written on Windows have them in multi-line strings).
pub fn hidden_control(s: &str) -> Option<char> {
    if !may_hold_control(s.as_bytes()) {
        return None;
    }
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_hidden_control(c) {
            return Some(c);
        }
    }
    None
}

/// `s` with each such character written as a visible escape (`\u{1b}`), so that what a
/// file holds is shown, never obeyed; a Windows line end (CR LF) becomes LF. Borrowed
/// when there is nothing to change.
pub fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    if !may_hold_control(s.as_bytes()) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut changed = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            changed = true; // the LF that follows ends the line
            continue;
        }
        if is_hidden_control(c) {
            changed = true;
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod control_tests {
    use super::*;

    #[test]
    fn controls_are_shown_never_obeyed() {
        assert_eq!(visible("Văn phòng"), "Văn phòng");
        assert!(matches!(
            visible("Văn phòng"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(visible("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(visible("x\u{7}\u{0}y"), "x\\u{7}\\u{0}y");
        assert_eq!(visible("\u{202e}PV"), "\\u{202e}PV");
        assert_eq!(visible("c\u{9b}d"), "c\\u{9b}d");
        assert_eq!(visible("r\rn"), "r\\u{d}n");
        assert_eq!(visible("dòng 1\r\ndòng 2"), "dòng 1\ndòng 2");
        assert_eq!(hidden_control("dòng 1\r\ndòng 2"), None);
        assert_eq!(visible("dòng 1\ndòng 2\tcột"), "dòng 1\ndòng 2\tcột");
        // Vietnamese punctuation that shares the lead byte E2 is not a control.
        assert_eq!(visible("“Thi đua” – 2025…"), "“Thi đua” – 2025…");
        for c in [
            '\u{1b}', '\u{7}', '\u{0}', '\u{7f}', '\u{85}', '\u{202a}', '\u{2066}', '\u{200f}',
            '\u{61c}',
        ] {
            assert!(is_hidden_control(c), "{c:?}");
            let s = format!("a{c}b");
            assert!(may_hold_control(s.as_bytes()), "{c:?}");
            assert_eq!(hidden_control(&s), Some(c));
        }
        for c in ['a', 'ệ', 'đ', '\n', '\t', '–', '…', '€', '\u{300}'] {
            assert!(!is_hidden_control(c), "{c:?}");
        }
        // The frame of a table and Vietnamese punctuation are never suspects.
        assert!(!may_hold_control("┌──┬──┐ │ a ┆ b │ ╞══╡ ┘".as_bytes()));
        assert!(!may_hold_control("a – b “c” d…".as_bytes()));
        assert!(!may_hold_control(b""));
        assert!(may_hold_control(b"ab\x1b"));
    }

    /// The byte test says "maybe" for exactly the hidden controls (and CR), wherever the
    /// character stands: first, inside, last.
    #[test]
    fn the_byte_test_is_exact() {
        let chars = (0..0x3000u32)
            .chain(0xfe00..0x1_0000)
            .chain(0x1_f300..0x1_f400);
        for c in chars.filter_map(char::from_u32) {
            let hidden = is_hidden_control(c) || c == '\r';
            for s in [
                format!("{c}"),
                format!("a{c}"),
                format!("{c}b"),
                format!("ab{c}cd"),
            ] {
                assert_eq!(may_hold_control(s.as_bytes()), hidden, "{c:?} in {s:?}");
            }
        }
        // In long texts, at every place of the blocks the test reads at once.
        let line = "│ Tổ chức “thi đua” – tuyên truyền… ┆ 31/12/2024 │\n".repeat(3);
        for c in [
            '\u{1b}', '\u{85}', '\u{200f}', '\u{2029}', '\u{2066}', '\u{61c}', '–', '…', '┆',
        ] {
            let hidden = is_hidden_control(c);
            for at in line.char_indices().map(|(i, _)| i).chain([line.len()]) {
                let s = format!("{}{c}{}", &line[..at], &line[at..]);
                assert_eq!(may_hold_control(s.as_bytes()), hidden, "{c:?} at {at}");
            }
        }
        assert!(!may_hold_control(line.as_bytes()));
    }
}
