//! Appends on every shape of progress file, and the refusals.

use super::*;

fn entry(note: &str) -> NewEntry {
    NewEntry {
        table: "record",
        fields: vec![
            ("task", Field::Text("IV.1.3".into())),
            ("period", Field::Text("2023-Q3".into())),
            ("status", Field::Text("done".into())),
            (
                "date",
                Field::Date(NaiveDate::from_ymd_opt(2023, 9, 28).unwrap()),
            ),
            ("note", Field::Text(note.into())),
        ],
    }
}

struct Repo {
    dir: tempfile::TempDir,
}

impl Repo {
    fn new() -> Repo {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("p.toml"), "[plan]\n").unwrap();
        Repo { dir }
    }
    fn progress(&self) -> PathBuf {
        self.dir.path().join("p.progress.toml")
    }
    fn append(&self, e: &NewEntry) -> Result<Appended, AppendError> {
        let root = self.dir.path().canonicalize().unwrap();
        let inside = move |p: &Path| p.canonicalize().is_ok_and(|r| r.starts_with(&root));
        append(
            &self.progress(),
            &self.dir.path().join("p.toml"),
            e,
            &inside,
            Duration::from_secs(2),
            || {},
        )
    }
    fn records(&self) -> Vec<toml::Value> {
        let text = fs::read_to_string(self.progress()).unwrap();
        let t: toml::Table = text.trim_start_matches('\u{feff}').parse().unwrap();
        match t.get("record") {
            Some(toml::Value::Array(a)) => a.clone(),
            Some(v) => vec![v.clone()],
            None => vec![],
        }
    }
}

#[test]
fn blocks_are_appended_keeping_every_byte() {
    let r = Repo::new();
    let before = "# Ghi chú của Văn phòng\n[[record]]   # cũ\ntask = \"A\"\nstatus = \"done\"";
    fs::write(r.progress(), before).unwrap();
    let done = r.append(&entry("Công văn \"khẩn\"\nlần 2")).unwrap();
    assert!(!done.converted);
    let after = fs::read_to_string(r.progress()).unwrap();
    assert!(after.starts_with(before), "old bytes kept:\n{after}");
    assert!(
        after[before.len()..].starts_with("\n\n[[record]]\n"),
        "one blank line between records:\n{after}"
    );
    let records = r.records();
    assert_eq!(records.len(), 2);
    assert_eq!(
        records[1]["note"].as_str(),
        Some("Công văn \"khẩn\"\nlần 2")
    );
}

#[test]
fn a_new_file_holds_the_block_alone() {
    let r = Repo::new();
    r.append(&entry("x")).unwrap();
    let text = fs::read_to_string(r.progress()).unwrap();
    assert!(
        text.starts_with("[[record]]\ntask = \"IV.1.3\"\n"),
        "{text}"
    );
    // An empty file (or one of comments) is the same as none: no leading blank lines.
    fs::write(r.progress(), "").unwrap();
    r.append(&entry("x")).unwrap();
    assert!(
        fs::read_to_string(r.progress())
            .unwrap()
            .starts_with("[[record]]")
    );
}

#[test]
fn an_inline_array_gets_one_more_table() {
    let r = Repo::new();
    let before = "record = [{ task = \"I.2\", status = \"done\", date = 2023-05-02 }]\n";
    fs::write(r.progress(), before).unwrap();
    r.append(&entry("y")).unwrap();
    let records = r.records();
    assert_eq!(
        records.len(),
        2,
        "{}",
        fs::read_to_string(r.progress()).unwrap()
    );
    assert_eq!(records[0]["task"].as_str(), Some("I.2"));
    assert_eq!(records[1]["note"].as_str(), Some("y"));
    let text = fs::read_to_string(r.progress()).unwrap();
    assert!(text.ends_with("}]\n"), "the last line end stays: {text:?}");
}

#[test]
fn a_single_table_becomes_blocks_holding_both() {
    let r = Repo::new();
    fs::write(
        r.progress(),
        "# giữ\n[record]\ntask = \"I.2\"\nstatus = \"done\"\n",
    )
    .unwrap();
    let done = r.append(&entry("z")).unwrap();
    assert!(done.converted);
    let text = fs::read_to_string(r.progress()).unwrap();
    assert!(text.contains("# giữ"), "{text}");
    let records = r.records();
    assert_eq!(records.len(), 2, "{text}");
    assert_eq!(records[0]["task"].as_str(), Some("I.2"));
}

