//! Sending digests: the `Sender` trait, with SMTP (lettre) and a dry-run folder of `.eml`
//! files behind it, and the message builder.
//!
//! Everything that comes from plan files (unit names, addresses) reaches a header only
//! through lettre's typed headers, after control characters are replaced by spaces, so a
//! name with CR/LF cannot add a header.

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

use crate::config::{MailSettings, Security};

/// Where messages go.
pub trait Sender {
    /// Send one message; `label` names it (the unit) for the dry-run file.
    fn send(&mut self, label: &str, message: &Message) -> Result<String, String>;
}

/// Text for a header: no control characters (CR, LF, tabs...), single spaces.
pub fn header_text(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A mailbox from an address in a registry and a display name from the plans.
pub fn mailbox(name: Option<&str>, address: &str) -> Result<Mailbox, String> {
    let address = address.trim();
    if address.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(format!(
            "`{}` is not an e-mail address",
            address.escape_debug()
        ));
    }
    let addr = address
        .parse()
        .map_err(|e| format!("`{address}` is not an e-mail address: {e}"))?;
    Ok(Mailbox::new(name.map(header_text), addr))
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
    b.multipart(MultiPart::alternative_plain_html(m.text, m.html))
        .map_err(|e| e.to_string())
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
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

impl Smtp {
    /// The transport `[mail]` describes. The password comes from the environment
    /// variable `password_env` names; it is never sent in clear to another machine.
    pub fn new(
        settings: &MailSettings,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Smtp, String> {
        let password = match &settings.password_env {
            None => None,
            Some(var) => Some(env(var).ok_or_else(|| {
                format!("the environment variable {var} (password_env in kpi.toml) is not set")
            })?),
        };
        if password.is_some() && settings.security == Security::None && !is_loopback(&settings.host)
        {
            return Err(format!(
                "refusing to send a password without TLS to {}: set security = \"starttls\" or \"tls\" in [mail]",
                settings.host
            ));
        }
        let builder = match settings.security {
            Security::Tls => SmtpTransport::relay(&settings.host).map_err(|e| e.to_string())?,
            Security::StartTls => {
                SmtpTransport::starttls_relay(&settings.host).map_err(|e| e.to_string())?
            }
            Security::None => SmtpTransport::builder_dangerous(&settings.host),
        };
        let mut builder = builder
            .port(settings.port)
            .timeout(Some(Duration::from_secs(30)));
        if let Some(pw) = password {
            let user = settings.user.clone().unwrap_or_default();
            builder = builder.credentials(Credentials::new(user, pw));
        }
        Ok(Smtp {
            transport: builder.build(),
        })
    }
}

impl Sender for Smtp {
    fn send(&mut self, _label: &str, message: &Message) -> Result<String, String> {
        self.transport
            .send(message)
            .map(|r| r.code().to_string())
            .map_err(|e| e.to_string())
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
        };
        let env = |_: &str| Some("secret".to_string());
        assert!(Smtp::new(&settings("mail.example.invalid", Security::None), env).is_err());
        assert!(Smtp::new(&settings("127.0.0.1", Security::None), env).is_ok());
        assert!(Smtp::new(&settings("localhost", Security::None), env).is_ok());
        assert!(Smtp::new(&settings("mail.example.invalid", Security::StartTls), env).is_ok());
        let missing = |_: &str| None;
        let e = Smtp::new(&settings("127.0.0.1", Security::None), missing)
            .err()
            .unwrap();
        assert!(e.contains("PW"), "{e}");
    }
}
