//! Deadline phrase text → a `Phrase`: what the words say, before any calendar.
//!
//! - `token`: the text folded (diacritics, case, NFC/NFD do not matter) and cut into
//!   words, numbers and symbols with their spans; `normalize`: what carries no deadline
//!   left out, number words made numbers;
//! - `lexicon`: every word the reader knows;
//! - `forms`: the registry of forms, each with its meaning, examples and parser (`point`,
//!   `english`, `once`, `frequency`, `day`, `duration`, `free`), read with a `cursor`;
//! - `read`: the list cut into parts, each scanned for forms; `share`: what the parts
//!   share; `combine`: each part's pieces made items; `assemble`: the phrase, or the error;
//! - `model`: what comes out; `error`: why a phrase did not read, and where.
//!
//! Reading never panics and never loops: each step consumes a token or fails.

pub mod assemble;
pub mod combine;
pub mod cursor;
pub mod error;
pub mod forms;
pub mod lexicon;
pub mod model;
pub mod normalize;
pub mod read;
pub mod share;
pub mod token;

pub use error::{ErrorKind, Expect, PhraseError};
pub use forms::{FORMS, Form, RULES};
pub use model::*;
pub use read::parse;
