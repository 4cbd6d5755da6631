//! `kpi notify`: one digest per unit with an address and something owed, and a message
//! to the office when files could not be read in full.

use std::io::Write;
use std::path::PathBuf;

use crate::cli::NotifyArgs;
use crate::config::Context;
use crate::i18n::{self, notify as msg};
use crate::mail::{self, DryRun, Outgoing, Sender, Smtp};
use crate::notified::{State, StateError};
use crate::render::mail::{Item, Recipient, digest};
use crate::select;
use crate::status::{self, Status};
use crate::tr;
use crate::{Exit, UsageError};

pub fn run(
    ctx: &Context,
    args: &NotifyArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let lang = ctx.lang;
    let w = super::load_selected(ctx, &args.filters, err)?;
    let (loaded, sel) = (&w.loaded, &w.selection);
    let repo = &loaded.repo;
    let mail_settings = loaded.settings.mail.clone();

    let mut sender: Box<dyn Sender> = match &args.dry_run {
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| {
                UsageError::Write(tr!(
                    lang,
                    msg::CANNOT_MAKE_FOLDER,
                    path = dir.display(),
                    why = e
                ))
            })?;
            Box::new(DryRun { dir: dir.clone() })
        }
        None => {
            let settings = mail_settings
                .as_ref()
                .ok_or_else(|| UsageError::Settings(tr!(lang, msg::NO_MAIL_SETTINGS)))?;
            Box::new(
                Smtp::new(settings, |v| std::env::var(v).ok())
                    .map_err(|e| UsageError::Settings(e.message(lang)))?,
            )
        }
    };
    let setting = |key: &str| -> Option<String> {
        let m = mail_settings.as_ref()?;
        match key {
            "from" => m.from.clone(),
            "reply_to" => m.reply_to.clone(),
            _ => m.errors_to.clone(),
        }
    };
    let address = |key: &str, text: &str, name: Option<&str>| {
        mail::mailbox(name, text)
            .map_err(|why| UsageError::Settings(tr!(lang, msg::BAD_SETTING, key = key, why = why)))
    };
    let from_text = setting("from").unwrap_or_else(|| "kpi@localhost".to_string());
    let from = address("from", &from_text, Some("kpi"))?;
    let reply_to = match setting("reply_to") {
        Some(r) => Some(address("reply_to", &r, None)?),
        None => None,
    };
    let office = match setting("errors_to") {
        Some(e) => address("errors_to", &e, None)?,
        None => from.clone(),
    };

    // One notify at a time per repository; the state is read under the lock, so a second
    // run started meanwhile sees what the first one sent.
    let root = ctx.root.clone().unwrap_or_else(|| PathBuf::from("."));
    let wait = crate::lock::timeout();
    let waiting = tr!(lang, msg::WAITING, secs = wait.as_secs());
    let dry = args.dry_run.is_some();
    // A dry run sends nothing and remembers nothing: it needs neither lock nor state.
    let mut state = if dry {
        None
    } else {
        Some(match State::open(&root, wait, err, &waiting) {
            Ok(s) => s,
            Err(StateError::Busy(waited)) => {
                let why = tr!(lang, msg::WAITED, secs = waited.as_secs());
                return Err(UsageError::Busy(tr!(lang, msg::BUSY, why = why)));
            }
            Err(StateError::Lock(why)) => {
                return Err(UsageError::Busy(tr!(lang, msg::BUSY, why = why)));
            }
            Err(StateError::Corrupt { path, why }) => {
                return Err(UsageError::Read(tr!(
                    lang,
                    msg::STATE_CORRUPT,
                    path = path.display(),
                    why = why
                )));
            }
            Err(StateError::Io { path, why }) => {
                return Err(UsageError::Write(tr!(
                    lang,
                    msg::STATE_IO,
                    path = path.display(),
                    why = why
                )));
            }
        })
    };
    // `remind = [7, 1]`: a deadline is in a unit's digest when one of those days before
    // it has come since the unit was last mailed (a reminder day that falls on a day off,
    // or on a day cron does not run, is caught up at the next run), and "due" reaches as
    // far as the farthest of them; overdue items are in every digest, as without it.
    let remind = mail_settings.as_ref().and_then(|m| m.remind.clone());
    let within = match &remind {
        Some(days) => days.iter().copied().max().unwrap_or(0),
        None => args.within,
    };
    let mut entries: Vec<_> = status::entries(repo, ctx.today, within)
        .into_iter()
        .filter(|e| {
            matches!(e.status, Status::Overdue | Status::Due) && sel.task(repo, e.plan, e.task)
        })
        .collect();
    status::sort(&mut entries);

    let units = sel.units_in_scope(repo);
    // The day each unit was last mailed: from the state a real run holds, or read without
    // the lock for a dry run, so that it shows what a real run would send.
    let peeked = if dry {
        State::peek(&root)
    } else {
        Default::default()
    };
    let last_mailed = |state: &Option<State>, key: &str| {
        state
            .as_ref()
            .map_or(&peeked, |s| &s.sent)
            .get(key)
            .copied()
    };

    let (mut sent, mut failed, mut skipped, mut no_address) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut deliver = |label: String,
                       key: String,
                       message: Result<lettre::Message, String>,
                       state: &mut Option<State>,
                       err: &mut dyn Write|
     -> std::io::Result<()> {
        match message.and_then(|m| sender.send(&label, &m)) {
            Ok(where_) => {
                if let Some(state) = state {
                    state.sent.insert(key, ctx.today);
                    if let Err(e) = state.save() {
                        let why = tr!(
                            lang,
                            msg::CANNOT_RECORD,
                            path = state.path().display(),
                            why = e
                        );
                        writeln!(err, "{}: {why}", i18n::WARNING_PREFIX.text(lang))?;
                    }
                }
                sent.push((label, where_));
            }
            Err(e) => failed.push((label, e)),
        }
        Ok(())
    };
    for (ri, u) in units {
        let reg = &repo.registries[ri];
        let unit = &reg.units[u as usize];
        let key = format!("{}/{}", reg.org_id, unit.code);
        let last = last_mailed(&state, &key);
        let mut items: Vec<Item> = entries
            .iter()
            .filter(|e| e.plan.registry == ri)
            .filter(|e| {
                e.status != Status::Due || reminded(remind.as_deref(), e.days, last, ctx.today)
            })
            .filter_map(|e| {
                select::role_of(reg, e.task, u).map(|(role, _)| Item { entry: *e, role })
            })
            .collect();
        if items.is_empty() {
            continue;
        }
        // Overdue first, then due; each oldest first (entries come sorted).
        items.sort_by_key(|i| i.entry.status != Status::Overdue);
        let label = format!("{}-{}", reg.org_id, unit.code);
        if unit.email.is_empty() {
            if items.iter().any(|i| i.entry.status == Status::Overdue) {
                no_address.push(format!("{} ({})", unit.code, reg.org_id));
            }
            continue;
        }
        if mailed_today(&state, &key, args.force, ctx.today) {
            skipped.push(label);
            continue;
        }
        let to: Result<Vec<_>, String> = unit
            .email
            .iter()
            .map(|a| mail::mailbox(Some(&unit.name), a))
            .collect();
        let d = digest(
            &Recipient {
                code: &unit.code,
                name: &unit.name,
                org_name: &reg.org_name,
            },
            &items,
            lang,
            ctx.today,
            within,
        );
        let message = to.and_then(|to| {
            mail::build(Outgoing {
                from: &from,
                reply_to: reply_to.as_ref(),
                to,
                subject: &d.subject,
                text: d.text,
                html: d.html,
            })
        });
        deliver(label, key, message, &mut state, err)?;
    }

    // The office hears about the files whose content the digests left out (DESIGN 6.1),
    // once a day like a unit.
    if w.broken > 0 {
        let key = crate::notified::ERRORS_KEY.to_string();
        let label = tr!(lang, msg::ERRORS_LABEL, to = office.email);
        if mailed_today(&state, &key, args.force, ctx.today) {
            skipped.push(label);
        } else {
            let message = office_message(loaded, lang, ctx.today, w.broken).and_then(|(s, t)| {
                mail::build(Outgoing {
                    from: &from,
                    reply_to: reply_to.as_ref(),
                    to: vec![office.clone()],
                    subject: &s,
                    html: format!("<pre>{}</pre>", html_escape(&t)),
                    text: t,
                })
            });
            deliver(label, key, message, &mut state, err)?;
        }
    }

    if !no_address.is_empty() {
        let list = no_address.join(", ");
        writeln!(
            err,
            "{}: {}",
            i18n::WARNING_PREFIX.text(lang),
            tr!(lang, msg::NO_ADDRESS, list = list)
        )?;
    }
    if !skipped.is_empty() {
        let list = skipped.join(", ");
        writeln!(
            err,
            "{}: {}",
            i18n::NOTE_PREFIX.text(lang),
            tr!(lang, msg::ALREADY_MAILED, list = list)
        )?;
    }
    for (label, where_) in &sent {
        let line = if dry {
            tr!(lang, msg::WROTE, label = label, path = where_)
        } else {
            tr!(lang, msg::SENT, label = label)
        };
        writeln!(out, "{line}")?;
    }
    for (label, e) in &failed {
        writeln!(
            err,
            "{}: {}",
            i18n::ERROR_PREFIX.text(lang),
            tr!(lang, msg::FAILED, label = label, why = e)
        )?;
    }
    let summary = if dry {
        tr!(
            lang,
            msg::SUMMARY_DRY,
            sent = sent.len(),
            failed = failed.len()
        )
    } else {
        tr!(
            lang,
            msg::SUMMARY,
            sent = sent.len(),
            failed = failed.len(),
            skipped = skipped.len()
        )
    };
    writeln!(out, "{summary}")?;
    let sent_ok = if failed.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    };
    Ok(super::finish(sent_ok, w.broken))
}

