//! The command line in the run's language: clap writes help from cli.rs in English; for a
//! Vietnamese run, the texts of `i18n::help` take their places, headings included.
//!
//! The language is found before the command line is parsed, the way the run will find
//! it: `--lang`, else `lang` in the repository's kpi.toml (under `-C DIR` if given), else
//! LANG, else English.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::cli::{Cli, Lang};
use crate::i18n::help::{ARGUMENTS, COMMANDS, OPTIONS, USAGE, VI};

/// The language a run with `args` (the program's name first) speaks.
pub fn lang_of(args: &[OsString]) -> Lang {
    let mut flag = None;
    let mut dir: Option<PathBuf> = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            flag = Lang::parse(v);
        } else if a == "--lang" {
            flag = it.next().and_then(|v| Lang::parse(&v));
        } else if a == "-C" {
            dir = it.next().map(|v| PathBuf::from(v.as_ref()));
        } else if let Some(v) = a.strip_prefix("-C").filter(|v| !v.is_empty()) {
            dir = Some(PathBuf::from(v));
        }
    }
    let start = match dir {
        Some(d) => std::env::current_dir().map(|c| c.join(d)).ok(),
        None => std::env::current_dir().ok(),
    };
    let root = start.as_deref().and_then(crate::config::find_root);
    crate::config::resolve_lang(flag, root.as_deref())
}

/// The command tree, its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd,
        Lang::Vi => {
            // clap adds its `help` command when the tree is built: name it in Vietnamese
            // after that.
            let mut cmd = localize(cmd, "");
            cmd.build();
            cmd.mut_subcommand("help", |h| {
                h.about(text("help", "about").unwrap_or_default())
                    .help_template(format!(
                        "{{about-with-newline}}\n{USAGE}: {{usage}}\n\n{{all-args}}"
                    ))
            })
        }
    }
}

/// The Vietnamese text of `key` (about, long_about, after_help or an option's id) for
/// the command `name`; options shared by several commands are under "*".
pub fn text(name: &str, key: &str) -> Option<&'static str> {
    VI.iter()
        .find(|(c, k, _)| *c == name && *k == key)
        .or_else(|| VI.iter().find(|(c, k, _)| *c == "*" && *k == key))
        .map(|&(_, _, t)| t)
}

