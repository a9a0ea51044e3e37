import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { toRunRecord, type RunHistory } from '../../core/practice/runHistory';
import { PROBLEM_FILES, type Problem } from '../../core/problems/problemBank';
import { listTests } from '../../core/problems/testListing';
import type { PythonRunner } from '../../core/runner/pythonRunner';
import { summarize, type RunResult, type Suite, type TestResult } from '../../core/runner/runResult';
import { WORKSPACE_FILES } from '../../core/practice/problemWorkspace';
import type { PracticeWorkspace, ProblemCopy } from './practiceWorkspace';
import { needsPythonSetup, showPythonSetupHelp } from './pythonSetupHelp';
import { debugRefusal, REFUSALS, visibleTestsToDebug, type DebugFacts } from '../../core/practice/debugTests';
import type { TestDebugger } from './debugTests';

const HIDDEN_GROUP = 'hidden';
/** Practice problems and their visible tests carry this tag: the Debug profile offers only them (never hidden tests). */
const DEBUGGABLE = new vscode.TestTag('mlReps.debuggable');
export type ItemState = 'passed' | 'failed' | 'errored' | 'skipped';

/**
 * The one run path for problem tests. The Test Explorer, the CodeLens and the commands all call `run`,
 * which checks trust, saves, runs the harness, reports to the Testing API and records the run.
 */
export class ProblemTestController {
  private readonly controller: vscode.TestController;
  private readonly lastResults = new Map<string, RunResult>();
  private runCount = 0;
  private readonly states = new Map<string, ItemState>();
  private readonly ran = new vscode.EventEmitter<CopyRun>();
  /** Fires after every completed run, from any entry point, with the copy that ran. */
  readonly onDidRun = this.ran.event;
  /** Per test item: the copy it belongs to and what running it means (no parsing of id strings). */
  private readonly itemData = new WeakMap<vscode.TestItem, ItemData>();
  /** Maps a check folder to the id of its check, so check runs are recorded against it. */
  checkIdForFolder: (folder: string) => string | undefined = () => undefined;

