//! `kpi schema FILE`: the JSON Schema of a plan, units, progress or settings file
//! (`crate::schema`), printed, or written into a folder with `--out`.

use std::io::Write;

use crate::cli::{SchemaArgs, SchemaFile};
use crate::config::Context;
use crate::i18n;
use crate::schema::FileSchema;
use crate::tr;
use crate::{Exit, UsageError};

fn file(f: SchemaFile) -> FileSchema {
    match f {
        SchemaFile::Plan => FileSchema::Plan,
        SchemaFile::Units => FileSchema::Units,
        SchemaFile::Progress => FileSchema::Progress,
        SchemaFile::Settings => FileSchema::Settings,
    }
}

pub fn run(
    ctx: &Context,
    args: &SchemaArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let Some(dir) = &args.out else {
        // clap requires FILE when --out is absent.
        let f = args.file.map(file).unwrap_or(FileSchema::Plan);
        out.write_all(f.text().as_bytes())?;
        return Ok(Exit::Success);
    };
    let which: Vec<FileSchema> = match args.file {
        Some(f) => vec![file(f)],
        None => FileSchema::ALL.to_vec(),
    };
    let fail =
        |path: &std::path::Path, e: std::io::Error| UsageError::cannot_write(ctx.lang, path, e);
    std::fs::create_dir_all(dir).map_err(|e| fail(dir, e))?;
    for f in which {
        let path = dir.join(f.file_name());
        std::fs::write(&path, f.text()).map_err(|e| fail(&path, e))?;
        writeln!(
            err,
            "{}",
            tr!(ctx.lang, i18n::init::WROTE, path = path.display())
        )?;
    }
    Ok(Exit::Success)
}
