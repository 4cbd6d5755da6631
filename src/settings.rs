//! kpi.toml: what a repository's settings say (language, days off, the roll to working
//! days, `[mail]`), read with the same field reader and diagnostics as the plans. The
//! resolved options of one run (the root, today, the language) are `config::Context`'s;
//! this module reads the file only, so that the loader can use it without the run's
//! context.

use chrono::NaiveDate;

use crate::cli::Lang;
use crate::diagnostic::Check;
use crate::document::Table;
use crate::i18n::checks as msg;
use crate::plan::fields::{Ctx, Fields, Sp};
use crate::source::Span;
use crate::tr;

/// The settings file at the root of a repository.
pub const SETTINGS_FILE: &str = "kpi.toml";

/// A day of `[[holiday]]` (a range gives one a day) or `[[workday]]` in kpi.toml, with
/// the name kpi shows for it ("" when none is given).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: String,
}

/// The longest `from`/`to` range of a `[[holiday]]`: a year.
pub const MAX_HOLIDAY_DAYS: i64 = 366;

/// What `kpi.toml` says, with defaults for what it does not.
#[derive(Clone, Debug)]
pub struct Settings {
    pub lang: Option<Lang>,
    pub roll_to_working_day: bool,
    pub report_day: Option<u32>,
    /// `[[holiday]]`: days off that kpi.toml adds or renames (a range is one entry a day).
    pub holidays: Vec<Holiday>,
    /// `[[workday]]`: a Saturday or Sunday declared a working day (make-up days).
    pub workdays: Vec<Holiday>,
    /// `[mail]`: how `kpi notify` sends.
    pub mail: Option<MailSettings>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Security {
    /// Plain SMTP: only for a relay on this machine.
    None,
    /// SMTP, upgraded with STARTTLS (port 587).
    StartTls,
    /// SMTP inside TLS from the start (port 465).
    Tls,
}

/// `[mail]` of kpi.toml. The password never lives in a file: `password_env` names the
/// environment variable that holds it.
#[derive(Clone, Debug)]
pub struct MailSettings {
    pub from: Option<String>,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub user: Option<String>,
    pub password_env: Option<String>,
    pub reply_to: Option<String>,
    /// Where the list of broken files goes (else `from`).
    pub errors_to: Option<String>,
    /// The longest one message may take to send, connection included.
    pub timeout: std::time::Duration,
    /// `remind = [7, 1]`: the days before a due day on which a unit is mailed about it
    /// (sorted, no repeats); none: every day of `--within`, as before.
    pub remind: Option<Vec<u32>>,
}

/// How long one message may take to send unless `[mail] timeout` says otherwise.
pub const MAIL_TIMEOUT_SECS: u64 = 60;

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lang: None,
            roll_to_working_day: true,
            report_day: None,
            holidays: Vec::new(),
            workdays: Vec::new(),
            mail: None,
        }
    }
}

const ROOT: &[&str] = &[
    "lang",
    "roll_to_working_day",
    "report_day",
    "holiday",
    "workday",
    "mail",
];
const HOLIDAY: &[&str] = &["date", "from", "to", "name"];
const MAIL: &[&str] = &[
    "from",
    "host",
    "port",
    "security",
    "user",
    "password_env",
    "reply_to",
    "errors_to",
    "timeout",
    "password",
    "remind",
];
const WORKDAY: &[&str] = &["date", "name"];

