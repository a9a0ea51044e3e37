import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Suite } from '../runner/runResult';

/**
 * Debugging a problem's visible tests: which debugger to use, what to refuse and the launch configuration.
 * No `vscode` here; the VS Code layer (the practice feature's debugTests.ts) applies these decisions.
 */

/** ML Reps' own debug type: `python -m debugpy.adapter`, for when the Python extension is not installed. */
export const OWN_DEBUG_TYPE = 'mlreps-python';
/** The script, shipped in python/, that runs visible tests in one process under the debugger. */
export const DEBUG_SCRIPT = 'mlreps_debug.py';

/** Why a debug request cannot go ahead, or undefined when it can. Checked in this order. */
export interface DebugFacts {
  trusted: boolean;
  /** The copy is a coding check's, or the open coding check drew this problem. */
  inCheck: boolean;
  /** What the request asks for: whole problems (suite 'all'), the hidden group, or single tests. */
  requested: readonly { suite: Suite; testId?: string }[];
}

export const REFUSALS = {
  untrusted: 'ML Reps does not run code in an untrusted workspace, so it cannot debug tests here. Trust this workspace to debug.',
  check: 'Debugging is off during a coding readiness check: the check measures what you can do with no help beyond syntax look-ups. Debug the problem in practice after the check.',
  hidden: 'Hidden tests cannot be debugged: their inputs stay hidden. Debug a visible test, or run all tests to see which hidden ones fail.',
  noTests: 'This problem has no visible tests to debug.',
} as const;

export function debugRefusal(facts: DebugFacts): string | undefined {
  if (!facts.trusted) return REFUSALS.untrusted;
  if (facts.inCheck) return REFUSALS.check;
  if (facts.requested.some((r) => r.suite === 'hidden' || r.testId?.startsWith('hidden:'))) return REFUSALS.hidden;
  return undefined;
}

/**
 * The visible test ids a request debugs: a whole problem means all its visible tests, a single test itself.
 * Hidden ids never pass (the refusal rules say why); unknown ids are dropped.
 */
export function visibleTestsToDebug(requested: DebugFacts['requested'], visibleIds: readonly string[]): string[] {
  const out = new Set<string>();
  for (const r of requested) {
    if (r.testId) {
      if (r.testId.startsWith('visible:') && visibleIds.includes(r.testId)) out.add(r.testId);
    } else if (r.suite !== 'hidden') for (const id of visibleIds) out.add(id);
  }
  // In the order the file lists them.
  return visibleIds.filter((id) => out.has(id));
}

export type DebugpyProbe = 'ok' | 'missing' | 'no-python';

export interface DebuggerFacts {
  /** Debug types contributed by installed extensions other than ML Reps. */
  installedTypes: readonly string[];
  /** The interpreter the tests run on (the first of `mlReps.pythonPath`, the Python extension's, python3, python that starts). */
  python: string | undefined;
  /** Whether that interpreter can import debugpy. */
  debugpy: DebugpyProbe;
  /** The interpreter is Debian's own (/usr/bin/python3* on a Debian or Ubuntu system): pip is refused there (PEP 668). */
  debianSystemPython: boolean;
}

export type DebuggerChoice =
  | { kind: 'python-extension'; type: 'debugpy' | 'python'; python: string | undefined }
  | { kind: 'own'; type: typeof OWN_DEBUG_TYPE; python: string }
  | { kind: 'unavailable'; message: string; command?: string };

/**
 * The Python extension's debugger when installed (`debugpy`, or `python` for its older versions); otherwise ML Reps'
 * own type when the interpreter can import debugpy; otherwise a message with the one command that installs it.
 */
export function chooseDebugger(facts: DebuggerFacts): DebuggerChoice {
  if (facts.installedTypes.includes('debugpy')) return { kind: 'python-extension', type: 'debugpy', python: facts.python };
  if (facts.installedTypes.includes('python')) return { kind: 'python-extension', type: 'python', python: facts.python };
  if (!facts.python || facts.debugpy === 'no-python') {
    return { kind: 'unavailable', message: 'No Python interpreter found to debug with. Install Python 3.9 or newer, then set `mlReps.pythonPath` to it.' };
  }
  if (facts.debugpy === 'ok') return { kind: 'own', type: OWN_DEBUG_TYPE, python: facts.python };
  const command = installDebugpyCommand(facts.python, facts.debianSystemPython);
  return {
    kind: 'unavailable',
    command,
    message: `Debugging needs the Python extension, or debugpy in ${facts.python}. Install debugpy with: ${command}`,
  };
}

