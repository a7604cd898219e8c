"""Prints which examples of a document Python's own doctest fails, by line, with the
options numview check uses (NORMALIZE_WHITESPACE | ELLIPSIS) and real NumPy.
tests/check.rs holds the answer for tests/check/doctest_rules.txt; re-run with
`python3 tests/gen/doctest_verdicts.py tests/check/doctest_rules.txt`."""
import doctest
import sys

failed = []


class Runner(doctest.DocTestRunner):
    def report_failure(self, out, test, example, got):
        failed.append(example.lineno + 1)

    def report_unexpected_exception(self, out, test, example, exc_info):
        failed.append(example.lineno + 1)


text = open(sys.argv[1]).read()
test = doctest.DocTestParser().get_doctest(text, {}, sys.argv[1], sys.argv[1], 0)
result = Runner(optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS).run(test, out=lambda s: None)
print("%d examples, %d run, %d failed" % (len(test.examples), result.attempted, result.failed))
print("failing lines:", ", ".join(map(str, failed)))
