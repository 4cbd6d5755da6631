//! Unit names in a cell or a line, matched against the registry the plan will use.
//!
//! A cell names a list ("Các Phòng, Văn phòng, Thanh tra Sở và các đơn vị trực thuộc
//! Sở"), and names hold commas themselves ("Các sở, ban, ngành"; "Phòng Tổ chức – Hành
//! chính, Sở Y tế"). So the registry's names, aliases and codes are tried first at each
//! place, longest first, compared word by word folded (case, accents, NFC/NFD ignored):
//! a known name stays whole whatever it holds. Only what no known name covers is cut at
//! commas, semicolons and "và", and pieces that cannot start a name ("ban", "ngành",
//! "thành phố") are put back with the piece before them. Each name keeps the document's
//! wording.

use crate::plan::model::Registry;
use crate::text::fold;

/// A name found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    /// As the document writes it.
    pub written: String,
    /// The code of the unit or group it names, when the registry knows it.
    pub code: Option<String>,
}

/// What a cell or line names, and the words around the names that are not names
/// ("theo chức năng nhiệm vụ triển khai thực hiện"), kept for the task's note.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names {
    pub names: Vec<Name>,
    pub prose: Option<String>,
}

struct Entry {
    words: Vec<String>,
    code: String,
}

/// The registry's spellings, longest first.
pub struct Matcher {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug)]
struct Token {
    start: usize,
    end: usize,
    folded: String,
    upper: bool,
}

const PUNCT: &[char] = &[
    ',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '‘', '’', '/', '-', '–', '—', '.', '+', '&',
];

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let push = |out: &mut Vec<Token>, s: usize, e: usize| {
        let word = &text[s..e];
        out.push(Token {
            start: s,
            end: e,
            folded: fold(word),
            upper: word.chars().next().is_some_and(char::is_uppercase),
        });
    };
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || PUNCT.contains(&c) {
            if let Some(s) = start.take() {
                push(&mut out, s, i);
            }
            if !c.is_whitespace() {
                push(&mut out, i, i + c.len_utf8());
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push(&mut out, s, text.len());
    }
    out
}

/// Words that start a unit's name: a piece cut at a comma or "và" that starts with one
/// of them is a name of its own; another piece belongs to the name before it.
const HEADS: &[&str] = &[
    "cac", "nhung", "toan", "so", "phong", "ban", "ubnd", "uy", "trung", "chi", "thanh", "van",
    "benh", "hoi", "lien", "cong", "cuc", "tong", "vien", "truong", "tram", "khoa", "dai", "bao",
    "to", "mat", "doan", "bo", "co", "don", "doanh", "nguoi", "hdnd", "bch", "ttyt", "cdc",
    "trung", "bhxh", "kho", "quy", "ngan", "chu", "pho", "giam", "nhan",
];

fn starts_name(t: &Token) -> bool {
    let head = HEADS.contains(&t.folded.as_str());
    // Lower-case heads other than "các"/"những"/"toàn" are inside a name: "ban, ngành".
    head && (t.upper || matches!(t.folded.as_str(), "cac" | "nhung" | "toan"))
}

fn is_sep(t: &Token) -> bool {
    matches!(t.folded.as_str(), "," | ";" | "." | "+" | ":")
}

impl Matcher {
    pub fn new(registry: Option<&Registry>) -> Matcher {
        let mut spellings: Vec<(&str, &str)> = Vec::new();
        if let Some(reg) = registry {
            for u in &reg.units {
                spellings.push((&u.code, &u.code));
                spellings.push((&u.name, &u.code));
                spellings.extend(u.aliases.iter().map(|a| (a.as_str(), u.code.as_str())));
            }
            for g in &reg.groups {
                spellings.push((&g.code, &g.code));
                spellings.push((&g.name, &g.code));
                spellings.extend(g.aliases.iter().map(|a| (a.as_str(), g.code.as_str())));
            }
        }
        Matcher::from_spellings(spellings)
    }

