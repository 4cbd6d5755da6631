//! The whole loader on one plan file and its progress file, beside a fixed registry.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let shm = std::path::Path::new("/dev/shm");
        let base = if shm.is_dir() { shm.to_path_buf() } else { std::env::temp_dir() };
        let d = base.join(format!("kpi-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join("units.toml"), kpi::fuzzing::UNITS).unwrap();
        d
    })
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| kpi::fuzzing::loader(dir(), data));
