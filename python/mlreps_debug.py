"""ML Reps: runs a problem's visible tests against a solution file in this one process, for a debugger.

Usage:
  python3 mlreps_debug.py --problem-dir DIR --solution FILE [--test visible:Class.test_x ...] [--result FILE]

The tests come from the problem folder shipped with ML Reps (DIR/test_visible.py), never from the workspace copy.
Hidden tests are never loaded. Nothing here is judged: the outcome is printed, and written as JSON to --result for
the Testing view; a debug run never counts as a run or a solve.
"""
import argparse
import importlib.util
import json
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
# Never write .pyc files into the extension or the practice folder.
sys.dont_write_bytecode = True


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError("cannot load %s as a Python module" % path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _cases(suite):
    for item in suite:
        if hasattr(item, "_testMethodName"):
            yield item
        else:
            for inner in _cases(item):
                yield inner


class _Outcomes(unittest.TextTestResult):
    def __init__(self, *args, **kwargs):
        super(_Outcomes, self).__init__(*args, **kwargs)
        self.outcomes = []

    def _add(self, test, status, err=None):
        entry = {"id": "visible:%s.%s" % (type(test).__name__, test._testMethodName), "status": status}
        if err is not None:
            entry["message"] = self._exc_info_to_string(err, test)[-4000:]
        self.outcomes.append(entry)

    def addSuccess(self, test):
        super(_Outcomes, self).addSuccess(test)
        self._add(test, "pass")

    def addFailure(self, test, err):
        super(_Outcomes, self).addFailure(test, err)
        self._add(test, "fail", err)

    def addError(self, test, err):
        super(_Outcomes, self).addError(test, err)
        self._add(test, "error", err)

    def addSkip(self, test, reason):
        super(_Outcomes, self).addSkip(test, reason)
        self._add(test, "skip")


def _constraint_violation(problem_dir, solution):
    """The first import or call the problem's constraints refuse in the solution (and its helpers), or None."""
    import mlreps_constraints

    try:
        with open(os.path.join(problem_dir, "problem.json"), encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError):
        return None
    title = meta.get("title") or "this"
    what = title[0].lower() + title[1:] if len(title) > 1 and title[0].isupper() and title[1].islower() else title
    constraints = mlreps_constraints.Constraints(meta.get("allowedImports"), meta.get("forbiddenCalls"), what, os.path.dirname(solution))
    if not constraints.active:
        return None
    try:
        mlreps_constraints.check_file(solution, constraints)
    except mlreps_constraints.Violation as v:
        return v
    return None


def main(argv):
    parser = argparse.ArgumentParser(prog="mlreps_debug.py")
    parser.add_argument("--problem-dir", required=True)
    parser.add_argument("--solution", required=True)
    parser.add_argument("--test", action="append", default=[])
    parser.add_argument("--result")
    args = parser.parse_args(argv)

    refused = [t for t in args.test if not t.startswith("visible:")]
    if refused:
        sys.stderr.write("Hidden tests cannot be debugged: their inputs stay hidden (%s).\n" % ", ".join(refused))
        return 2
    # As given, not resolved through links: the debugger matches breakpoints by this path.
    solution = os.path.abspath(args.solution)
    # The shipped check helpers first; the solution's own folder last, for helper modules beside it.
    sys.path.insert(0, HERE)
    sys.path.append(os.path.dirname(solution))
    # The problem's constraints, as in a real run: a refused import or library call stops here, at its line.
    violation = _constraint_violation(args.problem_dir, solution)
    if violation is not None:
        where = "%s:%s: " % (violation.file or solution, violation.line) if violation.line else ""
        sys.stderr.write("%s%s\n" % (where, violation.message))
        if args.result:
            with open(args.result, "w", encoding="utf-8") as f:
                json.dump({"tests": [], "error": {"message": violation.message, "line": violation.line, "file": violation.file}}, f)
        return 3
    # The tests import `solution`: it is the user's file, so breakpoints in it bind.
    _load("solution", solution)
    tests = _load("mlreps_visible_tests", os.path.join(args.problem_dir, "test_visible.py"))

    cases = list(_cases(unittest.defaultTestLoader.loadTestsFromModule(tests)))
    wanted = set(args.test)
    if wanted:
        known = set("visible:%s.%s" % (type(c).__name__, c._testMethodName) for c in cases)
        unknown = sorted(wanted - known)
        if unknown:
            sys.stderr.write("No such visible test in this problem: %s\n" % ", ".join(unknown))
            return 2
        cases = [c for c in cases if "visible:%s.%s" % (type(c).__name__, c._testMethodName) in wanted]

    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2, resultclass=_Outcomes)
    result = runner.run(unittest.TestSuite(cases))
    if args.result:
        with open(args.result, "w", encoding="utf-8") as f:
            json.dump({"tests": result.outcomes}, f)
    sys.stderr.write("Debug run only: this result is not recorded and does not count as a run or a solve.\n")
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
