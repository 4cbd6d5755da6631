//! Never silent, never lose a record (issue 13): the unattended cron job the README
//! recommends, broken repositories, odd progress files, faults and hostile files. One test
//! per defect a user met, each run on the real binary.

use std::time::{Duration, Instant};

use crate::cli::notify::smtp_server;
use crate::common::*;

const PLAN: &str = DEMO_PLAN;
const PROGRESS: &str = "plans/so-y-te/2024-cai-cach-hanh-chinh.progress.toml";

fn en(dir: &std::path::Path, args: &[&str]) -> Run {
    let mut all = vec!["--lang", "en"];
    all.extend(args);
    run(dir, &all)
}

/// Break one closing quote of a task title in the demo's plan.
fn break_a_title(dir: &std::path::Path) {
    let path = dir.join(PLAN);
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "title = \"Ban hành và phổ biến Kế hoạch cải cách hành chính năm 2024\"",
        "title = \"Ban hành và phổ biến Kế hoạch cải cách hành chính năm 2024",
        1,
    );
    std::fs::write(path, text).unwrap();
}

// 1. A broken file silences cron.

#[test]
fn a_broken_file_never_silences_cron() {
    let tmp = demo_copy();
    let d = tmp.path();
    break_a_title(d);
    // A day when nothing readable is overdue: -q prints no list, but names the file.
    let r = en(d, &["--as-of", "2024-01-05", "overdue", "-q"]);
    assert_eq!(r.status, 2, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr.contains(PLAN) && r.stderr.contains("toml-syntax"),
        "{}",
        r.stderr
    );
    let r = en(d, &["--as-of", "2024-01-05", "overdue"]);
    assert_eq!(r.status, 2);
    assert!(
        r.stdout.contains("Nothing overdue") && r.stdout.contains("left out in part"),
        "the empty answer says it is partial: {}",
        r.stdout
    );
    // --fail-if-any keeps meaning "found": exit 1 is not used for a broken file.
    let r = en(d, &["--as-of", "2024-01-05", "overdue", "--fail-if-any"]);
    assert_eq!(r.status, 2);
}

#[test]
fn a_unit_typo_or_an_unreadable_deadline_is_named_too() {
    for (from, to, check) in [
        (
            "lead = [\"Văn phòng Sở\"]",
            "lead = [\"Văn phòng Sởo\"]",
            "unknown-unit",
        ),
        (
            "due = \"Trước ngày 20/6/2024\"",
            "due = \"sớm nhất có thể\"",
            "unreadable-deadline",
        ),
    ] {
        let tmp = demo_copy();
        let d = tmp.path();
        let path = d.join(PLAN);
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replacen(from, to, 1);
        std::fs::write(&path, text).unwrap();
        let r = en(d, &["--as-of", "2024-07-02", "due", "--unit", "VP"]);
        assert_eq!(r.status, 2, "{check}: {}", r.stderr);
        assert!(r.stderr.contains(check), "{check}: {}", r.stderr);
    }
}

#[test]
fn notify_still_mails_the_units_and_tells_the_office() {
    let (port, inbox) = smtp_server();
    let tmp = demo_copy();
    let d = tmp.path();
    break_a_title(d);
    let settings = d.join("kpi.toml");
    let mut text = std::fs::read_to_string(&settings).unwrap();
    text.push_str(&format!(
        "\n[mail]\nfrom = \"Văn phòng theo dõi <theodoi@example.invalid>\"\nerrors_to = \"quantri@example.invalid\"\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\n"
    ));
    std::fs::write(&settings, text).unwrap();
    let r = en(d, &["--as-of", "2024-07-02", "notify"]);
    assert_eq!(r.status, 2, "{}\n{}", r.stdout, r.stderr);
    let mails = inbox.lock().unwrap().clone();
    let office: Vec<_> = mails
        .iter()
        .filter(|m| m.to.iter().any(|t| t.contains("quantri@")))
        .collect();
    assert_eq!(office.len(), 1, "one message to the office");
    assert!(mails.len() > 1, "the units were mailed too");
    let parsed = mailparse::parse_mail(&office[0].data).unwrap();
    let body = parsed.subparts[0].get_body().unwrap();
    assert!(
        body.contains(PLAN) && body.contains("toml-syntax"),
        "the office hears which file and why:\n{body}"
    );
    // The sender's name is shown, and the date is Vietnam's.
    let from = parsed
        .headers
        .iter()
        .find(|h| h.get_key() == "From")
        .unwrap()
        .get_value();
    assert!(from.contains("Văn phòng theo dõi"), "{from}");
    let date = parsed
        .headers
        .iter()
        .find(|h| h.get_key() == "Date")
        .unwrap()
        .get_value();
    assert!(date.ends_with("+0700"), "{date}");
}

