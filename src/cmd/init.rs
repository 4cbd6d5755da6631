//! `kpi init [DIR]`: a new plan repository that passes `kpi check` at once, and what to
//! do next.
//!
//! The files come from templates (src/init/vi, src/init/en: their comments are in the
//! language of the run; the units and the example plan are Vietnamese, as real ones
//! are). The example plan's dates are in the year of the run's day (`--as-of`, else
//! today), so that `kpi due` right after lists something. Nothing is ever overwritten:
//! when any file exists, kpi names them all and writes nothing; each file is created
//! with `create_new`, so a file that appears meanwhile is not overwritten either.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::Datelike;

use crate::cli::{InitArgs, Lang};
use crate::config::Context;
use crate::i18n::{self, init as msg};
use crate::schema::FileSchema;
use crate::tr;
use crate::{Exit, UsageError};

/// One template in both languages.
struct Template {
    vi: &'static str,
    en: &'static str,
}

macro_rules! template {
    ($name:literal) => {
        Template {
            vi: include_str!(concat!("../init/vi/", $name)),
            en: include_str!(concat!("../init/en/", $name)),
        }
    };
}

const SETTINGS: Template = template!("kpi.toml");
const UNITS: Template = template!("units.toml");
const PLAN: Template = template!("plan.toml");
const PROGRESS: Template = template!("progress.toml");
const GITIGNORE: Template = template!("gitignore");
const GITATTRIBUTES: Template = template!("gitattributes");
const TAPLO: Template = template!("taplo.toml");

/// The organisation's name when `--name` is not given: plainly a name to change.
const DEFAULT_NAME: &str = "Sở ... tỉnh ...";

/// What `kpi init` writes: each file's path in the repository and its text.
pub struct Files {
    pub files: Vec<(PathBuf, String)>,
    pub units: PathBuf,
    pub plan: PathBuf,
    pub progress: PathBuf,
}

/// What the templates are filled with.
pub struct Values<'a> {
    pub org: &'a str,
    pub name: &'a str,
    pub year: i32,
    /// `lang` of the new kpi.toml.
    pub repo_lang: Lang,
    /// The language of the comments.
    pub lang: Lang,
}

/// The files of a new repository.
pub fn files(v: &Values) -> Files {
    let plan_id = format!("{}-{}-cchc", v.org, v.year);
    let fill = |t: &Template| {
        let text = match v.lang {
            Lang::Vi => t.vi,
            Lang::En => t.en,
        };
        text.replace("{{ORG}}", v.org)
            .replace("{{NAME}}", &toml_text(v.name))
            .replace("{{YEAR}}", &v.year.to_string())
            .replace("{{END_YEAR}}", &(v.year + 4).to_string())
            .replace("{{PLAN_ID}}", &plan_id)
            .replace(
                "{{LANG}}",
                match v.repo_lang {
                    Lang::Vi => "vi",
                    Lang::En => "en",
                },
            )
    };
    let folder = Path::new("plans").join(v.org);
    let units = folder.join("units.toml");
    let plan = folder.join(format!("{}-cai-cach-hanh-chinh.toml", v.year));
    let progress = folder.join(format!("{}-cai-cach-hanh-chinh.progress.toml", v.year));
    let mut files = vec![
        (PathBuf::from("kpi.toml"), fill(&SETTINGS)),
        (units.clone(), fill(&UNITS)),
        (plan.clone(), fill(&PLAN)),
        (progress.clone(), fill(&PROGRESS)),
        (PathBuf::from(".gitignore"), fill(&GITIGNORE)),
        (PathBuf::from(".gitattributes"), fill(&GITATTRIBUTES)),
        (PathBuf::from(".taplo.toml"), fill(&TAPLO)),
    ];
    for s in FileSchema::ALL {
        files.push((Path::new("schemas").join(s.file_name()), s.text()));
    }
    Files {
        files,
        units,
        plan,
        progress,
    }
}

/// `name` as the inside of a TOML basic string.
fn toml_text(name: &str) -> String {
    let quoted = toml::Value::String(name.to_string()).to_string();
    // `toml` may choose a literal string ('...') for text with quotes: make it basic.
    match quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"')) {
        Some(inner) => inner.to_string(),
        None => name.replace('\\', "\\\\").replace('"', "\\\""),
    }
}

/// An organisation id becomes a folder name and is typed after `--org`.
fn valid_org(org: &str) -> bool {
    !org.is_empty()
        && !org.starts_with('.')
        && !org
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, ':' | '/' | '\\'))
}

