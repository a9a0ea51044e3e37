"""ML Reps test harness: runs a problem's tests against a solution file and reports one JSON result.

Usage:
  python3 mlreps_harness.py --serve [--preload numpy,...]
      The warm worker: reads one JSON request per line on stdin, answers one JSON result per line on stdout.
      A line {"cancel": true} while a run is going stops it.
  python3 mlreps_harness.py --problem-dir DIR --solution FILE [--suite visible|hidden|all] [--requires numpy,...]
      One run, the result printed on stdout (for a terminal).

Standard library only, Python 3.9+. How a run is contained, where fork exists (Linux, macOS):
- this process (the judge) never runs solution code. It forks a fresh child per run, in its own session, with a
  temporary working directory, an address-space limit, reseeded random generators and its stdout/stderr on
  pipes the judge drains into a bounded buffer;
- the child streams one event per test over a socket; on Linux the judge accepts only messages whose sender is
  the child itself (SCM_CREDENTIALS), and only a final message carrying the run's secret token ends a run;
- the judge is a child subreaper (Linux), so processes the solution starts, even in a new session, are
  reparented to it; at the end of every run it kills every descendant;
- before the solution is imported the child takes private references to the test machinery (unittest, json, the
  check helpers, numpy) and checks afterwards that none was replaced;
- with Landlock (Linux 5.13+) the child may create, change or delete files only in its working directory and /dev,
  and (ABI 6+) may not signal processes outside the run: nothing a run writes can change a later run.
The tests run in the solution's own process, so code written to reach into it can still report a pass: it can find
the run's sender (and its token) through the interpreter's frames or objects and send passes itself, or patch a
helper and restore it before the framework check. This defends against accidents and casual tampering, not against
a determined attacker; closing that needs the solution in a process of its own, called through plain values.
"""
# No f-strings: an older Python must still parse this file far enough to report its version.
import os
import sys

RESULT_VERSION = 1
SUITE_FILES = {"visible": "test_visible.py", "hidden": "test_hidden.py"}
# The hidden tests' file name and path never appear in a result: tracebacks name this instead.
HIDDEN_NAME = "<hidden tests>"
HERE = os.path.dirname(os.path.abspath(__file__))
MAX_EVENT = 60000


def _describe_exception(exc):
    name = type(exc).__name__
    text = str(exc)
    return "%s: %s" % (name, text) if text else name


def _error(kind, message, **extra):
    err = {"kind": kind, "message": message}
    err.update(extra)
    return err


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


def _user_trace(exc_info, keep_dirs, keep_files, limit_chars=4000):
    """The traceback reduced to the user's own frames (and the visible tests'): no harness, unittest or hidden lines."""
    import traceback

    frames = []
    for fs in traceback.extract_tb(exc_info[2]):
        name = fs.filename
        real = os.path.realpath(name) if not name.startswith("<") else name
        if real in keep_files or (not name.startswith("<") and os.path.dirname(real) in keep_dirs):
            frames.append(fs)
    lines = traceback.format_list(frames)
    text = ("Traceback (most recent call last):\n" + "".join(lines) if lines else "") + "".join(
        traceback.format_exception_only(exc_info[0], exc_info[1]))
    if len(text) > limit_chars:
        text = "... (truncated)\n" + text[-limit_chars:]
    return text


# ---------------------------------------------------------------------------------------------------------------
# The judge side (never runs solution code)


def _read_tests(req):
    """Reads, hash-checks and compiles the test files. Returns [(suite, code)] or raises ValueError."""
    import hashlib

    suite = req.get("suite", "visible")
    suites = ["visible", "hidden"] if suite == "all" else [suite]
    hashes = req.get("hashes") or {}
    out = []
    for name in suites:
        path = os.path.join(req["problemDir"], SUITE_FILES[name])
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            raise ValueError("Cannot read the problem's %s tests." % name)
        expected = hashes.get(name)
        if expected and hashlib.sha256(data).hexdigest() != expected:
            raise ValueError(
                "The installed %s tests of this problem were modified since ML Reps was built, so no result can be "
                "trusted. Reinstall ML Reps and run again (while developing the bank: run npm run build after editing tests)." % name)
        filename = path if name == "visible" else HIDDEN_NAME
        try:
            out.append((name, compile(data, filename, "exec", dont_inherit=True)))
        except SyntaxError as exc:
            raise ValueError("Cannot compile the problem's %s tests: %s" % (name, exc.msg))
    return out


_LIBC = []


