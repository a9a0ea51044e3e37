"""ML Reps constraint check: which modules a solution may import and which library calls it may not make.

Standard library only. Used by mlreps_harness.py before any test runs (a static check with `ast`, which
follows import aliases) and during the run (an import hook). Static checks can be evaded by determined
code (getattr with a computed name, __import__ with a computed string); they exist so that the honest
mistake, reaching for the familiar library call, is impossible to miss.
"""
import ast
import os
import sys

# Always allowed, whatever the problem declares (problems/README.md lists the same set).
BASELINE = frozenset([
    "__future__", "typing", "math", "cmath", "collections", "itertools", "functools", "operator", "heapq", "bisect",
    "dataclasses", "numbers", "enum", "abc", "random", "re", "string", "copy", "warnings",
])
# Names that are libraries, never helper modules, even when a file of that name sits beside the solution.
KNOWN_LIBRARIES = frozenset([
    "numpy", "scipy", "sklearn", "statsmodels", "pandas", "torch", "tensorflow", "keras", "jax", "sympy", "xgboost",
    "lightgbm", "catboost", "networkx", "polars", "statistics", "mlreps_check", "mlreps_harness", "mlreps_constraints",
])
SHORT = {"numpy": "np", "pandas": "pd"}
TEST_MODULES = frozenset(["test_visible", "test_hidden"])


