//! Advisory file locks with a voice: a lock held by another kpi makes this one say that it
//! waits, and give up with a clear message after a timeout (DESIGN.md 9), instead of
//! hanging silently in a cron job.

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

/// How long kpi waits for a lock unless `KPI_LOCK_TIMEOUT` (seconds) says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The wait allowed by `KPI_LOCK_TIMEOUT`, else the default.
pub fn timeout() -> Duration {
    std::env::var("KPI_LOCK_TIMEOUT")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(DEFAULT_TIMEOUT, Duration::from_secs)
}

#[derive(Debug)]
pub enum LockError {
    Io(std::io::Error),
    /// Another process held the lock for the whole wait.
    Busy(Duration),
}

/// Lock `file` exclusively, waiting at most `wait`; `on_wait` is called once, when the
/// lock is found held, so that the caller can say so.
pub fn exclusive(file: &File, wait: Duration, mut on_wait: impl FnMut()) -> Result<(), LockError> {
    let start = Instant::now();
    let mut said = false;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(()),
            Err(std::fs::TryLockError::WouldBlock) => {}
            Err(std::fs::TryLockError::Error(e)) => return Err(LockError::Io(e)),
        }
        if !said {
            on_wait();
            said = true;
        }
        if start.elapsed() >= wait {
            return Err(LockError::Busy(wait));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Open (creating it if needed) and lock the lock file at `path`, telling `err` when it
/// waits.
pub fn acquire(
    path: &Path,
    wait: Duration,
    err: &mut dyn Write,
    waiting_message: &str,
) -> Result<File, LockError> {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(LockError::Io)?;
    exclusive(&file, wait, || {
        let _ = writeln!(err, "{waiting_message}");
        let _ = err.flush();
    })?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_is_waited_for_then_given_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.lock");
        let held = acquire(&path, Duration::from_secs(1), &mut Vec::new(), "").unwrap();
        let mut said = Vec::new();
        let r = acquire(&path, Duration::from_millis(200), &mut said, "đang chờ");
        assert!(matches!(r, Err(LockError::Busy(_))), "{r:?}");
        assert_eq!(String::from_utf8(said).unwrap(), "đang chờ\n");
        drop(held);
        let mut said = Vec::new();
        assert!(acquire(&path, Duration::from_millis(200), &mut said, "đang chờ").is_ok());
        assert!(said.is_empty(), "no word when the lock is free");
    }
}
