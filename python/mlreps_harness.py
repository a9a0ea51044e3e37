"""ML Reps test harness: runs a problem's tests against a solution file and prints one JSON result.

Usage: python3 mlreps_harness.py --problem-dir DIR --solution FILE [--suite visible|hidden|all]
                                 [--requires numpy,...] [--capture-bytes N]

Standard library only, Python 3.9+. The extension runs it in a fresh process for every run and kills
the whole process group on timeout. Everything the solution prints, at any level (print, os.write,
child processes), goes to captured buffers, so stdout carries nothing but the JSON result.
The test files are read and compiled before the solution is imported, so a solution cannot change
the tests it is judged by.
"""
# No f-strings: an older Python must still parse this file far enough to report its version.
import os
import sys

RESULT_VERSION = 1
SUITE_FILES = {"visible": "test_visible.py", "hidden": "test_hidden.py"}


def _emit(out_fd, result):
    import json

    data = json.dumps(result, default=str).encode("utf-8")
    view = memoryview(data)
    while view:
        written = os.write(out_fd, view)
        view = view[written:]


def _parse_args(argv):
    args = {"suite": "visible", "requires": "", "capture_bytes": 65536}
    i = 0
    while i < len(argv):
        key = argv[i]
        if key in ("--problem-dir", "--solution", "--suite", "--requires", "--capture-bytes") and i + 1 < len(argv):
            args[key[2:].replace("-", "_")] = argv[i + 1]
            i += 2
        else:
            raise SystemExit("mlreps_harness: unknown argument %r" % key)
    if "problem_dir" not in args or "solution" not in args:
        raise SystemExit("mlreps_harness: --problem-dir and --solution are required")
    if args["suite"] not in ("visible", "hidden", "all"):
        raise SystemExit("mlreps_harness: --suite must be visible, hidden or all")
    args["capture_bytes"] = int(args["capture_bytes"])
    return args


class _Capture(object):
    """Points fds 1 and 2 at anonymous files for the duration of the run."""

    def __init__(self):
        sys.stdout.flush()
        sys.stderr.flush()
        self.out_fd = os.dup(1)
        self.saved_err = os.dup(2)
        self.files = []
        for fd in (1, 2):
            f = self._anonymous_file()
            os.dup2(f, fd)
            self.files.append(f)

    @staticmethod
    def _anonymous_file():
        if hasattr(os, "memfd_create"):
            try:
                return os.memfd_create("mlreps-capture")
            except OSError:
                pass
        import tempfile

        handle, path = tempfile.mkstemp(prefix="mlreps-capture-")
        os.unlink(path)
        return handle

    def finish(self, limit):
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:
            pass
        texts = []
        for f in self.files:
            size = os.lseek(f, 0, os.SEEK_END)
            os.lseek(f, 0, os.SEEK_SET)
            data = os.read(f, min(size, limit)) if size else b""
            texts.append((data.decode("utf-8", "replace"), size > limit, size))
        os.dup2(self.saved_err, 2)
        return texts


def _first_doc_line(obj):
    doc = getattr(obj, "__doc__", None) or ""
    for line in doc.strip().splitlines():
        if line.strip():
            return line.strip()
    return ""


def _solution_frame_line(tb, solution_path):
    """The last line of the traceback that lies in the solution file, or None."""
    line = None
    target = os.path.realpath(solution_path)
    while tb is not None:
        try:
            if os.path.realpath(tb.tb_frame.f_code.co_filename) == target:
                line = tb.tb_lineno
        except Exception:
            pass
        tb = tb.tb_next
    return line


def _short_trace(exc_info, limit_chars=4000):
    import traceback

    text = "".join(traceback.format_exception(*exc_info))
    if len(text) > limit_chars:
        text = "... (truncated)\n" + text[-limit_chars:]
    return text


def _describe_exception(exc):
    name = type(exc).__name__
    text = str(exc)
    return "%s: %s" % (name, text) if text else name


