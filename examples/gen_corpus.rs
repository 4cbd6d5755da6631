//! Write a generated plan repository: `cargo run --release --example gen_corpus -- SIZE DIR`
//! with SIZE `department` (about 1,500 tasks), `region` (20,000), `national` (200,000 tasks
//! in 6,000 files) or `million` (1,000,000).

use std::path::PathBuf;

use kpi::corpus::{self, Size};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    const USAGE: &str = "usage: gen_corpus department|region|national|million DIR [SEED]";
    let Some(size) = args.next().as_deref().and_then(Size::named) else {
        anyhow::bail!(USAGE);
    };
    let dir = PathBuf::from(args.next().ok_or_else(|| anyhow::anyhow!(USAGE))?);
    let seed = args.next().map(|s| s.parse()).transpose()?.unwrap_or(2024);
    std::fs::create_dir_all(dir.join("plans"))?;
    std::fs::write(dir.join("kpi.toml"), "# generated corpus\nlang = \"vi\"\n")?;
    let files = corpus::write(&dir.join("plans"), size, seed)?;
    println!(
        "{} tasks in {files} files under {}",
        size.tasks(),
        dir.join("plans").display()
    );
    Ok(())
}