pub fn run(
    ctx: &Context,
    args: &InitArgs,
    repo_lang: Option<Lang>,
    out: &mut dyn Write,
    _err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let lang = ctx.lang;
    if !valid_org(&args.org) {
        return Err(UsageError::Argument(tr!(
            lang,
            msg::BAD_ORG,
            org = args.org
        )));
    }
    let name = args.name.as_deref().unwrap_or(DEFAULT_NAME);
    let dir = args.folder.clone().unwrap_or_else(|| PathBuf::from("."));
    let plan = files(&Values {
        org: &args.org,
        name,
        year: ctx.today.year(),
        repo_lang: repo_lang.unwrap_or(Lang::Vi),
        lang,
    });
    let existing: Vec<String> = plan
        .files
        .iter()
        .filter(|(p, _)| dir.join(p).symlink_metadata().is_ok())
        .map(|(p, _)| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(UsageError::Refused(format!(
            "{}\n  = {}: {}",
            tr!(
                lang,
                msg::EXISTS,
                dir = dir.display(),
                files = existing.join(", ")
            ),
            i18n::HELP_PREFIX.text(lang),
            tr!(lang, msg::EXISTS_HELP)
        )));
    }
    for (path, text) in &plan.files {
        write_new(&dir.join(path), text)
            .map_err(|e| UsageError::cannot_write(lang, &dir.join(path), e))?;
    }
    next_steps(out, lang, &dir, &args.org, ctx.today.year(), &plan)?;
    Ok(Exit::Success)
}

/// Create `path` (and its folders) with `text`; an existing file is an error.
fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

fn next_steps(
    out: &mut dyn Write,
    lang: Lang,
    dir: &Path,
    org: &str,
    year: i32,
    f: &Files,
) -> std::io::Result<()> {
    let shown = |p: &Path| p.display().to_string();
    writeln!(out, "{}", tr!(lang, msg::CREATED, dir = dir.display()))?;
    let rows = [
        ("kpi.toml".to_string(), tr!(lang, msg::FILE_SETTINGS)),
        (shown(&f.units), tr!(lang, msg::FILE_UNITS, org = org)),
        (shown(&f.plan), tr!(lang, msg::FILE_PLAN, year = year)),
        (shown(&f.progress), tr!(lang, msg::FILE_PROGRESS)),
        (
            ".gitignore, .gitattributes".into(),
            tr!(lang, msg::FILE_GIT),
        ),
        (".taplo.toml, schemas/".into(), tr!(lang, msg::FILE_EDITORS)),
    ];
    let width = rows
        .iter()
        .map(|(p, _)| p.chars().count())
        .max()
        .unwrap_or(0);
    for (path, what) in &rows {
        writeln!(out, "  {path:<width$}  {what}")?;
    }
    let abs = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let cd = if dir == Path::new(".") {
        String::new()
    } else {
        format!("cd {} && ", shell_word(&dir.display().to_string()))
    };
    let steps = [
        (
            tr!(lang, msg::STEP_GIT),
            vec![
                format!("{cd}git init && git add . && git commit -m \"kpi init\""),
                "git config --global merge.kpi-progress.driver \"kpi merge-progress %O %A %B %P\""
                    .into(),
            ],
        ),
        (tr!(lang, msg::STEP_UNITS, units = shown(&f.units)), vec![]),
        (
            tr!(lang, msg::STEP_IMPORT),
            vec![
                format!("kpi import ke-hoach.docx -o plans/{org}/{year}-ten-ke-hoach.toml"),
                format!("git rm {} {}", shown(&f.plan), shown(&f.progress)),
            ],
        ),
        (
            tr!(lang, msg::STEP_CHECK),
            vec!["kpi check".into(), "kpi due".into()],
        ),
        (
            tr!(lang, msg::STEP_CRON),
            vec![format!(
                "30 7 * * 1-5  cd {} && git pull -q && kpi notify",
                shell_word(&abs.display().to_string())
            )],
        ),
    ];
    writeln!(out)?;
    writeln!(out, "{}", tr!(lang, msg::NEXT))?;
    for (i, (say, commands)) in steps.iter().enumerate() {
        writeln!(out, "  {}. {say}", i + 1)?;
        for c in commands {
            writeln!(out, "       {c}")?;
        }
    }
    Ok(())
}

/// A path as one shell word: quoted when it holds anything but plain characters.
fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '_' | '~'))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_ids_that_make_folders_and_options() {
        for (org, ok) in [
            ("qn-syt", true),
            ("so_mau.2", true),
            ("sở-y-tế", true),
            ("", false),
            ("qn syt", false),
            ("qn:syt", false),
            ("qn/syt", false),
            ("..", false),
            (".git", false),
            ("a\\b", false),
            ("a\tb", false),
        ] {
            assert_eq!(valid_org(org), ok, "{org:?}");
        }
    }

    #[test]
    fn names_are_written_as_toml_text() {
        for (name, want) in [
            ("Sở Y tế tỉnh Quảng Ngãi", "Sở Y tế tỉnh Quảng Ngãi"),
            ("Sở \"A\"", "Sở \\\"A\\\""),
            ("a\\b", "a\\\\b"),
        ] {
            let text = format!("name = \"{}\"", toml_text(name));
            let t: toml::Table = toml::from_str(&text).unwrap();
            assert_eq!(t["name"].as_str(), Some(name), "{text}");
            assert_eq!(toml_text(name), want);
        }
    }

    #[test]
    fn paths_become_one_shell_word() {
        for (path, want) in [
            ("/srv/ke-hoach", "/srv/ke-hoach"),
            ("/srv/kế hoạch", "'/srv/kế hoạch'"),
            ("it's", "'it'\\''s'"),
        ] {
            assert_eq!(shell_word(path), want);
        }
    }
}
