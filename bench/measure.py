"""Running one program and measuring it: wall time and peak resident memory of the child,
its output kept in a file (a pipe could fill up and stall a program that prints a lot)."""

import os
import subprocess
import tempfile
import time


class Run:
    """One finished run: seconds of wall time, peak RSS in bytes, exit status and output."""

    def __init__(self, seconds, peak_rss, status, stdout, stderr):
        self.seconds = seconds
        self.peak_rss = peak_rss
        self.status = status
        self.stdout = stdout
        self.stderr = stderr


def run(argv, cwd=None, env=None):
    """Runs argv to completion; `os.wait4` gives the child's own ru_maxrss (kilobytes on Linux)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=cwd, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        # Popen must not wait again for a child wait4 already reaped.
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(seconds, usage.ru_maxrss * 1024, child.returncode, out.read(), err.read())


def median(values):
    """The middle value (mean of the two middle ones for an even count)."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    if not ordered:
        return float("nan")
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def first_difference(a, b, context=3):
    """A few lines around the first line where two outputs differ, for the failure message."""
    la, lb = a.decode(errors="replace").splitlines(), b.decode(errors="replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<end of output>"
        y = lb[i] if i < len(lb) else "<end of output>"
        if x != y:
            lo = max(0, i - context)
            shared = "\n".join("  " + line for line in la[lo:i])
            return f"line {i + 1}:\n{shared}\n- numview: {x}\n+ NumPy:   {y}"
    return "outputs differ only in the final newline"