def _prctl(option, value):
    if not sys.platform.startswith("linux"):
        return False
    try:
        if not _LIBC:
            import ctypes

            _LIBC.append(ctypes.CDLL(None, use_errno=True))
        return _LIBC[0].prctl(option, value, 0, 0, 0) == 0
    except Exception:
        return False


def _make_subreaper():
    return _prctl(36, 1)  # PR_SET_CHILD_SUBREAPER


def _children_of(pids):
    """Every process whose parent is in `pids`, read from /proc (Linux)."""
    found = []
    try:
        entries = os.listdir("/proc")
    except OSError:
        return found
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry, "rb") as f:
                stat = f.read()
            ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid in pids:
            found.append(int(entry))
    return found


def _kill_descendants(child_pid):
    """Kills the run's process group, then every descendant of this process (escaped ones were reparented here)."""
    import signal

    try:
        os.killpg(child_pid, signal.SIGKILL)
    except OSError:
        pass
    me = os.getpid()
    for _ in range(100):
        tree, frontier = [], set([me])
        while frontier:
            kids = _children_of(frontier) if sys.platform.startswith("linux") else []
            tree.extend(kids)
            frontier = set(kids)
        for pid in tree:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        _reap()
        if not tree:
            return


def _reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        except OSError:
            return
        if pid == 0:
            return


class _Bounded(object):
    """Keeps the first `limit` bytes of a stream and counts the rest."""

    def __init__(self, limit):
        self.limit = limit
        self.parts = []
        self.kept = 0
        self.total = 0

    def feed(self, data):
        self.total += len(data)
        room = self.limit - self.kept
        if room > 0:
            self.parts.append(data[:room])
            self.kept += min(room, len(data))

    def result(self):
        return b"".join(self.parts).decode("utf-8", "replace"), self.total > self.limit, self.total


def _new_result():
    return {
        "version": RESULT_VERSION,
        "status": "error",
        "error": None,
        "tests": [],
        "python": "%d.%d.%d" % sys.version_info[:3],
        "executable": sys.executable,
    }


def _preload(names):
    """Imports modules in the judge, so forked children find them ready. Returns the missing ones."""
    import importlib

    missing = []
    if "numpy" in names:
        # numpy 2 loads these lazily; load them here once rather than in every run's child.
        names = list(names) + ["numpy.random", "numpy.linalg"]
    for name in names:
        if not name:
            continue
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
        except Exception:
            pass
    return missing


def judge(req, control_fd=None):
    """Runs one request and returns its result dict. `control_fd` is read for a cancel line while the run goes."""
    import time

    t0 = time.perf_counter()
    result = _new_result()
    result["token"] = req.get("token")
    problem_dir = os.path.abspath(req["problemDir"])
    solution = os.path.abspath(req["solution"])
    req["problemDir"], req["solution"] = problem_dir, solution
    try:
        _judge_into(req, result, control_fd)
    except Exception as exc:  # the judge must always report
        result["status"] = "error"
        result["error"] = _error("harness", "The test harness failed: %s" % _describe_exception(exc))
    result.setdefault("stdout", "")
    result.setdefault("stderr", "")
    result["durationMs"] = round((time.perf_counter() - t0) * 1000, 3)
    return result


def _judge_into(req, result, control_fd):
    missing = _preload(req.get("requires") or [])
    if missing:
        result["error"] = _error(
            "missing-module",
            "This problem needs %s, which is not installed for %s." % (", ".join(missing), sys.executable),
            module=missing[0],
        )
        return
    try:
        compiled = _read_tests(req)
    except ValueError as exc:
        result["error"] = _error("tampered" if "modified" in str(exc) else "harness", str(exc))
        return

    if HERE not in sys.path:
        sys.path.insert(0, HERE)
    import mlreps_constraints

    constraints = mlreps_constraints.Constraints(req.get("allowedImports"), req.get("forbiddenCalls"), req.get("what"),
                                                 os.path.dirname(req["solution"]))
    if constraints.active:
        try:
            mlreps_constraints.check_file(req["solution"], constraints)
        except mlreps_constraints.Violation as v:
            result["error"] = _error("constraint", v.message, line=v.line, column=v.column, file=v.file, module=v.name)
            return
    if not hasattr(os, "fork"):
        _run_inline(req, compiled, constraints, result)
        return
    _run_forked(req, compiled, constraints, result, control_fd)