    /// A matcher of `(spelling, code)` pairs.
    pub fn from_spellings<'a>(spellings: impl IntoIterator<Item = (&'a str, &'a str)>) -> Matcher {
        let mut entries: Vec<Entry> = spellings
            .into_iter()
            .map(|(spelling, code)| Entry {
                words: tokens(spelling).into_iter().map(|t| t.folded).collect(),
                code: code.to_string(),
            })
            .filter(|e| !e.words.is_empty())
            .collect();
        // Longest first, so that a name holding another ("Văn phòng Sở Y tế" and
        // "Văn phòng Sở") is found whole.
        entries.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
        Matcher { entries }
    }

    /// Whether the registry knows `name` as a whole.
    pub fn knows(&self, name: &str) -> Option<&str> {
        let toks = tokens(name);
        self.at(&toks, 0)
            .filter(|(n, _)| *n == toks.len())
            .map(|(_, code)| code)
    }

    /// The longest known spelling at `toks[i..]`: its length in tokens and its code.
    fn at(&self, toks: &[Token], i: usize) -> Option<(usize, &str)> {
        self.entries.iter().find_map(|e| {
            let n = e.words.len();
            (toks.len() >= i + n
                && toks[i..i + n]
                    .iter()
                    .zip(&e.words)
                    .all(|(t, w)| t.folded == *w))
            .then_some((n, e.code.as_str()))
        })
    }

    /// The names listed in a cell (`prose` false) or a sentence (`prose` true: words
    /// after a name that are not a list go to `Names::prose`).
    pub fn names(&self, text: &str, prose: bool) -> Names {
        let toks = tokens(text);
        let mut out = Names::default();
        // Spans of the pieces: (start token, end token, code).
        let mut pieces: Vec<(usize, usize, Option<String>)> = Vec::new();
        let mut i = 0;
        let skip = |t: &Token| {
            is_sep(t)
                || matches!(
                    t.folded.as_str(),
                    "va" | "voi" | "cung" | "-" | "–" | ")" | "("
                )
        };
        while i < toks.len() {
            if skip(&toks[i]) {
                i += 1;
                continue;
            }
            if let Some((n, code)) = self.at(&toks, i) {
                let end = i + n;
                let next = toks.get(end);
                let boundary = next.is_none_or(|t| {
                    is_sep(t)
                        || t.folded == ")"
                        || (t.folded == "va" && toks.get(end + 1).is_some_and(starts_name))
                });
                if boundary {
                    pieces.push((i, end, Some(code.to_string())));
                    i = end;
                    continue;
                }
                if prose && next.is_some_and(|t| !t.upper) {
                    pieces.push((i, end, Some(code.to_string())));
                    // The rest of the clause is what the unit does: up to ";" then go on.
                    let stop = toks[end..]
                        .iter()
                        .position(|t| t.folded == ";")
                        .map_or(toks.len(), |p| end + p);
                    let words = text[toks[end].start..toks[stop - 1].end]
                        .trim_matches(|c: char| c == ',' || c.is_whitespace());
                    if !words.is_empty() {
                        let p = out.prose.get_or_insert_with(String::new);
                        if !p.is_empty() {
                            p.push_str("; ");
                        }
                        p.push_str(words);
                    }
                    i = stop;
                    continue;
                }
            }
            // No known name here: up to the next comma, semicolon or "và" + a name.
            let mut j = i + 1;
            while j < toks.len() {
                let t = &toks[j];
                if matches!(t.folded.as_str(), "," | ";" | "+") {
                    break;
                }
                if t.folded == "va" && toks.get(j + 1).is_some_and(starts_name) {
                    break;
                }
                if t.folded == "." && j + 1 == toks.len() {
                    break;
                }
                j += 1;
            }
            // "theo chức năng nhiệm vụ", and in a sentence any piece that cannot start a
            // name after a known one: words about the units, not a unit.
            let about = toks[i].folded == "theo"
                || (prose
                    && !starts_name(&toks[i])
                    && pieces.last().is_some_and(|(_, _, code)| code.is_some()));
            if about {
                let words = text[toks[i].start..toks[j - 1].end].trim();
                let p = out.prose.get_or_insert_with(String::new);
                if !p.is_empty() {
                    p.push_str("; ");
                }
                p.push_str(words);
                i = j;
                continue;
            }
            // "Các sở, ban, ngành": a piece that cannot start a name goes back to the
            // unknown name before its comma.
            let glue = !starts_name(&toks[i])
                && i > 0
                && toks[i - 1].folded == ","
                && pieces.last().is_some_and(|(_, _, code)| code.is_none());
            match pieces.last_mut() {
                Some(last) if glue => last.1 = j,
                _ => pieces.push((i, j, None)),
            }
            i = j;
        }
        out.names = pieces
            .into_iter()
            .map(|(s, e, code)| Name {
                written: text[toks[s].start..toks[e - 1].end].trim().to_string(),
                code,
            })
            .filter(|n| !n.written.is_empty())
            .collect();
        out
    }

    /// A sentence that names roles: "X chủ trì, phối hợp với Y", "X chủ trì; Y phối hợp
    /// thực hiện", "X thực hiện". Returns the lead names and the support names.
    pub fn roles(&self, text: &str, prose: bool) -> (Names, Names) {
        let toks = tokens(text);
        let find = |from: usize, a: &str, b: &str| {
            (from..toks.len().saturating_sub(1))
                .find(|&k| toks[k].folded == a && toks[k + 1].folded == b)
        };
        let Some(k) = find(0, "chu", "tri") else {
            // No "chủ trì": the units named do the task, unless they only support it.
            if let Some(p) = find(0, "phoi", "hop") {
                let lead = self.names(&text[..toks[p].start], prose);
                let after = support_after(&toks, text, p);
                return (lead, self.names(after, prose));
            }
            return (self.names(text, prose), Names::default());
        };
        let lead_text =
            text[..toks[k].start].trim_end_matches(|c: char| c == '(' || c.is_whitespace());
        let lead = self.names(lead_text, prose);
        let rest_start = toks.get(k + 2).map_or(text.len(), |t| t.start);
        let rest = &text[rest_start..];
        let rest_toks = tokens(rest);
        let p = (0..rest_toks.len().saturating_sub(1))
            .find(|&q| rest_toks[q].folded == "phoi" && rest_toks[q + 1].folded == "hop");
        let support_text = match p {
            // "..., phối hợp với Y ..." (the roles after "phối hợp")
            Some(q) if rest_toks[..q].iter().all(|t| is_sep(t) || t.folded == ")") => {
                support_after(&rest_toks, rest, q)
            }
            // "...; Y phối hợp thực hiện" (the units before it)
            Some(q) => &rest[..rest_toks[q].start],
            None => rest,
        };
        (lead, self.names(support_text, prose))
    }
}

