//! The walk: which files under the given paths are plans, registries, progress files.
//!
//! Hidden folders and `target/` are skipped. A path that cannot be read (permissions, a
//! symlink loop) becomes an entry of `problems` and the walk goes on. kpi reads only
//! what lies inside the repository (DESIGN.md 9): a symbolic link that leads out of it is
//! reported and never followed, so `plans/x -> /` costs nothing and a link to a secret
//! is never opened. Temporary files left by a `kpi done` that was killed are noted.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileKind {
    Settings,
    Registry,
    Plan,
    Progress,
}

pub const PROGRESS_SUFFIX: &str = ".progress.toml";

impl FileKind {
    pub fn of(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_str()?;
        if !name.ends_with(".toml") {
            return None;
        }
        Some(match name {
            "kpi.toml" => FileKind::Settings,
            "units.toml" => FileKind::Registry,
            _ if name.ends_with(PROGRESS_SUFFIX) => FileKind::Progress,
            _ => FileKind::Plan,
        })
    }
}

/// Whether `name` is a temporary file of `kpi done` (`.PLAN.progress.toml.kpi-XXXXXX.tmp`,
/// or `.kpi-progress-XXXXXX.tmp` as earlier versions named them).
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with('.')
        && name.ends_with(".tmp")
        && (name.contains(".kpi-") || name.starts_with(".kpi-progress-"))
}

#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    pub kind: FileKind,
}

#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<Found>,
    /// Paths that could not be read, with the reason.
    pub problems: Vec<(PathBuf, Unreadable)>,
    /// Temporary files of `kpi done` runs that never finished.
    pub stale: Vec<PathBuf>,
}

/// The folders kpi may read: the repository (or the working folder outside one) and
/// the paths named on the command line, all canonical.
#[derive(Clone, Debug, Default)]
pub struct Boundary {
    roots: Vec<PathBuf>,
}

impl Boundary {
    pub fn new(root: Option<&Path>, paths: &[PathBuf]) -> Boundary {
        let base = root
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok());
        // A path named on the command line widens the boundary to itself, unless it is
        // a link: `kpi check plans/s.toml` with s.toml → /etc/shadow stays refused.
        let named = paths
            .iter()
            .filter(|p| std::fs::symlink_metadata(p).is_ok_and(|m| !m.file_type().is_symlink()));
        let roots = base
            .into_iter()
            .chain(named.cloned())
            .filter_map(|p| p.canonicalize().ok())
            .collect();
        Boundary { roots }
    }

    /// Whether `path` (followed through its links) lies inside.
    pub fn contains(&self, path: &Path) -> bool {
        match path.canonicalize() {
            Ok(real) => self.roots.iter().any(|r| real.starts_with(r)),
            // A path that does not resolve (a broken link) leads nowhere to read.
            Err(_) => false,
        }
    }
}

/// Why a path could not be read: the facts, worded by `load` in the run's language.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unreadable {
    /// No such file or folder.
    Missing,
    /// A symbolic link that leads outside the repository: never followed.
    Outside,
    /// A symbolic link whose target does not exist.
    BrokenLink,
    /// A FIFO, device or socket: never opened for reading.
    NotRegular,
    /// A file named on the command line that is not `.toml`.
    NotToml,
    /// A symbolic link loop.
    LinkLoop,
    /// A folder where a file was expected.
    Folder,
    /// Larger than `load::MAX_FILE_BYTES`.
    TooLarge { mib: u64 },
    /// What the system said, in its own words.
    Io {
        kind: std::io::ErrorKind,
        text: String,
    },
}

impl Unreadable {
    pub fn io(e: &std::io::Error) -> Unreadable {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return Unreadable::LinkLoop;
        }
        match e.kind() {
            std::io::ErrorKind::NotFound => Unreadable::Missing,
            kind => Unreadable::Io {
                kind,
                text: e.to_string(),
            },
        }
    }
}

/// Walk `paths` (files or folders). A path that does not exist is a usage error.
pub fn discover(
    paths: &[PathBuf],
    boundary: &Boundary,
) -> Result<Discovery, (PathBuf, Unreadable)> {
    let mut out = Discovery::default();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| (p.clone(), Unreadable::io(&e)))?;
        if meta.is_file() {
            match FileKind::of(p) {
                Some(_) if !boundary.contains(p) => {
                    out.problems.push((p.clone(), Unreadable::Outside))
                }
                Some(kind) => out.files.push(Found {
                    path: p.clone(),
                    kind,
                }),
                None => out.problems.push((p.clone(), Unreadable::NotToml)),
            }
            continue;
        }
        let outside = RefCell::new(Vec::new());
        let walk = WalkDir::new(p)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                if e.depth() == 0 {
                    return true;
                }
                let name = e.file_name().to_string_lossy();
                if skipped(&name) && !is_temp_name(&name) {
                    return false;
                }
                // Checked before walkdir descends into it or yields it.
                if e.path_is_symlink() && !boundary.contains(e.path()) {
                    outside.borrow_mut().push(e.path().to_path_buf());
                    return false;
                }
                true
            });
        for entry in walk {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let name = e.file_name().to_string_lossy();
                    if is_temp_name(&name) {
                        out.stale.push(e.into_path());
                    } else if let Some(kind) = FileKind::of(e.path()) {
                        out.files.push(Found {
                            path: e.into_path(),
                            kind,
                        });
                    }
                }
                Ok(e) if !e.file_type().is_dir() => {
                    // A FIFO, socket or device named like a plan: reported, never opened.
                    if FileKind::of(e.path()).is_some() {
                        out.problems.push((e.into_path(), Unreadable::NotRegular));
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e.path().map_or_else(|| p.clone(), Path::to_path_buf);
                    let why = match e.io_error() {
                        _ if e.loop_ancestor().is_some() => Unreadable::LinkLoop,
                        Some(io) => Unreadable::io(io),
                        None => Unreadable::Io {
                            kind: std::io::ErrorKind::Other,
                            text: e.to_string(),
                        },
                    };
                    out.problems.push((path, why));
                }
            }
        }
        for path in outside.into_inner() {
            if !path.exists() {
                if FileKind::of(&path).is_some() {
                    out.problems.push((path, Unreadable::BrokenLink));
                }
            } else if FileKind::of(&path).is_some() || path.is_dir() {
                out.problems.push((path, Unreadable::Outside));
            }
        }
    }
    out.files.sort_by(|a, b| a.path.cmp(&b.path));
    out.files.dedup_by(|a, b| a.path == b.path);
    out.problems.sort();
    out.problems.dedup();
    out.stale.sort();
    out.stale.dedup();
    Ok(out)
}

fn skipped(name: &str) -> bool {
    name.starts_with('.') || name == "target"
}

/// The nearest `units.toml` in `dir` or above it, not going above `stop` (when given).
pub fn registry_above(dir: &Path, stop: Option<&Path>) -> Option<PathBuf> {
    let mut at = Some(dir);
    while let Some(d) = at {
        let candidate = d.join("units.toml");
        if candidate.is_file() {
            return Some(candidate);
        }
        if stop.is_some_and(|s| s == d) {
            return None;
        }
        at = d.parent();
    }
    None
}
