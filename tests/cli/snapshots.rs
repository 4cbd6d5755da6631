//! The snapshot suite: `tests/cmd/*.md` show kpi's whole output (stdout, stderr and exit
//! status) for every rule of `kpi check` and every command, in English and Vietnamese,
//! on the real plans and the fixtures. They read as the documentation of kpi's output;
//! `TRYCMD=overwrite cargo test snapshots` rewrites them after a deliberate change (then
//! review the diff).

#[test]
fn the_documented_outputs() {
    trycmd::TestCases::new()
        .register_bin("kpi", std::path::PathBuf::from(env!("CARGO_BIN_EXE_kpi")))
        .env("COLUMNS", "120")
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .case("tests/cmd/*.md");
}