/// Whether an occurrence due in `days` days is in today's digest of a unit last mailed
/// on `last`: without `remind`, on every day of the window; with it, when one of its
/// reminder days (`r` days before the due day) has come and is later than `last` (so a
/// reminder day that fell on a Sunday is mailed on Monday, and none twice). A unit never
/// mailed gets every reminder whose day has come.
fn reminded(
    remind: Option<&[u32]>,
    days: i64,
    last: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
) -> bool {
    let Some(list) = remind else {
        return true;
    };
    // The reminder day is `r - days` days before today.
    let since_last = last.map(|l| (today - l).num_days());
    days >= 0
        && list.iter().any(|&r| {
            let ago = i64::from(r) - days;
            ago >= 0 && since_last.is_none_or(|s| ago < s)
        })
}

fn mailed_today(state: &Option<State>, key: &str, force: bool, today: chrono::NaiveDate) -> bool {
    !force
        && state
            .as_ref()
            .is_some_and(|s| s.sent.get(key) == Some(&today))
}

/// The office's message: subject and plain text listing each broken file and its first
/// error.
fn office_message(
    loaded: &crate::load::Loaded,
    lang: crate::config::Lang,
    today: chrono::NaiveDate,
    count: usize,
) -> Result<(String, String), String> {
    let subject = tr!(lang, msg::ERRORS_SUBJECT, count = count);
    let mut text = tr!(lang, msg::ERRORS_INTRO, day = i18n::date(lang, today));
    text.push_str("\n\n");
    for d in loaded.broken() {
        text.push_str("- ");
        text.push_str(&crate::diagnostic::render::one_line(&loaded.sources, d));
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&tr!(lang, msg::ERRORS_OUTRO));
    text.push('\n');
    Ok((subject, text))
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    #[test]
    fn reminders_fall_on_their_days_or_at_the_next_run() {
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2024, 6, d).unwrap();
        let today = day(17); // a Monday
        let week_and_eve: &[u32] = &[1, 7];
        for (remind, days, last, mailed) in [
            (None, 0, None, true),
            (None, 13, Some(day(14)), true),
            // On the days themselves.
            (Some(week_and_eve), 7, Some(day(14)), true),
            (Some(week_and_eve), 1, Some(day(14)), true),
            // Due in 6 days: the week-before day was Sunday 16/06, caught up today...
            (Some(week_and_eve), 6, Some(day(14)), true),
            // ... unless the unit was mailed that Sunday.
            (Some(week_and_eve), 6, Some(day(16)), false),
            (Some(week_and_eve), 4, Some(day(14)), false),
            (Some(week_and_eve), 8, Some(day(14)), false),
            (Some(week_and_eve), -1, None, false),
            // Due today: the day before was Sunday 16/06, after the last mail (Friday).
            (Some(week_and_eve), 0, Some(day(14)), true),
            // ... but not when the unit was mailed on Sunday or since.
            (Some(week_and_eve), 0, Some(day(16)), false),
            // Due in 5 days: the week-before day was Saturday 15/06.
            (Some(week_and_eve), 5, Some(day(14)), true),
            (Some(week_and_eve), 5, Some(day(15)), false),
            // Never mailed: every reminder whose day has come.
            (Some(week_and_eve), 5, None, true),
            (Some(week_and_eve), 9, None, false),
            (Some(&[0][..]), 0, Some(day(14)), true),
            (Some(&[][..]), 3, None, false),
        ] {
            assert_eq!(
                super::reminded(remind, days, last, today),
                mailed,
                "{remind:?} {days} {last:?}"
            );
        }
    }
}
