import * as vscode from 'vscode';
import { problemsForTrack, type Problem, type ProblemBank } from '../../core/problems/problemBank';
import { PROBLEM_TOPICS } from '../../core/problems/schema';
import { isSolved, type RunResult } from '../../core/runner/runResult';
import { newId, type GroupSessionRecord } from '../../core/store/records';
import type { PracticeWorkspace } from '../practice/practiceWorkspace';
import type { StoreService } from '../../services/storeService';
import type { TimerService } from '../studyTime/timerService';
import type { TrackPreference } from '../readiness/trackPreference';

interface ActiveGroup {
  timerId: string;
  problemId: string;
  participants: string;
  solved: boolean;
}

const PREF = 'group.active';

/**
 * Group problem sets: a problem opened as usual, timed as GSS · group problem set. While it runs, editing the problem
 * counts as group time and not also as ISS problem-set time (the timer wins), and test runs are still recorded.
 */
export class GroupProblemSet {
  constructor(
    private readonly storeService: StoreService,
    private readonly track: TrackPreference,
    private readonly problems: () => ProblemBank,
    private readonly workspace: PracticeWorkspace,
    private readonly timers: TimerService,
  ) {}

  active(): ActiveGroup | undefined {
    const g = this.storeService.peek()?.preference<ActiveGroup | null>(PREF) ?? undefined;
    // A group session lives only as long as its timer.
    return g && this.timers.active()?.id === g.timerId ? g : undefined;
  }

  async start(args?: { problemId?: string; random?: boolean; participants?: string }): Promise<string | undefined> {
    const store = await this.storeService.get();
    if (!store) return undefined;
    const t = this.track.get();
    const pool = t ? problemsForTrack(this.problems().problems, t) : this.problems().problems;
    let problem: Problem | undefined;
    if (args?.problemId) problem = pool.find((p) => p.id === args.problemId) ?? this.problems().problems.find((p) => p.id === args.problemId);
    else if (args?.random) problem = pool[Math.floor(Math.random() * pool.length)];
    else {
      type Item = vscode.QuickPickItem & { problem?: Problem };
      const pick = await vscode.window.showQuickPick<Item>(
        [{ label: '$(question) A random problem for the track' }, ...pool.map((p) => ({ label: p.title, description: `${PROBLEM_TOPICS[p.topic]} · ${p.difficulty}`, problem: p }))],
        { title: 'Group problem set: which problem?', matchOnDescription: true },
      );
      if (!pick) return undefined;
      problem = pick.problem ?? pool[Math.floor(Math.random() * pool.length)];
    }
    if (!problem) {
      void vscode.window.showErrorMessage(`No problem "${args?.problemId}".`);
      return undefined;
    }
    const participants =
      args?.participants ??
      (await vscode.window.showInputBox({ title: 'Group problem set: who is taking part?', prompt: 'Names separated by commas, or just how many of you there are', value: '2' }));
    if (participants === undefined) return undefined;
    // The timer starts before the problem opens, so the whole session, opening included, is group time.
    const timer = await this.timers.start('gss.groupProblemSet', `Group problem set: ${problem.title} · with ${participants.trim() || '?'}`);
    if (!timer) return undefined;
    try {
      await this.workspace.open(problem);
    } catch (err) {
      await this.timers.stop();
      void vscode.window.showErrorMessage(`Could not open "${problem.title}": ${err instanceof Error ? err.message : String(err)}. The group session was not started.`);
      return undefined;
    }
    store.apply({ kind: 'preference', record: { key: PREF, value: { timerId: timer.id, problemId: problem.id, participants: participants.trim(), solved: false } satisfies ActiveGroup, updatedAt: Date.now() } });
    void vscode.window.showInformationMessage(`Group problem set started: ${problem.title}. End it with "ML Reps: End Group Problem Set" (or the status bar) to save notes and the outcome.`);
    return timer.id;
  }

  /** A run that solves the group's problem marks the session as solved. */
  onTestRun(result: RunResult): void {
    const g = this.active();
    const store = this.storeService.peek();
    if (!g || !store || g.solved || result.problemId !== g.problemId || !isSolved(result)) return;
    store.apply({ kind: 'preference', record: { key: PREF, value: { ...g, solved: true }, updatedAt: Date.now() } });
  }

  async end(args?: { notes?: string; solved?: boolean }): Promise<GroupSessionRecord | undefined> {
    const g = this.active();
    const store = await this.storeService.get();
    if (!g || !store) {
      void vscode.window.showInformationMessage('No group problem set is running.');
      return undefined;
    }
    const solved =
      args?.solved ??
      (
        await vscode.window.showQuickPick(
          [
            { label: g.solved ? '$(pass-filled) Solved (all tests passed)' : '$(pass) Solved', value: true },
            { label: '$(circle-slash) Not solved', value: false },
          ],
          { title: 'How did the group problem set end?' },
        )
      )?.value;
    if (solved === undefined) return undefined;
    const notes = args?.notes ?? (await vscode.window.showInputBox({ title: 'Notes on the session (optional)', placeHolder: 'what the group learned, what to revisit' })) ?? '';
    const session = await this.timers.stop();
    const record: GroupSessionRecord = { id: newId(), sessionId: session?.id ?? null, problemId: g.problemId, at: Date.now(), participants: g.participants, notes: notes.trim() || null, solved };
    store.apply({ kind: 'groupSession', record }, { kind: 'preference', record: { key: PREF, value: null, updatedAt: Date.now() } });
    if (session) void vscode.window.showInformationMessage(`Group problem set saved: ${Math.max(1, Math.round((session.end - session.start) / 60_000))} min of GSS · group problem set, ${solved ? 'solved' : 'not solved'}.`);
    return record;
  }
}
