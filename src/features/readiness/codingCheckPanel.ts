import * as vscode from 'vscode';
import { READINESS } from '../../core/method/targets';
import { problemsForTrack, type Problem, type ProblemBank } from '../../core/problems/problemBank';
import { PROBLEM_TOPICS } from '../../core/problems/schema';
import { drawCoding, scoreCoding, seenLine, type CodingState } from '../../core/readiness/checks';
import { checkFolder, checkFolderName } from '../../core/practice/checkFolder';
import { problemSeenHistory } from '../../core/readiness/seenHistory';
import { statSync } from 'node:fs';
import type { PracticeWorkspace, ProblemCopy } from '../practice/practiceWorkspace';
import type { CopyRun } from '../practice/problemTestController';
import { newSeed } from '../../core/readiness/sampling';
import { codingCheckElapsed } from '../../core/readiness/checkElapsed';
import { isSolved } from '../../core/runner/runResult';
import { newId, type CheckRecord } from '../../core/store/records';
import type { StudyStore } from '../../core/store/studyStore';
import { codingCheckReplies, codingCheckToHostSchema, type CodingCheckToHost, type CodingCheckView, type HostToCodingCheck } from '../../webview/readiness/codingCheck/protocol';
import type { Services } from '../../services/services';
import { WebviewPanelHost, type PageRequest } from '../webviewPanelHost';
import { ensureTrack, saveCheck } from './quizCommands';

export const METHOD_RULE =
  'Confirm each problem you solved with no outside help beyond looking up syntax in the package documentation. Problems not confirmed do not count.';

/** What counts, in one paragraph: the check panel and the README say the same. */
export const CODING_CHECK_RULES =
  'This check has its own copy of each problem, laid out from the starter: your practice code is not used, and runs of the practice copy do not count. ' +
  'A problem counts when its check copy passes the visible and hidden tests while the check is open. ' +
  'Problems are drawn from those you have not opened or run yet, then from those you met longest ago. ' +
  'Hidden test details, hints and debugging stay off until the check ends.';

/**
 * The coding readiness check: 20 problems drawn for the track, solved through the usual loop (a problem counts when
 * all its tests pass while the check is open), then confirmed one by one under the method's rule. It can stay open
 * for days; the time spent on its problems is the check's, not study time.
 */