def _run_forked(req, compiled, constraints, result, control_fd):
    import select
    import shutil
    import signal
    import socket
    import tempfile
    import time

    token = req.get("token") or ""
    limit_s = float(req.get("timeLimitSeconds") or 10)
    capture = int(req.get("captureBytes") or 65536)
    linux = sys.platform.startswith("linux")
    judge_sock, child_sock = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    creds = linux and hasattr(socket, "SO_PASSCRED")
    if creds:
        judge_sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
    try:
        child_sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 1 << 20)
        judge_sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    except OSError:
        pass
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    if linux:
        import fcntl

        for fd in (out_r, err_r):
            try:
                fcntl.fcntl(fd, 1031, 1 << 20)  # F_SETPIPE_SZ: fewer wake-ups when a run prints a lot
            except OSError:
                pass
    workdir = tempfile.mkdtemp(prefix="mlreps-run-")
    ruleset = _write_ruleset(workdir)
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the test child
        code = 70
        try:
            os.setsid()
            _prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: the child dies with its judge
            judge_sock.close()
            os.close(out_r)
            os.close(err_r)
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0)
            os.dup2(out_w, 1)
            os.dup2(err_w, 2)
            for fd in (null, out_w, err_w):
                if fd > 2:
                    os.close(fd)
            if control_fd is not None and control_fd > 2:
                try:
                    os.close(control_fd)
                except OSError:
                    pass
            os.chdir(workdir)
            _confine_writes(ruleset, workdir)
            _child_setup(req)
            code = _child_main(req, compiled, constraints, _sender(child_sock, token))
        except BaseException:
            code = 71
        finally:
            os._exit(code)

    # The judge.
    if ruleset >= 0:
        os.close(ruleset)
    child_sock.close()
    os.close(out_w)
    os.close(err_w)
    streams = {out_r: _Bounded(capture), err_r: _Bounded(capture)}
    tests, started, done, run_error, forged = [], None, None, None, False
    deadline = time.monotonic() + limit_s
    pidfd = None
    if hasattr(os, "pidfd_open"):
        try:
            pidfd = os.pidfd_open(pid)
        except OSError:
            pidfd = None
    exit_status = None
    child_rss_kb = 0
    cancelled = False
    timed_out = False
    buf_size = 1 << 20
    anc_size = socket.CMSG_SPACE(32) if creds else 0

    def read_socket():
        nonlocal started, done, run_error, forged
        while True:
            try:
                data, anc, _flags, _addr = judge_sock.recvmsg(buf_size, anc_size, socket.MSG_DONTWAIT)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return
            if not data:
                return
            if creds:
                sender = None
                for level, kind, payload in anc:
                    if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                        sender = int.from_bytes(payload[:4], sys.byteorder, signed=True)
                if sender != pid:
                    forged = True
                    continue
            try:
                import json

                event = json.loads(data.decode("utf-8"))
            except Exception:
                forged = True
                continue
            kind = event.get("t")
            if kind == "start":
                started = event.get("id")
            elif kind == "test":
                if len(tests) >= 10000:  # no problem has this many; a flood is not a test run
                    forged = True
                    continue
                tests.append(event["test"])
                started = None
            elif kind == "error":
                run_error = event["error"]
            elif kind == "done":
                if event.get("token") == token:
                    done = event
                else:
                    forged = True

    def read_stream(fd):
        try:
            data = os.read(fd, 1 << 20)
        except (BlockingIOError, InterruptedError):
            return True
        except OSError:
            data = b""
        if not data:
            return False
        streams[fd].feed(data)
        return True

    open_streams = set(streams)
    while exit_status is None:
        now = time.monotonic()
        if now >= deadline:
            timed_out = True
            break
        watch = [judge_sock] + list(open_streams)
        if pidfd is not None:
            watch.append(pidfd)
        if control_fd is not None:
            watch.append(control_fd)
        wait = min(deadline - now, 0.05 if pidfd is None else deadline - now)
        try:
            ready, _, _ = select.select(watch, [], [], wait)
        except InterruptedError:
            ready = []
        for r in ready:
            if r is judge_sock:
                read_socket()
            elif r == control_fd:
                line = _read_control_line(control_fd)
                if line is None or "cancel" in line:
                    cancelled = True
            elif r in open_streams:
                if not read_stream(r):
                    open_streams.discard(r)
        if cancelled:
            break
        try:
            wpid, status, usage = os.wait4(pid, os.WNOHANG)
        except ChildProcessError:
            wpid, status, usage = pid, 0, None
        if wpid == pid:
            exit_status = status
            child_rss_kb = usage.ru_maxrss if usage is not None else 0
    # Whatever happened, nothing the run started survives it.
    _kill_descendants(pid)
    if exit_status is None:
        try:
            _, exit_status = os.waitpid(pid, 0)
        except ChildProcessError:
            exit_status = 0
    read_socket()
    for fd in list(open_streams):
        for _ in range(64):  # what is already in the pipe; the writers are dead now
            try:
                ready, _, _ = select.select([fd], [], [], 0)
            except InterruptedError:
                ready = []
            if not ready or not read_stream(fd):
                break
    for fd in list(streams):
        os.close(fd)
    judge_sock.close()
    if pidfd is not None:
        os.close(pidfd)
    shutil.rmtree(workdir, ignore_errors=True)

    result["tests"] = tests
    try:
        import resource

        result["peakRssKB"] = {"child": child_rss_kb, "judge": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    except Exception:
        pass
    (result["stdout"], result["stdoutTruncated"], result["stdoutBytes"]) = streams[out_r].result()
    (result["stderr"], result["stderrTruncated"], result["stderrBytes"]) = streams[err_r].result()
    mem_mb = int(req.get("memoryLimitMB") or 0)
    if forged:
        result["error"] = _error("tampered", "A process other than the test run wrote to the result channel; the run is not trusted.")
    elif cancelled:
        result["error"] = _error("cancelled", "The run was cancelled.", test=started)
    elif timed_out:
        result["error"] = _error(
            "timeout",
            "Timed out after %s s%s. Look for a loop that never ends, or work that grows too fast." % (
                _fmt_seconds(limit_s), (" in the test \"%s\"" % _test_label(started, compiled)) if started else ""),
            test=started)
    elif run_error is not None:
        result["error"] = run_error
    elif done is None:
        if os.WIFSIGNALED(exit_status):
            sig = os.WTERMSIG(exit_status)
            name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
            result["error"] = _error(
                "crash", "Python was killed by %s before reporting results (a crash in native code, or memory exhausted)." % name)
        else:
            code = os.WEXITSTATUS(exit_status)
            result["error"] = _error(
                "exit", "Python exited with code %d before reporting results (did the solution call os._exit()?)." % code)
    if result["error"] is None and any(t.get("memory") for t in tests) and mem_mb:
        result["error"] = _error("memory", "The solution used more than %d MB of memory (the limit is mlReps.memoryLimitMB)." % mem_mb)
    if result["error"] is None:
        if not tests:
            result["error"] = _error("no-tests", "No tests were found for this problem.")
        else:
            result["status"] = "pass" if all(t["status"] in ("pass", "skip") for t in tests) else "fail"
    if result["error"] is not None:
        result["status"] = "error"


def _fmt_seconds(s):
    return str(int(s)) if float(s).is_integer() else ("%.1f" % s)


def _test_label(test_id, compiled):
    return (test_id or "").split(":", 1)[-1]


def _read_control_line(fd):
    try:
        data = os.read(fd, 4096)
    except OSError:
        return None
    if not data:
        return None
    return data.decode("utf-8", "replace")


# ---------------------------------------------------------------------------------------------------------------
# The child side (runs the solution)


# Landlock (Linux 5.13+): the same system call numbers on every architecture that has them.
_LANDLOCK_CREATE, _LANDLOCK_ADD_RULE, _LANDLOCK_RESTRICT = 444, 445, 446
# Every right to create, change, rename or delete a file (ABI 1), then REFER (ABI 2) and TRUNCATE (ABI 3).
_LANDLOCK_WRITE_RIGHTS = sum(1 << b for b in (1, 4, 5, 6, 7, 8, 9, 10, 11, 12))


_LANDLOCK = []  # [abi, RulesetAttr, PathBeneath], filled once per process


def _landlock_abi():
    """The kernel's Landlock ABI version, or 0 where there is none (another system, an old or configured-out kernel)."""
    if _LANDLOCK:
        return _LANDLOCK[0]
    abi = 0
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            if not _LIBC:
                _LIBC.append(ctypes.CDLL(None, use_errno=True))
            abi = max(0, _LIBC[0].syscall(_LANDLOCK_CREATE, None, ctypes.c_size_t(0), ctypes.c_uint32(1)))

            class RulesetAttr(ctypes.Structure):
                _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                            ("scoped", ctypes.c_uint64)]

            class PathBeneath(ctypes.Structure):
                _pack_ = 1
                _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]

            _LANDLOCK.extend([abi, RulesetAttr, PathBeneath])
            return abi
        except Exception:
            abi = 0
    _LANDLOCK.extend([abi, None, None])
    return abi


