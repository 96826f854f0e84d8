//! The `recoupe` binary: parse arguments, run the pipeline once, map the
//! outcome to an exit status (0 clean, 1 findings, 2 usage or input errors).

use clap::Parser;
use recoupe::app;
use recoupe::cli::Cli;
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut err = io::stderr();
    let result = app::run(cli, &mut out, &mut err).and_then(|o| out.flush().map(|()| o));
    match result {
        Ok(outcome) if outcome.errored => ExitCode::from(2),
        Ok(outcome) if outcome.failed => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        // A closed pipe (`recoupe check … | head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(err, "recoupe: error: {e}");
            ExitCode::from(2)
        }
    }
}