export class CodingCheckPanel extends WebviewPanelHost<CodingCheckToHost, HostToCodingCheck> {
  private confirming = false;
  private lastShown: CheckRecord | undefined;
  private readonly storeService: Services['storeService'];
  private readonly track: Services['track'];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    s: Pick<Services, 'extensionUri' | 'log' | 'storeService' | 'track'>,
    private readonly problems: () => ProblemBank,
    private readonly workspace: PracticeWorkspace,
  ) {
    super(s, { viewType: 'mlReps.codingCheck', title: 'Coding readiness check', script: 'codingCheck', schema: codingCheckToHostSchema, replies: codingCheckReplies });
    this.storeService = s.storeService;
    this.track = s.track;
  }

  /** The check copy of a problem drawn in the open check, or undefined when no open check drew it. */
  copyFor(problemId: string): ProblemCopy | undefined {
    const check = this.openCheck();
    const problem = check?.draw.includes(problemId) ? this.problems().problems.find((p) => p.id === problemId) : undefined;
    return check && problem ? this.workspace.checkCopy(problem, check) : undefined;
  }

  /** The copies of the open check, for the Test Explorer. */
  openCopies(): ProblemCopy[] {
    const check = this.openCheck();
    if (!check) return [];
    const bank = new Map(this.problems().problems.map((p) => [p.id, p]));
    return check.draw.flatMap((id) => (bank.has(id) ? [this.workspace.checkCopy(bank.get(id)!, check)] : []));
  }

  /** The id of the check whose folder this is (any status), so check runs are recorded against it. */
  checkIdForFolder(folder: string): string | undefined {
    return this.storeService.peek()?.checks().find((c) => c.kind === 'coding' && checkFolderName(c) === folder)?.id;
  }

  /** When the user last met each problem: runs, earlier checks, and practice folders (solution.py's mtime). */
  private seenHistory(store: StudyStore) {
    const opened = new Map<string, number>();
    for (const p of this.workspace.openedProblems()) {
      try {
        opened.set(p.id, statSync(this.workspace.solutionUri(p).fsPath).mtimeMs);
      } catch {
        // Removed while we looked: not opened after all.
      }
    }
    return problemSeenHistory({ runs: store.testRuns(), checks: store.checks(), opened });
  }

  openCheck(store: StudyStore | undefined = this.storeService.peek()): CheckRecord | undefined {
    const track = this.track.get();
    return store?.checks().find((c) => c.kind === 'coding' && c.status === 'open' && c.track === track);
  }

  /** Problem ids of the open check (their time is kept out of the study split). */
  drawnProblems(): string[] {
    return this.openCheck()?.draw ?? [];
  }

  /** `acceptSeen` skips the question asked when too few unseen problems are left (for tests and scripted use). */
  async start(args?: { seed?: number; acceptSeen?: boolean }): Promise<string | undefined> {
    const track = await ensureTrack({ track: this.track });
    const store = track && (await this.storeService.get());
    if (!track || !store) return undefined;
    if (store.mode !== 'read-write') {
      void vscode.window.showErrorMessage('The ML Reps database is read-only, so a check cannot be recorded.');
      return undefined;
    }
    let check = this.openCheck(store);
    if (!check) {
      const seed = args?.seed ?? newSeed();
      const pool = problemsForTrack(this.problems().problems, track);
      let drawn: ReturnType<typeof drawCoding>;
      try {
        drawn = drawCoding(pool, seed, this.seenHistory(store));
      } catch (err) {
        void vscode.window.showErrorMessage(`Cannot draw a coding check: ${(err as Error).message}.`);
        return undefined;
      }
      if (drawn.seen > 0 && !args?.acceptSeen) {
        const go = await vscode.window.showWarningMessage(
          `Only ${drawn.unseenAvailable} of the ${pool.length} problems of your track are new to you, so ${drawn.seen} of the ${READINESS.coding.sample} drawn will be ones you have practised (those you met longest ago). Start the check anyway?`,
          { modal: true },
          'Start Check',
        );
        if (go !== 'Start Check') return undefined;
      }
      const state: CodingState = { solvedAt: {}, confirmed: [], seenBefore: drawn.seen };
      const draw = drawn.draw;
      check = { id: newId(), kind: 'coding', track, seed, draw, startedAt: Date.now(), finishedAt: null, status: 'open', score: null, total: draw.length, elapsedMs: 0, state, updatedAt: Date.now() };
      try {
        const bank = new Map(pool.map((p) => [p.id, p]));
        this.workspace.layOutCheck(draw.map((id) => bank.get(id)!), check);
      } catch (err) {
        void vscode.window.showErrorMessage(`Could not lay out the check's problems in ${checkFolder(this.workspace.folder().path, check)}: ${(err as Error).message}. The check was not started.`);
        return undefined;
      }
      saveCheck(store, check);
      this.changed.fire();
    }
    this.confirming = false;
    this.show(check);
    return check.id;
  }

  /**
   * Called after every test run. A drawn problem counts only when its check copy, in this check's folder, passes the
   * visible and hidden tests: runs of the practice copy never count.
   */
  onTestRun({ result, copy }: CopyRun): void {
    const store = this.storeService.peek();
    const check = this.openCheck(store);
    if (!store || !check || copy.kind !== 'check' || copy.checkFolder !== checkFolderName(check)) return;
    if (!check.draw.includes(result.problemId) || !isSolved(result)) return;
    const state = check.state as CodingState;
    if (state.solvedAt[result.problemId] !== undefined) return;
    const next = { ...check, state: { ...state, solvedAt: { ...state.solvedAt, [result.problemId]: Date.now() } } };
    saveCheck(store, next);
    this.changed.fire();
    this.lastShown = next;
    this.post();
  }

  protected handle(message: PageRequest<CodingCheckToHost>): boolean {
    const store = this.storeService.peek();
    const check = this.openCheck(store) ?? this.lastShown;
    if (!store || !check) return this.refuse('no check');
    if (check.status !== 'open') return this.refuse();
    const state = check.state as CodingState;
    switch (message.type) {
      case 'open':
        if (!check.draw.includes(message.problemId)) return this.refuse();
        {
          const copy = this.copyFor(message.problemId);
          if (copy) void this.workspace.openCopy(copy).catch((err: Error) => void vscode.window.showErrorMessage(`Could not open the check copy: ${err.message}`));
        }
        return true;
      case 'finish':
        this.confirming = true;
        break;
      case 'cancelFinish':
        this.confirming = false;
        break;
      case 'confirm': {
        if (!this.confirming) return this.refuse();
        const confirmed = message.problemIds.filter((id) => check.draw.includes(id) && state.solvedAt[id] !== undefined);
        const finalState: CodingState = { ...state, confirmed };
        const score = scoreCoding(check.draw, finalState).score;
        const finishedAt = Date.now();
        const done: CheckRecord = { ...check, state: finalState, status: 'completed', score, finishedAt, elapsedMs: codingCheckElapsed(check.startedAt, finishedAt) };
        saveCheck(store, done);
        void store.save();
        this.confirming = false;
        this.lastShown = done;
        this.changed.fire();
        return true;
      }
      case 'abandon':
        this.lastShown = { ...check, status: 'abandoned', finishedAt: Date.now() };
        saveCheck(store, this.lastShown);
        this.changed.fire();
        return true;
    }
    this.lastShown = check;
    return true;
  }

  private show(check: CheckRecord): void {
    this.lastShown = check;
    this.showPanel();
  }

  /** The view of the check last shown. */
  protected pageMessage(): HostToCodingCheck | undefined {
    const check = this.lastShown;
    if (!check) return undefined;
    const bank = new Map(this.problems().problems.map((p) => [p.id, p]));
    const state = check.state as CodingState;
    const items = check.draw.map((id) => {
      const p: Problem | undefined = bank.get(id);
      return {
        id,
        title: p?.title ?? id,
        topic: p ? PROBLEM_TOPICS[p.topic] : '',
        difficulty: p?.difficulty ?? '',
        solved: state.solvedAt[id] !== undefined,
        confirmed: state.confirmed.includes(id),
      };
    });
    const view: CodingCheckView = {
      status: check.status,
      startedAt: check.startedAt,
      finishedAt: check.finishedAt,
      items,
      solved: items.filter((i) => i.solved).length,
      total: check.total,
      passMark: READINESS.coding.pass,
      score: check.score,
      confirming: this.confirming,
      rule: METHOD_RULE,
      rules: CODING_CHECK_RULES,
      folder: checkFolder(this.workspace.folder().path, check),
      seen: seenLine(state.seenBefore ?? 0, check.total, 'practised'),
    };
    return { type: 'view', view };
  }

  override dispose(): void {
    super.dispose();
    this.changed.dispose();
  }
}
