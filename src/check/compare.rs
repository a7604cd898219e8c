//! Doctest's output checker: whether what an example printed counts as the output
//! its document shows. The rules are Python's `doctest.OutputChecker` and the
//! runner's handling of exceptions, so a document that passes `numview check` passes
//! Python's doctest with `NORMALIZE_WHITESPACE | ELLIPSIS` (and the reverse).

use std::borrow::Cow;

/// The marker a document writes for an empty output line (doctest would otherwise
/// take the empty line as the end of the output).
pub const BLANKLINE_MARKER: &str = "<BLANKLINE>";

/// The wildcard of the ELLIPSIS option.
pub const ELLIPSIS_MARKER: &str = "...";

/// Doctest's option flags, as far as they change whether an example passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flags {
    /// Every run of whitespace compares equal to every other (`NORMALIZE_WHITESPACE`).
    pub normalize_whitespace: bool,
    /// `...` in the expected output matches any text (`ELLIPSIS`).
    pub ellipsis: bool,
    /// `<BLANKLINE>` is not special (`DONT_ACCEPT_BLANKLINE`).
    pub dont_accept_blankline: bool,
    /// An expected `1`/`0` does not accept `True`/`False` (`DONT_ACCEPT_TRUE_FOR_1`).
    pub dont_accept_true_for_1: bool,
    /// For an expected exception, only its type (without module) is compared (`IGNORE_EXCEPTION_DETAIL`).
    pub ignore_exception_detail: bool,
    /// The example is not run at all (`SKIP`).
    pub skip: bool,
}

impl Default for Flags {
    /// What `numview check` (like the project's doccheck) uses: `NORMALIZE_WHITESPACE | ELLIPSIS`.
    fn default() -> Self {
        Flags {
            normalize_whitespace: true,
            ellipsis: true,
            dont_accept_blankline: false,
            dont_accept_true_for_1: false,
            ignore_exception_detail: false,
            skip: false,
        }
    }
}

impl Flags {
    /// Applies one doctest directive (`+ELLIPSIS`, `-NORMALIZE_WHITESPACE`, `+SKIP`, ...);
    /// an unknown option name is an error, as in doctest.
    pub fn apply(&mut self, directive: &str) -> Result<(), String> {
        let (on, name) = match directive.as_bytes().first() {
            Some(b'+') => (true, &directive[1..]),
            Some(b'-') => (false, &directive[1..]),
            _ => return Err(format!("bad doctest directive {:?} (it must start with + or -)", directive)),
        };
        let field = match name {
            "NORMALIZE_WHITESPACE" => &mut self.normalize_whitespace,
            "ELLIPSIS" => &mut self.ellipsis,
            "DONT_ACCEPT_BLANKLINE" => &mut self.dont_accept_blankline,
            "DONT_ACCEPT_TRUE_FOR_1" => &mut self.dont_accept_true_for_1,
            "IGNORE_EXCEPTION_DETAIL" => &mut self.ignore_exception_detail,
            "SKIP" => &mut self.skip,
            // Options that only change how doctest reports a failure, not the verdict.
            "REPORT_UDIFF" | "REPORT_CDIFF" | "REPORT_NDIFF" | "REPORT_ONLY_FIRST_FAILURE" | "FAIL_FAST" => return Ok(()),
            _ => return Err(format!("unknown doctest option {:?}", name)),
        };
        *field = on;
        Ok(())
    }
}

/// Doctest's `OutputChecker.check_output`: does `got` count as `want` under `flags`?
pub fn check_output(want: &str, got: &str, flags: Flags) -> bool {
    if got == want {
        return true;
    }
    // Python 2.3 printed 1/0 for True/False; doctest still accepts those documents.
    if !flags.dont_accept_true_for_1 && ((got, want) == ("True\n", "1\n") || (got, want) == ("False\n", "0\n")) {
        return true;
    }
    let mut want = Cow::Borrowed(want);
    let mut got = Cow::Borrowed(got);
    if !flags.dont_accept_blankline {
        want = Cow::Owned(map_lines(&want, |l| {
            let marker_only = l.strip_prefix(BLANKLINE_MARKER).is_some_and(|rest| rest.chars().all(char::is_whitespace));
            if marker_only { "" } else { l }
        }));
        got = Cow::Owned(map_lines(&got, |l| if l.chars().all(char::is_whitespace) { "" } else { l }));
        if got == want {
            return true;
        }
    }
    if flags.normalize_whitespace {
        got = Cow::Owned(normalize_whitespace(&got));
        want = Cow::Owned(normalize_whitespace(&want));
        if got == want {
            return true;
        }
    }
    flags.ellipsis && ellipsis_match(&want, &got)
}