/** The one command that installs debugpy for `python`. */
export function installDebugpyCommand(python: string, debianSystemPython: boolean): string {
  if (debianSystemPython) return 'sudo apt-get install python3-debugpy';
  return `${/\s/.test(python) ? `"${python}"` : python} -m pip install debugpy`;
}

/** Debian's own interpreter: /usr/bin/python3 or /usr/bin/python3.X, on a system with /etc/debian_version. */
export function isDebianSystemPython(realPath: string, hasDebianVersionFile: boolean): boolean {
  return hasDebianVersionFile && /^\/usr\/bin\/python3(\.\d+)?$/.test(realPath);
}

export interface LaunchInputs {
  type: string;
  python: string | undefined;
  /** The extension's python/ folder (the debug script and the check helpers). */
  harnessDir: string;
  /** The shipped problem: its folder holds the test files that run, never the workspace copies. */
  problem: { id: string; title: string; dir: string };
  /** The user's solution.py: breakpoints there bind. */
  solutionFile: string;
  /** The practice copy's folder: the program's working folder. */
  cwd: string;
  testIds: readonly string[];
  /** Where the script writes its per-test outcomes (for the Testing view only; never recorded). */
  resultFile: string;
  /** Tells this session apart from others (the caller waits for its end). */
  sessionId: string;
}

/** A launch configuration understood by debugpy's adapter, through the Python extension or ML Reps' own type. */
export function debugLaunchConfig(i: LaunchInputs): Record<string, unknown> {
  const args = ['--problem-dir', i.problem.dir, '--solution', i.solutionFile, '--result', i.resultFile];
  for (const id of i.testIds) args.push('--test', id);
  return {
    type: i.type,
    request: 'launch',
    name: `ML Reps: debug ${i.problem.title}`,
    program: join(i.harnessDir, DEBUG_SCRIPT),
    args,
    cwd: i.cwd,
    ...(i.python ? { python: i.python } : {}),
    console: 'internalConsole',
    justMyCode: true,
    env: { PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
    mlRepsSessionId: i.sessionId,
  };
}

/** What the debug script reports per test. */
export interface DebugTestOutcome {
  id: string;
  status: 'pass' | 'fail' | 'error' | 'skip';
  message?: string;
}

/** What the debug script reports: per-test outcomes, or why no test ran (a constraint refusal, at its line). */
export interface DebugReport {
  tests: DebugTestOutcome[];
  error?: { message: string; line?: number; file?: string };
}

/** Reads the script's result file; anything malformed reads as no outcomes (the run is only shown, never recorded). */
export function parseDebugReport(text: string | undefined): DebugReport {
  if (!text) return { tests: [] };
  try {
    const data = JSON.parse(text) as { tests?: unknown; error?: { message?: unknown; line?: unknown; file?: unknown } };
    const tests = Array.isArray(data.tests)
      ? data.tests.filter(
          (t): t is DebugTestOutcome =>
            !!t && typeof t === 'object' && typeof (t as DebugTestOutcome).id === 'string' && ['pass', 'fail', 'error', 'skip'].includes((t as DebugTestOutcome).status),
        )
      : [];
    const e = data.error;
    if (!e || typeof e.message !== 'string') return { tests };
    return {
      tests,
      error: { message: e.message, ...(typeof e.line === 'number' && e.line > 0 ? { line: e.line } : {}), ...(typeof e.file === 'string' ? { file: e.file } : {}) },
    };
  } catch {
    return { tests: [] };
  }
}

/** Whether `python` starts and can import `module`. Resolves, never rejects. */
export function probeImport(python: string, module: string): Promise<DebugpyProbe> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(python, ['-c', `import ${module}`], { stdio: 'ignore', windowsHide: true });
    } catch {
      resolve('no-python');
      return;
    }
    child.once('error', () => resolve('no-python'));
    child.once('exit', (code) => resolve(code === 0 ? 'ok' : 'missing'));
  });
}