/// The text after "phối hợp (với|cùng)" at token `p`.
fn support_after<'a>(toks: &[Token], text: &'a str, p: usize) -> &'a str {
    let mut q = p + 2;
    while toks
        .get(q)
        .is_some_and(|t| matches!(t.folded.as_str(), "voi" | "cung" | "thuc" | "hien"))
    {
        q += 1;
    }
    toks.get(q).map_or("", |t| &text[t.start..])
}

/// A code for a unit the registry lacks: the initials of its words, accents dropped
/// ("Chi cục An toàn vệ sinh thực phẩm" → "CCATVSTP"), short words skipped.
pub fn suggest_code(name: &str, taken: &[String]) -> String {
    let words: Vec<String> = tokens(name)
        .into_iter()
        .filter(|t| t.folded.chars().all(char::is_alphanumeric))
        .map(|t| t.folded)
        .filter(|w| {
            !matches!(
                w.as_str(),
                "va" | "cua" | "thuoc" | "voi" | "tai" | "tren" | "o"
            )
        })
        .collect();
    let mut code: String = if words.len() == 1 {
        words[0].to_uppercase().chars().take(8).collect()
    } else {
        words
            .iter()
            .filter_map(|w| w.chars().next())
            .map(|c| c.to_ascii_uppercase())
            .take(10)
            .collect()
    };
    if code.is_empty() {
        code = "DV".into();
    }
    let base = code.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&code)) {
        code = format!("{base}{n}");
        n += 1;
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher() -> Matcher {
        Matcher::from_spellings([
            ("Văn phòng Sở", "VP"),
            ("Văn phòng Sở Y tế", "VP"),
            ("Văn phòng", "VP"),
            ("Thanh tra Sở", "TTS"),
            ("Các phòng thuộc Sở", "PHONG"),
            ("Các Phòng", "PHONG"),
            ("Các đơn vị trực thuộc Sở", "DVTT"),
            ("Các đơn vị trực thuộc", "DVTT"),
            ("Phòng Tổ chức – Hành chính, Sở Y tế", "TCHC"),
            ("Phòng Kế hoạch - Tài chính Sở", "KHTC"),
            ("Các sở, ban, ngành", "SBN"),
            ("UBND các huyện, thành phố", "HUYEN"),
            ("Các doanh nghiệp nhỏ và vừa trên địa bàn tỉnh", "DN"),
            ("Sở Kế hoạch và Đầu tư", "SKHDT"),
            ("Sở Thông tin và Truyền thông", "STTTT"),
            (
                "Các sở, ban ngành, đơn vị, địa phương là thành viên Ban Chỉ đạo",
                "TVBCD",
            ),
            ("Các phòng, đơn vị liên quan", "LQ"),
            ("Trung tâm Kiểm soát bệnh tật", "CDC"),
        ])
    }

    /// `name=CODE` for a known name, `name=?` for an unknown one.
    fn show(n: &Names) -> String {
        let mut s: Vec<String> = n
            .names
            .iter()
            .map(|n| format!("{}={}", n.written, n.code.as_deref().unwrap_or("?")))
            .collect();
        if let Some(p) = &n.prose {
            s.push(format!("<{p}>"));
        }
        s.join(" | ")
    }

    #[track_caller]
    fn case(cell: &str, want: &str) {
        assert_eq!(show(&matcher().names(cell, false)), want, "{cell:?}");
    }

    #[test]
    fn cells_are_split_into_the_names_they_hold() {
        case("Văn phòng Sở", "Văn phòng Sở=VP");
        case("- Văn phòng Sở", "Văn phòng Sở=VP");
        case(
            "Các Phòng, Văn phòng, Thanh tra Sở và các đơn vị trực thuộc Sở",
            "Các Phòng=PHONG | Văn phòng=VP | Thanh tra Sở=TTS | các đơn vị trực thuộc Sở=DVTT",
        );
        case(
            "Các phòng, Văn phòng Sở Y tế",
            "Các phòng=PHONG | Văn phòng Sở Y tế=VP",
        );
        // Longest names first: the commas inside known names do not cut them.
        case(
            "Các sở, ban, ngành, UBND các huyện, thành phố",
            "Các sở, ban, ngành=SBN | UBND các huyện, thành phố=HUYEN",
        );
        case(
            "Phòng Tổ chức – Hành chính, Sở Y tế",
            "Phòng Tổ chức – Hành chính, Sở Y tế=TCHC",
        );
        case(
            "Phòng Kế hoạch - Tài chính Sở",
            "Phòng Kế hoạch - Tài chính Sở=KHTC",
        );
        case(
            "Trung tâm Kiểm soát bệnh tật; các phòng, đơn vị liên quan.",
            "Trung tâm Kiểm soát bệnh tật=CDC | các phòng, đơn vị liên quan=LQ",
        );
        case(
            "Các doanh nghiệp nhỏ và vừa trên địa bàn tỉnh",
            "Các doanh nghiệp nhỏ và vừa trên địa bàn tỉnh=DN",
        );
        // Without accents, in capitals, NFD: the same units, the document's wording.
        case(
            "VAN PHONG SO, thanh tra so",
            "VAN PHONG SO=VP | thanh tra so=TTS",
        );
        case(
            "Va\u{306}n pho\u{300}ng So\u{31b}\u{309}",
            "Va\u{306}n pho\u{300}ng So\u{31b}\u{309}=VP",
        );
        case("", "");
    }

    #[test]
    fn names_the_registry_lacks_are_cut_at_commas_but_kept_whole_where_they_must_be() {
        case("Chi cục An toàn", "Chi cục An toàn=?");
        case("Sở Nội vụ, Sở Tài chính", "Sở Nội vụ=? | Sở Tài chính=?");
        case(
            "Các sở, ban, ngành liên quan",
            "Các sở, ban, ngành liên quan=?",
        );
        case(
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Văn hóa, Thể thao và Du lịch=?",
        );
        case(
            "Sở Nội vụ và các cơ quan liên quan",
            "Sở Nội vụ=? | các cơ quan liên quan=?",
        );
        case(
            "Văn phòng Sở, Sở Lao động - Thương binh và Xã hội",
            "Văn phòng Sở=VP | Sở Lao động - Thương binh và Xã hội=?",
        );
        // A known name followed by more words of a name is not that name.
        case("Văn phòng Sở Tư pháp", "Văn phòng Sở Tư pháp=?");
        // What the units do is not a unit.
        case(
            "Văn phòng Sở, theo chức năng nhiệm vụ",
            "Văn phòng Sở=VP | <theo chức năng nhiệm vụ>",
        );
    }

    #[track_caller]
    fn roles(line: &str, lead: &str, support: &str) {
        let (l, s) = matcher().roles(line, true);
        assert_eq!(
            (show(&l).as_str(), show(&s).as_str()),
            (lead, support),
            "{line:?}"
        );
    }

    #[test]
    fn sentences_name_the_lead_and_the_support() {
        roles(
            "Phòng Tổ chức – Hành chính, Sở Y tế chủ trì; các phòng thuộc Sở và các đơn vị trực thuộc phối hợp thực hiện",
            "Phòng Tổ chức – Hành chính, Sở Y tế=TCHC",
            "các phòng thuộc Sở=PHONG | các đơn vị trực thuộc=DVTT",
        );
        roles(
            "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ban ngành, đơn vị, địa phương là thành viên Ban Chỉ đạo theo chức năng nhiệm vụ triển khai thực hiện",
            "Sở Kế hoạch và Đầu tư=SKHDT",
            "các sở, ban ngành, đơn vị, địa phương là thành viên Ban Chỉ đạo=TVBCD | <theo chức năng nhiệm vụ triển khai thực hiện>",
        );
        roles(
            "Các sở, ban ngành, đơn vị, địa phương là thành viên Ban Chỉ đạo thực hiện tuyên truyền theo chức năng; Sở Thông tin và Truyền thông chỉ đạo, hướng dẫn các cơ quan báo chí",
            "Các sở, ban ngành, đơn vị, địa phương là thành viên Ban Chỉ đạo=TVBCD | Sở Thông tin và Truyền thông=STTTT | <thực hiện tuyên truyền theo chức năng; chỉ đạo, hướng dẫn các cơ quan báo chí>",
            "",
        );
        roles("Văn phòng Sở (chủ trì)", "Văn phòng Sở=VP", "");
    }

    #[test]
    fn codes_are_suggested_from_the_name() {
        let taken = vec!["VP".to_string(), "SNV".to_string()];
        for (name, want) in [
            ("Chi cục An toàn vệ sinh thực phẩm", "CCATVSTP"),
            ("Sở Kế hoạch và Đầu tư", "SKHDT"),
            ("Sở Nội vụ", "SNV2"),
            ("VSTP", "VSTP"),
            ("Văn phòng", "VP2"),
        ] {
            assert_eq!(suggest_code(name, &taken), want, "{name}");
        }
    }
}
