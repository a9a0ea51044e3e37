import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../src/api';
import { WALKTHROUGH_STEP_KEYS } from '../../../src/features/readiness/walkthroughSteps';

export const EXTENSION_ID = 'ml-reps.ml-reps';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  await ext.activate();
  return ext;
}

describe('activation', () => {
  it('is not activated by startup alone (no "*" activation)', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const events: string[] = ext.packageJSON.activationEvents ?? [];
    assert.ok(!events.includes('*'), 'activationEvents must not contain "*"');
    assert.ok(events.some((e) => e.startsWith('workspaceContains:')));
  });

  it('activates and registers every contributed command', async () => {
    const ext = await activateExtension();
    assert.equal(ext.isActive, true);
    const contributed: string[] = ext.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('puts every command under the "ML Reps" category', async () => {
    const ext = await activateExtension();
    for (const c of ext.packageJSON.contributes.commands as { command: string; category: string }[]) {
      assert.equal(c.category, 'ML Reps', c.command);
    }
  });

  it('"Refresh Problems" reads the problem bank again', async () => {
    const api = (await activateExtension()).exports as { problemBank(): { problems: unknown[] } };
    const before = api.problemBank();
    assert.equal(api.problemBank(), before, 'the bank is read once and kept');
    await vscode.commands.executeCommand('mlReps.refreshProblems');
    const after = api.problemBank();
    assert.notEqual(after, before, 'the command dropped the cached bank');
    assert.equal(after.problems.length, before.problems.length);
  });

  it('contributes the walkthrough with four steps', async () => {
    const ext = await activateExtension();
    const [walkthrough] = ext.packageJSON.contributes.walkthroughs;
    assert.equal(walkthrough.title, 'Get started with ML Reps');
    assert.deepEqual(
      walkthrough.steps.map((s: { id: string }) => s.id),
      ['chooseTrack', 'openProblem', 'runTests', 'seeProgress'],
    );
  });

  it("completes each walkthrough step on what really happened, never on a command that was only started", async function () {
    this.timeout(60_000);
    const ext = await activateExtension();
    const api = ext.exports as MlRepsApi;
    const [walkthrough] = ext.packageJSON.contributes.walkthroughs;
    const events = (id: string) => walkthrough.steps.find((s: { id: string }) => s.id === id).completionEvents as string[];
    for (const [step, key] of Object.entries(WALKTHROUGH_STEP_KEYS)) assert.deepEqual(events(step), [`onContext:${key}`], step);

    api.resetWalkthroughSteps();
    // The problem picker opened and cancelled (as a newcomer who presses Escape): the step stays open. The picker is
    // closed until the command has returned, however long it took to show.
    let settled = false;
    const picking = Promise.resolve(vscode.commands.executeCommand('mlReps.openProblem')).finally(() => (settled = true));
    while (!settled) {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(await picking, undefined, 'the cancelled picker opened nothing');
    assert.deepEqual(api.walkthroughStepsDone(), [], 'a cancelled picker completed a step');

    await vscode.commands.executeCommand('mlReps.chooseTrack', 'ds');
    await vscode.commands.executeCommand('mlReps.openProblem', 'kmeans');
    assert.deepEqual(api.walkthroughStepsDone(), ['chooseTrack', 'openProblem']);
    assert.ok(await api.runTests('kmeans', 'visible'), 'the tests ran');
    assert.deepEqual(api.walkthroughStepsDone(), ['chooseTrack', 'openProblem', 'runTests']);
  });
});
