//! The fast TOML reader against toml's own parser: same tree whenever the fast one accepts.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kpi::fuzzing::document(data));
