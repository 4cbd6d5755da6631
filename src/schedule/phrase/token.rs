//! A phrase as tokens: folded words, numbers and symbols, each with its byte span in the
//! text as written (for the caret of an error). `normalize` then clears them of what
//! carries no deadline.
//!
//! Folding is done character by character, so that spans stay exact: NFD combining marks
//! are dropped, precomposed letters lose their diacritics (deunicode), đ becomes d, and
//! letters are lower-cased. "Hằng quý", "hang quy", "HÀNG QUÝ" and the NFD spelling give
//! the same words. Dashes (– — −) read as `-`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A folded word: `Tokens::word` gives its text.
    Word,
    /// A number: `value` (u32::MAX when longer than 9 digits) and `len` digits.
    Num,
    Sym(char),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub kind: Kind,
    /// A number's value, or a word's start in `Tokens::text`.
    pub value: u32,
    /// A number's count of digits, or a word's length in bytes.
    pub len: u32,
    /// Byte range in the phrase as written.
    pub start: u32,
    pub end: u32,
    /// Inside brackets: an aside, unless nothing outside them reads.
    pub aside: bool,
}

impl Tok {
    pub fn num(&self) -> Option<(u32, u32)> {
        (self.kind == Kind::Num).then_some((self.value, self.len))
    }

    pub fn sym(&self) -> Option<char> {
        match self.kind {
            Kind::Sym(c) => Some(c),
            _ => None,
        }
    }
}

/// The tokens of a phrase and the folded text their words point into.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub text: String,
    pub toks: Vec<Tok>,
}

impl Tokens {
    pub fn word(&self, t: &Tok) -> Option<&str> {
        match t.kind {
            Kind::Word => self.text.get(t.value as usize..(t.value + t.len) as usize),
            _ => None,
        }
    }

    /// A word made up for the reader (the unit word of "Quý I, II"), spanning nothing.
    pub fn synthetic(&mut self, w: &str, at: u32) -> Tok {
        let start = self.text.len() as u32;
        self.text.push_str(w);
        Tok {
            kind: Kind::Word,
            value: start,
            len: w.len() as u32,
            start: at,
            end: at,
            aside: false,
        }
    }
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Push the folded letters of `c` (nothing for a combining mark).
fn fold_letter(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == 'đ' || c == 'Đ' {
        out.push('d');
    } else if is_mark(c) {
    } else if let Some(s) = deunicode::deunicode_char(c) {
        out.extend(
            s.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase()),
        );
    }
}

fn symbol(c: char) -> char {
    match c {
        '–' | '—' | '−' | '‐' | '‑' | '―' => '-',
        '“' | '”' | '„' | '«' | '»' => '"',
        '‘' | '’' => '\'',
        '／' => '/',
        '［' | '[' => '(',
        '］' | ']' => ')',
        c => c,
    }
}

/// Cut `text` into tokens.
pub fn tokenize(text: &str) -> Tokens {
    let mut out = Tokens {
        text: String::with_capacity(text.len() + 16),
        toks: Vec::with_capacity(text.len() / 3 + 1),
    };
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut value: u64 = u64::from(c as u8 - b'0');
            let mut len = 1u32;
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek().filter(|(_, d)| d.is_ascii_digit()) {
                value = (value * 10 + u64::from(d as u8 - b'0')).min(u64::from(u32::MAX));
                len = len.saturating_add(1);
                end = j + 1;
                chars.next();
            }
            let value = if len > 9 { u32::MAX } else { value as u32 };
            out.toks.push(Tok {
                kind: Kind::Num,
                value,
                len,
                start: i as u32,
                end: end as u32,
                aside: false,
            });
        } else if c.is_alphabetic() {
            let start = out.text.len();
            fold_letter(c, &mut out.text);
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars
                .peek()
                .filter(|(_, d)| d.is_alphabetic() || is_mark(*d))
            {
                fold_letter(d, &mut out.text);
                end = j + d.len_utf8();
                chars.next();
            }
            let len = out.text.len() - start;
            if len > 0 {
                out.toks.push(Tok {
                    kind: Kind::Word,
                    value: start as u32,
                    len: len as u32,
                    start: i as u32,
                    end: end as u32,
                    aside: false,
                });
            }
        } else if !c.is_whitespace() && !is_mark(c) {
            out.toks.push(Tok {
                kind: Kind::Sym(symbol(c)),
                value: 0,
                len: 0,
                start: i as u32,
                end: (i + c.len_utf8()) as u32,
                aside: false,
            });
        }
    }
    out
}
