//! Reading the batch: files, folders (recursive, `.txt` and `.md`), and `-`
//! for stdin, each with an optional front matter block. Bad input is rejected
//! file by file with an error naming it; the rest of the batch goes on.

mod front_matter;

pub use front_matter::{parse_front_matter, FrontMatter};

use crate::error::Error;
use crate::span::Span;
use chrono::NaiveDate;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One article of the batch.
#[derive(Clone, Debug)]
pub struct Article {
    /// Short name used in messages: the file name ("004.txt").
    pub id: String,
    /// The path as the user gave it, for `file:line` references.
    pub path: PathBuf,
    /// The outlet, from front matter; independent sources have different ones.
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    /// The front matter gave the publication date: nothing may override it.
    pub dated_by_front_matter: bool,
    /// The whole file, untouched: spans index into it.
    pub text: String,
    /// Where the article body starts (after the front matter).
    pub body: Span,
}

/// The articles that loaded, and one error per input that did not.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub errors: Vec<Error>,
}

/// Expands the inputs and reads every article.
pub fn load(inputs: &[PathBuf], default_published: Option<NaiveDate>) -> Loaded {
    let mut loaded = Loaded::default();
    for input in inputs {
        if input.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => push(&mut loaded, Path::new("<stdin>"), bytes, default_published),
                Err(source) => loaded.errors.push(Error::Io {
                    path: input.clone(),
                    source,
                }),
            }
            continue;
        }
        match std::fs::metadata(input) {
            Err(source) => loaded.errors.push(Error::Io {
                path: input.clone(),
                source,
            }),
            Ok(meta) if meta.is_dir() => {
                let mut files = Vec::new();
                if let Err(e) = walk(input, &mut files) {
                    loaded.errors.push(e);
                }
                if files.is_empty() {
                    loaded
                        .errors
                        .push(Error::input(input, "no .txt or .md article in this folder"));
                }
                files.sort();
                for file in files {
                    read_file(&mut loaded, &file, default_published);
                }
            }
            Ok(_) => read_file(&mut loaded, input, default_published),
        }
    }
    loaded
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            out.push(path);
        }
    }
    Ok(())
}

fn read_file(loaded: &mut Loaded, path: &Path, default_published: Option<NaiveDate>) {
    match std::fs::read(path) {
        Ok(bytes) => push(loaded, path, bytes, default_published),
        Err(source) => loaded.errors.push(Error::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn push(loaded: &mut Loaded, path: &Path, bytes: Vec<u8>, default_published: Option<NaiveDate>) {
    match article(path, bytes, default_published) {
        Ok(a) => loaded.articles.push(a),
        Err(e) => loaded.errors.push(e),
    }
}

/// Checks and parses one file's bytes into an article.
pub fn article(
    path: &Path,
    bytes: Vec<u8>,
    default_published: Option<NaiveDate>,
) -> Result<Article, Error> {
    if bytes.contains(&0) {
        return Err(Error::input(
            path,
            "binary file (contains NUL bytes), expected UTF-8 text",
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::InputFormat {
            path: path.to_path_buf(),
            line: Some(line),
            column: None,
            message: format!("invalid UTF-8 at byte {at}"),
        }
    })?;
    if text.trim().is_empty() {
        return Err(Error::input(path, "empty file"));
    }
    let fm = parse_front_matter(&text).map_err(|(line, column, message)| Error::InputFormat {
        path: path.to_path_buf(),
        line: Some(line),
        column: Some(column),
        message,
    })?;
    if text[fm.body_start..].trim().is_empty() {
        return Err(Error::input(path, "empty article (front matter only)"));
    }
    let id = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(Article {
        id,
        path: path.to_path_buf(),
        source: fm.source,
        title: fm.title,
        url: fm.url,
        dated_by_front_matter: fm.date.is_some(),
        published: fm.date.or(default_published),
        body: Span::new(fm.body_start, text.len()),
        text,
    })
}