/// Read `kpi.toml`; problems are reported and the defaults stand in.
pub fn read_settings(ctx: &mut Ctx, root: &Table, span: Span) -> Settings {
    let f = Fields::root(root, span, ROOT, ctx);
    let lang = ctx.lang;
    let mut s = Settings::default();
    if let Some(l) = f.str(ctx, "lang") {
        s.lang = Lang::parse(&l.value);
        if s.lang.is_none() {
            bad(ctx, &l, tr!(lang, msg::LANG_IS));
        }
    }
    if let Some(b) = f.bool(ctx, "roll_to_working_day") {
        s.roll_to_working_day = b.value;
    }
    if let Some(d) = f.int(ctx, "report_day") {
        if (1..=28).contains(&d.value) {
            s.report_day = Some(d.value as u32);
        } else {
            ctx.report(
                Check::InvalidValue,
                d.span,
                tr!(lang, msg::REPORT_DAY_RANGE),
            );
        }
    }
    read_holidays(ctx, &f, &mut s);
    if let Some(m) = f.table(ctx, "mail", "[mail]", MAIL) {
        if let Some(p) = m.get("password") {
            // The span covers the key only, and the excerpt hides the value: a secret is
            // never echoed, not even to say where it is.
            let key = crate::source::Span {
                start: p.span.start,
                end: p.span.start,
            };
            let d = ctx.report(Check::InvalidValue, key, tr!(lang, msg::PASSWORD_IN_FILE));
            d.help = Some(tr!(lang, msg::PASSWORD_IN_FILE_HELP));
            d.redact = Some(p.span);
        }
        let security = match m.str(ctx, "security") {
            None => Security::StartTls,
            Some(v) => match &*v.value {
                "none" => Security::None,
                "starttls" => Security::StartTls,
                "tls" => Security::Tls,
                _ => {
                    bad(ctx, &v, tr!(lang, msg::SECURITY_IS));
                    Security::StartTls
                }
            },
        };
        let default_port = match security {
            Security::None => 25,
            Security::StartTls => 587,
            Security::Tls => 465,
        };
        let port = match m.int(ctx, "port") {
            Some(p) if (1..=65535).contains(&p.value) => p.value as u16,
            Some(p) => {
                ctx.report(Check::InvalidValue, p.span, tr!(lang, msg::PORT_RANGE));
                default_port
            }
            None => default_port,
        };
        let timeout = match m.int(ctx, "timeout") {
            Some(t) if (1..=3600).contains(&t.value) => {
                std::time::Duration::from_secs(t.value as u64)
            }
            Some(t) => {
                ctx.report(Check::InvalidValue, t.span, tr!(lang, msg::TIMEOUT_RANGE));
                std::time::Duration::from_secs(MAIL_TIMEOUT_SECS)
            }
            None => std::time::Duration::from_secs(MAIL_TIMEOUT_SECS),
        };
        for key in ["from", "reply_to", "errors_to"] {
            if let Some(v) = m.str(ctx, key)
                && crate::mail::mailbox(None, &v.value).is_err()
            {
                let address = v.value.trim();
                ctx.report(
                    Check::InvalidEmail,
                    v.span,
                    tr!(lang, msg::MAIL_ADDRESS, key = key, address = address),
                )
                .help = Some(tr!(lang, msg::MAIL_ADDRESS_HELP));
            }
        }
        s.mail = Some(MailSettings {
            from: m.str(ctx, "from").map(|v| v.value.into_owned()),
            host: m
                .str(ctx, "host")
                .map_or_else(|| "localhost".to_string(), |v| v.value.into_owned()),
            port,
            security,
            user: m.str(ctx, "user").map(|v| v.value.into_owned()),
            password_env: m.str(ctx, "password_env").map(|v| v.value.into_owned()),
            reply_to: m.str(ctx, "reply_to").map(|v| v.value.into_owned()),
            errors_to: m.str(ctx, "errors_to").map(|v| v.value.into_owned()),
            timeout,
            remind: m.get("remind").and_then(|v| read_remind(ctx, v)),
        });
    }
    s
}

/// `remind = [7, 1]` (a single number is read as a list of one): days before a due day,
/// 0 to 366. A value that is not one is reported and the setting left unset.
fn read_remind(ctx: &mut Ctx, v: &crate::document::Item) -> Option<Vec<u32>> {
    use crate::document::Node;
    use crate::i18n::notify as n;
    let items: Vec<&crate::document::Item> = match &v.node {
        Node::Array(a) => a.items.iter().collect(),
        _ => vec![v],
    };
    let mut days = Vec::with_capacity(items.len());
    for item in items {
        let day = match &item.node {
            Node::Integer { digits, radix } => u32::from_str_radix(digits, *radix)
                .ok()
                .filter(|d| *d <= 366),
            _ => None,
        };
        let Some(day) = day else {
            let lang = ctx.lang;
            ctx.report(Check::InvalidValue, item.span, tr!(lang, n::REMIND_IS))
                .help = Some(tr!(lang, n::REMIND_HELP));
            return None;
        };
        days.push(day);
    }
    days.sort_unstable();
    days.dedup();
    Some(days)
}

