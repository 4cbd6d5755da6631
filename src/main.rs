//! The `kpi` binary: parse the command line, run, map the result to an exit status.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

/// kpi allocates many small strings (one per field of every task); mimalloc serves them
/// markedly faster than the system allocator with several threads (docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = kpi::cli::Cli::parse();
    // Errors before kpi.toml is read speak the language of --lang or the environment.
    let lang = kpi::config::lang_from_env(cli.global.lang).unwrap_or(kpi::i18n::Lang::En);
    let prefix = kpi::i18n::ERROR_PREFIX.text(lang);
    if let Some(dir) = &cli.global.dir
        && let Err(e) = std::env::set_current_dir(dir)
    {
        let why = kpi::tr!(
            lang,
            kpi::i18n::CANNOT_CHANGE_DIR,
            dir = dir.display(),
            why = e
        );
        eprintln!("{prefix}: {why}");
        return ExitCode::from(kpi::Exit::Usage as u8);
    }
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = stderr.lock();
    let result = kpi::run(cli, &mut out, &mut err);
    let flushed = out.flush();
    match (result, flushed) {
        (Ok(exit), Ok(())) => ExitCode::from(exit as u8),
        // A closed pipe (`kpi due | head`) is not an error worth a message.
        (Ok(exit), Err(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::from(exit as u8)
        }
        (Ok(_), Err(e)) => {
            let why = kpi::tr!(lang, kpi::i18n::CANNOT_WRITE_OUTPUT, why = e);
            let _ = writeln!(err, "{prefix}: {why}");
            ExitCode::from(kpi::Exit::Usage as u8)
        }
        (Err(e), _) => {
            let _ = writeln!(err, "{prefix}: {e}");
            ExitCode::from(kpi::Exit::Usage as u8)
        }
    }
}
