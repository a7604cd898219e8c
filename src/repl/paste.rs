//! What a pasted block means: the code in it. Transcripts copied from documents,
//! terminals, Jupyter or IPython carry prompts (`>>> `, `... `, `In [3]: `,
//! `   ...: `) and the output printed under each statement; only the prompted lines
//! are code.

/// The code of one line: a leading `>>> ` / `... ` prompt removed.
pub fn strip_prompt(line: &str) -> &str {
    match prompt_of(line) {
        Some((_, code)) => code,
        None => line,
    }
}

/// Which prompt a line starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prompt {
    /// `>>> ` or IPython's `In [3]: `: a statement starts.
    First,
    /// `... ` or IPython's `   ...: `: the statement goes on.
    Continuation,
}

/// The prompt a line starts with (leading indentation allowed, as in docstrings)
/// and the code after it.
fn prompt_of(line: &str) -> Option<(Prompt, &str)> {
    let t = line.trim_start();
    let after = |rest: &'static str, p: Prompt| -> Option<(Prompt, &str)> {
        let r = t.strip_prefix(rest)?;
        if r.is_empty() {
            Some((p, r))
        } else {
            r.strip_prefix(' ').map(|code| (p, code))
        }
    };
    if let Some(x) = after(">>>", Prompt::First) {
        return Some(x);
    }
    if let Some(x) = after("...:", Prompt::Continuation) {
        return Some(x);
    }
    if let Some(x) = after("...", Prompt::Continuation) {
        return Some(x);
    }
    // IPython: `In [12]: code`.
    let rest = t.strip_prefix("In [")?;
    let close = rest.find("]:")?;
    if close == 0 || !rest[..close].bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let r = &rest[close + 2..];
    if r.is_empty() {
        Some((Prompt::First, r))
    } else {
        r.strip_prefix(' ').map(|code| (Prompt::First, code))
    }
}

/// The code of a pasted block, one statement line per line, each ending in `\n`.
///
/// A block without prompts is code as it stands. A block with prompts is a
/// transcript: the prompted lines are the code, and every other line is output
/// or prose and is dropped. A `... ` line counts as a continuation only right
/// after a prompted line (elsewhere it is output, such as a summarised array).
pub fn code_of(text: &str) -> String {
    code_with_first(text, false)
}

/// The code of what was typed or pasted at the prompt (one readline buffer). Like
/// [`code_of`], except that the buffer's first line stands after the prompt on the
/// screen: in a transcript, when it is code (it parses, or waits for more), it
/// counts as prompted, so a selection copied from just after a `>>> ` keeps its
/// first statement.
pub fn code_at_prompt(text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    let first_is_code = prompt_of(first).is_none()
        && !first.trim().is_empty()
        && (crate::lang::needs_more_input(first) || crate::lang::parse(first).is_ok());
    code_with_first(text, first_is_code)
}

