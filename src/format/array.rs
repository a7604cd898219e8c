//! Array text layout: which elements are shown (all, or the corners of a
//! summarised array), how each is formatted (one shared format per array, chosen
//! from the shown values only), and how they are nested in brackets and wrapped.

use super::float::{format_complex_column, FloatFormat, SignMode};
use super::PrintOptions;
use crate::array::NdArray;
use crate::dispatch;
use crate::element::{Element, NpBool};
use crate::interrupt::unwind_every_chunk;
use half::f16;
use num_complex::{Complex32, Complex64};

/// An element type that can format a whole column of its values with NumPy's
/// per-array rules (`BoolFormat`, `IntegerFormat`, `FloatingFormat`, ...).
pub(super) trait Printable: Element {
    /// Formats every value with the layout NumPy would choose for this set of values.
    fn format_cells(values: &[Self], opts: &PrintOptions, zero_dim: bool) -> Vec<String>;
}

impl Printable for NpBool {
    fn format_cells(values: &[Self], _opts: &PrintOptions, zero_dim: bool) -> Vec<String> {
        // ` True` lines up with `False`, except in a 0-d array where nothing is aligned.
        let yes = if zero_dim { "True" } else { " True" };
        values.iter().map(|v| if v.get() { yes } else { "False" }.to_string()).collect()
    }
}

macro_rules! printable_int {
    ($($t:ty),*) => {$(
        impl Printable for $t {
            fn format_cells(values: &[Self], opts: &PrintOptions, _zero_dim: bool) -> Vec<String> {
                let ints: Vec<i128> = values.iter().map(|&v| v as i128).collect();
                format_int_column(&ints, opts.sign)
            }
        }
    )*};
}
printable_int!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! printable_float {
    ($($t:ty),*) => {$(
        impl Printable for $t {
            fn format_cells(values: &[Self], opts: &PrintOptions, zero_dim: bool) -> Vec<String> {
                FloatFormat::format_column(values, opts.float_style(zero_dim))
            }
        }
    )*};
}
printable_float!(f16, f32, f64);

macro_rules! printable_complex {
    ($($t:ty),*) => {$(
        impl Printable for $t {
            fn format_cells(values: &[Self], opts: &PrintOptions, zero_dim: bool) -> Vec<String> {
                format_complex_column(values, opts.float_style(zero_dim))
            }
        }
    )*};
}
printable_complex!(Complex32, Complex64);

/// NumPy's `IntegerFormat`: right-aligned to the longer of the largest and smallest value.
fn format_int_column(values: &[i128], sign: SignMode) -> Vec<String> {
    let (Some(&max), Some(&min)) = (values.iter().max(), values.iter().min()) else {
        return Vec::new();
    };
    let sign = if sign == SignMode::Space && min < 0 { SignMode::Minus } else { sign };
    let text = |v: i128| match (sign, v >= 0) {
        (SignMode::Plus, true) => format!("+{}", v),
        (SignMode::Space, true) => format!(" {}", v),
        _ => v.to_string(),
    };
    let width = text(max).len().max(min.to_string().len());
    values
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            unwind_every_chunk(i);
            format!("{:>width$}", text(v), width = width)
        })
        .collect()
}

/// The elements an array shows: for each axis the kept positions, and the cells
/// (formatted elements) in C order over the kept positions.
struct Shown {
    /// Kept length of each axis.
    shape: Vec<usize>,
    /// Whether `...` stands between the leading and trailing kept items of an axis.
    gap: Vec<bool>,
    cells: Vec<String>,
}

/// Picks the positions read along each axis: all, or `edge` at each end. With
/// `edge == 0` NumPy's `a[-0:]` takes the whole axis, so all positions are read
/// (they decide the column format) though only the last is shown.
fn kept_positions(shape: &[usize], summarise: bool, edge: usize) -> (Vec<Vec<usize>>, Vec<bool>) {
    shape
        .iter()
        .map(|&n| {
            if summarise && n > 2 * edge {
                let tail = if edge == 0 { 0 } else { n - edge };
                ((0..edge).chain(tail..n).collect(), true)
            } else {
                ((0..n).collect(), false)
            }
        })
        .unzip()
}

/// Reads the elements at the kept positions, typed, in C order.
pub(super) fn gather<T: Element>(a: &NdArray, kept: &[Vec<usize>]) -> Vec<T> {
    let total: usize = kept.iter().map(Vec::len).product();
    let mut out = Vec::with_capacity(total);
    if total == 0 {
        return out;
    }
    let swap = !a.dtype.is_native();
    let mut index = vec![0usize; kept.len()];
    loop {
        let at: isize = a.offset as isize
            + kept.iter().zip(&index).zip(&a.strides).map(|((k, &i), &s)| k[i] as isize * s).sum::<isize>();
        // The caller checked with `check_in_bounds` that every element lies inside the buffer.
        let v: T = a.buffer.read(at as usize);
        out.push(if swap { v.byte_swap() } else { v });
        unwind_every_chunk(out.len());
        if !crate::array::next_index(&mut index, |k| kept[k].len()) {
            return out;
        }
    }
}

