//! Sending digests: the `Sender` trait, with SMTP (lettre) and a dry-run folder of `.eml`
//! files behind it, and the message builder.
//!
//! Everything that comes from plan files (unit names, addresses) reaches a header only
//! through lettre's typed headers, after control characters are replaced by spaces, so a
//! name with CR/LF cannot add a header.

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

use crate::settings::{MailSettings, Security};

/// Where messages go.
pub trait Sender {
    /// Send one message; `label` names it (the unit) for the dry-run file.
    fn send(&mut self, label: &str, message: &Message) -> Result<String, String>;
}

/// Text for a header: no control characters (CR, LF, tabs...), single spaces.
pub fn header_text(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() || crate::text::is_hidden_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A mailbox from an address as written in a registry or kpi.toml: `a@b.vn`, or with a
/// display name, `Văn phòng theo dõi <theodoi@b.vn>`. `name` is the display name to use
/// when the text gives none.
pub fn mailbox(name: Option<&str>, text: &str) -> Result<Mailbox, String> {
    let text = text.trim();
    if text.chars().any(|c| c.is_control()) {
        return Err(format!(
            "`{}` is not an e-mail address",
            text.escape_debug()
        ));
    }
    if text.contains('<') {
        let m: Mailbox = text.parse().map_err(|_| {
            format!("`{text}` is not an e-mail address (write \"Name <user@domain>\")")
        })?;
        let shown = m.name.as_deref().map(header_text).filter(|n| !n.is_empty());
        return Ok(Mailbox::new(
            shown.or_else(|| name.map(header_text)),
            m.email,
        ));
    }
    if text.chars().any(char::is_whitespace) {
        return Err(format!("`{text}` is not an e-mail address"));
    }
    let addr = text
        .parse()
        .map_err(|e| format!("`{text}` is not an e-mail address: {e}"))?;
    Ok(Mailbox::new(name.map(header_text), addr))
}

/// The `Date:` header as Vietnam reads it: RFC 5322, in +07:00.
pub fn date_header(now: chrono::DateTime<chrono::Utc>) -> String {
    let tz = chrono::FixedOffset::east_opt(7 * 3600).expect("UTC+7 is a valid offset");
    now.with_timezone(&tz).to_rfc2822()
}

pub struct Outgoing<'a> {
    pub from: &'a Mailbox,
    pub reply_to: Option<&'a Mailbox>,
    pub to: Vec<Mailbox>,
    pub subject: &'a str,
    pub text: String,
    pub html: String,
}

pub fn build(m: Outgoing) -> Result<Message, String> {
    let mut b = Message::builder()
        .from(m.from.clone())
        .subject(header_text(m.subject))
        .message_id(None)
        .date_now();
    if let Some(r) = m.reply_to {
        b = b.reply_to(r.clone());
    }
    for to in m.to {
        b = b.to(to);
    }
    let mut message = b
        .multipart(MultiPart::alternative_plain_html(m.text, m.html))
        .map_err(|e| e.to_string())?;
    // lettre writes the Date in UTC; an office in Vietnam reads +07:00.
    message.headers_mut().insert_raw(HeaderValue::new(
        HeaderName::new_from_ascii_str("Date"),
        date_header(chrono::Utc::now()),
    ));
    Ok(message)
}

/// `--dry-run DIR`: each message as DIR/LABEL.eml.
pub struct DryRun {
    pub dir: PathBuf,
}

impl Sender for DryRun {
    fn send(&mut self, label: &str, message: &Message) -> Result<String, String> {
        let safe: String = label
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let path = self.dir.join(format!("{safe}.eml"));
        std::fs::write(&path, message.formatted())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path.display().to_string())
    }
}

pub struct Smtp {
    transport: SmtpTransport,
    /// The longest one message may take, connection and greeting included: a server
    /// that answers a byte at a time never holds kpi past it.
    deadline: Duration,
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Why the transport `[mail]` describes cannot be made (worded by `kpi notify`).
#[derive(Debug, PartialEq, Eq)]
pub enum SetupError {
    /// `password_env` names a variable that is not set.
    PasswordEnvUnset(String),
    /// `password_env` names a variable that is empty.
    PasswordEnvEmpty(String),
    /// A password would cross the network in clear to this host.
    PasswordWithoutTls(String),
    /// The host cannot be used for TLS (lettre's reason).
    BadHost { host: String, why: String },
}

impl SetupError {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::notify as msg;
        use crate::tr;
        match self {
            SetupError::PasswordEnvUnset(var) => tr!(lang, msg::PASSWORD_ENV_UNSET, var = var),
            SetupError::PasswordEnvEmpty(var) => tr!(lang, msg::PASSWORD_ENV_EMPTY, var = var),
            SetupError::PasswordWithoutTls(host) => {
                tr!(lang, msg::PASSWORD_WITHOUT_TLS, host = host)
            }
            SetupError::BadHost { host, why } => tr!(lang, msg::BAD_HOST, host = host, why = why),
        }
    }
}