def _load_tests(problem_dir, suite):
    suites = ["visible", "hidden"] if suite == "all" else [suite]
    loaded = []
    for name in suites:
        path = os.path.join(problem_dir, SUITE_FILES[name])
        with open(path, "r", encoding="utf-8") as f:
            source = f.read()
        loaded.append((name, path, compile(source, path, "exec")))
    return loaded


def _import_solution(path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("solution", path)
    if spec is None or spec.loader is None:
        raise ImportError("cannot load %s as a Python module" % path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["solution"] = module
    spec.loader.exec_module(module)
    return module


def _error(kind, message, **extra):
    err = {"kind": kind, "message": message}
    err.update(extra)
    return err


def _run(args, result):
    import time
    import types
    import unittest

    problem_dir = os.path.abspath(args["problem_dir"])
    solution = os.path.abspath(args["solution"])

    missing = []
    if args["requires"]:
        import importlib.util

        for name in [m for m in args["requires"].split(",") if m]:
            if importlib.util.find_spec(name) is None:
                missing.append(name)
    if missing:
        result["status"] = "error"
        result["error"] = _error(
            "missing-module",
            "This problem needs %s, which is not installed for %s." % (", ".join(missing), sys.executable),
            module=missing[0],
        )
        return

    try:
        compiled = _load_tests(problem_dir, args["suite"])
    except (OSError, SyntaxError) as exc:
        result["status"] = "error"
        result["error"] = _error("harness", "Cannot read the problem's tests: %s" % _describe_exception(exc))
        return

    # The helpers next to this script come first, so a workspace file cannot shadow them.
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:0] = [here]
    sys.path.append(os.path.dirname(solution))

    try:
        _import_solution(solution)
    except SyntaxError as exc:
        result["status"] = "error"
        line = exc.lineno
        result["error"] = _error(
            "syntax",
            "%s in %s line %s: %s" % (type(exc).__name__, os.path.basename(exc.filename or solution), line, exc.msg),
            line=line,
            column=exc.offset,
        )
        return
    except SystemExit as exc:
        result["status"] = "error"
        result["error"] = _error(
            "exit",
            "%s called sys.exit(%r) while being imported; remove the call (tests import your file)." % (os.path.basename(solution), exc.code),
        )
        return
    except ImportError as exc:
        result["status"] = "error"
        mod = getattr(exc, "name", None)
        kind = "missing-module" if isinstance(exc, ModuleNotFoundError) and mod and "." not in mod else "import"
        result["error"] = _error(kind, "Importing %s failed: %s" % (os.path.basename(solution), _describe_exception(exc)), module=mod,
                                 line=_solution_frame_line(sys.exc_info()[2], solution))
        return
    except BaseException as exc:  # any crash at import time is the solution's, and is reported as such
        if isinstance(exc, KeyboardInterrupt):
            raise
        result["status"] = "error"
        result["error"] = _error(
            "import",
            "Importing %s raised %s" % (os.path.basename(solution), _describe_exception(exc)),
            line=_solution_frame_line(sys.exc_info()[2], solution),
            trace=_short_trace(sys.exc_info()),
        )
        return

    tests = result["tests"]

    class Recorder(unittest.TestResult):
        def startTest(self, test):
            unittest.TestResult.startTest(self, test)
            self._t0 = time.perf_counter()

        def _record(self, test, status, err=None, reason=None):
            method = getattr(test, "_testMethodName", None)
            fn = getattr(type(test), method, None) if method else None
            entry = {
                "id": "%s:%s.%s" % (test._mlreps_suite, type(test).__name__, method),
                "name": _first_doc_line(fn) or (method or str(test)).replace("test_", "", 1).replace("_", " "),
                "suite": test._mlreps_suite,
                "status": status,
                "message": "",
                "durationMs": round((time.perf_counter() - getattr(self, "_t0", time.perf_counter())) * 1000, 3),
            }
            code = getattr(fn, "__code__", None)
            if code is not None:
                entry["line"] = code.co_firstlineno
            if reason:
                entry["message"] = reason
            if err is not None:
                exc = err[1]
                entry["message"] = str(exc) if status == "fail" else _describe_exception(exc)
                if getattr(exc, "expected", None) is not None:
                    entry["expected"] = exc.expected
                if getattr(exc, "actual", None) is not None:
                    entry["actual"] = exc.actual
                sol_line = _solution_frame_line(err[2], solution)
                if sol_line is not None:
                    entry["solutionLine"] = sol_line
                if status == "error":
                    entry["trace"] = _short_trace(err)
                    if isinstance(exc, NotImplementedError):
                        entry["message"] = "Not implemented yet (%s)" % (_describe_exception(exc),)
                    elif isinstance(exc, SystemExit):
                        entry["message"] = "The solution called sys.exit(%r) during the test" % (exc.code,)
            tests.append(entry)

        def addSuccess(self, test):
            self._record(test, "pass")

        def addFailure(self, test, err):
            self._record(test, "fail", err)

        def addError(self, test, err):
            self._record(test, "error", err)

        def addSkip(self, test, reason):
            self._record(test, "skip", reason=reason)

        def addExpectedFailure(self, test, err):
            self._record(test, "pass")

        def addUnexpectedSuccess(self, test):
            self._record(test, "fail", reason="expected to fail but passed")

        def addSubTest(self, test, subtest, err):
            if err is not None:
                status = "fail" if issubclass(err[0], test.failureException) else "error"
                self._record(test, status, err)

    loader = unittest.TestLoader()
    for suite_name, path, code in compiled:
        module = types.ModuleType("test_" + suite_name)
        module.__file__ = path
        sys.modules[module.__name__] = module
        try:
            exec(code, module.__dict__)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            message = _describe_exception(exc)
            if isinstance(exc, ImportError) and getattr(exc, "name", None) == "solution":
                message = "%s does not define what the tests import: %s" % (os.path.basename(solution), exc)
            result["status"] = "error"
            result["error"] = _error("import", message, trace=_short_trace(sys.exc_info()))
            return
        found = loader.loadTestsFromModule(module)
        for case in _iter_cases(found):
            case._mlreps_suite = suite_name
        found.run(Recorder())

    if not tests:
        result["status"] = "error"
        result["error"] = _error("no-tests", "No tests were found for this problem.")
        return
    result["status"] = "pass" if all(t["status"] in ("pass", "skip") for t in tests) else "fail"


def _iter_cases(suite):
    for item in suite:
        if hasattr(item, "_testMethodName"):
            yield item
        else:
            for inner in _iter_cases(item):
                yield inner


def main(argv):
    try:
        args = _parse_args(argv)
    except SystemExit as exc:
        sys.stderr.write(str(exc) + "\n")
        return 2
    result = {
        "version": RESULT_VERSION,
        "status": "error",
        "error": None,
        "tests": [],
        "python": "%d.%d.%d" % sys.version_info[:3],
        "executable": sys.executable,
    }
    if sys.version_info < (3, 9):
        result["error"] = _error("python-too-old", "Python %s is too old; ML Reps needs Python 3.9 or newer." % result["python"])
        _emit(1, result)
        return 0
    import time

    t0 = time.perf_counter()
    capture = _Capture()
    try:
        _run(args, result)
    except SystemExit as exc:
        result["status"] = "error"
        result["error"] = _error("exit", "The solution called sys.exit(%r) outside a test." % (exc.code,))
    except BaseException as exc:  # the harness must always report
        result["status"] = "error"
        result["error"] = _error("harness", "The test harness failed: %s" % _describe_exception(exc), trace=_short_trace(sys.exc_info()))
    out, err = capture.finish(args["capture_bytes"])[:2]
    result["stdout"], result["stdoutTruncated"], result["stdoutBytes"] = out
    result["stderr"], result["stderrTruncated"], result["stderrBytes"] = err
    result["durationMs"] = round((time.perf_counter() - t0) * 1000, 3)
    _emit(capture.out_fd, result)
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    try:
        sys.stdout.flush()
    except Exception:
        pass
    # Leave without running atexit handlers or flushing buffers the solution may have left behind.
    os._exit(code)
