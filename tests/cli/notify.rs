//! `kpi notify` through a real SMTP server started in the test on 127.0.0.1 (mailin), and
//! the dry-run folder. Received messages are parsed back: recipients, decoded subject, body.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use crate::common::*;
use mailin_embedded::{Handler, Response, Server, response};

#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

#[derive(Clone)]
struct Inbox {
    done: Arc<Mutex<Vec<Received>>>,
    current: Option<Received>,
}

impl Handler for Inbox {
    fn rcpt(&mut self, to: &str) -> Response {
        if to.contains("reject") {
            response::NO_MAILBOX
        } else {
            response::OK
        }
    }
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.current = Some(Received {
            to: to.to_vec(),
            data: Vec::new(),
        });
        response::OK
    }
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        if let Some(c) = &mut self.current {
            c.data.extend_from_slice(buf);
        }
        Ok(())
    }
    fn data_end(&mut self) -> Response {
        if let Some(c) = self.current.take() {
            self.done.lock().unwrap().push(c);
        }
        response::OK
    }
}

/// An SMTP server on 127.0.0.1 and an ephemeral port; it runs until the test ends.
pub fn smtp_server() -> (u16, Arc<Mutex<Vec<Received>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let done = Arc::new(Mutex::new(Vec::new()));
    let mut server = Server::new(Inbox {
        done: done.clone(),
        current: None,
    });
    server
        .with_name("kpi-test")
        .with_tcp_listener(listener)
        .with_num_threads(2);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, done)
}

struct Parsed {
    to: Vec<String>,
    subject: String,
    text: String,
    html: String,
    headers: Vec<(String, String)>,
}

fn parse(bytes: &[u8]) -> Parsed {
    let m = mailparse::parse_mail(bytes).unwrap();
    let header = |k: &str| {
        mailparse::MailHeaderMap::get_first_value(m.headers.as_slice(), k).unwrap_or_default()
    };
    let part = |mime: &str| {
        m.subparts
            .iter()
            .find(|p| p.ctype.mimetype == mime)
            .map(|p| p.get_body().unwrap())
            .unwrap_or_default()
    };
    Parsed {
        to: header("To")
            .split(',')
            .map(|s| s.trim().to_string())
            .collect(),
        subject: header("Subject"),
        text: part("text/plain"),
        html: part("text/html"),
        headers: m
            .headers
            .iter()
            .map(|h| (h.get_key(), h.get_value()))
            .collect(),
    }
}

fn with_mail_settings(dir: &std::path::Path, port: u16, extra: &str) {
    let path = dir.join("kpi.toml");
    let mut settings = std::fs::read_to_string(&path).unwrap();
    settings.push_str(&format!(
        "\n[mail]\nfrom = \"theodoi@example.invalid\"\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\n{extra}"
    ));
    std::fs::write(path, settings).unwrap();
}

