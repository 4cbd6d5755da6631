//! The cursor the forms read with, over the tokens of one part of a phrase.
//!
//! Conventions, as in casey/just's parser: `accept*` consumes what it is given when it
//! is next and says whether it did; `peek*` looks without consuming; `miss(expect)`
//! records that a form, having started, stopped where `expect` was needed, and returns
//! `Ok(None)`: the form does not apply, and the furthest such place is what an error
//! reports if nothing in the phrase reads; `hard(expect)` is a form that has seen
//! enough to be sure ("quý" followed by "V") and fails the whole phrase.
//!
//! A form returns a `Step`: `Ok(Some(..))` it read (the cursor is past what it read),
//! `Ok(None)` it does not apply (the reader rewinds), `Err(..)` the phrase is wrong.

use super::error::{ErrorKind, Expect, PhraseError};
use super::lexicon::Words;
use super::model::{Mode, Point};
use super::token::{Kind, Tok, Tokens};

pub type Step<T> = Result<Option<T>, PhraseError>;

/// Where a form stopped short, for the error of a phrase that does not read.
#[derive(Clone, Copy, Debug)]
pub struct Miss {
    /// The token where something else was needed (past the end: the end).
    pub at: usize,
    /// Where the form began.
    pub from: usize,
    pub expected: Expect,
}

/// A marker and a point read at one place, kept for the other forms that start there.
pub type PointMemo = (
    usize,
    Result<Option<(Option<Mode>, Point, usize)>, PhraseError>,
);

pub struct Cursor<'a> {
    pub tokens: &'a Tokens,
    pub toks: &'a [Tok],
    /// The phrase as written, for the words an error quotes.
    pub original: &'a str,
    pub at: usize,
    /// Where the form being tried began.
    pub from: usize,
    pub miss: Option<Miss>,
    /// The one-off forms all read a marker and a point where they start: read once.
    pub point_memo: Option<PointMemo>,
}

impl<'a> Cursor<'a> {
    pub fn new(tokens: &'a Tokens, toks: &'a [Tok], original: &'a str) -> Cursor<'a> {
        Cursor {
            tokens,
            toks,
            original,
            at: 0,
            from: 0,
            miss: None,
            point_memo: None,
        }
    }

    pub fn done(&self) -> bool {
        self.at >= self.toks.len()
    }

    pub fn peek(&self) -> Option<&'a Tok> {
        self.toks.get(self.at)
    }

