//! The resolved options of one run: the repository root, today's date in Vietnam, the
//! language, the format (kpi.toml itself is read by `settings`).
//!
//! The clock and the environment are read here and nowhere else in the library: later
//! stages take `today` and the settings as arguments.

use std::path::{Path, PathBuf};

use chrono::{FixedOffset, NaiveDate, Utc};

use crate::settings::{SETTINGS_FILE, Settings};

/// Vietnam has kept UTC+7 without daylight saving since 1975.
pub fn today_in_vietnam() -> NaiveDate {
    let tz = FixedOffset::east_opt(7 * 3600).expect("UTC+7 is a valid offset");
    Utc::now().with_timezone(&tz).date_naive()
}

/// The nearest folder at or above `start` that holds a `kpi.toml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|d| d.join(SETTINGS_FILE).is_file())
        .map(Path::to_path_buf)
}

pub use crate::cli::Lang;

/// The resolved global options of one run.
#[derive(Debug)]
pub struct Context {
    /// The folder of `kpi.toml`, if the working folder is inside a repository.
    pub root: Option<PathBuf>,
    pub today: NaiveDate,
    pub format: crate::cli::Format,
    /// `--lang`, else `lang` in kpi.toml, else LANG / LC_ALL, else English.
    pub lang: Lang,
    pub color: crate::style::ColorChoice,
}

/// The language asked for on the command line or in the environment, before kpi.toml
/// is read (for errors that come before it).
pub fn lang_from_env(flag: Option<Lang>) -> Option<Lang> {
    flag.or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::parse(&v))
    })
}

/// `--lang`, else `lang` in the repository's kpi.toml, else LANG / LC_ALL, else English.
pub fn resolve_lang(flag: Option<Lang>, root: Option<&Path>) -> Lang {
    // kpi.toml's diagnostics are dropped here (the command reads it again and reports
    // them), so their language does not matter.
    flag.or_else(|| crate::load::settings(root, Lang::En).0.lang)
        .or_else(|| lang_from_env(None))
        .unwrap_or(Lang::En)
}

impl Context {
    pub fn resolve(g: &crate::cli::Global) -> Result<Context, crate::UsageError> {
        let cwd = std::env::current_dir().map_err(|e| {
            crate::UsageError::cannot_read(crate::i18n::Lang::En, Path::new("."), e)
        })?;
        let root = find_root(&cwd);
        let lang = resolve_lang(g.lang, root.as_deref());
        let today = match &g.as_of {
            Some(text) => crate::i18n::parse_date(text, lang)
                .map_err(|e| crate::UsageError::Argument(format!("--as-of: {e}")))?,
            None => today_in_vietnam(),
        };
        Ok(Context {
            root,
            today,
            format: g.format,
            lang,
            color: g.color,
        })
    }

    /// The language of the run (kept for the commands that still pass settings).
    pub fn lang(&self, _settings: &Settings) -> Lang {
        self.lang
    }

    /// A date option as the user typed it (`--date`, `--from` ...), named `option` in the
    /// error.
    pub fn date(&self, option: &str, text: &str) -> Result<NaiveDate, crate::UsageError> {
        crate::i18n::parse_date(text, self.lang)
            .map_err(|e| crate::UsageError::Argument(format!("{option}: {e}")))
    }

    /// An optional date option: its day, or today (the as-of day) without it.
    pub fn date_or_today(
        &self,
        option: &str,
        text: Option<&String>,
    ) -> Result<NaiveDate, crate::UsageError> {
        text.map_or(Ok(self.today), |t| self.date(option, t))
    }

    /// Load the plans under `paths`, or under the repository's default folder.
    pub fn load(&self, paths: &[PathBuf]) -> Result<crate::load::Loaded, crate::UsageError> {
        self.load_keeping(paths, crate::load::Keep::All)
    }

    /// `load`, keeping the diagnostics `keep` names (a list shows none but errors).
    pub fn load_keeping(
        &self,
        paths: &[PathBuf],
        keep: crate::load::Keep,
    ) -> Result<crate::load::Loaded, crate::UsageError> {
        let paths = if paths.is_empty() {
            crate::default_paths(self.root.as_deref())
        } else {
            paths.to_vec()
        };
        crate::load::load_keeping(&paths, self.root.as_deref(), self.today, self.lang, keep)
            .map_err(crate::UsageError::Read)
    }
}
