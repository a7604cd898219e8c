//! `:explain STMT`: runs a statement as usual, then shows it the way the interpreter
//! ran it: the chain of `__getitem__` / `__setitem__` calls (and in-place operators,
//! and methods that make views or copies), each step a VIEW or a COPY and why, the
//! result's shape, strides and buffer, which buffer each write went to, and a closing
//! line saying whether the variable changed.

use super::usage_error;
use crate::error::PyErr;
use crate::eval::trace::{ArrayFacts, Step, StepArg, StepKind, MAX_STEPS};
use crate::eval::Value;
use crate::lang::parse;
use crate::provenance::tuple_text;
use crate::session::{Event, Session};

/// The most steps one explanation lists (a loop can make many more).
const SHOWN_STEPS: usize = 40;

/// Runs `source` (the command at `line` of its file) in `session` and explains each of its statements.
pub fn explain(session: &mut Session, source: &str, line: usize) -> Vec<Event> {
    let source = source.trim();
    if source.is_empty() {
        return vec![usage_error(":explain needs a statement: :explain a[::2] = 0")];
    }
    if super::is_command(source) {
        return vec![usage_error(":explain explains a Python statement, not a command")];
    }
    let text = format!("{}\n", source);
    let Ok(stmts) = parse(&text) else {
        // The session reports the syntax error exactly as it would at the prompt.
        return session.run_chunk(&text, line);
    };
    let mut events = Vec::new();
    for stmt in stmts {
        let ran = session.run_chunk(&format!("{}\n", stmt.text.trim_end()), line);
        let error = ran.iter().find_map(|e| match e {
            Event::Error { error, .. } => Some(error.clone()),
            _ => None,
        });
        events.extend(ran);
        let steps = session.interp.steps.clone();
        events.push(Event::Report(Explainer::new(session, &steps).text(stmt.text.trim(), error.as_ref())));
    }
    events
}

/// Names the arrays of a chain the way a Python rewrite would (`tmp1`, `tmp2`, or the
/// variable a result was bound to) and describes buffers by who holds them.
struct Explainer<'a> {
    session: &'a mut Session,
    steps: &'a [Step],
    /// The name of each array result seen so far, in step order.
    named: Vec<(ArrayFacts, String)>,
    temporaries: usize,
}

impl<'a> Explainer<'a> {
    fn new(session: &'a mut Session, steps: &'a [Step]) -> Self {
        Explainer { session, steps, named: Vec::new(), temporaries: 0 }
    }

    /// The name of an array: an earlier step's result, or a variable bound to it now.
    fn name_of(&self, facts: &ArrayFacts) -> Option<String> {
        if let Some((_, n)) = self.named.iter().rev().find(|(f, _)| f.same_object(facts)) {
            return Some(n.clone());
        }
        self.session.interp.globals.iter().find_map(|(k, v)| match v {
            Value::Array(a) if facts.is(a) => Some(k.clone()),
            _ => None,
        })
    }

    /// The variables whose arrays live in this buffer after the statement.
    fn holders(&self, buffer: usize) -> Vec<String> {
        let globals = &self.session.interp.globals;
        globals
            .iter()
            .filter(|(_, v)| matches!(v, Value::Array(a) if a.borrow().buffer.id() == buffer))
            .map(|(k, _)| k.clone())
            .collect()
    }

    fn label(&mut self, buffer: usize) -> usize {
        self.session.buffer_labels.label(buffer)
    }

    /// `a's memory`, `the memory of a, v`, or None when no variable holds the buffer.
    fn memory_of(&self, buffer: usize) -> Option<String> {
        match self.holders(buffer).as_slice() {
            [] => None,
            [one] => Some(format!("{}'s memory", one)),
            many => Some(format!("the memory of {}", many.join(", "))),
        }
    }

    /// The earliest step (1-based) whose result is a copy living in `buffer`.
    fn copy_made_in(&self, buffer: usize, before: usize) -> Option<usize> {
        self.steps[..before]
            .iter()
            .position(|s| matches!(s.kind, StepKind::Copy(_)) && s.result.as_ref().is_some_and(|r| r.buffer == buffer))
            .map(|i| i + 1)
    }

    /// What a write into `buffer` at step `at` (0-based) changed, in words.
    fn written(&mut self, buffer: usize, at: usize) -> String {
        let label = self.label(buffer);
        match (self.memory_of(buffer), self.copy_made_in(buffer, at)) {
            (Some(memory), _) => format!("buffer #{} ({})", label, memory),
            (None, Some(k)) => format!("buffer #{} (the temporary copy made in step {}; no variable holds it)", label, k),
            (None, None) => format!("buffer #{} (a temporary no variable holds)", label),
        }
    }

