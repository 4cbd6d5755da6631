//! `kpi done` killed at random moments, hundreds of times: the progress file is always the
//! old version or the new one, valid TOML, and nothing recorded before is ever lost.

use std::time::Duration;

use crate::common::*;
use kpi::corpus::Rng;

const PROGRESS: &str = "plans/so-y-te/2024-cai-cach-hanh-chinh.progress.toml";

fn count_records(text: &str) -> usize {
    let t: toml::Table = toml::from_str(text).expect("the progress file is valid TOML");
    t["record"].as_array().unwrap().len()
}

#[cfg(unix)]
#[test]
fn a_killed_kpi_done_leaves_the_old_or_the_new_file() {
    let tmp = demo_copy();
    let dir = tmp.path();
    let bin = assert_cmd::cargo::cargo_bin("kpi");
    // How long one run takes here, to spread the kills over its whole life.
    let start = std::time::Instant::now();
    let ok = std::process::Command::new(&bin)
        .current_dir(dir)
        .args(["done", "demo-2024-cchc:II.3", "--note", "warm-up"])
        .output()
        .unwrap();
    assert!(ok.status.success());
    let span_us = (start.elapsed().as_micros() as u64 * 3 / 2).max(2_000);

    let mut rng = Rng::new(7);
    let (mut written, mut not_written) = (0, 0);
    for i in 0..300 {
        let before = std::fs::read_to_string(dir.join(PROGRESS)).unwrap();
        let mut child = std::process::Command::new(&bin)
            .current_dir(dir)
            .args(["done", "demo-2024-cchc:II.3", "--note"])
            .arg(format!("k{i}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.next_u64() % span_us));
        let _ = child.kill(); // SIGKILL: no destructor, no cleanup
        let _ = child.wait();
        let after = std::fs::read_to_string(dir.join(PROGRESS)).unwrap();
        if after == before {
            not_written += 1;
        } else {
            assert!(
                after.starts_with(&before),
                "iteration {i}: old bytes changed"
            );
            assert_eq!(
                count_records(&after),
                count_records(&before) + 1,
                "iteration {i}"
            );
            assert!(
                after.trim_end().ends_with(&format!("note = \"k{i}\"")),
                "iteration {i}:\n{after}"
            );
            written += 1;
        }
    }
    eprintln!("300 killed runs: {written} wrote their record, {not_written} wrote nothing");
    assert_eq!(written + not_written, 300);
    // What a killed run may leave behind (a hidden temporary file) never disturbs a check.
    let r = run(dir, &["--as-of", "2024-12-31", "check"]);
    assert_eq!(r.status, 0, "{}", r.stderr);
}
