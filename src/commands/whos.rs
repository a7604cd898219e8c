//! `%whos` / `:vars`: one row per array variable, with what provenance knows of it.

use crate::eval::Value;
use crate::provenance::{describe, tuple_text};
use crate::session::{Event, Session};

/// Columns of the table.
const COLUMNS: usize = 7;

/// The table of array variables, IPython's `%whos` for arrays: name, shape, dtype,
/// view-of / copy verdict, the other variables sharing its memory, buffer number, bytes.
pub fn whos(session: &mut Session) -> Event {
    let header = ["Variable", "Shape", "Dtype", "Memory", "Shares memory with", "Buffer", "Bytes"];
    let mut rows: Vec<[String; COLUMNS]> = Vec::new();
    let globals = &session.interp.globals;
    for (name, value) in globals {
        let Value::Array(a) = value else { continue };
        let p = describe(a, Some(name), globals, &mut session.buffer_labels);
        let arr = a.borrow();
        let buffer = format!("#{}", session.buffer_labels.label(arr.buffer.id()));
        let mut sharers = p.same_object.clone();
        sharers.extend(p.sharing.iter().cloned());
        rows.push([
            name.clone(),
            tuple_text(&arr.shape),
            arr.dtype.repr_name().trim_matches('\'').to_string(),
            short_verdict(&p.verdict),
            if sharers.is_empty() { "-".to_string() } else { sharers.join(", ") },
            buffer,
            arr.nbytes().to_string(),
        ]);
    }
    if rows.is_empty() {
        return Event::Report("Interactive namespace has no arrays.".into());
    }
    Event::Report(table(&header, &rows))
}

/// The verdict without what the sharing column already says, and without the origin
/// of an unnamed base (the provenance line has the long form).
fn short_verdict(verdict: &str) -> String {
    let main = verdict.split("; ").next().unwrap_or(verdict);
    match main.find(" of an array no variable holds") {
        Some(i) => format!("{} of an unnamed array", &main[..i]),
        None => main.to_string(),
    }
}

/// Lays out rows under a header in left-aligned columns (the last column right-aligned,
/// since it holds numbers), with a rule under the header as IPython draws it.
fn table(header: &[&str; COLUMNS], rows: &[[String; COLUMNS]]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            if i + 1 == cells.len() {
                s.push_str(&format!("{:>w$}", cell, w = *w));
            } else {
                s.push_str(&format!("{:<w$}   ", cell, w = *w));
            }
        }
        s
    };
    let head: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let mut out = line(&head);
    let total = widths.iter().sum::<usize>() + 3 * (widths.len() - 1);
    out.push('\n');
    out.push_str(&"-".repeat(total));
    for row in rows {
        out.push('\n');
        out.push_str(&line(row));
    }
    out
}