class Violation(Exception):
    def __init__(self, message, file=None, line=None, column=None, name=None):
        Exception.__init__(self, message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.name = name


class Constraints(object):
    def __init__(self, allowed, forbidden, what, solution_dir):
        self.allowed = None if allowed is None else list(allowed)
        self.forbidden = list(forbidden or [])
        self.what = what or "this"
        self.solution_dir = os.path.realpath(solution_dir)
        self.local = set()
        try:
            for entry in os.listdir(self.solution_dir):
                if entry.endswith(".py"):
                    self.local.add(entry[:-3])
                elif os.path.isfile(os.path.join(self.solution_dir, entry, "__init__.py")):
                    self.local.add(entry)
        except OSError:
            pass

    @property
    def active(self):
        return self.allowed is not None or bool(self.forbidden)

    def prefix(self):
        return "This problem asks you to implement %s yourself: " % self.what

    def allowed_text(self):
        names = sorted(self.allowed or [])
        return ("only " + ", ".join(names) + " and the standard-library basics") if names else "only the standard-library basics"

    def is_local(self, top):
        return top in self.local and top not in KNOWN_LIBRARIES

    def forbidden_match(self, qualified):
        for f in self.forbidden:
            if qualified == f or qualified.startswith(f + "."):
                return f
        return None

    def module_refusal(self, name):
        """Why importing module `name` is refused, or None."""
        top = name.split(".")[0]
        hit = self.forbidden_match(name)
        if hit:
            return self.prefix() + "`%s` is not allowed (see Constraints)." % shown(name)
        if self.allowed is None or top in BASELINE or self.is_local(top):
            return None
        for a in self.allowed:
            if name == a or name.startswith(a + ".") or a.startswith(name + "."):
                return None
        return self.prefix() + "`import %s` is not allowed; this problem allows %s (see Constraints)." % (name, self.allowed_text())


def shown(qualified):
    top, _, rest = qualified.partition(".")
    return SHORT[top] + ("." + rest if rest else "") if top in SHORT else qualified


def _dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return list(reversed(parts))
    return None


def _resolve_relative(module, level, package):
    if not level:
        return module
    base = package.split(".") if package else []
    if level - 1 > len(base):
        return module
    base = base[: len(base) - (level - 1)] if level > 1 else base
    return ".".join(base + ([module] if module else []))


def check_file(path, constraints, seen=None):
    """Raises Violation for the first import or reference the constraints refuse, following local helper modules."""
    seen = set() if seen is None else seen
    real = os.path.realpath(path)
    if real in seen:
        return
    seen.add(real)
    try:
        with open(path, "rb") as f:
            source = f.read()
        tree = ast.parse(source, filename=path)
    except (OSError, SyntaxError, ValueError):
        return  # the import itself reports the syntax error, with its line
    display = os.path.basename(path)
    aliases = {}
    helpers = []

    def refuse(message, node, name):
        raise Violation(message, display, getattr(node, "lineno", None), getattr(node, "col_offset", None), name)

    def visit_import(node, name):
        reason = constraints.module_refusal(name)
        if reason:
            refuse(reason, node, name)
        top = name.split(".")[0]
        if constraints.is_local(top):
            helpers.append(top)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                visit_import(node, alias.name)
                if alias.asname:
                    aliases[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    aliases[top] = top
        elif isinstance(node, ast.ImportFrom):
            module = _resolve_relative(node.module or "", node.level, "")
            if not module:
                continue
            visit_import(node, module)
            for alias in node.names:
                if alias.name == "*":
                    for f in constraints.forbidden:
                        if f.startswith(module + "."):
                            refuse(constraints.prefix() + "`from %s import *` brings in `%s`, which is not allowed (see Constraints)." % (module, shown(f)), node, f)
                    continue
                qualified = module + "." + alias.name
                hit = constraints.forbidden_match(qualified)
                if hit:
                    refuse(constraints.prefix() + "`%s` is not allowed (see Constraints)." % shown(qualified), node, qualified)
                aliases[alias.asname or alias.name] = qualified
    methods = set(f.split(".")[-1] for f in constraints.forbidden if f.startswith("numpy.ndarray.") and f.count(".") == 2)
    if methods:
        # An array method cannot be resolved statically: any call of a method of that name is refused.
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in methods:
                refuse(constraints.prefix() + "`.%s()` is not allowed (see Constraints)." % node.func.attr, node, "numpy.ndarray." + node.func.attr)
    if constraints.forbidden:
        for node in ast.walk(tree):
            if isinstance(node, (ast.Attribute, ast.Name)):
                parts = _dotted(node)
                if not parts or parts[0] not in aliases:
                    continue
                qualified = ".".join([aliases[parts[0]]] + parts[1:])
                if constraints.forbidden_match(qualified):
                    refuse(constraints.prefix() + "`%s` is not allowed (see Constraints)." % shown(qualified), node, qualified)
    for name in helpers:
        for candidate in (os.path.join(constraints.solution_dir, name + ".py"), os.path.join(constraints.solution_dir, name, "__init__.py")):
            if os.path.isfile(candidate):
                check_file(candidate, constraints, seen)
                break


class _Refused(ImportError):
    pass


def install_import_guard(constraints, harness_files):
    """Refuses disallowed modules imported by code in the solution's folder, at run time.

    Imports made by libraries (numpy's own internals), the tests and the harness are not affected.
    """
    import builtins

    real_import = builtins.__import__
    solution_dir = constraints.solution_dir
    skip = set(os.path.realpath(f) for f in harness_files)

    def from_solution(globals_):
        # The problem's own test modules may sit in the same folder (the reference, run from the problem folder).
        if globals_.get("__name__") in TEST_MODULES:
            return False
        filename = globals_.get("__file__")
        if not filename or filename.startswith("<"):
            return False
        real = os.path.realpath(filename)
        return os.path.dirname(real) == solution_dir and real not in skip

    def check(name, level, globals_):
        if globals_ is None:
            try:
                globals_ = sys._getframe(2).f_globals
            except ValueError:
                return
        if not from_solution(globals_):
            return
        if level:
            name = _resolve_relative(name, level, globals_.get("__package__") or "")
        reason = constraints.module_refusal(name) if name else None
        if reason:
            raise _Refused(reason)

    def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
        check(name, level, globals)
        module = real_import(name, globals, locals, fromlist, level)
        if fromlist and globals is not None and from_solution(globals):
            base = _resolve_relative(name, level, globals.get("__package__") or "")
            for item in fromlist:
                if item != "*" and constraints.forbidden_match(base + "." + item):
                    raise _Refused(constraints.prefix() + "`%s` is not allowed (see Constraints)." % shown(base + "." + item))
        return module

    class Finder(object):
        """For importlib.import_module, which does not go through __import__."""

        @staticmethod
        def find_spec(name, path=None, target=None):
            frame = sys._getframe(1)
            while frame is not None:
                filename = frame.f_code.co_filename
                if not (filename.startswith("<frozen") or os.sep + "importlib" + os.sep in filename):
                    break
                frame = frame.f_back
            if frame is not None and from_solution(frame.f_globals):
                reason = constraints.module_refusal(name)
                if reason:
                    raise _Refused(reason)
            return None

    builtins.__import__ = guarded_import
    sys.meta_path.insert(0, Finder)
    return _Refused
