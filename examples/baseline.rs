//! The practical limit, as a program to time beside `kpi` (scripts/measure.sh): find every
//! `.toml` file under DIR, read it and parse it with toml's spanned parser, in parallel,
//! and nothing else. `cargo run --release --example baseline -- DIR`

use std::path::PathBuf;

use rayon::prelude::*;

// The same allocator as the kpi binary.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "plans".into()));
    let files: Vec<PathBuf> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "toml"))
        .map(|e| e.into_path())
        .collect();
    let keys: usize = files
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            toml::de::DeTable::parse(&text).map_or(0, |t| t.get_ref().len())
        })
        .sum();
    println!("{} files, {keys} top-level keys", files.len());
}