  constructor(
    private readonly workspace: PracticeWorkspace,
    private readonly runner: PythonRunner,
    private readonly history: RunHistory,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.controller = vscode.tests.createTestController('mlReps', 'ML Reps');
    this.controller.resolveHandler = async () => this.refreshItems();
    this.controller.refreshHandler = async () => this.refreshItems();
    // Continuous runs re-run the included tests each time their solution.py is saved.
    this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, (request, token) => this.runFromExplorer(request, token), true, undefined, true);
    // Debug: visible tests only, in practice only; a debug run is shown here but never recorded.
    this.controller.createRunProfile('Debug', vscode.TestRunProfileKind.Debug, (request, token) => this.debugFromExplorer(request, token), true, DEBUGGABLE);
    this.diagnostics = vscode.languages.createDiagnosticCollection('mlReps.constraints');
  }

  /** One item per opened problem, with its visible tests and a group for the hidden ones. */
  refreshItems(): void {
    const items: vscode.TestItem[] = [];
    for (const problem of this.workspace.openedProblems()) items.push(this.problemItem(this.workspace.practiceCopy(problem)));
    for (const copy of this.extraCopies()) items.push(this.problemItem(copy));
    this.controller.items.replace(items);
  }

  /** Starts debug sessions (set at registration; without it the Debug profile says debugging is unavailable). */
  testDebugger: TestDebugger | undefined;

  /** Copies beyond practice that the Test Explorer lists: the open coding check's. */
  extraCopies: () => ProblemCopy[] = () => [];

  /** The last result of a copy (a problem id means its practice copy). */
  lastResult(target: string | ProblemCopy): RunResult | undefined {
    return this.lastResults.get(typeof target === 'string' ? target : copyKey(target));
  }

  /** Last reported state of each test item, by item id (for the integration tests and the API). */
  itemStates(problemId: string): Record<string, ItemState> {
    const out: Record<string, ItemState> = {};
    for (const [id, state] of this.states) if (id.startsWith(`${problemId}/`)) out[id.slice(problemId.length + 1)] = state;
    return out;
  }

  private readonly diagnostics: vscode.DiagnosticCollection;

  /**
   * Runs the tests of a problem's practice copy, or of the copy given (a coding check's). `testIds` narrows the run to
   * single tests; cancelling `token` kills the Python process.
   */
  async run(
    target: Problem | ProblemCopy,
    suite: Suite,
    options: { testRun?: vscode.TestRun; token?: vscode.CancellationToken; testIds?: readonly string[] } = {},
  ): Promise<RunResult | undefined> {
    if (!vscode.workspace.isTrusted) {
      void this.explainUntrusted();
      return undefined;
    }
    const copy = 'kind' in target ? target : this.workspace.practiceCopy(target);
    const problem = copy.problem;
    const solution = vscode.Uri.file(join(copy.dir, WORKSPACE_FILES.solution));
    await this.saveBeforeTest(solution);
    const abort = new AbortController();
    const cancel = options.token?.onCancellationRequested(() => abort.abort());
    const config = vscode.workspace.getConfiguration('mlReps');
    const pending = this.runner.run({
      problem,
      solutionFile: solution.fsPath,
      suite,
      testIds: options.testIds,
      signal: abort.signal,
      // During a check, a failed hidden test shows only its description; in practice the setting decides.
      hiddenFailureDetails: copy.kind === 'practice' && config.get<boolean>('showHiddenFailureDetails', true),
    });
    const key = copyKey(copy);
    let item = this.controller.items.get(key);
    if (!item) {
      item = this.problemItem(copy);
      this.controller.items.add(item);
    }
    // A run handed in by the Test Explorer shows progress while Python works, and is ended by its owner.
    // Runs from the CodeLens or a command report only once the result is in: on two cores, any UI work during
    // the run slows Python's start-up, which is most of what the user waits for.
    if (options.testRun) for (const i of this.itemsFor(item, suite)) options.testRun.started(i);
    const result = await pending.finally(() => cancel?.dispose());
    this.showConstraintDiagnostic(solution, copy, result);
    // The status bar is the first place the result shows. Yield once so that message goes out to the window before
    // the Test Explorer report and the views' refresh, which run synchronously and would hold it back.
    // The run number tells the user a run happened even when its outcome is the same as the last one.
    this.runCount++;
    const where = copy.kind === 'check' ? ' (check copy)' : '';
    vscode.window.setStatusBarMessage(`ML Reps · ${problem.title}${where}: ${summarize(result)} · run ${this.runCount} · ${Math.round(result.durationMs)} ms`, 8000);
    await new Promise((resolve) => setImmediate(resolve));
    const testRun = options.testRun ?? this.controller.createTestRun(new vscode.TestRunRequest([item]), `ML Reps: ${problem.title}`, false);
    this.report(testRun, item, copy, result);
    if (!options.testRun) testRun.end();

    this.lastResults.set(key, result);
    // The history takes the run in memory at once; only its persistence is awaited, after the user sees the result.
    // A check copy's runs are recorded against the check, so they never count as practice.
    const checkId = copy.kind === 'check' ? (this.checkIdForFolder(copy.checkFolder ?? '') ?? `folder:${copy.checkFolder}`) : null;
    const recorded = this.history.record(toRunRecord(result, Date.now()), checkId);
    this.ran.fire({ result, copy });
    this.log.info(`Ran ${suite} tests of ${problem.id}: ${summarize(result)} in ${Math.round(result.durationMs)} ms`);
    if (needsPythonSetup(result)) void showPythonSetupHelp(result);
    try {
      await recorded;
    } catch (err) {
      this.log.error(`Could not record the run of ${problem.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return result;
  }

  private async runFromExplorer(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const plan = this.planRun(request);
    if (request.continuous) return this.runContinuously(request, plan, token);
    const testRun = this.controller.createTestRun(request);
    try {
      await this.runPlan(plan, testRun, token);
    } finally {
      testRun.end();
    }
  }

  /** What a request asks for, per copy: whole suites, or single visible tests; excluded items are left out. */
  private planRun(request: vscode.TestRunRequest): Map<string, { copy: ProblemCopy; suites: Set<Suite>; testIds: Set<string> }> {
    const excluded = new Set(request.exclude ?? []);
    const plan = new Map<string, { copy: ProblemCopy; suites: Set<Suite>; testIds: Set<string> }>();
    const add = (item: vscode.TestItem) => {
      const data = this.itemData.get(item);
      if (!data || excluded.has(item)) return;
      const key = copyKey(data.copy);
      const entry = plan.get(key) ?? { copy: data.copy, suites: new Set<Suite>(), testIds: new Set<string>() };
      plan.set(key, entry);
      // An excluded child turns a whole-problem request into the children that are left.
      const children: vscode.TestItem[] = [];
      item.children.forEach((c) => children.push(c));
      if (children.some((c) => excluded.has(c) || hasExcludedDescendant(c, excluded))) {
        for (const c of children) add(c);
        return;
      }
      // Test ids read from the shipped files carry their suite: `visible:Class.test_x`.
      if (data.testId) entry.testIds.add(data.testId);
      else entry.suites.add(data.suite);
    };
    for (const item of request.include ?? [...iterate(this.controller.items)]) add(item);
    return plan;
  }

  private async runPlan(plan: ReturnType<ProblemTestController['planRun']>, testRun: vscode.TestRun, token: vscode.CancellationToken): Promise<void> {
    for (const { copy, suites, testIds } of plan.values()) {
      if (token.isCancellationRequested) break;
      let suite: Suite = suites.size === 1 ? [...suites][0] : 'all';
      let ids: string[] | undefined;
      if (!suites.size && testIds.size) {
        // Only single tests were asked for: run just those.
        ids = [...testIds];
        const kinds = new Set([...testIds].map((t) => t.slice(0, t.indexOf(':'))));
        suite = kinds.size === 1 ? ([...kinds][0] as Suite) : 'all';
      }
      const result = await this.run(copy, suite, { testRun, token, testIds: ids });
      if (!result) break;
    }
  }

  /**
   * A continuous run: each save of an included copy's solution.py re-runs that copy's requested tests, until the run
   * is cancelled. Runs are queued, never overlapping.
   */
  private async runContinuously(request: vscode.TestRunRequest, plan: ReturnType<ProblemTestController['planRun']>, token: vscode.CancellationToken): Promise<void> {
    let queue = Promise.resolve();
    const watcher = vscode.workspace.onDidSaveTextDocument((doc) => {
      if (doc.uri.scheme !== 'file') return;
      for (const [key, entry] of plan) {
        if (doc.uri.fsPath !== join(entry.copy.dir, WORKSPACE_FILES.solution)) continue;
        queue = queue.then(async () => {
          if (token.isCancellationRequested) return;
          const testRun = this.controller.createTestRun(request, `ML Reps (continuous): ${entry.copy.problem.title}`, true);
          try {
            await this.runPlan(new Map([[key, entry]]), testRun, token);
          } finally {
            testRun.end();
          }
        });
      }
    });
    await new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()));
    watcher.dispose();
    await queue;
  }

  private async debugFromExplorer(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const excluded = new Set(request.exclude ?? []);
    const perCopy = new Map<string, { copy: ProblemCopy; requested: DebugFacts['requested'][number][] }>();
    for (const item of request.include ?? [...iterate(this.controller.items)]) {
      const data = this.itemData.get(item);
      if (!data || excluded.has(item)) continue;
      const key = copyKey(data.copy);
      const entry = perCopy.get(key) ?? { copy: data.copy, requested: [] };
      perCopy.set(key, entry);
      // A whole problem with some visible tests excluded debugs the ones left.
      const children: vscode.TestItem[] = [];
      item.children.forEach((c) => children.push(c));
      if (!data.testId && children.some((c) => excluded.has(c))) {
        for (const c of children) {
          const d = this.itemData.get(c);
          if (d && !excluded.has(c) && d.suite === 'visible') entry.requested.push({ suite: d.suite, testId: d.testId });
        }
      } else entry.requested.push({ suite: data.suite, testId: data.testId });
    }
    const testRun = this.controller.createTestRun(request, 'ML Reps (debug)', false);
    try {
      for (const { copy, requested } of perCopy.values()) {
        if (token.isCancellationRequested) break;
        if (!(await this.debug(copy, requested, { testRun, token }))) break;
      }
    } finally {
      testRun.end();
    }
  }

  /**
   * Debugs visible tests of a copy: a whole problem (`{ suite: 'all' }`) or single tests. Refuses, with the reason, in an
   * untrusted workspace, during a coding check and for hidden tests. The outcome shows in the Testing view and is never
   * recorded: no history, no last result, no solve. Resolves false when refused or when the debugger could not start.
   */
  async debug(copy: ProblemCopy, requested: DebugFacts['requested'], options: { testRun?: vscode.TestRun; token?: vscode.CancellationToken } = {}): Promise<boolean> {
    const key = copyKey(copy);
    let item = this.controller.items.get(key);
    if (!item) {
      item = this.problemItem(copy);
      this.controller.items.add(item);
    }
    const visibleIds = safeList(join(copy.problem.dir, PROBLEM_FILES.visibleTests), 'visible').map((t) => t.id);
    const refusal =
      debugRefusal({ trusted: vscode.workspace.isTrusted, inCheck: copy.kind === 'check' || !!this.workspace.checkCopyFor(copy.problem.id), requested }) ??
      (!this.testDebugger ? 'Debugging is unavailable: ML Reps could not register its debugger.' : undefined);
    const ids = refusal ? [] : visibleTestsToDebug(requested, visibleIds);
    const problem = copy.problem;
    const testRun = options.testRun ?? this.controller.createTestRun(new vscode.TestRunRequest([item]), `ML Reps (debug): ${problem.title}`, false);
    try {
      const reason = refusal ?? (ids.length ? undefined : REFUSALS.noTests);
      if (reason || !this.testDebugger) {
        testRun.appendOutput(`${reason}\r\n`);
        this.log.info(`Debug of ${problem.id} refused: ${reason}`);
        if (reason === REFUSALS.untrusted) void this.explainUntrusted(reason);
        else void vscode.window.showWarningMessage(reason ?? '');
        return false;
      }
      await this.saveBeforeTest(vscode.Uri.file(join(copy.dir, WORKSPACE_FILES.solution)));
      const items = ids.map((id) => item.children.get(`${key}/${id}`)).filter((i): i is vscode.TestItem => !!i);
      for (const i of items) testRun.started(i);
      const outcome = await this.testDebugger.debug(copy, ids, options.token);
      if ('error' in outcome) {
        for (const i of items) testRun.skipped(i);
        testRun.appendOutput(`${outcome.error}\r\n`);
        this.log.warn(`Debug of ${problem.id}: ${outcome.error}`);
        void (outcome.command
          ? vscode.window.showErrorMessage(outcome.error, 'Copy Command').then((c) => (c ? vscode.env.clipboard.writeText(outcome.command ?? '') : undefined))
          : vscode.window.showErrorMessage(outcome.error));
        return false;
      }
      const { tests, error } = outcome.report;
      if (error) {
        // A constraint refusal: no test ran; it shows at its line, as in a real run.
        const message = new vscode.TestMessage(error.message);
        if (error.line) message.location = new vscode.Location(vscode.Uri.file(error.file ?? join(copy.dir, WORKSPACE_FILES.solution)), new vscode.Position(error.line - 1, 0));
        testRun.errored(item, message);
      }
      const byId = new Map(tests.map((o) => [o.id, o]));
      for (const id of ids) {
        const i = item.children.get(`${key}/${id}`);
        if (!i) continue;
        const o = byId.get(id);
        if (!o || o.status === 'skip') testRun.skipped(i);
        else if (o.status === 'pass') testRun.passed(i);
        else if (o.status === 'fail') testRun.failed(i, new vscode.TestMessage(o.message ?? 'failed'));
        else testRun.errored(i, new vscode.TestMessage(o.message ?? 'error'));
      }
      testRun.appendOutput('Debug run: shown here only, never recorded as a run or a solve.\r\n');
      return true;
    } finally {
      if (!options.testRun) testRun.end();
    }
  }

  /** A constraint violation shows as a diagnostic on its line of solution.py until the next run. */
  private showConstraintDiagnostic(solution: vscode.Uri, copy: ProblemCopy, result: RunResult): void {
    this.diagnostics.delete(solution);
    if (result.error?.kind !== 'constraint') return;
    const file = result.error.file ? vscode.Uri.file(join(copy.dir, result.error.file)) : solution;
    const line = Math.max(0, (result.error.line ?? 1) - 1);
    const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, 200), result.error.message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'ML Reps';
    this.diagnostics.set(file, [diagnostic]);
  }

  private problemItem(copy: ProblemCopy): vscode.TestItem {
    const problem = copy.problem;
    const key = copyKey(copy);
    const solution = vscode.Uri.file(join(copy.dir, WORKSPACE_FILES.solution));
    const item = this.controller.createTestItem(key, copy.kind === 'check' ? `Check · ${problem.title}` : problem.title, solution);
    if (copy.kind === 'practice') item.tags = [DEBUGGABLE];
    item.description = copy.kind === 'check' ? `coding check ${copy.checkFolder}` : `${problem.difficulty} · ${problem.topic}`;
    this.itemData.set(item, { copy, suite: 'all' });
    const visibleUri = vscode.Uri.file(join(copy.dir, WORKSPACE_FILES.visibleTests));
    for (const t of safeList(join(problem.dir, PROBLEM_FILES.visibleTests), 'visible')) {
      const child = this.controller.createTestItem(`${key}/${t.id}`, t.name, visibleUri);
      child.range = new vscode.Range(t.line - 1, 0, t.line - 1, 0);
      if (copy.kind === 'practice') child.tags = [DEBUGGABLE];
      this.itemData.set(child, { copy, suite: 'visible', testId: t.id });
      item.children.add(child);
    }
    const hidden = this.controller.createTestItem(`${key}/${HIDDEN_GROUP}`, 'hidden tests');
    hidden.description = 'run with "Run all"; their code stays hidden';
    this.itemData.set(hidden, { copy, suite: 'hidden' });
    for (const t of safeList(join(problem.dir, PROBLEM_FILES.hiddenTests), 'hidden')) {
      const child = this.controller.createTestItem(`${key}/${HIDDEN_GROUP}/${t.id}`, t.name);
      this.itemData.set(child, { copy, suite: 'hidden', testId: t.id });
      hidden.children.add(child);
    }
    item.children.add(hidden);
    return item;
  }

  private itemsFor(problemItem: vscode.TestItem, suite: Suite): vscode.TestItem[] {
    const out: vscode.TestItem[] = [];
    problemItem.children.forEach((child) => {
      const isHidden = child.id.endsWith(`/${HIDDEN_GROUP}`);
      if (isHidden && suite !== 'visible') child.children.forEach((c) => out.push(c));
      if (!isHidden && suite !== 'hidden') out.push(child);
    });
    return out;
  }

  private itemForTest(problemItem: vscode.TestItem, copy: ProblemCopy, test: TestResult): vscode.TestItem {
    const key = copyKey(copy);
    const id = test.suite === 'hidden' ? `${key}/${HIDDEN_GROUP}/${test.id}` : `${key}/${test.id}`;
    const parent = test.suite === 'hidden' ? problemItem.children.get(`${key}/${HIDDEN_GROUP}`) ?? problemItem : problemItem;
    let item = parent.children.get(id);
    if (!item) {
      item = this.controller.createTestItem(id, test.name);
      this.itemData.set(item, { copy, suite: test.suite, testId: test.id });
      parent.children.add(item);
    }
    return item;
  }

  private report(run: vscode.TestRun, problemItem: vscode.TestItem, copy: ProblemCopy, result: RunResult): void {
    const problem = { id: copyKey(copy) };
    const solution = vscode.Uri.file(join(copy.dir, WORKSPACE_FILES.solution));
    const output = [result.stdout, result.stderr].filter((s) => s.trim()).join('\n');
    if (output) run.appendOutput(output.replace(/\r?\n/g, '\r\n') + '\r\n');
    if (result.error && result.tests.length === 0) {
      const message = new vscode.TestMessage(`${result.error.message}${result.hint ? `\n${result.hint}` : ''}`);
      if (result.error.line) message.location = new vscode.Location(solution, new vscode.Position(result.error.line - 1, 0));
      run.errored(problemItem, message, result.durationMs);
      this.states.set(problem.id, 'errored');
      for (const i of this.itemsFor(problemItem, result.suite)) {
        run.skipped(i);
        this.states.set(i.id, 'skipped');
      }
      return;
    }
    for (const test of result.tests) {
      const item = this.itemForTest(problemItem, copy, test);
      if (test.status === 'pass') {
        run.passed(item, test.durationMs);
        this.states.set(item.id, 'passed');
      } else if (test.status === 'skip') {
        run.skipped(item);
        this.states.set(item.id, 'skipped');
      } else {
        const text = test.status === 'error' && test.trace ? `${test.message}\n\n${test.trace}` : test.message;
        const message =
          test.expected !== undefined && test.actual !== undefined ? vscode.TestMessage.diff(text, test.expected, test.actual) : new vscode.TestMessage(text);
        if (test.solutionLine) message.location = new vscode.Location(solution, new vscode.Position(test.solutionLine - 1, 0));
        else if (item.uri && item.range) message.location = new vscode.Location(item.uri, item.range);
        if (test.status === 'fail') {
          run.failed(item, message, test.durationMs);
          this.states.set(item.id, 'failed');
        } else {
          run.errored(item, message, test.durationMs);
          this.states.set(item.id, 'errored');
        }
      }
    }
    this.states.set(problem.id, result.status === 'pass' ? 'passed' : 'failed');
  }

  private async saveBeforeTest(solution: vscode.Uri): Promise<void> {
    if (!vscode.workspace.getConfiguration('testing').get<boolean>('saveBeforeTest', true)) return;
    const dir = vscode.Uri.joinPath(solution, '..').fsPath;
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.isDirty && doc.uri.scheme === 'file' && doc.uri.fsPath.startsWith(dir)) await doc.save();
    }
  }

  private async explainUntrusted(message = 'ML Reps does not run code in an untrusted workspace. Trust this workspace to run problem tests.'): Promise<void> {
    const choice = await vscode.window.showWarningMessage(message, 'Manage Workspace Trust');
    if (choice === 'Manage Workspace Trust') await vscode.commands.executeCommand('workbench.trust.manage');
  }

  dispose(): void {
    this.ran.dispose();
    this.diagnostics.dispose();
    this.controller.dispose();
  }
}

/** What running a test item means. */
interface ItemData {
  copy: ProblemCopy;
  suite: Suite;
  testId?: string;
}

/** A completed run and the copy it ran. */
export interface CopyRun {
  result: RunResult;
  copy: ProblemCopy;
}

/** The Test Explorer id of a copy's item: the problem id for practice (stable across versions), else check-scoped. */
export function copyKey(copy: ProblemCopy): string {
  return copy.kind === 'practice' ? copy.problem.id : `check-${copy.checkFolder}-${copy.problem.id}`;
}

function hasExcludedDescendant(item: vscode.TestItem, excluded: ReadonlySet<vscode.TestItem>): boolean {
  let found = false;
  item.children.forEach((c) => {
    if (excluded.has(c) || hasExcludedDescendant(c, excluded)) found = true;
  });
  return found;
}

function safeList(file: string, suite: 'visible' | 'hidden') {
  try {
    return listTests(readFileSync(file, 'utf8'), suite);
  } catch {
    return [];
  }
}

function* iterate(collection: vscode.TestItemCollection): Generator<vscode.TestItem> {
  const items: vscode.TestItem[] = [];
  collection.forEach((i) => items.push(i));
  yield* items;
}
