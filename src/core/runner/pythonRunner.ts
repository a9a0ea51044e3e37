import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../problems/problemBank';
import { listTests } from '../problems/testListing';
import { HarnessProcess, type HarnessReply, type ReadyInfo } from './harnessProcess';
import { installModuleHint, pythonSetupHint } from './interpreter';
import { countTests, harnessOutputSchema, type RunError, type RunResult, type Suite, type TestResult } from './runResult';

export const MAX_OUTPUT_BYTES = 1024 * 1024;
const CAPTURE_BYTES_PER_STREAM = 64 * 1024;
export const DEFAULT_MEMORY_LIMIT_MB = 4096;
/** How long past its own time limit the harness may take to answer before it is killed from here. */
const BACKSTOP_GRACE_MS = 2500;
/** The name of the test-file hash manifest that `npm run build` writes into dist/. */
export const TEST_MANIFEST_FILE = 'test-hashes.json';
export const HIDDEN_FILE_LABEL = '<hidden tests>';

export interface RunRequest {
  problem: Pick<Problem, 'id' | 'dir' | 'requires' | 'timeLimitSeconds'> & Partial<Pick<Problem, 'title' | 'allowedImports' | 'forbiddenCalls'>>;
  solutionFile: string;
  suite: Suite;
  /** Overrides the problem's own time limit (seconds). */
  timeLimitSeconds?: number;
  /** Runs only these tests (ids as the harness names them, `visible:Class.test_x`); they must belong to `suite`. */
  testIds?: readonly string[];
  /** Aborting kills the run; the result is a `cancelled` error that keeps the tests finished so far. */
  signal?: AbortSignal;
  /**
   * Whether a failed hidden test may show its message, expected and actual values (practice), or only its one-line
   * description (a readiness check). Default true. Hidden file names and source lines are never shown.
   */
  hiddenFailureDetails?: boolean;
  /** Overrides the runner's memory limit for this run (MB of address space; 0: none). */
  memoryLimitMB?: number;
  /** Stop at the first failing test (validation of starters and mutants). Such a run never solves the problem. */
  failFast?: boolean;
}

export interface PythonRunnerOptions {
  /** Folder holding mlreps_harness.py and mlreps_check.py. */
  harnessDir: string;
  /** Interpreters to try, in order (see interpreterCandidates). */
  candidates: () => string[] | Promise<string[]>;
  /**
   * Keep warm workers (one long-lived Python per interpreter that forks a fresh child per run). Default: true,
   * except on Windows, which has no fork. False: a fresh Python per run (the cold path).
   */
  warm?: boolean;
  /** How many runs may go at once (each has its own worker). Default 1. */
  concurrency?: number;
  /** Address-space limit per run, in MB (`mlReps.memoryLimitMB`). Default 4096; 0 disables it. */
  memoryLimitMB?: number | (() => number);
  /**
   * The test-file hash manifest ({problemId: {visible, hidden}}, sha256 hex). Default: dist/test-hashes.json beside
   * the harness folder, when it exists. null: no check.
   */
  testManifest?: string | null;
}

/** What is wrong with the reported test ids against the problem's, or undefined when they are exactly the same set. */
export function compareTestIds(expected: readonly string[], reported: readonly string[], allowMissing = false): string | undefined {
  const want = new Set(expected);
  const seen = new Set<string>();
  for (const id of reported) {
    if (seen.has(id)) return `a test was reported twice (${id})`;
    seen.add(id);
    if (!want.has(id)) return `an unknown test was reported (${id})`;
  }
  const missing = expected.filter((id) => !seen.has(id));
  if (missing.length && !allowMissing) return `${missing.length} of the problem's tests did not report (${missing[0]})`;
  return undefined;
}