def _write_ruleset(workdir):
    """A Landlock ruleset (an fd, or -1) under which files may be created, changed or deleted only below `workdir`
    and /dev, and (ABI 6+) signals and abstract unix sockets stay inside the run. Built by the judge before the
    fork, so the child, whose every first touch of memory costs a page copy, only has to enforce it."""
    abi = _landlock_abi()
    if not abi:
        return -1
    import ctypes

    libc, attr_cls, rule_cls = _LIBC[0], _LANDLOCK[1], _LANDLOCK[2]
    rights = _LANDLOCK_WRITE_RIGHTS | ((1 << 13) if abi >= 2 else 0) | ((1 << 14) if abi >= 3 else 0)
    attr = attr_cls(rights, 0, 3 if abi >= 6 else 0)
    ruleset = libc.syscall(_LANDLOCK_CREATE, ctypes.byref(attr), ctypes.c_size_t(24 if abi >= 6 else 8), ctypes.c_uint32(0))
    if ruleset < 0:
        return -1
    for path in (workdir, "/dev"):
        try:
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            libc.syscall(_LANDLOCK_ADD_RULE, ruleset, 1, ctypes.byref(rule_cls(rights, fd)), ctypes.c_uint32(0))
        finally:
            os.close(fd)
    return ruleset


