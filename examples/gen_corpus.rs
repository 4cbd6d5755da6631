//! Write a generated plan repository: `cargo run --release --example gen_corpus -- SIZE DIR`
//! with SIZE `department` (about 1,500 tasks) or `national` (200,000 tasks in 6,000 files).

use std::path::PathBuf;

use kpi::corpus::{self, Size};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let size = match args.next().as_deref() {
        Some("department") => Size::DEPARTMENT,
        Some("national") => Size::NATIONAL,
        _ => anyhow::bail!("usage: gen_corpus department|national DIR [SEED]"),
    };
    let dir = PathBuf::from(
        args.next()
            .ok_or_else(|| anyhow::anyhow!("usage: gen_corpus department|national DIR [SEED]"))?,
    );
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
