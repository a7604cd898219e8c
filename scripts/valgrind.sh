#!/usr/bin/env bash
# Runs numview's core tests under valgrind's memcheck: the library's unit tests and a
# representative set of integration tests that drive the library in-process (view
# bounds, hostile .npy files, indexing with overlap, provenance, teaching notes). Tests that
# spawn the `numview` binary or python3 run those children outside valgrind (it does
# not trace children). Any invalid read or write, use of uninitialised memory, bad
# free, or definitely lost block fails the run (exit status 1).
#
#   scripts/valgrind.sh                 # the default set
#   scripts/valgrind.sh --test parser   # other targets (cargo test target options)
#   VALGRIND_FILTER=reshape scripts/valgrind.sh   # only tests whose name matches
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=(--lib)
    # A quick representative set; a fuller run adds
    #   --test views_cases --test index_cases --test order_cases --test npy_files
    for t in view_bounds npy_hostile index_overlap provenance teaching; do
        targets+=(--test "$t")
    done
fi

# Build the test executables (debug profile: overflow checks and debug asserts on)
# and read their paths from cargo's JSON messages.
mapfile -t exes < <(cargo test --no-run "${targets[@]}" --message-format=json 2>/dev/null |
    python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        print(m["executable"])')
[ ${#exes[@]} -gt 0 ] || { echo "no test executables were built (run cargo test --no-run to see why)" >&2; exit 2; }

log_dir=target/valgrind
mkdir -p "$log_dir"
status=0
start=$(date +%s)
for exe in "${exes[@]}"; do
    name=$(basename "$exe")
    log="$log_dir/$name.log"
    t0=$(date +%s)
    # One test thread keeps the report readable; the harness's own allocations that
    # live until exit are "still reachable", not errors.
    if valgrind --tool=memcheck --error-exitcode=1 --leak-check=full \
        --errors-for-leak-kinds=definite --show-leak-kinds=definite \
        --num-callers=30 --log-file="$log" \
        "$exe" --test-threads=1 -q ${VALGRIND_FILTER:+"$VALGRIND_FILTER"} >"$log_dir/$name.out" 2>&1; then
        verdict=clean
    else
        verdict="FAILED (see $log and $log_dir/$name.out)"
        status=1
    fi
    summary=$(grep -h "ERROR SUMMARY" "$log" | tail -1 | sed 's/^==[0-9]*== //')
    tests=$(grep -h "^test result" "$log_dir/$name.out" | tail -1)
    echo "$name: $verdict in $(( $(date +%s) - t0 )) s; $tests; $summary"
done
echo "valgrind: ${#exes[@]} test executables, $(( $(date +%s) - start )) s, $([ $status = 0 ] && echo 'no errors' || echo 'ERRORS')"
exit $status