def _confine_writes(ruleset, workdir):
    """Enforces `ruleset` (from _write_ruleset) on this process and every process it starts: the run cannot rewrite
    the tests, the test manifest, the harness or ML Reps itself (which would make later runs pass), nor stop or kill
    its judge; nor, being in a Landlock domain, read the judge's memory or descriptors through /proc. Returns whether
    the confinement is in force (False where the kernel has no Landlock: the run goes on as before)."""
    if ruleset < 0:
        return False
    try:
        import tempfile

        tempfile.tempdir = workdir
        os.environ["TMPDIR"] = workdir
        # PR_SET_NO_NEW_PRIVS, which restrict_self requires of an unprivileged process.
        return _prctl(38, 1) and _LIBC[0].syscall(_LANDLOCK_RESTRICT, ruleset, 0) == 0
    finally:
        os.close(ruleset)


def _child_setup(req):
    """Memory limit and fresh random state for a forked child."""
    mem_mb = int(req.get("memoryLimitMB") or 0)
    if mem_mb > 0:
        try:
            import resource

            limit = mem_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except Exception:
            pass
    import random

    random.seed()
    np = sys.modules.get("numpy")
    if np is not None:
        try:
            np.random.seed(int.from_bytes(os.urandom(4), "little"))
        except Exception:
            pass


def _sender(sock, token):
    import json

    dumps = json.dumps
    send = sock.send

    def emit(event, final=False):
        if final:
            event = dict(event, token=token)
        data = dumps(event, default=str).encode("utf-8")
        if len(data) > MAX_EVENT and event.get("t") == "test":
            t = dict(event["test"])
            for key in ("trace", "expected", "actual"):
                t.pop(key, None)
            t["message"] = t.get("message", "")[:4000]
            data = dumps(dict(event, test=t), default=str).encode("utf-8")
        try:
            send(data)
        except OSError:
            pass

    return emit


_EMPTY_CELL = object()


def _function_state(fn):
    """What a function runs with, beyond its identity: code, defaults and the contents of its closure."""
    cells = []
    for cell in fn.__closure__ or ():
        try:
            cells.append(cell.cell_contents)
        except ValueError:
            cells.append(_EMPTY_CELL)
    kw = fn.__kwdefaults__
    return [fn.__code__, fn.__defaults__, kw, dict(kw) if kw else None] + cells


def _snapshot(modules, classes, callables_only=False):
    """Identity of every attribute the tests rely on, and the code, defaults and closure of every Python function
    among them, taken before the solution runs. `callables_only`: only entries that are functions, classes or
    modules (the tests' own modules and classes, whose data a test may legitimately set)."""
    import types

    snap = []
    function = types.FunctionType

    def entries(owner):
        items = dict(vars(owner))
        if callables_only:
            items = dict((k, v) for k, v in items.items() if callable(v) or isinstance(v, types.ModuleType))
        funcs = [(k, v, _function_state(v)) for k, v in items.items() if type(v) is function]
        return items, funcs

    for mod in modules:
        if mod is not None:
            items, funcs = entries(mod)
            snap.append((mod.__name__, mod, items, funcs, False))
    for cls in classes:
        items, funcs = entries(cls)
        # A class of the test machinery gains no attribute in a run (a new one could shadow an inherited method).
        snap.append((cls.__module__ + "." + cls.__qualname__, cls, items, funcs, not callables_only))
    return snap


def _same_state(a, b):
    if len(a) != len(b):
        return False
    for i, (x, y) in enumerate(zip(a, b)):
        if i == 3:  # the keyword defaults' contents, which can change in place
            if (x is None) != (y is None) or (x is not None and (x.keys() != y.keys() or any(x[k] is not y[k] for k in x))):
                return False
        elif x is not y:
            return False
    return True