#[test]
fn crlf_files_keep_their_line_ends_and_a_bom_stays() {
    let r = Repo::new();
    let before = "\u{feff}[[record]]\r\ntask = \"A\"\r\nstatus = \"done\"\r\n";
    fs::write(r.progress(), before).unwrap();
    r.append(&entry("w")).unwrap();
    let after = fs::read_to_string(r.progress()).unwrap();
    assert!(after.starts_with(before));
    assert!(!after.replace("\r\n", "").contains('\n'), "{after:?}");
    assert_eq!(r.records().len(), 2);
    // The same through toml_edit (inline array).
    fs::write(
        r.progress(),
        "record = [\r\n  { task = \"A\", status = \"done\" },\r\n]\r\n",
    )
    .unwrap();
    r.append(&entry("w")).unwrap();
    let after = fs::read_to_string(r.progress()).unwrap();
    assert!(!after.replace("\r\n", "").contains('\n'), "{after:?}");
    assert_eq!(r.records().len(), 2);
}

#[test]
fn what_cannot_be_added_to_is_refused_and_left_alone() {
    let r = Repo::new();
    for (text, want) in [
        ("[[record]\n", "invalid"),
        ("record = \"x\"\n", "shape"),
        ("record = 3\n", "shape"),
        ("\u{0}", "invalid"),
    ] {
        fs::write(r.progress(), text).unwrap();
        let e = r.append(&entry("x")).unwrap_err();
        let kind = match e {
            AppendError::Invalid { .. } => "invalid",
            AppendError::Shape { .. } => "shape",
            other => panic!("{text:?}: {other:?}"),
        };
        assert_eq!(kind, want, "{text:?}");
        assert_eq!(
            fs::read_to_string(r.progress()).unwrap(),
            text,
            "nothing written"
        );
    }
    fs::write(r.progress(), b"\xff\xfe").unwrap();
    assert!(matches!(
        r.append(&entry("x")),
        Err(AppendError::Invalid { .. })
    ));
}

#[cfg(unix)]
#[test]
fn links_are_kept_or_refused_and_read_only_files_refused() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let r = Repo::new();
    let d = r.dir.path();
    // A link inside the repository: the record goes to the target; the link stays.
    fs::create_dir(d.join("shared")).unwrap();
    fs::write(
        d.join("shared/real.toml"),
        "[[record]]\ntask = \"A\"\nstatus = \"done\"\n",
    )
    .unwrap();
    symlink("shared/real.toml", r.progress()).unwrap();
    r.append(&entry("qua liên kết")).unwrap();
    assert!(
        fs::symlink_metadata(r.progress())
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(d.join("shared/real.toml"))
            .unwrap()
            .contains("qua liên kết")
    );
    fs::remove_file(r.progress()).unwrap();
    // A link out of the repository is never followed.
    let outside = tempfile::NamedTempFile::new().unwrap();
    symlink(outside.path(), r.progress()).unwrap();
    assert!(matches!(
        r.append(&entry("x")),
        Err(AppendError::OutsideRepository(_))
    ));
    fs::remove_file(r.progress()).unwrap();
    // A second hard link would be cut off by the rename: refused.
    fs::write(
        d.join("a.toml"),
        "[[record]]\ntask = \"A\"\nstatus = \"done\"\n",
    )
    .unwrap();
    fs::hard_link(d.join("a.toml"), r.progress()).unwrap();
    assert!(matches!(
        r.append(&entry("x")),
        Err(AppendError::HardLinked { links: 2, .. })
    ));
    fs::remove_file(r.progress()).unwrap();
    // Read-only: refused, untouched. Writable: the mode is kept.
    fs::write(r.progress(), "").unwrap();
    fs::set_permissions(r.progress(), fs::Permissions::from_mode(0o444)).unwrap();
    assert!(matches!(
        r.append(&entry("x")),
        Err(AppendError::ReadOnly(_))
    ));
    fs::set_permissions(r.progress(), fs::Permissions::from_mode(0o640)).unwrap();
    r.append(&entry("x")).unwrap();
    let mode = fs::metadata(r.progress()).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_without_blocking() {
    let r = Repo::new();
    let path = std::ffi::CString::new(r.progress().to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o644) }, 0);
    let e = r.append(&entry("x")).unwrap_err();
    assert!(matches!(e, AppendError::NotRegular(_)), "{e:?}");
}

