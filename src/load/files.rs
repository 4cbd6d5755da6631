//! Reading the files of a load: which files, their bytes (regular files only, never
//! past the repository through a link, never more than `MAX_FILE_BYTES`), their text
//! (UTF-8, BOM dropped) and, for files other than plans, their raw form. Nothing here
//! fails: what goes wrong is a diagnostic of the file.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Check, Diagnostic, Diagnostics};
use crate::discover::{self, FileKind, Unreadable};
use crate::document::{self, Table};
use crate::i18n::{Lang, checks as msg};
use crate::plan::fields::Ctx;
use crate::plan::raw::{self, RawProgress, RawRegistry};
use crate::settings::{self, Settings};
use crate::source::{FileId, SourceFile, Span};
use crate::tr;

use super::syntax;

thread_local! {
    /// The memory of the last plan text a thread read, for the next one: fresh memory is
    /// costly (the kernel clears each new page), and plan texts are let go right away.
    pub(super) static BUFFER: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Files larger than this are refused rather than parsed: no real plan comes close.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// A file other than a plan, read into its raw form. (Plans are read and validated in
/// one step, while their text is at hand: `RawPlan` borrows from it.)
pub(super) enum Parsed {
    Settings(Box<Settings>),
    Registry(RawRegistry),
    Progress(RawProgress),
    Failed,
}

pub(super) struct FileResult {
    pub(super) source: SourceFile,
    /// The whole text is NFC (nearly always): per-value NFC checks are skipped.
    pub(super) nfc: bool,
    /// The text may hold a control character, raw or escaped (see `Ctx::controls`).
    pub(super) controls: bool,
    /// Every text value is simple (see `Ctx::simple`).
    pub(super) simple: bool,
    pub(super) parsed: Parsed,
    pub(super) diags: Diagnostics,
}

/// What `load` reads: the files found, the root's kpi.toml and the registries above the
/// plans that the walk did not reach (each a position in `files`), and which registry
/// each plan folder uses.
pub(super) struct ToRead {
    pub(super) files: Vec<(PathBuf, FileKind)>,
    pub(super) settings_index: Option<usize>,
    pub(super) registry_of_dir: HashMap<PathBuf, Option<usize>>,
}

pub(super) fn to_read(found: Vec<discover::Found>, root: Option<&Path>) -> ToRead {
    // The files to read: the discovered ones, the root's kpi.toml, and the registries
    // above the plans that the walk did not reach. One walk spells each path one way, so
    // paths are compared as found; only what lies outside the walk is canonicalised.
    let mut files: Vec<(PathBuf, FileKind)> = found.into_iter().map(|f| (f.path, f.kind)).collect();
    let mut index: HashMap<PathBuf, usize> = files
        .iter()
        .enumerate()
        .map(|(i, (p, _))| (p.clone(), i))
        .collect();
    let settings_index = root.map(|r| {
        let path = r.join(settings::SETTINGS_FILE);
        let canon = canonical(&path);
        files
            .iter()
            .position(|(p, k)| *k == FileKind::Settings && canonical(p) == canon)
            .unwrap_or_else(|| {
                files.push((path, FileKind::Settings));
                files.len() - 1
            })
    });
    let root_canon = root.and_then(|r| r.canonicalize().ok());
    let plan_dirs: Vec<PathBuf> = files
        .iter()
        .filter(|(_, k)| *k == FileKind::Plan)
        .filter_map(|(p, _)| p.parent().map(Path::to_path_buf))
        .collect();
    let mut registry_of_dir: HashMap<PathBuf, Option<usize>> = HashMap::new();
    for dir in plan_dirs {
        if registry_of_dir.contains_key(&dir) {
            continue;
        }
        // The nearest registry the walk found, else one on disk above the walk.
        let walked = dir
            .ancestors()
            .find_map(|d| index.get(&d.join("units.toml")).copied());
        let reg = walked.or_else(|| {
            let abs = canonical(&dir);
            let stop = root_canon.as_deref().filter(|r| abs.starts_with(r));
            discover::registry_above(&abs, stop).map(|path| {
                *index.entry(path.clone()).or_insert_with(|| {
                    files.push((path, FileKind::Registry));
                    files.len() - 1
                })
            })
        });
        registry_of_dir.insert(dir, reg);
    }
    ToRead {
        files,
        settings_index,
        registry_of_dir,
    }
}

fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

/// The diagnostic of a file `id` at `path` that could not be read, in `lang`.
pub(super) fn cannot_read(id: FileId, path: &Path, why: &Unreadable, lang: Lang) -> Diagnostic {
    Diagnostic::new(
        Check::UnreadableFile,
        id,
        Span::FILE,
        tr!(
            lang,
            msg::CANNOT_READ,
            path = path.display(),
            why = unreadable(lang, why)
        ),
    )
}

/// Why a path could not be read, in `lang`.
pub(super) fn unreadable(lang: Lang, why: &Unreadable) -> String {
    match why {
        Unreadable::Missing => tr!(lang, msg::WHY_MISSING),
        Unreadable::Outside => tr!(lang, msg::WHY_OUTSIDE),
        Unreadable::BrokenLink => tr!(lang, msg::WHY_BROKEN_LINK),
        Unreadable::NotRegular => tr!(lang, msg::WHY_NOT_REGULAR),
        Unreadable::NotToml => tr!(lang, msg::WHY_NOT_TOML),
        Unreadable::LinkLoop => tr!(lang, msg::WHY_LINK_LOOP),
        Unreadable::Folder => tr!(lang, msg::WHY_FOLDER),
        Unreadable::TooLarge { mib } => tr!(
            lang,
            msg::WHY_TOO_LARGE,
            size = mib,
            max = MAX_FILE_BYTES >> 20
        ),
        Unreadable::Io {
            kind: std::io::ErrorKind::PermissionDenied,
            text,
        } => tr!(lang, msg::WHY_DENIED, os = text),
        Unreadable::Io { text, .. } => tr!(lang, msg::WHY_OS, os = text),
    }
}

/// Read, decode and parse one file other than a plan; never panics, never fails:
/// problems are diagnostics.
pub(super) fn read_file(
    id: FileId,
    path: &Path,
    kind: FileKind,
    boundary: &discover::Boundary,
    lang: Lang,
) -> FileResult {
    let mut r = match read_text(id, path, kind, Vec::new(), boundary, lang) {
        Ok(r) => r,
        Err(failed) => return *failed,
    };
    let parsed = parse(
        id,
        &r.source.text,
        (r.nfc, r.controls),
        lang,
        &mut r.diags,
        |ctx, root, span| match kind {
            FileKind::Settings => {
                Parsed::Settings(Box::new(settings::read_settings(ctx, root, span)))
            }
            FileKind::Registry => Parsed::Registry(raw::registry(ctx, root, span)),
            FileKind::Progress => Parsed::Progress(raw::progress(ctx, root, span)),
            FileKind::Plan => unreachable!("plans are read by `load`"),
        },
    );
    r.parsed = parsed.unwrap_or(Parsed::Failed);
    r
}

/// Parse `text` and read its tables with `read`; a syntax error is reported instead.
pub(super) fn parse<'i, T>(
    id: FileId,
    text: &'i str,
    (nfc, controls): (bool, bool),
    lang: Lang,
    diags: &mut Diagnostics,
    read: impl FnOnce(&mut Ctx, &Table<'i>, Span) -> T,
) -> Option<T> {
    let table = match document::parse(text) {
        Ok(table) => table,
        // Only the first error: after one, the parser's recovery mostly reports
        // consequences of it.
        Err(e) => {
            let span = e.span().map_or(Span::FILE, Span::new);
            diags.push(syntax::diagnostic(id, text, span, e.message(), lang));
            return None;
        }
    };
    let mut ctx = Ctx {
        file: id,
        diags,
        nfc,
        controls,
        simple: false,
        lang,
        helps: Default::default(),
    };
    Some(read(&mut ctx, &table, Span::new(0..0)))
}

/// Read and decode one file into `buffer` (whose memory is reused: see `BUFFER`); what
/// went wrong comes back as a failed `FileResult`.
pub(super) fn read_text(
    id: FileId,
    path: &Path,
    kind: FileKind,
    buffer: Vec<u8>,
    boundary: &discover::Boundary,
    lang: Lang,
) -> Result<FileResult, Box<FileResult>> {
    let mut diags = Vec::new();
    let fail = |text: String, diags| FileResult {
        source: SourceFile::new(path.to_path_buf(), text),
        nfc: true,
        controls: true,
        simple: false,
        parsed: Parsed::Failed,
        diags,
    };
    // A link that leads out of the repository is never opened: its target may be a
    // secret, and what kpi cannot read it cannot print.
    let linked = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let bytes = if linked && !boundary.contains(path) {
        Err(Unreadable::Outside)
    } else {
        read_regular(path, buffer)
    };
    let mut bytes = match bytes {
        Ok(b) => b,
        Err(why) => {
            diags.push(cannot_read(id, path, &why, lang));
            return Err(Box::new(fail(String::new(), diags)));
        }
    };
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    // simdutf8 checks Vietnamese text several times faster than the standard library
    // (which took a tenth of a national load); a file that fails is checked again by
    // the standard library, for the place of the first bad byte.
    let checked = simdutf8::basic::from_utf8(&bytes).is_ok();
    let text = match checked {
        // SAFETY: simdutf8 has just found `bytes` to be UTF-8.
        true => unsafe { String::from_utf8_unchecked(bytes) },
        false => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                diags.push(
                    Diagnostic::new(
                        Check::InvalidUtf8,
                        id,
                        Span::new(at..at + '\u{FFFD}'.len_utf8()),
                        tr!(lang, msg::NOT_UTF8),
                    )
                    .label(tr!(lang, msg::NOT_UTF8_LABEL))
                    .help(tr!(lang, msg::NOT_UTF8_HELP)),
                );
                return Err(Box::new(fail(text, diags)));
            }
        },
    };
    if text.trim().is_empty() && matches!(kind, FileKind::Plan | FileKind::Registry) {
        diags.push(
            Diagnostic::new(
                Check::EmptyFile,
                id,
                Span::FILE,
                tr!(lang, msg::EMPTY_FILE, path = path.display()),
            )
            .help(match kind {
                FileKind::Plan => tr!(lang, msg::EMPTY_PLAN_HELP),
                _ => tr!(lang, msg::EMPTY_REGISTRY_HELP),
            }),
        );
        return Err(Box::new(fail(text, diags)));
    }
    // A simple text (nearly every plan) is NFC and holds no raw control character: one
    // pass instead of the two checks. A control character is either raw in the text or
    // written as an escape (`\u001B`, `\b`...): without either, no value holds one, and
    // without an escape every value is a piece of the text, simple as the text is.
    let b = text.as_bytes();
    let raw_simple = crate::text::simple(b);
    let escapes = memchr::memchr(b'\\', b).is_some();
    let nfc = raw_simple || crate::text::is_nfc(&text);
    let controls = escapes || (!raw_simple && crate::text::may_hold_control(b));
    Ok(FileResult {
        source: SourceFile::new(path.to_path_buf(), text),
        nfc,
        controls,
        simple: raw_simple && !escapes,
        parsed: Parsed::Failed,
        diags,
    })
}

/// Read a regular file whole into `buffer`. Anything else (a FIFO, a device, a socket, a
/// folder) is refused without blocking: the file is opened non-blocking and checked to
/// be regular before a byte is read, so a FIFO named like a plan never hangs kpi.
pub fn read_regular(path: &Path, mut buffer: Vec<u8>) -> Result<Vec<u8>, Unreadable> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let mut file = options.open(path).map_err(|e| Unreadable::io(&e))?;
    let meta = file.metadata().map_err(|e| Unreadable::io(&e))?;
    if meta.is_dir() {
        return Err(Unreadable::Folder);
    }
    if !meta.is_file() {
        return Err(Unreadable::NotRegular);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(Unreadable::TooLarge {
            mib: meta.len() >> 20,
        });
    }
    buffer.clear();
    buffer.reserve(meta.len() as usize);
    // Read at most one byte past the limit: a file that grows while it is read stops there.
    (&mut file)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buffer)
        .map_err(|e| Unreadable::io(&e))?;
    Ok(buffer)
}