impl Smtp {
    /// The transport `[mail]` describes. The password comes from the environment
    /// variable `password_env` names; it is never sent in clear to another machine.
    pub fn new(
        settings: &MailSettings,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Smtp, SetupError> {
        let password = match &settings.password_env {
            None => None,
            Some(var) => match env(var) {
                None => return Err(SetupError::PasswordEnvUnset(var.clone())),
                Some(p) if p.is_empty() => return Err(SetupError::PasswordEnvEmpty(var.clone())),
                Some(p) => Some(p),
            },
        };
        if password.is_some() && settings.security == Security::None && !is_loopback(&settings.host)
        {
            return Err(SetupError::PasswordWithoutTls(settings.host.clone()));
        }
        let bad_host = |e: lettre::transport::smtp::Error| SetupError::BadHost {
            host: settings.host.clone(),
            why: e.to_string(),
        };
        let builder = match settings.security {
            Security::Tls => SmtpTransport::relay(&settings.host).map_err(bad_host)?,
            Security::StartTls => {
                SmtpTransport::starttls_relay(&settings.host).map_err(bad_host)?
            }
            Security::None => SmtpTransport::builder_dangerous(&settings.host),
        };
        // Each read and write of the socket waits at most the whole deadline; the
        // deadline itself is kept by `send`.
        let mut builder = builder.port(settings.port).timeout(Some(settings.timeout));
        if let Some(pw) = password {
            let user = settings.user.clone().unwrap_or_default();
            builder = builder.credentials(Credentials::new(user, pw));
        }
        Ok(Smtp {
            transport: builder.build(),
            deadline: settings.timeout,
        })
    }
}

impl Sender for Smtp {
    /// Send on a thread of its own and wait at most the deadline: lettre's timeouts are
    /// per read, and a server may trickle its answer forever. A message given up on is
    /// reported as failed; the thread ends with the process.
    fn send(&mut self, _label: &str, message: &Message) -> Result<String, String> {
        let (tx, rx) = std::sync::mpsc::channel();
        let transport = self.transport.clone();
        let message = message.clone();
        std::thread::spawn(move || {
            let r = transport
                .send(&message)
                .map(|r| r.code().to_string())
                .map_err(|e| e.to_string());
            let _ = tx.send(r);
        });
        match rx.recv_timeout(self.deadline) {
            Ok(r) => r,
            Err(_) => Err(format!(
                "the mail server did not finish within {} s ([mail] timeout); given up",
                self.deadline.as_secs()
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_text_removes_line_breaks() {
        assert_eq!(
            header_text("Văn phòng\r\nBcc: x@y.z"),
            "Văn phòng Bcc: x@y.z"
        );
        assert!(mailbox(Some("A"), "a@b.c\r\nBcc: x@y.z").is_err());
        assert!(mailbox(Some("A"), "khong-phai-dia-chi").is_err());
        assert_eq!(
            mailbox(Some("Văn\nphòng"), "vp@example.invalid")
                .unwrap()
                .name
                .as_deref(),
            Some("Văn phòng")
        );
    }

    #[test]
    fn a_password_never_goes_in_clear_to_another_machine() {
        let settings = |host: &str, security| MailSettings {
            from: Some("kpi@example.invalid".into()),
            host: host.into(),
            port: 25,
            security,
            user: Some("kpi".into()),
            password_env: Some("PW".into()),
            reply_to: None,
            errors_to: None,
            timeout: Duration::from_secs(5),
            remind: None,
        };
        let env = |_: &str| Some("secret".to_string());
        let e = Smtp::new(&settings("mail.example.invalid", Security::None), env).err();
        assert_eq!(
            e,
            Some(SetupError::PasswordWithoutTls(
                "mail.example.invalid".into()
            ))
        );
        assert!(Smtp::new(&settings("127.0.0.1", Security::None), env).is_ok());
        assert!(Smtp::new(&settings("localhost", Security::None), env).is_ok());
        assert!(Smtp::new(&settings("mail.example.invalid", Security::StartTls), env).is_ok());
        let missing = |_: &str| None;
        let e = Smtp::new(&settings("127.0.0.1", Security::None), missing)
            .err()
            .unwrap();
        assert_eq!(e, SetupError::PasswordEnvUnset("PW".into()));
        let said = e.message(crate::i18n::Lang::Vi);
        assert!(said.contains("PW") && said.contains("chưa đặt"), "{said}");
        let empty = |_: &str| Some(String::new());
        let e = Smtp::new(&settings("127.0.0.1", Security::None), empty)
            .err()
            .unwrap();
        assert_eq!(e, SetupError::PasswordEnvEmpty("PW".into()));
        assert!(e.message(crate::i18n::Lang::En).contains("empty"));
    }

    #[test]
    fn a_sender_may_have_a_name() {
        let m = mailbox(Some("kpi"), "Văn phòng theo dõi <theodoi@example.invalid>").unwrap();
        assert_eq!(m.name.as_deref(), Some("Văn phòng theo dõi"));
        assert_eq!(m.email.to_string(), "theodoi@example.invalid");
        let m = mailbox(Some("kpi"), "theodoi@example.invalid").unwrap();
        assert_eq!(m.name.as_deref(), Some("kpi"));
        let m = mailbox(Some("kpi"), "<theodoi@example.invalid>").unwrap();
        assert_eq!(m.name.as_deref(), Some("kpi"));
        for bad in ["snv@", "a b@c", "Văn phòng <snv@>", "x <a@b.c", "@b.c"] {
            assert!(mailbox(None, bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_date_is_written_in_vietnam_time() {
        let t = chrono::DateTime::parse_from_rfc3339("2026-11-30T20:30:00Z")
            .unwrap()
            .with_timezone(&chrono::Utc);
        assert_eq!(date_header(t), "Tue, 1 Dec 2026 03:30:00 +0700");
    }
}