    /// `shape (2, 4), strides (64, 8), offset 0, buffer #1 (a's memory)`; `new` for a copy.
    fn geometry(&mut self, r: &ArrayFacts, new: bool) -> String {
        let label = self.label(r.buffer);
        let memory = self.memory_of(r.buffer).unwrap_or_else(|| "a temporary no variable holds".to_string());
        format!(
            "shape {}, strides {}, offset {}, {}buffer #{} ({})",
            tuple_text(&r.shape),
            tuple_text(&r.strides),
            r.offset,
            if new { "new " } else { "" },
            label,
            memory
        )
    }

    /// The two lines of one step: the call as Python makes it, then what it did.
    fn step_lines(&mut self, i: usize) -> (String, String) {
        let steps = self.steps;
        let step = &steps[i];
        let receiver = step.receiver.as_ref().and_then(|f| self.name_of(f)).unwrap_or_else(|| step.receiver_text.clone());
        let call = step.call_with(&|f| self.name_of(f));
        match (&step.kind, &step.result) {
            (StepKind::View, Some(r)) => {
                let how = match &r.origin {
                    crate::array::Origin::View(how) => how.clone(),
                    _ => step.method.clone(),
                };
                let name = self.result_name(r);
                let facts = self.geometry(r, false);
                (format!("{} = {}", name, call), format!("VIEW of {} ({}): {}", receiver, how, facts))
            }
            (StepKind::Copy(why), Some(r)) => {
                let name = self.result_name(r);
                let facts = self.geometry(r, true);
                (format!("{} = {}", name, call), format!("COPY of {} ({}): {}", receiver, why, facts))
            }
            (StepKind::Raised(error), _) => (call, format!("raised {}", error)),
            (StepKind::Write(buffer), _) if step.method == "__setitem__" => {
                let buffer = *buffer;
                // An augmented assignment stores its temporary back: say so, since that
                // is why `a[[0, 2]] += 1` changes `a` although step 1 made a copy.
                let stored = match step.args.as_deref() {
                    Some([_, StepArg::Array(f)]) => self.named.iter().rev().find(|(g, _)| g.same_object(f)).map(|(_, n)| n.clone()),
                    _ => None,
                };
                let written = self.written(buffer, i);
                match stored {
                    Some(n) => (call, format!("WRITE into {}, storing {}'s values there", written, n)),
                    None => (call, format!("WRITE into {}", written)),
                }
            }
            (StepKind::Write(buffer), _) => {
                let buffer = *buffer;
                (format!("{} = {}", receiver, call), format!("IN PLACE: writes into {}", self.written(buffer, i)))
            }
            _ => (call, format!("ELEMENT: one element of {}, a NumPy scalar (it shares no memory)", receiver)),
        }
    }

    /// Names a step's result: as before if it is an object already named, else the
    /// variable bound to it, else the next `tmpN`.
    fn result_name(&mut self, r: &ArrayFacts) -> String {
        let name = self.name_of(r).unwrap_or_else(|| {
            self.temporaries += 1;
            format!("tmp{}", self.temporaries)
        });
        self.named.push((r.clone(), name.clone()));
        name
    }

    /// True for the writes an assignment ends with: every `__setitem__`, and an in-place
    /// operator whose result is not stored back by a later `__setitem__` (`v += 1`).
    fn is_final_write(&self, i: usize) -> bool {
        let step = &self.steps[i];
        if !matches!(step.kind, StepKind::Write(_)) {
            return false;
        }
        if step.method == "__setitem__" {
            return true;
        }
        let Some(receiver) = &step.receiver else { return true };
        !self.steps[i + 1..].iter().any(|later| {
            later.method == "__setitem__"
                && later.args.iter().flatten().any(|a| matches!(a, StepArg::Array(f) if f.same_object(receiver)))
        })
    }

