//! `kpi notify`: one digest per unit with an address and something owed.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::cli::NotifyArgs;
use crate::config::Context;
use crate::mail::{self, DryRun, Outgoing, Sender, Smtp};
use crate::render::mail::{Item, Recipient, digest};
use crate::select;
use crate::status::{self, Status};
use crate::{Exit, UsageError};

/// The day each unit was last mailed, in `.kpi/notified.toml` under the root.
struct State {
    path: PathBuf,
    sent: BTreeMap<String, NaiveDate>,
}

impl State {
    fn load(root: &Path) -> State {
        let path = root.join(".kpi").join("notified.toml");
        let sent = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| t.parse::<toml::Table>().ok())
            .and_then(|t| t.get("sent").and_then(|s| s.as_table()).cloned())
            .map(|t| {
                t.iter()
                    .filter_map(|(k, v)| {
                        let d = v.as_datetime()?.date?;
                        Some((
                            k.clone(),
                            NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())?,
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        State { path, sent }
    }

    fn save(&self) -> std::io::Result<()> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let ignore = dir.join(".gitignore");
        if !ignore.exists() {
            std::fs::write(&ignore, "# kpi's own state: never tracked\n*\n")?;
        }
        let mut text = String::from(
            "# kpi notify: the day each unit was last mailed. Delete to forget.\n[sent]\n",
        );
        for (k, d) in &self.sent {
            text.push_str(&format!("{} = {d}\n", toml::Value::String(k.clone())));
        }
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(text.as_bytes())?;
        tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

pub fn run(
    ctx: &Context,
    args: &NotifyArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let (loaded, sel) = super::due::load_selected(ctx, &args.filters, err)?;
    let repo = &loaded.repo;
    let lang = ctx.lang(&loaded.settings);
    let mail_settings = loaded.settings.mail.clone();

    let mut sender: Box<dyn Sender> = match &args.dry_run {
        Some(dir) => {
            std::fs::create_dir_all(dir)
                .map_err(|e| UsageError(format!("{}: {e}", dir.display())))?;
            Box::new(DryRun { dir: dir.clone() })
        }
        None => {
            let settings = mail_settings.as_ref().ok_or_else(|| {
                UsageError(
                    "kpi.toml has no [mail] settings: add them (see README), or use --dry-run DIR"
                        .into(),
                )
            })?;
            Box::new(Smtp::new(settings, |v| std::env::var(v).ok()).map_err(UsageError)?)
        }
    };
    let from_text = mail_settings
        .as_ref()
        .and_then(|m| m.from.clone())
        .unwrap_or_else(|| "kpi@localhost".to_string());
    let from = mail::mailbox(Some("kpi"), &from_text)
        .map_err(|e| UsageError(format!("[mail] from: {e}")))?;
    let reply_to = match mail_settings.as_ref().and_then(|m| m.reply_to.as_deref()) {
        Some(r) => {
            Some(mail::mailbox(None, r).map_err(|e| UsageError(format!("[mail] reply_to: {e}")))?)
        }
        None => None,
    };

    let root = ctx.root.clone().unwrap_or_else(|| PathBuf::from("."));
    let mut state = State::load(&root);
    let mut entries: Vec<_> = status::entries(repo, ctx.today, args.within)
        .into_iter()
        .filter(|e| {
            matches!(e.status, Status::Overdue | Status::Due) && sel.task(repo, e.plan, e.task)
        })
        .collect();
    status::sort(&mut entries);

    let units = sel.units_in_scope(repo);

    let (mut sent, mut failed, mut skipped, mut no_address) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (ri, u) in units {
        let reg = &repo.registries[ri];
        let unit = &reg.units[u as usize];
        let mut items: Vec<Item> = entries
            .iter()
            .filter(|e| e.plan.registry == ri)
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
        let key = format!("{}/{}", reg.org_id, unit.code);
        if args.dry_run.is_none() && !args.force && state.sent.get(&key) == Some(&ctx.today) {
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
            args.within,
        );
        let result = to.and_then(|to| {
            mail::build(Outgoing {
                from: &from,
                reply_to: reply_to.as_ref(),
                to,
                subject: &d.subject,
                text: d.text,
                html: d.html,
            })
        });
        match result.and_then(|m| sender.send(&label, &m)) {
            Ok(where_) => {
                if args.dry_run.is_none() {
                    state.sent.insert(key, ctx.today);
                    if let Err(e) = state.save() {
                        writeln!(
                            err,
                            "warning: cannot record the sending in {}: {e}",
                            state.path.display()
                        )?;
                    }
                }
                sent.push((label, where_));
            }
            Err(e) => failed.push((label, e)),
        }
    }

    if !no_address.is_empty() {
        writeln!(
            err,
            "warning: these units have overdue tasks but no e-mail address in units.toml: {}",
            no_address.join(", ")
        )?;
    }
    if !skipped.is_empty() {
        writeln!(
            err,
            "note: already mailed today, not sent again (use --force): {}",
            skipped.join(", ")
        )?;
    }
    let verb = if args.dry_run.is_some() {
        "wrote"
    } else {
        "sent"
    };
    for (label, where_) in &sent {
        writeln!(
            out,
            "{verb} {label}{}",
            if args.dry_run.is_some() {
                format!(" → {where_}")
            } else {
                String::new()
            }
        )?;
    }
    for (label, e) in &failed {
        writeln!(err, "error: {label}: {e}")?;
    }
    writeln!(
        out,
        "{} {verb}, {} failed, {} already mailed today",
        sent.len(),
        failed.len(),
        skipped.len()
    )?;
    Ok(if failed.is_empty() {
        Exit::Success
    } else {
        Exit::Found
    })
}
