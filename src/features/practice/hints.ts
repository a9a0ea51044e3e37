import * as vscode from 'vscode';
import { HINTS_PREFERENCE, hintsShownFor, nextHintIndex, recordHint, type HintsShown } from '../../core/practice/hints';
import type { Problem } from '../../core/problems/problemBank';
import type { StoreService } from '../../services/storeService';
import type { PracticeWorkspace } from './practiceWorkspace';

/**
 * "ML Reps: Show Next Hint": the next of the problem's hints, on request only, recorded with the time it was shown.
 * Never during a coding check: neither for a check copy nor for a problem the open check drew.
 */
export class HintService {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly storeService: StoreService,
    private readonly workspace: PracticeWorkspace,
  ) {}

  /** Per problem, how many hints were shown and when. */
  shown(problemId: string): number[] {
    return hintsShownFor(this.storeService.peek()?.preference<HintsShown>(HINTS_PREFERENCE), problemId);
  }

  all(): HintsShown {
    return this.storeService.peek()?.preference<HintsShown>(HINTS_PREFERENCE) ?? {};
  }

  /** Shows the next hint; resolves with its text once shown (not when dismissed), or undefined when none can be shown. */
  async showNext(problem: Problem | undefined, options: { inCheckCopy?: boolean } = {}): Promise<string | undefined> {
    if (!problem) {
      void vscode.window.showInformationMessage('Open a problem\'s solution.py to get a hint for it.');
      return undefined;
    }
    if (options.inCheckCopy || this.workspace.checkCopyFor(problem.id)) {
      void vscode.window.showInformationMessage('Hints are off during a coding readiness check: the check measures what you can do without them.');
      return undefined;
    }
    const hints = problem.hints ?? [];
    if (!hints.length) {
      void vscode.window.showInformationMessage(`"${problem.title}" has no hints.`);
      return undefined;
    }
    const store = await this.storeService.get();
    const before = hintsShownFor(store?.preference<HintsShown>(HINTS_PREFERENCE), problem.id);
    const index = nextHintIndex(hints.length, before.length);
    if (store && store.mode === 'read-write') {
      const next = recordHint(store.preference<HintsShown>(HINTS_PREFERENCE), problem.id, index, Date.now());
      store.apply({ kind: 'preference', record: { key: HINTS_PREFERENCE, value: next, updatedAt: Date.now() } });
    }
    this.changed.fire();
    const more = index + 1 < hints.length;
    void vscode.window
      .showInformationMessage(`Hint ${index + 1} of ${hints.length} · ${problem.title}: ${hints[index]}`, ...(more ? ['Next Hint'] : []))
      .then((choice) => (choice === 'Next Hint' ? this.showNext(problem) : undefined));
    return hints[index];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