fn localize(mut cmd: Command, name: &str) -> Command {
    if let Some(t) = text(name, "about") {
        cmd = cmd.about(t);
    }
    // Without a Vietnamese long text, the short one serves --help too.
    cmd = cmd.long_about(text(name, "long_about").or_else(|| text(name, "about")));
    if name == "schedule" {
        // The examples of every form of the phrase registry, with Vietnamese words.
        let t = crate::schedule::phrase::forms::help_in(Lang::Vi);
        cmd = cmd.after_help(t.clone()).after_long_help(t);
    } else if let Some(t) = text(name, "after_help") {
        cmd = cmd.after_help(t).after_long_help(t);
    }
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{USAGE}: {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(COMMANDS)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(text(name, "help").unwrap_or_default()),
        );
    if name.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(text(name, "version").unwrap_or_default()),
        );
    }
    let ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in ids {
        let help = text(name, &id);
        cmd = cmd.mut_arg(&id, |a| {
            let a = a.help_heading(if positional { ARGUMENTS } else { OPTIONS });
            // clap lists the values under English words ("possible values", and the
            // descriptions of cli.rs): the Vietnamese text names and explains them itself.
            // (Only for options that take a value: clap refuses the setting on a flag.)
            let values = a.get_action().takes_values();
            match help {
                Some(t) => a
                    .help(t)
                    .long_help(None::<&str>)
                    .hide_possible_values(values),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |s| localize(s, &sub));
    }
    cmd
}

/// A command-line mistake in Vietnamese (clap writes its errors in English): what is
/// wrong, clap's suggestion, the usage line. None for what is not a mistake (help,
/// version) or a kind clap adds later: then clap's own text is shown.
pub fn error_vi(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    let get = |kind| match e.get(kind) {
        Some(V::String(s)) => Some(s.clone()),
        Some(V::Strings(v)) => Some(v.join("', '")),
        Some(V::StyledStr(s)) => Some(s.to_string()),
        Some(V::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = get(C::InvalidArg).unwrap_or_default();
    let value = get(C::InvalidValue).unwrap_or_default();
    let mut text = match e.kind() {
        K::InvalidSubcommand => format!("không có lệnh '{}'", get(C::InvalidSubcommand)?),
        K::UnknownArgument => format!("kpi không nhận '{arg}' ở đây"),
        K::InvalidValue if value.is_empty() => format!("'{arg}' cần một giá trị"),
        K::InvalidValue => format!("'{value}' không phải giá trị hợp lệ của '{arg}'"),
        K::ValueValidation => {
            let source = std::error::Error::source(e);
            let why = if source.is_some_and(|s| s.is::<std::num::ParseIntError>()) {
                ": cần một số nguyên không âm".to_string()
            } else {
                source.map(|s| format!(": {s}")).unwrap_or_default()
            };
            format!("'{value}' không phải giá trị hợp lệ của '{arg}'{why}")
        }
        K::MissingRequiredArgument => format!("thiếu '{arg}'"),
        K::ArgumentConflict => match get(C::PriorArg) {
            Some(prior) => format!("không dùng '{arg}' cùng với '{prior}' được"),
            None => format!("'{arg}' được ghi nhiều lần"),
        },
        K::TooManyValues => format!("'{arg}' không nhận thêm giá trị '{value}'"),
        K::TooFewValues | K::WrongNumberOfValues => format!(
            "'{arg}' cần {} giá trị, mới có {}",
            get(C::ExpectedNumValues).or_else(|| get(C::MinValues))?,
            get(C::ActualNumValues)?
        ),
        K::NoEquals => format!("'{arg}' cần dấu = trước giá trị"),
        K::InvalidUtf8 => "có tham số không phải văn bản UTF-8".to_string(),
        _ => return None,
    };
    let suggested = get(C::SuggestedSubcommand)
        .or_else(|| get(C::SuggestedArg))
        .or_else(|| get(C::SuggestedValue));
    if let Some(s) = suggested {
        text.push_str(&format!("\n\n  gợi ý: có phải ý bạn là '{s}'?"));
    } else if let Some(valid) = get(C::ValidValue).filter(|v| !v.is_empty()) {
        text.push_str(&format!("\n\n  các giá trị được: '{valid}'"));
    }
    if let Some(usage) = get(C::Usage) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").map_or(usage, str::trim_start);
        text.push_str(&format!("\n\n{USAGE}: {usage}"));
    }
    text.push_str("\n\nXem hướng dẫn: thêm --help vào cuối lệnh.");
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and every option has its Vietnamese text: a command added to
    /// cli.rs without one fails here.
    #[test]
    fn every_command_and_option_speaks_vietnamese() {
        fn walk(cmd: &Command, name: &str, missing: &mut Vec<String>) {
            if name != "help" && text(name, "about").is_none() {
                missing.push(format!("{name}: about"));
            }
            if cmd.get_long_about().is_some() && text(name, "long_about").is_none() {
                missing.push(format!("{name}: long_about"));
            }
            if cmd.get_after_help().is_some()
                && name != "schedule"
                && text(name, "after_help").is_none()
            {
                missing.push(format!("{name}: after_help"));
            }
            for a in cmd.get_arguments() {
                let id = a.get_id().as_str();
                if text(name, id).is_none() {
                    missing.push(format!("{name}: --{id}"));
                }
            }
            for s in cmd.get_subcommands() {
                walk(s, s.get_name(), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "", &mut missing);
        assert!(missing.is_empty(), "no Vietnamese text for: {missing:?}");
    }

    #[test]
    fn the_vietnamese_help_is_vietnamese() {
        let mut cmd = command(Lang::Vi);
        let short = cmd.render_help().to_string();
        assert!(short.contains("Theo dõi các kế hoạch"), "{short}");
        let help = cmd.render_long_help().to_string();
        for word in [
            "Cách dùng",
            "Lệnh",
            "Tùy chọn",
            "kpi lưu các kế hoạch",
            "In trợ giúp",
        ] {
            assert!(help.contains(word), "{word}:\n{help}");
        }
        for word in [
            "Usage:",
            "Options:",
            "Commands:",
            "Print help",
            "Print this message",
        ] {
            assert!(!help.contains(word), "{word}:\n{help}");
        }
        let due = cmd
            .find_subcommand_mut("due")
            .unwrap()
            .render_long_help()
            .to_string();
        assert!(due.contains("Số ngày tới được tính là đến hạn"), "{due}");
        assert!(due.contains("Ví dụ:"), "{due}");
        assert!(
            due.contains("Ngày để tính tình trạng"),
            "global options too:\n{due}"
        );
        // No command's help keeps clap's English words, in short or long form.
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_string())
            .collect();
        for name in names {
            let sub = cmd.find_subcommand_mut(&name).unwrap();
            for help in [
                sub.render_help().to_string(),
                sub.render_long_help().to_string(),
            ] {
                for word in ["possible values", "Possible values", "Usage:", "Options:"] {
                    assert!(!help.contains(word), "kpi {name}: {word}\n{help}");
                }
            }
        }
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |a: &[&str]| -> Vec<OsString> { a.iter().map(OsString::from).collect() };
        assert_eq!(lang_of(&args(&["kpi", "--lang", "vi", "due"])), Lang::Vi);
        assert_eq!(lang_of(&args(&["kpi", "due", "--lang=en"])), Lang::En);
    }
}