def _changed(snap):
    for label, owner, before, funcs, closed in snap:
        now = vars(owner)
        for key, value in before.items():
            if key in ("__dict__", "__weakref__", "__doc__"):
                continue
            if now.get(key, _changed) is not value:
                return "%s.%s" % (label, key)
        if closed and len(now) != len(before):
            return "%s.%s" % (label, next((k for k in now if k not in before), "?"))
        for key, fn, state in funcs:
            if not _same_state(_function_state(fn), state):
                return "%s.%s" % (label, key)
    return None


def _child_main(req, compiled, constraints, emit):
    """Imports the solution and runs the tests, streaming one event per test. Returns the exit code."""
    import builtins
    import json
    import json.encoder
    import time
    import types
    import unittest
    import unittest.case
    import unittest.loader
    import unittest.result
    import unittest.suite

    solution = req["solution"]
    solution_dir = os.path.dirname(os.path.realpath(solution))
    here = HERE
    sys.path[:0] = [here]
    sys.path.append(os.path.dirname(solution))
    import mlreps_check

    hidden_details = req.get("hiddenDetails", True)
    fail_fast = bool(req.get("failFast"))
    wanted = req.get("testIds")
    wanted = set(wanted) if wanted else None
    keep_visible = os.path.realpath(os.path.join(req["problemDir"], SUITE_FILES["visible"]))
    mem_mb = int(req.get("memoryLimitMB") or 0)
    perf = time.perf_counter

    class Recorder(unittest.TestResult):
        """Defined before the solution is imported, so a replaced unittest.TestResult cannot change it."""

        def startTest(self, test):
            unittest.TestResult.startTest(self, test)
            self._t0 = perf()
            emit({"t": "start", "id": _case_id(test)})

        def _record(self, test, status, err=None, reason=None):
            suite = test._mlreps_suite
            method = getattr(test, "_testMethodName", None)
            fn = getattr(type(test), method, None) if method else None
            name = _first_doc_line(fn) or (method or str(test)).replace("test_", "", 1).replace("_", " ")
            entry = {
                "id": _case_id(test),
                "name": name,
                "suite": suite,
                "status": status,
                "message": "",
                "durationMs": round((perf() - getattr(self, "_t0", perf())) * 1000, 3),
            }
            code = getattr(fn, "__code__", None)
            if code is not None and suite == "visible":
                entry["line"] = code.co_firstlineno
            if reason:
                entry["message"] = reason
            if err is not None:
                exc = err[1]
                entry["message"] = str(exc) if status == "fail" else _describe_exception(exc)
                if getattr(exc, "expected", None) is not None:
                    entry["expected"] = str(exc.expected)
                if getattr(exc, "actual", None) is not None:
                    entry["actual"] = str(exc.actual)
                sol_line = _solution_frame_line(err[2], solution)
                if sol_line is not None:
                    entry["solutionLine"] = sol_line
                if status == "error":
                    keep_files = set([keep_visible]) if suite == "visible" else set()
                    entry["trace"] = _user_trace(err, set([solution_dir]), keep_files)
                    if isinstance(exc, NotImplementedError):
                        entry["message"] = "Not implemented yet (%s)" % (_describe_exception(exc),)
                    elif isinstance(exc, SystemExit):
                        entry["message"] = "The solution called sys.exit(%r) during the test" % (exc.code,)
                    elif isinstance(exc, MemoryError):
                        entry["memory"] = True
                        entry["message"] = "MemoryError: the solution used more than %d MB of memory" % mem_mb
                if suite == "hidden" and not hidden_details:
                    entry["message"] = "hidden: %s" % name
                    for key in ("expected", "actual", "trace"):
                        entry.pop(key, None)
            emit({"t": "test", "test": entry})
            if fail_fast and status in ("fail", "error"):
                self.shouldStop = True

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

    # Private references, taken before any solution code runs.
    recorder = Recorder()
    loader = unittest.TestLoader()
    suite_cls = unittest.TestSuite
    module_type = types.ModuleType
    np = sys.modules.get("numpy")
    watched_modules = [builtins, json, json.encoder, unittest, unittest.case, unittest.suite, unittest.loader,
                       unittest.result, mlreps_check, np, sys.modules.get("numpy.testing"), sys.modules.get("math")]
    watched_classes = [unittest.TestCase, unittest.TestSuite, unittest.suite.BaseTestSuite, unittest.TestLoader,
                       unittest.TestResult, json.JSONEncoder, json.JSONDecoder, Recorder, mlreps_check.CheckFailure]
    if constraints.active:
        mlreps_constraints = sys.modules["mlreps_constraints"]
        refused = mlreps_constraints.install_import_guard(
            constraints, [os.path.join(here, f) for f in os.listdir(here) if f.endswith(".py")])
    else:
        refused = None
    snap = _snapshot(watched_modules, watched_classes)
    changed = _changed

    def finish_error(err):
        emit({"t": "error", "error": err})
        return 0

    try:
        _import_solution(solution)
    except SyntaxError as exc:
        return finish_error(_error(
            "syntax", "%s in %s line %s: %s" % (type(exc).__name__, os.path.basename(exc.filename or solution), exc.lineno, exc.msg),
            line=exc.lineno, column=exc.offset))
    except SystemExit as exc:
        return finish_error(_error(
            "exit", "%s called sys.exit(%r) while being imported; remove the call (tests import your file)." % (os.path.basename(solution), exc.code)))
    except ImportError as exc:
        line = _solution_frame_line(sys.exc_info()[2], solution)
        if refused is not None and isinstance(exc, refused):
            return finish_error(_error("constraint", str(exc), line=line, file=os.path.basename(solution)))
        mod = getattr(exc, "name", None)
        kind = "missing-module" if isinstance(exc, ModuleNotFoundError) and mod and "." not in mod else "import"
        return finish_error(_error(kind, "Importing %s failed: %s" % (os.path.basename(solution), _describe_exception(exc)), module=mod, line=line))
    except MemoryError:
        return finish_error(_error("memory", "The solution used more than %d MB of memory while being imported (the limit is mlReps.memoryLimitMB)." % mem_mb))
    except BaseException as exc:  # any crash at import time is the solution's, and is reported as such
        return finish_error(_error(
            "import", "Importing %s raised %s" % (os.path.basename(solution), _describe_exception(exc)),
            line=_solution_frame_line(sys.exc_info()[2], solution),
            trace=_user_trace(sys.exc_info(), set([solution_dir]), set())))

    for suite_name, code in compiled:
        module = module_type("test_" + suite_name)
        module.__file__ = code.co_filename
        sys.modules[module.__name__] = module
        try:
            exec(code, module.__dict__)
        except BaseException as exc:
            message = _describe_exception(exc)
            if refused is not None and isinstance(exc, refused):
                return finish_error(_error("constraint", str(exc), file=os.path.basename(solution)))
            if isinstance(exc, ImportError) and getattr(exc, "name", None) == "solution":
                message = "%s does not define what the tests import: %s" % (os.path.basename(solution), exc)
            if suite_name == "hidden" and not hidden_details:
                message = "The hidden tests could not start: %s" % type(exc).__name__
            return finish_error(_error("import", message))
        found = loader.loadTestsFromModule(module)
        # The tests' own functions, helpers and imported checks must run as written, too.
        snap.extend(_snapshot([module], [v for v in vars(module).values() if isinstance(v, type) and v.__module__ == module.__name__], True))
        cases = []
        for case in _iter_cases(found):
            case._mlreps_suite = suite_name
            if wanted is None or _case_id(case) in wanted:
                cases.append(case)
        suite_cls(cases).run(recorder)
        if recorder.shouldStop:
            break
    what = changed(snap)
    if what is not None:
        return finish_error(_error("tampered", "The solution changed the test framework (%s), so its results cannot be trusted." % what))
    emit({"t": "done"}, final=True)
    return 0


