//! The walk: which files under the given paths are plans, registries, progress files.
//!
//! Hidden folders and `target/` are skipped. A path that cannot be read (permissions, a
//! symlink loop) becomes an entry of `problems` and the walk goes on.

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

#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    pub kind: FileKind,
}

#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<Found>,
    /// Paths that could not be read, with the reason.
    pub problems: Vec<(PathBuf, String)>,
}

/// Walk `paths` (files or folders). A path that does not exist is a usage error.
pub fn discover(paths: &[PathBuf]) -> Result<Discovery, String> {
    let mut out = Discovery::default();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("{}: no such file or folder", p.display()),
            _ => format!("{}: {e}", p.display()),
        })?;
        if meta.is_file() {
            match FileKind::of(p) {
                Some(kind) => out.files.push(Found {
                    path: p.clone(),
                    kind,
                }),
                None => out.problems.push((
                    p.clone(),
                    "not a .toml file; kpi reads plans written in TOML".into(),
                )),
            }
            continue;
        }
        let walk = WalkDir::new(p)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !skipped(e.file_name()));
        for entry in walk {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    if let Some(kind) = FileKind::of(e.path()) {
                        out.files.push(Found {
                            path: e.into_path(),
                            kind,
                        });
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e.path().map_or_else(|| p.clone(), Path::to_path_buf);
                    let why = if e.loop_ancestor().is_some() {
                        "symbolic link loop; kpi skipped it".to_string()
                    } else {
                        e.io_error()
                            .map_or_else(|| e.to_string(), |io| io.to_string())
                    };
                    out.problems.push((path, why));
                }
            }
        }
    }
    out.files.sort_by(|a, b| a.path.cmp(&b.path));
    out.files.dedup_by(|a, b| a.path == b.path);
    Ok(out)
}

fn skipped(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
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
