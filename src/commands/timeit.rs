//! `%timeit STMT`: IPython's timing of a statement: the loop count grows 1, 2, 5, 10,
//! 20, 50, ... until one run takes at least 0.2 s, then 7 runs report mean ± std. dev.

use super::usage_error;
use crate::lang::parse;
use crate::session::{Event, Session};
use std::time::{Duration, Instant};

/// How many timed runs, as IPython's default `-r 7`.
const RUNS: usize = 7;
/// The shortest run worth measuring (IPython's and `timeit.autorange`'s 0.2 s).
const MIN_RUN: Duration = Duration::from_millis(200);

/// Times `source`, the command at `line` of its file, in the session's namespace (its side effects happen, as in IPython).
/// `-n LOOPS` and `-r RUNS` as IPython spells them.
pub fn timeit(session: &mut Session, source: &str, line: usize) -> Vec<Event> {
    let (options, source) = match Options::parse(source) {
        Ok(parsed) => parsed,
        Err(message) => return vec![usage_error(message)],
    };
    if source.trim().is_empty() {
        return vec![usage_error("%timeit needs a statement: %timeit a[::2].sum()")];
    }
    let stmts = match parse(&format!("{}\n", source)) {
        Ok(s) => s,
        Err(e) => return vec![session.error_event(e, line)],
    };
    let run_once = |session: &mut Session, loops: usize| -> Result<Duration, Event> {
        let start = Instant::now();
        for _ in 0..loops {
            for stmt in &stmts {
                crate::interrupt::check().map_err(|e| session.error_event(e, line))?;
                let r = session.interp.exec(stmt);
                session.interp.output.clear();
                let _ = crate::warnings::take();
                r.map_err(|e| session.error_event(e, line))?;
            }
        }
        Ok(start.elapsed())
    };
    let mut loops = options.loops.unwrap_or(1);
    'grow: for scale in (0..).map(|k| 10usize.saturating_pow(k)).take_while(|_| options.loops.is_none()) {
        for step in [1, 2, 5] {
            loops = scale.saturating_mul(step);
            match run_once(session, loops) {
                Ok(t) if t >= MIN_RUN => break 'grow,
                Ok(_) => {}
                Err(e) => return vec![e],
            }
        }
    }
    let runs = options.runs.unwrap_or(RUNS);
    let mut per_loop = Vec::with_capacity(runs);
    for _ in 0..runs {
        match run_once(session, loops) {
            Ok(t) => per_loop.push(t.as_secs_f64() / loops as f64),
            Err(e) => return vec![e],
        }
    }
    vec![Event::Report(summary(&per_loop, loops))]
}

/// The options before the statement: `-n LOOPS` fixes the loops per run (instead of
/// growing them to 0.2 s), `-r RUNS` the number of runs.
#[derive(Debug, Default, PartialEq)]
struct Options {
    loops: Option<usize>,
    runs: Option<usize>,
}

impl Options {
    /// Splits `-n 100 -r 3 STMT` into the options and the statement.
    fn parse(text: &str) -> Result<(Options, &str), String> {
        let mut options = Options::default();
        let mut rest = text.trim_start();
        while let Some(after) = rest.strip_prefix('-') {
            let (flag, tail) = after.split_at(after.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(after.len()));
            let tail = tail.trim_start();
            let (value, tail) = tail.split_at(tail.find(char::is_whitespace).unwrap_or(tail.len()));
            let count = value.parse::<usize>().ok().filter(|&n| n > 0);
            let slot = match flag {
                "n" => &mut options.loops,
                "r" => &mut options.runs,
                _ => return Err(format!("%timeit: unknown option -{} (known: -n LOOPS, -r RUNS)", flag)),
            };
            *slot = Some(count.ok_or_else(|| format!("%timeit: -{} needs a positive whole number, not '{}'", flag, value))?);
            rest = tail.trim_start();
        }
        Ok((options, rest))
    }
}

/// IPython's summary line: `1.23 µs ± 4.56 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)`.
pub fn summary(per_loop: &[f64], loops: usize) -> String {
    let n = per_loop.len() as f64;
    let mean = per_loop.iter().sum::<f64>() / n;
    let std = (per_loop.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / n).sqrt();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    format!(
        "{} ± {} per loop (mean ± std. dev. of {} run{}, {} loop{} each)",
        format_time(mean),
        format_time(std),
        per_loop.len(),
        plural(per_loop.len()),
        thousands(loops),
        plural(loops)
    )
}

/// A duration in seconds with three significant digits in the unit that fits (IPython's `_format_time`).
pub fn format_time(seconds: f64) -> String {
    const UNITS: [(&str, f64); 4] = [("s", 1.0), ("ms", 1e3), ("µs", 1e6), ("ns", 1e9)];
    let order = if seconds > 0.0 { ((-(seconds.log10().floor() as i64).div_euclid(3)).clamp(0, 3)) as usize } else { 3 };
    let (unit, scale) = UNITS[order];
    format!("{} {}", general3(seconds * scale), unit)
}

/// C's `%.3g`: three significant digits, trailing zeros dropped.
fn general3(x: f64) -> String {
    if x == 0.0 {
        return "0".into();
    }
    let exp = format!("{:.2e}", x).split('e').nth(1).and_then(|e| e.parse::<i32>().ok()).unwrap_or(0);
    if (-4..3).contains(&exp) {
        let s = format!("{:.*}", (2 - exp) as usize, x);
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        }
    } else {
        let s = format!("{:.2e}", x);
        let (mantissa, e) = s.split_once('e').unwrap_or((&s, "0"));
        let mantissa = if mantissa.contains('.') { mantissa.trim_end_matches('0').trim_end_matches('.') } else { mantissa };
        let e: i32 = e.parse().unwrap_or(0);
        format!("{}e{}{:02}", mantissa, if e < 0 { '-' } else { '+' }, e.abs())
    }
}

/// `1,000,000`: Python's `{:,}`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_ipython_prints_them() {
        assert_eq!(format_time(1.234e-6), "1.23 µs");
        assert_eq!(format_time(0.5), "500 ms");
        assert_eq!(format_time(2.0), "2 s");
        assert_eq!(format_time(4.5e-9), "4.5 ns");
        assert_eq!(format_time(0.0), "0 ns");
        assert_eq!(format_time(1.0e-10), "0.1 ns");
    }

    #[test]
    fn loop_and_run_counts_are_options() {
        assert_eq!(Options::parse("-n 10 -r 3 a.sum()"), Ok((Options { loops: Some(10), runs: Some(3) }, "a.sum()")));
        assert_eq!(Options::parse("a - 1"), Ok((Options::default(), "a - 1")));
        assert!(Options::parse("-n x a").is_err());
        assert!(Options::parse("-q a").is_err());
    }

    #[test]
    fn summary_line_has_ipython_wording() {
        assert_eq!(
            summary(&[1e-6; 7], 100_000),
            "1 µs ± 0 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)"
        );
        assert!(summary(&[0.3], 1).ends_with("(mean ± std. dev. of 1 run, 1 loop each)"));
    }
}