/// Every run of whitespace as one space, none at the ends (Python's `' '.join(s.split())`).
pub fn normalize_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Applies `f` to every `\n`-separated line, keeping the line ends where they were.
fn map_lines<'a>(s: &'a str, f: impl Fn(&'a str) -> &'a str) -> String {
    s.split('\n').map(f).collect::<Vec<_>>().join("\n")
}

/// Doctest's ELLIPSIS match: the pieces of `want` between `...` markers appear in
/// `got` in order, the first at its start and the last at its end, without overlapping.
pub fn ellipsis_match(want: &str, got: &str) -> bool {
    if !want.contains(ELLIPSIS_MARKER) {
        return want == got;
    }
    let pieces: Vec<&str> = want.split(ELLIPSIS_MARKER).collect();
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    if !got.starts_with(first) || !got.ends_with(last) {
        return false;
    }
    let (mut start, end) = (first.len(), got.len() - last.len());
    if start > end {
        return false;
    }
    for piece in &pieces[1..pieces.len() - 1] {
        match got[start..end].find(piece) {
            Some(k) => start += k + piece.len(),
            None => return false,
        }
    }
    true
}

/// The exception part of an expected traceback, as doctest finds it: `want` starts
/// with `Traceback (most recent call last):`, and the message is everything from the
/// first later line that starts with a letter, digit or `_` (the stack lines between
/// are indented or `...`). `None` when `want` is not a traceback.
pub fn exception_message(want: &str) -> Option<String> {
    let (header, rest) = want.split_once('\n').unwrap_or((want, ""));
    let header = header.trim_end();
    if header != "Traceback (most recent call last):" && header != "Traceback (innermost last):" {
        return None;
    }
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            return Some(rest[offset..].to_string());
        }
        offset += line.len();
    }
    None
}

/// Doctest's `_strip_exception_details`: only the exception's class name, without
/// its module path or message (`numpy.exceptions.AxisError: axis 2 ...` → `AxisError`).
pub fn strip_exception_details(msg: &str) -> &str {
    let mut end = msg.find('\n').unwrap_or(msg.len());
    if let Some(colon) = msg[..end].find(':') {
        end = colon;
    }
    let start = msg[..end].rfind('.').map_or(0, |dot| dot + 1);
    &msg[start..end]
}

/// Whether an example passes, by the doctest runner's rules. `printed` is what it
/// printed; `raised` the last line of its exception (`ExcType: message`), if any.
/// An exception passes only when the document expects one (`exc_msg`) and the
/// messages match; what was printed before it is then not compared, as in doctest.
/// `short_names`: the document shows exceptions as IPython prints them, by class
/// name alone (`AxisError: ...` for `numpy.exceptions.AxisError: ...`).
pub fn example_passes(
    want: &str,
    exc_msg: Option<&str>,
    printed: &str,
    raised: Option<&str>,
    flags: Flags,
    short_names: bool,
) -> bool {
    let Some(raised) = raised else {
        return check_output(want, printed, flags);
    };
    let Some(expected) = exc_msg else {
        return false;
    };
    let raised = format!("{}\n", raised);
    if check_output(expected, &raised, flags) {
        return true;
    }
    if let Some((qualified, message)) = raised.split_once(':').filter(|_| short_names) {
        if let Some(dot) = qualified.rfind('.') {
            if check_output(expected, &format!("{}:{}", &qualified[dot + 1..], message), flags) {
                return true;
            }
        }
    }
    flags.ignore_exception_detail
        && check_output(strip_exception_details(expected), strip_exception_details(&raised), flags)
}
