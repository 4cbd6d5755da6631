//! Terminal colours: on only for a terminal, off with `NO_COLOR` or `--color never`.

use std::io::IsTerminal;

pub use crate::cli::ColorChoice;

#[derive(Clone, Copy, Debug)]
pub struct Style {
    enabled: bool,
}

/// An ANSI style that may be switched off.
#[derive(Clone, Copy, Debug)]
pub struct Paint {
    code: &'static str,
    enabled: bool,
}

impl Paint {
    pub fn paint(self, s: &str) -> String {
        if self.enabled {
            format!("\x1b[{}m{s}\x1b[0m", self.code)
        } else {
            s.to_string()
        }
    }
}

impl Style {
    /// Colour for stderr (diagnostics) or stdout (tables), as the user asked.
    pub fn for_stream(choice: ColorChoice, is_terminal: bool) -> Style {
        let enabled = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        Style { enabled }
    }

    pub fn stderr(choice: ColorChoice) -> Style {
        Style::for_stream(choice, std::io::stderr().is_terminal())
    }

    pub fn stdout(choice: ColorChoice) -> Style {
        Style::for_stream(choice, std::io::stdout().is_terminal())
    }

    pub fn plain() -> Style {
        Style { enabled: false }
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    fn paint(&self, code: &'static str) -> Paint {
        Paint {
            code,
            enabled: self.enabled,
        }
    }

    pub fn error(&self) -> Paint {
        self.paint("1;31")
    }
    pub fn warning(&self) -> Paint {
        self.paint("1;33")
    }
    pub fn note(&self) -> Paint {
        self.paint("1;36")
    }
    pub fn gutter(&self) -> Paint {
        self.paint("1;34")
    }
    pub fn bold(&self) -> Paint {
        self.paint("1")
    }
    pub fn ok(&self) -> Paint {
        self.paint("1;32")
    }
}
