//! `kpi man`: the manual page, in roff, made by clap_mangen from the same definitions
//! as `--help` (so the two never disagree). `--out DIR` writes kpi.1 and one page per
//! command (kpi-due.1 ...), as packagers install them.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::{Cli, ManArgs};
use crate::config::Context;
use crate::i18n;
use crate::tr;
use crate::{Exit, UsageError};

pub fn run(
    ctx: &Context,
    args: &ManArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit, UsageError> {
    let cmd = Cli::command();
    let Some(dir) = &args.out else {
        clap_mangen::Man::new(cmd).render(out)?;
        return Ok(Exit::Success);
    };
    let fail = |e: std::io::Error| UsageError::cannot_write(ctx.lang, dir, e);
    std::fs::create_dir_all(dir).map_err(fail)?;
    clap_mangen::generate_to(cmd, dir).map_err(fail)?;
    writeln!(
        err,
        "{}",
        tr!(ctx.lang, i18n::init::MAN_WRITTEN, dir = dir.display())
    )?;
    Ok(Exit::Success)
}
