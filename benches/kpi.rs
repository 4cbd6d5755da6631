//! `cargo bench`: kpi against the practical limit, on a department (1,500 tasks) and a
//! national corpus (200,000 tasks in 6,000 files), generated once per run.
//!
//! The baseline reads every TOML file of the corpus and parses it (toml's spanned
//! parser) in parallel, and does nothing else. kpi reads its files with its own tree
//! builder over toml_parser's events (`kpi::document`), so a second, stricter baseline
//! stops at those events: no reader built on toml_parser can be faster than that.
//! `check`, `overdue` and `assignments` run the library as the binary does, minus
//! printing (rendering into a buffer that is thrown away).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use divan::Bencher;
use kpi::corpus::{self, Size};
use rayon::prelude::*;

// The same allocator as the kpi binary, for the baseline too.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

fn corpus(size: Size, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kpi-bench-{name}-{}", std::process::id()));
    if !dir.exists() {
        std::fs::create_dir_all(&dir).unwrap();
        corpus::write(&dir, size, 2024).unwrap();
    }
    dir
}

fn department() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| corpus(Size::DEPARTMENT, "department"))
}

fn national() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| corpus(Size::NATIONAL, "national"))
}

const AS_OF: fn() -> NaiveDate = || NaiveDate::from_ymd_opt(2024, 7, 1).unwrap();

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| e.into_path())
        .collect()
}

/// The practical limit: find, read and parse every TOML file, in parallel.
fn baseline(dir: &Path) -> usize {
    toml_files(dir)
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let (table, _) = toml::de::DeTable::parse_recoverable(&text);
            table.get_ref().len()
        })
        .sum()
}

/// A stricter limit, for kpi's own reader (`kpi::document`), which builds no toml tree:
/// read every file and run toml_parser's lexer and parser over it, keeping nothing.
fn baseline_events(dir: &Path) -> usize {
    toml_files(dir)
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let source = toml_parser::Source::new(&text);
            let tokens = source.lex().into_vec();
            let mut events = Vec::with_capacity(tokens.len());
            let mut errors: Option<toml_parser::ParseError> = None;
            let mut receiver = toml_parser::parser::ValidateWhitespace::new(&mut events, source);
            toml_parser::parser::parse_document(&tokens, &mut receiver, &mut errors);
            events.len()
        })
        .sum()
}

fn check(dir: &Path) -> usize {
    let loaded = kpi::load::load(&[dir.to_path_buf()], None, AS_OF(), kpi::i18n::Lang::En).unwrap();
    loaded.diagnostics.len() + loaded.repo.plans.len()
}

fn overdue(dir: &Path) -> usize {
    let loaded = kpi::load::load(&[dir.to_path_buf()], None, AS_OF(), kpi::i18n::Lang::En).unwrap();
    let mut list = kpi::status::entries_where(
        &loaded.repo,
        AS_OF(),
        14,
        |_, _| true,
        |s| s == kpi::status::Status::Overdue,
    );
    kpi::status::sort(&mut list);
    list.len()
}

fn assignments(dir: &Path) -> usize {
    let loaded = kpi::load::load(&[dir.to_path_buf()], None, AS_OF(), kpi::i18n::Lang::En).unwrap();
    let repo = &loaded.repo;
    let mut rows = 0;
    for (ri, reg) in repo.registries.iter().enumerate() {
        for u in 0..reg.units.len() as u32 {
            for plan in repo.plans.iter().filter(|p| p.registry == ri) {
                for task in &plan.tasks {
                    if kpi::select::role_of(reg, task, u).is_some() {
                        rows += 1;
                    }
                }
            }
        }
    }
    rows
}

#[divan::bench(name = "department/baseline_parse")]
fn department_baseline(b: Bencher) {
    let dir = department();
    b.bench(|| baseline(dir));
}

#[divan::bench(name = "department/baseline_events")]
fn department_baseline_events(b: Bencher) {
    let dir = department();
    b.bench(|| baseline_events(dir));
}

#[divan::bench(name = "department/check")]
fn department_check(b: Bencher) {
    let dir = department();
    b.bench(|| check(dir));
}

#[divan::bench(name = "department/overdue")]
fn department_overdue(b: Bencher) {
    let dir = department();
    b.bench(|| overdue(dir));
}

#[divan::bench(name = "department/assignments")]
fn department_assignments(b: Bencher) {
    let dir = department();
    b.bench(|| assignments(dir));
}

#[divan::bench(name = "national/baseline_parse", sample_count = 10, sample_size = 1)]
fn national_baseline(b: Bencher) {
    let dir = national();
    b.bench(|| baseline(dir));
}

#[divan::bench(name = "national/baseline_events", sample_count = 10, sample_size = 1)]
fn national_baseline_events(b: Bencher) {
    let dir = national();
    b.bench(|| baseline_events(dir));
}

#[divan::bench(name = "national/check", sample_count = 10, sample_size = 1)]
fn national_check(b: Bencher) {
    let dir = national();
    b.bench(|| check(dir));
}

#[divan::bench(name = "national/overdue", sample_count = 10, sample_size = 1)]
fn national_overdue(b: Bencher) {
    let dir = national();
    b.bench(|| overdue(dir));
}

#[divan::bench(name = "national/assignments", sample_count = 10, sample_size = 1)]
fn national_assignments(b: Bencher) {
    let dir = national();
    b.bench(|| assignments(dir));
}
