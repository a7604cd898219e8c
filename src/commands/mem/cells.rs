//! The geometry of a `:mem` picture: how a buffer is cut into cells (elements, or
//! bytes when the arrays disagree on what an element is), which cells are shown
//! (all, or a summary with `...` gaps), and which element of each array lies in
//! each shown cell. Everything is computed from the arrays' own byte offsets
//! (`NdArray::element_offsets`, `NdArray::byte_extent`), never from re-derived strides.

use crate::array::NdArray;

/// A buffer (or covered region) of at most this many cells is drawn cell by cell;
/// a larger one is summarised.
pub const MAX_CELLS: usize = 64;
/// Elements kept at each end of an array, and cells at each end of the region, when
/// a picture is summarised (NumPy's `edgeitems`).
pub const EDGE: usize = 3;
/// Rows drawn for an array that uses one cell for several of its elements; the
/// elements beyond these rows are counted in one more row.
pub const MAX_LAYERS: usize = 2;
/// Arrays with more elements than this are not walked element by element.
pub const MAX_WALK: usize = 10_000_000;
/// A run of hidden cells shorter than this is shown instead of being replaced by `...`.
const MIN_GAP: usize = 3;

/// One column of the picture: a cell, or `...` standing for hidden cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The cell with this number (counted from the start of the buffer).
    Cell(usize),
    /// Hidden cells `first..first + count`.
    Gap { first: usize, count: usize },
}

/// How a buffer is cut into cells and which of them are shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// Bytes per cell: the arrays' item size, or 1 when cells are bytes.
    pub cell_bytes: usize,
    /// Whole cells in the buffer.
    pub ncells: usize,
    /// First cell and one past the last cell of the shown region.
    pub region: (usize, usize),
    /// The columns, left to right.
    pub columns: Vec<Column>,
}

impl Grid {
    /// True when some cells of the region are hidden behind `...`.
    pub fn summarised(&self) -> bool {
        self.columns.iter().any(|c| matches!(c, Column::Gap { .. }))
    }
    /// True when the shown region is not the whole buffer.
    pub fn partial(&self) -> bool {
        self.region != (0, self.ncells)
    }
    /// The column showing `cell`, or the gap hiding it; None outside the region.
    fn column_of(&self, cell: usize) -> Option<usize> {
        let i = self.columns.partition_point(|c| match *c {
            Column::Cell(n) => n < cell,
            Column::Gap { first, count } => first + count <= cell,
        });
        (i < self.columns.len() && column_start(&self.columns[i]) <= cell).then_some(i)
    }
}

fn column_start(c: &Column) -> usize {
    match *c {
        Column::Cell(n) => n,
        Column::Gap { first, .. } => first,
    }
}

/// One element of an array, placed on the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement {
    /// Its position in the array's C-order iteration (`a.flat[position]`).
    pub position: usize,
    /// Its byte offset in the buffer.
    pub byte_offset: usize,
    /// The columns it occupies, `first..end` (one unless cells are bytes).
    pub columns: (usize, usize),
    /// Whether its first and its last byte are in a shown cell of those columns
    /// (false where a band or `...` cuts the element).
    pub whole: (bool, bool),
}

/// Where one array's elements lie on the grid.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Coverage {
    /// Rows of elements, none overlapping another in its row: the first row holds
    /// each cell's first element in C order, the next row the second, ...
    pub layers: Vec<Vec<Placement>>,
    /// For each column, how many of the array's elements there did not fit in `layers`.
    pub more: Vec<usize>,
    /// For each column, whether it is a gap hiding some of the array's elements.
    pub hidden: Vec<bool>,
}

impl Coverage {
    /// True when the array uses some cell for more than one of its elements.
    pub fn overlaps(&self) -> bool {
        self.layers.len() > 1
    }
}