#[test]
fn sends_one_digest_per_unit_through_a_real_smtp_server() {
    let (port, inbox) = smtp_server();
    let tmp = demo_copy();
    let dir = tmp.path();
    with_mail_settings(dir, port, "");
    // The repository speaks Vietnamese (kpi.toml): the run and the mail do.
    let r = run(dir, &["--as-of", "2024-07-02", "notify"]);
    assert_eq!(r.status, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("Đã gửi: 7; lỗi: 0"), "{}", r.stdout);
    assert!(
        r.stderr.contains("chưa có địa chỉ email") && r.stderr.contains("TTYT-B (demo-syt)"),
        "units without an address are named: {}",
        r.stderr
    );
    let got = inbox.lock().unwrap().clone();
    assert_eq!(got.len(), 7);
    let ttyt = got
        .iter()
        .find(|m| m.to == ["ttyt.a@example.invalid"])
        .expect("TTYT-A got its message");
    let p = parse(&ttyt.data);
    assert_eq!(
        p.subject,
        "[kpi] TTYT-A (Trung tâm Y tế huyện A): 2 nhiệm vụ quá hạn, 0 đến hạn"
    );
    assert!(p.to[0].contains("ttyt.a@example.invalid"), "{:?}", p.to);
    // Overdue items, oldest first, with their period and how to record completion.
    let iii1 = p.text.find("demo-2024-cchc:III.1").expect("III.1 listed");
    let i2 = p.text.find("demo-2024-cchc:I.2").expect("I.2 listed");
    assert!(iii1 < i2, "{}", p.text);
    assert!(
        p.text.contains("Hạn: 19/06/2024 (trễ 13 ngày)") && p.text.contains("Kỳ: 2024-Q2"),
        "{}",
        p.text
    );
    assert!(
        p.text
            .contains("kpi done demo-2024-cchc:III.1 --period 2024-Q2 --by TTYT-A"),
        "{}",
        p.text
    );
    assert!(p.html.contains("<td>demo-2024-cchc:I.2</td>"), "{}", p.html);

    // The same day again: nobody is mailed twice; --force sends again.
    let r = run(dir, &["--lang", "en", "--as-of", "2024-07-02", "notify"]);
    assert_eq!(r.status, 0);
    assert!(
        r.stdout
            .contains("0 sent, 0 failed, 7 already mailed today"),
        "{}",
        r.stdout
    );
    assert_eq!(inbox.lock().unwrap().len(), 7);
    let state = std::fs::read_to_string(dir.join(".kpi/notified.toml")).unwrap();
    assert!(
        state.contains("\"demo-syt/TTYT-A\" = 2024-07-02"),
        "{state}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join(".kpi/.gitignore"))
            .unwrap()
            .lines()
            .last(),
        Some("*")
    );
    let r = run(
        dir,
        &[
            "--as-of",
            "2024-07-02",
            "notify",
            "--unit",
            "TTYT-A",
            "--force",
        ],
    );
    assert_eq!(r.status, 0);
    assert_eq!(inbox.lock().unwrap().len(), 8);
    // The next day, units are mailed again.
    let r = run(
        dir,
        &[
            "--lang",
            "en",
            "--as-of",
            "2024-07-03",
            "notify",
            "--org",
            "demo-ttyt-a",
        ],
    );
    assert!(r.stdout.contains("1 sent"), "{}", r.stdout);
}

#[test]
fn one_units_failure_does_not_stop_the_others() {
    let (port, inbox) = smtp_server();
    let tmp = demo_copy();
    let dir = tmp.path();
    with_mail_settings(dir, port, "");
    let units = dir.join("plans/so-y-te/units.toml");
    let text = std::fs::read_to_string(&units)
        .unwrap()
        .replace("bvdk@example.invalid", "reject@example.invalid");
    std::fs::write(&units, text).unwrap();
    let r = run(dir, &["--lang", "en", "--as-of", "2024-07-02", "notify"]);
    assert_eq!(r.status, 1, "{}", r.stdout);
    assert!(r.stderr.contains("error: demo-syt-BVDK"), "{}", r.stderr);
    assert!(r.stdout.contains("6 sent, 1 failed"), "{}", r.stdout);
    assert_eq!(inbox.lock().unwrap().len(), 6);
    // The failed unit is not marked as mailed: the next run tries it again.
    let r = run(dir, &["--lang", "en", "--as-of", "2024-07-02", "notify"]);
    assert!(
        r.stdout
            .contains("0 sent, 1 failed, 6 already mailed today"),
        "{}",
        r.stdout
    );
}

