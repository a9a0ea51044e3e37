import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { MlRepsApi } from '../../../src/api';
import type { Problem } from '../../../src/core/problems/problemBank';
import { activateExtension } from './activation.test';

/** Each test sets up the history it needs; none relies on another's order. */
describe('honest readiness checks', function () {
  this.timeout(300_000);
  let api: MlRepsApi;
  let ext: vscode.Extension<unknown>;

  before(async () => {
    ext = await activateExtension();
    api = ext.exports as MlRepsApi;
  });

  async function useTrack(track: 'ds' | 'mle') {
    await vscode.commands.executeCommand('mlReps.chooseTrack', track);
    // No check of an earlier test may be open: abandon it (recorded as abandoned, never scored).
    const store = (await api.store())!;
    for (const c of store.checks().filter((c) => c.status === 'open')) await vscode.commands.executeCommand('mlReps.abandonCheck', { kind: c.kind });
  }

  const pool = (track: 'ds' | 'mle') => api.problemBank().problems.filter((p) => p.track === track || p.track === 'both');

  /** Marks problems as met just now, the way a practice run does. */
  async function markSeen(problems: readonly Problem[], at = Date.now()) {
    await api.seed(
      problems.map((p, i) => ({
        kind: 'testRun' as const,
        record: { id: `seen-${p.id}-${at}-${i}`, problemId: p.id, at: at + i, suite: 'visible', passed: 0, total: 3, durationMs: 5, solved: false, error: null, checkId: null },
      })),
    );
  }

  /** Problems the user has never met: no run, never drawn in a coding check, no practice folder. Computed from the raw records. */
  async function unseen(problems: readonly Problem[]): Promise<Problem[]> {
    const store = (await api.store())!;
    const ran = new Set(store.query('SELECT DISTINCT problem_id FROM test_runs').map((r) => r[0] as string));
    const drawn = new Set(store.checks().filter((c) => c.kind === 'coding').flatMap((c) => c.draw));
    return problems.filter((p) => !ran.has(p.id) && !drawn.has(p.id) && !existsSync(join(api.practiceFolder(), p.id, 'solution.py')));
  }

  it("a solved practice problem drawn in a coding check opens from its starter, and the practice copy's runs do not count", async () => {
    await useTrack('ds');
    const problems = pool('ds');
    // The target comes from the largest topic, so its topic's share of the 20 is at least one problem.
    const byTopic = new Map<string, Problem[]>();
    for (const p of problems) byTopic.set(p.topic, [...(byTopic.get(p.topic) ?? []), p]);
    const target = [...byTopic.values()].sort((a, b) => b.length - a.length)[0][0];
    const problemsDir = join(ext.extensionUri.fsPath, 'problems');
    const reference = readFileSync(join(problemsDir, target.id, 'reference.py'), 'utf8');
    const starter = readFileSync(join(problemsDir, target.id, 'starter.py'), 'utf8');

    // Solve it in practice.
    await vscode.commands.executeCommand('mlReps.openProblem', target.id);
    const practiceFile = join(api.practiceFolder(), target.id, 'solution.py');
    writeFileSync(practiceFile, reference);
    assert.equal((await api.runTests(target.id, 'all'))?.status, 'pass');
    // Every other problem of the track is met after it, so the target is the one met longest ago in its topic and
    // any seed draws it (unseen problems would come first, and there are none left).
    await new Promise((r) => setTimeout(r, 5));
    await markSeen(problems.filter((p) => p.id !== target.id));
    assert.equal((await unseen(problems)).length, 0);

    const checkId = await vscode.commands.executeCommand<string>('mlReps.startCodingCheck', { seed: 2026, acceptSeen: true });
    const check = api.codingCheck.open()!;
    assert.equal(check.id, checkId);
    assert.ok(check.draw.includes(target.id), `the check drew ${target.id}: ${check.draw.join(', ')}`);

    // Opened from the check panel: the editor shows the starter, in the check's own folder.
    assert.ok(await api.codingCheck.receive({ type: 'open', problemId: target.id }));
    const checkFile = join(api.codingCheck.copyDir(target.id)!, 'solution.py');
    // The statement's preview opens beside it and may take focus: look among the visible editors.
    const shown = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === checkFile);
    for (let i = 0; i < 600 && !shown(); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(shown(), `the check copy is shown: ${vscode.window.visibleTextEditors.map((e) => e.document.uri.fsPath).join(', ')}`);
    assert.equal(shown()!.document.getText(), starter);
    assert.notEqual(checkFile, practiceFile);

    // Running the (solved) practice copy does not count for the check.
    assert.equal((await api.runTests(target.id, 'all'))?.status, 'pass');
    const afterPractice = api.codingCheck.open()!.state as { solvedAt: Record<string, number> };
    assert.equal(Object.keys(afterPractice.solvedAt).length, 0, 'the check still counts 0');
    assert.equal(readFileSync(practiceFile, 'utf8'), reference, 'the practice copy is untouched');

    // The check copy, solved, counts; and its run does not touch practice progress.
    const before = (await api.runs()).length;
    writeFileSync(checkFile, reference);
    assert.equal((await api.runTests(target.id, 'all', { copy: 'check' }))?.status, 'pass');
    const afterCheck = api.codingCheck.open()!.state as { solvedAt: Record<string, number> };
    assert.deepEqual(Object.keys(afterCheck.solvedAt), [target.id]);
    const store = (await api.store())!;
    const checkRuns = store.testRuns().filter((r) => r.checkId === check.id);
    assert.equal(checkRuns.length, 1, 'the check copy run is recorded against the check');
    assert.equal((await api.runs()).length, before + 1);
    // No debugging during the check, of the check copy or of the practice copy of a drawn problem. An interpreter with
    // debugpy is set, so only the refusal can keep a session from starting; one that starts anyway is stopped.
    const config = vscode.workspace.getConfiguration('mlReps');
    const previousPython = config.inspect<string>('pythonPath')?.globalValue;
    await config.update('pythonPath', '/usr/bin/python3', vscode.ConfigurationTarget.Global);
    const sessions: string[] = [];
    const watch = vscode.debug.onDidStartDebugSession((s) => {
      sessions.push(s.type);
      void vscode.debug.stopDebugging(s);
    });
    try {
      assert.equal(await vscode.commands.executeCommand('mlReps.debugTests', vscode.Uri.file(checkFile)), false, 'the check copy is not debugged');
      assert.equal(await vscode.commands.executeCommand('mlReps.debugTests', vscode.Uri.file(practiceFile)), false, 'nor the practice copy of a drawn problem');
    } finally {
      watch.dispose();
      await config.update('pythonPath', previousPython, vscode.ConfigurationTarget.Global);
    }
    assert.deepEqual(sessions, [], 'no debug session started during the check');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.ok(await api.codingCheck.receive({ type: 'abandon' }));
  });

  it('a check draws unseen items first', async () => {
    await useTrack('mle');
    const problems = pool('mle');
    // Most items seen: everything but (at most) seven problems nobody has met yet.
    const fresh = (await unseen(problems)).slice(0, 7);
    await markSeen(problems.filter((p) => !fresh.some((f) => f.id === p.id)));
    const left = await unseen(problems);
    assert.deepEqual(left.map((p) => p.id).sort(), fresh.map((p) => p.id).sort());

    await vscode.commands.executeCommand('mlReps.startCodingCheck', { seed: 77, acceptSeen: true });
    const check = api.codingCheck.open()!;
    const state = check.state as { seenBefore: number };
    assert.equal(state.seenBefore, Math.max(0, 20 - left.length));
    for (const p of left) assert.ok(check.draw.includes(p.id), `unseen ${p.id} is drawn`);
    assert.ok(await api.codingCheck.receive({ type: 'abandon' }));
    await useTrack('ds');
  });

  it('a resumed non-coding check shows the same shuffled options', async () => {
    await useTrack('ds');
    const id = await vscode.commands.executeCommand<string>('mlReps.startNonCodingCheck', { seed: 31337, ifOpen: 'restart', acceptSeen: true });
    const store = (await api.store())!;
    const record = store.checks().find((c) => c.id === id)!;
    const bank = new Map(api.questionBank().questions.map((q) => [q.id, q]));
    const orders = (record.state as { optionOrder: number[][] }).optionOrder;
    assert.equal(orders.length, 50, 'the shown order of every question is recorded');
    assert.ok(orders.filter((o) => o.some((v, i) => v !== i)).length >= 25, 'most questions are shown in another order than stored');
    const first = api.quiz.view();
    assert.equal(first?.type, 'question');
    if (first?.type !== 'question') return;
    assert.deepEqual(first.options, orders[0].map((i) => bank.get(record.draw[0])!.options[i]));
    assert.ok(await api.quiz.receive({ type: 'answer', index: 0, choice: 0 }));
    const second = api.quiz.view();
    // Close midway, then resume: question 2 shows the same options in the same order.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await vscode.commands.executeCommand<string>('mlReps.startNonCodingCheck', { ifOpen: 'resume' }), id);
    const resumed = api.quiz.view();
    assert.equal(resumed?.type === 'question' && resumed.index, 1);
    assert.deepEqual(resumed?.type === 'question' && resumed.options, second?.type === 'question' && second.options);
    // The answer was stored in the bank's order: shown option 0 is stored option orders[0][0].
    const saved = store.checks().find((c) => c.id === id)!;
    assert.equal((saved.state as { answers: (number | null)[] }).answers[0], orders[0][0]);
    await vscode.commands.executeCommand('mlReps.abandonCheck', { kind: 'noncoding' });
  });
});
