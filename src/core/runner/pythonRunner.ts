import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems/problemBank';
import { installModuleHint, pythonSetupHint } from './interpreter';
import { countTests, harnessOutputSchema, type RunError, type RunResult, type Suite } from './runResult';

export const MAX_OUTPUT_BYTES = 1024 * 1024;
const CAPTURE_BYTES_PER_STREAM = 64 * 1024;

export interface RunRequest {
  problem: Pick<Problem, 'id' | 'dir' | 'requires' | 'timeLimitSeconds'>;
  solutionFile: string;
  suite: Suite;
  /** Overrides the problem's own time limit (seconds). */
  timeLimitSeconds?: number;
}

export interface PythonRunnerOptions {
  /** Folder holding mlreps_harness.py and mlreps_check.py. */
  harnessDir: string;
  /** Interpreters to try, in order (see interpreterCandidates). */
  candidates: () => string[] | Promise<string[]>;
}

interface SpawnOutcome {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  overflow: boolean;
  spawnError?: NodeJS.ErrnoException;
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group is already gone.
  }
}

/**
 * Runs a problem's tests in a fresh Python process and always comes back with a result the user can act on:
 * never a hung or crashed extension. The process gets its own process group, which is killed as a whole on
 * timeout, on output overflow, and after every run, so nothing the solution started is left behind.
 */
export class PythonRunner {
  private resolved: string | undefined;

  constructor(private readonly options: PythonRunnerOptions) {}

  get harnessPath(): string {
    return join(this.options.harnessDir, 'mlreps_harness.py');
  }

  /** Forgets the interpreter found earlier (after the user changes settings). */
  resetInterpreter(): void {
    this.resolved = undefined;
  }

  async run(request: RunRequest): Promise<RunResult> {
    const started = performance.now();
    const limitS = request.timeLimitSeconds ?? request.problem.timeLimitSeconds;
    const base = { problemId: request.problem.id, suite: request.suite };
    const finish = (partial: Partial<RunResult> & Pick<RunResult, 'status'>): RunResult => {
      const tests = partial.tests ?? [];
      return {
        ...base,
        error: null,
        stdout: '',
        stderr: '',
        ...partial,
        tests,
        counts: countTests(tests),
        durationMs: performance.now() - started,
      };
    };
    if (!existsSync(request.solutionFile)) {
      return finish({ status: 'error', error: { kind: 'harness', message: `The solution file ${request.solutionFile} does not exist.` } });
    }

    const candidates = this.resolved ? [this.resolved] : await this.options.candidates();
    let outcome: SpawnOutcome | undefined;
    let python: string | undefined;
    for (const candidate of candidates) {
      outcome = await this.spawnHarness(candidate, request, limitS);
      if (outcome.spawnError?.code === 'ENOENT' || outcome.spawnError?.code === 'EACCES') continue;
      python = candidate;
      break;
    }
    if (!python || !outcome) {
      this.resolved = undefined;
      return finish({
        status: 'error',
        error: { kind: 'no-python', message: `No Python interpreter found (tried ${candidates.join(', ')}).` },
        hint: pythonSetupHint(),
      });
    }
    this.resolved = python;

    if (outcome.timedOut) {
      return finish({
        status: 'error',
        error: { kind: 'timeout', message: `Timed out after ${limitS} s. Look for a loop that never ends, or work that grows too fast.` },
        stderr: outcome.stderr,
      });
    }
    if (outcome.overflow) {
      return finish({
        status: 'error',
        error: { kind: 'output-limit', message: `Stopped: the run printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MB.` },
      });
    }
    if (outcome.spawnError) {
      return finish({ status: 'error', error: { kind: 'harness', message: `Could not start ${python}: ${outcome.spawnError.message}` } });
    }

    let json: unknown;
    try {
      json = JSON.parse(outcome.stdout);
    } catch {
      return finish({ status: 'error', error: crashError(outcome), stderr: outcome.stderr.slice(-CAPTURE_BYTES_PER_STREAM) });
    }
    const parsed = harnessOutputSchema.safeParse(json);
    if (!parsed.success) {
      return finish({ status: 'error', error: { kind: 'harness', message: `The test harness returned an unexpected result (${parsed.error.issues[0]?.message}).` } });
    }
    const h = parsed.data;
    const error: RunError | null = h.error;
    let hint: string | undefined;
    if (error?.kind === 'missing-module' && error.module) hint = installModuleHint(python, error.module);
    if (error?.kind === 'python-too-old') hint = pythonSetupHint();
    return finish({
      status: h.status,
      error,
      tests: h.tests,
      stdout: h.stdout + (h.stdoutTruncated ? '\n… (output truncated)' : ''),
      stderr: h.stderr + (h.stderrTruncated ? '\n… (output truncated)' : ''),
      python: h.python,
      hint,
    });
  }

  private spawnHarness(python: string, request: RunRequest, limitS: number): Promise<SpawnOutcome> {
    return new Promise((resolve) => {
      const args = [
        '-X', 'utf8',
        this.harnessPath,
        '--problem-dir', request.problem.dir,
        '--solution', request.solutionFile,
        '--suite', request.suite,
        '--capture-bytes', String(CAPTURE_BYTES_PER_STREAM),
      ];
      if (request.problem.requires.length) args.push('--requires', request.problem.requires.join(','));
      const child = spawn(python, args, {
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8', PYTHONUNBUFFERED: '1' },
        windowsHide: true,
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let bytes = 0;
      let overflow = false;
      let timedOut = false;
      let settled = false;
      const onData = (sink: Buffer[]) => (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > MAX_OUTPUT_BYTES) {
          if (!overflow) {
            overflow = true;
            killGroup(child.pid);
          }
          return;
        }
        sink.push(chunk);
      };
      child.stdout.on('data', onData(out));
      child.stderr.on('data', onData(err));
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup(child.pid);
      }, limitS * 1000);
      const done = (code: number | null, signal: NodeJS.Signals | null, spawnError?: NodeJS.ErrnoException) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), code, signal, timedOut, overflow, spawnError });
      };
      child.once('error', (e: NodeJS.ErrnoException) => done(null, null, e));
      // On exit, kill the rest of the group at once: a grandchild holding the pipes open must not delay the result.
      child.once('exit', () => killGroup(child.pid));
      child.once('close', (code, signal) => done(code, signal));
    });
  }
}

function crashError(outcome: SpawnOutcome): RunError {
  if (outcome.signal) {
    return { kind: 'crash', message: `Python was killed by ${outcome.signal} before reporting results (a crash in native code, or memory exhausted).` };
  }
  if (outcome.code !== null && outcome.code !== 0) {
    return {
      kind: 'exit',
      message: `Python exited with code ${outcome.code} before reporting results (did the solution call os._exit()?).`,
    };
  }
  return { kind: 'crash', message: 'Python ended without reporting results.' };
}