/// The element size to cut a buffer into cells of, when the arrays on it agree:
/// one native dtype, and every element starting on a cell boundary. None means
/// cells must be bytes, so differing item sizes, byte order or odd offsets show.
/// Arrays without elements have no say.
pub fn element_cells(arrays: &[&NdArray]) -> Option<usize> {
    let filled: Vec<&&NdArray> = arrays.iter().filter(|a| a.size() > 0).collect();
    let Some(first) = filled.first() else {
        return arrays.first().map(|a| a.itemsize());
    };
    let item = first.itemsize();
    let aligned = |a: &NdArray| {
        a.dtype == first.dtype
            && a.dtype.is_native()
            && a.offset % item == 0
            && a.shape.iter().zip(&a.strides).all(|(&n, &s)| n <= 1 || s.unsigned_abs() % item == 0)
    };
    filled.iter().all(|a| aligned(a)).then_some(item)
}

/// The grid for arrays on a buffer of `buffer_len` bytes cut into `cell_bytes`-byte
/// cells. `offsets` holds each array's element offsets in C order (None for arrays
/// too big to walk). A small buffer is shown whole; otherwise the region the arrays
/// cover, summarised around the first and last elements of each array.
pub fn grid(buffer_len: usize, cell_bytes: usize, arrays: &[&NdArray], offsets: &[Option<Vec<usize>>]) -> Grid {
    let ncells = buffer_len / cell_bytes;
    let extents: Vec<(usize, usize)> = arrays.iter().filter_map(|a| a.byte_extent()).collect();
    let region = if ncells <= MAX_CELLS || extents.is_empty() {
        (0, ncells)
    } else {
        let lo = extents.iter().map(|e| e.0).min().unwrap_or(0);
        let hi = extents.iter().map(|e| e.1).max().unwrap_or(0);
        (lo / cell_bytes, hi.div_ceil(cell_bytes).min(ncells))
    };
    let (start, end) = region;
    if end - start <= MAX_CELLS {
        return Grid { cell_bytes, ncells, region, columns: (start..end).map(Column::Cell).collect() };
    }
    let mut kept: Vec<usize> = (start..start + EDGE).chain(end - EDGE..end).collect();
    for (a, offs) in arrays.iter().zip(offsets) {
        let Some(offs) = offs else { continue };
        let ends = if offs.len() > 2 * EDGE { [&offs[..EDGE], &offs[offs.len() - EDGE..]].concat() } else { offs.clone() };
        for off in ends {
            let first = off / cell_bytes;
            let last = (off + a.itemsize() - 1) / cell_bytes;
            kept.extend((first..=last).filter(|&c| c >= start && c < end));
        }
    }
    kept.sort_unstable();
    kept.dedup();
    Grid { cell_bytes, ncells, region, columns: columns_with_gaps(&kept) }
}

/// The columns for sorted kept cells: short runs of hidden cells are shown, longer ones become gaps.
fn columns_with_gaps(kept: &[usize]) -> Vec<Column> {
    let mut columns = Vec::new();
    for (i, &cell) in kept.iter().enumerate() {
        if let Some(&prev) = i.checked_sub(1).and_then(|j| kept.get(j)) {
            let hidden = cell - prev - 1;
            if hidden >= MIN_GAP {
                columns.push(Column::Gap { first: prev + 1, count: hidden });
            } else {
                columns.extend((prev + 1..cell).map(Column::Cell));
            }
        }
        columns.push(Column::Cell(cell));
    }
    columns
}