/// Formats the elements of `a`'s dtype stored at the given byte offsets of its buffer
/// as one NumPy column (shared width and float digits, chosen from these values
/// only), each text trimmed of its padding. Offsets whose element would pass the
/// buffer's end are left out of the column and shown as `?`.
pub(super) fn values_at(a: &NdArray, offsets: &[usize], opts: &PrintOptions) -> Vec<String> {
    let item = a.itemsize();
    let fits = |o: usize| o.checked_add(item).is_some_and(|end| end <= a.buffer.len());
    if a.dtype.is_record() {
        let record = |o: usize| super::record::void_str(&NdArray { offset: o, ..a.clone() }, opts);
        return offsets.iter().map(|&o| if fits(o) { record(o) } else { "?".to_string() }).collect();
    }
    if a.dtype.is_text() {
        return offsets.iter().map(|&o| if fits(o) { super::text::element_repr(a, o) } else { "?".to_string() }).collect();
    }
    let swap = !a.dtype.is_native();
    let column: Vec<String> = dispatch!(a.dtype.scalar, T => {
        let values: Vec<T> = offsets
            .iter()
            .filter(|&&o| fits(o))
            .map(|&o| {
                let v: T = a.buffer.read(o);
                if swap { v.byte_swap() } else { v }
            })
            .collect();
        T::format_cells(&values, opts, false)
    });
    let mut column = column.into_iter();
    offsets
        .iter()
        .map(|&o| match fits(o) {
            true => column.next().unwrap_or_default().trim().to_string(),
            false => "?".to_string(),
        })
        .collect()
}

/// Collects and formats the shown elements of a non-empty array.
fn shown(a: &NdArray, opts: &PrintOptions, hook: Option<super::CellHook<'_>>) -> Shown {
    let summarise = a.size() > opts.threshold;
    let (kept, gap) = kept_positions(&a.shape, summarise, opts.edgeitems);
    let zero_dim = a.ndim() == 0;
    let key = opts.callables.as_ref().filter(|_| !a.dtype.is_record()).and_then(|c| c.key_for(a.dtype.scalar));
    let cells = if let (Some(key), Some(hook), true) = (key, hook, a.check_in_bounds().is_ok()) {
        // NumPy calls the formatter on each shown element and uses its text as is.
        let mut values = Vec::new();
        let total: usize = kept.iter().map(Vec::len).product();
        let mut index = vec![0usize; kept.len()];
        while total > 0 {
            let at: Vec<usize> = kept.iter().zip(&index).map(|(k, &i)| k[i]).collect();
            values.push(a.get(&at));
            if !crate::array::next_index(&mut index, |k| kept[k].len()) {
                break;
            }
        }
        hook(key, &values)
    } else if a.check_in_bounds().is_ok() && a.dtype.is_record() {
        super::record::record_cells(a, &kept, opts, super::record::Style::Array)
    } else if a.check_in_bounds().is_ok() && a.dtype.is_text() {
        super::text::cells(a, &kept)
    } else if a.check_in_bounds().is_ok() {
        dispatch!(a.dtype.scalar, T => T::format_cells(&gather::<T>(a, &kept), opts, zero_dim))
    } else {
        // Arrays are built in bounds; one that is not shows no memory at all.
        vec!["?".to_string(); kept.iter().map(Vec::len).product()]
    };
    Shown { shape: kept.iter().map(Vec::len).collect(), gap, cells }
}

/// NumPy's `array2string` for a non-empty array: `separator` between items, lines
/// no longer than `width`, continuation lines indented by `prefix_len + 1`.
pub(super) fn array_text(a: &NdArray, opts: &PrintOptions, separator: &str, prefix_len: usize, width: isize, hook: Option<super::CellHook<'_>>) -> String {
    let shown = shown(a, opts, hook);
    if shown.shape.is_empty() {
        return shown.cells.into_iter().next().unwrap_or_default();
    }
    let mut strides = vec![1usize; shown.shape.len()];
    for axis in (0..shown.shape.len().saturating_sub(1)).rev() {
        strides[axis] = strides[axis + 1] * shown.shape[axis + 1];
    }
    let layout = Layout { shown: &shown, strides, edge: opts.edgeitems, separator, legacy_113: opts.legacy <= 113 };
    let indent = " ".repeat(prefix_len + 1);
    layout.block(0, 0, &indent, width)
}