def _case_id(test):
    return "%s:%s.%s" % (getattr(test, "_mlreps_suite", "?"), type(test).__name__, getattr(test, "_testMethodName", "?"))


def _iter_cases(suite):
    for item in suite:
        if hasattr(item, "_testMethodName"):
            yield item
        else:
            for inner in _iter_cases(item):
                yield inner


def _import_solution(path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("solution", path)
    if spec is None or spec.loader is None:
        raise ImportError("cannot load %s as a Python module" % path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["solution"] = module
    spec.loader.exec_module(module)
    return module


def _run_inline(req, compiled, constraints, result):
    """Where fork does not exist (Windows): the run happens in this process, which is started fresh for it."""
    import tempfile

    events = []

    def emit(event, final=False):
        events.append(event)

    capture = _InlineCapture()
    old = os.getcwd()
    workdir = tempfile.mkdtemp(prefix="mlreps-run-")
    os.chdir(workdir)
    try:
        _child_main(req, compiled, constraints, emit)
    except SystemExit as exc:
        events.append({"t": "error", "error": _error("exit", "The solution called sys.exit(%r) outside a test." % (exc.code,))})
    finally:
        os.chdir(old)
    limit = int(req.get("captureBytes") or 65536)
    (result["stdout"], result["stdoutTruncated"], result["stdoutBytes"]), (result["stderr"], result["stderrTruncated"], result["stderrBytes"]) = capture.finish(limit)
    tests = [e["test"] for e in events if e.get("t") == "test"]
    errors = [e["error"] for e in events if e.get("t") == "error"]
    result["tests"] = tests
    if errors:
        result["error"] = errors[0]
    elif not any(e.get("t") == "done" for e in events):
        result["error"] = _error("crash", "The run ended without reporting results.")
    elif not tests:
        result["error"] = _error("no-tests", "No tests were found for this problem.")
    else:
        result["status"] = "pass" if all(t["status"] in ("pass", "skip") for t in tests) else "fail"


class _InlineCapture(object):
    """Points fds 1 and 2 at temporary files for an in-process run."""

    def __init__(self):
        import tempfile

        sys.stdout.flush()
        sys.stderr.flush()
        self.saved = (os.dup(1), os.dup(2))
        self.files = []
        for fd in (1, 2):
            handle, path = tempfile.mkstemp(prefix="mlreps-capture-")
            try:
                os.unlink(path)
            except OSError:
                pass
            os.dup2(handle, fd)
            self.files.append(handle)

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
        os.dup2(self.saved[0], 1)
        os.dup2(self.saved[1], 2)
        return texts


# ---------------------------------------------------------------------------------------------------------------
# Entry points


def _write_line(fd, obj):
    import json

    data = (json.dumps(obj, default=str) + "\n").encode("utf-8")
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def serve(preload):
    """The warm worker: one request per stdin line, one result per stdout line, until stdin closes."""
    import json

    _make_subreaper()
    _preload(preload)
    import unittest  # noqa: F401 - warm the test machinery
    sys.path.insert(0, HERE)
    import mlreps_check  # noqa: F401
    import mlreps_constraints  # noqa: F401

    _write_line(1, {"ready": True, "python": "%d.%d.%d" % sys.version_info[:3], "pid": os.getpid(),
                    "fork": hasattr(os, "fork")})
    pending = b""
    while True:
        while b"\n" not in pending:
            chunk = os.read(0, 1 << 16)
            if not chunk:
                return 0
            pending += chunk
        line, pending = pending.split(b"\n", 1)
        if not line.strip():
            continue
        try:
            req = json.loads(line.decode("utf-8"))
        except ValueError:
            continue
        if req.get("cancel"):
            continue
        if sys.version_info < (3, 9):
            result = _new_result()
            result["error"] = _error("python-too-old", "Python %s is too old; ML Reps needs Python 3.9 or newer." % result["python"])
        else:
            result = judge(req, control_fd=0 if hasattr(os, "fork") else None)
        result["id"] = req.get("id")
        _write_line(1, result)


def _parse_args(argv):
    args = {"suite": "visible", "requires": "", "capture_bytes": 65536, "preload": ""}
    i = 0
    serve_mode = False
    while i < len(argv):
        key = argv[i]
        if key == "--serve":
            serve_mode = True
            i += 1
        elif key in ("--problem-dir", "--solution", "--suite", "--requires", "--capture-bytes", "--preload") and i + 1 < len(argv):
            args[key[2:].replace("-", "_")] = argv[i + 1]
            i += 2
        else:
            raise SystemExit("mlreps_harness: unknown argument %r" % key)
    args["serve"] = serve_mode
    if serve_mode:
        return args
    if "problem_dir" not in args or "solution" not in args:
        raise SystemExit("mlreps_harness: --problem-dir and --solution are required")
    if args["suite"] not in ("visible", "hidden", "all"):
        raise SystemExit("mlreps_harness: --suite must be visible, hidden or all")
    return args


def main(argv):
    try:
        args = _parse_args(argv)
    except SystemExit as exc:
        sys.stderr.write(str(exc) + "\n")
        return 2
    if sys.version_info < (3, 9):
        result = _new_result()
        result["error"] = _error("python-too-old", "Python %s is too old; ML Reps needs Python 3.9 or newer." % result["python"])
        _write_line(1, result)
        return 0
    if args["serve"]:
        return serve([m for m in args["preload"].split(",") if m])
    _make_subreaper()
    req = {
        "problemDir": args["problem_dir"],
        "solution": args["solution"],
        "suite": args["suite"],
        "requires": [m for m in args["requires"].split(",") if m],
        "captureBytes": int(args["capture_bytes"]),
        "timeLimitSeconds": 60,
        "memoryLimitMB": 4096,
    }
    _write_line(1, judge(req))
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    try:
        sys.stdout.flush()
    except Exception:
        pass
    os._exit(code)
