import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';
import * as vscode from 'vscode';
import {
  chooseDebugger,
  debugLaunchConfig,
  isDebianSystemPython,
  OWN_DEBUG_TYPE,
  parseDebugReport,
  probeImport,
  type DebuggerChoice,
  type DebugpyProbe,
  type DebugReport,
} from '../../core/practice/debugTests';
import { WORKSPACE_FILES } from '../../core/practice/problemWorkspace';
import type { ProblemCopy } from './practiceWorkspace';
import { resolveInterpreterCandidates } from './pythonInterpreter';

const OWN_EXTENSION_ID = 'ml-reps.ml-reps';

export type DebugOutcome = { report: DebugReport } | { error: string; command?: string };

/**
 * Starts a debug session that runs a copy's visible tests (the files shipped with ML Reps) against its solution.py,
 * with the Python extension's debugger or ML Reps' own `mlreps-python` type (`python -m debugpy.adapter`).
 * The refusal rules and the reporting live in ProblemTestController.debug; the decisions in core/practice/debugTests.
 */
export class TestDebugger implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly harnessDir: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.registration = vscode.debug.registerDebugAdapterDescriptorFactory(OWN_DEBUG_TYPE, {
      createDebugAdapterDescriptor: async (session) => {
        if (!vscode.workspace.isTrusted) throw new Error('ML Reps does not run code in an untrusted workspace.');
        const configured = session.configuration.python;
        const python = typeof configured === 'string' && configured ? configured : (await this.interpreter(undefined)).python;
        if (!python) throw new Error('No Python interpreter found to debug with. Set `mlReps.pythonPath`.');
        this.log.info(`Debug adapter: ${python} -m debugpy.adapter`);
        return new vscode.DebugAdapterExecutable(python, ['-m', 'debugpy.adapter'], { env: { PYTHONDONTWRITEBYTECODE: '1' } });
      },
    });
  }

  /** The debugger to use for a copy, from the installed extensions and the interpreter the tests run on. */
  async choose(copy: ProblemCopy): Promise<DebuggerChoice> {
    const installedTypes = vscode.extensions.all
      .filter((e) => e.id.toLowerCase() !== OWN_EXTENSION_ID)
      .flatMap((e) => ((e.packageJSON as { contributes?: { debuggers?: { type?: string }[] } })?.contributes?.debuggers ?? []).map((d) => d.type ?? ''));
    const { python, debugpy } = await this.interpreter(vscode.Uri.file(copy.dir));
    const real = python ? realPath(python) : undefined;
    return chooseDebugger({ installedTypes, python, debugpy, debianSystemPython: !!real && isDebianSystemPython(real, existsSync('/etc/debian_version')) });
  }

  /** The first candidate interpreter that starts, and whether it can import debugpy. */
  private async interpreter(resource: vscode.Uri | undefined): Promise<{ python?: string; debugpy: DebugpyProbe }> {
    for (const python of await resolveInterpreterCandidates(resource)) {
      const debugpy = await probeImport(python, 'debugpy');
      if (debugpy !== 'no-python') return { python, debugpy };
    }
    return { debugpy: 'no-python' };
  }

  /** Debugs `testIds` (visible, already checked) of a copy; resolves when the session ends, with the tests' outcomes. */
  async debug(copy: ProblemCopy, testIds: readonly string[], token?: vscode.CancellationToken): Promise<DebugOutcome> {
    const choice = await this.choose(copy);
    if (choice.kind === 'unavailable') return { error: choice.message, command: choice.command };
    const sessionId = randomBytes(8).toString('hex');
    const resultFile = join(tmpdir(), `mlreps-debug-${sessionId}.json`);
    const config = debugLaunchConfig({
      type: choice.type,
      python: choice.python,
      harnessDir: this.harnessDir,
      problem: copy.problem,
      solutionFile: join(copy.dir, WORKSPACE_FILES.solution),
      cwd: copy.dir,
      testIds,
      resultFile,
      sessionId,
    }) as vscode.DebugConfiguration;
    this.log.info(`Debugging ${testIds.length} visible test(s) of ${copy.problem.id} with the ${choice.type} debugger (${choice.python ?? 'its interpreter'})`);
    const mine = (s: vscode.DebugSession) => s.configuration.mlRepsSessionId === sessionId;
    let session: vscode.DebugSession | undefined;
    let resolveEnded!: () => void;
    const ended = new Promise<void>((resolve) => (resolveEnded = resolve));
    const subscriptions = [
      vscode.debug.onDidStartDebugSession((s) => {
        if (mine(s) && !session) session = s;
      }),
      vscode.debug.onDidTerminateDebugSession((s) => {
        if (mine(s) && (!session || s.id === session.id)) resolveEnded();
      }),
    ];
    if (token) subscriptions.push(token.onCancellationRequested(() => (session ? void vscode.debug.stopDebugging(session) : resolveEnded())));
    try {
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(copy.dir));
      const started = await vscode.debug.startDebugging(folder, config);
      if (!started) return { error: `The ${choice.type} debugger did not start. The Debug Console may say why.` };
      await ended;
      return { report: parseDebugReport(existsSync(resultFile) ? readFileSync(resultFile, 'utf8') : undefined) };
    } finally {
      for (const d of subscriptions) d.dispose();
      rmSync(resultFile, { force: true });
    }
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/** The real path of an interpreter given as a path or a command on PATH. */
function realPath(python: string): string | undefined {
  const candidates = isAbsolute(python) || python.includes('/') ? [python] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, python));
  for (const c of candidates) {
    try {
      return realpathSync(c);
    } catch {
      // Not here.
    }
  }
  return undefined;
}