// 2. Records from the future count.

#[test]
fn a_record_dated_after_the_day_asked_about_does_not_count() {
    let tmp = demo_copy();
    let d = tmp.path();
    // I.1 is due 19/6/2024; done on 2024-06-18.
    let r = en(
        d,
        &[
            "done",
            "demo-2024-cchc:I.1",
            "--date",
            "2024-06-18",
            "--by",
            "VP",
        ],
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let listed = |day: &str| {
        listed(
            d,
            &["--as-of", day, "due", "--within", "400", "--format", "json"],
        )
        .into_iter()
        .any(|(_, task, _, _)| task == "I.1")
    };
    assert!(listed("2024-06-10"), "before the record, I.1 is still owed");
    assert!(!listed("2024-06-18"), "on the record's day, it is done");
    // In assignments, as of a day before the record, I.1 is not done at all.
    let r = run(
        d,
        &[
            "--as-of",
            "2024-05-01",
            "assignments",
            "--unit",
            "VP",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let i1 = v[0]["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["task"] == "I.1")
        .unwrap()
        .clone();
    assert_eq!(i1["next_status"], "upcoming", "{i1}");
}

// 4. `kpi done` can destroy every record of a plan.

#[test]
fn odd_progress_files_gain_a_record_and_lose_none() {
    for before in [
        "record = [{ task = \"I.2\", period = \"2024-Q1\", status = \"done\", date = 2024-03-25 }]\n",
        "[record]\ntask = \"I.2\"\nperiod = \"2024-Q1\"\nstatus = \"done\"\ndate = 2024-03-25\n",
        "# chỉ có ghi chú\r\n[[record]]\r\ntask = \"I.3\"\r\nstatus = \"done\"\r\ndate = 2024-06-03\r\n",
        "",
    ] {
        let tmp = demo_copy();
        let d = tmp.path();
        std::fs::write(d.join(PROGRESS), before).unwrap();
        let check_before = run(d, &["--as-of", "2024-12-31", "check"]).status;
        let r = en(d, &["done", "demo-2024-cchc:II.3", "--date", "2024-05-02"]);
        assert_eq!(r.status, 0, "{before:?}: {}", r.stderr);
        let after = std::fs::read_to_string(d.join(PROGRESS)).unwrap();
        let t: toml::Table = after
            .parse()
            .unwrap_or_else(|e| panic!("{before:?}: {e}\n{after}"));
        let records = match &t["record"] {
            toml::Value::Array(a) => a.len(),
            _ => 1,
        };
        let old = usize::from(!before.is_empty());
        assert_eq!(records, old + 1, "{before:?}:\n{after}");
        if before.contains("\r\n") {
            assert!(!after.replace("\r\n", "").contains('\n'), "line ends kept");
        }
        assert_eq!(
            run(d, &["--as-of", "2024-12-31", "check"]).status,
            check_before,
            "{before:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn killed_appends_to_odd_files_never_lose_a_record() {
    let bin = assert_cmd::cargo::cargo_bin("kpi");
    let mut rng = kpi::corpus::Rng::new(13);
    for shape in [
        "record = [{ task = \"I.2\", period = \"2024-Q1\", status = \"done\", date = 2024-03-25 }]\n",
        "[record]\ntask = \"I.2\"\nperiod = \"2024-Q1\"\nstatus = \"done\"\ndate = 2024-03-25\n",
    ] {
        let tmp = demo_copy();
        let d = tmp.path();
        std::fs::write(d.join(PROGRESS), shape).unwrap();
        for i in 0..60 {
            let before = std::fs::read_to_string(d.join(PROGRESS)).unwrap();
            let count = |s: &str| match s.parse::<toml::Table>().unwrap().get("record") {
                Some(toml::Value::Array(a)) => a.len(),
                Some(_) => 1,
                None => 0,
            };
            let mut child = std::process::Command::new(&bin)
                .current_dir(d)
                .args(["done", "demo-2024-cchc:II.3", "--note"])
                .arg(format!("k{i}"))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap();
            std::thread::sleep(Duration::from_micros(rng.next_u64() % 40_000));
            let _ = child.kill();
            let _ = child.wait();
            let after = std::fs::read_to_string(d.join(PROGRESS)).unwrap();
            let (b, a) = (count(&before), count(&after));
            assert!(a == b || a == b + 1, "iteration {i}: {b} → {a}\n{after}");
        }
    }
}

// 5. Hangs.

#[cfg(unix)]
#[test]
fn fifos_links_to_the_root_and_devices_never_hang_kpi() {
    let tmp = demo_copy();
    let d = tmp.path();
    let fifo = |p: &std::path::Path| {
        let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    };
    fifo(&d.join("plans/so-y-te/treo.toml"));
    std::os::unix::fs::symlink("/", d.join("plans/goc")).unwrap();
    std::os::unix::fs::symlink("/proc/kmsg", d.join("plans/kmsg.toml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", d.join("plans/zero.toml")).unwrap();
    let start = Instant::now();
    let r = en(d, &["--as-of", "2024-07-02", "check"]);
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(r.status, 1, "{}", r.stderr);
    for name in ["treo.toml", "plans/goc", "kmsg.toml", "zero.toml"] {
        assert!(r.stderr.contains(name), "{name} is named: {}", r.stderr);
    }
    let r = en(d, &["--as-of", "2024-07-02", "due", "--unit", "VP"]);
    assert_eq!(r.status, 2);
    assert!(!r.stdout.is_empty(), "the rest still answers");
    // A FIFO as progress file: `kpi done` refuses at once.
    std::fs::remove_file(d.join(PROGRESS)).unwrap();
    fifo(&d.join(PROGRESS));
    let start = Instant::now();
    let r = en(d, &["done", "demo-2024-cchc:II.3"]);
    assert!(start.elapsed() < Duration::from_secs(20));
    assert_eq!(r.status, 2, "{}", r.stderr);
}

#[test]
fn a_held_lock_is_announced_and_given_up() {
    let tmp = demo_copy();
    let d = tmp.path();
    let plan = std::fs::File::open(d.join(PLAN)).unwrap();
    plan.lock().unwrap();
    let start = Instant::now();
    let out = kpi(d)
        .env("KPI_LOCK_TIMEOUT", "1")
        .args(["--lang", "en", "done", "demo-2024-cchc:II.3"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("waiting"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(start.elapsed() < Duration::from_secs(15));
    drop(plan);
}

/// `kpi notify` waits for another notify at most KPI_LOCK_TIMEOUT, then gives up with
/// nothing sent, in the repository's language (the demo's kpi.toml says `vi`).
#[test]
fn a_held_notify_lock_is_given_up_in_the_users_words() {
    let tmp = demo_copy();
    let d = tmp.path();
    let path = d.join("kpi.toml");
    let base = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        format!("{base}\n[mail]\nhost = \"127.0.0.1\"\nport = 1\nsecurity = \"none\"\nfrom = \"theodoi@example.invalid\"\n"),
    )
    .unwrap();
    std::fs::create_dir_all(d.join(".kpi")).unwrap();
    let lock = std::fs::File::create(d.join(".kpi/notify.lock")).unwrap();
    lock.lock().unwrap();
    let out = kpi(d)
        .env("KPI_LOCK_TIMEOUT", "1")
        .args(["--as-of", "2024-07-02", "notify"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr
            .contains("lỗi: không lấy được khóa của kpi notify (đã chờ 1 giây); chưa gửi thư nào"),
        "{stderr}"
    );
    drop(lock);
}

// 6. Secrets and escapes.

#[cfg(unix)]
#[test]
fn nothing_outside_the_repository_is_printed() {
    let tmp = demo_copy();
    let d = tmp.path();
    let secret = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        secret.path(),
        "root:$6$BÍ-MẬT-TUYỆT-ĐỐI:19000:0:99999:7:::\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(secret.path(), d.join("plans/s.toml")).unwrap();
    std::os::unix::fs::symlink(secret.path(), d.join("plans/so-y-te/units2.progress.toml"))
        .unwrap();
    for args in [
        &["check"][..],
        &["--as-of", "2024-07-02", "due"],
        &["check", "plans/s.toml"],
        &["check", "--format", "json"],
    ] {
        let r = en(d, args);
        assert!(
            !r.stdout.contains("BÍ-MẬT") && !r.stderr.contains("BÍ-MẬT"),
            "{args:?}: {}{}",
            r.stdout,
            r.stderr
        );
    }
    let r = en(d, &["check"]);
    assert!(r.stderr.contains("plans/s.toml"), "{}", r.stderr);
}

/// Put control characters in a unit's name (and in a title when `in_title`) of the
/// repository `d`, and check that no output shows one raw.
fn shown_escaped(d: &std::path::Path, in_title: bool) {
    if in_title {
        let path = d.join(PLAN);
        let text = std::fs::read_to_string(&path).unwrap().replacen(
            "Ban hành và phổ biến Kế hoạch",
            "\\u001B]52;c;ZXZpbA==\\u0007\\u001B[2JBan \\u202Ehành\\u0000",
            1,
        );
        std::fs::write(&path, text).unwrap();
    }
    let units = d.join("plans/so-y-te/units.toml");
    let text = std::fs::read_to_string(&units).unwrap().replacen(
        "name = \"Văn phòng Sở\"",
        "name = \"Văn phòng\\u001B[31m Sở\\u009B\"",
        1,
    );
    std::fs::write(&units, text).unwrap();
    for args in [
        &["--as-of", "2024-07-02", "due"][..],
        &["--as-of", "2024-07-02", "due", "--format", "csv"],
        &["--as-of", "2024-07-02", "due", "--format", "json"],
        &["--as-of", "2024-07-02", "due", "--format", "md"],
        &["--as-of", "2024-07-02", "assignments"],
        &["--as-of", "2024-07-02", "assignments", "--format", "csv"],
        &["--as-of", "2024-07-02", "assignments", "--format", "json"],
        &["--as-of", "2024-07-02", "assignments", "--format", "md"],
        &["--as-of", "2024-07-02", "overdue", "--format", "json"],
        &["units"],
        &["units", "--format", "json"],
        &["check"],
        &["check", "--format", "json"],
        &["--color", "always", "check"],
    ] {
        let out = kpi(d).args(args).output().unwrap();
        for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            let bad: Vec<char> = text
                .chars()
                .filter(|&c| {
                    kpi::text::is_hidden_control(c) && !(c == '\u{1b}' && args.contains(&"always"))
                })
                .collect();
            assert!(bad.is_empty(), "{args:?} {name}: {bad:?}\n{text}");
        }
    }
}

#[test]
fn control_characters_from_files_never_reach_the_terminal_raw() {
    // In a unit's name alone: the plan is simple text, which no output reads again
    // (Task::simple), but its registry's texts are read.
    let tmp = demo_copy();
    shown_escaped(tmp.path(), false);
    // In a title and a unit's name.
    let tmp = demo_copy();
    let d = tmp.path();
    shown_escaped(d, true);
    // The dry-run mail too.
    let mail = tempfile::tempdir().unwrap();
    let r = run(
        d,
        &[
            "--as-of",
            "2024-07-02",
            "notify",
            "--dry-run",
            mail.path().to_str().unwrap(),
        ],
    );
    assert!(r.status == 0 || r.status == 2, "{}", r.stderr);
    for e in std::fs::read_dir(mail.path()).unwrap() {
        let bytes = std::fs::read(e.unwrap().path()).unwrap();
        let parsed = mailparse::parse_mail(&bytes).unwrap();
        for part in &parsed.subparts {
            let body = part.get_body().unwrap();
            // Mail lines end with CR LF; nothing else may be a control.
            assert_eq!(kpi::text::hidden_control(&body), None, "{body}");
        }
    }
    // kpi check names them.
    let r = en(d, &["check"]);
    assert!(r.stderr.contains("control-character"), "{}", r.stderr);
}

#[test]
fn a_password_in_kpi_toml_is_never_echoed() {
    let tmp = demo_copy();
    let d = tmp.path();
    let settings = d.join("kpi.toml");
    let mut text = std::fs::read_to_string(&settings).unwrap();
    text.push_str("\n[mail]\nhost = \"smtp.example.invalid\"\npassword = \"Hunter2-RấtBíMật\"\n");
    std::fs::write(&settings, text).unwrap();
    for args in [
        &["check"][..],
        &["check", "--format", "json"],
        &["schedule", "Hằng quý"],
    ] {
        let r = en(d, args);
        assert!(
            !r.stdout.contains("Hunter2") && !r.stderr.contains("Hunter2"),
            "{args:?}: {}{}",
            r.stdout,
            r.stderr
        );
    }
    let r = en(d, &["check"]);
    assert!(r.stderr.contains("password"), "{}", r.stderr);
}

// 7. notify.

#[test]
fn three_notifies_at_once_mail_each_unit_once() {
    let (port, inbox) = smtp_server();
    let tmp = demo_copy();
    let d = tmp.path();
    let settings = d.join("kpi.toml");
    let mut text = std::fs::read_to_string(&settings).unwrap();
    text.push_str(&format!(
        "\n[mail]\nfrom = \"theodoi@example.invalid\"\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\n"
    ));
    std::fs::write(&settings, text).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("kpi");
    let children: Vec<_> = (0..3)
        .map(|_| {
            std::process::Command::new(&bin)
                .current_dir(d)
                .args(["--as-of", "2024-07-02", "notify"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    assert_eq!(inbox.lock().unwrap().len(), 7, "7 units, 7 mails");
}

#[test]
fn a_corrupt_state_file_is_an_error_not_a_reason_to_mail_everyone() {
    let (port, inbox) = smtp_server();
    let tmp = demo_copy();
    let d = tmp.path();
    let settings = d.join("kpi.toml");
    let mut text = std::fs::read_to_string(&settings).unwrap();
    text.push_str(&format!(
        "\n[mail]\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\n"
    ));
    std::fs::write(&settings, text).unwrap();
    std::fs::create_dir(d.join(".kpi")).unwrap();
    std::fs::write(
        d.join(".kpi/notified.toml"),
        "[sent\n\"demo-syt/VP\" = 2024-07-02",
    )
    .unwrap();
    let r = en(d, &["--as-of", "2024-07-02", "notify"]);
    assert_eq!(r.status, 2);
    assert!(
        r.stderr.contains("notified.toml") && r.stderr.contains("nothing was sent"),
        "{}",
        r.stderr
    );
    assert!(inbox.lock().unwrap().is_empty());
}

#[test]
fn a_server_that_trickles_is_given_up_on_in_bounded_time() {
    // A "server" that accepts and then sends its greeting one byte every 2 s.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            std::thread::spawn(move || {
                use std::io::Write;
                for b in b"220 slow.example.invalid ESMTP\r\n".iter().cycle() {
                    if s.write_all(&[*b]).is_err() {
                        return;
                    }
                    std::thread::sleep(Duration::from_secs(2));
                }
            });
        }
    });
    let tmp = demo_copy();
    let d = tmp.path();
    let settings = d.join("kpi.toml");
    let mut text = std::fs::read_to_string(&settings).unwrap();
    text.push_str(&format!(
        "\n[mail]\nhost = \"127.0.0.1\"\nport = {port}\nsecurity = \"none\"\ntimeout = 3\n"
    ));
    std::fs::write(&settings, text).unwrap();
    let start = Instant::now();
    let r = en(d, &["--as-of", "2024-07-02", "notify", "--unit", "VP"]);
    let took = start.elapsed();
    assert_eq!(r.status, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("did not finish within 3 s"),
        "{}",
        r.stderr
    );
    assert!(took < Duration::from_secs(30), "{took:?}");
}

// 8. Links and permissions.

#[cfg(unix)]
#[test]
fn a_linked_or_read_only_progress_file_is_kept_or_refused() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = demo_copy();
    let d = tmp.path();
    // A symbolic link inside the repository gets the record through the link.
    std::fs::rename(d.join(PROGRESS), d.join("plans/tien-do.toml.keep")).unwrap();
    std::os::unix::fs::symlink("../tien-do.toml.keep", d.join(PROGRESS)).unwrap();
    let r = en(d, &["done", "demo-2024-cchc:II.3", "--note", "qua link"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(
        std::fs::symlink_metadata(d.join(PROGRESS))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let target = std::fs::read_to_string(d.join("plans/tien-do.toml.keep")).unwrap();
    assert!(target.contains("qua link"));
    // A hard link, and a read-only file: refused, untouched.
    std::fs::remove_file(d.join(PROGRESS)).unwrap();
    std::fs::hard_link(d.join("plans/tien-do.toml.keep"), d.join(PROGRESS)).unwrap();
    let r = en(d, &["done", "demo-2024-cchc:II.3"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("hard links"), "{}", r.stderr);
    std::fs::remove_file(d.join(PROGRESS)).unwrap();
    std::fs::copy(d.join("plans/tien-do.toml.keep"), d.join(PROGRESS)).unwrap();
    std::fs::set_permissions(d.join(PROGRESS), std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(d.join(PROGRESS)).unwrap();
    let r = en(d, &["done", "demo-2024-cchc:II.3"]);
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("read-only"), "{}", r.stderr);
    assert_eq!(std::fs::read(d.join(PROGRESS)).unwrap(), before);
}

// 10. Leftover temporary files.

#[test]
fn leftovers_are_named_by_check_and_removed_by_the_next_done() {
    let tmp = demo_copy();
    let d = tmp.path();
    let left = d.join("plans/so-y-te/.2024-cai-cach-hanh-chinh.progress.toml.kpi-Xy12Zw.tmp");
    std::fs::write(&left, "[[record]]\n").unwrap();
    let r = en(d, &["check"]);
    assert!(r.stderr.contains("stale-temp-file"), "{}", r.stderr);
    let r = en(d, &["done", "demo-2024-cchc:II.3"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(!left.exists());
    assert!(
        r.stderr.contains("removed 1 temporary file"),
        "{}",
        r.stderr
    );
}

// Smaller defects.

#[test]
fn csv_cells_never_run_as_formulas() {
    let tmp = demo_copy();
    let d = tmp.path();
    let path = d.join(PLAN);
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "title = \"Ban hành và phổ biến Kế hoạch cải cách hành chính năm 2024\"",
        "title = \"=HYPERLINK(\\\"http://example.invalid\\\",\\\"Bấm\\\")\"",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let r = en(d, &["--as-of", "2024-07-02", "overdue", "--format", "csv"]);
    let line = r.stdout.lines().find(|l| l.contains("HYPERLINK")).unwrap();
    assert!(line.contains(",\"'=HYPERLINK("), "{line}");
    // Days late stay a number.
    assert!(line.contains(",-"), "{line}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let bin = assert_cmd::cargo::cargo_bin("kpi");
    let mut child = std::process::Command::new(bin)
        .current_dir(root())
        .args(["--as-of", "2026-01-01", "assignments", "--format", "csv"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close the pipe, as `| head -1` does.
    {
        use std::io::BufRead;
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        assert!(line.starts_with("org,"));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn a_list_written_in_one_string_gets_an_array_suggested() {
    let tmp = demo_copy();
    let d = tmp.path();
    let path = d.join(PLAN);
    let text = std::fs::read_to_string(&path).unwrap().replacen(
        "lead = [\"Văn phòng Sở\"]",
        "lead = \"TCCB, VP\"",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let r = en(d, &["check"]);
    assert!(
        r.stderr.contains("lead = [\"TCCB\", \"VP\"]"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_broken_org_is_named_as_a_registry_that_failed() {
    let tmp = demo_copy();
    let d = tmp.path();
    let units = d.join("plans/so-y-te/units.toml");
    let text =
        std::fs::read_to_string(&units)
            .unwrap()
            .replacen("[org]\nid = ", "[org]\nidd = ", 1);
    std::fs::write(&units, text).unwrap();
    let r = en(d, &["check"]);
    assert!(
        r.stderr.contains("failed to load") && r.stderr.contains("units.toml"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("has no unit registry"), "{}", r.stderr);
}

#[test]
fn by_a_unit_with_no_part_in_the_task_is_a_warning() {
    let tmp = demo_copy();
    let d = tmp.path();
    let r = en(d, &["done", "demo-2024-cchc:I.1", "--by", "CDC"]);
    assert_eq!(r.status, 0);
    assert!(
        r.stderr
            .contains("`CDC` neither leads nor supports task `I.1`"),
        "{}",
        r.stderr
    );
    let r = en(d, &["done", "demo-2024-cchc:I.1", "--by", "VP"]);
    assert!(!r.stderr.contains("neither leads"), "{}", r.stderr);
}
