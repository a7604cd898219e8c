//! Help for functions: every function and method numview dispatches has an entry
//! (checked against the list built from the dispatch tables), and `help(...)` and
//! `:help NAME` print it as Python's `help()` lays it out.

use numview::eval::catalog;
use numview::render::render_plain;
use numview::session::{Session, SessionOptions};

fn run(provenance: bool, src: &str) -> String {
    let mut s = Session::new(SessionOptions { provenance, filename: "<stdin>".into() });
    let out = render_plain(&s.run_text(src));
    out.lines().filter(|l| !l.starts_with('#')).map(|l| format!("{}\n", l)).collect()
}

const RESHAPE_HELP: &str = "\
Help on function reshape in module numpy:

reshape(a, /, shape, order='C', *, copy=None)
    Gives a new shape to an array without changing its data: the same
    elements read in C order. Returns a view when the existing strides can
    express the new shape (always for a C-contiguous array, and for many
    strided ones); otherwise a copy, and numview says which two axes could
    not be merged. One dimension may be -1 (inferred).
";

#[test]
fn every_supported_function_and_method_has_an_entry() {
    let supported = catalog::supported();
    assert!(supported.len() > 100, "the catalog lists {} names", supported.len());
    let missing: Vec<&String> = supported.iter().filter(|n| !numview::help::has_entry(n)).collect();
    assert!(missing.is_empty(), "no help entry for {:?}", missing);
    // and no entry describes something numview does not dispatch (two classes help falls back on aside)
    let stale: Vec<&str> = numview::help::entries()
        .map(|(n, _)| n)
        .filter(|n| !supported.iter().any(|s| s == n) && !["numpy.ndarray", "numpy.generic"].contains(n))
        .collect();
    assert!(stale.is_empty(), "help entries for unsupported names {:?}", stale);
    // NumPy scalars answer the array methods they share
    for m in numview::eval::methods::SCALAR_METHODS {
        assert!(numview::help::has_entry(&format!("numpy.ndarray.{}", m)), "{}", m);
    }
}

#[test]
fn signatures_start_with_the_name_they_document() {
    for (name, signature) in numview::help::entries() {
        let short = name.rsplit('.').next().unwrap_or(name);
        let ok = signature.starts_with(&format!("{}(", short))
            || signature.starts_with(&format!("a.{}(", short))
            || signature.starts_with(&format!("ufunc.{}(", short))
            || name == "numpy.generic";
        assert!(ok, "{}: {}", name, signature);
    }
}

#[test]
fn help_of_np_reshape_prints_its_paragraph_and_returns_none() {
    assert_eq!(run(true, "import numpy as np\nhelp(np.reshape)\n"), RESHAPE_HELP);
    // the same text without provenance: help is Python output, not a numview note
    assert_eq!(run(false, "import numpy as np\nhelp(np.reshape)\n"), RESHAPE_HELP);
    assert_eq!(run(false, "import numpy as np\nx = help(np.reshape)\nx is None\n"), format!("{}True\n", RESHAPE_HELP));
}

#[test]
fn colon_help_names_the_same_entry() {
    assert_eq!(run(true, ":help reshape\n"), RESHAPE_HELP);
    assert_eq!(run(true, ":help np.reshape\n"), RESHAPE_HELP);
}

#[test]
fn methods_and_stride_tricks_have_their_own_entries() {
    let out = run(false, "import numpy as np\na = np.arange(3)\nhelp(a.reshape)\n");
    assert!(out.starts_with("Help on method reshape of numpy.ndarray objects:\n\na.reshape(shape, /, *, order='C', copy=None)\n"), "{}", out);
    let out = run(false, "import numpy as np\nhelp(np.lib.stride_tricks.as_strided)\n");
    assert!(
        out.starts_with("Help on function as_strided in module numpy.lib.stride_tricks:\n\nas_strided(x, shape=None, strides=None, subok=False, writeable=True)\n    A view of x's memory"),
        "{}",
        out
    );
    let out = run(false, "import numpy as np\nhelp(np.add.at)\n");
    assert!(out.starts_with("Help on method at of numpy.ufunc objects:\n\nufunc.at(a, indices, b=None, /)\n"), "{}", out);
    assert_eq!(out, run(false, ":help np.multiply.at\n"));
    let out = run(false, "from numpy.lib.stride_tricks import sliding_window_view\nhelp(sliding_window_view)\n");
    assert!(out.contains("read-only unless writeable=True"), "{}", out);
}

#[test]
fn unknown_things_say_there_is_no_help() {
    assert_eq!(
        run(false, "help('frobnicate')\n"),
        "No Python documentation found for 'frobnicate'.\nTry :help for numview's commands, or help(np.NAME) for a NumPy function.\n"
    );
    assert_eq!(
        run(false, "help(5)\n"),
        "numview has help for functions and methods, not for int objects. Try :help for numview's commands, or help(np.NAME) for a NumPy function.\n"
    );
    assert_eq!(run(false, ":help frobnicate\n"), "UsageError: no help for 'frobnicate' (try :help, or help(np.reshape))\n");
}
