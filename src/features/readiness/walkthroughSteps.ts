import * as vscode from 'vscode';

/**
 * The context keys the walkthrough's steps complete on (package.json `completionEvents: ["onContext:…"]`). Each is set
 * once its action has really happened: a track is chosen, a problem's files are open, a test run has finished.
 *
 * Completing on `onCommand:` instead marked a step done as soon as its command started: a cancelled picker counted as
 * "opened your first problem", and the walkthrough re-rendered its completed step while the picker was still open,
 * taking the keyboard focus from it (Enter in the picker did nothing).
 */
export const WALKTHROUGH_STEP_KEYS = {
  chooseTrack: 'mlReps.walkthrough.trackChosen',
  openProblem: 'mlReps.walkthrough.problemOpened',
  runTests: 'mlReps.walkthrough.testsRun',
} as const;

export type WalkthroughStep = keyof typeof WALKTHROUGH_STEP_KEYS;

/** Sets the steps' context keys; remembers which were set in this window (the test API reads it). */
export class WalkthroughSteps {
  private readonly done = new Set<WalkthroughStep>();

  complete(step: WalkthroughStep): void {
    if (this.done.has(step)) return;
    this.done.add(step);
    void vscode.commands.executeCommand('setContext', WALKTHROUGH_STEP_KEYS[step], true);
  }

  completed(): WalkthroughStep[] {
    return [...this.done];
  }

  /** Forgets what this window set (the integration tests start each check from nothing); the keys go back to false. */
  reset(): void {
    for (const step of this.done) void vscode.commands.executeCommand('setContext', WALKTHROUGH_STEP_KEYS[step], false);
    this.done.clear();
  }
}