/// `[[holiday]]` (`date`, or `from` and `to`; `name`) and `[[workday]]` (`date`, `name`).
fn read_holidays(ctx: &mut Ctx, f: &Fields, s: &mut Settings) {
    for h in f.tables(ctx, "holiday", "[[holiday]]", HOLIDAY) {
        let name = h
            .str(ctx, "name")
            .map_or_else(String::new, |n| n.value.trim().to_string());
        let (date, from, to) = (h.get("date"), h.get("from"), h.get("to"));
        if date.is_some() && (from.is_some() || to.is_some()) {
            let at = from.or(to).map_or(h.span(), |i| i.span);
            let lang = ctx.lang;
            ctx.report(
                Check::InvalidValue,
                at,
                tr!(lang, msg::HOLIDAY_DATE_AND_RANGE),
            )
            .help = Some(tr!(lang, msg::HOLIDAY_DATE_AND_RANGE_HELP));
            continue;
        }
        if date.is_none() && from.is_none() && to.is_none() {
            let lang = ctx.lang;
            ctx.report(
                Check::MissingField,
                h.span(),
                tr!(lang, msg::HOLIDAY_NO_DATE),
            )
            .help = Some(tr!(lang, msg::HOLIDAY_NO_DATE_HELP));
            continue;
        }
        if date.is_some() {
            if let Some(d) = h.date(ctx, "date") {
                s.holidays.push(Holiday {
                    date: d.value,
                    name: name.clone(),
                });
            }
            continue;
        }
        let (Some(first), Some(last)) = (h.date(ctx, "from"), h.date(ctx, "to")) else {
            if from.is_none() || to.is_none() {
                let missing = if from.is_none() { "from" } else { "to" };
                let lang = ctx.lang;
                let said = tr!(lang, msg::HOLIDAY_HALF_RANGE, missing = missing);
                ctx.report(Check::MissingField, h.span(), said).help =
                    Some(tr!(lang, msg::HOLIDAY_HALF_RANGE_HELP));
            }
            continue;
        };
        let days = (last.value - first.value).num_days();
        if days < 0 {
            let lang = ctx.lang;
            let said = tr!(
                lang,
                msg::HOLIDAY_TO_BEFORE_FROM,
                to = crate::i18n::date(lang, last.value),
                from = crate::i18n::date(lang, first.value)
            );
            ctx.report(Check::InvalidValue, last.span, said).help =
                Some(tr!(lang, msg::HOLIDAY_TO_BEFORE_FROM_HELP));
            continue;
        }
        if days >= MAX_HOLIDAY_DAYS {
            let lang = ctx.lang;
            let said = tr!(
                lang,
                msg::HOLIDAY_TOO_LONG,
                days = days + 1,
                max = MAX_HOLIDAY_DAYS
            );
            ctx.report(Check::InvalidValue, last.span, said).help =
                Some(tr!(lang, msg::HOLIDAY_TOO_LONG_HELP));
            continue;
        }
        s.holidays.extend(
            first
                .value
                .iter_days()
                .take(days as usize + 1)
                .map(|date| Holiday {
                    date,
                    name: name.clone(),
                }),
        );
    }
    for w in f.tables(ctx, "workday", "[[workday]]", WORKDAY) {
        if w.get("date").is_none() {
            let lang = ctx.lang;
            ctx.report(
                Check::MissingField,
                w.span(),
                tr!(lang, msg::WORKDAY_NO_DATE),
            )
            .help = Some(tr!(lang, msg::WORKDAY_NO_DATE_HELP));
        }
        if let Some(date) = w.date(ctx, "date") {
            let name = w
                .str(ctx, "name")
                .map_or_else(String::new, |n| n.value.trim().to_string());
            s.workdays.push(Holiday {
                date: date.value,
                name,
            });
        }
    }
}

fn bad(ctx: &mut Ctx, v: &Sp<crate::plan::fields::Str>, help: String) {
    let lang = ctx.lang;
    ctx.report(
        Check::InvalidValue,
        v.span,
        tr!(lang, msg::INVALID_SETTING, value = v.value),
    )
    .help = Some(help);
}

/// The known keys of every table of kpi.toml, by their path: `crate::schema` is tested
/// against this list.
pub const KNOWN_KEYS: &[(&str, &[&str])] = &[
    ("settings", ROOT),
    ("settings.holiday", HOLIDAY),
    ("settings.mail", MAIL),
    ("settings.workday", WORKDAY),
];
