//! `:mem NAME ...`: a picture of the buffer behind the named arrays, drawn from the
//! live memory: its cells in order with the values stored there, and under them one
//! row per array giving the index of its element held in each cell. Arrays on one
//! buffer share a picture; each other buffer gets its own. When the arrays disagree
//! on what an element is (item size, byte order, an offset between elements), the
//! cells are bytes and each element is drawn across its bytes.

mod cells;
mod draw;

use super::{command_error, usage_error};
use crate::array::NdArray;
use crate::error::ExcType;
use crate::eval::Value;
use crate::format::{values_at, PrintOptions};
use crate::provenance::BufferLabels;
use crate::session::{Event, Session};
use cells::{Column, Coverage, Grid};
use draw::{Piece, Row, Style, Table};
use std::cell::Ref;

/// Runs `:mem` with its argument text (names separated by spaces or commas).
pub fn mem(session: &mut Session, args: &str) -> Vec<Event> {
    let names: Vec<&str> = args.split(|c: char| c.is_whitespace() || c == ',').filter(|s| !s.is_empty()).collect();
    if names.is_empty() {
        return vec![usage_error(":mem needs the names of arrays to draw, e.g. :mem a v")];
    }
    let mut chosen: Vec<(&str, crate::array::ArrayRef)> = Vec::new();
    for &name in &names {
        if !is_identifier(name) {
            return vec![usage_error(format!(":mem takes variable names, not expressions: '{}' (assign it first: x = {})", name, name))];
        }
        match session.interp.globals.get(name) {
            None => return vec![command_error(ExcType::NameError, format!("name '{}' is not defined", name))],
            Some(Value::Array(a)) => {
                if !chosen.iter().any(|(n, _)| *n == name) {
                    chosen.push((name, a.clone()));
                }
            }
            Some(other) => {
                return vec![usage_error(format!("{} is not an array (it is {}); :mem draws the memory of arrays", name, article(&other.type_name())))]
            }
        }
    }
    let borrowed: Vec<(&str, Ref<NdArray>)> = chosen.iter().map(|(n, a)| (*n, a.borrow())).collect();
    // One picture per buffer, in the order the buffers first appear among the names.
    let mut buffers: Vec<usize> = Vec::new();
    for (_, a) in &borrowed {
        if !buffers.contains(&a.buffer.id()) {
            buffers.push(a.buffer.id());
        }
    }
    let opts = &session.interp.print_options;
    let pictures: Vec<String> = buffers
        .iter()
        .map(|&id| {
            let group: Vec<(&str, &NdArray)> = borrowed.iter().filter(|(_, a)| a.buffer.id() == id).map(|(n, a)| (*n, &**a)).collect();
            picture(&group, &mut session.buffer_labels, opts).join("\n")
        })
        .collect();
    vec![Event::Report(pictures.join("\n\n"))]
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// `an int`, `a list`, `a numpy.int64`.
fn article(type_name: &str) -> String {
    let vowel = type_name.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {}", if vowel { "an" } else { "a" }, type_name)
}

/// The lines of one buffer's picture: a header, the table, a legend.
fn picture(arrays: &[(&str, &NdArray)], labels: &mut BufferLabels, opts: &PrintOptions) -> Vec<String> {
    let plain: Vec<&NdArray> = arrays.iter().map(|(_, a)| *a).collect();
    let buffer = &plain[0].buffer;
    let element = cells::element_cells(&plain);
    let cell_bytes = element.unwrap_or(1);
    let offsets: Vec<Option<Vec<usize>>> =
        plain.iter().map(|a| (a.size() <= cells::MAX_WALK).then(|| a.element_offsets())).collect();
    let grid = cells::grid(buffer.len(), cell_bytes, &plain, &offsets);
    let gaps: Vec<bool> = grid.columns.iter().map(|c| matches!(c, Column::Gap { .. })).collect();

    let mut lines = wrapped(&header(arrays, &grid, labels.label(buffer.id()), element.is_some()));
    let mut rows = if grid.columns.is_empty() { Vec::new() } else { head_rows(&grid, plain[0], element.is_some(), opts) };
    let head = rows.len();
    let mut overlaps = Vec::new();
    for ((name, a), offs) in arrays.iter().zip(&offsets) {
        let Some(offs) = offs else {
            rows.push(Row { label: name.to_string(), note: Some(format!("({} elements: too many to draw)", a.size())), ..Default::default() });
            continue;
        };
        if offs.is_empty() {
            rows.push(Row { label: name.to_string(), note: Some("(no elements: it uses no cells)".into()), ..Default::default() });
            continue;
        }
        let cov = cells::cover(&grid, offs, a.itemsize());
        if cov.overlaps() {
            let more = if cov.more.iter().any(|&n| n > 0) { format!("; '{} more' counts the rest", name) } else { String::new() };
            overlaps.push(format!("{} uses some cells for several elements: row '{} again' holds the next one{}.", name, name, more));
        }
        rows.extend(array_rows(name, a, &cov, element.is_none(), opts));
    }
    let table = Table { gaps, sep: if element.is_some() { 2 } else { 1 }, rows, head };
    lines.extend(table.lines());
    if grid.columns.is_empty() {
        return lines;
    }
    let mut legend = vec![if element.is_some() {
        "Under each cell: the index of each array's element stored there ('.': none).".to_string()
    } else {
        "hex: the byte stored there. [ i ]: the bytes of element i, its value below.".to_string()
    }];
    if let Some((name, a)) = arrays.iter().find(|(_, a)| a.ndim() > 1) {
        let index: Vec<String> = (1..=a.ndim()).map(|k| k.to_string()).collect();
        legend.push(format!("An index {} is the element {}[{}].", index.join(","), name, index.join(", ")));
    }
    if grid.summarised() {
        legend.push("'...' stands for cells left out, as NumPy summarises long arrays.".to_string());
    }
    legend.extend(overlaps);
    lines.extend(wrapped(&legend));
    lines
}

/// Prose lines (header, legend) wrapped to the picture's width.
fn wrapped(paragraphs: &[String]) -> Vec<String> {
    paragraphs.iter().flat_map(|p| textwrap::wrap(p, draw::WIDTH).into_iter().map(|l| l.into_owned())).collect()
}

/// `buffer #1: 80 bytes, 10 cells of int64`, or for a picture in bytes, why, and a
/// second line with each array's dtype.
fn header(arrays: &[(&str, &NdArray)], grid: &Grid, label: usize, element: bool) -> Vec<String> {
    let buffer_len = arrays[0].1.buffer.len();
    let mut text = format!("buffer #{}: {} bytes", label, buffer_len);
    if element {
        let cells = if grid.ncells == 1 { "cell" } else { "cells" };
        text.push_str(&format!(", {} {} of {}", grid.ncells, cells, arrays[0].1.dtype));
        let extra = buffer_len - grid.ncells * grid.cell_bytes;
        if extra > 0 {
            text.push_str(&format!(" and {} more bytes", extra));
        }
    } else {
        let first = arrays[0].1;
        let why = if arrays.iter().any(|(_, a)| a.itemsize() != first.itemsize()) {
            "item sizes differ"
        } else if arrays.iter().any(|(_, a)| a.dtype != first.dtype) {
            "dtypes differ"
        } else if !first.dtype.is_native() {
            "to show the byte order"
        } else {
            "elements start between cells"
        };
        text.push_str(&format!(", drawn byte by byte ({})", why));
    }
    if grid.partial() {
        let unit = if element { "cells" } else { "bytes" };
        text.push_str(&format!("; showing {} {} to {}", unit, grid.region.0, grid.region.1 - 1));
    }
    let mut lines = vec![text];
    if !element {
        let orders = arrays.iter().any(|(_, a)| !a.dtype.is_native());
        let kinds: Vec<String> = arrays.iter().map(|(n, a)| format!("{} is {}", n, dtype_words(a, orders))).collect();
        let joined = kinds.join(", ");
        if joined.len() <= draw::WIDTH {
            lines.push(joined);
        } else {
            lines.extend(kinds);
        }
    }
    lines
}

/// `int16 (2 bytes)`, or `>i2 (2 bytes, big-endian: most significant byte first)`;
/// with `orders`, native multi-byte dtypes name their byte order too.
fn dtype_words(a: &NdArray, orders: bool) -> String {
    let size = match a.itemsize() {
        1 => "1 byte".to_string(),
        n => format!("{} bytes", n),
    };
    if !a.dtype.is_native() {
        format!("{} ({}, big-endian: most significant byte first)", a.dtype, size)
    } else if orders && a.itemsize() > 1 {
        format!("{} ({}, little-endian: least significant byte first)", a.dtype, size)
    } else {
        format!("{} ({})", a.dtype, size)
    }
}

/// The rows above the rule: cell numbers and the values held there (element values,
/// or each byte in hex).
fn head_rows(grid: &Grid, first: &NdArray, element: bool, opts: &PrintOptions) -> Vec<Row> {
    let cells: Vec<(usize, usize)> =
        grid.columns.iter().enumerate().filter_map(|(i, c)| if let Column::Cell(n) = c { Some((i, *n)) } else { None }).collect();
    let values: Vec<String> = if element {
        let offsets: Vec<usize> = cells.iter().map(|&(_, n)| n * grid.cell_bytes).collect();
        values_at(first, &offsets, opts)
    } else {
        cells.iter().map(|&(_, n)| format!("{:02x}", first.buffer.read_bytes(n, 1)[0])).collect()
    };
    let numbers = if !element && cells.last().is_some_and(|&(_, n)| n >= 1000) {
        byte_number_groups(&grid.columns)
    } else {
        cells.iter().map(|&(i, n)| Piece::cell(i, n.to_string())).collect()
    };
    let gap_pieces = || grid.columns.iter().enumerate().filter(|(_, c)| matches!(c, Column::Gap { .. })).map(|(i, _)| Piece::cell(i, "..."));
    let mut numbers: Vec<Piece> = numbers.into_iter().chain(gap_pieces()).collect();
    let mut held: Vec<Piece> = cells.iter().zip(values).map(|(&(i, _), v)| Piece::cell(i, v)).chain(gap_pieces()).collect();
    numbers.sort_by_key(|p| p.columns.0);
    held.sort_by_key(|p| p.columns.0);
    let (number_label, value_label) = if element { ("cell", "value") } else { ("byte", "hex") };
    vec![
        Row { label: number_label.into(), pieces: numbers, ..Default::default() },
        Row { label: value_label.into(), pieces: held, ..Default::default() },
    ]
}

/// Byte numbers too wide for a byte's column: one number per run of up to
/// `BYTE_GROUP` shown bytes (starting at a multiple of it), written over the run.
fn byte_number_groups(columns: &[Column]) -> Vec<Piece> {
    const BYTE_GROUP: usize = 4;
    let mut pieces: Vec<Piece> = Vec::new();
    for (i, c) in columns.iter().enumerate() {
        let Column::Cell(n) = *c else { continue };
        let extends = pieces.last_mut().filter(|p| p.columns.1 == i && n % BYTE_GROUP != 0);
        match extends {
            Some(p) => p.columns.1 = i + 1,
            None => pieces.push(Piece { columns: (i, i + 1), text: n.to_string(), style: Style::Left }),
        }
    }
    pieces
}

/// The rows of one array: its elements' indexes (one row per layer of overlap, and a
/// count of the rest), and in a picture of bytes each element's value under it.
fn array_rows(name: &str, a: &NdArray, cov: &Coverage, by_bytes: bool, opts: &PrintOptions) -> Vec<Row> {
    let values: Vec<Vec<String>> = if by_bytes {
        cov.layers.iter().map(|layer| values_at(a, &layer.iter().map(|p| p.byte_offset).collect::<Vec<_>>(), opts)).collect()
    } else {
        Vec::new()
    };
    let spans = by_bytes && a.itemsize() > 1;
    let mut rows = Vec::new();
    for (l, layer) in cov.layers.iter().enumerate() {
        let mut pieces: Vec<Piece> = layer
            .iter()
            .map(|p| {
                let style = if spans { Style::Boxed(p.whole.0, p.whole.1) } else { Style::Right };
                Piece { columns: p.columns, text: draw::index_text(&a.shape, p.position), style }
            })
            .collect();
        if l == 0 {
            pieces.extend(cov.hidden.iter().enumerate().filter(|(c, &h)| h && !layer.iter().any(|p| p.columns.0 <= *c && *c < p.columns.1)).map(|(c, _)| Piece::cell(c, "...")));
            pieces.sort_by_key(|p| p.columns.0);
        }
        let label = if l == 0 { name.to_string() } else { format!("{} again", name) };
        rows.push(Row { label, pieces, filler: ".", note: None });
        if by_bytes {
            let held = layer.iter().zip(&values[l]).map(|(p, v)| {
                let style = if spans { Style::Centre } else { Style::Right };
                Piece { columns: p.columns, text: v.clone(), style }
            }).collect();
            rows.push(Row { label: "value".into(), pieces: held, filler: "", note: None });
        }
    }
    if cov.more.iter().any(|&n| n > 0) {
        let pieces = cov.more.iter().enumerate().filter(|(_, &n)| n > 0).map(|(c, n)| Piece::cell(c, format!("+{}", n))).collect();
        rows.push(Row { label: format!("{} more", name), pieces, filler: "", note: None });
    }
    rows
}