    pub fn peek_at(&self, k: usize) -> Option<&'a Tok> {
        self.toks.get(self.at + k)
    }

    pub fn peek_word(&self) -> Option<&'a str> {
        self.word_at(0)
    }

    pub fn word_at(&self, k: usize) -> Option<&'a str> {
        self.peek_at(k).and_then(|t| self.tokens.word(t))
    }

    pub fn peek_num(&self) -> Option<(u32, u32)> {
        self.peek().and_then(Tok::num)
    }

    pub fn peek_sym(&self) -> Option<char> {
        self.peek().and_then(Tok::sym)
    }

    pub fn accept(&mut self, w: &str) -> bool {
        if self.peek_word() == Some(w) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    /// Whether the words `ws` come next (without consuming them).
    pub fn looking_at(&self, ws: Words) -> bool {
        ws.iter()
            .enumerate()
            .all(|(k, w)| self.word_at(k) == Some(*w))
    }

    pub fn accept_seq(&mut self, ws: Words) -> bool {
        if self.looking_at(ws) {
            self.at += ws.len();
            true
        } else {
            false
        }
    }

    /// The first phrase of `list` that comes next, consumed; its index.
    pub fn accept_any(&mut self, list: &[Words]) -> Option<usize> {
        let i = list.iter().position(|ws| self.looking_at(ws))?;
        self.at += list[i].len();
        Some(i)
    }

    /// Consume every phrase of `list` that comes next, in any order.
    pub fn skip_all(&mut self, list: &[Words]) {
        while self.accept_any(list).is_some() {}
    }

    pub fn accept_sym(&mut self, c: char) -> bool {
        if self.peek_sym() == Some(c) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    /// One of the symbols that separate the parts of a date: `/`, `-`, `.`.
    pub fn accept_date_sep(&mut self) -> Option<char> {
        let c = self.peek_sym().filter(|c| matches!(c, '/' | '-' | '.'))?;
        self.at += 1;
        Some(c)
    }

    pub fn num(&mut self) -> Option<(u32, u32)> {
        let n = self.peek_num()?;
        self.at += 1;
        Some(n)
    }

    /// A word from `f`'s list, consumed, with what `f` makes of it.
    pub fn accept_with<T>(&mut self, f: impl Fn(&str) -> Option<T>) -> Option<T> {
        let v = self.peek_word().and_then(f)?;
        self.at += 1;
        Some(v)
    }

    /// Try `f`; when it does not apply, rewind.
    pub fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> Step<T>) -> Step<T> {
        let (save, from) = (self.at, self.from);
        let r = f(self);
        if !matches!(r, Ok(Some(_))) {
            self.at = save;
        }
        self.from = from;
        r
    }

    /// Like `attempt`, for helpers that cannot fail the phrase.
    pub fn maybe<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let save = self.at;
        let r = f(self);
        if r.is_none() {
            self.at = save;
        }
        r
    }

    /// The form stopped here, where `expected` was needed.
    pub fn miss<T>(&mut self, expected: Expect) -> Step<T> {
        let further = self.miss.is_none_or(|m| self.at > m.at);
        if further {
            self.miss = Some(Miss {
                at: self.at,
                from: self.from,
                expected,
            });
        }
        Ok(None)
    }

    /// The words read so far by the current form, as written.
    fn after(&self, from: usize, at: usize) -> String {
        if at <= from {
            return String::new();
        }
        let (a, b) = (self.toks[from].start, self.toks[at - 1].end);
        self.original
            .get(a as usize..b as usize)
            .unwrap_or_default()
            .to_string()
    }

    /// The span of the token at `at`, or of the words before it at the end.
    fn span_at(&self, from: usize, at: usize) -> (u32, u32) {
        match self.toks.get(at) {
            Some(t) => (t.start, t.end),
            None if at > from => (self.toks[from].start, self.toks[at - 1].end),
            None => self
                .toks
                .last()
                .map_or((0, self.original.len() as u32), |t| (t.start, t.end)),
        }
    }

    /// The phrase is wrong here: `expected` was needed at the next token.
    pub fn hard<T>(&self, expected: Expect) -> Step<T> {
        Err(self.error_at(self.from, self.at, expected))
    }

    pub fn error_at(&self, from: usize, at: usize, expected: Expect) -> PhraseError {
        PhraseError::new(
            ErrorKind::Expected {
                after: self.after(from, at),
                expected,
            },
            self.span_at(from, at),
        )
    }

    /// The error of a recorded miss.
    pub fn miss_error(&self, m: Miss) -> PhraseError {
        self.error_at(m.from, m.at, m.expected)
    }

    /// The span of tokens `from..to` (exclusive), as written.
    pub fn span(&self, from: usize, to: usize) -> (u32, u32) {
        match (
            self.toks.get(from),
            to.checked_sub(1).and_then(|t| self.toks.get(t)),
        ) {
            (Some(a), Some(b)) if to > from => (a.start, b.end),
            (Some(a), _) => (a.start, a.end),
            _ => (0, 0),
        }
    }

    /// The text of tokens `from..to`, as written.
    pub fn text(&self, from: usize, to: usize) -> &'a str {
        let (a, b) = self.span(from, to);
        self.original
            .get(a as usize..b as usize)
            .unwrap_or_default()
    }

    pub fn is_word(&self) -> bool {
        self.peek().is_some_and(|t| t.kind == Kind::Word)
    }
}