/** Replaces every mention of the hidden test file (name or path) in every string of a value. */
export function scrubHidden<T>(value: T, hiddenPath?: string): T {
  const scrub = (s: string) => {
    let out = hiddenPath ? s.split(hiddenPath).join(HIDDEN_FILE_LABEL) : s;
    if (out.includes('test_hidden')) out = out.replace(/test_hidden\.py/g, HIDDEN_FILE_LABEL).replace(/test_hidden\b/g, 'hidden_tests');
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

function testFileSignature(path: string): string {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return 'missing';
  }
}

/**
 * Runs a problem's tests and always comes back with a result the user can act on: never a hung or crashed
 * extension. By default a warm worker per interpreter (numpy already imported) forks a contained child per run;
 * where that is impossible, a fresh Python runs each time. See python/mlreps_harness.py for the containment.
 */
export class PythonRunner {
  private resolved: string | undefined;
  private readonly workers: HarnessProcess[] = [];
  private readonly queue: (() => void)[] = [];
  private coldOnly = false;
  private manifest: Record<string, { visible?: string; hidden?: string }> | null | undefined;
  private readonly listings = new Map<string, { sig: string; ids: string[] }>();

  constructor(private readonly options: PythonRunnerOptions) {
    if (options.warm === false || process.platform === 'win32') this.coldOnly = true;
  }

  get harnessPath(): string {
    return join(this.options.harnessDir, 'mlreps_harness.py');
  }

  /** Which processes run tests now: 'warm' (forking workers) or 'cold' (a fresh Python per run). */
  get mode(): 'warm' | 'cold' {
    return this.coldOnly ? 'cold' : 'warm';
  }

  /** Forgets the interpreter found earlier and stops the workers (after the user changes settings). */
  resetInterpreter(): void {
    this.resolved = undefined;
    this.stopWorkers();
  }

  /** The process ids of the live workers (for diagnostics and tests). */
  workerPids(): number[] {
    return this.workers.filter((w) => w.alive && w.pid !== undefined).map((w) => w.pid as number);
  }

  /** Stops every worker. The runner stays usable: the next run starts a new one. */
  dispose(): void {
    this.stopWorkers();
  }

  /** Starts a warm worker now (when a problem file is opened), so the first run does not wait for Python and numpy. */
  warmUp(): void {
    if (this.coldOnly || this.workers.length) return;
    void (async () => {
      const candidates = this.resolved ? [this.resolved] : await this.options.candidates();
      if (!candidates.length || this.workers.length) return;
      const w = this.spawnWorker(candidates[0]);
      const ready = await w.ready;
      if ('ready' in ready) this.resolved = candidates[0];
      else this.drop(w);
    })().catch(() => undefined);
  }

  private stopWorkers(): void {
    for (const w of this.workers.splice(0)) {
      w.close();
      if (w.busy) w.kill();
      else setTimeout(() => w.kill(), 2000).unref();
    }
  }

  private harnessSignature(): string {
    return ['mlreps_harness.py', 'mlreps_constraints.py', 'mlreps_check.py'].map((f) => testFileSignature(join(this.options.harnessDir, f))).join('|');
  }

  private spawnWorker(python: string): HarnessProcess {
    const w = new HarnessProcess(python, this.harnessPath, ['numpy'], this.harnessSignature());
    w.unref();
    this.workers.push(w);
    return w;
  }

  private drop(w: HarnessProcess): void {
    const i = this.workers.indexOf(w);
    if (i >= 0) this.workers.splice(i, 1);
    w.kill();
  }

  private get concurrency(): number {
    return Math.max(1, this.options.concurrency ?? 1);
  }

  /** A warm worker for `python`: an idle one, a new one, or the next one to be released. */
  private async acquire(python: string): Promise<HarnessProcess> {
    const sig = this.harnessSignature();
    for (;;) {
      for (const w of [...this.workers]) {
        if (!w.alive || w.python !== python || w.signature !== sig) {
          if (!w.busy) this.drop(w);
          continue;
        }
        if (!w.busy) {
          w.busy = true;
          w.ref();
          return w;
        }
      }
      if (this.workers.filter((w) => w.busy).length < this.concurrency) {
        const w = this.spawnWorker(python);
        w.busy = true;
        w.ref();
        return w;
      }
      await new Promise<void>((r) => this.queue.push(r));
    }
  }

  private release(w: HarnessProcess): void {
    w.busy = false;
    w.unref();
    if (!w.alive || w.signature !== this.harnessSignature() || !this.workers.includes(w)) this.drop(w);
    this.queue.shift()?.();
  }

  private testManifest(): Record<string, { visible?: string; hidden?: string }> | null {
    if (this.manifest !== undefined) return this.manifest;
    const file = this.options.testManifest === undefined ? join(this.options.harnessDir, '..', 'dist', TEST_MANIFEST_FILE) : this.options.testManifest;
    this.manifest = null;
    if (file && existsSync(file)) {
      try {
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as { root?: string; problems?: Record<string, { visible?: string; hidden?: string }> };
        this.manifestRoot = resolve(dirname(file), parsed.root ?? '../problems');
        this.manifest = parsed.problems ?? null;
      } catch {
        this.manifest = null;
      }
    }
    return this.manifest;
  }

  private manifestRoot = '';

  /** The hashes the problem's test files must have, when the manifest covers this problem folder. */
  private hashesFor(problem: RunRequest['problem']): { visible?: string; hidden?: string } | undefined {
    const m = this.testManifest();
    if (!m) return undefined;
    if (resolve(problem.dir) !== join(this.manifestRoot, problem.id)) return undefined;
    return m[problem.id] ?? { visible: 'not-in-manifest', hidden: 'not-in-manifest' };
  }

  /** The ids of the tests a run of `suite` must report, read from the problem's test files. */
  expectedTestIds(problem: Pick<Problem, 'dir'>, suite: Suite, testIds?: readonly string[]): string[] {
    const suites: ('visible' | 'hidden')[] = suite === 'all' ? ['visible', 'hidden'] : [suite];
    const ids: string[] = [];
    for (const s of suites) {
      const file = join(problem.dir, s === 'visible' ? 'test_visible.py' : 'test_hidden.py');
      const sig = testFileSignature(file);
      let cached = this.listings.get(file);
      if (!cached || cached.sig !== sig) {
        let text = '';
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          // A missing file lists no tests; the harness reports it.
        }
        cached = { sig, ids: listTests(text, s).map((t) => t.id) };
        this.listings.set(file, cached);
      }
      ids.push(...cached.ids);
    }
    return testIds ? ids.filter((id) => testIds.includes(id)) : ids;
  }

  async run(request: RunRequest): Promise<RunResult> {
    const started = performance.now();
    const limitS = request.timeLimitSeconds ?? request.problem.timeLimitSeconds;
    const base = { problemId: request.problem.id, suite: request.suite, ...(request.testIds || request.failFast ? { subset: true } : {}) };
    const hiddenPath = join(request.problem.dir, 'test_hidden.py');
    const finish = (partial: Partial<RunResult> & Pick<RunResult, 'status'>): RunResult => {
      const tests = partial.tests ?? [];
      return scrubHidden(
        {
          ...base,
          error: null,
          stdout: '',
          stderr: '',
          ...partial,
          tests,
          counts: countTests(tests),
          durationMs: performance.now() - started,
        },
        hiddenPath,
      );
    };
    if (!existsSync(request.solutionFile)) {
      return finish({ status: 'error', error: { kind: 'harness', message: `The solution file ${request.solutionFile} does not exist.` } });
    }
    // The ids the run must report, read before the solution runs (it could rewrite the files).
    const expectedIds = this.expectedTestIds(request.problem, request.suite, request.testIds);
    if (request.testIds) {
      const known = this.expectedTestIds(request.problem, request.suite);
      const unknown = request.testIds.filter((id) => !known.includes(id));
      if (unknown.length) return finish({ status: 'error', error: { kind: 'harness', message: `No such test in this problem: ${unknown.join(', ')}` } });
    }
    if (request.signal?.aborted) return finish({ status: 'error', error: { kind: 'cancelled', message: 'The run was cancelled.' } });

    const token = randomBytes(16).toString('hex');
    const memory = request.memoryLimitMB ?? (typeof this.options.memoryLimitMB === 'function' ? this.options.memoryLimitMB() : this.options.memoryLimitMB) ?? DEFAULT_MEMORY_LIMIT_MB;
    const title = request.problem.title;
    const body = {
      id: token.slice(0, 8),
      token,
      problemDir: request.problem.dir,
      solution: request.solutionFile,
      suite: request.suite,
      requires: request.problem.requires,
      captureBytes: CAPTURE_BYTES_PER_STREAM,
      timeLimitSeconds: limitS,
      memoryLimitMB: memory,
      testIds: request.testIds ? [...request.testIds] : undefined,
      hiddenDetails: request.hiddenFailureDetails ?? true,
      failFast: request.failFast ?? false,
      allowedImports: request.problem.allowedImports,
      forbiddenCalls: request.problem.forbiddenCalls,
      what: title ? constraintSubject(title) : undefined,
      hashes: this.hashesFor(request.problem),
    };

    const candidates = this.resolved ? [this.resolved] : await this.options.candidates();
    let reply: HarnessReply | undefined;
    let python: string | undefined;
    for (const candidate of candidates) {
      reply = await this.runOn(candidate, body, limitS, request.signal);
      if (reply.spawnError?.code === 'ENOENT' || reply.spawnError?.code === 'EACCES') continue;
      python = candidate;
      break;
    }
    if (!python || !reply) {
      this.resolved = undefined;
      return finish({
        status: 'error',
        error: { kind: 'no-python', message: `No Python interpreter found (tried ${candidates.join(', ')}).` },
        hint: pythonSetupHint(),
      });
    }
    this.resolved = python;

    if (reply.backstop) {
      return finish({
        status: 'error',
        error: { kind: 'timeout', message: `Timed out after ${limitS} s. Look for a loop that never ends, or work that grows too fast.` },
      });
    }
    if (reply.spawnError) {
      return finish({ status: 'error', error: { kind: 'harness', message: `Could not start ${python}: ${reply.spawnError.message}` } });
    }
    if (reply.json === undefined) {
      if (request.signal?.aborted) return finish({ status: 'error', error: { kind: 'cancelled', message: 'The run was cancelled.' } });
      return finish({ status: 'error', error: crashError(reply), stderr: reply.stderr.slice(-CAPTURE_BYTES_PER_STREAM) });
    }
    const parsed = harnessOutputSchema.safeParse(reply.json);
    if (!parsed.success) {
      return finish({ status: 'error', error: { kind: 'harness', message: `The test harness returned an unexpected result (${parsed.error.issues[0]?.message}).` } });
    }
    const h = parsed.data;
    let error: RunError | null = h.error;
    let status = h.status;
    if (!error && h.token !== token) {
      error = { kind: 'tampered', message: 'The result did not come from the test harness; the run is not trusted.' };
    }
    if (!error) {
      // A fail-fast run that failed stops early: its ids need only be the problem's, each once.
      const stoppedEarly = request.failFast && h.status === 'fail';
      const mismatch = compareTestIds(expectedIds, h.tests.map((t) => t.id), stoppedEarly);
      if (mismatch) error = { kind: 'mismatch', message: `The results did not match the problem's tests: ${mismatch}.` };
    }
    if (error) status = 'error';
    let hint: string | undefined;
    if (error?.kind === 'missing-module' && error.module) hint = installModuleHint(python, error.module);
    if (error?.kind === 'python-too-old') hint = pythonSetupHint();
    if (error?.kind === 'memory') hint = 'Raise mlReps.memoryLimitMB if the problem really needs more memory.';
    return finish({
      status,
      error,
      // The per-test results of a run that changed the framework or the result channel mean nothing.
      tests: error?.kind === 'tampered' ? [] : (h.tests as TestResult[]),
      stdout: h.stdout + (h.stdoutTruncated ? '\n… (output truncated)' : ''),
      stderr: h.stderr + (h.stderrTruncated ? '\n… (output truncated)' : ''),
      python: h.python,
      hint,
      peakRssKB: h.peakRssKB,
      harnessMs: h.durationMs,
    });
  }

  /** One request on a warm worker for `python`, or on a fresh process when workers are off or cannot start. */
  private async runOn(python: string, body: object, limitS: number, signal?: AbortSignal): Promise<HarnessReply> {
    const backstop = limitS * 1000 + BACKSTOP_GRACE_MS;
    if (!this.coldOnly) {
      const w = await this.acquire(python);
      try {
        const ready = await w.ready;
        if ('ready' in ready) {
          if (!(ready as ReadyInfo).fork) this.coldOnly = true;
          else return await w.request(body, backstop, signal);
        } else if (ready.spawnError || ready.json !== undefined) {
          // Could not start, or answered at once (a Python too old to serve): the cold path says the same.
          return ready.json !== undefined ? ready : { ...ready };
        }
        // The worker died before it was ready: fall back to a fresh process for this run.
      } finally {
        this.release(w);
      }
    }
    return this.runCold(python, body, backstop, signal);
  }

  private async runCold(python: string, body: object, backstopMs: number, signal?: AbortSignal): Promise<HarnessReply> {
    const p = new HarnessProcess(python, this.harnessPath, [], '');
    try {
      const ready = await p.ready;
      if (!('ready' in ready)) return ready;
      const reply = await p.request(body, backstopMs, signal);
      return reply;
    } finally {
      p.close();
      // The judge has already killed everything the run started; this only ends the judge if it lingers.
      setTimeout(() => p.kill(), 1000).unref();
    }
  }
}

/** "Sample covariance matrix" -> "sample covariance matrix"; "ROC-AUC with ties" stays as it is. */
export function constraintSubject(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

/** Every core, for validation and benches. */
export function defaultConcurrency(): number {
  return Math.max(1, cpus().length);
}

function crashError(reply: HarnessReply): RunError {
  const signal = reply.exit?.signal;
  if (signal) {
    return { kind: 'crash', message: `Python was killed by ${signal} before reporting results (a crash in native code, or memory exhausted).` };
  }
  const code = reply.exit?.code;
  if (code !== null && code !== undefined && code !== 0) {
    return { kind: 'exit', message: `Python exited with code ${code} before reporting results (did the solution end the test process?).` };
  }
  return { kind: 'crash', message: 'Python ended without reporting results (did the solution end the test process?).' };
}