fn code_with_first(text: &str, first_is_code: bool) -> String {
    let lines: Vec<&str> = text.lines().map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    let prompted = lines.iter().any(|l| match prompt_of(l) {
        Some((Prompt::First, _)) => true,
        // `for ...:` copied from after its `>>> `, then its `... ` lines.
        Some((Prompt::Continuation, _)) => first_is_code,
        None => false,
    });
    let mut out = String::new();
    if !prompted {
        for l in &lines {
            out.push_str(l);
            out.push('\n');
        }
        return out;
    }
    // A transcript: its examples, found as `numview check` finds them, are the code.
    let text = if first_is_code { format!(">>> {}", text) } else { text.to_string() };
    for example in crate::check::document::examples(&text, crate::check::document::Format::Text) {
        out.push_str(&example.source);
        if example.source.lines().last().is_some_and(|l| l.starts_with([' ', '\t'])) {
            // A compound statement ends with an empty line, as at the prompt.
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_code_stays_as_it_is() {
        assert_eq!(code_of("a = 1\nb = a + 1"), "a = 1\nb = a + 1\n");
        assert_eq!(code_of("for i in range(3):\n    print(i)\n"), "for i in range(3):\n    print(i)\n");
    }

    #[test]
    fn python_transcripts_lose_prompts_and_output() {
        let pasted = ">>> a = np.arange(3)\n>>> a\narray([0, 1, 2])\n>>> for i in range(2):\n...     print(i)\n...\n0\n1\n";
        assert_eq!(code_of(pasted), "a = np.arange(3)\na\nfor i in range(2):\n    print(i)\n\n");
    }

    #[test]
    fn prose_between_examples_is_dropped() {
        let doc = "\nSlice views: elements addressable with offsets.\n\n>>> import numpy\n>>> a = numpy.arange(10)\n>>> a\narray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])\n\nDtype views: another dtype.\n\n>>> b = a.view('int32')\n";
        assert_eq!(code_of(doc), "import numpy\na = numpy.arange(10)\na\nb = a.view('int32')\n");
    }

    #[test]
    fn ellipsis_output_is_not_a_continuation() {
        // A summarised array prints `...` on a line of its own.
        let pasted = ">>> a = np.zeros((2000, 2))\n>>> a\narray([[0., 0.],\n       ...,\n       [0., 0.]])\n...\n>>> a.shape\n(2000, 2)\n";
        assert_eq!(code_of(pasted), "a = np.zeros((2000, 2))\na\na.shape\n");
    }

    #[test]
    fn ipython_and_jupyter_markers_are_stripped() {
        let pasted = "In [3]: a = np.arange(4)\n\nIn [4]: for x in a:\n   ...:     print(x)\n   ...:\n0\n1\n\nIn [12]: a\nOut[12]: array([0, 1, 2, 3])\n";
        assert_eq!(code_of(pasted), "a = np.arange(4)\nfor x in a:\n    print(x)\n\na\n");
    }

    #[test]
    fn notebook_cells_exported_as_text_keep_their_code() {
        let pasted = "In [2]:\nx = np.ones((3,3))\nx\n\narray([[1., 1., 1.],\n       [1., 1., 1.],\n       [1., 1., 1.]])\n\nIn [3]:\ny = x[:, [0,1,2,2]]\n";
        assert_eq!(code_of(pasted), "x = np.ones((3,3))\nx\ny = x[:, [0,1,2,2]]\n");
    }

    #[test]
    fn a_transcript_flattened_onto_one_line_still_pastes() {
        let pasted = ">>> a = numpy.arange(10) >>> a array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) >>> v1 = a[1:2] >>> v1 array([1])";
        assert_eq!(code_of(pasted), "a = numpy.arange(10)\na\nv1 = a[1:2]\nv1\n");
    }

    #[test]
    fn indented_doctest_prompts_count() {
        assert_eq!(code_of("    >>> x = 1\n    >>> x\n    1\n"), "x = 1\nx\n");
    }

    #[test]
    fn single_lines_lose_their_prompt() {
        assert_eq!(strip_prompt(">>> a[1:3]"), "a[1:3]");
        assert_eq!(strip_prompt("...     print(i)"), "    print(i)");
        assert_eq!(strip_prompt(">>>"), "");
        assert_eq!(strip_prompt("In [7]: a.T"), "a.T");
        assert_eq!(strip_prompt("a[...]"), "a[...]");
        assert_eq!(strip_prompt(">>>x"), ">>>x");
    }

    #[test]
    fn the_first_line_at_the_prompt_counts_when_it_is_code() {
        // Copied from just after a `>>> `: the first statement has no prompt of its own.
        assert_eq!(code_at_prompt("a = np.arange(3)\n>>> a\narray([0, 1, 2])\n"), "a = np.arange(3)\na\n");
        assert_eq!(code_at_prompt("for i in range(2):\n...     print(i)\n...\n0\n1\n"), "for i in range(2):\n    print(i)\n\n");
        // Prose is not code, even on the first line.
        assert_eq!(code_at_prompt("Slice views: offsets and strides.\n>>> a = 1\n"), "a = 1\n");
        // Without prompts anywhere, every line is code (a recalled multi-line entry).
        assert_eq!(code_at_prompt("for i in range(2):\n    print(i)"), "for i in range(2):\n    print(i)\n");
    }

    #[test]
    fn the_seed_transcript_keeps_every_statement() {
        let doc = include_str!("../../tests/transcripts/seed0_views_versus_copies.txt");
        let code = code_at_prompt(doc);
        let statements = doc.lines().filter(|l| l.starts_with(">>> ")).count();
        assert_eq!(code.lines().count(), statements);
        assert!(code.lines().all(|l| !l.starts_with(">>>") && !l.starts_with("array(")));
    }
}
