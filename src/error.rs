//! The crate's one error type: things that stop or skip work (I/O, input
//! format, grammar files, usage). Findings are results, never errors.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}{}: {message}", path.display(), position(*line, *column))]
    InputFormat {
        path: PathBuf,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
    #[error("{file}{}: {}{message}", position(*line, *column), id.as_ref().map(|i| format!("entry \"{i}\": ")).unwrap_or_default())]
    Grammar {
        file: String,
        id: Option<String>,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
    #[error("{message}")]
    Usage { message: String },
}

fn position(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!(":{l}:{c}"),
        (Some(l), None) => format!(":{l}"),
        _ => String::new(),
    }
}

impl Error {
    pub fn input(path: impl Into<PathBuf>, message: impl Into<String>) -> Error {
        Error::InputFormat {
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn grammar(file: impl Into<String>, id: Option<&str>, message: impl Into<String>) -> Error {
        Error::Grammar {
            file: file.into(),
            id: id.map(str::to_string),
            line: None,
            column: None,
            message: message.into(),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