struct Layout<'a> {
    shown: &'a Shown,
    strides: Vec<usize>,
    edge: usize,
    separator: &'a str,
    /// NumPy 1.13's wrapping rules (`legacy='1.13'`).
    legacy_113: bool,
}

/// One item of a bracketed run: a sub-block or element, or the `...` of a summary.
enum Item {
    At(usize),
    Ellipsis,
}

impl Layout<'_> {
    /// The items along `axis`, as flat cell offsets from `start`.
    fn items(&self, axis: usize, start: usize) -> Vec<Item> {
        let n = self.shown.shape[axis];
        let at = |i: usize| Item::At(start + i * self.strides[axis]);
        if !self.shown.gap[axis] {
            return (0..n).map(at).collect();
        }
        // NumPy always shows the last item of a summarised axis, even with no edge items.
        let trailing = self.edge.max(1);
        let mut items: Vec<Item> = (0..self.edge).map(at).collect();
        items.push(Item::Ellipsis);
        items.extend((n - trailing..n).map(at));
        items
    }

    /// The bracketed text of the sub-array starting at cell `start` on `axis`.
    /// `hanging` is the indent of continuation lines; `width` the room left on a line.
    fn block(&self, axis: usize, start: usize, hanging: &str, width: isize) -> String {
        let ndim = self.shown.shape.len();
        let axes_left = ndim - axis;
        let inner_hanging = format!("{} ", hanging);
        // NumPy 1.13 did not keep room for the closing brackets.
        let inner_width = if self.legacy_113 { width } else { width - 1 };
        let items = self.items(axis, start);
        let mut s = String::new();
        let last = items.len() - 1;
        if axes_left == 1 {
            // Room for the closing `]` or the separator's mark after each element.
            let mark = self.separator.trim_end().len();
            let elem_width = if self.legacy_113 { width - mark as isize } else { width - mark.max(1) as isize };
            let mut line = hanging.to_string();
            for (k, item) in items.iter().enumerate() {
                unwind_every_chunk(k);
                let (word, gap) = match item {
                    Item::At(at) => (self.shown.cells[*at].as_str(), false),
                    Item::Ellipsis => ("...", true),
                };
                let room = if k == last && self.legacy_113 { width } else { elem_width };
                extend_line(&mut s, &mut line, word, room, hanging, self.legacy_113);
                if k != last {
                    line.push_str(if gap && self.legacy_113 { ", " } else { self.separator });
                }
            }
            s.push_str(&line);
        } else {
            let line_sep = format!("{}{}", self.separator.trim_end(), "\n".repeat(axes_left - 1));
            for (k, item) in items.iter().enumerate() {
                s.push_str(hanging);
                match item {
                    Item::At(at) => s.push_str(&self.block(axis + 1, *at, &inner_hanging, inner_width)),
                    Item::Ellipsis => s.push_str("..."),
                }
                if k != last {
                    let legacy_gap = self.legacy_113 && matches!(item, Item::Ellipsis);
                    s.push_str(if legacy_gap { ", \n" } else { &line_sep });
                }
            }
        }
        format!("[{}]", &s[hanging.len()..])
    }
}

/// Appends `word` to the current line, first breaking the line if the word would
/// pass `width` (unless the line holds nothing but its indent, where breaking cannot
/// help; NumPy 1.13 broke it anyway).
fn extend_line(s: &mut String, line: &mut String, word: &str, width: isize, indent: &str, legacy_113: bool) {
    // Widths count characters: `nanstr` / `infstr` may be any text.
    let line_len = line.chars().count();
    let too_long = (line_len + word.chars().count()) as isize > width;
    if too_long && (legacy_113 || line_len > indent.len()) {
        s.push_str(line.trim_end());
        s.push('\n');
        line.clear();
        line.push_str(indent);
    }
    line.push_str(word);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_columns_share_a_width() {
        assert_eq!(format_int_column(&[1, -10, 100], SignMode::Minus), ["  1", "-10", "100"]);
        assert_eq!(format_int_column(&[1, 2], SignMode::Plus), ["+1", "+2"]);
        assert_eq!(format_int_column(&[1, -2], SignMode::Space), [" 1", "-2"]);
    }

    #[test]
    fn summarised_axes_keep_their_edges() {
        let (kept, gap) = kept_positions(&[10, 4, 7], true, 3);
        assert_eq!(kept[0], [0, 1, 2, 7, 8, 9]);
        assert_eq!(kept[1], [0, 1, 2, 3]);
        assert_eq!(gap, [true, false, true]);
        let (kept, gap) = kept_positions(&[5], true, 0);
        assert_eq!((kept[0].len(), gap[0]), (5, true));
    }
}