#[test]
fn settings_and_password_safety() {
    let tmp = demo_copy();
    let dir = tmp.path();
    // No [mail]: an error that says what to do.
    let r = run(dir, &["--lang", "en", "--as-of", "2024-07-02", "notify"]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains("[mail]") && r.stderr.contains("--dry-run"),
        "{}",
        r.stderr
    );
    // A password to a distant host without TLS: refused before anything is sent.
    let path = dir.join("kpi.toml");
    let base = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        format!("{base}\n[mail]\nfrom = \"a@example.invalid\"\nhost = \"mail.example.invalid\"\nsecurity = \"none\"\nuser = \"kpi\"\npassword_env = \"KPI_TEST_PW\"\n"),
    )
    .unwrap();
    let out = kpi(dir)
        .env("KPI_TEST_PW", "secret")
        .args(["--as-of", "2024-07-02", "notify"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // The demo's kpi.toml says lang = "vi": the refusal is in Vietnamese.
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.starts_with("lỗi: không gửi mật khẩu chưa mã hoá tới mail.example.invalid"),
        "{said}"
    );
    // The variable named by password_env must be set.
    let out = kpi(dir)
        .env_remove("KPI_TEST_PW")
        .args(["--as-of", "2024-07-02", "notify"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("KPI_TEST_PW"));
    // A password written in kpi.toml is an error of kpi check.
    std::fs::write(&path, format!("{base}\n[mail]\npassword = \"secret\"\n")).unwrap();
    let r = run(dir, &["--lang", "en", "check"]);
    assert_eq!(r.status, 1);
    assert!(
        r.stderr
            .contains("a password must not be written in kpi.toml"),
        "{}",
        r.stderr
    );
}

#[test]
fn dry_run_writes_one_message_per_unit_with_exactly_its_items() {
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("thu");
    let r = run(
        &demo(),
        &[
            "--as-of",
            "2024-07-02",
            "notify",
            "--dry-run",
            out_dir.to_str().unwrap(),
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let mut files: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "demo-syt-BVDK.eml",
            "demo-syt-CDC.eml",
            "demo-syt-KHTC.eml",
            "demo-syt-TCCB.eml",
            "demo-syt-TTYT-A.eml",
            "demo-syt-VP.eml",
            "demo-ttyt-a-VP.eml",
        ]
    );
    // Each message lists exactly what `kpi overdue --unit` lists for that unit.
    for (file, unit, org) in [
        ("demo-syt-TTYT-A.eml", "TTYT-A", "demo-syt"),
        ("demo-syt-KHTC.eml", "KHTC", "demo-syt"),
        ("demo-ttyt-a-VP.eml", "VP", "demo-ttyt-a"),
    ] {
        let p = parse(&std::fs::read(out_dir.join(file)).unwrap());
        let listed = listed(
            &demo(),
            &[
                "--as-of",
                "2024-07-02",
                "overdue",
                "--format",
                "json",
                "--unit",
                unit,
                "--org",
                org,
            ],
        );
        let in_mail: Vec<String> = p
            .text
            .lines()
            .filter(|l| l.contains(". ") && l.contains(":") && l.contains(" — "))
            .map(|l| {
                l.split(" — ")
                    .next()
                    .unwrap()
                    .split(". ")
                    .nth(1)
                    .unwrap()
                    .to_string()
            })
            .collect();
        let expected: Vec<String> = listed
            .iter()
            .map(|(plan, task, _, _)| format!("{plan}:{task}"))
            .collect();
        assert_eq!(in_mail, expected, "{file}:\n{}", p.text);
    }
    // A dry run does not count as mailed.
    assert!(!demo().join(".kpi").exists());
}

#[test]
fn names_with_line_breaks_never_reach_a_header() {
    let (port, inbox) = smtp_server();
    let tmp = demo_copy();
    let dir = tmp.path();
    with_mail_settings(dir, port, "");
    let units = dir.join("plans/ttyt-huyen-a/units.toml");
    let text = std::fs::read_to_string(&units).unwrap().replace(
        "name = \"Phòng Tổ chức - Hành chính\"",
        "name = \"Phòng TC\\r\\nBcc: evil@example.invalid\\r\\nX-Evil: 1\"",
    );
    std::fs::write(&units, text).unwrap();
    let r = run(
        dir,
        &["--as-of", "2024-07-02", "notify", "--org", "demo-ttyt-a"],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let got = inbox.lock().unwrap().clone();
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].to,
        ["tchc.ttyt.a@example.invalid"],
        "no extra recipient"
    );
    let p = parse(&got[0].data);
    assert!(
        p.headers.iter().all(|(k, _)| k != "Bcc" && k != "X-Evil"),
        "{:?}",
        p.headers
    );
    assert!(
        p.subject
            .contains("Phòng TC Bcc: evil@example.invalid X-Evil: 1"),
        "{}",
        p.subject
    );

    // An address with a line break is refused for that unit, and the run says so.
    let text = std::fs::read_to_string(&units).unwrap().replace(
        "tchc.ttyt.a@example.invalid",
        "a@example.invalid\\r\\nBcc: evil@example.invalid",
    );
    std::fs::write(&units, text).unwrap();
    let r = run(
        dir,
        &[
            "--lang",
            "en",
            "--as-of",
            "2024-07-03",
            "notify",
            "--org",
            "demo-ttyt-a",
        ],
    );
    assert_eq!(r.status, 1);
    assert!(r.stderr.contains("not an e-mail address"), "{}", r.stderr);
    assert_eq!(inbox.lock().unwrap().len(), 1);
}
