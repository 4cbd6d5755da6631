//! Replays the fuzzers' seeds and every input kept in tests/fuzz_regressions/ through the
//! fuzz targets' own code (kpi::fuzzing), so that a fixed crash stays fixed.

use crate::common::root;

fn inputs(dirs: &[&str]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for d in dirs {
        let Ok(entries) = std::fs::read_dir(root().join(d)) else {
            continue;
        };
        for e in entries {
            let e = e.unwrap();
            if e.file_name() != "README.md" {
                out.push((
                    e.path().display().to_string(),
                    std::fs::read(e.path()).unwrap(),
                ));
            }
        }
    }
    out
}

#[test]
fn phrase_inputs_replay_without_panic() {
    let all = inputs(&["fuzz/seeds/phrase", "tests/fuzz_regressions/phrase"]);
    assert!(all.len() >= 100, "the seeds are there");
    for (name, data) in all {
        let r = std::panic::catch_unwind(|| kpi::fuzzing::phrase(&data));
        assert!(r.is_ok(), "{name} panics the phrase reader");
    }
}

#[test]
fn loader_inputs_replay_without_panic() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("units.toml"), kpi::fuzzing::UNITS).unwrap();
    let all = inputs(&["fuzz/seeds/loader", "tests/fuzz_regressions/loader"]);
    assert!(all.len() >= 40, "the seeds are there");
    for (name, data) in all {
        let r = std::panic::catch_unwind(|| kpi::fuzzing::loader(tmp.path(), &data));
        assert!(r.is_ok(), "{name} panics the loader");
    }
}

#[test]
fn document_inputs_read_the_same_both_ways() {
    let all = inputs(&[
        "fuzz/seeds/document",
        "fuzz/seeds/loader",
        "tests/fuzz_regressions/document",
    ]);
    assert!(all.len() >= 100, "the seeds are there");
    for (name, data) in all {
        let r = std::panic::catch_unwind(|| kpi::fuzzing::document(&data));
        assert!(
            r.is_ok(),
            "{name}: the fast TOML reader and toml's disagree"
        );
    }
}

/// The fast reader is worth having only if kpi's real files take it.
#[test]
fn the_real_plans_take_the_fast_way() {
    let mut files = 0;
    for dir in ["plans", "examples"] {
        for e in walkdir::WalkDir::new(root().join(dir)) {
            let e = e.unwrap();
            if e.path().extension().is_some_and(|x| x == "toml") {
                let text = std::fs::read_to_string(e.path()).unwrap();
                assert!(
                    kpi::document::fast(&text).is_some(),
                    "{} is left to toml's slower parser",
                    e.path().display()
                );
                files += 1;
            }
        }
    }
    assert!(files >= 15, "only {files} files found");
}
