//! The deployment examples of examples/ hold: the systemd unit passes `systemd-analyze
//! verify` with kpi, git and the repository where it says, and lets `git pull` write the
//! repository.

use crate::common::*;

#[cfg(unix)]
#[test]
fn the_systemd_unit_verifies_and_lets_git_pull_write() {
    let unit = std::fs::read_to_string(root().join("examples/systemd/kpi-notify.service")).unwrap();
    let value = |key: &str| {
        unit.lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
            .unwrap_or_else(|| panic!("{key} in the unit"))
            .to_string()
    };
    // ProtectSystem=strict makes everything read-only but ReadWritePaths: it must hold
    // the working folder, where `git pull` writes, and must exist before the first run.
    assert_eq!(value("ProtectSystem"), "strict");
    let repo = value("WorkingDirectory");
    let writable: Vec<String> = value("ReadWritePaths")
        .split_whitespace()
        .map(|p| p.trim_start_matches('-').to_string())
        .collect();
    assert!(
        writable.iter().any(|w| repo.starts_with(w.as_str())),
        "ReadWritePaths {writable:?} does not cover the repository {repo}"
    );
    assert!(value("ExecStartPre").contains("git pull"));

    let Ok(analyze) = which("systemd-analyze") else {
        // .ci/run installs systemd; a developer machine without it skips this part.
        eprintln!("systemd-analyze not found: the unit's syntax was not verified");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(d.join("notify.env"), "KPI_SMTP_PASSWORD=x\n").unwrap();
    let kpi = assert_cmd::cargo::cargo_bin("kpi");
    let git = which("git").expect("git is installed");
    let local = unit
        .replace("/usr/local/bin/kpi", &kpi.display().to_string())
        .replace("/usr/bin/git", &git.display().to_string())
        .replace(
            "/etc/kpi/notify.env",
            &d.join("notify.env").display().to_string(),
        )
        .replace("/srv/ke-hoach", &d.display().to_string())
        .replace("User=kpi\n", "");
    let path = d.join("kpi-notify.service");
    std::fs::write(&path, local).unwrap();
    std::fs::copy(
        root().join("examples/systemd/kpi-notify.timer"),
        d.join("kpi-notify.timer"),
    )
    .unwrap();
    for file in ["kpi-notify.service", "kpi-notify.timer"] {
        let out = std::process::Command::new(&analyze)
            .args(["verify", "--man=no"])
            .arg(d.join(file))
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr).into_owned()
            + &String::from_utf8_lossy(&out.stdout);
        let problems: Vec<&str> = said
            .lines()
            .filter(|l| l.contains(file) || l.contains("kpi"))
            .collect();
        assert!(
            out.status.success() && problems.is_empty(),
            "{file}: {said}"
        );
    }
}

fn which(program: &str) -> Result<std::path::PathBuf, ()> {
    std::env::var_os("PATH")
        .and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|p| p.join(program))
                .find(|p| p.is_file())
        })
        .ok_or(())
}
