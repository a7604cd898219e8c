//! The `numview` command: a thin layer that reads the command line and wires the
//! library's session to the terminal.

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use numview::render::render;
use numview::session::{Session, SessionOptions};
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

/// When to colour output.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// numview: a NumPy calculator that shows which arrays share memory.
#[derive(Debug, Parser)]
#[command(name = "numview", version, about, disable_help_subcommand = true)]
#[command(override_usage = "numview [OPTIONS] [FILE]\n       numview check [--color WHEN] FILE...")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A session file to run (statements, as typed at the prompt).
    file: Option<std::path::PathBuf>,
    /// Run this code instead of a file.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "file")]
    code: Option<String>,
    /// Print exactly what Python's prompt would: no provenance lines, no numview warnings.
    #[arg(long)]
    no_provenance: bool,
    /// After running FILE (or -c CODE), stay at the prompt with its variables.
    #[arg(short = 'i')]
    interactive: bool,
    /// Colour output: auto (when stdout is a terminal and NO_COLOR is unset), always, never.
    #[arg(long, value_enum, default_value = "auto", global = true)]
    color: ColorChoice,
    /// Cap on the memory arrays may use, in bytes or with a unit (512M, 8G); default: the machine's available memory.
    #[arg(long, value_name = "SIZE", value_parser = numview::limits::parse_size)]
    max_memory: Option<usize>,
    /// Play FILE as a teaching demo: each statement typed out after `>>> `, comments as narration.
    #[arg(long, requires = "file")]
    demo: bool,
    /// In a demo, wait for Enter before each statement (`q` then Enter stops).
    #[arg(long, requires = "demo")]
    step: bool,
    /// In a demo, milliseconds per typed character (default: 35 on a terminal, 0 otherwise; env NUMVIEW_DEMO_DELAY).
    #[arg(long, value_name = "MS", requires = "demo")]
    demo_delay: Option<u64>,
}

/// Subcommands (a session file named like one runs as `./check`).
#[derive(Debug, Subcommand)]
enum Command {
    /// Run the `>>>` and `In [n]:` examples of documents (text, Markdown, rst) and report
    /// each output that differs from the document, by doctest's rules.
    Check {
        /// The documents to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<std::path::PathBuf>,
    },
}

/// Stack of the thread the session runs on: room for the parser's deepest input
/// plus the evaluator's own, so parsing a statement needs no stack segment of its own.
const SESSION_STACK_BYTES: usize = numview::lang::parser::PARSE_STACK_BYTES + (16 << 20);

/// Small allocations (AST nodes, names, shapes) dominate short statements; mimalloc serves
/// them several times faster than the system allocator. Array data has its own mappings.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    numview::buffer::return_freed_memory_at_once();
    let session = std::thread::Builder::new().name("numview".into()).stack_size(SESSION_STACK_BYTES).spawn(run_reporting);
    match session {
        Ok(handle) => handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        // No thread to be had: run here; the parser grows its own stack when it must.
        Err(_) => run_reporting(),
    }
}

fn run_reporting() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("numview: {:#}", e);
            ExitCode::from(2)
        }
    }
}

fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    colored::control::set_override(color);
    if let Some(Command::Check { files }) = &cli.command {
        anyhow::ensure!(cli.file.is_none() && cli.code.is_none(), "`check` takes documents, not a session FILE or -c CODE");
        return Ok(ExitCode::from(numview::check::run_command(files, color)));
    }
    let provenance = !cli.no_provenance;
    let (source, filename) = if let Some(code) = cli.code {
        (Some(code), "<string>".to_string())
    } else if let Some(path) = &cli.file {
        match numview::source::read(path) {
            Ok(text) => (Some(text), path.display().to_string()),
            Err(e) => return Ok(source_error(&e)),
        }
    } else if !std::io::stdin().is_terminal() {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).context("cannot read standard input")?;
        match numview::source::decode(bytes, "<stdin>") {
            Ok(text) => (Some(text), "<stdin>".to_string()),
            Err(e) => return Ok(source_error(&e)),
        }
    } else {
        (None, "<stdin>".to_string())
    };
    let mut session = Session::new(SessionOptions { provenance, filename });
    session.set_max_memory(cli.max_memory);
    match source {
        Some(text) if cli.interactive => {
            numview::repl::run(&mut session, color, Some(&text))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(text) if cli.demo => {
            let delay = numview::demo::typing_delay(cli.demo_delay, std::io::stdout().is_terminal());
            let options = numview::demo::DemoOptions { delay, step: cli.step, color };
            numview::demo::run(&mut session, &text, &options, &mut std::io::stdin().lock())?;
            Ok(if session.failures > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Some(text) => {
            let events = session.run_text(&text);
            render(&events, color);
            Ok(if session.failures > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        None => {
            numview::repl::run(&mut session, color, None)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Reports a session file that cannot be run, as `python3 FILE` does: a file that cannot
/// be opened is a usage error (status 2), bytes that are not UTF-8 a SyntaxError (status 1).
fn source_error(e: &numview::source::SourceError) -> ExitCode {
    match e {
        numview::source::SourceError::Open(m) => {
            eprintln!("numview: {}", m);
            ExitCode::from(2)
        }
        numview::source::SourceError::Decode(m) => {
            eprintln!("{}", m);
            ExitCode::from(1)
        }
    }
}
