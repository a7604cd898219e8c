//! `:mem NAME ...` as a person sees it: each snapshot is a transcript, the
//! statements typed (`>>> `) and then what numview shows for them, here the memory
//! pictures and the errors of bad use. Provenance lines are off so the pictures stand out.

mod support;

use numview::render::render_plain;
use numview::session::{Session, SessionOptions};

/// Snapshots the transcript of the given lines under the test's name (the
/// snapshot file shows the transcript, not this call).
macro_rules! snapshot {
    ($lines:expr) => {
        insta::with_settings!({ omit_expression => true }, {
            insta::assert_snapshot!(transcript($lines));
        })
    };
}

/// Like `transcript`, with provenance lines on, so buffer numbers can be compared.
fn transcript_with_provenance(lines: &str) -> String {
    let mut session = Session::new(SessionOptions { provenance: true, filename: "<stdin>".into() });
    let mut out = String::new();
    for line in lines.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push_str(&format!(">>> {}\n", line));
        out.push_str(&render_plain(&session.run_text(&format!("{}\n", line))));
    }
    out
}

/// Runs each line in one session, as typed at the prompt, and returns the transcript.
fn transcript(lines: &str) -> String {
    let mut session = support::plain_session();
    let mut out = String::new();
    for line in lines.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push_str(">>> ");
        out.push_str(line);
        out.push('\n');
        out.push_str(&render_plain(&session.run_text(&format!("{}\n", line))));
    }
    out
}

#[test]
fn slice_views_of_seed_000() {
    snapshot!(
        "
        import numpy
        a = numpy.arange(10)
        v1 = a[1:2]
        a[1] = 2
        v2 = a[1::3]
        a[7] = 10
        :mem a v1 v2
        "
    );
}

#[test]
fn dtype_views_of_seed_000_are_drawn_in_bytes() {
    snapshot!(
        "
        import numpy
        b = numpy.arange(10, dtype='int16')
        v3 = b.view('int32')
        v3 += 1
        v4 = b.view('int8')
        :mem b v3 v4
        "
    );
}

#[test]
fn a_matrix_its_transpose_and_a_column() {
    snapshot!(
        "
        import numpy as np
        m = np.arange(12).reshape(3, 4)
        t = m.T
        col = m[:, 1]
        :mem m t col
        "
    );
}

#[test]
fn negative_strides_run_backwards() {
    snapshot!(
        "
        import numpy as np
        a = np.arange(10)
        r = a[::-1]
        s = a[8:1:-3]
        :mem a r s
        "
    );
}

#[test]
fn overlapping_windows_of_as_strided() {
    snapshot!(
        "
        import numpy as np
        from numpy.lib.stride_tricks import as_strided
        x = np.arange(16)
        w = as_strided(x, (7, 4), (16, 8))
        :mem x w
        "
    );
}

#[test]
fn a_broadcast_counts_the_elements_its_rows_cannot_hold() {
    snapshot!(
        "
        import numpy as np
        row = np.arange(4.0)
        grid = np.broadcast_to(row, (1000, 4))
        :mem row grid
        "
    );
}

#[test]
fn big_endian_bytes_are_shown_most_significant_first() {
    snapshot!(
        "
        import numpy as np
        x = np.arange(4, dtype='>i2')
        x[1] = 258
        :mem x
        little = x.view('<i2')
        :mem x little
        "
    );
}

#[test]
fn a_view_starting_between_elements_is_drawn_in_bytes() {
    snapshot!(
        "
        import numpy as np
        raw = np.arange(8, dtype='uint8')
        odd = raw[1:7].view('<u2')
        :mem raw odd
        "
    );
}

#[test]
fn a_long_picture_in_bytes_is_summarised() {
    snapshot!(
        "
        import numpy as np
        s = np.arange(100, dtype='int16')
        high = s.view('int8')[1::2]
        :mem s high
        "
    );
}

#[test]
fn a_million_elements_are_summarised() {
    snapshot!(
        "
        import numpy as np
        big = np.arange(10**6)
        v = big[::1000]
        :mem big v
        "
    );
}

#[test]
fn a_small_view_of_a_big_buffer_shows_only_its_region() {
    snapshot!(
        "
        import numpy as np
        big = np.arange(10**6)
        mid = big[500000:500010:3]
        :mem mid
        "
    );
}

#[test]
fn arrays_on_different_buffers_get_one_picture_each() {
    snapshot!(
        "
        import numpy as np
        a = np.arange(6)
        c = a[[1, 2]]
        f = np.linspace(0, 1, 5)
        :mem a c f
        "
    );
}

#[test]
fn zero_size_and_zero_dimensional_arrays() {
    snapshot!(
        "
        import numpy as np
        a = np.arange(5)
        e = a[3:3]
        one = a[3, ...]
        :mem a e one
        nothing = np.zeros(0)
        :mem nothing
        "
    );
}

#[test]
fn bad_use_is_reported_as_an_error() {
    snapshot!(
        "
        import numpy as np
        a = np.arange(3)
        n = 5
        :mem
        :mem x
        :mem n
        :mem a[1:]
        "
    );
}

#[test]
fn buffer_numbers_agree_with_provenance_lines() {
    insta::with_settings!({ omit_expression => true }, {
        insta::assert_snapshot!(transcript_with_provenance(
            "
            import numpy as np
            a = np.arange(4)
            c = a[[0, 3]]
            v = a[::2]
            :mem c v
            "
        ));
    });
}