#[test]
fn leftovers_of_killed_runs_are_removed() {
    let r = Repo::new();
    let d = r.dir.path();
    fs::write(d.join(".p.progress.toml.kpi-AAAAAA.tmp"), "half").unwrap();
    fs::write(d.join(".q.progress.toml.kpi-BBBBBB.tmp"), "another plan's").unwrap();
    let done = r.append(&entry("x")).unwrap();
    assert_eq!(done.removed, 1);
    assert!(!d.join(".p.progress.toml.kpi-AAAAAA.tmp").exists());
    assert!(
        d.join(".q.progress.toml.kpi-BBBBBB.tmp").exists(),
        "not ours"
    );
    let names: Vec<String> = fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.starts_with(".p.progress.toml.kpi-")),
        "{names:?}"
    );
}

#[test]
fn a_held_lock_is_given_up_after_the_wait() {
    let r = Repo::new();
    let held = File::open(r.dir.path().join("p.toml")).unwrap();
    held.lock().unwrap();
    let mut waited = false;
    let e = append(
        &r.progress(),
        &r.dir.path().join("p.toml"),
        &entry("x"),
        &|_| true,
        Duration::from_millis(150),
        || waited = true,
    )
    .unwrap_err();
    assert!(matches!(e, AppendError::Busy(_)), "{e:?}");
    assert!(waited, "the wait was announced");
    assert!(!r.progress().exists(), "nothing written");
}

#[test]
fn verification_refuses_a_text_that_lost_or_changed_an_entry() {
    let before: toml::Table = "[[record]]\ntask = \"A\"\n".parse().unwrap();
    let e = entry("x");
    let good = format!("[[record]]\ntask = \"A\"\n\n{}", e.to_block("\n"));
    assert!(verify(&before, &good, &e).is_some());
    let lost = e.to_block("\n");
    assert!(verify(&before, &lost, &e).is_none(), "an old record lost");
    let changed = format!("[[record]]\ntask = \"B\"\n\n{}", e.to_block("\n"));
    assert!(
        verify(&before, &changed, &e).is_none(),
        "an old record changed"
    );
    let twice = format!("{good}\n{}", e.to_block("\n"));
    assert!(verify(&before, &twice, &e).is_none(), "two added");
    let other = format!("x = 1\n{good}");
    assert!(verify(&before, &other, &e).is_none(), "another key added");
    assert!(verify(&before, "[[record]", &e).is_none(), "not TOML");
}

#[test]
fn other_tables_of_the_file_are_kept_and_checked() {
    let r = Repo::new();
    let before =
        "# sổ theo dõi\n[meta]\nowner = \"VP\"\n\n[[record]]\ntask = \"A\"\nstatus = \"done\"\n";
    fs::write(r.progress(), before).unwrap();
    let done = r.append(&entry("x")).unwrap();
    assert_eq!(
        done.path,
        r.progress(),
        "a plain file is written where it is"
    );
    let t: toml::Table = fs::read_to_string(r.progress()).unwrap().parse().unwrap();
    assert_eq!(t["meta"]["owner"].as_str(), Some("VP"));
    // The verification compares every other table: a text that changed one is refused.
    let e = entry("x");
    let before: toml::Table = before.parse().unwrap();
    let changed = format!(
        "[meta]\nowner = \"KHTC\"\n\n[[record]]\ntask = \"A\"\nstatus = \"done\"\n\n{}",
        e.to_block("\n")
    );
    assert!(verify(&before, &changed, &e).is_none());
}

#[test]
fn a_broken_file_is_named_with_the_parsers_first_line() {
    let r = Repo::new();
    fs::write(r.progress(), "[[record]\ntask = 1\n").unwrap();
    match r.append(&entry("x")) {
        Err(AppendError::Invalid { message, .. }) => {
            assert!(
                !message.is_empty() && !message.contains('\n'),
                "{message:?}"
            );
            assert!(
                message.contains(']') || message.contains("table"),
                "{message:?}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn leftovers_of_earlier_versions_go_once_a_minute_old() {
    let r = Repo::new();
    let d = r.dir.path();
    let old = d.join(".kpi-progress-OLD123.tmp");
    let fresh = d.join(".kpi-progress-NEW456.tmp");
    let unrelated = d.join(".kpi-progress-note.txt");
    for p in [&old, &fresh, &unrelated] {
        fs::write(p, "half").unwrap();
    }
    let an_hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    for p in [&old, &unrelated] {
        File::options()
            .write(true)
            .open(p)
            .unwrap()
            .set_modified(an_hour_ago)
            .unwrap();
    }
    let done = r.append(&entry("x")).unwrap();
    assert_eq!(done.removed, 1);
    assert!(!old.exists(), "an hour old: a killed run's");
    assert!(fresh.exists(), "new: perhaps a running older kpi's");
    assert!(unrelated.exists(), "not a temporary file");
}
