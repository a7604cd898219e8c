#!/bin/bash
# Regenerates examples/NAME.txt from examples/NAME.py (all of them, or those named)
# with real NumPy's output. Headings (`## ...`) and narration (`# ...`, consecutive
# lines joined into one paragraph) become prose.
# Set MK_TRANSCRIPT to the path of shared/tools/mk_transcript.py if it is not ../shared.
set -euo pipefail
here=$(dirname "$0")
tool=${MK_TRANSCRIPT:-$here/../../shared/tools/mk_transcript.py}
if [ $# -eq 0 ]; then set -- "$here"/*.py; fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for py in "$@"; do
    awk '
        /^## / { if (para != "") print "## " para; para = ""; print; next }
        /^# /  { para = (para == "" ? "" : para " ") substr($0, 3); next }
               { if (para != "") print "## " para; para = ""; print }
        END    { if (para != "") print "## " para }
    ' "$py" > "$tmp"
    python3 "$tool" "$tmp" > "${py%.py}.txt"
done
