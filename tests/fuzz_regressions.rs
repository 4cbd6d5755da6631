//! Replays the fuzzers' seeds and every input kept in tests/fuzz_regressions/ through the
//! fuzz targets' own code (kpi::fuzzing), so that a fixed crash stays fixed.

mod common;

use common::root;

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