/// Where the elements of an array (its byte `offsets` in C order, each `itemsize`
/// bytes) lie on `grid`. Elements in a gap only mark it; the others are put in the
/// first row where all their shown cells are free.
pub fn cover(grid: &Grid, offsets: &[usize], itemsize: usize) -> Coverage {
    let ncols = grid.columns.len();
    let mut cov = Coverage { layers: Vec::new(), more: vec![0; ncols], hidden: vec![false; ncols] };
    // used[layer][column]: whether that row already has an element in that column.
    let mut used: Vec<Vec<bool>> = Vec::new();
    for (position, &off) in offsets.iter().enumerate() {
        let first_cell = off / grid.cell_bytes;
        let last_cell = (off + itemsize - 1) / grid.cell_bytes;
        let (Some(c0), Some(c1)) = (grid.column_of(first_cell), grid.column_of(last_cell)) else {
            continue;
        };
        let is_cell = |c: usize| matches!(grid.columns[c], Column::Cell(_));
        if c0 == c1 && !is_cell(c0) {
            // The common case in a summarised picture: an element hidden in a gap.
            cov.hidden[c0] = true;
            continue;
        }
        let shown = || (c0..=c1).filter(move |&c| is_cell(c));
        // An element cut by a gap also has hidden bytes there.
        (c0..=c1).filter(|&c| !is_cell(c)).for_each(|c| cov.hidden[c] = true);
        if shown().next().is_none() {
            continue;
        }
        let whole = (grid.columns[c0] == Column::Cell(first_cell), grid.columns[c1] == Column::Cell(last_cell));
        let placement = Placement { position, byte_offset: off, columns: (c0, c1 + 1), whole };
        match (0..MAX_LAYERS).find(|&l| used.get(l).is_none_or(|row| shown().all(|c| !row[c]))) {
            Some(layer) => {
                if layer == used.len() {
                    used.push(vec![false; ncols]);
                    cov.layers.push(Vec::new());
                }
                shown().for_each(|c| used[layer][c] = true);
                cov.layers[layer].push(placement);
            }
            None => shown().for_each(|c| cov.more[c] += 1),
        }
    }
    cov
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::{test_arange, ArrayRef};
    use crate::dtype::{DType, ScalarType};

    fn view(a: &ArrayRef, offset: usize, shape: &[usize], strides: &[isize], dtype: DType) -> ArrayRef {
        a.view(offset, shape.to_vec(), strides.to_vec(), dtype, "test").expect("in bounds")
    }

    /// The (cell, position) pairs of each layer.
    fn cells_of(grid: &Grid, cov: &Coverage) -> Vec<Vec<(usize, usize)>> {
        cov.layers
            .iter()
            .map(|row| {
                row.iter()
                    .map(|p| match grid.columns[p.columns.0] {
                        Column::Cell(c) => (c, p.position),
                        Column::Gap { .. } => unreachable!("placements start in shown cells"),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_strided_slice_covers_every_third_cell() {
        let a = test_arange(10);
        let v = view(&a, 8, &[3], &[24], DType::INT64); // a[1::3]
        let (a, v) = (a.borrow(), v.borrow());
        assert_eq!(element_cells(&[&a, &v]), Some(8));
        let offs = [Some(a.element_offsets()), Some(v.element_offsets())];
        let grid = grid(a.buffer.len(), 8, &[&a, &v], &offs);
        assert_eq!(grid.columns.len(), 10);
        assert!(!grid.summarised() && !grid.partial());
        let cov = cover(&grid, &v.element_offsets(), 8);
        assert_eq!(cells_of(&grid, &cov), [vec![(1, 0), (4, 1), (7, 2)]]);
    }

    #[test]
    fn a_reversed_view_runs_backwards() {
        let a = test_arange(4);
        let r = view(&a, 24, &[4], &[-8], DType::INT64); // a[::-1]
        let r = r.borrow();
        let grid = grid(32, 8, &[&r], &[Some(r.element_offsets())]);
        let cov = cover(&grid, &r.element_offsets(), 8);
        assert_eq!(cells_of(&grid, &cov), [vec![(3, 0), (2, 1), (1, 2), (0, 3)]]);
    }

    #[test]
    fn overlapping_windows_take_a_second_row() {
        let a = test_arange(8);
        let w = view(&a, 0, &[3, 4], &[16, 8], DType::INT64); // as_strided(a, (3, 4), (16, 8))
        let w = w.borrow();
        let grid = grid(64, 8, &[&w], &[Some(w.element_offsets())]);
        let cov = cover(&grid, &w.element_offsets(), 8);
        assert!(cov.overlaps());
        let rows = cells_of(&grid, &cov);
        // Row 1 holds each cell's first element: [0, 0..4], then [1, 2..4], [2, 2..4].
        assert_eq!(rows[0], [(0, 0), (1, 1), (2, 2), (3, 3), (4, 6), (5, 7), (6, 10), (7, 11)]);
        // Row 2 the second: [1, 0], [1, 1] in cells 2, 3 and [2, 0], [2, 1] in cells 4, 5.
        assert_eq!(rows[1], [(2, 4), (3, 5), (4, 8), (5, 9)]);
        assert!(cov.more.iter().all(|&n| n == 0));
    }

    #[test]
    fn a_broadcast_row_counts_what_its_rows_cannot_hold() {
        let a = test_arange(3);
        let b = view(&a, 0, &[5, 3], &[0, 8], DType::INT64); // broadcast_to(a, (5, 3))
        let b = b.borrow();
        let grid = grid(24, 8, &[&b], &[Some(b.element_offsets())]);
        let cov = cover(&grid, &b.element_offsets(), 8);
        assert_eq!(cov.layers.len(), MAX_LAYERS);
        assert_eq!(cov.more, [3, 3, 3]);
    }

    #[test]
    fn differing_item_sizes_cut_the_buffer_into_bytes() {
        let a = test_arange(4);
        let bytes = view(&a, 0, &[32], &[1], DType::native(ScalarType::Int8));
        let (a, bytes) = (a.borrow().clone(), bytes.borrow());
        assert_eq!(element_cells(&[&a, &bytes]), None);
        let grid = grid(32, 1, &[&a], &[Some(a.element_offsets())]);
        let cov = cover(&grid, &a.element_offsets(), 8);
        let spans: Vec<(usize, usize)> = cov.layers[0].iter().map(|p| p.columns).collect();
        assert_eq!(spans, [(0, 8), (8, 16), (16, 24), (24, 32)]);
        assert!(cov.layers[0].iter().all(|p| p.whole == (true, true)));
        // Big-endian data and offsets between elements are drawn in bytes too.
        let swapped = DType::big_endian(ScalarType::Int64);
        let mut big = a.clone();
        big.dtype = swapped;
        assert_eq!(element_cells(&[&big]), None);
    }

    #[test]
    fn big_regions_keep_the_ends_of_each_array() {
        let a = test_arange(1000);
        let v = view(&a, 8 * 100, &[10], &[8 * 50], DType::INT64); // a[100::50][:10]
        let (a, v) = (a.borrow(), v.borrow());
        let offs = [Some(a.element_offsets()), Some(v.element_offsets())];
        let grid = grid(8000, 8, &[&a, &v], &offs);
        assert!(grid.summarised());
        let cells: Vec<usize> = grid.columns.iter().filter_map(|c| if let Column::Cell(n) = c { Some(*n) } else { None }).collect();
        assert_eq!(cells, [0, 1, 2, 100, 150, 200, 450, 500, 550, 997, 998, 999]);
        let cov = cover(&grid, &v.element_offsets(), 8);
        assert_eq!(cov.layers[0].len(), 6);
        // The middle elements of v fall in the gap between cells 200 and 450.
        let gap = grid.columns.iter().position(|c| *c == Column::Gap { first: 201, count: 249 }).unwrap();
        assert!(cov.hidden[gap]);
    }

    #[test]
    fn small_gaps_are_shown_rather_than_summarised() {
        assert_eq!(
            columns_with_gaps(&[0, 2, 10]),
            [Column::Cell(0), Column::Cell(1), Column::Cell(2), Column::Gap { first: 3, count: 7 }, Column::Cell(10)]
        );
    }
}
