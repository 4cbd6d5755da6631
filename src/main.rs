//! The `kpi` binary: parse the command line, run, map the result to an exit status.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use kpi::i18n::{self, Lang};
use kpi::render::guard::Guard;
use kpi::style::Style;

/// kpi allocates many small strings (one per field of every task); mimalloc serves them
/// markedly faster than the system allocator with several threads (docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    no_huge_pages();
    // `COMPLETE=bash kpi -- WORDS`: the shell asks for completions (kpi completions).
    clap_complete::CompleteEnv::with_factory(kpi::cmd::completions::command)
        .var(kpi::cmd::completions::VAR)
        .complete();
    // The help and usage errors speak the run's language (found before parsing).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = kpi::help::lang_of(&args);
    let matches = match kpi::help::command(lang).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => match (lang, kpi::help::error_vi(&e)) {
            (Lang::Vi, Some(text)) => {
                eprintln!("{}: {text}", i18n::ERROR_PREFIX.text(lang));
                return ExitCode::from(kpi::Exit::Usage as u8);
            }
            _ => e.exit(),
        },
    };
    let cli = match <kpi::cli::Cli as clap::FromArgMatches>::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    // Errors before kpi.toml is read speak the language of --lang or the environment.
    let lang = kpi::config::lang_from_env(cli.global.lang).unwrap_or(Lang::En);
    let prefix = i18n::ERROR_PREFIX.text(lang);
    if let Some(dir) = &cli.global.dir
        && let Err(e) = std::env::set_current_dir(dir)
    {
        let why = kpi::tr!(lang, i18n::CANNOT_CHANGE_DIR, dir = dir.display(), why = e);
        eprintln!("{prefix}: {why}");
        return ExitCode::from(kpi::Exit::Usage as u8);
    }
    let colours = |is_terminal| Style::for_stream(cli.global.color, is_terminal).enabled();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let (out_colours, err_colours) = (colours(stdout.is_terminal()), colours(stderr.is_terminal()));
    let mut out = Guard::new(std::io::BufWriter::new(stdout.lock()), out_colours);
    let mut err = Guard::new(stderr.lock(), err_colours);
    let exit = kpi::run_and_report(cli, &mut out, &mut err);
    match out.flush() {
        Ok(()) => ExitCode::from(exit as u8),
        // A closed pipe (`kpi due | head`) ends kpi quietly, with success: the reader
        // has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let why = kpi::tr!(lang, i18n::CANNOT_WRITE_OUTPUT, why = e);
            let _ = writeln!(err, "{prefix}: {why}");
            ExitCode::from(kpi::Exit::Usage as u8)
        }
    }
}

/// Ask Linux for ordinary pages only. mimalloc marks its arenas for transparent huge
/// pages, and the kernel then clears and keeps 2 MiB for each first touch: a national
/// repository took 205 MiB instead of 157 MiB (3.0x the plans' size instead of 2.3x), in
/// the same time within the noise of a shared machine (docs/performance.md).
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes integer arguments only; it changes which pages
    // the kernel gives this process, nothing the program can observe.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
