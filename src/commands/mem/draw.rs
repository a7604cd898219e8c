//! Text layout of a `:mem` picture: labelled rows of pieces over shared columns,
//! each column as wide as its widest text, wrapped into bands that fit a terminal.
//! A piece spanning several columns (an element over its bytes) is drawn `[ 7 ]`,
//! with the bracket left off where a band edge cuts it.

/// The widest line a picture aims for; wider pictures wrap into bands.
pub const WIDTH: usize = 80;

/// Text written over a run of columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// The columns covered, `first..end`.
    pub columns: (usize, usize),
    /// What is written there.
    pub text: String,
    /// How it is placed.
    pub style: Style,
}

/// How a piece's text is placed over its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Right-aligned, like a number.
    Right,
    /// Left-aligned, like a label for the columns it starts.
    Left,
    /// Centred.
    Centre,
    /// Centred between brackets, drawn at the ends that are real (an end cut by a
    /// `...` gap has none): `[ 7 ]`.
    Boxed(bool, bool),
}

impl Piece {
    /// A piece on one column, right-aligned like a number.
    pub fn cell(column: usize, text: impl Into<String>) -> Piece {
        Piece { columns: (column, column + 1), text: text.into(), style: Style::Right }
    }
}

/// One labelled line, repeated in every band.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// The label at the left.
    pub label: String,
    /// The pieces, in column order, not overlapping.
    pub pieces: Vec<Piece>,
    /// What a cell column no piece covers shows.
    pub filler: &'static str,
    /// Text shown instead of pieces (for an array with nothing to draw).
    pub note: Option<String>,
}

/// A picture's rows over its columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// For each column, whether it is a `...` gap (at least 3 wide, never filled).
    pub gaps: Vec<bool>,
    /// Spaces between columns.
    pub sep: usize,
    /// The rows; a rule is drawn under the first `head` of them.
    pub rows: Vec<Row>,
    /// How many rows form the head (cell numbers, values).
    pub head: usize,
}

impl Table {
    /// The picture's lines: one band of columns after another, a blank line between bands.
    pub fn lines(&self) -> Vec<String> {
        let widths = self.widths();
        let label_width = self.rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0);
        let mut out = Vec::new();
        let bands = bands(&widths, self.sep, WIDTH.saturating_sub(label_width + 3));
        for (b, &(start, end)) in bands.iter().enumerate() {
            if b > 0 {
                out.push(String::new());
            }
            let band_width: usize = widths[start..end].iter().sum::<usize>() + self.sep * (end - start).saturating_sub(1);
            for (i, row) in self.rows.iter().enumerate() {
                let body = match &row.note {
                    Some(note) if b == 0 => note.clone(),
                    Some(_) => continue,
                    None => self.band_text(row, &widths, (start, end)),
                };
                out.push(format!("{:<w$} | {}", row.label, body, w = label_width).trim_end().to_string());
                if i + 1 == self.head {
                    out.push(format!("{}-+-{}", "-".repeat(label_width), "-".repeat(band_width)));
                }
            }
        }
        if bands.is_empty() {
            for row in &self.rows {
                out.push(format!("{:<w$} | {}", row.label, row.note.as_deref().unwrap_or(""), w = label_width).trim_end().to_string());
            }
        }
        out
    }

    /// Column widths: the widest one-column text, widened where a longer piece spans several.
    fn widths(&self) -> Vec<usize> {
        let mut widths: Vec<usize> = self.gaps.iter().map(|&g| if g { 3 } else { 1 }).collect();
        for row in &self.rows {
            for p in row.pieces.iter().filter(|p| p.columns.1 - p.columns.0 == 1) {
                let w = &mut widths[p.columns.0];
                *w = (*w).max(need(p)).max(row.filler.len());
            }
        }
        for row in &self.rows {
            for p in row.pieces.iter().filter(|p| p.columns.1 - p.columns.0 > 1) {
                let (c0, c1) = p.columns;
                let have = widths[c0..c1].iter().sum::<usize>() + self.sep * (c1 - c0 - 1);
                for k in 0..need(p).saturating_sub(have) {
                    widths[c0 + k % (c1 - c0)] += 1;
                }
            }
        }
        widths
    }

    /// A row's text over the columns `start..end`.
    fn band_text(&self, row: &Row, widths: &[usize], (start, end): (usize, usize)) -> String {
        let mut x = vec![0usize; end - start + 1];
        for c in start..end {
            x[c - start + 1] = x[c - start] + widths[c] + self.sep;
        }
        let total = x[end - start].saturating_sub(self.sep);
        let mut line: Vec<char> = vec![' '; total];
        let put = |line: &mut Vec<char>, at: usize, s: &str| {
            for (k, ch) in s.chars().enumerate() {
                if let Some(slot) = line.get_mut(at + k) {
                    *slot = ch;
                }
            }
        };
        let mut covered = vec![false; end - start];
        for p in &row.pieces {
            let (c0, c1) = (p.columns.0.max(start), p.columns.1.min(end));
            if c0 >= c1 {
                continue;
            }
            (c0..c1).for_each(|c| covered[c - start] = true);
            let (x0, x1) = (x[c0 - start], x[c1 - start] - self.sep);
            let text_len = p.text.chars().count();
            // Text too long for its room happens only where a band edge cuts a
            // piece; the rest of the piece, in the next band, carries it.
            let fits = text_len <= x1 - x0;
            match p.style {
                _ if !fits && !matches!(p.style, Style::Boxed(..)) => {}
                Style::Right => put(&mut line, x1.saturating_sub(text_len), &p.text),
                // A label cut by the band's left edge would name a column it no longer starts at.
                Style::Left if p.columns.0 < start => {}
                Style::Left => put(&mut line, x0, &p.text),
                Style::Centre => put(&mut line, x0 + (x1 - x0).saturating_sub(text_len) / 2, &p.text),
                Style::Boxed(left, right) => {
                    let left = left && p.columns.0 >= start;
                    let right = right && p.columns.1 <= end;
                    if left {
                        put(&mut line, x0, "[");
                    }
                    if right {
                        put(&mut line, x1 - 1, "]");
                    }
                    let inner = (x1 - x0).saturating_sub(left as usize + right as usize);
                    if text_len <= inner {
                        put(&mut line, x0 + left as usize + (inner - text_len) / 2, &p.text);
                    }
                }
            }
        }
        for c in start..end {
            if !covered[c - start] && !self.gaps[c] {
                put(&mut line, x[c - start + 1] - self.sep - row.filler.len(), row.filler);
            }
        }
        line.into_iter().collect()
    }
}