    /// The closing line for a write: did the variable the assignment names change?
    fn write_conclusion(&mut self, i: usize) -> String {
        let steps = self.steps;
        let step = &steps[i];
        let StepKind::Write(buffer) = step.kind else { return String::new() };
        let label = self.label(buffer);
        let holders = self.holders(buffer);
        // Only an array variable can be the one that changed (`np` in `np.zeros(3)[0] = 1` is not).
        let globals = &self.session.interp.globals;
        let root = step.root.clone().filter(|r| matches!(globals.get(r), Some(Value::Array(_))));
        match &root {
            Some(r) if holders.contains(r) => {
                let others: Vec<&String> = holders.iter().filter(|h| *h != r).collect();
                let shared = if others.is_empty() {
                    String::new()
                } else {
                    format!(" (shared with {})", others.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
                };
                format!("{} changed: the write went to buffer #{}, {}'s memory{}.", r, label, r, shared)
            }
            _ if !holders.is_empty() => {
                let memory = self.memory_of(buffer).unwrap_or_default();
                match &root {
                    Some(r) => format!("{} did not change: the write went to buffer #{}, {}.", r, label, memory),
                    None => format!("{} changed: the write went to buffer #{}, {}.", holders.join(", "), label, memory),
                }
            }
            _ => {
                let subject = root.map_or_else(|| "No variable changed".to_string(), |r| format!("{} did not change", r));
                match self.copy_made_in(buffer, i) {
                    Some(k) => format!("{}: the write went to a temporary copy made in step {}.", subject, k),
                    None => format!("{}: the write went to buffer #{}, a temporary no variable holds.", subject, label),
                }
            }
        }
    }

    /// The closing line for a statement without writes: what its last result is.
    fn result_conclusion(&mut self) -> Option<String> {
        let steps = self.steps;
        let last = steps.last()?;
        let source = self.steps[0].receiver.as_ref().map(|f| f.buffer);
        let r = last.result.clone();
        let bound = r.as_ref().and_then(|r| {
            self.session.interp.globals.iter().find_map(|(k, v)| match v {
                Value::Array(a) if r.is(a) => Some(k.clone()),
                _ => None,
            })
        });
        let subject = bound.clone().unwrap_or_else(|| "The result".to_string());
        let it = bound.clone().unwrap_or_else(|| "it".to_string());
        let others = |holders: Vec<String>| -> Vec<String> { holders.into_iter().filter(|h| Some(h) != bound.as_ref()).collect() };
        Some(match (&last.kind, r) {
            (StepKind::View, Some(r)) => {
                let label = self.label(r.buffer);
                let sources = source.map(|b| others(self.holders(b))).unwrap_or_default();
                let made_in = self.copy_made_in(r.buffer, steps.len());
                match others(self.holders(r.buffer)).as_slice() {
                    [] => match made_in {
                        Some(k) if !sources.is_empty() => format!(
                            "{} is a view of the temporary copy made in step {} (buffer #{}): writing into {} does not change {}.",
                            subject,
                            k,
                            label,
                            it,
                            sources.join(", ")
                        ),
                        _ => format!("{} is a view of buffer #{}, which no other variable uses.", subject, label),
                    },
                    names => format!(
                        "{} is a view: it shares buffer #{} with {}, so writing into {} changes {}.",
                        subject,
                        label,
                        names.join(", "),
                        it,
                        names.join(", ")
                    ),
                }
            }
            (StepKind::Copy(why), Some(r)) => {
                let label = self.label(r.buffer);
                let sources = source.map(|b| others(self.holders(b))).unwrap_or_default();
                if sources.is_empty() {
                    format!("{} is a copy ({}) in its own buffer #{}.", subject, why, label)
                } else {
                    format!(
                        "{} is a copy ({}) in its own buffer #{}: writing into {} does not change {}.",
                        subject,
                        why,
                        label,
                        it,
                        sources.join(", ")
                    )
                }
            }
            (StepKind::Element, _) => format!("{} is one element, a NumPy scalar: it shares no memory with any array.", subject),
            _ => return None,
        })
    }

    /// The whole explanation of one statement.
    fn text(mut self, stmt: &str, error: Option<&PyErr>) -> String {
        if self.steps.is_empty() {
            return match error {
                Some(e) => format!("{} raised {} before any __getitem__ or __setitem__ call on an array.", stmt, e),
                None => format!("{} makes no __getitem__ or __setitem__ call on an array: nothing is indexed, so there is no view or copy to explain.", stmt),
            };
        }
        let mut lines = vec![format!("Python runs {} as:", stmt)];
        let shown = self.steps.len().min(SHOWN_STEPS);
        for i in 0..shown {
            let (call, what) = self.step_lines(i);
            let number = format!("{:>3}. ", i + 1);
            lines.push(format!("{}{}", number, call));
            lines.push(format!("{}{}", " ".repeat(number.len()), what));
        }
        if self.steps.len() > shown {
            let more = if self.steps.len() == MAX_STEPS { format!("at least {}", MAX_STEPS - shown) } else { (self.steps.len() - shown).to_string() };
            lines.push(format!("     ... and {} more steps", more));
        }
        if let Some(e) = error {
            match self.steps.iter().position(|s| matches!(s.kind, StepKind::Raised(_))) {
                Some(0) => lines.push("The statement failed in step 1, before anything was changed.".to_string()),
                Some(1) => lines.push("The statement failed in step 2; step 1 had already run.".to_string()),
                Some(k) => lines.push(format!("The statement failed in step {}; steps 1 to {} had already run.", k + 1, k)),
                None => {
                    lines.push(format!("then it raised {}", e));
                    lines.push("The steps above had already run when it failed.".to_string());
                }
            }
            return lines.join("\n");
        }
        let finals: Vec<usize> = (0..self.steps.len()).filter(|&i| self.is_final_write(i)).collect();
        if finals.is_empty() {
            lines.extend(self.result_conclusion());
        } else {
            let mut seen = Vec::new();
            for i in finals {
                let line = self.write_conclusion(i);
                if !seen.contains(&line) {
                    seen.push(line);
                }
            }
            lines.extend(seen);
        }
        lines.join("\n")
    }
}
