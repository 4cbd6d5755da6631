//! Deadline phrase text → a `Phrase`: what the words say, before any calendar.
//!
//! - `token`: the text folded (diacritics, case, NFC/NFD do not matter) and cut into
//!   words, numbers and symbols with their spans; what carries no deadline left out;
//! - `lexicon`: every word the reader knows;
//! - `forms`: the registry of forms, each with its examples and its parser (`point`,
//!   `once`, `recurring`, `free`);
//! - `read`: the list cut into parts, each scanned for forms; `combine`: the parts put
//!   together;
//! - `model`: what comes out; `error`: why a phrase did not read, and where.
//!
//! Reading never panics and never loops: each step consumes a token or fails.

pub mod combine;
pub mod cursor;
pub mod error;
pub mod forms;
pub mod lexicon;
pub mod model;
pub mod read;
pub mod token;

pub use error::{ErrorKind, Expect, PhraseError};
pub use forms::{FORMS, Form, RULES};
pub use model::*;
pub use read::parse;