/// Characters a piece needs: its text, plus its brackets.
fn need(p: &Piece) -> usize {
    let brackets = match p.style {
        Style::Boxed(l, r) => l as usize + r as usize,
        _ => 0,
    };
    p.text.chars().count() + brackets
}

/// Splits columns into runs whose text fits `room` characters (each run holds at
/// least one column), as many as filling each line in turn needs, but as even in
/// length as they can be so the last band is not a stub.
fn bands(widths: &[usize], sep: usize, room: usize) -> Vec<(usize, usize)> {
    let greedy = fill_bands(widths, sep, room, usize::MAX);
    if greedy.len() > 1 {
        for per_band in widths.len().div_ceil(greedy.len())..widths.len() {
            let even = fill_bands(widths, sep, room, per_band);
            if even.len() == greedy.len() {
                return even;
            }
        }
    }
    greedy
}

/// Bands filled left to right, each with at most `most` columns.
fn fill_bands(widths: &[usize], sep: usize, room: usize, most: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut used = 0;
    for (c, &w) in widths.iter().enumerate() {
        let add = if c == start { w } else { w + sep };
        if c > start && (used + add > room || c - start == most) {
            out.push((start, c));
            start = c;
            used = w;
        } else {
            used += add;
        }
    }
    if start < widths.len() {
        out.push((start, widths.len()));
    }
    out
}

/// The multi-index of the element at C-order `position` of `shape`: `7` for 1-d,
/// `1,3` for 2-d, `()` for 0-d.
pub fn index_text(shape: &[usize], position: usize) -> String {
    if shape.is_empty() {
        return "()".to_string();
    }
    let mut rest = position;
    let mut index = vec![0usize; shape.len()];
    for (i, &n) in index.iter_mut().zip(shape).rev() {
        *i = rest % n.max(1);
        rest /= n.max(1);
    }
    index.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_read_like_numpy_subscripts() {
        assert_eq!(index_text(&[10], 7), "7");
        assert_eq!(index_text(&[3, 4], 7), "1,3");
        assert_eq!(index_text(&[2, 3, 4], 23), "1,2,3");
        assert_eq!(index_text(&[], 0), "()");
    }

    #[test]
    fn spans_are_bracketed_and_bands_wrap() {
        let row = Row {
            label: "b".into(),
            pieces: vec![
                Piece { columns: (0, 2), text: "0".into(), style: Style::Boxed(true, true) },
                Piece { columns: (2, 4), text: "1".into(), style: Style::Boxed(true, false) },
            ],
            filler: ".",
            note: None,
        };
        let mut numbers: Vec<Piece> = (0..4).map(|c| Piece::cell(c, format!("{:02}", c))).collect();
        numbers.push(Piece::cell(4, "..."));
        let head = Row { label: "byte".into(), pieces: numbers, ..Default::default() };
        let table = Table { gaps: vec![false, false, false, false, true], sep: 1, rows: vec![head, row], head: 1 };
        assert_eq!(table.lines(), ["byte | 00 01 02 03 ...", "-----+----------------", "b    | [ 0 ] [ 1"]);
        assert_eq!(fill_bands(&[2; 10], 1, 8, usize::MAX), [(0, 3), (3, 6), (6, 9), (9, 10)]);
        // Two bands are needed; they are made even rather than 14 columns and 2.
        assert_eq!(bands(&[2; 16], 1, 41), [(0, 8), (8, 16)]);
    }
}
